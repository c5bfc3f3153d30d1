"""A copy of a graph with one quote changed: how the export tests put hostile text into a real graph."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from ontology.vocab import DKG


def with_quote(graph: Graph, quote: str, evidence: URIRef | None = None) -> tuple[Graph, URIRef]:
    """A copy of `graph` (its prefixes kept) in which `evidence` (default: the first evidence node in sorted
    order) quotes `quote`; the copy and that evidence node."""
    copy = Graph()
    for prefix, ns in graph.namespaces():
        copy.bind(prefix, ns, override=True)
    for triple in graph:
        copy.add(triple)
    evidence = evidence if evidence is not None else sorted(copy.subjects(DKG.quote, None))[0]
    copy.set((evidence, DKG.quote, Literal(quote)))
    return copy, evidence
