"""Decision 0720: the falsehood classes sealed15 showed at its one measurement, fixed as classes. The sentences are
invented (other words, other drugs and conditions than the fixture's); each test asserts the exact set of claims
(subject, predicate, object, negated).

1. A denied use's object list ends at a concessive clause ("even though", "though", "even if") or a clause of reason
   after a comma (", since ...", ", as A are ..."), and one cue never reads a triple both ways in one sentence.
2. A drug named after the focus pronoun as a partner, a comparison or in a subordinate clause ("It is given with B
   if B alone ...", "Some take it by itself when they cannot take B") does not become the referent of a later "It".
3. A cue of a coordinated clause with a subject of its own no vocabulary knows ("..., and some herbal teas also cause
   Y") takes no earlier entity as its subject.
4. A denial of manner, speed or degree ("not fast enough to treat", "too slowly to relieve", "not strong enough on
   its own to", "not ... quickly enough") denies no use.
5. A bracket that explains an item ("- Y (a disease that causes Z)", "a rash (an allergic reaction)") names no
   further item.
"""

from __future__ import annotations

import pytest
from extracting import markdown_claims


def claims(lexicon: dict, text: str) -> set[tuple]:
    return markdown_claims(lexicon, text + "\n")


# 1. a concessive clause or a clause of reason ends the denied objects
SIGN = {("seizure-disorder", "hasPhenotype", "seizure", False)}


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("Sertraline is not a treatment for epilepsy, even though seizures are often part of epilepsy.", SIGN),
        ("Sertraline is not a treatment for epilepsy, though seizures are often part of epilepsy.", SIGN),
        ("Sertraline is not a treatment for epilepsy, even if seizures are often part of epilepsy.", set()),
    ],
)
def test_a_concessive_clause_ends_the_denied_objects(sentence, sign, lexicon):
    # (the concessive clause's own statement is the condition's sign since decision 0913, "A is often part of Y";
    # none after "even if", which ConText reads inside the denial: nothing rather than a denied sign)
    assert claims(lexicon, sentence) == {("sertraline", "treats", "seizure-disorder", True)} | sign


@pytest.mark.parametrize(
    "sentence",
    [
        "Sertraline is not a treatment for epilepsy, since seizures are a part of epilepsy.",
        "Sertraline is not a treatment for epilepsy, as seizures are a part of epilepsy.",
    ],
)
def test_a_clause_of_reason_ends_the_denied_objects(sentence, lexicon):
    got = claims(lexicon, sentence)
    assert ("sertraline", "treats", "seizure-disorder", True) in got
    assert not {c for c in got if c[0] == "sertraline" and c[2] == "seizure"}
    assert ("sertraline", "treats", "seizure-disorder", False) not in got


def test_as_well_as_still_continues_a_list(lexicon):
    got = claims(lexicon, "Ibuprofen is used to treat gout, as well as migraine.")
    assert got == {("ibuprofen", "treats", "gout", False), ("ibuprofen", "treats", "migraine-disorders", False)}


# 2. a partner named after the focus pronoun is no new topic
def test_a_partner_after_the_pronoun_does_not_take_the_next_it(lexicon):
    text = (
        "# Ezetimibe\n\nEzetimibe lowers cholesterol. It is often given with simvastatin if simvastatin alone is not "
        "enough. Some people take it by itself when they cannot take simvastatin. It is not a treatment for high "
        "blood pressure."
    )
    got = claims(lexicon, text)
    assert ("ezetimibe", "treats", "hypertension", True) in got
    assert not {c for c in got if c[0] == "simvastatin"}


def test_a_combined_tablet_with_a_partner_keeps_the_topic(lexicon):
    text = (
        "# Empagliflozin\n\nEmpagliflozin is a tablet for type 2 diabetes.\n\nIt is used for type 2 diabetes, often "
        "together with gliclazide when gliclazide alone does not control blood sugar. It also comes as a combined "
        "tablet with gliclazide in it.\n\nIt is not a treatment for type 1 diabetes."
    )
    got = claims(lexicon, text)
    assert ("empagliflozin", "treats", "type-1-diabetes-mellitus", True) in got
    assert not {c for c in got if c[0] == "gliclazide"}


def test_a_drug_opening_a_clause_of_its_own_becomes_the_topic(lexicon):
    # (the pronoun inside the sentence: a sentence that opens with "It" keeps the focus anyway)
    text = "# Ibuprofen\n\nDoctors give it for gout; naproxen is an older choice. It is not a treatment for migraine."
    got = claims(lexicon, text)
    assert ("naproxen", "treats", "migraine-disorders", True) in got


