"""Falsehoods of sealed47-50's measurement (decision 0850), invented sentences with other drugs and wording.

1. A change cue's object is what follows it: a word of a later participle clause (", leaving you ... more tired",
   ", making ...") is that clause's, never what the cue changes.
2. A word inside a relative clause that describes a noun of a list item ("the white cells that fight infection") is
   no item of the list.
3. "sting" is an animal's sting only with the animal, a bite or an allergy next to it; "feel a brief sting or
   burning" is a feeling.
4. What the reason of an interaction names ("because both use up the body's C", ", as both lower D") is no partner.
5. "a Y with A and B" names Y's features, also when no vocabulary names Y ("a kidney infection"): no denied use of A
   or B.
6. A gloss in apposition after a partner ("Beta blockers, the heart and blood pressure tablets, ...") is the same
   partner, not another.
"""

from __future__ import annotations

import pytest
from extracting import plain_claims

claims = plain_claims


AZA = "# Azathioprine\n\nAzathioprine is a tablet for rheumatoid arthritis.\n\n"
AZA_OWN = {
    ("azathioprine", "hasFormulation", "tablet", False),
    ("azathioprine", "treats", "rheumatoid-arthritis", False),
}


@pytest.mark.parametrize(
    "sentence, more",
    [
        ("It may lower your blood count, leaving you pale and more tired than usual.", set()),
        # (the tiredness the drug brings about is its effect, never lowered)
        (
            "It can reduce the number of blood cells, making you more tired than usual.",
            {("azathioprine", "hasAdverseEffect", "fatigue", False)},
        ),
    ],
)
def test_later_participle_clause_is_no_object(lexicon, sentence: str, more: set) -> None:
    assert claims(AZA + sentence + "\n", lexicon) == AZA_OWN | more


CARB = "# Carbimazole\n\nCarbimazole is a tablet for an overactive thyroid.\n\n## Side effects\n\n"
CARB_OWN = {
    ("carbimazole", "hasFormulation", "tablet", False),
    ("carbimazole", "treats", "hyperthyroidism", False),
}


@pytest.mark.parametrize(
    "item",
    [
        "- **Uncommon:** a rash or a sudden fall in the white cells that fight infection.",
        "- **Rare:** a rash, or a fall in the blood cells which protect you from infection.",
    ],
)
def test_word_of_a_relative_clause_is_no_item(lexicon, item: str) -> None:
    assert claims(CARB + item + "\n", lexicon) == CARB_OWN | {("carbimazole", "hasAdverseEffect", "exanthema", False)}


AZE = "# Azelastine\n\nAzelastine is a nasal spray for hay fever.\n\n## Side effects\n\n"
# (and "Azelastine is a nasal spray": the form it is, decision 0908)
AZE_OWN = {
    ("azelastine", "treats", "rhinitis-allergic-seasonal", False),
    ("azelastine", "hasFormulation", "nasal-spray", False),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Some people feel a brief sting or burning in the nose.",
        "The spray may sting a little at first.",
    ],
)
def test_sting_as_a_feeling_is_no_bite_or_sting(lexicon, sentence: str) -> None:
    found = claims(AZE + sentence + "\n", lexicon)
    assert not any(c[2] == "bites-and-stings" for c in found)
    assert found == AZE_OWN


def test_an_animals_sting_is_still_named(lexicon) -> None:
    from graph_build.text.recognise import recognise

    lex = lexicon
    for text in ("It can help the itch after a bee sting.", "He has a sting allergy."):
        assert "bites-and-stings" in {m.slug for m in recognise(text, lex)[0]}


RIF = "# Rifampicin\n\nRifampicin is a capsule for tuberculosis.\n\n"
RIF_OWN = {("rifampin", "hasFormulation", "capsule", False), ("rifampin", "treats", "tuberculosis", False)}


@pytest.mark.parametrize(
    "sentence, partner, gloss",
    [
        # "warfarin, the blood thinner," glosses warfarin's class (decision 0976's closed apposition)
        (
            "Rifampicin interacts with warfarin, the blood thinner, because both use up carnitine.",
            "warfarin",
            {("warfarin", "isA", "anticoagulant", False)},
        ),
        ("Rifampicin interacts with phenytoin, as both lower the body's folic acid.", "phenytoin", set()),
        ("Rifampicin interacts with phenytoin since both use up carnitine.", "phenytoin", set()),
    ],
)
def test_what_the_reason_names_is_no_partner(lexicon, sentence: str, partner: str, gloss: set) -> None:
    found = claims(RIF + sentence + "\n", lexicon)
    assert found == RIF_OWN | {("rifampin", "interactsWith", partner, False)} | gloss


NIT = "# Nitrofurantoin\n\nNitrofurantoin is a capsule for cystitis.\n\n"
NIT_OWN = {("nitrofurantoin", "hasFormulation", "capsule", False), ("nitrofurantoin", "treats", "cystitis", False)}


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not a treatment for a chest infection with fever and cough.",
        "It is not a treatment for a kidney infection with fever and back pain.",
        "It is not used for a bowel infection with fever or vomiting.",
    ],
)
def test_features_of_a_narrowed_illness_are_not_denied_uses(lexicon, sentence: str) -> None:
    assert claims(NIT + sentence + "\n", lexicon) == NIT_OWN


def test_a_plain_denied_use_stays(lexicon) -> None:
    found = claims(NIT + "It is not a treatment for a cough.\n", lexicon)
    assert found == NIT_OWN | {("nitrofurantoin", "treats", "cough", True)}


VER = "# Verapamil\n\nVerapamil is a tablet for angina.\n\n"
VER_OWN = {("verapamil", "hasFormulation", "tablet", False), ("verapamil", "treats", "angina-pectoris", False)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Beta blockers, the heart and blood pressure tablets, may slow the heart too much when taken with it.",
        "Beta blockers, the blood pressure tablets, can slow the pulse too much if taken with it.",
    ],
)
def test_a_gloss_after_a_partner_is_that_partner(lexicon, sentence: str) -> None:
    assert claims(VER + sentence + "\n", lexicon) == VER_OWN | {("verapamil", "interactsWith", "beta-blocker", False)}
