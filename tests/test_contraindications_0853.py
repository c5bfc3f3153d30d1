"""Decision 0853 (who must not take it, on new text). Invented sentences (other drugs, other conditions, other
wording), exact claim sets with polarity and hedging: any extra claim would be a bug.

1. "should not have it", "must not use it again": the drug by its pronoun after the verb is forbidden as "should not
   take it" is.
2. "not suitable for anyone allergic to it": the allergy right after the group ("anyone allergic to").
3. "..., and neither / nor should anyone who is allergic to it": the prohibition said again for another group, only
   after a prohibition of taking and only with the group's condition ("who is / has", "with").
4. "Who should not take it: anyone who ...": the answer after the question's colon.
5. In a prohibition naming an allergen, "it" is the document's drug, never the last drug named before.
7. "<group> are (usually) advised / told not to take it": the group before the advice is the one forbidden.
8. "an allergy to penicillin" with the allergen unknown to the recogniser: no claim (never "any allergy").
6. "not for women who are pregnant", "not used in women who are pregnant or breastfeeding": the group and its state
   are one mention starting inside the cue's "for people who are".
"""

from __future__ import annotations

import pytest
from extracting import polarity_claims

CASES = [
    # 1. have / use with the drug's pronoun
    (
        "People who are allergic to sertraline should not have it.",
        {("sertraline", "contraindicatedIn", "sertraline-hypersensitivity", False, False)},
    ),
    (
        "Anyone who is allergic to salbutamol should not use it.",
        {("albuterol", "contraindicatedIn", "albuterol-hypersensitivity", False, False)},
    ),
    # ("should not have it with alcohol": no group, no condition, no claim)
    ("Metronidazole clears the infection. People with asthma should not have it with alcohol.", None),
    # 2. "for anyone allergic to it"
    (
        "Rosuvastatin is not suitable for anyone allergic to it.",
        {("rosuvastatin", "contraindicatedIn", "rosuvastatin-hypersensitivity", False, False)},
    ),
    # 3. neither / nor should
    (
        "People with gout should not take allopurinol, and neither should anyone who is allergic to it.",
        {
            ("allopurinol", "contraindicatedIn", "gout", False, False),
            ("allopurinol", "contraindicatedIn", "allopurinol-hypersensitivity", False, False),
        },
    ),
    (
        "Pregnant women should not take doxycycline, and nor should anyone with severe liver disease.",
        {
            ("doxycycline", "contraindicatedIn", "pregnant-women", False, False),
            ("doxycycline", "contraindicatedIn", "liver-disease", False, False),
        },
    ),
    # (no prohibition of taking before it: nothing said again)
    ("Do not drive if it makes you sleepy, and nor should anyone who is drowsy.", set()),
    # 4. the answer after "Who should not take it:"
    (
        "Who should not take cetirizine: anyone who has had an allergic reaction to cetirizine.",
        {("cetirizine", "contraindicatedIn", "cetirizine-hypersensitivity", False, False)},
    ),
    # ("Who should take it:" asks who may: no prohibition)
    ("Who should take allopurinol: anyone with gout that keeps coming back.", None),
    # 5. "it" is the document's drug, not the drug named last
    (
        "Cetirizine eases hay fever. Tell the pharmacist if you take ketoconazole. The antibiotic clarithromycin "
        "can do the same.\n\nWho should not take it: anyone who has had an allergic reaction to cetirizine.",
        None,
    ),
    # a permission keeps its polarity beside the new cue
    (
        "People with kidney disease can take famotidine, but anyone who is allergic to it should not have it.",
        None,
    ),
]

PREGNANT = [
    (
        "Lisinopril is not for women who are pregnant.",
        {("lisinopril", "contraindicatedIn", "pregnant-women", False, False)},
    ),
    (
        "Warfarin should not be taken by women who are pregnant or breastfeeding.",
        {
            ("warfarin", "contraindicatedIn", "pregnant-women", False, False),
            ("warfarin", "contraindicatedIn", "breastfeeding-mothers", False, False),
        },
    ),
]


ADVISED = [
    (
        "Pregnant women are usually advised not to take lisinopril.",
        {("lisinopril", "contraindicatedIn", "pregnant-women", False, False)},
    ),
    (
        "Lisinopril lowers blood pressure. Women who are breastfeeding are advised not to take it.",
        {("lisinopril", "contraindicatedIn", "breastfeeding-mothers", False, False)},
    ),
    (
        "People with gout are told not to take hydrochlorothiazide.",
        {("hydrochlorothiazide", "contraindicatedIn", "gout", False, False)},
    ),
    # (advice not to stop, or a duration: no prohibition for the group)
    ("People with asthma are advised not to stop salbutamol.", set()),
    ("Patients are advised not to take naproxen for more than a week.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ADVISED)
def test_a_group_advised_not_to_take_it(text: str, expected: set, lexicon: dict) -> None:
    assert _contra(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), PREGNANT)
def test_women_who_are_pregnant(text: str, expected: set, lexicon: dict) -> None:
    assert _contra(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [c for c in CASES if c[1] is not None])
def test_exact_claims(text: str, expected: set, lexicon: dict) -> None:
    assert polarity_claims(text, lexicon) == expected


def _contra(text: str, lexicon: dict) -> set:
    return polarity_claims(text, lexicon, "contraindicatedIn")


def test_have_it_with_alcohol_forbids_nothing(lexicon: dict) -> None:
    assert _contra(CASES[2][0], lexicon) == set()


def test_who_should_take_is_no_prohibition(lexicon: dict) -> None:
    assert _contra(CASES[8][0], lexicon) == set()


def test_it_is_the_documents_drug(lexicon: dict) -> None:
    assert _contra(CASES[9][0], lexicon) == {
        ("cetirizine", "contraindicatedIn", "cetirizine-hypersensitivity", False, False)
    }


def test_permission_keeps_its_polarity(lexicon: dict) -> None:
    # (the permission gives no asserted prohibition of kidney disease; the allergy after "but" is forbidden)
    assert _contra(CASES[10][0], lexicon) == {
        ("famotidine", "contraindicatedIn", "famotidine-hypersensitivity", False, False)
    }


UNKNOWN_ALLERGENS = [
    # (an allergen the text names that no vocabulary here knows: nothing, never the bare hypersensitivity)
    ("Cefalexin must not be taken by anyone with an allergy to cephalosporins.", set()),
    ("Ramipril must not be taken by anyone with an allergy to peanuts.", set()),
    # (the drug's own allergy is untouched)
    (
        "Ramipril must not be taken by anyone who is allergic to it.",
        {("ramipril", "contraindicatedIn", "ramipril-hypersensitivity", False, False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNKNOWN_ALLERGENS)
def test_an_unknown_allergen_is_no_allergy_as_such(text: str, expected: set, lexicon: dict) -> None:
    assert _contra(text, lexicon) == expected