# 3. a coordinated clause's own subject
def test_an_unknown_subject_of_a_coordinated_clause_takes_no_earlier_entity(lexicon):
    assert claims(lexicon, "Warfarin thins the blood, and some herbal teas also cause bleeding.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Warfarin thins the blood, and it can also cause bleeding.",
        "Warfarin thins the blood, and high doses can cause bleeding.",
        "Warfarin thins the blood and can cause bleeding.",
    ],
)
def test_the_drug_or_its_dose_as_the_clause_subject_keeps_the_claim(sentence, lexicon):
    assert claims(lexicon, sentence) == {("warfarin", "hasAdverseEffect", "hemorrhage", False)}


def test_a_noun_cue_after_a_coordinator_keeps_its_owner(lexicon):
    got = claims(lexicon, "Warfarin is safe, but the most common side effects are bleeding and bruising.")
    assert ("warfarin", "hasAdverseEffect", "hemorrhage", False) in got


# 4. a denial of manner, speed or degree
@pytest.mark.parametrize(
    "sentence",
    [
        "Salmeterol does not work fast enough to treat a sudden asthma attack.",
        "Montelukast acts too slowly to relieve an asthma attack.",
        "Codeine does not relieve migraine quickly enough for most people.",
        "Paracetamol is not strong enough on its own to relieve migraine.",
        "Aspirin does not on its own treat angina.",
        "Hyoscine will not relieve the spasms of irritable bowel syndrome on its own, so a doctor may add another.",
    ],
)
def test_a_denial_of_manner_or_speed_denies_no_use(sentence, lexicon):
    assert not {c for c in claims(lexicon, sentence) if c[1] == "treats"}


def test_a_plain_denial_still_denies(lexicon):
    assert claims(lexicon, "Ibuprofen does not treat migraine.") == {
        ("ibuprofen", "treats", "migraine-disorders", True)
    }


# 5. a bracket that explains an item
def test_a_gloss_in_a_contraindication_list_is_no_item(lexicon):
    text = (
        "# Methotrexate\n\nDo not take methotrexate if you have:\n\n"
        "- **lupus** (a disease that causes joint pain)\n- liver disease"
    )
    assert claims(lexicon, text) == {
        ("methotrexate", "contraindicatedIn", "systemic-lupus-erythematosus", False),
        ("methotrexate", "contraindicatedIn", "liver-disease", False),
    }


def test_a_gloss_after_a_cue_object_is_no_object(lexicon):
    assert claims(lexicon, "Prednisolone can cause a rash (an allergic reaction) and headache.") == {
        ("prednisolone", "hasAdverseEffect", "exanthema", False),
        ("prednisolone", "hasAdverseEffect", "headache", False),
    }


def test_a_gloss_in_a_side_effect_list_is_no_effect(lexicon):
    text = (
        "# Prednisolone\n\nPrednisolone is a steroid.\n\n## Side effects\n\nPrednisolone can cause these side effects:"
        "\n\n- a rash (an allergic reaction)\n- headache"
    )
    got = claims(lexicon, text)
    assert {c for c in got if c[1] == "hasAdverseEffect"} == {
        ("prednisolone", "hasAdverseEffect", "exanthema", False),
        ("prednisolone", "hasAdverseEffect", "headache", False),
    }


def test_a_bare_name_in_brackets_is_still_the_item(lexicon):
    got = claims(lexicon, "Prednisolone can cause blood clots in the legs (deep vein thrombosis).")
    assert ("prednisolone", "hasAdverseEffect", "venous-thrombosis", False) in got or any(
        c[2].endswith("thrombosis") for c in got
    )


# found while writing the tests of class 1: "Y is a symptom / a part of Z" names no kind
@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Insomnia is a symptom of depression.", {("depression", "hasPhenotype", "insomnia", False)}),
        # (no kind; a sign of it since decision 0913)
        ("Seizures are a part of epilepsy.", {("seizure-disorder", "hasPhenotype", "seizure", False)}),
    ],
)
def test_a_sign_or_part_of_a_condition_is_no_kind_of_it(sentence, kept, lexicon):
    assert claims(lexicon, sentence) == kept


def test_a_type_of_a_condition_is_still_a_kind(lexicon):
    assert claims(lexicon, "Insomnia is a type of sleep disorder.") == {
        ("insomnia", "isA", "sleep-wake-disorders", False)
    }
