"""Optional inference before querying (`drugkg query --reason rdfs|owlrl`).

The built graph is loaded with the ontology (build/ontology.ttl beside it, or the project's
ontology/drugkg.ttl) and expanded with owlrl, so that a query for a Biolink class or predicate finds the
dkg terms aligned under it (biolink:treats finds dkg:treats; biolink:Drug finds every dkg:Drug). Drug-class
membership is made transitive first: `X dkg:isA C` and `C dkg:isA D` give `X dkg:isA D` (and, through the
ontology, `X biolink:subclass_of D`), so asking for the members of a class finds those of its subclasses.
Only direct triples are used, so negated and hedged claims never enter the inference.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from base.errors import DrugkgError

PROFILES = ("rdfs", "owlrl")
IS_A = "https://w3id.org/drugkg/ontology#isA"


def ontology_for(graph_path: Path) -> Path:
    """The ontology to reason with: build/ontology.ttl beside the graph, else the project's ontology."""
    beside = Path(graph_path).with_name("ontology.ttl")
    if beside.is_file():
        return beside
    from ontology import ONTOLOGY_TTL

    return ONTOLOGY_TTL


def inferred_store(paths: Iterable[Path], profile: str) -> ox.Store:
    """A pyoxigraph store with the graphs `paths` (data first, then the ontology) and their closure."""
    if profile not in PROFILES:
        raise DrugkgError(f"unknown reasoning profile {profile!r}", fix=f"use one of {', '.join(PROFILES)}")
    import owlrl
    from rdflib import URIRef
    from rdflib.term import Literal as RLiteral

    from queries.reference import load_graph, to_ox

    graph = load_graph(paths)
    is_a = URIRef(IS_A)
    parents: dict = {}
    for s, _, o in graph.triples((None, is_a, None)):
        parents.setdefault(s, set()).add(o)
    for start in list(parents):
        seen, todo = set(), list(parents[start])
        while todo:
            node = todo.pop()
            if node not in seen and node != start:
                seen.add(node)
                todo += parents.get(node, ())
        for ancestor in seen:
            graph.add((start, is_a, ancestor))
    semantics = owlrl.RDFS_Semantics if profile == "rdfs" else owlrl.OWLRL_Semantics
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    store = ox.Store()
    store.extend(
        ox.Quad(to_ox(s), to_ox(p), to_ox(o))
        for s, p, o in graph
        if not isinstance(s, RLiteral) and not isinstance(p, RLiteral)
    )
    return store
