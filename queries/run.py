"""Running queries for the command line: pick the engine, bind the parameters, check ad-hoc text.

This module and the ones it imports on the fast path (engine, library, resolve, formats) do not import
rdflib, so a library query on the built graph starts, loads and answers in well under half a second
(bench/bench_query.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from base.errors import DrugkgError
from queries.engine import OxigraphEngine, QueryEngine, Result
from queries.library import get_query

if TYPE_CHECKING:
    from queries.resolve import Ambiguous

ENGINES = ("oxigraph", "rdflib")


def open_engine(
    graph: Path, *, reason: str | None = None, engine: str = "oxigraph", endpoint: str | None = None
) -> QueryEngine:
    """The engine to ask: a remote endpoint, the built graph in pyoxigraph (default) or in rdflib.

    With `reason`, the graph and its ontology are expanded first (queries/reason.py).
    """
    if endpoint:
        if reason:
            raise DrugkgError("--reason works on the local graph only", fix="drop --reason or --endpoint")
        from queries.remote import RemoteEngine

        return RemoteEngine(endpoint)
    if engine not in ENGINES:
        raise DrugkgError(f"unknown engine {engine!r}", fix=f"use one of {', '.join(ENGINES)}")
    if reason:
        from queries.reason import inferred_store, ontology_for

        store = inferred_store([graph, ontology_for(graph)], reason)
        if engine == "oxigraph":
            return OxigraphEngine(store)
        from queries.reference import RdflibEngine, to_rdflib

        rdf = __import__("rdflib").Graph()
        for quad in store:
            rdf.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        return RdflibEngine(rdf)
    if engine == "rdflib":
        from queries.reference import RdflibEngine

        return RdflibEngine.from_files([graph])
    return OxigraphEngine.from_files([graph])


def run_library_query(
    name: str, values: Mapping[str, str], engine: QueryEngine, *, list_candidates: bool = True
) -> Result:
    """Run the library query `name` with parameter values as typed by a person (labels, slugs, IRIs...).

    A value that names several entities (a label shared by the project's entity and imported ones in a
    merged graph) gives, with `list_candidates`, the list of them (entity, label, class) instead of an
    error, and a note on stderr saying how to pick one.
    """
    from queries.resolve import Ambiguous, bind_params

    query = get_query(name)
    try:
        bindings = bind_params(query, values, engine)
    except Ambiguous as exc:
        if not list_candidates:
            raise
        return candidates_result(exc)
    return engine.query(query.text, bindings)


def candidates_result(ambiguous: Ambiguous) -> Result:
    """The entities an ambiguous value names, as a result (entity, label, class), with a note on stderr."""
    import sys

    import pyoxigraph as ox

    rows = [
        (iri, ox.Literal(label) if label else None, ox.NamedNode(cls) if cls else None)
        for iri, label, cls in ambiguous.candidates
    ]
    sys.stderr.write(
        f"drugkg: note: --param {ambiguous.param}: {ambiguous.value!r} names {len(rows)} entities, listed"
        f" instead of an answer; run again with --param {ambiguous.param}=<one of them>\n"
    )
    return Result("select", variables=["candidate", "label", "class"], rows=rows)


def run_text(text: str, engine: QueryEngine, *, check: bool = True) -> Result:
    """Run an ad-hoc query; with `check`, refuse Update, SERVICE and outside graphs first (queries/guard.py).

    Known prefixes (queries/prefixes.py) need no PREFIX line, on every engine.
    """
    if not text.strip():
        raise DrugkgError("the query is empty", fix="give a query with -e, -f or a library name")
    if check:
        from queries.guard import check_query

        check_query(text)
    if not isinstance(engine, OxigraphEngine):  # pyoxigraph takes the known prefixes as an argument
        from queries.prefixes import add_prefixes

        text = add_prefixes(text)
    return engine.query(text)


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """`name=value` pairs from the command line as a dict.

    >>> parse_params(("condition=trigeminal neuralgia", "x=a=b"))
    {'condition': 'trigeminal neuralgia', 'x': 'a=b'}
    """
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise DrugkgError(f"--param {pair!r} is not NAME=VALUE", fix="write e.g. --param drug=clonazepam")
        values[name.strip()] = value
    return values
