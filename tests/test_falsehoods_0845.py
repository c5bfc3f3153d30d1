"""Decision 0845: falsehoods of sealed43-46's measurement (decision 0844) about whose claim it is, fixed in general
(exact claim sets on invented sentences with other drugs, conditions and wording than the sets'; "quorbinex" is an
invented name no vocabulary knows)."""

from __future__ import annotations

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.recognise import recognise


def _claims(lexicon: dict, text: str) -> set[tuple]:
    doc = Document("d", "D", "d.txt", "", text, Path("d.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.hedged) for c in extract_document(doc, lexicon).claims}


UNKNOWN = """WALKING CLUB NEWS - AUTUMN

Our treasurer, Anne, asked us to explain why she sits down at the tea stop. She has lupus and takes quorbinex, an \
immune-calming tablet, every morning.

Quorbinex blocks an enzyme in white blood cells. It can cause headaches and nausea.

Quorbinex is not given to people with kidney disease. Some heart medicines, such as digoxin, also interact with it.
"""


def test_a_drug_no_vocabulary_knows_is_the_documents_drug_under_its_own_name(lexicon) -> None:
    # (before: digoxin, named once in passing, was the document's drug and took the side effects)
    assert _claims(lexicon, UNKNOWN) == {
        ("quorbinex", "contraindicatedIn", "kidney-diseases", False, False),
        ("quorbinex", "hasAdverseEffect", "headache", False, False),
        ("quorbinex", "hasAdverseEffect", "nausea", False, False),
    }
    mentions, new = recognise(UNKNOWN, lexicon)
    assert new["quorbinex"].cls == "Drug" and new["quorbinex"].exact == ()  # (no identifier is invented)
    assert sum(m.slug == "quorbinex" for m in mentions) == 3


SALT = """# Notes for the choir

Jane takes medroxyprogesterone acetate for heavy periods. Medroxyprogesterone can cause headaches and weight gain.

Medroxyprogesterone is not given to people with liver disease. Its half-life is about 12 hours.
Medroxyprogesterone does not interact with paracetamol.
"""


def test_the_base_name_a_text_repeats_is_its_own_drug_not_the_salts_identifier(lexicon) -> None:
    assert _claims(lexicon, SALT) == {
        # (the text names the salt there, and the base after it: one medicine under the text's own name, 0851)
        ("medroxyprogesterone", "treats", "menorrhagia", False, False),
        ("medroxyprogesterone", "contraindicatedIn", "liver-disease", False, False),
        ("medroxyprogesterone", "hasAdverseEffect", "headache", False, False),
        ("medroxyprogesterone", "hasAdverseEffect", "weight-gain", False, False),
        ("medroxyprogesterone", "hasPharmacokineticValue", "elimination-half-life", False, False),
        ("medroxyprogesterone", "interactsWith", "acetaminophen", True, False),
    }


def test_a_word_named_once_or_never_as_a_medicine_is_no_drug(lexicon) -> None:
    text = "Ben takes quorbinex daily. Quorbinex is fine. Quorbinex helps him."  # (never said to be a medicine)
    assert "quorbinex" not in recognise(text, lexicon)[1]
    text = "He takes quorbinex, a new tablet. It helps."  # (named once)
    assert "quorbinex" not in recognise(text, lexicon)[1]
    text = "Swimming is a good medicine. Swimming helps. Swimming is free, and swimming is fun."  # (an English word)
    assert "swimming" not in recognise(text, lexicon)[1]
    text = "Tell Quorbinex, a new member, about the rota. Quorbinex is kind. Quorbinex helps."  # (never lower case)
    assert "quorbinex" not in recognise(text, lexicon)[1]


def test_its_half_life_is_the_pronouns_drug_not_a_drug_of_a_later_clause(lexicon) -> None:
    text = (
        "Lamotrigine is used to treat epilepsy. Its half-life is about 20 to 30 hours, but it is shorter in people "
        "who also take phenytoin."
    )
    assert {c for c in _claims(lexicon, text) if c[1] == "hasPharmacokineticValue"} == {
        ("lamotrigine", "hasPharmacokineticValue", "elimination-half-life", False, False)
    }
    text = "Lamotrigine is used to treat epilepsy. Phenytoin has a half-life of about 22 hours."
    assert {c for c in _claims(lexicon, text) if c[1] == "hasPharmacokineticValue"} == {
        ("phenytoin", "hasPharmacokineticValue", "elimination-half-life", False, False)
    }


def test_it_interacts_with_a_and_with_b_names_two_partners_of_it(lexicon) -> None:
    text = (
        "Lamotrigine is used to treat epilepsy. It also interacts with rifampicin and with grapefruit juice, which "
        "lower the amount of lamotrigine in the blood."
    )
    assert {c for c in _claims(lexicon, text) if c[1] == "interactsWith"} == {
        ("lamotrigine", "interactsWith", "rifampin", False, False),
        ("lamotrigine", "interactsWith", "grapefruit-juice", False, False),
    }


def test_if_it_lasts_more_than_a_time_is_a_limit_to_watch_no_duration(lexicon) -> None:
    text = (
        "Lamotrigine is used to treat epilepsy. A seizure can be frightening. Time it. If it lasts more than five "
        "minutes, call an ambulance. If the effect lasts longer than 4 hours, get help."
    )
    assert _claims(lexicon, text) == {("lamotrigine", "treats", "seizure-disorder", False, False)}
    text = "Lamotrigine is used to treat epilepsy. One dose lasts about 12 hours."
    assert ("lamotrigine", "hasPharmacokineticValue", "duration-of-action", False, False) in _claims(lexicon, text)


def test_a_hedge_of_an_infinitive_covers_the_one_coordinated_with_it(lexicon) -> None:
    text = (
        "Less sodium gets into the cells, so the muscle relaxes and the arteries widen. This is thought to keep blood "
        "flowing to the heart and lower the risk of a heart attack."
    )
    assert _claims(lexicon, text) == {("vasodilation", "decreases", "myocardial-infarction", False, True)}
    text = (
        "Less sodium gets into the cells, so the muscle relaxes and the arteries widen. This lowers the risk of a "
        "heart attack."
    )
    # (a risk lowered is no condition relieved: decreases, as the golds write it; a relief stays alleviates)
    assert _claims(lexicon, text) == {("vasodilation", "decreases", "myocardial-infarction", False, False)}
    text = "Less sodium gets into the cells, so the muscle relaxes and the arteries widen. This relieves angina."
    assert _claims(lexicon, text) == {("vasodilation", "alleviates", "angina-pectoris", False, False)}


def test_what_an_object_is_not_in_a_relative_clause_is_no_object(lexicon) -> None:
    text = (
        "Tamsulosin is used for urinary symptoms. Tamsulosin is not a treatment for a skin rash that is not an allergy."
    )
    assert {c for c in _claims(lexicon, text) if c[1] == "treats"} == {
        ("tamsulosin", "treats", "lower-urinary-tract-symptoms", False, False),
        ("tamsulosin", "treats", "exanthema", True, False),
    }


def test_a_drug_named_once_in_passing_is_never_the_documents_drug(lexicon) -> None:
    text = (
        "WALKING CLUB NEWS\n\nOur treasurer, Anne, has lupus and takes a new immune treatment every morning.\n\n"
        "It blocks an enzyme in white blood cells. It can cause headaches and nausea.\n\n"
        "Some heart medicines, such as digoxin, also interact with it.\n"
    )
    assert {c for c in _claims(lexicon, text) if c[0] == "digoxin" and c[1] != "isA"} == set()
    text = "CLUB NEWS\n\nAnne takes digoxin for her heart. It can cause nausea.\n"  # (named once, as what she takes)
    assert ("digoxin", "hasAdverseEffect", "nausea", False, False) in _claims(lexicon, text)
