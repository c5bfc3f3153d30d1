"""What the ontology allows, read from the Turtle: entity classes, claim predicates and qualifiers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import OWL, RDF, RDFS, XSD, Graph, URIRef
from rdflib.namespace import SKOS

from ontology import ONTOLOGY_TTL
from ontology.vocab import DKG

#: Claim slots that are structure, not qualifiers a curator or extractor sets.
STRUCTURAL = frozenset(
    {
        DKG.subject,
        DKG.predicate,
        DKG.object,
        DKG.negated,
        DKG.certainty,
        DKG.hasEvidence,
        DKG.supportCount,
        DKG.knowledgeLevel,
        DKG.agentType,
        DKG.conflictsWith,
    }
)


@dataclass(frozen=True)
class Qualifier:
    """A qualifier property of claims: its IRI, and what its values are."""

    iri: URIRef
    name: str
    kind: str  # "entity", "concept", "iri", or an XSD datatype local name ("decimal", "boolean", ...)
    range: URIRef


@cache
def ontology_graph() -> Graph:
    """The ontology as an rdflib graph (parsed once per process)."""
    return Graph().parse(ONTOLOGY_TTL, format="turtle")


def local_name(iri: URIRef) -> str:
    """The part of a drugkg ontology IRI after '#'."""
    return str(iri).split("#", 1)[-1]


@cache
def entity_classes() -> dict[str, URIRef]:
    """Classes an entity may have (dkg:Entity and its sub-classes), by local name."""
    g = ontology_graph()
    return {local_name(c): c for c in g.transitive_subjects(RDFS.subClassOf, DKG.Entity) if str(c).startswith(str(DKG))}


@cache
def predicates() -> dict[str, URIRef]:
    """Predicates a claim may state (dkg:relatedTo and its sub-properties), by local name."""
    g = ontology_graph()
    return {local_name(p): p for p in g.transitive_subjects(RDFS.subPropertyOf, DKG.relatedTo)}


@cache
def concept_values(scheme_class: URIRef) -> dict[str, URIRef]:
    """The named values of a concept class such as dkg:UseStatus or dkg:Certainty, by local name."""
    return {local_name(v): v for v in ontology_graph().subjects(RDF.type, scheme_class)}


@cache
def qualifiers() -> dict[str, Qualifier]:
    """Qualifier properties of claims, by local name, with the kind of value each takes."""
    g = ontology_graph()
    found: dict[str, Qualifier] = {}
    candidates = set(g.subjects(RDFS.domain, DKG.Claim)) | {DKG.unit}
    for prop in candidates:
        if prop in STRUCTURAL:
            continue
        rng = g.value(prop, RDFS.range)
        if rng is None:
            raise ValueError(f"ontology: qualifier {prop} has no range")
        if rng in (DKG.UseStatus, DKG.Certainty):
            kind = "concept"
        elif (prop, RDF.type, OWL.DatatypeProperty) in g:
            kind = str(rng).removeprefix(str(XSD))
        elif rng == RDFS.Resource:
            kind = "iri"
        else:
            kind = "entity"
        found[local_name(prop)] = Qualifier(prop, local_name(prop), kind, rng)
    return found


def label(iri: URIRef) -> str:
    """The ontology's label for a term (rdfs:label, else skos:prefLabel, else its local name)."""
    g = ontology_graph()
    value = g.value(iri, RDFS.label) or g.value(iri, SKOS.prefLabel)
    return str(value) if value is not None else local_name(iri)


@cache
def superclasses(cls: str) -> frozenset[URIRef]:
    """The class named `cls` and all its super-classes in the ontology."""
    return frozenset(ontology_graph().transitive_objects(DKG[cls], RDFS.subClassOf))


def fits(cls: str, prop: URIRef, end: URIRef) -> bool:
    """Whether an entity of class `cls` may be the subject (end=rdfs:domain) or object (rdfs:range) of `prop`."""
    required = ontology_graph().value(prop, end)
    return required is None or required in superclasses(cls)
