"""Decision 0987: the causal shapes that were wrong more often than right on development text. An illness the
recogniser files as a sign ("a phaeochromocytoma", "anaemia") that causes a sign, or "makes me" feel it, has it (a
sign that brings on another stays a cause); "A makes Y more likely" is a raised chance and "A makes it hard to do Z" a
difficulty, no cause; an object in a clause of its own after the cue ("..., and low potassium can upset Y", "Because
it lowers A, he may catch Y") is not what the cue changes; and the document's own medicine named with a partner in the
cue's clause ("A and B together can slow the heart") changes nothing alone. Each case asserts the whole set of claims
the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.step_clauses import later_clause
from graph_build.text.step_objects import main_with_partner

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an illness filed as a sign causes signs: its phenotype
        (
            "Labetalol for phaeochromocytoma\n\nA phaeochromocytoma can cause pounding headaches and heavy sweating.",
            {
                ("pheochromocytoma", "hasPhenotype", "headache", False, "Asserted"),
                ("pheochromocytoma", "hasPhenotype", "hyperhidrosis", False, "Asserted"),
            },
        ),
        # "makes me" before what the writer feels
        (
            "Ferrous fumarate for anaemia\n\nAnaemia makes me pale and breathless on the stairs.",
            {("anemia", "hasPhenotype", "dyspnea", False, "Asserted")},
        ),
        # a raised chance is no cause
        ("Lamotrigine for epilepsy\n\nTiredness makes his seizures more likely.", set()),
        # a sign that brings on another stays a cause (MeSH files tiredness as a sign)
        (
            "Lamotrigine for epilepsy\n\nTiredness can cause seizures.",
            {("fatigue", "causes", "seizure", False, "Asserted")},
        ),
        # "makes it hard to": a difficulty, no cause of what follows
        ("Zolpidem for insomnia\n\nIt is meant for adults whose insomnia makes it hard to fall asleep.", set()),
        # the main clause after a fronted "because" clause: not what the cue lowers
        ("Fingolimod for MS\n\nBecause it lowers the white cells, he may catch infections more easily.", set()),
        # an object that is the subject of a coordinated clause of its own
        (
            "Indapamide for blood pressure\n\nIndapamide can lower potassium, and low potassium can upset the heart "
            "rhythm.",
            {("indapamide", "decreases", "potassium", False, "Asserted")},
        ),
        # the document's medicine with a partner in the cue's clause: the pair's change, an interaction
        (
            "Diltiazem for angina\n\nDiltiazem and atenolol together can slow the heart too much.",
            {("diltiazem", "interactsWith", "atenolol", False, "Asserted")},
        ),
        # food is no partner: the medicine's own step
        (
            "Diltiazem for angina\n\nTaken with food, diltiazem slows the heart.",
            {
                ("diltiazem", "decreases", "heart-rate", False, "Asserted"),
                ("diltiazem", "interactsWith", "food", False, "Asserted"),
            },
        ),
        # the cue inside the fronted clause keeps its own object
        (
            "Diltiazem for angina\n\nBecause diltiazem slows the heart, the pulse may be slower than usual.",
            {("diltiazem", "decreases", "heart-rate", False, "Asserted")},
        ),
    ],
)
def test_causal_precision(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_list_after_fronted_clause_is_objects():
    t = "Because it lowers blood pressure, heart rate and cholesterol, it helps the heart."
    assert not later_clause(t, 17, (34, 44, "heart-rate", "Process"))


def test_partner_after_clause_break_is_another_clause():
    t = "Taken with theophylline, it can drag potassium too low; at big doses it lowers potassium on its own."
    assert not main_with_partner(t, t.index("lowers"), t.index("lowers") + 6)
