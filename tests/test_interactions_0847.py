"""Interactions as new texts write them (decision 0847): St John's wort under one name, the lay verb "push up the
level of", "raise the effect of", "makes more of X get into the blood", "how much of it is absorbed", the drug a reason
clause leaves unnamed ("It must be taken fasting, because food reduces how much is absorbed"), and an object list that
ends where a clause of a person begins. The sentences are invented (other drugs, other wording); each test asserts the
exact set of interactions, polarity and hedging included."""

import pytest
from extracting import interaction_claims

from graph_build.text.vocabularies import slugify


def claims(lexicon: dict, text: str) -> set[tuple[frozenset, bool, bool]]:
    """The interactions of `text` as (unordered pair, negated, hedged): interactsWith is symmetric."""
    return {(frozenset((s, o)), n, h) for s, o, n, h in interaction_claims(lexicon, text)}


def pairs(*items: tuple[str, str, bool, bool]) -> set[tuple[frozenset, bool, bool]]:
    return {(frozenset((s, o)), n, h) for s, o, n, h in items}


def test_a_possessive_folds_into_its_word():
    assert slugify("St. John's Wort") == "st-johns-wort"
    assert slugify("St John\u2019s wort") == "st-johns-wort"
    assert slugify("Parkinson's disease") == "parkinsons-disease"
    assert slugify("5'-nucleotidase") == "5-nucleotidase"  # (no possessive: a prime)


TACRO = "Tacrolimus is used after a kidney transplant. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # St John's wort by one slug, whichever apostrophe the text writes
        ("St John's wort can lower the level of ciclosporin.", {("cyclosporine", "st-johns-wort", False, False)}),
        ("St John\u2019s wort can lower the level of ciclosporin.", {("cyclosporine", "st-johns-wort", False, False)}),
        # "push up the level of": a raised level, its denial and its hedge
        (
            "Clarithromycin can push up the level of simvastatin in the blood.",
            {("simvastatin", "clarithromycin", False, False)},
        ),
        (
            "Erythromycin pushes the level of atorvastatin far too high, so the two are not combined.",
            {("atorvastatin", "erythromycin", False, False)},
        ),
        ("Clarithromycin does not push up the level of pravastatin.", {("pravastatin", "clarithromycin", True, False)}),
        (TACRO + "Fluconazole may push up its levels.", {("tacrolimus", "fluconazole", False, True)}),
        # "push up" of no drug's level gives nothing
        ("Rifampicin can push up your blood pressure.", set()),
        ("Salt pushes up the level of sodium in the blood.", set()),
        # "raise the effect of"
        ("Fluconazole can raise the effect of warfarin.", {("fluconazole", "warfarin", False, False)}),
        ("Cetirizine does not raise the effect of warfarin.", {("cetirizine", "warfarin", True, False)}),
        # "makes more of X get into the blood"
        (
            "Grapefruit juice makes more of the felodipine get into the blood.",
            {("felodipine", "grapefruit-juice", False, False)},
        ),
        ("Exercise makes more of the blood get into the muscles.", set()),
        # "how much of it is absorbed": the pronoun's drug
        (TACRO + "Antacids reduce how much of it is absorbed.", {("tacrolimus", "antacid", False, False)}),
        # the drug a reason clause leaves unnamed: the main clause's, named or by its pronoun
        (
            TACRO + "It must be taken on an empty stomach, because food reduces how much is absorbed.",
            {("tacrolimus", "food", False, False)},
        ),
        (
            TACRO + "She takes it before breakfast, as food cuts how much gets absorbed.",
            {("tacrolimus", "food", False, False)},
        ),
        (
            "Levothyroxine is taken on an empty stomach, because coffee reduces how much is absorbed.",
            {("levothyroxine", "coffee", False, False)},
        ),
        (
            TACRO + "It is taken fasting, because food may reduce how much is absorbed.",
            {("tacrolimus", "food", False, True)},
        ),
        # no reason clause, or two drugs before it: whose absorption it is the sentence does not say
        (TACRO + "Food reduces how much is absorbed.", set()),
        ("Tacrolimus and ciclosporin are taken fasting, because food reduces how much is absorbed.", set()),
        # salt substitutes: a food partner by its own name (Food as the broader descriptor)
        (
            "Ramipril is a blood pressure tablet.\nOther medicines\n- Potassium supplements and salt substitutes can"
            " push the potassium too high.",
            {("ramipril", "potassium-supplement", False, False), ("ramipril", "salt-substitute", False, False)},
        ),
        (
            "Ramipril is a blood pressure tablet. Salt substitutes are fine with ramipril.",
            {("ramipril", "salt-substitute", True, False)},
        ),
        ("Many people use salt substitutes to cut down on sodium.", set()),
        # a drink or food that changes the drug's effect; its denial and hedge; no drink, no claim
        (
            "Lorazepam is used for anxiety. Alcohol increases the effect of lorazepam.",
            {("lorazepam", "alcohol", False, False)},
        ),
        (
            "Lorazepam is used for anxiety. Grapefruit juice may increase the effect of lorazepam.",
            {("lorazepam", "grapefruit-juice", False, True)},
        ),
        (
            "Lorazepam is used for anxiety. Alcohol does not reduce the effect of lorazepam.",
            {("lorazepam", "alcohol", True, False)},
        ),
        ("Lorazepam is used for anxiety. Exercise increases the effect of lorazepam.", set()),
        # "fine to take alongside": compatible, a denied interaction; "but not alongside B" is no denial of B
        (
            "Loratadine is used for hay fever. It is fine to take alongside paracetamol or ibuprofen.",
            {("loratadine", "acetaminophen", True, False), ("loratadine", "ibuprofen", True, False)},
        ),
        (
            "Lorazepam is used for anxiety. It is fine to take alongside paracetamol, but not alongside alcohol.",
            {("lorazepam", "acetaminophen", True, False)},
        ),
        # "interact with it" after a class and its examples, or after coordinated drugs: each drug named
        (
            TACRO + "Some epilepsy medicines, such as phenytoin, also interact with it.",
            {("tacrolimus", "phenytoin", False, False)},
        ),
        (
            TACRO + "Epilepsy medicines such as phenytoin and primidone interact with it.",
            {("tacrolimus", "phenytoin", False, False), ("tacrolimus", "primidone", False, False)},
        ),
        (
            TACRO + "Some antibiotics, such as amoxicillin, do not interact with it.",
            {("tacrolimus", "amoxicillin", True, False)},
        ),
        (
            TACRO + "Paracetamol and codeine do not interact with it.",
            {("tacrolimus", "acetaminophen", True, False), ("tacrolimus", "codeine", True, False)},
        ),
        # an example with words of its own after it is no list: the class only, as before
        (
            TACRO + "Antibiotics such as clarithromycin for chest infections interact with it.",
            {("tacrolimus", "antibiotic", False, False)},
        ),
        # an object list ends where a clause of a person begins
        (
            "Naproxen can increase the effect of warfarin, and she asked me to avoid alcohol.",
            {("naproxen", "warfarin", False, False)},
        ),
        (
            "Naproxen can increase the effect of warfarin and digoxin.",
            {("naproxen", "warfarin", False, False), ("naproxen", "digoxin", False, False)},
        ),
    ],
)
def test_interactions(lexicon, text, expected):
    assert claims(lexicon, text) == pairs(*expected)
