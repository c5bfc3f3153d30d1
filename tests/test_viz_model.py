"""The view's read model: entities, claims and evidence read from a built graph, and names resolved."""

from __future__ import annotations

import pytest

from base.errors import DrugkgError
from base.paths import DEFAULT_CORPUS
from ontology.vocab import CLAIM, ENT
from queries.viz_model import read_model

PREFIXES = "PREFIX dkg: <https://w3id.org/drugkg/ontology#>\n"


@pytest.fixture(scope="module")
def model(graph):
    return read_model(graph)


def test_every_claim_between_two_things_is_read_with_its_parts(graph, model):
    rows = graph.query(
        PREFIXES + "SELECT ?c ?s ?p ?o ?n WHERE { ?c a dkg:Claim ; dkg:subject ?s ; dkg:predicate ?p ; "
        "dkg:object ?o ; dkg:negated ?n . FILTER(isIRI(?s) && isIRI(?o)) }"
    )
    expected = {(str(c), str(s), str(p).split("#")[1], str(o), n.toPython()) for c, s, p, o, n in rows}
    got = {(c.iri, c.subject, c.predicate, c.object, c.negated) for c in model.claims.values()}
    assert got == expected


def test_every_evidence_quote_is_in_its_article_at_its_offsets(model):
    documents = {
        d.iri: (DEFAULT_CORPUS / f"{d.ident}.txt").read_text(encoding="utf-8") for d in model.documents.values()
    }
    quotes = [(e, documents[e.document]) for c in model.claims.values() for e in c.evidence]
    assert quotes
    for evidence, text in quotes:
        assert text[evidence.start : evidence.end] == evidence.quote


def test_the_article_that_says_acute_pain_is_not_treated_gives_a_negated_claim(model):
    # clonazepam-pain-management: "It is not appropriate for common acute pain, ..."
    claims = [
        c for c in model.claims.values() if c.subject == str(ENT["clonazepam"]) and c.object == str(ENT["acute-pain"])
    ]
    assert [(c.negated, c.relation()) for c in claims] == [(True, "not treats")]
    assert "not appropriate for common acute pain" in claims[0].evidence[0].quote


def test_entity_carries_definition_synonyms_and_identifiers(model):
    clonazepam = model.entities[str(ENT["clonazepam"])]
    assert clonazepam.cls == "Drug"
    assert "Klonopin" in clonazepam.brand_names
    assert ("exact match", "DRUGBANK:DB01068", "http://identifiers.org/drugbank/DB01068") in clonazepam.identifiers
    assert clonazepam.definition


@pytest.mark.parametrize(
    "name", ["clonazepam", "Klonopin", "KLONOPIN", " klonopin ", "ent:clonazepam", str(ENT["clonazepam"])]
)
def test_names_resolve_to_the_entity(model, name):
    assert model.resolve(name).iri == str(ENT["clonazepam"])


def test_an_unknown_name_is_one_clear_error(model):
    with pytest.raises(DrugkgError, match="no entity called 'aspirin-xyz'"):
        model.resolve("aspirin-xyz")


def test_claim_iris_are_the_graphs(model):
    assert all(iri.startswith(str(CLAIM)) for iri in model.claims)
