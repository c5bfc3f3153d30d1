"""Decision 0726: names at the text's grain, the classes whose wrong claims kept every confidence threshold shut.
The sentences are invented (other drugs, conditions and wording than the fixtures'); each test asserts the exact set
of claims (subject, predicate, object, negated).

1. A lay wording of one MedDRA concept names that concept, not its parts: "a runny or stuffy nose and a sore throat"
   is nasopharyngitis, "numbness or tingling in the hands and feet" peripheral neuropathy.
2. "pain in <parts>" names each part's pain (myalgia, arthralgia, bone pain, abdominal pain, pain in limb), not the
   bare "pain".
3. "a type (kind, form) of X called (known as) Y" names Y only.
4. A condition's gloss may end in a place or part ("a rare tumour of the pancreas") and still adds no item; a list
   goes on after its items.
5. "<SUBTYPE> <ligand> receptors" is the subtype's receptor ("AMPA glutamate receptors").
6. A bare dosage-form head before "of" and a named form ("capsules of inhalation powder") is the form's container.
"""

from __future__ import annotations

import pytest
from extracting import markdown_claims


def claims(lexicon: dict, text: str) -> set[tuple]:
    return markdown_claims(lexicon, text + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Side effects of montelukast include a runny or stuffy nose and a sore throat.",
        "Side effects of montelukast include a sore throat and a blocked nose.",
    ],
)
def test_a_lay_wording_of_nasopharyngitis_is_one_effect(sentence, lexicon):
    assert claims(lexicon, sentence) == {("montelukast", "hasAdverseEffect", "nasopharyngitis", False)}


def test_numbness_or_tingling_in_hands_and_feet_is_peripheral_neuropathy(lexicon):
    sentence = "Rare side effects of vincristine include tingling or numbness in the fingers and toes."
    assert claims(lexicon, sentence) == {("vincristine", "hasAdverseEffect", "peripheral-neuropathy", False)}


@pytest.mark.parametrize(
    ("sentence", "objects"),
    [
        ("Common side effects of atorvastatin are pain in the muscles or joints.", {"myalgia", "arthralgia"}),
        (
            "Zoledronate can cause fever and aches in the bones, muscles or joints.",
            {"fever", "bone-pain", "myalgia", "arthralgia"},
        ),
        ("Ibuprofen can cause pain in the stomach and headache.", {"abdominal-pain", "headache"}),
        (
            "Side effects of ramipril include a dry cough and pain in your legs.",
            {"nonproductive-cough", "pain-in-limb"},
        ),
    ],
)
def test_pain_in_parts_names_each_parts_pain(sentence, objects, lexicon):
    got = claims(lexicon, sentence)
    drug = next(iter(got))[0]
    assert got == {(drug, "hasAdverseEffect", o, False) for o in objects}


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        (
            "Do not take oxybutynin if you have a kind of glaucoma known as angle-closure glaucoma.",
            "angle-closure-glaucoma",
        ),
        ("Do not take ropinirole if you have a form of anaemia called sickle cell anaemia.", "sickle-cell-anemia"),
    ],
)
def test_a_kind_of_x_called_y_names_y(sentence, named, lexicon):
    got = claims(lexicon, sentence)
    assert got == {(next(iter(got))[0], "contraindicatedIn", named, False)}


def test_a_gloss_ending_in_a_part_adds_no_item(lexicon):
    sentence = "Do not take diazoxide if you have insulinoma, a rare tumour of the pancreas."
    assert claims(lexicon, sentence) == {("diazoxide", "contraindicatedIn", "insulinoma", False)}


def test_a_list_keeps_its_items(lexicon):
    sentence = "Do not take methyldopa if you have gout, a tumour, or asthma."
    assert claims(lexicon, sentence) == {
        ("methyldopa", "contraindicatedIn", "gout", False),
        ("methyldopa", "contraindicatedIn", "neoplasms", False),
        ("methyldopa", "contraindicatedIn", "asthma", False),
    }


def test_a_subtype_before_the_ligand_names_the_subtype_receptor(lexicon):
    # (the drug's first act on one receptor in prose is its mechanism: decision 0743)
    assert claims(lexicon, "Perampanel blocks AMPA glutamate receptors.") == {
        ("perampanel", "bindsTo", "ampa-receptor", False),
        ("perampanel", "hasMechanismOfAction", "ampa-receptor-blockade", False),
    }


def test_capsules_of_a_form_are_its_container(lexicon):
    assert claims(lexicon, "Formoterol comes as capsules of inhalation powder.") == {
        ("formoterol", "hasFormulation", "inhalation-powder", False)
    }
