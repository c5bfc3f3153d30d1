"""The query engine of the read side: the built graph in a pyoxigraph store.

A single graph file is read from its persistent on-disk store (base/store.py: created beside the file on
first use, checked against the file's sha256), so a cold `drugkg query` opens it instead of parsing the
file, also for the 1.3M-triple merged graph; several files are loaded into memory. pyoxigraph imports in
about 20 ms; rdflib is never imported here (see docs/decisions/0100-query-engine.md). Results
come back as a `Result` of pyoxigraph terms, whatever engine produced them, so that formats and tests need
one shape only.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Literal, Protocol

import pyoxigraph as ox

from base.errors import DrugkgError

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Kind = Literal["select", "ask", "graph"]


class LimitExceeded(DrugkgError):
    """A query went over its time or row limit and was stopped."""

    def __init__(self, what: str, *, limit_kind: str, fix: str) -> None:
        self.limit_kind = limit_kind
        super().__init__(what, fix=fix)


@dataclass
class Result:
    """The answer to a query: rows for SELECT, a boolean for ASK, triples for CONSTRUCT and DESCRIBE."""

    kind: Kind
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" else 1


class QueryEngine(Protocol):
    """Anything that answers SPARQL with a Result: the local store, rdflib, a remote endpoint."""

    def query(self, text: str, bindings: Mapping[str, Term] | None = None) -> Result: ...


def load_store(paths: Iterable[Path]) -> ox.Store:
    """An in-memory store holding the RDF files `paths` (format from the extension) in its default graph.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
    >>> _ = p.write_text("<http://x/a> <http://x/b> 'c' .")
    >>> len(load_store([p]))
    1
    """
    from base.store import parse_into

    store = ox.Store()
    for path in paths:
        if not Path(path).is_file():
            raise DrugkgError("graph file not found", where=path, fix="run `drugkg build` first or pass --graph")
        parse_into(store, Path(path))
    return store


class OxigraphEngine:
    """SPARQL over a pyoxigraph store, with bound parameters and optional row and time limits.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p"), ox.Literal("v")))
    >>> engine = OxigraphEngine(store)
    >>> engine.query("SELECT ?s ?o WHERE { ?s <http://x/p> ?o }", {"s": ox.NamedNode("http://x/a")}).rows
    [(<NamedNode value=http://x/a>, <Literal value=v datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>)]
    """

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    @classmethod
    def from_files(cls, paths: Iterable[Path], *, persistent: bool = True) -> OxigraphEngine:
        """The engine over RDF files: one file is read from its persistent store (base/store.py, created or
        refreshed on first use), several files (or `persistent=False`) are loaded in memory."""
        paths = [Path(p) for p in paths]
        if persistent and len(paths) == 1:
            from base.store import open_graph_store

            return cls(open_graph_store(paths[0]))
        return cls(load_store(paths))

    def graph_names(self) -> set[str]:
        return {g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode)}

    def query(
        self,
        text: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        row_limit: int | None = None,
        time_limit: float | None = None,
        base_iri: str | None = None,
        prefixes: Mapping[str, str] | None = None,
    ) -> Result:
        """Run `text` with `bindings` substituted for its variables; raises LimitExceeded past a limit.

        Prefixes the text uses without declaring them come from `prefixes` (by default the project's and the
        standard ones, queries/prefixes.py), as on Wikidata's query service; a PREFIX line in the text wins.

        The time limit is checked between rows (cooperative); a query that computes long before its first
        row is stopped by the server's worker process instead (queries/workers.py).
        """
        answer = self.run(
            text, bindings, default_graphs=default_graphs, named_graphs=named_graphs, base_iri=base_iri,
            prefixes=prefixes,
        )  # fmt: skip
        return self.result(answer, row_limit, time_limit)

    def run(
        self,
        text: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
        prefixes: Mapping[str, str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """pyoxigraph's own answer to `text` (its solutions or triples not read yet): `query` without the
        Result, for a caller that lets pyoxigraph write the answer (queries/workers.py, decision 0953)."""
        kwargs: dict = {"base_iri": base_iri} if base_iri else {}
        if prefixes is None:
            from queries.prefixes import known_prefixes

            prefixes = known_prefixes()
        kwargs["prefixes"] = prefixes if type(prefixes) is dict else dict(prefixes)  # read, never kept
        if bindings:
            kwargs["substitutions"] = {ox.Variable(k): v for k, v in bindings.items()}
        try:
            if default_graphs is not None:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
            if named_graphs is not None:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        except ValueError as exc:
            raise DrugkgError(f"not a graph IRI: {exc}", fix="give absolute IRIs as graph names") from exc
        try:
            return self.store.query(text, **kwargs)
        except SyntaxError as exc:
            from queries.guard import syntax_message
            from queries.lexer import significant

            message = syntax_message(text, str(exc), significant(text), kwargs["prefixes"])
            raise DrugkgError(message, fix="correct the query") from exc
        except RuntimeError as exc:  # pyoxigraph: a bound variable must be projected (SEP-0007)
            raise DrugkgError(f"cannot bind parameters: {first_line(str(exc))}", fix="add it to SELECT") from exc

    @staticmethod
    def result(answer, row_limit: int | None = None, time_limit: float | None = None) -> Result:
        """The Result of pyoxigraph's `answer` (from `run`), read under the row cap and the cooperative time limit."""
        deadline = time.monotonic() + time_limit if time_limit else None
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            if deadline is None:  # a solution's values in the order of its variables, None where unbound
                rows = list(map(tuple, _capped(answer, row_limit, "rows")))
            else:
                rows = [tuple(s) for s in _limited(answer, row_limit, deadline, "rows")]
            return Result("select", variables=variables, rows=rows)
        if deadline is None:
            return Result("graph", triples=_capped(answer, row_limit, "triples"))
        return Result("graph", triples=list(_limited(answer, row_limit, deadline, "triples")))


def _capped(items: Iterable, row_limit: int | None, unit: str) -> list:
    """The items, or LimitExceeded when there are more than `row_limit`: as `_limited` without a deadline,
    reading one item past the cap and no further, without a Python step per item (decision 0952).

    >>> _capped(iter("ab"), 2, "rows")
    ['a', 'b']
    >>> _capped(iter("abc"), 2, "rows")
    Traceback (most recent call last):
    ...
    queries.engine.LimitExceeded: query cancelled: the answer has more than 2 rows; add a LIMIT or narrow the pattern
    """
    if row_limit is None:
        return list(items)
    cap = max(row_limit, 0)
    found = list(islice(items, cap + 1))
    if len(found) > cap:
        raise LimitExceeded(
            f"query cancelled: the answer has more than {row_limit} {unit}",
            limit_kind="rows",
            fix="add a LIMIT or narrow the pattern",
        )
    return found


def _limited(items: Iterable, row_limit: int | None, deadline: float | None, unit: str) -> Iterable:
    for count, item in enumerate(items, 1):
        if row_limit is not None and count > row_limit:
            raise LimitExceeded(
                f"query cancelled: the answer has more than {row_limit} {unit}",
                limit_kind="rows",
                fix="add a LIMIT or narrow the pattern",
            )
        if deadline is not None and time.monotonic() > deadline:
            raise LimitExceeded("query cancelled: time limit exceeded", limit_kind="time", fix="narrow the query")
        yield item


def first_line(message: str) -> str:
    """The first line of a (parser) message.

    >>> first_line("error at 1:6: expected\\nmore")
    'error at 1:6: expected'
    """
    return message.strip().splitlines()[0] if message.strip() else message
