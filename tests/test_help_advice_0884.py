"""Advice to get help or to give first aid names no use of the drug (decision 0884): "get help quickly for Y", "help
him press on the wound". Invented texts; exact claim sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

CASES = [
    (
        "Ramipril is used for high blood pressure. Rarely, it causes swelling of the throat, so Sam has been told to "
        "get help quickly for chest tightness or bad stomach pain.",
        {("ramipril", "treats", "hypertension", False)},
    ),
    (
        "Warfarin is used to prevent blood clots.\n\nWhile taking warfarin:\n\n- If she cuts herself, help her press "
        "on the wound and ring the clinic.",
        {("warfarin", "treats", "thrombosis", False)},
    ),
    (
        # the drug named after the helping: its own clause's use stays
        "If the pain is bad, help her take paracetamol for the headache.",
        {("acetaminophen", "treats", "headache", False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_help_advice(text: str, expected: set, lexicon) -> None:
    document = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    claims = extract_document(document, lexicon).claims
    got = {(c.subject, c.predicate, c.object, c.negated) for c in claims if c.predicate == "treats"}
    assert got == expected
