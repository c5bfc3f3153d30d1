"""Decision 0924: a lay question heading asking what harm the drug does ("What has it done to me?", "What might it
do to you?", "What can go wrong?", "Anything to watch for?", "Will it make me ill?", "What are the downsides?") heads
its side effects as "Side effects" does: the sentences under it that name no drug are the drug's effects. A question
of how it works, of an illness or of a use heads none. And the adverse "make" cue takes the person made so as "them",
"me" or "us" ("Some people find it makes them drowsy", "It does not make me drowsy"). The sentences are invented."""

import pytest
from extracting import certainty_claims

INTRO = "Sertraline for low mood\n\nSertraline is an antidepressant taken once a day.\n\n"
BODY = "Some people get headaches or a dry mouth. I also had diarrhoea for a week."


def added(body: str, lexicon: dict) -> set[tuple]:
    """Every claim the text `body` adds to the leaflet's opening (all predicates, with negation and certainty)."""
    return certainty_claims(INTRO + body + "\n", lexicon) - certainty_claims(INTRO, lexicon)


def effect(obj: str, negated: bool = False, certainty: str = "Asserted") -> tuple:
    return ("sertraline", "hasAdverseEffect", obj, negated, certainty)


EFFECTS = {effect("headache", certainty="Occasional"), effect("xerostomia", certainty="Occasional"), effect("diarrhea")}


@pytest.mark.parametrize(
    "heading",
    [
        "WHAT HAS IT DONE TO ME?",
        "## What might it do to you?",
        "What does sertraline do to him?",
        "### What can go wrong?",
        "## Anything to watch for?",
        "Will it make me ill?",
        "## What are the downsides?",
        "**Any drawbacks?**",
    ],
)
def test_harm_heading(heading: str, lexicon: dict) -> None:
    assert added(f"{heading}\n\n{BODY}", lexicon) == EFFECTS


@pytest.mark.parametrize(
    "heading",
    [
        # how it works, an illness, a use: no side-effect section
        "## What does it do?",
        "## What does it do in the body?",
        "## What can go wrong with low mood?",
        "## Will it make me better?",
        "## What has it done for me?",
    ],
)
def test_not_a_harm_heading(heading: str, lexicon: dict) -> None:
    assert added(f"{heading}\n\n{BODY}", lexicon) == set()


def test_denial_under_harm_heading(lexicon: dict) -> None:
    # a denial under the heading stays one; a person's illness before the drug is no effect
    body = "## What has it done to me?\n\nIt does not cause drowsiness. Before I started it, I had headaches."
    assert added(body, lexicon) == {effect("somnolence", negated=True)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the person made so as "them" (the people named before), "me" or "us"
        ("Some people find it makes them drowsy.", {effect("somnolence", certainty="Occasional")}),
        ("Sertraline made me dizzy for the first week.", {effect("dizziness")}),
        ("It does not make us drowsy.", {effect("somnolence", negated=True)}),
        # a question, another thing's making, or no condition made: nothing
        ("Will it make me drowsy?", set()),
        ("The long drive made me dizzy.", set()),
        ("A coating makes them easier to swallow.", set()),
    ],
)
def test_make_pronoun(body: str, expected: set, lexicon: dict) -> None:
    assert added(body, lexicon) == expected
