"""Negations that belong to a name or a gerund, and a denied prevention (decision 0834): "Lack of sleep can trigger Y"
asserts; "A and not drinking enough cause Y" asserts; "X does not prevent Y" denies a use for prevention only.
Invented sentences; exact claim sets, then the prevention qualifier."""

from __future__ import annotations

from pathlib import Path

from claimsets import exact_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document

CASES = [
    # ("makes Y more likely" is no cause since decision 0987: the trigger verb carries the case)
    ("Lack of sleep can trigger seizures.", {("sleep-deprivation", "causes", "seizure", False, False)}),
    (
        "Heat, heavy sweating and not drinking enough cause dehydration.",
        {("hyperhidrosis", "causes", "dehydration", False, False)},
    ),
    ("Heavy sweating does not cause dehydration.", {("hyperhidrosis", "causes", "dehydration", True, False)}),
]

test_a_negation_inside_a_name_or_a_gerund_stays_there = exact_claims(CASES)


def test_a_denied_prevention_is_a_denied_use_for_prevention_only(lexicon: dict) -> None:
    text = "Sumatriptan does not prevent migraines. Propranolol prevents migraines.\n"
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    got = {
        (c.subject, c.object, c.negated, dict(c.qualifiers).get("temporalContext"))
        for c in extract_document(doc, lexicon).claims
        if c.predicate == "treats"
    }
    assert got == {
        ("sumatriptan", "migraine-disorders", True, ("prevention",)),
        ("propranolol", "migraine-disorders", False, ("prevention",)),
    }
