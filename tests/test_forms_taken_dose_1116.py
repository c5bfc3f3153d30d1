"""Decision 1116: the bare tablet or capsule a person takes of the document's drug in focus ("I take one 200 mg tablet
twice a day", "She swallows a small tablet each morning"). The sentences are invented; each case asserts every claim
the text gives (subject, predicate, object, negated, certainty)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def claims(title: str, text: str, lexicon) -> set[tuple]:
    doc = Document("case", "case", "case.txt", "", title + "\n\n" + text + "\n", Path("case.txt"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty)
        for c in extract_document(doc, lexicon).claims
        if c.predicate == "hasFormulation"
    }


def form(subject: str, obj: str) -> tuple:
    return (subject, "hasFormulation", obj, False, "Asserted")


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a count, a strength, a plain word, then the unit taken
        (
            "Anagrelide for my blood",
            "Anagrelide keeps my platelets down. I take one 5 mg tablet every evening.",
            {form("anagrelide", "tablet")},
        ),
        (
            "Anagrelide for my blood",
            "Anagrelide keeps my platelets down. She swallows a small capsule each morning.",
            {form("anagrelide", "capsule")},
        ),
        (
            "Anagrelide for my blood",
            "Anagrelide keeps my platelets down. He takes the tablets with his breakfast.",
            {form("anagrelide", "tablet")},
        ),
        # (a denial: nothing is read)
        ("Anagrelide for my blood", "Anagrelide keeps my platelets down. I never take a tablet after six.", set()),
        # (a question asks, it does not say)
        ("Anagrelide for my blood", "Anagrelide keeps my platelets down. Do I take one tablet or two?", set()),
        # (another drug in the sentence: the tablet may be its, and its form is not the text's subject)
        (
            "Anagrelide for my blood",
            "Anagrelide keeps my platelets down. I also take one aspirin tablet a day.",
            set(),
        ),
        (
            "Anagrelide for my blood",
            "Anagrelide keeps my platelets down. With it he takes a tablet of hydroxycarbamide.",
            set(),
        ),
        # (a hedge on when, not on what: the unit taken is still the drug's form)
        (
            "Anagrelide for my blood",
            "Anagrelide keeps my platelets down. On bad days I may take a tablet at lunch too.",
            {form("anagrelide", "tablet")},
        ),
        # (a heading that asks: nothing is read)
        ("Anagrelide for my blood", "## How many tablets do I take?\n\nAnagrelide keeps my platelets down.", set()),
        # (a kind clause says which tablet: the bare head would say less)
        (
            "Anagrelide for my blood",
            "Anagrelide keeps my platelets down. I take a tablet that melts on the tongue.",
            set(),
        ),
        # (an injection is not a unit a person swallows)
        ("Anagrelide for my blood", "Anagrelide keeps my platelets down. He takes an injection weekly.", set()),
    ],
)
def test_taken_dose(title: str, text: str, expected: set, lexicon) -> None:
    assert claims(title, text, lexicon) == expected
