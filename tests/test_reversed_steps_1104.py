"""Decision 1104: two shapes that read a lowering cue backwards (run 20's reversed steps). The subject of the main
clause after a fronted clause that holds the cue ("Because it lowers antibodies, infections may be more likely") is
what may rise, not what the cue lowers; a condition in brackets right after an amount the cue moves ("can lower the red
blood count (anaemia)") names that amount once moved, so the cue does not lower it, unless a word before the amount
says which way it stood ("lowers high blood pressure (hypertension)"). Each case asserts the whole set of claims the
short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.step_clauses import glossed_amount, later_clause

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main clause's subject after the fronted clause: no object of "lowers"
        ("Mycophenolate after a transplant\n\nBecause it lowers antibodies, infections may be more likely.", set()),
        # near miss: the object inside the fronted clause itself is still lowered
        (
            "Nadolol for angina\n\nBecause it lowers the heart rate, some people may feel tired.",
            {("nadolol", "decreases", "heart-rate", False, "Asserted")},
        ),
        # near miss: a main clause whose subject is the drug again
        (
            "Nadolol for angina\n\nBecause it slows the heart, it can make some people tired.",
            {("nadolol", "decreases", "heart-rate", False, "Asserted")},
        ),
        # a lowered count's gloss: not what is lowered
        ("Zidovudine for HIV\n\nIt can lower the red blood count (anaemia).", set()),
        # a raised amount's gloss: the state the cue lowers, a true object
        (
            "Ramipril for high blood pressure\n\nIt lowers high blood pressure (hypertension).",
            {("ramipril", "decreases", "hypertension", False, "Asserted")},
        ),
        # the lowered sugar's gloss: the low sugar is the drug's effect, never "decreases hypoglycaemia"
        (
            "Gliclazide for diabetes\n\nIt can lower the blood sugar level (hypoglycaemia) if you skip meals.",
            {("gliclazide", "hasAdverseEffect", "hypoglycemia", False, "Asserted")},
        ),
        # a question: nothing
        ("Gliclazide for diabetes\n\nDoes it lower the blood sugar level (hypoglycaemia)?", set()),
    ],
)
def test_reversed_steps(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_main_clause_subject_is_no_object():
    t = "Because it lowers antibodies, infections may be more likely."
    assert later_clause(t, 17, (30, 40, "infections", "Disease"))
    t = "Because it lowers antibodies and infections, it is odd."
    assert not later_clause(t, 17, (33, 43, "infections", "Disease"))


def test_gloss_needs_an_amount_before_the_bracket():
    t = "It can lower the red blood count (anaemia)."
    assert glossed_amount(t, 12, (34, 41, "anemia", "Disease"))
    t = "It can lower anaemia (a low blood count)."
    assert not glossed_amount(t, 12, (13, 20, "anemia", "Disease"))
