"""rdflib as a second engine: the reference the pyoxigraph results are checked against, and the bridge for
reasoning (owlrl works on rdflib graphs).

Imported only when asked for (`--engine rdflib`, `--reason`, the tests), never on the fast path. rdflib's
SPARQL would read FROM/LOAD graphs from files and URLs: that is switched off here, before any query runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox
import rdflib
import rdflib.plugins.sparql as rdflib_sparql

from base.errors import DrugkgError
from base.rdf_terms import to_ox, to_rdflib
from queries.engine import Result, Term, first_line

rdflib_sparql.SPARQL_LOAD_GRAPHS = False


def load_graph(paths: Iterable[Path]) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in paths:
        if not Path(path).is_file():
            raise DrugkgError("graph file not found", where=path, fix="run `drugkg build` first or pass --graph")
        graph.parse(str(path))
    return graph


class RdflibEngine:
    """SPARQL over an rdflib graph with `initBindings`, returning the same Result shape as OxigraphEngine."""

    def __init__(self, graph: rdflib.Graph) -> None:
        self.graph = graph

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> RdflibEngine:
        return cls(load_graph(paths))

    def query(self, text: str, bindings: Mapping[str, Term] | None = None) -> Result:
        init = {rdflib.Variable(k): to_rdflib(v) for k, v in (bindings or {}).items()}
        try:
            answer = self.graph.query(text, initBindings=init)
        except Exception as exc:  # pyparsing's errors have no common base worth naming
            raise DrugkgError(f"SPARQL error (rdflib): {first_line(str(exc))}", fix="correct the query") from exc
        if answer.type == "ASK":
            return Result("ask", boolean=bool(answer.askAnswer))
        if answer.type in ("CONSTRUCT", "DESCRIBE"):
            triples = [ox.Triple(*(to_ox(t) for t in triple)) for triple in answer.graph]
            return Result("graph", triples=triples)
        variables = [str(v) for v in answer.vars or []]
        rows = [tuple(to_ox(row[v]) for v in variables) for row in answer]
        return Result("select", variables=variables, rows=rows)
