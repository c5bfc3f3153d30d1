"""Decision 0742: drug classes by the names leaflets use for them (invented sentences)."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


def classes(text: str, title: str = "Notes") -> set[tuple]:
    doc = Document("d", title, "d.txt", "", text, Path("d.txt"))
    claims = extract_document(doc, load_lexicon()).claims
    return {(c.subject, c.object, c.negated) for c in claims if c.predicate == "isA"}


def test_the_noun_antifungal_before_and_after_its_drug():
    assert classes("Warfarin is affected by the antifungal fluconazole.") == {
        ("fluconazole", "antifungal-agent", False)
    }
    assert classes("Voriconazole, an antifungal, can raise the level of sirolimus.") == {
        ("voriconazole", "antifungal-agent", False)
    }


def test_a_class_written_as_anti_word_and_medicine():
    assert classes("Zanamivir is an antiviral medicine.") == {("zanamivir", "antiviral-agent", False)}
    assert classes("Prasugrel is an antiplatelet medicine.") == {("prasugrel", "platelet-aggregation-inhibitor", False)}
    assert classes("Griseofulvin is not an antiviral medicine.") == {("griseofulvin", "antiviral-agent", True)}


def test_epilepsy_medicines_and_opioid_painkillers_name_their_classes():
    assert classes("Epilepsy medicines such as phenobarbital can make the pill work less well.") == {
        ("phenobarbital", "antiepileptic-drug", False)
    }
    assert classes("Opioid painkillers such as oxycodone can slow your breathing.") == {("oxycodone", "opioid", False)}


def test_a_class_in_brackets_after_the_drugs_it_names():
    text = "Rifampicin and rifabutin (antibiotics), fluconazole and voriconazole (antifungals): these lower its level."
    assert classes(text) == {
        ("rifampin", "antibiotic", False),
        ("rifabutin", "antibiotic", False),
        ("fluconazole", "antifungal-agent", False),
        ("voriconazole", "antifungal-agent", False),
    }
    assert classes("Amlodipine and nifedipine (calcium channel blockers) can cause ankle swelling.") == {
        ("amlodipine", "calcium-channel-blocker", False),
        ("nifedipine", "calcium-channel-blocker", False),
    }


def test_brackets_that_hold_more_than_the_class_or_a_singular_for_two_drugs_name_no_class():
    assert classes("Digoxin and quinine (not antibiotics) can interact.") == set()
    assert classes("Amoxicillin and clavulanate (antibiotic) are combined in one tablet.") == set()


def test_a_class_in_apposition_after_a_drug_in_emphasis():
    assert classes("- **Clarithromycin**, an antibiotic, can raise the level of colchicine.") == {
        ("clarithromycin", "antibiotic", False)
    }
    assert classes("- **Domperidone** (an anti-sickness medicine) can be taken with it.") == {
        ("domperidone", "antiemetic", False)
    }


def test_a_class_adjective_then_medicine_heads_a_list_of_examples():
    assert classes("Do not take it with an opioid medicine, such as oxycodone or fentanyl.") == {
        ("oxycodone", "opioid", False),
        ("fentanyl", "opioid", False),
    }
    # ("some" takes only some members: no kind of the class)
    assert classes("Anticholinergic medicines, such as trihexyphenidyl or some older antihistamines, add to it.") == {
        ("trihexyphenidyl", "cholinergic-antagonist", False)
    }


def test_a_labelled_class_line_names_the_titled_drug_s_class():
    card = "Amlodipine fact card\n"
    text = card + "Type of medicine: a calcium channel blocker.\nWhat it treats: high blood pressure."
    assert classes(text) == {("amlodipine", "calcium-channel-blocker", False)}
    # (a negation or another drug on the line: no class of the titled drug)
    assert classes(card + "Type of medicine: not a beta blocker.") == set()
    assert classes(card + "Drug class: like nifedipine, a calcium channel blocker.") == {
        ("nifedipine", "calcium-channel-blocker", False)
    }


def test_a_class_right_after_non_is_no_class_named():
    assert classes("Non-antifungal creams such as zinc oxide are tried first.") == set()
    assert classes("Non-opioid medicines, such as naproxen, are tried first.") == set()


def test_a_stimulant_is_a_central_nervous_system_stimulant_but_a_stimulant_laxative_is_a_laxative():
    assert classes("Lisdexamfetamine is a stimulant.") == {
        ("lisdexamfetamine", "central-nervous-system-stimulant", False)
    }
    assert classes("Clonidine is not a stimulant.") == {("clonidine", "central-nervous-system-stimulant", True)}
    assert classes("Bisacodyl is a stimulant laxative.") == {("bisacodyl", "laxative", False)}
