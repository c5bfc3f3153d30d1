"""Decision 0728: the falsehood classes sealed17 showed at its one measurement, fixed as classes. The sentences are
invented (other words, other drugs and conditions than the fixture's); each test asserts the exact set of claims
(subject, predicate, object, negated).

1. A sentence that names the drug's effects ("Headache is common, so ...") is about the drug: an "It can cause Y"
   after it is the drug's effect, not the phenotype of the symptom that opened the sentence.
2. A drug named in comparison ("sooner than with B", "unlike B") is no owner of the sentence's value; nor is the class
   a drug "isn't" ("it isn't a sedative, so it won't help Y": the drug's denied use).
3. "your Y is Z" gives someone's symptom a diagnosis, not a kind of Z; "Y, such as A that is Y-ing" makes A an
   example of Y only as the clause restricts it: A is no kind of Y, nor a contraindication of its own.
4. "It is not given to <group> for Y" withholds the use Y from the group: the group is contraindicated, Y is not.
5. Withdrawal symptoms of a substance the person goes without ("when they stop drinking") are not the drug's
   withdrawal effects; "not a medicine for someone who has Y" says who should take it, no denied use of Y.
"""

from __future__ import annotations

import pytest
from extracting import markdown_claims


def claims(lexicon: dict, text: str) -> set[tuple]:
    return markdown_claims(lexicon, text + "\n")


# 1. "It can cause Y" after a sentence naming the drug's effects: the drug's effect
def test_it_after_the_drugs_effects_is_the_drug(lexicon):
    text = (
        "# Amitriptyline for nerve pain\n\n## Side effects\n\n"
        "Headache is common at first, so take it at night. It can cause a dry mouth."
    )
    got = claims(lexicon, text)
    assert ("amitriptyline", "hasAdverseEffect", "xerostomia", False) in got
    assert not {c for c in got if c[1] == "hasPhenotype"}


def test_it_after_a_condition_is_still_the_condition(lexicon):
    # (decision 0684 stands: a sentence about a condition, with no drug effect in it)
    text = "# Betahistine\n\nMeniere's disease affects the inner ear. It causes vertigo and tinnitus."
    got = claims(lexicon, text)
    assert {c for c in got if c[1] == "hasPhenotype"} == {
        ("meniere-disease", "hasPhenotype", "dizziness", False),
        ("meniere-disease", "hasPhenotype", "tinnitus", False),
    }


# 2. a drug named in comparison owns no value
@pytest.mark.parametrize("after", ["than with atenolol", "than for atenolol"])
def test_a_value_compared_with_another_drug_is_the_topics(after, lexicon):
    text = f"# Bisoprolol\n\nBisoprolol is taken once a day.\n\nThe half-life is about 10 to 12 hours, longer {after}."
    got = {c for c in claims(lexicon, text) if c[1] == "hasPharmacokineticValue"}
    assert got == {("bisoprolol", "hasPharmacokineticValue", "elimination-half-life", False)}


# 2. the class a drug "isn't" is named in passing: the denied use after it is the drug's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# Loratadine\n\nUnlike the older allergy tablets, such as chlorphenamine, it isn't a sedative, so it "
            "won't help with insomnia.",
            {("loratadine", "isA", "sedative", True), ("loratadine", "treats", "insomnia", True)},
        ),
        (
            "# Mirtazapine\n\nMirtazapine is an antidepressant. It isn't a benzodiazepine, so it won't help a panic "
            "attack.",
            {
                ("mirtazapine", "isA", "antidepressant", False),
                ("mirtazapine", "isA", "benzodiazepine", True),
                ("mirtazapine", "treats", "panic-attack", True),
            },
        ),
    ],
)
def test_a_class_the_drug_is_not_takes_no_use(text, expected, lexicon):
    assert claims(lexicon, text) == expected


# 3. a diagnosis is no kind; an example that the clause after it makes an instance of the head is no kind either
def test_someones_symptom_given_a_diagnosis_is_no_kind(lexicon):
    text = "# Salbutamol\n\nYour nurse thinks your cough is asthma, a long-term condition of the airways."
    assert not {c for c in claims(lexicon, text) if c[1] == "isA"}


def test_a_condition_is_still_a_kind(lexicon):
    assert claims(lexicon, "# Salbutamol\n\nAsthma is a lung disease.") == {("asthma", "isA", "lung-diseases", False)}


def test_an_example_restated_by_its_clause_is_no_kind_nor_contraindication(lexicon):
    text = "# Apixaban\n\nDo not take apixaban if you have:\n\n- active bleeding, such as a polyp that is bleeding"
    assert claims(lexicon, text) == {("apixaban", "contraindicatedIn", "hemorrhage", False)}


def test_an_example_with_a_clause_of_its_own_stays_a_kind(lexicon):
    text = "# Isotretinoin\n\nIt is used for severe acne, such as cystic acne that leaves scars."
    assert ("cystic-acne", "isA", "acne-vulgaris", False) in claims(lexicon, text)


# 4. "not given to <group> for <condition>": the group is restricted, the condition is the use withheld
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# Codeine\n\nIt is not given to children under 12 for a cough.",
            {("codeine", "contraindicatedIn", "children")},
        ),
        (
            "# Codeine\n\nCodeine should not be given to children under 12 for pain relief.",
            {("codeine", "contraindicatedIn", "children")},
        ),
        (
            "# Codeine\n\nIt is not recommended for children or for people with asthma.",
            {("codeine", "contraindicatedIn", "children"), ("codeine", "contraindicatedIn", "asthma")},
        ),
    ],
)
def test_a_group_not_given_it_for_a_use_is_no_contraindicated_condition(text, expected, lexicon):
    assert claims(lexicon, text) == {(*c, False) for c in expected}


# 5. another substance's withdrawal is not the drug's; "not a medicine for someone who has Y" denies no use of Y
@pytest.mark.parametrize(
    "text",
    [
        "# Acamprosate\n\nIt is not a medicine for someone who has withdrawal symptoms such as tremor or sweating when "
        "they stop drinking.",
        "# Bupropion\n\nSome people get withdrawal symptoms such as irritability when they go without a cigarette.",
        "# Diazepam\n\nDiazepam is not a medicine for someone who has panic attacks every day.",
    ],
)
def test_anothers_withdrawal_and_a_persons_illness_give_no_claim(text, lexicon):
    assert not {c for c in claims(lexicon, text) if c[1] in ("hasWithdrawalEffect", "treats")}


def test_the_drugs_own_withdrawal_stays(lexicon):
    text = "# Paroxetine\n\nIt can cause withdrawal symptoms such as dizziness and anxiety if you stop it suddenly."
    assert claims(lexicon, text) == {
        ("paroxetine", "hasWithdrawalEffect", "anxiety", False),
        ("paroxetine", "hasWithdrawalEffect", "dizziness", False),
        ("paroxetine", "hasWithdrawalEffect", "withdrawal-syndrome", False),
    }
