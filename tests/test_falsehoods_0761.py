"""Decision 0761: falsehood classes of the development sets, each with invented sentences (exact claim sets)."""

from __future__ import annotations

import pytest
from extracting import named_claims

from ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_a_return_after_a_denial_of_withdrawal_effects_is_no_withdrawal_effect(lexicon) -> None:
    text = (
        "Ramipril is used for heart failure. There are no withdrawal symptoms, but breathlessness returns if it is "
        "stopped.\n"
    )
    assert named_claims(text, lexicon, "ramipril") == {
        ("ramipril", "treats", "heart-failure", False),
        ("ramipril", "hasWithdrawalEffect", "withdrawal-syndrome", True),
    }
    # without the denial the return is read as before (decision 0673)
    text = "Furosemide is used for oedema. If it is stopped, breathlessness returns.\n"
    assert named_claims(text, lexicon, "furosemide") == {
        ("furosemide", "treats", "edema", False),
        ("furosemide", "hasWithdrawalEffect", "dyspnea", False),
    }


def test_a_condition_inside_a_relative_clause_about_an_unnamed_noun_is_no_use(lexicon) -> None:
    text = "Oxybutynin is used for overactive bladder. It is not a treatment for wetting that occurs when you cough.\n"
    assert named_claims(text, lexicon, "oxybutynin") == {("oxybutynin", "treats", "overactive-urinary-bladder", False)}
    text = "Solifenacin does not treat the leaks that happen when you sneeze or laugh.\n"
    assert named_claims(text, lexicon, "solifenacin") == set()


def test_a_named_condition_before_its_relative_clause_keeps_its_denial(lexicon) -> None:
    text = "Cetirizine does not treat a cough that lasts for weeks.\n"
    assert named_claims(text, lexicon, "cetirizine") == {("cetirizine", "treats", "cough", True)}


def test_a_denial_for_people_with_one_condition_avoiding_another_denies_no_use(lexicon) -> None:
    text = (
        "Memantine is used for Alzheimer's disease. Trials have not shown that it helps people with mild cognitive "
        "impairment avoid dementia.\n"
    )
    assert named_claims(text, lexicon, "memantine") == {("memantine", "treats", "alzheimer-disease", False)}
    text = "Atorvastatin is used for high cholesterol. It does not help people with diabetes prevent a stroke.\n"
    assert named_claims(text, lexicon, "atorvastatin") == {("atorvastatin", "treats", "hypercholesterolemia", False)}
