"""The streamed re-read check of RDF exports (graph_build/export/check.py): a lost, added or changed triple
fails in every RDF format; blank nodes still compare by isomorphism."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from base.errors import DrugkgError
from graph_build.export import WRITERS
from graph_build.export.check import OX_FORMATS, check_export

EX = "http://example.org/"


def small() -> Graph:
    graph = Graph()
    graph.add((URIRef(EX + "a"), URIRef(EX + "p"), Literal("one")))
    graph.add((URIRef(EX + "a"), URIRef(EX + "q"), Literal("1.50", datatype=XSD.decimal, normalize=False)))
    graph.add((URIRef(EX + "b"), URIRef(EX + "p"), Literal("deux", lang="fr")))
    graph.add((URIRef(EX + "b"), URIRef(EX + "r"), URIRef(EX + "a")))
    return graph


def write(graph: Graph, fmt: str) -> str:
    return WRITERS[fmt][1](graph)


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_an_exact_export_passes(fmt):
    check_export(write(small(), fmt), fmt, small())


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_a_lost_triple_fails_and_is_named(fmt):
    smaller = small()
    smaller.remove((URIRef(EX + "b"), URIRef(EX + "r"), None))
    with pytest.raises(DrugkgError, match=r"differs from the graph \(- <http://example.org/b> <http://example.org/r>"):
        check_export(write(smaller, fmt), fmt, small())


def test_an_added_triple_fails():
    larger = small()
    larger.add((URIRef(EX + "c"), URIRef(EX + "p"), Literal("three")))
    with pytest.raises(DrugkgError, match=r"\+ <http://example.org/c>"):
        check_export(write(larger, "turtle"), "turtle", small())


def test_a_changed_lexical_form_fails():
    text = write(small(), "ntriples").replace('"1.50"', '"1.5"')
    with pytest.raises(DrugkgError, match="differs from the graph"):
        check_export(text, "ntriples", small())


def test_a_changed_language_tag_fails():
    text = write(small(), "ntriples").replace("@fr", "@en")
    with pytest.raises(DrugkgError, match="differs from the graph"):
        check_export(text, "ntriples", small())


def test_blank_nodes_compare_by_isomorphism():
    graph = small()
    node = BNode()
    graph.add((URIRef(EX + "a"), URIRef(EX + "s"), node))
    graph.add((node, URIRef(EX + "p"), Literal("x")))
    check_export(write(graph, "turtle"), "turtle", graph)
    other = small()
    other.add((URIRef(EX + "a"), URIRef(EX + "s"), BNode()))
    with pytest.raises(DrugkgError, match="differs from the graph"):
        check_export(write(other, "turtle"), "turtle", graph)
