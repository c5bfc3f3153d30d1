"""Classes of falsehood decision 0691 found in sealed12, each fixed in general (decision 0701): a safety statement
read as a contraindication after a negation of another clause, a body chemical as the owner of the drug's
statements, the drug an allergy is to as the subject of "you must not take it", what stopping brings read as an
adverse effect, a combination's effect given to one partner, and co-prescription read as an interaction.
The sentences are invented from the general patterns with names of the lexicon; each test asserts the exact claims."""

import pytest
from extracting import markdown_claims


def of(claims: set, *predicates: str) -> set:
    return {c for c in claims if c[1] in predicates}


# 1. "X is safe in Y" is a denied contraindication whatever precedes it; double negations keep the polarity
@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("Pregnancy does not rule it out: isoniazid is considered safe in pregnancy.", True),
        ("Being pregnant is not a reason not to take it: isoniazid is safe in pregnancy.", True),
        ("Isoniazid is safe during pregnancy.", True),
        ("Isoniazid is not safe in pregnancy.", False),
        ("Isoniazid is not considered safe during pregnancy.", False),
        ("Isoniazid is not unsafe in pregnancy.", True),
        ("Isoniazid is not contraindicated in pregnancy.", True),
        ("It is not considered dangerous in pregnancy.", True),
        ("It is dangerous in pregnancy.", False),
        ("Isoniazid is contraindicated in pregnancy.", False),
    ],
)
def test_safety_statement_polarity(sentence, denied, lexicon):
    claims = markdown_claims(lexicon, f"# Isoniazid\n\n{sentence}\n")
    assert of(claims, "contraindicatedIn") == {("isoniazid", "contraindicatedIn", "pregnant-women", denied)}


def test_a_negated_rule_out_gives_no_contraindication(lexicon):
    text = "# Isoniazid\n\nBreastfeeding does not mean you cannot take it.\n"
    assert of(markdown_claims(lexicon, text), "contraindicatedIn") == set()


# 2. a chemical the body makes is never the owner of the drug's side effects, prohibitions or pronouns
def test_a_body_chemical_owns_no_list_and_no_pronoun(lexicon):
    text = (
        "# Ticagrelor\n\nTicagrelor prevents clots.\n\n## Side effects\n\n"
        "- Common: gout, from a rise in uric acid in the blood, and dizziness.\n- Rare: a rash.\n\n"
        "## Who should not take it\n\nIt is not recommended in pregnancy, and it is not used in children.\n\n"
        "Do not take it if you:\n\n- have severe liver disease\n"
    )
    claims = markdown_claims(lexicon, text)
    assert of(claims, "hasAdverseEffect", "contraindicatedIn") == {
        ("ticagrelor", "hasAdverseEffect", "gout", False),
        ("ticagrelor", "hasAdverseEffect", "dizziness", False),
        ("ticagrelor", "hasAdverseEffect", "exanthema", False),
        ("ticagrelor", "contraindicatedIn", "pregnant-women", False),
        ("ticagrelor", "contraindicatedIn", "children", False),
        ("ticagrelor", "contraindicatedIn", "liver-disease", False),
    }


# 3. "you must not take it if you are allergic to B": it is forbidden, B is no subject
# (the allergy is to the drug named, its own entity: decision 0822)
@pytest.mark.parametrize(
    ("sentence", "allergies"),
    [
        (
            "You must not take it if you are allergic to aspirin or other salicylates.",
            {"aspirin-hypersensitivity", "salicylic-acid-hypersensitivity"},
        ),
        ("Do not take it if you are allergic to ibuprofen.", {"ibuprofen-hypersensitivity"}),
        ("You should not take it if you are allergic to naproxen.", {"naproxen-hypersensitivity"}),
    ],
)
def test_the_drug_an_allergy_is_to_is_no_subject(sentence, allergies, lexicon):
    claims = markdown_claims(lexicon, f"# Ticagrelor\n\nTicagrelor prevents clots. {sentence}\n")
    assert of(claims, "contraindicatedIn") == {("ticagrelor", "contraindicatedIn", a, False) for a in allergies}


# 4. what stopping brings is no adverse effect (nor, the treated risk returning, a withdrawal effect)
@pytest.mark.parametrize(
    "sentence",
    [
        "Stopping it early raises the risk of a clot in the stent and a heart attack.",
        "If you stop taking it, the risk of a heart attack rises.",
        "Missing doses increases the risk of a stroke.",
    ],
)
def test_what_stopping_brings_is_no_adverse_effect(sentence, lexicon):
    claims = markdown_claims(lexicon, f"# Ticagrelor\n\nTicagrelor prevents clots. {sentence}\n")
    assert of(claims, "hasAdverseEffect", "hasWithdrawalEffect") == set()


def test_an_effect_of_its_own_is_still_read(lexicon):
    text = "# Ticagrelor\n\nTicagrelor prevents clots. Ticagrelor raises the risk of bleeding.\n"
    claims = markdown_claims(lexicon, text)
    assert of(claims, "hasAdverseEffect") == {("ticagrelor", "hasAdverseEffect", "hemorrhage", False)}


# 5. an effect raised "with" another drug is the combination's, no adverse effect of one partner
@pytest.mark.parametrize(
    "sentence",
    [
        "Ibuprofen, naproxen and other anti-inflammatory painkillers raise the risk of bleeding with ticagrelor.",
        "Ibuprofen can cause bleeding when taken with ticagrelor.",
    ],
)
def test_a_combinations_effect_is_no_partners_adverse_effect(sentence, lexicon):
    claims = markdown_claims(lexicon, f"# Ticagrelor\n\nTicagrelor prevents clots. {sentence}\n")
    assert of(claims, "hasAdverseEffect") == set()


# 6. one part of a combination (a regimen) is a co-prescription, no interaction
@pytest.mark.parametrize(
    "sentence",
    [
        "For active TB it is only ever one part of a combination of four antibiotics: used alone, the bacteria "
        "would soon become resistant to it.",
        "It is given as part of a combination with rifampicin, because resistance would develop.",
        "It is always used in a combination of three medicines.",
    ],
)
def test_part_of_a_combination_is_no_interaction(sentence, lexicon):
    claims = markdown_claims(lexicon, f"# Isoniazid\n\nIsoniazid is used against TB. {sentence}\n")
    assert of(claims, "interactsWith") == set()


def test_a_combination_that_harms_is_still_an_interaction(lexicon):
    text = "# Isoniazid\n\nIsoniazid is used against TB. Do not take it with paracetamol, as this can harm the liver.\n"
    assert of(markdown_claims(lexicon, text), "interactsWith") == {
        ("isoniazid", "interactsWith", "acetaminophen", False)
    }
