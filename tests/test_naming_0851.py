"""Decision 0851: one drug, one name; side-effect names that say what the text says.

Invented sentences (other drugs, other wording than the development texts)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.recognise import recognise


def claims(text: str, lexicon) -> set[tuple[str, str, str, bool]]:
    doc = Document("d", "d", "d.txt", "", text, Path("d.txt"))
    return {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, lexicon).claims}


@pytest.mark.parametrize(
    "text",
    [
        "Clonidine can make you dizzy when you stand up.",
        "Clonidine may cause dizziness when getting up quickly.",
        "Clonidine can make some people feel light-headed when they stand up.",
    ],
)
def test_dizziness_on_standing_is_postural_dizziness_not_a_fall_of_blood_pressure(text, lexicon):
    # HPO gives no dizziness wording as a synonym of Orthostatic hypotension: the feeling says no fall of pressure
    assert claims(text, lexicon) == {("clonidine", "hasAdverseEffect", "postural-dizziness", False)}


@pytest.mark.parametrize(
    "text",
    [
        "Tizanidine can make people light-headed when they get up, because their blood pressure falls.",
        "Tizanidine may make you feel dizzy when you stand up quickly, because of low blood pressure.",
    ],
)
def test_with_the_fall_of_pressure_as_its_reason_it_is_orthostatic_hypotension(text, lexicon):
    assert claims(text, lexicon) == {("tizanidine", "hasAdverseEffect", "orthostatic-hypotension", False)}


def test_the_postural_dizziness_has_no_identifier(lexicon):
    _, new = recognise("Clonidine can make you dizzy when you stand up.", lexicon)
    entity = new["postural-dizziness"]
    assert (entity.cls, entity.exact, entity.close) == ("Symptom", (), ())


def test_a_salt_then_its_base_alone_is_one_medicine_under_the_base(lexicon):
    text = (
        "Medroxyprogesterone acetate is a hormone injection. Medroxyprogesterone can cause weight gain. "
        "Medroxyprogesterone is given every twelve weeks, and some women take medroxyprogesterone for years."
    )
    mentions, new = recognise(text, lexicon)
    drugs = {(m.text, m.slug) for m in mentions if (lexicon.get(m.slug) or new[m.slug]).cls == "Drug"}
    assert drugs == {
        ("Medroxyprogesterone acetate", "medroxyprogesterone"),
        ("Medroxyprogesterone", "medroxyprogesterone"),
        ("medroxyprogesterone", "medroxyprogesterone"),
    }
    assert new["medroxyprogesterone"].exact == ()  # no identifier carried from the salt to the base
    assert ("medroxyprogesterone", "hasAdverseEffect", "weight-gain", False) in claims(text, lexicon)


def test_a_carbonate_salt_gives_its_base_too(lexicon):
    text = (
        "Lanthanum carbonate is a chewable tablet taken with meals. Lanthanum binds the phosphate in food. "
        "Lanthanum can cause nausea, and lanthanum is not absorbed much."
    )
    mentions, _ = recognise(text, lexicon)
    assert {m.slug for m in mentions if "lanthanum" in m.text.lower()} == {"lanthanum"}


def test_a_salt_named_alone_stays_the_salt(lexicon):
    text = "Medroxyprogesterone acetate is a hormone injection. It can cause weight gain."
    mentions, _ = recognise(text, lexicon)
    assert [m.slug for m in mentions if m.text.startswith("Medroxy")] == ["medroxyprogesterone-acetate"]


def _renamed(gold_name: str, found_name: str, lexicon) -> str:
    from graph_build.claims import Claim, Evidence
    from graph_build.text.evaluate import one_concept_one_name

    ev = [Evidence("d", "q", 0, 1)]
    gold = [Claim("x", "interactsWith", gold_name, evidence=ev)]
    found = [Claim("x", "interactsWith", found_name, evidence=ev)]
    return one_concept_one_name(gold, found, lexicon)[0].object


def test_a_salt_name_in_the_other_order_is_the_records_synonym(lexicon):
    # the drug vocabulary files "valproate sodium" under Valproic Acid (DrugBank DB00313)
    assert _renamed("sodium-valproate", "valproic-acid", lexicon) == "valproic-acid"


@pytest.mark.parametrize(
    ("gold_name", "found_name"),
    [
        ("lanthanum", "lanthanum-carbonate"),  # the element's record and the salt's: two records
        # (rash / exanthema, here until decision 0868: "Rash" is a term of MeSH Exanthema's preferred concept; HPO's
        # broad synonym was never the exact name - tests/test_naming_0868.py)
        ("postural-dizziness", "orthostatic-hypotension"),  # no vocabulary joins the feeling with the pressure's fall
        ("pivmecillinam", "amdinocillin"),  # the prodrug (DB01605) and its active form (DB01163): two records
    ],
)
def test_no_join_where_no_vocabulary_says_one_concept(gold_name, found_name, lexicon):
    assert _renamed(gold_name, found_name, lexicon) == gold_name


def test_a_drug_named_by_a_synonym_of_its_record_is_that_record(lexicon):
    # (decision 0727, already so: pivmecillinam is an entry of DrugBank's amdinocillin pivoxil, DB01605)
    assert _renamed("pivmecillinam", "amdinocillin-pivoxil", lexicon) == "amdinocillin-pivoxil"
