"""Every RDF export is re-read by pyoxigraph's strict parser and is isomorphic to the built graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from drugkg.cli import main

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "xml": ox.RdfFormat.RDF_XML,
}


def to_rdflib(term):
    """An Oxigraph term as rdflib's; xsd:string literals become plain ones, as RDF 1.1 says they are.

    Written independently of graph_build/export/check.py on purpose: the test must not share the code it checks.
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def strict_parse(path: Path, fmt: ox.RdfFormat) -> tuple[Graph, set[str]]:
    """Parse with Oxigraph (strict); return the union graph and the names of the named graphs."""
    graph, names = Graph(), set()
    for quad in ox.parse(path=str(path), format=fmt):
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        if isinstance(quad.graph_name, ox.NamedNode):
            names.add(quad.graph_name.value)
    return graph, names


def canonical(graph: Graph) -> Graph:
    """Literals compared by value and datatype (e.g. "1.0"^^xsd:decimal equals "1.00"^^xsd:decimal)."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype not in (None, XSD.string) and o.value is not None:
            o = Literal(o.value, datatype=o.datatype)
        out.add((s, p, o))
    return out


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_round_trips(built, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--graph", str(built.outputs[0]), "-o", str(target)])
    assert result.exit_code == 0, result.output
    parsed, names = strict_parse(target, FORMATS[fmt])
    expected, actual = canonical(built.graph), canonical(parsed)
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(
            f"not isomorphic; only in build: {sorted(only_expected)[:3]}; only in export: {sorted(only_actual)[:3]}"
        )
    if fmt in ("trig", "nquads"):
        assert names == {
            f"https://w3id.org/drugkg/document/{d}"
            for d in ("clonazepam-pain-management", "clonazepam-muscle-relaxation", "klonopin-pain")
        }


def test_export_without_a_built_graph_is_one_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--graph", str(tmp_path / "none.ttl")])
    assert result.exit_code == 1
    assert "built graph not found" in result.output
