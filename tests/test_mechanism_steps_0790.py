"""Decision 0790: mechanism steps on new text. The sentences are invented (other drugs, other wording than any
development text); each test asserts the exact set of mechanism claims (increases, decreases, causes,
hasMechanismOfAction, bindsTo), polarity and hedge included."""

import pytest
from extracting import polarity_claims

from ontology.lexicon import load_lexicon

MECHANISM = frozenset({"increases", "decreases", "causes", "hasMechanismOfAction", "bindsTo"})


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _of(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in polarity_claims(text, lexicon) if k[1] in MECHANISM}


VASO_DOWN = ("vasodilation", "decreases", "blood-pressure", False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the vessels named by their state open the sentence, the quantity after "and so"
        ("Wider vessels let the blood through more easily, and so the blood pressure falls.", {VASO_DOWN}),
        # the vessels' own verb, then ", and" the quantity
        ("The small blood vessels then relax and widen, and the blood pressure falls.", {VASO_DOWN}),
        # arteries widening are the vasodilation; ", so"
        ("The arteries relax and widen, so the blood pressure falls.", {VASO_DOWN}),
        # the same with another quantity and a rise
        ("The vessels widen, so the heart rate rises.", {("vasodilation", "increases", "heart-rate", False, False)}),
        # the state as the subject of a lowering verb: the verb's own cue, hedged as written
        ("Wider arteries may lower the blood pressure a little.", {(*VASO_DOWN[:4], True)}),
        # denied, kept denied
        (
            "Widened vessels do not lower the pressure inside the eye.",
            {("vasodilation", "decreases", "intraocular-pressure", True, False)},
        ),
        # narrowed arteries raise it
        (
            "Narrowed arteries raise the blood pressure.",
            {("vasoconstriction", "increases", "blood-pressure", False, False)},
        ),
        # "but": no consequence
        ("The vessels widen, but the blood pressure falls only a little.", set()),
        # the widening in a subordinate clause: not this rule's subject
        ("When the vessels widen, the blood pressure falls.", set()),
        ("Blood pressure falls because the vessels widen.", set()),
        # the state not opening its clause: no process
        ("Blood moves through wider vessels, and so the blood pressure falls.", set()),
        # arteries narrowing with age: a course, no process
        ("The coronary arteries narrow with age, and so blood pressure rises.", set()),
    ],
)
def test_vessel_consequence(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected
