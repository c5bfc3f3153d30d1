"""Decision 0946: a class named after "a group / family / class called (the)" or "a family of <kind> medicines
called" ("an antibiotic from a group called the nitroimidazoles"), and the group word of "belongs to the Z group /
family / class (of Ys)" ("Nateglinide belongs to the meglitinide group"), and the class "the first of a new group"
names, are the drug's classes. The sentences are invented; every claim of each is asserted."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text import class_names
from graph_build.text.extract import extract_document


def claims(text: str, lexicon: dict) -> set[tuple]:
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


A = "Asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a group called the Ys": the word after the article is the class, whatever its form
        (
            "Secnidazole is an antibiotic from a group called the nitroimidazoles.",
            {
                ("secnidazole", "isA", "antibiotic", False, A),
                ("secnidazole", "isA", "nitroimidazole", False, A),
            },
        ),
        (
            "Tafenoquine belongs to a family called the 8-aminoquinolines.",
            {("tafenoquine", "isA", "8-aminoquinoline", False, A)},
        ),
        # "a group of <kind> medicines called Ys", "a group of medicines called the Ys"
        (
            "Repaglinide belongs to a small group of diabetes medicines called meglitinides.",
            {("repaglinide", "isA", "meglitinide", False, A)},
        ),
        (
            "Amisulpride belongs to a group of medicines called the benzamides.",
            {("amisulpride", "isA", "benzamide", False, A)},
        ),
        # "belongs to the Z group / family / class": the group word, a known class with its kind where there is one
        (
            "Repaglinide belongs to the meglitinide group.",
            {("repaglinide", "isA", "meglitinide", False, A)},
        ),
        (
            "Gliclazide belongs to the sulfonylurea family of diabetes medicines.",
            {("gliclazide", "isA", "sulfonylurea", False, A)},
        ),
        (
            "Ciprofloxacin belongs to the quinolone class of antibiotics.",
            {("ciprofloxacin", "isA", "quinolone", False, A), ("ciprofloxacin", "isA", "antibiotic", False, A)},
        ),
        (
            "Nortriptyline belongs to the tricyclic group of antidepressants.",
            {
                ("nortriptyline", "isA", "tricyclic-antidepressant", False, A),
                ("nortriptyline", "isA", "antidepressant", False, A),
            },
        ),
        # "the first (medicine) of / in a new group / family / class": the first member of a class
        (
            "Lasmiditan is the first medicine in a new class called ditans.",
            {("lasmiditan", "isA", "ditan", False, A)},
        ),
        (
            "Mavacamten is the first of a newer family of heart medicines, the cardiac myosin inhibitors.",
            {("mavacamten", "isA", "cardiac-myosin-inhibitor", False, A)},
        ),
    ],
)
def test_named_groups_are_classes(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bare "a type called" names subtypes of what was named before, no class
        "Varenicline binds to nicotinic receptors, mainly a type called alpha-4 beta-2.",
        # a group of people, no drug's class
        "Her husband belongs to a group called the Ramblers.",
        "Her husband belongs to the walking group at the church.",
        # a vague group word
        "Atenolol belongs to the same group as bisoprolol.",
        # the first of a group is no member of a class where no class is named
        "Ibuprofen is the first of the painkillers to try.",
        "Aspirin is the first of a new group of treatments to try.",
    ],
)
def test_no_class_without_a_class_statement(text, lexicon):
    assert not {c for c in claims(text, lexicon) if c[1] == "isA"}


def test_called_class_ends_follow_the_article():
    text = "It is from a group called the nitroimidazoles and a family of migraine medicines called ditans."
    ends = {m.end() for m in class_names.CALLED_CLASS_ANYWHERE.finditer(text)}
    assert {text[e:].split(" ")[0].rstrip(".") for e in ends} == {"nitroimidazoles", "ditans"}
    assert class_names.CALLED_CLASS_ANYWHERE.search("mainly a type called alpha-4 beta-2") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<someone> calls it a Y": the class of the drug the pronoun names
        (
            "# Deutetrabenazine\n\nDeutetrabenazine calms jerky movements. Neurologists call it a VMAT2 inhibitor.",
            {("deutetrabenazine", "isA", "vmat2-inhibitor", False, A)},
        ),
        (
            "# Glycopyrronium\n\nGlycopyrronium comes as an inhaler. My nurse calls it a muscarinic antagonist.",
            {
                ("glycopyrronium", "isA", "muscarinic-antagonist", False, A),
                ("glycopyrronium", "hasFormulation", "inhaler", False, A),
            },
        ),
        # what it calls something else is no class: a condition, a nickname
        (
            "# Naproxen\n\nThe walk-in centre called it a sprain and gave her naproxen.",
            set(),
        ),
        ("# Methoxyflurane\n\nMethoxyflurane is inhaled. People call it the green whistle.", set()),
    ],
)
def test_what_someone_calls_it(text, expected, lexicon):
    assert {c for c in claims(text, lexicon) if c[1] in ("isA", "hasFormulation")} == expected
