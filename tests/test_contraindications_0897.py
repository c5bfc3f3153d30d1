"""Decision 0897: a condition forbidden only while it is not held in check keeps that restriction ("uncontrolled high
blood pressure", "heart failure that is not under control": temporalContext "uncontrolled"); "must never be taken by"
forbids as "must not" does; "cannot be used by people with Y" forbids, while "used instead when they cannot be taken"
and "cannot be given by mouth" do not. The sentences are invented; each case asserts the whole set of claims of the
predicates it is about (subject, predicate, object, negated, certainty, qualifiers)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

PREDICATES = ("contraindicatedIn", "interactsWith", "treats")
UNCONTROLLED = (("temporalContext", ("uncontrolled",)),)
LEAD = "# Naproxen\n\nNaproxen must not be taken if you have:\n\n"


def claims(text: str, lexicon: dict, predicates: tuple = PREDICATES) -> set[tuple]:
    """The contraindications, interactions and uses of `text` read as one text document, with their qualifiers."""
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty, tuple(sorted(c.qualifiers)))
        for c in extract_document(doc, lexicon).claims
        if c.predicate in predicates
    }


def forbidden(obj: str, qualifiers: tuple = ()) -> tuple:
    return ("naproxen", "contraindicatedIn", obj, False, "Asserted", qualifiers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "uncontrolled" before the condition, "that is not controlled" / "not under control" after it
        (
            "Naproxen must not be taken by people with uncontrolled high blood pressure.",
            {forbidden("hypertension", UNCONTROLLED)},
        ),
        (
            "Naproxen must not be taken by people with high blood pressure that is not controlled.",
            {forbidden("hypertension", UNCONTROLLED)},
        ),
        (
            "Naproxen should not be taken by anyone with heart failure that is not under control.",
            {forbidden("heart-failure", UNCONTROLLED)},
        ),
        # "not well controlled" restricts its own condition, not one coordinated after a new "by anyone with"
        (
            "Naproxen must not be taken by anyone with asthma that is not well controlled, or by anyone with gout.",
            {forbidden("asthma", UNCONTROLLED), forbidden("gout")},
        ),
        # "uncontrolled" restricts the condition it stands with, not the next one in the list
        (
            "Naproxen must not be taken by people with uncontrolled high blood pressure or angina.",
            {forbidden("hypertension", UNCONTROLLED), forbidden("angina-pectoris")},
        ),
        # a severity before "uncontrolled" is kept too
        (
            "Naproxen must not be taken by people with severe uncontrolled high blood pressure.",
            {forbidden("hypertension", (("severity", ("severe",)), *UNCONTROLLED))},
        ),
    ],
)
def test_an_uncontrolled_condition_keeps_its_restriction(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


def test_a_use_when_a_condition_is_not_controlled_forbids_nothing(lexicon: dict) -> None:
    # "used for Y when the pain is not controlled by ..." is a use, no contraindication of any condition
    text = "Naproxen is used for arthritis when the pain is not controlled by other painkillers."
    assert claims(text, lexicon, ("contraindicatedIn",)) == set()
    assert ("naproxen", "treats", "arthritis", False, "Asserted", ()) in claims(text, lexicon, ("treats",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "must never be taken by" forbids as "must not be taken by"
        (
            "Naproxen must never be taken by anyone who is pregnant, because it can harm the baby.",
            {forbidden("pregnant-women")},
        ),
        (
            "Naproxen must never be taken by people with kidney failure, and it should not be given to children "
            "under 12.",
            {forbidden("renal-insufficiency"), forbidden("children", (("temporalContext", ("under 12 years",)),))},
        ),
        (
            "Naproxen must never be given to children under 12.",
            {forbidden("children", (("temporalContext", ("under 12 years",)),))},
        ),
        # ... "must never be taken with" another medicine is an interaction, no contraindication
        (
            "Naproxen must never be taken with warfarin.",
            {("naproxen", "interactsWith", "warfarin", False, "Asserted", ())},
        ),
        # "cannot be used by" people with a condition forbids it
        (
            "Naproxen cannot be used by people with asthma, or by anyone allergic to it.",
            {forbidden("asthma"), forbidden("naproxen-hypersensitivity")},
        ),
        # ... but "used instead when it cannot be taken" forbids nothing, nor does a route ("given by mouth")
        (
            "Naproxen is used for gout when colchicine cannot be taken.",
            {("naproxen", "treats", "gout", False, "Asserted", ())},
        ),
        ("Naproxen can't be given by mouth to people with asthma.", set()),
    ],
)
def test_never_and_cannot_forbid_with_their_people(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bullet under a forbidding lead: the uncontrolled state keeps the condition, as a qualifier
        (
            LEAD + "- gout\n- heart failure that is not under control\n- asthma that is not well controlled",
            {forbidden("gout"), forbidden("heart-failure", UNCONTROLLED), forbidden("asthma", UNCONTROLLED)},
        ),
        (
            "# Naproxen\n\nWho should not take it:\n\n* anyone with high blood pressure that is not controlled",
            {forbidden("hypertension", UNCONTROLLED)},
        ),
        # ... a narrower state of another kind still gives no claim (decision 0680)
        (
            LEAD + "- gout\n- heart failure that has suddenly got worse",
            {forbidden("gout")},
        ),
    ],
)
def test_a_listed_uncontrolled_condition_is_forbidden_with_its_state(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


def test_never_used_for_a_condition_stays_a_denied_use(lexicon: dict) -> None:
    # "should never be used for Y" denies a use (decision 0712), no contraindication
    text = "Naproxen should never be used for gout."
    assert claims(text, lexicon) == {
        ("naproxen", "treats", "gout", True, "Asserted", (("useStatus", ("NotAppropriate",)),))
    }
