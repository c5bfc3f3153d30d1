"""Decision 1003: "It may make you A" after a sentence about an illness is the stock side-effect line of a medicine,
no sign of the illness - condition-course reads no sign from a hedged "may / might / could make (leave)". The
illness's course told as fact ("It makes him A") or with "can" still gives its signs. And "People with Y must not
have it" is the medicine taken, no sign of Y (phenotype-of-people-with). Each case asserts the whole set
of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.relate_unowned import HEDGED_MAKES

claims = certainty_claims

ABOUT = "Ivabradine for heart failure\n\nHeart failure means the heart pumps too weakly. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hedged "make": a medicine's possible effect, no sign of the illness
        (ABOUT + "It may make you feel dizzy when you stand up.", set()),
        (ABOUT + "It might make him tired at first.", set()),
        # near miss: told as fact, the illness's signs
        (
            ABOUT + "It makes him tired and breathless.",
            {
                ("heart-failure", "hasPhenotype", "fatigue", False, "Asserted"),
                ("heart-failure", "hasPhenotype", "dyspnea", False, "Asserted"),
            },
        ),
        # near miss: "can make", what the illness is able to do, still its signs
        (
            ABOUT + "It can make you tired and breathless.",
            {
                ("heart-failure", "hasPhenotype", "fatigue", False, "Asserted"),
                ("heart-failure", "hasPhenotype", "dyspnea", False, "Asserted"),
            },
        ),
        # a question states nothing
        (ABOUT + "Can it make you tired?", set()),
    ],
)
def test_hedged_course(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "have it": the medicine taken, no sign of either condition
        (
            "Procainamide for atrial fibrillation\n\nPeople who have lupus must not have it, and neither must people "
            "with myasthenia gravis.",
            {
                ("procainamide", "contraindicatedIn", "systemic-lupus-erythematosus", False, "Asserted"),
                ("procainamide", "contraindicatedIn", "myasthenia-gravis", False, "Asserted"),
            },
        ),
        # near miss: "have" before a sign is the sign
        (
            "Salbutamol for asthma\n\nPeople with asthma often have wheezing and a cough.",
            {
                ("asthma", "hasPhenotype", "wheezing", False, "Asserted"),
                ("asthma", "hasPhenotype", "cough", False, "Asserted"),
            },
        ),
    ],
)
def test_have_it_is_the_medicine(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


def test_hedged_makes_pattern() -> None:
    assert HEDGED_MAKES.search("It may make you")
    assert HEDGED_MAKES.search("it could also leave her")
    assert not HEDGED_MAKES.search("It can make you")
    assert not HEDGED_MAKES.search("It makes her")
