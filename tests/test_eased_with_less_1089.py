"""Decision 1089: a sign that eases once a named amount of the body is lower or falling ("With less histamine, the
itching eases", "As IGF-1 falls, the sweating eases") is a mechanism step: the two move together, the amount increases
the sign. A medicine as the amount is its own effect, no step; a denied, questioned or unnamed amount reads nothing; a
sign that is not the main clause's subject is not what eases. Each case asserts the whole set of claims the short text
gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.eased_with_less import eased_with_less
from graph_build.text.units import Unit

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "With less X, Y eases": the signs a list, the main clause's subject
        (
            "Carbimazole for an overactive thyroid\n\nWith less thyroxine about, the tremor and the palpitations "
            "settle down.",
            {
                ("thyroxine", "increases", "tremor", False, "Asserted"),
                ("thyroxine", "increases", "palpitations", False, "Asserted"),
            },
        ),
        # a hormone the recogniser files as a drug is the body's own amount
        (
            "Letrozole for breast cancer\n\nWith less oestrogen, the hot flushes ease.",
            {("estrogen", "increases", "hot-flashes", False, "Asserted")},
        ),
        # "cortisol" named as the medicine hydrocortisone: no step of the medicine's
        ("Metyrapone for Cushing's\n\nWith less cortisol, the tremor settles.", set()),
        # a messenger filed as a drug: the chains name its release, no step of the chemical
        ("Fexofenadine for hives\n\nWith less histamine about, the itching settles down.", set()),
        # a numbered step, "As X falls"
        (
            "Octreotide for acromegaly\n\n3. As IGF-1 falls, the headaches usually ease.",
            {("igf-1", "increases", "headache", False, "Asserted")},
        ),
        # "With X falling"
        (
            "Octreotide for acromegaly\n\nWith IGF-1 falling, the sweating fades.",
            {("igf-1", "increases", "hyperhidrosis", False, "Asserted")},
        ),
        # the sign's easing denied: nothing
        ("Octreotide for acromegaly\n\nWith less IGF-1, the headaches did not ease at all.", set()),
        # a question: nothing
        ("Octreotide for acromegaly\n\nAs IGF-1 falls, do the headaches ease?", set()),
        # a medicine as the amount is its own effect, no step of a mechanism
        ("Octreotide for acromegaly\n\nWith less codeine, the headaches eased.", set()),
        # no amount word: the sign goes with the chemical, no step
        ("Carbimazole for an overactive thyroid\n\nWith thyroxine, the tremor eases.", set()),
        # the amount rising: no fall, no step read here
        ("Octreotide for acromegaly\n\nAs IGF-1 rises, the headaches ease.", set()),
        # a sign that is not the main clause's subject
        ("Octreotide for acromegaly\n\nWith less IGF-1, she found that the headaches eased.", set()),
        # a heading
        ("Octreotide for acromegaly\n\n## IGF-1 and headaches\n\nBoth settle within a month.", set()),
    ],
)
def test_eased_with_less(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_never_reversed():
    u = Unit("With lower X, Y eases.", [(11, 12, "x", "BiologicalProcess"), (14, 15, "y", "Symptom")])
    assert [(f.subject, f.predicate, f.object) for f in eased_with_less(u)] == [("x", "increases", "y")]


def test_another_mention_in_the_phrase_reads_nothing():
    u = Unit(
        "With less X in Z, Y eases.",
        [(10, 11, "x", "BiologicalProcess"), (15, 16, "z", "Symptom"), (18, 19, "y", "Symptom")],
    )
    assert eased_with_less(u) == []
