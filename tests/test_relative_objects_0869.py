"""Decision 0869: a condition named inside a relative clause of cause after a use's object ("the Y that Z can
sometimes cause", "the Y which Z may bring on") is what brings the object about, no object of the use; and the
clause's hedge ("can sometimes", "may") is Z's, not the use's. The sentences are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def uses(sentence: str, lexicon: dict) -> set[tuple[str, str, bool, str]]:
    """The treats claims of `sentence`: (subject, object, negated, certainty)."""
    text = "A leaflet\n\n" + sentence + "\n"
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    found = extract_document(doc, lexicon).claims
    return {(c.subject, c.object, c.negated, c.certainty) for c in found if c.predicate == "treats"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a denied use: only the head of the noun phrase, a plain denial
        (
            "Paracetamol is not used for the headaches that high blood pressure may cause.",
            {("acetaminophen", "headache", True, "Asserted")},
        ),
        (
            "Loratadine is not used for the itching that eczema can sometimes cause.",
            {("loratadine", "pruritus", True, "Asserted")},
        ),
        (
            "Ibuprofen is not a treatment for the pain that arthritis causes.",
            {("ibuprofen", "pain", True, "Asserted")},
        ),
        (
            "Loratadine is not used for the itching which eczema may cause.",
            {("loratadine", "pruritus", True, "Asserted")},
        ),
        # an asserted use likewise; a hedge of the use's own clause stays
        (
            "Omeprazole is used for the heartburn that pregnancy can cause.",
            {("omeprazole", "heartburn", False, "Asserted")},
        ),
        (
            "Naproxen may be used for the pain that gout can cause.",
            {("naproxen", "pain", False, "Possible")},
        ),
    ],
)
def test_a_relative_clause_of_cause_names_no_object(sentence, expected, lexicon):
    assert uses(sentence, lexicon) == expected


def test_a_hedge_of_the_main_clause_still_hedges(lexicon):
    text = "A leaflet\n\nIbuprofen can sometimes cause stomach ulcers.\n"
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    found = {(c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}
    assert found == {("stomach-ulcer", False, "Occasional")}
