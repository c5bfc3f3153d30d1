"""Decision 0750: the form of a dose line that names no drug is the document's drug's (invented sentences)."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


def forms(text: str) -> set[tuple]:
    doc = Document("d", "t", "d.txt", "", text, Path("d.txt"))
    claims = extract_document(doc, load_lexicon()).claims
    return {(c.subject, c.object, c.negated) for c in claims if c.predicate == "hasFormulation"}


LEAD = "Doxazosin: a leaflet for patients\nDoxazosin is used to treat high blood pressure.\n"


def test_a_counted_dose_gives_the_documents_drug_its_form():
    assert forms(LEAD + "Take one 4 mg tablet once a day, at bedtime.") == {("doxazosin", "tablet", False)}
    assert forms(LEAD + "- Usual dose: 2 mg tablet twice a day.") == {("doxazosin", "tablet", False)}
    assert forms(LEAD + "A single **8 mg capsule**, swallowed whole.") == {("doxazosin", "capsule", False)}
    assert forms(LEAD + "Most people take one tablet a day.") == {("doxazosin", "tablet", False)}


def test_the_strength_of_the_units_gives_their_form():
    assert forms(LEAD + "The tablets are 1 mg.") == {("doxazosin", "tablet", False)}


def test_a_named_modified_form_is_kept_whole():
    assert forms(LEAD + "The usual dose is one 4 mg modified-release tablet each morning.") == {
        ("doxazosin", "modified-release-tablet", False)
    }


def test_no_form_from_a_denied_line_another_drug_or_a_passage_about_another_drug():
    assert forms(LEAD + "Never take more than one 8 mg tablet a day.") == set()
    assert forms(LEAD + "If you feel faint, take one 500 mg paracetamol tablet.") == set()
    assert forms(LEAD + "For pain, ibuprofen is often used.\nTake one 400 mg tablet three times a day.") == set()


def test_no_form_without_a_dose_beside_the_head():
    assert forms(LEAD + "The tablets can stick in the throat, so take them with water.") == set()


def test_no_owner_when_the_title_names_no_drug():
    assert forms("Notes from the clinic\nTake one 5 mg tablet once a day.") == set()


def test_units_taken_at_a_frequency_give_their_form():
    assert forms(LEAD + "The plain tablets are taken twice a day, with or without food.") == {
        ("doxazosin", "tablet", False)
    }


def test_a_pronoun_dose_line_gives_the_drug_in_focus_its_form_without_a_titled_drug():
    text = "Notes from the ward round\nSeveral residents take doxazosin. It is a small tablet given once a day."
    assert forms(text) == {("doxazosin", "tablet", False)}
    assert forms("Notes from the ward round\nSeveral residents take doxazosin. It is not a tablet you chew.") == set()
    assert (
        forms("Notes from the ward round\nSeveral residents take doxazosin. It is a tablet that works slowly.") == set()
    )


def test_given_by_injection_and_a_form_in_emphasis_after_an_article():
    lead = "Cefuroxime: a leaflet\nCefuroxime is an antibiotic.\n"
    assert forms(lead + "In hospital it is given by injection into a vein.") == {("cefuroxime", "injection", False)}
    assert forms(lead + "It can also be given as an **injection** into a muscle.") == {
        ("cefuroxime", "injection", False)
    }
    assert forms(lead + "It is not given by injection.") == {("cefuroxime", "injection", True)}


def test_a_food_in_the_dose_line_says_when_to_take_it_and_blocks_nothing():
    # (foods are entities since decision 0748: "with or without food", "with milk" are no other agent)
    assert forms(LEAD + "Take one 4 mg tablet once a day, with or without food.") == {("doxazosin", "tablet", False)}
    assert forms(LEAD + "Take one 2 mg tablet each morning with a glass of milk.") == {("doxazosin", "tablet", False)}
