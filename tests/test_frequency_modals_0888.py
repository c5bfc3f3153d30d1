"""Decision 0888: a frequency word with a modal in the effect's clause ("Rarely, it may cause A", "It may cause A in a
few people") makes the effect Occasional, not merely Possible; a side-effect table's low-frequency cell ("| Uncommon |
A, B |", "| A | Rare |") makes its row's effects Occasional. The sentences are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

LEAFLET = "Lamotrigine for epilepsy\n\nLamotrigine is taken once a day.\n\n"


def effects(body: str, lexicon: dict) -> dict[str, tuple[bool, str]]:
    """The adverse effects the text states: object -> (negated, certainty)."""
    doc = Document("case", "case", "case.txt", "", LEAFLET + body + "\n", Path("case.txt"))
    found = [c for c in extract_document(doc, lexicon).claims if c.predicate == "hasAdverseEffect"]
    assert {c.subject for c in found} <= {"lamotrigine"}
    return {c.object: (c.negated, c.certainty) for c in found}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Very rarely, it might cause hair loss.", {"alopecia": (False, "Occasional")}),
        ("Lamotrigine may occasionally cause double vision.", {"diplopia": (False, "Occasional")}),
        ("It might also cause hair loss in a small number of patients.", {"alopecia": (False, "Occasional")}),
        ("## Side effects\n\nRarely, some people may get double vision.", {"diplopia": (False, "Occasional")}),
        # a list item opening with "Very occasionally" (the frequency lead of decision 0813)
        (
            "## Side effects\n\n- Headache.\n- Very occasionally, double vision.",
            {"headache": (False, "Asserted"), "diplopia": (False, "Occasional")},
        ),
        # the modal alone: Possible
        ("It may cause double vision.", {"diplopia": (False, "Possible")}),
        # a frequency word of another clause hedges nothing here
        (
            "Lamotrigine may cause double vision, and rarely it causes hair loss.",
            {"diplopia": (False, "Possible"), "alopecia": (False, "Occasional")},
        ),
    ],
)
def test_frequency_with_a_modal(body, expected, lexicon):
    assert effects(body, lexicon) == expected


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "## Side effects\n\n| How often | Side effect |\n|---|---|\n| Common | Headache |\n"
            "| Uncommon (up to 1 in 100) | Double vision, hair loss |\n",
            {"headache": (False, "Asserted"), "diplopia": (False, "Occasional"), "alopecia": (False, "Occasional")},
        ),
        (
            "## Side effects\n\n| Side effect | How often |\n|---|---|\n| Headache | Very common |\n"
            "| Hair loss | Very rare |\n",
            {"headache": (False, "Asserted"), "alopecia": (False, "Occasional")},
        ),
    ],
)
def test_a_frequency_cell_governs_its_row(table, expected, lexicon):
    assert effects(table, lexicon) == expected
