"""Decision 0919: a use denial reaches the owner of the general sign it names ("and it does nothing for the dull ache
of Y" denies Y's treating, after a first denied clause too); a later clause of some people hedges its own effect ("It
can make him sick, and some people come out in a rash": the rash Occasional); "B might also interfere with it" keeps
the cue's "might"; "if I stop, there is no withdrawal" asserts the denial. The sentences are invented."""

import pytest
from extracting import certainty_claims


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    return certainty_claims(text, lexicon, ".md")


MIGRAINE = "Tom takes frovatriptan for migraine. "
USE = ("frovatriptan", "treats", "migraine-disorders", False, "Asserted")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It won't help a hangover, and it does nothing for the dull ache of sinusitis.",
            {("frovatriptan", "treats", "sinusitis", True, "Asserted")},
        ),
        (
            "It does nothing for the dull ache of sinusitis.",
            {("frovatriptan", "treats", "sinusitis", True, "Asserted")},
        ),
        (
            "It won't help a hangover, but it does nothing for the constant ache of sinusitis.",
            {("frovatriptan", "treats", "sinusitis", True, "Asserted")},
        ),
        # the sign the lexicon names is what is denied, not its owner (decision 0734)
        (
            "It won't help a hangover, and it does nothing for the pain of sinusitis.",
            {("frovatriptan", "treats", "pain", True, "Asserted")},
        ),
        # a described part of the body stays a feature: no claim of lupus (decision 0884)
        ("It does not treat the aching joints of lupus.", {("frovatriptan", "treats", "arthralgia", True, "Asserted")}),
    ],
)
def test_a_denial_reaches_the_owner_of_a_general_sign(sentence, expected, lexicon):
    assert claims(MIGRAINE + sentence, lexicon) == {USE} | expected


TB = "Ethambutol treats tuberculosis. "
TB_USE = ("ethambutol", "treats", "tuberculosis", False, "Asserted")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It can make you feel sick, and some people come out in a rash.",
            {
                ("ethambutol", "hasAdverseEffect", "nausea", False, "Asserted"),
                ("ethambutol", "hasAdverseEffect", "exanthema", False, "Occasional"),
            },
        ),
        (
            "It can cause a rash, and a few people feel sick.",
            {
                ("ethambutol", "hasAdverseEffect", "exanthema", False, "Asserted"),
                ("ethambutol", "hasAdverseEffect", "nausea", False, "Occasional"),
            },
        ),
        # "most" is no hedge
        (
            "It can make you feel sick, and most people come out in a rash.",
            {
                ("ethambutol", "hasAdverseEffect", "nausea", False, "Asserted"),
                ("ethambutol", "hasAdverseEffect", "exanthema", False, "Asserted"),
            },
        ),
    ],
)
def test_a_later_clause_of_some_people_hedges_its_own_effect(sentence, expected, lexicon):
    assert claims(TB + sentence, lexicon) == {TB_USE} | expected


GLAUCOMA = "Jean uses dorzolamide for glaucoma. "
EYE_USE = ("dorzolamide", "treats", "glaucoma", False, "Asserted")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Large doses of aspirin might also interfere with it.",
            {("dorzolamide", "interactsWith", "aspirin", False, "Possible")},
        ),
        ("Aspirin may interact with it.", {("dorzolamide", "interactsWith", "aspirin", False, "Possible")}),
        ("Aspirin can interact with it.", {("dorzolamide", "interactsWith", "aspirin", False, "Asserted")}),
        ("Aspirin does not interfere with it.", {("dorzolamide", "interactsWith", "aspirin", True, "Asserted")}),
    ],
)
def test_an_interaction_with_it_keeps_its_cues_modal(sentence, expected, lexicon):
    assert claims(GLAUCOMA + sentence, lexicon) == {EYE_USE} | expected


ATROPHY = "She takes ospemifene for vaginal atrophy. "
ATROPHY_USE = ("ospemifene", "treats", "atrophic-vaginitis", False, "Asserted")


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        ("Her nurse said that if she stops, there is no withdrawal at all.", "Asserted"),
        ("When you come off it, you get no withdrawal symptoms.", "Asserted"),
        # a hedge of the main clause stays
        ("If you stop it, you may get no withdrawal symptoms.", "Possible"),
    ],
)
def test_a_condition_of_stopping_is_no_hedge_of_the_denial(sentence, certainty, lexicon):
    found = {c for c in claims(ATROPHY + sentence, lexicon) if c[1] == "hasWithdrawalEffect"}
    assert found == {("ospemifene", "hasWithdrawalEffect", "withdrawal-syndrome", True, certainty)}
