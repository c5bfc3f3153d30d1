"""Recall of interactions on new text (decision 0777). The sentences are invented (other drugs, other wording);
each test asserts the exact set of interactions, polarity and hedging included."""

import pytest
from extracting import polarity_claims

from ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def claims(lexicon: dict, text: str) -> set:
    return {(s, o, n, h) for s, p, o, n, h in polarity_claims(text, lexicon) if p == "interactsWith"}


@pytest.mark.parametrize(
    ("heading", "is_interactions"),
    [
        ("### Coffee, smoking and other medicines", True),
        ("Food and other drugs", True),
        ("## Herbal teas & other medications", True),
        ("Alcohol, grapefruit, antacids and other medicines", True),
        # what is no list of things taken with it
        ("## Pregnancy and other medicines", False),
        ("## Breastfeeding, pregnancy and other medicines", False),
        ("How it works, what to expect, side effects and other medicines", False),
        ("Side effects and other problems", False),
    ],
)
def test_heading_ending_in_other_medicines(heading, is_interactions):
    from graph_build.text.owners import INTERACTIONS_HEADING

    assert bool(INTERACTIONS_HEADING.search(heading)) is is_interactions


BULLETS = (
    "Let your pharmacist know that you take verapamil. Above all:\n\n"
    "- Digoxin: verapamil raises its level in the blood.\n"
    "- Simvastatin: verapamil may increase its effect, so muscle aches are more likely.\n"
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "## Coffee, smoking and other medicines",
            {("verapamil", "digoxin", False, False), ("verapamil", "simvastatin", False, True)},
        ),
        # a heading of another kind: the labels name no partner of "its"
        ("## Pregnancy and other medicines", set()),
    ],
)
def test_label_lines_under_a_heading_ending_in_other_medicines(lexicon, heading, expected):
    text = f"# Verapamil\n\n{heading}\n\n{BULLETS}"
    assert claims(lexicon, text) == expected
