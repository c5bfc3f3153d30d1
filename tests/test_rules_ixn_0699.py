"""Contraindications and interactions as health texts write them (decision 0699): an age limit that takes in the
teenage years names adolescents too ("not for children under 16", "not for under-18s"); "A has no interaction with B
or with C", "There is no interaction with B", "It is fine to take B" and "A has no important effect on B" deny each
partner after the denial; agents coordinated before an interaction cue ("A and B (a gloss) must not be combined with
X") each interact. Invented sentences with names of the lexicon; exact claim sets with polarity and certainty."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

INTRO = "# Warfarin\n\nWarfarin is a blood thinner used to prevent blood clots.\n\n"


def claims(text, lexicon, predicate):
    doc = Document("t", "t", "t.md", "", INTRO + text, Path("t.md"))
    found = extract_document(doc, lexicon).claims
    return {(c.subject, c.object, c.negated, c.certainty) for c in found if c.predicate == predicate}


def both(negated=False):
    return {("warfarin", "children", negated, "Asserted"), ("warfarin", "adolescents", negated, "Asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is not recommended for children under 16.", both()),
        ("It is not recommended for under-18s.", both()),
        ("It is not used in anyone under 18.", both()),
        ("It must not be given to **children** under 18.", both()),
        # (an age below the teens names children only)
        ("It is not recommended for children under 12.", {("warfarin", "children", False, "Asserted")}),
        # (safe for them: denied for both, never asserted)
        ("It is safe for children under 16.", both(negated=True)),
        # (children under 16 named with no prohibition: nothing)
        ("Children under 16 often have nosebleeds.", set()),
    ],
)
def test_a_teenage_age_limit_names_adolescents_too(text, expected, lexicon):
    assert claims(text, lexicon, "contraindicatedIn") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warfarin has no interaction with lactulose or with digoxin.",
            {("warfarin", "lactulose", True, "Asserted"), ("warfarin", "digoxin", True, "Asserted")},
        ),
        ("There is no known interaction with paracetamol.", {("warfarin", "acetaminophen", True, "Asserted")}),
        (
            "There is **no interaction** with paracetamol, so it can be taken for a headache.",
            {("warfarin", "acetaminophen", True, "Asserted")},
        ),
        # (the denial's partners end at a narrowing word: aspirin is no partner of it)
        (
            "Warfarin has no interaction with lactulose, but aspirin raises the risk of bleeding.",
            {("warfarin", "lactulose", True, "Asserted")},
        ),
        # (a denial narrowed before it says nothing)
        ("Except for a few, there is no interaction with paracetamol.", set()),
    ],
)
def test_no_interaction_with_denies_each_partner(text, expected, lexicon):
    assert claims(text, lexicon, "interactsWith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Verapamil and diltiazem must not be combined with warfarin.",
            {("warfarin", "verapamil", False, "Asserted"), ("warfarin", "diltiazem", False, "Asserted")},
        ),
        (
            "**Verapamil** and **diltiazem** (heart medicines) must not be combined with warfarin.",
            {("warfarin", "verapamil", False, "Asserted"), ("warfarin", "diltiazem", False, "Asserted")},
        ),
        (
            "The antibiotic **clarithromycin** and the heart medicines **diltiazem** and **verapamil** must not be"
            " combined with warfarin.",
            {
                ("warfarin", "clarithromycin", False, "Asserted"),
                ("warfarin", "diltiazem", False, "Asserted"),
                ("warfarin", "verapamil", False, "Asserted"),
            },
        ),
        # (coordinated partners of a denial are each denied, never asserted)
        (
            "Paracetamol, codeine or ibuprofen do not interact with warfarin.",
            {
                ("warfarin", "acetaminophen", True, "Asserted"),
                ("warfarin", "codeine", True, "Asserted"),
                ("warfarin", "ibuprofen", True, "Asserted"),
            },
        ),
        # (a class after "similar / other" stands for the member's like: no partner)
        (
            "**Gentamicin** and similar antibiotics can damage hearing when combined with warfarin.",
            {("warfarin", "gentamicin", False, "Asserted")},
        ),
        # (a contrast is no coordination)
        (
            "Verapamil, unlike diltiazem, must not be combined with warfarin.",
            {("warfarin", "verapamil", False, "Asserted")},
        ),
        (
            "Verapamil and not diltiazem must not be combined with warfarin.",
            {("warfarin", "verapamil", False, "Asserted")},
        ),
    ],
)
def test_coordinated_agents_each_interact(text, expected, lexicon):
    assert claims(text, lexicon, "interactsWith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is fine to take **paracetamol** for headaches.", {("warfarin", "acetaminophen", True, "Asserted")}),
        (
            "It is fine to take paracetamol or ibuprofen for a headache.",
            {("warfarin", "acetaminophen", True, "Asserted"), ("warfarin", "ibuprofen", True, "Asserted")},
        ),
        (
            "Warfarin does not interact with ramipril, and it is fine to carry on with your aspirin.",
            {("warfarin", "ramipril", True, "Asserted"), ("warfarin", "aspirin", True, "Asserted")},
        ),
        (
            "Warfarin has **no important effect on digoxin or aspirin**.",
            {("warfarin", "digoxin", True, "Asserted"), ("warfarin", "aspirin", True, "Asserted")},
        ),
        # (what is fine is never an asserted interaction; under a condition, or narrowed, it says nothing)
        ("If your doctor agrees, it is fine to take paracetamol.", set()),
        ("It is not fine to take aspirin.", set()),
        ("It is fine to take paracetamol but not ibuprofen.", {("warfarin", "acetaminophen", True, "Asserted")}),
        ("Is it safe to take ibuprofen?", set()),
        # (an effect on a process of the body is no drug's)
        ("Warfarin has no effect on insulin release.", set()),
    ],
)
def test_what_is_fine_to_take_is_a_denied_interaction(text, expected, lexicon):
    assert claims(text, lexicon, "interactsWith") == expected


def all_claims(text, lexicon):
    doc = Document("t", "t", "t.md", "", INTRO + text, Path("t.md"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty)
        for c in extract_document(doc, lexicon).claims
        if c.predicate in ("interactsWith", "hasAdverseEffect", "contraindicatedIn")
    }


def test_a_lead_asking_to_be_told_of_other_medicines_lists_partners(lexicon):
    text = (
        "## Other things to know\n\nTell us if you take:\n\n"
        "- **aspirin** or **ibuprofen** - the risk of bleeding goes up, so your dose may be checked;\n"
        "- **amiodarone**: warfarin levels rise.\n"
    )
    assert all_claims(text, lexicon) == {
        ("warfarin", "interactsWith", "aspirin", False, "Asserted"),
        ("warfarin", "interactsWith", "ibuprofen", False, "Asserted"),
        ("warfarin", "interactsWith", "amiodarone", False, "Asserted"),
    }


def test_a_told_of_lead_about_conditions_or_a_denying_bullet_gives_no_interaction(lexicon):
    text = (
        "## Other things to know\n\nTell your doctor if you are taking any of these:\n\n"
        "- **paracetamol** - this is fine and does not interact.\n\n"
        "Tell your doctor if you have:\n\n- **aspirin** allergy\n"
    )
    assert {c for c in all_claims(text, lexicon) if c[1] == "interactsWith" and not c[3]} == set()
