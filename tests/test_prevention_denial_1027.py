"""Decision 1027: a use whose object is named as what is prevented ("not a treatment for preventing Y", "not used to
prevent Y", "used for the prevention of Y") is a use, or its denial, for prevention only: the claim carries
temporalContext prevention, as "it does not prevent Y" does (decision 0834), so a denied prevention is never a plain
denial of treating Y. Each invented text asserts the whole set of its claims with negation, certainty and the
prevention context (or its absence)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def keyed(text: str, lexicon: dict) -> set[tuple]:
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty, dict(c.qualifiers).get("temporalContext"))
        for c in extract_document(doc, lexicon).claims
    }


PREVENTION = ("prevention",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the denial of prevention, in three shapes: prevention only
        (
            "Sumatriptan for migraine\n\nIt is not a treatment for preventing migraine; it is taken when an attack "
            "starts.",
            {("sumatriptan", "treats", "migraine-disorders", True, "Asserted", PREVENTION)},
        ),
        (
            "Sumatriptan for migraine\n\nIt is not used to prevent migraine.",
            {("sumatriptan", "treats", "migraine-disorders", True, "Asserted", PREVENTION)},
        ),
        (
            "Sumatriptan for migraine\n\nIt won't prevent migraine attacks.",
            {("sumatriptan", "treats", "migraine-disorders", True, "Asserted", PREVENTION)},
        ),
        # an asserted prevention keeps its context
        (
            "Propranolol for migraine\n\nIt is used for preventing migraine.",
            {("propranolol", "treats", "migraine-disorders", False, "Asserted", PREVENTION)},
        ),
        # near misses: a plain use and a plain denial carry no prevention
        (
            "Sumatriptan for migraine\n\nIt is used to treat migraine.",
            {("sumatriptan", "treats", "migraine-disorders", False, "Asserted", None)},
        ),
        (
            "Sumatriptan for migraine\n\nIt is not a treatment for tension headaches.",
            {("sumatriptan", "treats", "tension-type-headache", True, "Asserted", None)},
        ),
        # a question asserts nothing
        ("Sumatriptan for migraine\n\nIs it a treatment for preventing migraine?", set()),
    ],
)
def test_prevention_denial(lexicon, text, expected):
    assert keyed(text, lexicon) == expected
