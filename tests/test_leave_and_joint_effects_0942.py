"""Decision 0942: the lay "leave" of a side effect, "X commonly leaves people dizzy", "it might leave you a little
constipated", "It may leave you feeling weak" (rule `adverse-leave`), and an effect stated after a fronted partner,
"Taken with B, it might bring on Y", "With B it can cause Y": the combination's, no adverse effect of either drug
(joint_effects). The sentences are invented."""

import pytest
from extracting import certainty_claims

INTRO = "Sertraline for low mood\n\nSertraline is an antidepressant taken once a day.\n\n"


def added(body: str, lexicon: dict) -> set[tuple]:
    """Every claim the text `body` adds to the leaflet's opening (all predicates, with negation and certainty)."""
    return certainty_claims(INTRO + body + "\n", lexicon) - certainty_claims(INTRO, lexicon)


def effect(obj: str, negated: bool = False, certainty: str = "Asserted") -> tuple:
    return ("sertraline", "hasAdverseEffect", obj, negated, certainty)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the drug, or a pronoun for it, right before "leave"; the person left so right after it
        ("Sertraline often leaves people dizzy.", {effect("dizziness")}),
        ("It might leave you a little drowsy.", {effect("somnolence", certainty="Possible")}),
        ("It left me with a headache for a week.", {effect("headache")}),
        ("It may leave you feeling sick in the first week.", {effect("nausea", certainty="Possible")}),
        # some of the people: Occasional
        ("Sertraline leaves some people with a headache.", {effect("headache", certainty="Occasional")}),
        # a denial stays one
        ("Sertraline does not leave people drowsy.", {effect("somnolence", negated=True)}),
        # a susceptibility, a lessening, or an inability is no effect
        ("It leaves you open to infections.", set()),
        ("It leaves people more prone to infections.", set()),
        ("It leaves me less anxious.", set()),
        # a participle's subject is the clause before, not the drug: no drug's effect (the clause before's own
        # reading, poor sleep leaving one tired, is a step of the illness since decision 0943 reads "tired")
        ("Poor sleep makes the day long, leaving you tired.", {("insomnia", "causes", "fatigue", False, "Asserted")}),
        # another maker
        ("A late night left me with a headache.", set()),
        # stopping is no maker
        ("Stopping sertraline left her dizzy.", set()),
        # a condition states no effect
        ("If sertraline leaves you drowsy, do not drive.", set()),
    ],
)
def test_leave(body: str, expected: set, lexicon: dict) -> None:
    assert added(body, lexicon) == expected


def interacts(partner: str, certainty: str = "Asserted") -> tuple:
    return ("sertraline", "interactsWith", partner, False, certainty)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fronted partner: the effect is the pair's, the interaction stays (decision 0926)
        ("Taken with tramadol, it might bring on serotonin syndrome.", {interacts("tramadol", "Possible")}),
        ("Combined with warfarin, it can cause bleeding.", {interacts("warfarin")}),
        # a bare "With" and a partner: the pair's effect, no claim of either drug
        ("With warfarin it can cause serious bleeding.", set()),
        # a food is no drug partner: the effect stays the drug's (the food's pairing is fronted_partners' reading, 0926)
        ("Taken with food, it can cause nausea.", {effect("nausea"), interacts("food")}),
        # no fronted partner: the drug's own effect
        ("It can cause bleeding.", {effect("hemorrhage")}),
    ],
)
def test_joint(body: str, expected: set, lexicon: dict) -> None:
    assert added(body, lexicon) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the lay "make" of a part of the body, the drug (or a pronoun for it) right before the verb
        ("It may make your heart race.", {effect("tachycardia", certainty="Possible")}),
        ("Rarely, sertraline can make the heart race.", {effect("tachycardia", certainty="Occasional")}),
        ("It can make his face feel flushed.", {effect("flushing")}),
        ("It does not make your heart race.", {effect("tachycardia", negated=True)}),
        # a lessening, an illness named by the part, another maker, a condition: no claim
        ("It makes the heart race less.", set()),
        ("It can make the heart failure worse.", set()),
        ("Running up the stairs makes my heart race.", set()),
        ("If sertraline makes your heart race, tell your doctor.", set()),
        # the skin is not taken: "burn in the sun" is no burn
        ("It may make the skin burn easily in the sun.", set()),
    ],
)
def test_make_part(body: str, expected: set, lexicon: dict) -> None:
    assert added(body, lexicon) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another maker right before "make": no effect of the drug
        ("## At work\n\n- She avoids the workshop, because dust makes her cough.", set()),
        ("## Side effects\n\nCold air can make you wheeze.", set()),
        # the drug, a pronoun or a word for the medicine itself: the drug's effect, as before
        ("It can make you dizzy.", {effect("dizziness")}),
        ("The tablets may make you sleepy.", {effect("somnolence", certainty="Possible")}),
        ("Sertraline can make you feel sick.", {effect("nausea")}),
    ],
)
def test_other_maker(body: str, expected: set, lexicon: dict) -> None:
    assert added(body, lexicon) == expected
