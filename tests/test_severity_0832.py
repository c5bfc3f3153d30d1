"""A contraindication in a condition named with its severity keeps the severity (decision 0832): "not advised in
severe liver failure" forbids the drug in severe liver failure, not in every degree of it. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def _contraindications(text: str, lexicon: dict) -> set[tuple]:
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {
        (c.subject, c.object, c.negated, dict(c.qualifiers).get("severity"))
        for c in extract_document(doc, lexicon).claims
        if c.predicate == "contraindicatedIn"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Allopurinol is not advised for people with severe liver failure.",
            {("allopurinol", "liver-failure", False, ("severe",))},
        ),
        (
            "Naproxen must not be taken by anyone with severe heart failure.",
            {("naproxen", "heart-failure", False, ("severe",))},
        ),
        ("Naproxen must not be taken by anyone with heart failure.", {("naproxen", "heart-failure", False, None)}),
    ],
)
def test_the_severity_of_a_forbidden_condition_stays_on_the_claim(text: str, expected: set, lexicon: dict) -> None:
    assert _contraindications(text, lexicon) == expected
