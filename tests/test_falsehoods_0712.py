"""Decision 0712: the falsehood and polarity classes sealed14 showed at its one measurement, fixed as classes. The
sentences are invented (other words, other drugs than the fixture's); each test asserts the exact set of claims
(subject, predicate, object, negated).

1. "Nor / Neither ..." governs every coordinated object of its clause ("A or B", "A, B or C", "A and B").
2. A negation ends at ", and" + a phrase of place or time + a new pronoun subject ("..., and in pregnancy it is used
   only if ..."); "used only if the doctor ..." is no contraindication.
3. A co-formulation ("combined with X in one tablet", "also comes combined with X") is no interaction.
4. An apposition that explains a condition ("X, the A and B some adults get", "X, a condition where ...") is no
   second object.
5. In a side-effect list, the signs in brackets after an effect and the features after "a reaction with" are not
   further effects.
"""

from __future__ import annotations

import pytest
from extracting import markdown_claims
from extracting import titled_claims as sentence_claims


# 1. "nor" / "neither" reach the end of their clause: every object of the list is denied
@pytest.mark.parametrize(
    ("sentence", "objects"),
    [
        ("Nor should it be used for everyday headaches or gout.", {"headache", "gout"}),
        ("Nor is it prescribed for common tension headaches or gout.", {"tension-type-headache", "gout"}),
        (
            "Neither is it given for simple back pain, migraine or eczema.",
            {"back-pain", "migraine-disorders", "eczema"},
        ),
        ("Neither is it a treatment for gout, migraine or asthma.", {"gout", "migraine-disorders", "asthma"}),
        ("Neither is it used for simple back pain or eczema.", {"back-pain", "eczema"}),
        ("Nor is it a treatment for everyday back pain, gout and asthma.", {"back-pain", "gout", "asthma"}),
        ("It does not treat gout, nor migraine and asthma.", {"gout", "migraine-disorders", "asthma"}),
        ("It is not a treatment for gout or migraine.", {"gout", "migraine-disorders"}),
    ],
)
def test_nor_and_neither_govern_every_coordinated_object(sentence, objects, lexicon):
    assert sentence_claims(lexicon, "Ibuprofen", sentence) == {("ibuprofen", "treats", o, True) for o in objects}


def test_never_governs_every_coordinated_object(lexicon):
    sentence = "It should never be used for everyday tension headaches, gout or eczema."
    assert sentence_claims(lexicon, "Ibuprofen", sentence) == {
        ("ibuprofen", "treats", o, True) for o in ("tension-type-headache", "gout", "eczema")
    }


def test_a_denial_by_neither_ends_at_a_new_clause(lexicon):
    sentence = "Both are cheap, neither is used for gout, and it is used for migraine."
    assert sentence_claims(lexicon, "Ibuprofen", sentence) == {
        ("ibuprofen", "treats", "gout", True),
        ("ibuprofen", "treats", "migraine-disorders", False),
    }


# 2. ", and <phrase of place or time> <pronoun>" opens a clause of its own
@pytest.mark.parametrize(
    "sentence",
    [
        "It is not advised for children, and in pregnancy it is prescribed only when a specialist feels it is needed.",
        "It is not recommended for children, and during breastfeeding it is given only after the midwife agrees.",
    ],
)
def test_a_caution_in_a_new_clause_is_no_contraindication(sentence, lexicon):
    assert sentence_claims(lexicon, "Ibuprofen", sentence) == {("ibuprofen", "contraindicatedIn", "children", False)}


def test_a_prohibition_in_the_new_clause_still_forbids(lexicon):
    sentence = "It is not recommended for children, and in pregnancy it should be avoided."
    assert sentence_claims(lexicon, "Naproxen", sentence) == {
        ("naproxen", "contraindicatedIn", "children", False),
        ("naproxen", "contraindicatedIn", "pregnant-women", False),
    }


def test_a_denied_use_ends_where_a_phrase_opens_a_new_clause(lexicon):
    sentence = "It is not used for gout, and in children it is used for fever."
    assert sentence_claims(lexicon, "Ibuprofen", sentence) == {
        ("ibuprofen", "treats", "gout", True),
        ("ibuprofen", "treats", "fever", False),
    }


def test_a_list_of_people_after_and_in_stays_forbidden(lexicon):
    sentence = "It must not be used in pregnancy, and in people with kidney disease."
    assert sentence_claims(lexicon, "Ibuprofen", sentence) == {
        ("ibuprofen", "contraindicatedIn", "pregnant-women", False),
        ("ibuprofen", "contraindicatedIn", "kidney-diseases", False),
    }


# 3. a co-formulation is no interaction
@pytest.mark.parametrize(
    "sentence",
    [
        "You can also buy it combined with codeine in one tablet.",
        "It also comes combined with paracetamol in a single tablet.",
        "You can buy ibuprofen combined with codeine.",
        "Ibuprofen is also available combined with famotidine as one tablet.",
    ],
)
def test_a_combination_product_is_no_interaction(sentence, lexicon):
    assert {c for c in sentence_claims(lexicon, "Ibuprofen", sentence) if c[1] == "interactsWith"} == set()


def test_an_effect_of_the_pair_is_still_an_interaction(lexicon):
    sentence = "Ibuprofen can make you drowsy when combined with codeine."
    assert {c for c in sentence_claims(lexicon, "Ibuprofen", sentence) if c[1] == "interactsWith"} == {
        ("ibuprofen", "interactsWith", "codeine", False)
    }


# 4. an apposition that explains a condition is no second object
@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        ("It is not a treatment for eczema, the itching and redness many children get.", "eczema"),
        ("It is not a treatment for psoriasis, the scaling and itching you get on the elbows.", "psoriasis"),
        ("It is not a treatment for gout, a condition where uric acid builds up and causes joint pain.", "gout"),
    ],
)
def test_a_gloss_of_a_condition_is_no_second_object(sentence, condition, lexicon):
    assert sentence_claims(lexicon, "Ibuprofen", sentence) == {("ibuprofen", "treats", condition, True)}


def test_a_list_after_a_condition_is_still_a_list(lexicon):
    sentence = "It is not a treatment for eczema, the common cold or asthma."
    assert sentence_claims(lexicon, "Ibuprofen", sentence) == {
        ("ibuprofen", "treats", o, True) for o in ("eczema", "common-cold", "asthma")
    }


# 5. signs in brackets and the features of a reaction in a side-effect list
def test_signs_of_an_effect_in_a_list_item_are_not_effects(lexicon):
    text = (
        "# Naproxen\n\n## Side effects\n\nSerious side effects of naproxen:\n\n"
        "- kidney problems with swelling (puffy ankles, passing less urine)\n"
        "- an allergic reaction with a rash and wheezing\n"
        "- headache\n"
        "- stomach problems with bleeding (black stools, vomiting blood)\n"
        "- bowel problems with diarrhoea (loose stools, stomach cramps)\n"
    )
    assert markdown_claims(lexicon, text) == {
        ("naproxen", "hasAdverseEffect", "kidney-diseases", False),
        ("naproxen", "hasAdverseEffect", "stomach-diseases", False),
        ("naproxen", "hasAdverseEffect", "hemorrhage", False),
        ("naproxen", "hasAdverseEffect", "diarrhea", False),
        ("naproxen", "hasAdverseEffect", "hypersensitivity", False),
        ("naproxen", "hasAdverseEffect", "headache", False),
    }
