"""Decision 0667: the falsehood classes of sealed6, fixed in general; every sentence here is invented (none is
copied from a fixture)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _claims(lexicon, text: str) -> set[tuple]:
    doc = Document("d", "t", "d.md", "", text, Path("d.md"))
    return {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, lexicon).claims}


def test_no_class_is_minted_from_a_contraction_and_a_verb(lexicon):
    # "it won't act on opioids such as codeine": no class "t act on opioid"; codeine is an opioid
    text = "Flumazenil reverses sedation. It won't act on opioids such as codeine."
    claims = _claims(lexicon, text)
    isa = {c for c in claims if c[1] == "isA"}
    assert isa == {("codeine", "isA", "opioid", False)}, isa
    assert not {c for c in claims if "-t-" in c[2] or c[2].startswith("t-")}


def test_no_class_is_minted_from_a_preposition_phrase(lexicon):
    text = "Atropine has no effect on benzodiazepines such as lorazepam."
    claims = {c for c in _claims(lexicon, text) if c[1] == "isA"}
    assert claims == {("lorazepam", "isA", "benzodiazepine", False)}, claims
