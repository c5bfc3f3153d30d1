"""Decision 0947: each property shape validated with its node shape's class as its own target (one pyshacl pass
over all the class's nodes, not one per node) reports exactly what the shapes of ontology/shapes.ttl report."""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS, XSD

from graph_build.validate import SH, _core_violations, _shapes, _targeted, shacl_violations
from ontology import SHAPES_TTL
from ontology.schema import ontology_graph
from ontology.vocab import DKG

BASE = "https://w3id.org/drugkg/"


def _as_written() -> Graph:
    """The shapes as ontology/shapes.ttl writes them (property shapes under `sh:property`), less `sh:sparql`."""
    shapes = Graph().parse(SHAPES_TTL, format="turtle")
    for shape, constraint in list(shapes.subject_objects(SH.sparql)):
        shapes.remove((shape, SH.sparql, constraint))
    return shapes


def _core(data: Graph, shapes: Graph) -> list:
    added = [t for t in ontology_graph() if t not in data]
    for triple in added:
        data.add(triple)
    try:
        return sorted(set(_core_violations(data, shapes, data)))
    finally:
        for triple in added:
            data.remove(triple)


def _bad_graph() -> Graph:
    """An invented graph breaking a constraint of every kind the shapes use (count, datatype, class, sh:in, length,
    range, pattern, node kind), beside nodes that conform."""
    g = Graph()
    for prefix in ("claim", "evidence", "entity", "document"):
        g.bind(prefix, BASE + prefix + "/")
    g.bind("dkg", str(DKG))
    drug, pain = URIRef(BASE + "entity/drug-a"), URIRef(BASE + "entity/pain")
    doc, ev, claim = URIRef(BASE + "document/d1"), URIRef(BASE + "evidence/e1"), URIRef(BASE + "claim/c1")
    for entity, label in ((drug, "drug a"), (pain, "pain")):
        g.add((entity, RDF.type, DKG.Drug if entity == drug else DKG.Symptom))
        g.add((entity, SKOS.prefLabel, Literal(label)))
        g.add((entity, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(label)))
    g.add((pain, SKOS.altLabel, Literal("")))  # minLength
    g.add((pain, SKOS.exactMatch, Literal("not an IRI")))  # nodeKind
    g.add((doc, RDF.type, DKG.SourceDocument))
    g.add((doc, DKG.fileName, Literal("d1.txt")))
    g.add((doc, DKG.sha256, Literal("not-hex")))  # pattern; title missing (minCount)
    g.add((ev, RDF.type, DKG.Evidence))
    g.add((ev, DKG.sourceDocument, drug))  # class
    g.add((ev, DKG.quote, Literal("x")))
    g.add((ev, DKG.startOffset, Literal(3)))  # datatype (xsd:integer, not nonNegativeInteger)
    g.add((ev, DKG.endOffset, Literal("4", datatype=XSD.nonNegativeInteger)))
    g.add((ev, DKG.method, Literal("rule")))
    g.add((ev, DKG.confidence, Literal("1.5", datatype=XSD.decimal)))  # maxInclusive
    g.add((ev, DKG.agentType, Literal("someone")))  # sh:in
    g.add((claim, RDF.type, DKG.Claim))
    g.add((claim, DKG.subject, drug))
    g.add((claim, DKG.subject, pain))  # maxCount
    g.add((claim, DKG.predicate, DKG.treats))
    g.add((claim, DKG.negated, Literal("maybe")))  # datatype; object missing (minCount)
    g.add((claim, DKG.certainty, DKG.Asserted))
    g.add((claim, DKG.hasEvidence, ev))
    g.add((claim, DKG.supportCount, Literal(0)))  # minInclusive
    g.add((claim, DKG.knowledgeLevel, Literal("knowledge_assertion")))
    g.add((claim, DKG.agentType, Literal("text_mining_agent")))
    return g


def test_every_property_shape_gets_its_node_shapes_class() -> None:
    written, targeted = _as_written(), _shapes()[0]
    owned = sorted(
        (written.value(prop, SH.path), cls)
        for shape, prop in written.subject_objects(SH.property)
        for cls in written.objects(shape, SH.targetClass)
    )
    assert len(owned) == 52  # (51, and the evidence's dkg:ownerUnsure: decision 1112)
    assert not list(targeted.subject_objects(SH.property))
    moved = [(prop, cls) for prop, cls in targeted.subject_objects(SH.targetClass) if (prop, SH.path, None) in targeted]
    assert sorted((targeted.value(prop, SH.path), cls) for prop, cls in moved) == owned
    assert all((prop, RDF.type, SH.PropertyShape) in targeted for prop, _ in moved)


def test_the_same_violations_as_the_shapes_as_written() -> None:
    data = _bad_graph()
    before = _core(data, _as_written())
    assert _core(data, _shapes()[0]) == before
    found = {(v.focus, v.path, v.value) for v in before}
    assert len(before) == 12
    assert ("claim:c1", "dkg:subject", "") in found  # maxCount (no value named)
    assert ("claim:c1", "dkg:object", "") in found  # minCount
    assert ("evidence:e1", "dkg:agentType", "someone") in found  # sh:in
    assert ("evidence:e1", "dkg:confidence", "1.5") in found  # maxInclusive
    assert ("entity:pain", "skos:exactMatch", "not an IRI") in found  # nodeKind


def test_a_conforming_graph_stays_conforming(graph) -> None:
    assert shacl_violations(graph) == []


def _shapes_with(extra: str) -> Graph:
    text = (
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n"
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property ex:P .\n"
        "ex:P sh:path ex:p ; sh:minCount 1 .\n" + extra
    )
    return Graph().parse(data=text, format="turtle")


def test_moved_only_when_nothing_else_reaches_the_property_shape() -> None:
    ex = "http://example.org/"
    moved = _targeted(_shapes_with(""))
    assert (URIRef(ex + "P"), SH.targetClass, URIRef(ex + "C")) in moved
    assert not list(moved.subject_objects(SH.property))
    for extra in (
        "ex:T a sh:NodeShape ; sh:targetClass ex:D ; sh:property ex:P .\n",  # two owners
        "ex:T a sh:NodeShape ; sh:targetClass ex:D ; sh:node ex:P .\n",  # reached another way
        "ex:S sh:targetNode ex:n .\n",  # a target that is not a class
        "ex:S sh:deactivated true .\n",
        "ex:T a sh:NodeShape ; sh:targetClass ex:D ; sh:node ex:S .\n",  # the node shape checks other nodes too
        "ex:S a <http://www.w3.org/2000/01/rdf-schema#Class> .\n",  # an implicit class target
        "ex:U a sh:NodeShape ; sh:property [ sh:path ex:q ; sh:maxCount 1 ] .\n",  # a node shape without a target
    ):
        shapes = _shapes_with(extra)
        kept = set(shapes)
        assert set(_targeted(shapes)) == kept
