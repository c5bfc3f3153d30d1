"""The ontology: it parses, every term is labelled and defined, and every alignment names a real Biolink term."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from ontology import SHAPES_TTL
from ontology.context import context_text
from ontology.schema import ontology_graph, predicates
from ontology.vocab import BIOLINK, DKG

ALIGNMENTS = (
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    SKOS.exactMatch,
    SKOS.closeMatch,
    SKOS.broadMatch,
    SKOS.narrowMatch,
    SKOS.relatedMatch,
)


@cache
def biolink_terms() -> frozenset[str]:
    """Every class, slot and enum of the pinned Biolink Model, as the local names its IRIs use."""
    import biolink_model

    schema = Path(biolink_model.__path__[0]) / "schema" / "biolink_model.yaml"
    data = yaml.safe_load(schema.read_text(encoding="utf-8"))
    classes = {"".join(w[:1].upper() + w[1:] for w in name.split(" ")) for name in data["classes"]}
    slots = {name.replace(" ", "_") for name in data["slots"]}
    return frozenset(classes | slots | set(data.get("enums", {})))


def own_terms(kind: URIRef) -> list[URIRef]:
    return sorted(t for t in ontology_graph().subjects(RDF.type, kind) if str(t).startswith(str(DKG)))


def all_own_terms() -> list[URIRef]:
    return own_terms(OWL.Class) + own_terms(OWL.ObjectProperty) + own_terms(OWL.DatatypeProperty)


def test_biolink_terms_are_read_from_the_package() -> None:
    assert {"Drug", "Disease", "treats", "has_adverse_event", "negated", "AgentTypeEnum"} <= biolink_terms()


@pytest.mark.parametrize("term", all_own_terms(), ids=lambda t: str(t).split("#")[-1])
def test_term_is_labelled_defined_and_aligned_to_biolink(term: URIRef) -> None:
    g = ontology_graph()
    assert g.value(term, RDFS.label), "no rdfs:label"
    assert g.value(term, SKOS.definition), "no skos:definition"
    targets = [o for p in ALIGNMENTS for o in g.transitive_objects(term, p) if str(o).startswith(str(BIOLINK))]
    assert targets, "not aligned to any Biolink term (directly or through a super-class/property)"
    direct = [o for p in ALIGNMENTS for o in g.objects(term, p) if str(o).startswith(str(BIOLINK))]
    for target in direct:
        assert str(target)[len(str(BIOLINK)) :] in biolink_terms(), f"{target} is not in Biolink 4.4.6"


@pytest.mark.parametrize(
    "prop", own_terms(OWL.ObjectProperty) + own_terms(OWL.DatatypeProperty), ids=lambda t: str(t).split("#")[-1]
)
def test_property_has_a_range(prop: URIRef) -> None:
    assert ontology_graph().value(prop, RDFS.range) is not None or prop in (
        DKG.brandName,
        DKG.abbreviation,
        DKG.agentType,
    )


def test_predicates_have_domain_and_range() -> None:
    g = ontology_graph()
    for prop in predicates().values():
        assert g.value(prop, RDFS.domain) is not None, prop
        assert g.value(prop, RDFS.range) is not None, prop


def test_required_classes_exist() -> None:
    required = {
        "Drug",
        "DrugClass",
        "MolecularTarget",
        "EndogenousChemical",
        "Ion",
        "BiologicalProcess",
        "DiseaseOrCondition",
        "Symptom",
        "Population",
        "Formulation",
        "NonDrugTherapy",
        "Statistic",
        "SourceDocument",
        "Claim",
        "Evidence",
    }
    assert {str(c).split("#")[-1] for c in own_terms(OWL.Class)} >= required


def test_shapes_allow_exactly_the_ontology_predicates() -> None:
    shapes = Graph().parse(SHAPES_TTL)
    sh = "http://www.w3.org/ns/shacl#"
    allowed = set()
    for prop_shape in shapes.subjects(URIRef(sh + "path"), DKG.predicate):
        allowed |= set(shapes.items(shapes.value(prop_shape, URIRef(sh + "in"))))
    assert allowed == set(predicates().values()) - {DKG.relatedTo}


def test_jsonld_context_is_generated_from_the_ontology() -> None:
    from ontology import CONTEXT_JSONLD

    assert CONTEXT_JSONLD.read_text(encoding="utf-8") == context_text(), "run: python -m ontology.context"
