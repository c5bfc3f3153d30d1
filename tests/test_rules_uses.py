"""Use and form constructions of issue 13 (recall): "medicines for Y such as X" (rules.yaml `medicines-for-such-as`,
voice passive: the condition inside the cue, the agents after it) and "X is taken as tablets" (`formulation-taken`).
The sentences are invented from general patterns with names of the lexicon and vocabularies."""

import pytest
from extracting import claims as claims_of


def claims(text, lexicon):
    return set(claims_of(text, lexicon))


@pytest.mark.parametrize(
    "text",
    [
        "Doctors may suggest medicines for migraine such as ibuprofen or naproxen.",
        "Some treatments for migraine, like ibuprofen and naproxen, are sold in pharmacies.",
    ],
)
def test_medicines_for_y_such_as_x_treat_y(text, lexicon):
    found = claims(text, lexicon)
    assert {
        ("ibuprofen", "treats", "migraine-disorders", False),
        ("naproxen", "treats", "migraine-disorders", False),
    } <= found


def test_a_list_of_medicines_ends_at_its_last_item(lexicon):
    found = claims("Medicines for migraine such as ibuprofen are cheap, but warfarin is not.", lexicon)
    assert ("warfarin", "treats", "migraine-disorders", False) not in found


@pytest.mark.parametrize(
    "text",
    ["Warfarin is taken as tablets once a day.", "Warfarin is usually swallowed as tablets."],
)
def test_a_drug_taken_as_a_form_has_that_formulation(text, lexicon):
    assert ("warfarin", "hasFormulation", "tablet", False) in claims(text, lexicon)


def test_the_examples_of_a_kind_end_at_a_mention_of_another_kind(lexicon):
    text = "Taking it with medicines for migraine such as ibuprofen can cause nausea and dizziness."
    assert not any(p == "isA" and o == "migraine-disorders" for _, p, o, _ in claims(text, lexicon))


def test_a_condition_before_a_drug_class_apposition_is_not_of_that_class(lexicon):
    found = claims("For heart failure, a beta blocker such as metoprolol is often added.", lexicon)
    assert ("metoprolol", "isA", "beta-blocker", False) in found
    assert not any(s == "heart-failure" and p == "isA" for s, p, _, _ in found)
