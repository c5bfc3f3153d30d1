"""Classes of falsehood decision 0696 found in sealed11, each fixed in general (decision 0697): a former use or the
people treated read as an adverse effect, advice to use another drug read as the document drug's use or an
interaction, "makes Y worse" read as a cause, and a receptor (or a bracketed second name) in a later mechanism step.
The sentences are invented from the general patterns with names of the lexicon; each test asserts the exact claims."""

import pytest
from extracting import markdown_claims


def of(claims: set, *predicates: str) -> set:
    return {c for c in claims if c[1] in predicates}


# 1. a condition in a phrase of use or of the people treated is no effect of the verb that follows
@pytest.mark.parametrize(
    "item",
    [
        "At the high doses once used for Parkinson's disease, it can cause nausea.",
        "When given for Parkinson's disease, it can cause nausea.",
        "In people with Parkinson's disease, nausea.",
    ],
)
def test_a_use_in_a_side_effect_item_is_no_effect(item, lexicon):
    text = f"# Bromocriptine\n\n## Side effects\n\n- {item}\n- Headache.\n"
    assert of(markdown_claims(lexicon, text), "hasAdverseEffect") == {
        ("bromocriptine", "hasAdverseEffect", "nausea", False),
        ("bromocriptine", "hasAdverseEffect", "headache", False),
    }


# 2. advice to use another drug: neither the document drug's use nor an interaction
def test_either_of_two_other_drugs_is_no_subject_of_the_document_drug(lexicon):
    text = (
        "# Oseltamivir\n\nOseltamivir does not interact with paracetamol or ibuprofen, so either can be used for "
        "fever.\n"
    )
    claims = markdown_claims(lexicon, text)
    assert of(claims, "treats") == set()
    assert of(claims, "interactsWith") == {
        ("oseltamivir", "interactsWith", "acetaminophen", True),
        ("oseltamivir", "interactsWith", "ibuprofen", True),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Use paracetamol for aches while on desmopressin.",
        "You can take paracetamol for pain while taking desmopressin.",
    ],
)
def test_advice_to_use_another_drug_while_on_it_is_no_interaction(sentence, lexicon):
    text = f"# Desmopressin\n\n{sentence}\n"
    claims = markdown_claims(lexicon, text)
    assert of(claims, "interactsWith") == set()
    assert of(claims, "treats") == {("acetaminophen", "treats", "pain", False)}


def test_a_warning_while_taking_it_is_still_an_interaction(lexicon):
    text = "# Desmopressin\n\nDo not take ibuprofen for pain while taking desmopressin.\n"
    assert of(markdown_claims(lexicon, text), "interactsWith") == {
        ("desmopressin", "interactsWith", "ibuprofen", False)
    }


# 4. worsening is no causing
@pytest.mark.parametrize("sentence", ["Constipation can make bedwetting worse.", "Constipation makes it worse."])
def test_making_a_condition_worse_is_no_cause(sentence, lexicon):
    text = f"# Bedwetting\n\nBedwetting is common in children. {sentence}\n"
    assert of(markdown_claims(lexicon, text), "causes") == set()


# 5. a later step's subject is the previous step's act, not the receptor; a bracketed name is the same thing
def test_a_receptor_is_no_subject_of_a_later_bare_this(lexicon):
    text = (
        "# Desmopressin\n\nIt binds to vasopressin receptors in the kidney. This makes the cells put water channels "
        "(aquaporin-2) into their walls.\n"
    )
    assert of(markdown_claims(lexicon, text), "causes", "increases") == set()


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "Propranolol should not be taken by people with an overactive thyroid gland (thyrotoxicosis).",
            {("propranolol", "contraindicatedIn", "thyrotoxicosis", False)},
        ),
        (
            "Propranolol increases water channels (aquaporin-2) in the kidney.",
            {("propranolol", "increases", "aquaporin-2", False)},
        ),
    ],
)
def test_a_bracketed_name_is_the_object_named_not_a_second_one(sentence, claims, lexicon):
    text = f"# Propranolol\n\n{sentence}\n"
    assert of(markdown_claims(lexicon, text), "contraindicatedIn", "increases") == claims


def test_two_objects_joined_before_a_bracket_stay_two(lexicon):
    text = "# Ibuprofen\n\nIbuprofen can cause nausea and headache (mild).\n"
    assert of(markdown_claims(lexicon, text), "hasAdverseEffect") == {
        ("ibuprofen", "hasAdverseEffect", "nausea", False),
        ("ibuprofen", "hasAdverseEffect", "headache", False),
    }


def test_a_bracketed_name_takes_the_words_that_modify_the_name_before_it(lexicon):
    text = (
        "# Labyrinthitis\n\nLabyrinthitis is an infection of the inner ear. It causes sudden spinning dizziness "
        "(vertigo) and nausea.\n"
    )
    assert of(markdown_claims(lexicon, text), "hasPhenotype") == {
        ("labyrinthitis", "hasPhenotype", "dizziness", False),
        ("labyrinthitis", "hasPhenotype", "nausea", False),
    }


def test_a_side_effect_item_named_again_in_brackets_is_one_effect(lexicon):
    text = (
        "# Raloxifene\n\n## Side effects\n\n- blood clots in the legs (deep vein thrombosis)\n"
        "- swelling of the face (angioedema), which is rare\n- nausea and headache (mild)\n"
    )
    assert of(markdown_claims(lexicon, text), "hasAdverseEffect") == {
        ("raloxifene", "hasAdverseEffect", "venous-thrombosis", False),
        ("raloxifene", "hasAdverseEffect", "angioedema", False),
        ("raloxifene", "hasAdverseEffect", "nausea", False),
        ("raloxifene", "hasAdverseEffect", "headache", False),
    }


def test_a_channel_is_no_subject_of_a_later_this_with_its_own_verb(lexicon):
    text = (
        "# Phenytoin\n\nPhenytoin blocks sodium channels in nerve cells. This calms the overactive cells and lowers "
        "the release of glutamate.\n"
    )
    assert markdown_claims(lexicon, text) == {
        ("phenytoin", "bindsTo", "sodium-channel", False),
        ("phenytoin", "hasMechanismOfAction", "sodium-channel-blockade", False),  # (its act in prose: decision 0743)
        ("phenytoin", "actsOn", "neurons", False),  # (the cells its target sits in: decision 0807)
    }
