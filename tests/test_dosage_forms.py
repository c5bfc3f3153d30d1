"""Dosage forms the lexicon does not list become Formulation entities, and "comes as" states them."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.dosage_forms import find
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


def forms(text):
    return [(entity.slug, entity.cls, text[a:b]) for a, b, entity in find(text, [])]


def test_modifiers_and_heads_make_a_form_in_the_singular():
    assert forms("Available as delayed-release capsules or a sublingual tablet.") == [
        ("delayed-release-capsule", "Formulation", "delayed-release capsules"),
        ("sublingual-tablet", "Formulation", "sublingual tablet"),
    ]


def test_a_lone_head_needs_a_context_that_speaks_of_forms():
    assert forms("It comes as tablets.") == [("tablet", "Formulation", "tablets")]
    assert forms("The solution to this problem is rest.") == []


def test_spans_already_named_are_left_alone():
    text = "an orally dissolving tablet"
    assert find(text, [(3, len(text))]) == []


def test_a_document_states_its_drug_s_forms():
    text = "Gabapentin comes as capsules, tablets and an oral solution."
    doc = Document("d", "d", "d.txt", "", text, Path("d.txt"))
    result = extract_document(doc, load_lexicon())
    found = {(c.subject, c.predicate, c.object) for c in result.claims}
    assert found >= {
        ("gabapentin", "hasFormulation", "capsule"),
        ("gabapentin", "hasFormulation", "tablet"),
        ("gabapentin", "hasFormulation", "oral-solution"),
    }
    assert result.entities["oral-solution"].label == "oral solution"
    assert result.entities["oral-solution"].exact == ()  # no identifier is made up
