"""Decision 1102: an illness that opens its sentence and "gives (you)" signs has them, as "Y brings A"
(condition-course, decision 0889) and "It gives you A" after a sentence about Y already read; "Y starts (off) as A"
and "Y comes up as A" are how it first shows and how it appears, the verbs of "Y shows up as A" (phenotype-cue,
decision 0677). Never "gives rise to" (a cause), "gives you a higher risk of", an agent's "gives", a denied verb, or
an illness qualified by a time ("His pneumonia started as a cold" names no sign). Invented texts, exact claim sets
(subject, predicate, object, negated, certainty) of the whole text."""

from __future__ import annotations

import pytest
from extracting import certainty_claims

claims = certainty_claims

A = "Asserted"

CASES = [
    # "Y gives you A and B": the illness's signs
    (
        "# Notes\n\nCellulitis gives you a fever and nausea.",
        {("cellulitis", "hasPhenotype", "fever", False, A), ("cellulitis", "hasPhenotype", "nausea", False, A)},
    ),
    # the bare verb, and "gave" of a story's illness
    (
        "# Notes\n\nShingles gives a painful rash.",
        {("herpes-zoster", "hasPhenotype", "exanthema", False, A)},
    ),
    # "gives rise to": a cause, no sign
    ("# Notes\n\nAsthma gives rise to wheezing.", {("asthma", "causes", "wheezing", False, A)}),
    # a raised chance is no sign
    ("# Notes\n\nDiabetes gives you a higher risk of stroke.", set()),
    # denied: nothing
    ("# Notes\n\nCellulitis does not usually give you a fever.", set()),
    # an agent in the sentence: the medicine's effect, never the illness's sign
    (
        "# Notes\n\nCellulitis gave him a fever, and ropinirole gave him nausea.",
        {("ropinirole", "hasAdverseEffect", "nausea", False, A)},
    ),
    # a person who gives: no illness opens the sentence
    ("# Notes\n\nThe nurse gives you a leaflet about fever.", set()),
    # a question names no sign
    ("# Notes\n\nDoes cellulitis give you a fever?", set()),
    # "Y usually starts as A": its first sign
    (
        "# Notes\n\nScabies usually starts as an itchy rash between the fingers.",
        {("scabies", "hasPhenotype", "exanthema", False, A)},
    ),
    # "starts off as A, then B"
    (
        "# Notes\n\nShingles starts off as a tingling pain, then a rash with blisters.",
        {("herpes-zoster", "hasPhenotype", "pain", False, A), ("herpes-zoster", "hasPhenotype", "exanthema", False, A)},
    ),
    # "Y comes up as A"
    (
        "# Notes\n\nScabies comes up as an itchy rash.",
        {("scabies", "hasPhenotype", "exanthema", False, A)},
    ),
    # an illness that started as another: no sign
    ("# Notes\n\nHis pneumonia started as a cold.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_signs_1102(lexicon, text, expected):
    assert claims(text, lexicon) == expected
