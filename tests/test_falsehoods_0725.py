"""Decision 0725: the falsehood classes sealed16 showed at its one measurement, fixed as classes. The sentences are
invented (other words, other drugs and conditions than the fixture's); each test asserts the exact set of claims
(subject, predicate, object, negated).

1. A drug named before a pronoun for the drug in focus that it acts with or on ("B is fine to take with it", "B would
   weaken it", "B can raise its levels") is that drug's partner, not the referent of a later "It"; a new section (a
   heading line, a question on its own line) that names no drug gives "It" back to the title's drug.
2. A condition named only in a time or cause phrase ("a week after a bite", "passed on by the bite of", "caused by
   an injury") owns no symptom list after it; nor does the class a condition is said to be ("Y is a serious
   infection"): the owner is the condition the text was about, or nobody.
3. "a withdrawal syndrome, with A, B and C" lists the drug's withdrawal effects (as the golds read "withdrawal
   symptoms such as A"), not the phenotypes of a disease "withdrawal syndrome".
"""

from __future__ import annotations

import pytest
from extracting import markdown_claims


def claims(lexicon: dict, text: str) -> set[tuple]:
    return markdown_claims(lexicon, text + "\n")


# 1. a partner named before the pronoun for the drug in focus takes no topic
def test_a_partner_taken_with_it_is_no_new_topic(lexicon):
    text = (
        "# Omeprazole: your questions answered\n\n## Is it safe with painkillers?\n\n"
        "Ibuprofen can upset the stomach. Paracetamol is fine to take with it.\n\n"
        "## How do I take it?\n\nIt comes as capsules and as a liquid."
    )
    assert claims(lexicon, text) == {
        ("omeprazole", "hasFormulation", "capsule", False),
        ("omeprazole", "hasFormulation", "oral-liquid", False),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "My doctor said my old medicine, tramadol, would weaken it, as it acts on the same system.",
        "Fluconazole can raise its levels.",
    ],
)
def test_a_drug_acting_on_it_is_no_new_topic(sentence, lexicon):
    text = f"Sertraline and me\n\nI have been on sertraline for a year. {sentence}\n\nIt can cause nausea at first."
    got = claims(lexicon, text)
    assert ("sertraline", "hasAdverseEffect", "nausea", False) in got
    assert not {c for c in got if c[1] == "hasAdverseEffect" and c[0] != "sertraline"}


def test_a_drug_that_is_taken_itself_stays_the_topic(lexicon):
    # ("take it with food": "it" is the drug just named, the sentence's own subject)
    text = (
        "Sertraline and me\n\nI have been on sertraline for a year. Naproxen can upset the stomach, so take it with "
        "food. It can cause stomach ulcers."
    )
    assert claims(lexicon, text) == {("naproxen", "hasAdverseEffect", "stomach-ulcer", False)}


def test_a_heading_gives_it_back_to_the_title_drug(lexicon):
    text = (
        "# Lansoprazole: questions and answers\n\n## Which antibiotics are used with it?\n\n"
        "Amoxicillin is one of them.\n\n## What forms are there?\n\nIt comes as capsules."
    )
    got = claims(lexicon, text)
    assert ("lansoprazole", "hasFormulation", "capsule", False) in got
    assert ("amoxicillin", "hasFormulation", "capsule", False) not in got


# 2. a condition in a time or cause phrase owns no symptom list
def test_a_condition_after_a_time_phrase_owns_no_symptoms(lexicon):
    text = (
        "# Tetanus vaccine leaflet\n\nTetanus is a serious infection caused by bacteria that get in through a cut. "
        "Symptoms usually start 4 to 21 days after an injury. Look out for:\n\n- fever\n- muscle spasms"
    )
    assert claims(lexicon, text) == {
        ("tetanus", "isA", "infections", False),
        ("bacteria", "causes", "tetanus", False),  # (an organism named as its cause, decision 0740)
        ("tetanus", "hasPhenotype", "fever", False),
        ("tetanus", "hasPhenotype", "muscle-spasm", False),
    }


def test_a_condition_only_in_a_time_phrase_owns_nothing(lexicon):
    text = "# Travel advice\n\nSymptoms can start weeks after a dog bite. Look out for:\n\n- fever\n- headache"
    assert claims(lexicon, text) == set()


# 3. a withdrawal syndrome's features are the drug's withdrawal effects
def test_a_withdrawal_syndrome_with_features(lexicon):
    text = "Venlafaxine\n\nDon't stop it suddenly. Some get a withdrawal syndrome, with dizziness, nausea and anxiety."
    assert claims(lexicon, text) == {
        ("venlafaxine", "hasWithdrawalEffect", "withdrawal-syndrome", False),
        ("venlafaxine", "hasWithdrawalEffect", "dizziness", False),
        ("venlafaxine", "hasWithdrawalEffect", "nausea", False),
        ("venlafaxine", "hasWithdrawalEffect", "anxiety", False),
    }


def test_a_disease_with_features_keeps_its_phenotypes(lexicon):
    text = "Some children get measles, with a fever, a cough and a rash."
    got = claims(lexicon, text)
    assert {("measles", "hasPhenotype", o, False) for o in ("fever", "cough")} <= got
