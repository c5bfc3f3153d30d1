"""Decision 0944: what a cue of raising or lowering does not change though a mention stands after it - a mention in a
relative clause about a noun no mention names ("lower the number of white cells that fight infection"), a mention in
a clause of its own after a comma and a conjunction ("..., and a low count leaves you open to infections"), anything
after "lower" used as an adjective ("the lower chambers") or after an -ing cue that is an adjective of medicines
("other calming tablets"). The steps the cues do state are still read. Each case asserts the whole set of claims the
short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.step_clauses import adjective_of_medicines, later_clause, lower_as_adjective, unnamed_relative

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause about the unnamed white cells: the infection is what they fight, nothing lowered
        (
            "Clozapine for schizophrenia\n\nRarely, it can lower the number of white cells that fight infection, so "
            "regular blood tests are needed.",
            set(),
        ),
        # a clause of its own after ", and": the infections are its, not lowered by the drug
        (
            "Carbimazole for an overactive thyroid\n\nIt may lower the white blood cells, and a low count leaves you "
            "open to infections.",
            set(),
        ),
        # "the lower chambers": the adjective, no lowering; the rhythm is the drug's side effect
        (
            "Sotalol for a fast heartbeat\n\nRarely, it can trigger a dangerous rhythm from the lower chambers called "
            "torsades de pointes.",
            {("sotalol", "hasAdverseEffect", "torsades-de-pointes", False, "Occasional")},
        ),
        (
            "Sotalol for a fast heartbeat\n\nRarely, it can trigger a dangerous rhythm that starts in the lower "
            "chambers, known as torsades de pointes.",
            {("sotalol", "hasAdverseEffect", "torsades-de-pointes", False, "Occasional")},
        ),
        # "other calming tablets": an adjective of the tablets; alcohol calms no drowsiness
        (
            "Promethazine for allergies\n\nAlcohol and other calming tablets add to the drowsiness.",
            {("promethazine", "interactsWith", "alcohol", False, "Asserted")},
        ),
        # the steps the cues state are still read, a second cue's own object too
        (
            "Indapamide for high blood pressure\n\nIt lowers blood pressure, and it can also lower potassium.",
            {
                ("indapamide", "decreases", "blood-pressure", False, "Asserted"),
                ("indapamide", "decreases", "potassium", False, "Asserted"),
            },
        ),
        (
            "Bisoprolol for angina\n\nIt slows the heart rate.",
            {("bisoprolol", "decreases", "heart-rate", False, "Asserted")},
        ),
        (
            "Naproxen for arthritis\n\nIt reduces the swelling and the pain.",
            {("naproxen", "decreases", "pain", False, "Asserted")},
        ),
    ],
)
def test_step_clauses(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_the_helpers():
    t = "It can lower the number of white blood cells that fight infection."
    infection = (56, 65, "infections", "Disease")
    assert unnamed_relative(t, 12, infection, [infection])
    # a named object before the clause: 0773's relative-clause-of-object, not this check
    t = "It lowers the chance that a migraine starts."
    migraine = (28, 36, "migraine-disorders", "Disease")
    assert not unnamed_relative(t, 9, migraine, [migraine])
    t = "It lowers blood pressure, heart rate and cholesterol."
    assert not later_clause(t, 9, (26, 36, "heart-rate", "Process"))
    t = "it is used to lower blood pressure"
    assert not lower_as_adjective(t, t.index("lower"))
    t = "pain in her lower back"
    assert lower_as_adjective(t, t.index("lower"))
    import re

    t = "it works by calming the nerves"
    assert not adjective_of_medicines(t, re.search("calming", t))
