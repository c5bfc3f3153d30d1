"""Decision 0703: negation scopes that reached claims their cue does not govern. Invented sentences, exact claim sets.

- "without a prescription" / "without food" negate only the way a drug is got or taken (pseudo-negations);
- ", and" + a new subject opens a clause of its own; so does a colon followed by a clause ("do not stop it: stopping
  can ..."), and a relative clause after a comma ("do not confuse it with X, which are used for Y");
- a question someone asks ("asked whether it treats X") asserts nothing: only the answer gives a claim.
"""

from __future__ import annotations

import pytest
from extracting import polarity_claims as _claims

from graph_build.text.negation import statuses

CASES = [
    (
        "Chemists sell meclizine without a prescription for motion sickness, and doctors also use it for vertigo.",
        {("meclizine", "treats", "dizziness", False, False)},
    ),
    (
        "Ibuprofen is not used for gout, and doctors use it for back pain.",
        {("ibuprofen", "treats", "gout", True, False), ("ibuprofen", "treats", "back-pain", False, False)},
    ),
    (
        "Atenolol is not used for migraine, and it lowers blood pressure.",
        {
            ("atenolol", "treats", "migraine-disorders", True, False),
            ("atenolol", "decreases", "blood-pressure", False, False),
        },
    ),
    (
        # (the eye drops are timolol's form, never a subject of their own: decisions 0875, 0879)
        "Do not confuse timolol tablets with timolol eye drops, which are used for glaucoma.",
        {("timolol", "treats", "glaucoma", False, False)},
    ),
    (
        'People ask whether metformin treats cancer: "No - metformin does not treat cancer."',
        {("metformin", "treats", "cancer", True, False)},
    ),
    (
        # a coordinated phrase without a subject of its own stays in the scope of the negation
        "Propranolol should not be used in asthma, and in heart failure.",
        {
            ("propranolol", "contraindicatedIn", "asthma", False, False),
            ("propranolol", "contraindicatedIn", "heart-failure", False, False),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_claims(text: str, expected: set, lexicon) -> None:
    assert _claims(text, lexicon) == expected


def _negated(sentence: str, words: list[str]) -> list[bool]:
    spans = [(sentence.index(w), sentence.index(w) + len(w)) for w in words]
    return [s.negated for s in statuses(sentence, spans)]


def test_colon_after_a_negated_imperative_ends_its_scope() -> None:
    sentence = "Do not stop it suddenly: stopping suddenly can raise blood pressure, and it can bring on chest pain."
    assert _negated(sentence, ["blood pressure", "chest pain"]) == [False, False]


def test_colon_before_a_list_keeps_the_scope() -> None:
    assert _negated("Do not give it to: children, pregnant women.", ["children", "pregnant women"]) == [True, True]


def test_without_food_is_no_negation_of_the_use() -> None:
    assert _negated("It can be taken without food for nausea.", ["nausea"]) == [False]
    assert _negated("It is sold without a prescription for hay fever.", ["hay fever"]) == [False]


def test_and_with_a_new_subject_ends_the_scope_but_a_bare_and_does_not() -> None:
    assert _negated("It is not used for pain, and doctors use it for nausea.", ["pain", "nausea"]) == [True, False]
    assert _negated("It is not used for pain and nausea.", ["pain", "nausea"]) == [True, True]


def test_comma_which_ends_the_scope() -> None:
    assert _negated("Do not mix it up with X drops, which are used for glaucoma.", ["glaucoma"]) == [False]
