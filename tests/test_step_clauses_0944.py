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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CGRP is the body's messenger, never the drug in focus: the medicine's "it" stays the medicine's
        (
            "Rimegepant for migraine\n\nDuring a migraine, a nerve in the face releases a messenger called CGRP. "
            "Rimegepant binds to the CGRP receptor and blocks it. With the receptor blocked, CGRP can no longer widen "
            "the blood vessels around the brain. Unlike a triptan, it does not narrow the blood vessels.",
            {
                ("rimegepant", "bindsTo", "calcitonin-gene-related-peptide-receptor", False, "Asserted"),
                ("rimegepant", "increases", "vasoconstriction", True, "Asserted"),
                (
                    "rimegepant",
                    "hasMechanismOfAction",
                    "calcitonin-gene-related-peptide-receptor-blockade",
                    False,
                    "Asserted",
                ),
            },
        ),
        # angiotensin II is the body's hormone: a later "It" is the medicine
        (
            "Ramipril for high blood pressure\n\nRamipril blocks angiotensin-converting enzyme. Less angiotensin II is "
            "made, so the blood vessels relax.\n\nIt starts to lower blood pressure within about an hour of a dose.",
            {
                ("ramipril", "bindsTo", "angiotensin-converting-enzyme", False, "Asserted"),
                ("ramipril", "hasMechanismOfAction", "angiotensin-converting-enzyme-inhibition", False, "Asserted"),
                ("angiotensin-converting-enzyme-inhibition", "decreases", "angiotensin-ii", False, "Asserted"),
                ("ramipril", "decreases", "blood-pressure", False, "Asserted"),
                ("ramipril", "hasPharmacokineticValue", "onset-of-action", False, "Asserted"),
            },
        ),
        # its own act is still read
        (
            "Losartan for high blood pressure\n\nYour body makes a hormone called angiotensin II, which squeezes the "
            "blood vessels tight.",
            {("angiotensin-ii", "increases", "vasoconstriction", False, "Asserted")},
        ),
    ],
)
def test_body_peptides(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        # a target the sentence opens by as stopped is no subject of what follows: the blockade acts
        ("Without ACE, the body makes less angiotensin II.", "ACE", None),
        ("With the enzyme blocked, the body makes less angiotensin II.", "enzyme", None),
        # "with" and a target not stopped, and a target that opens the clause, stay subjects
        ("With ACE, the body makes angiotensin II.", "ACE", "angiotensin-converting-enzyme"),
        ("ACE makes angiotensin II.", "ACE", "angiotensin-converting-enzyme"),
    ],
)
def test_stopped_target_is_no_subject(text, target, expected):
    from graph_build.text.subjects import process_subject
    from graph_build.text.units import AGENT, PROCESS, Discourse, Unit

    start = text.index(target)
    chemical = text.index("angiotensin II")
    unit = Unit(
        text,
        [
            (start, start + len(target), "angiotensin-converting-enzyme", "MolecularTarget"),
            (chemical, chemical + len("angiotensin II"), "angiotensin-ii", "EndogenousChemical"),
        ],
    )
    assert process_subject(unit, text.index("makes"), set(AGENT | PROCESS), Discourse()).slug == expected
