"""Decision 0943: more lay ways of stating a condition's signs (hasPhenotype), and a qualified pain that is no bare
sign.

- "Y shows as A", "Y may show as A", "Y showed itself as A" (phenotype-cue, as "shows (itself) up as" already was);
  "It shows itself as A" after a sentence about the condition (condition-course).
- "tired" said of a person ("it leaves her tired", "they are often breathless and tired"): HPO's lay synonym of
  Fatigue; never "tired eyes", "tired of", "looks tired".
- Not a sign: a bare pain qualified by when or where it is felt ("a stinging pain when you pass urine", "pain during
  sex", "pain or pressure over the bladder"), which the golds always name as a narrower sign.

Invented texts, exact claim sets (subject, predicate, object, negated, certainty) of the whole text.
"""

from __future__ import annotations

import pytest
from claimsets import first_words
from extracting import certainty_claims

claims = certainty_claims


A = "Asserted"
OCC = "Occasional"
POS = "Possible"

CASES = [
    # (the bare and past forms of "shows up as")
    (
        "# Notes\n\nGout usually shows as a hot, swollen joint and a fever.",
        {("gout", "hasPhenotype", "fever", False, A)},
    ),
    ("# Notes\n\nGout showed itself as a fever.", {("gout", "hasPhenotype", "fever", False, A)}),
    # (a relative clause after the condition; its modal is the sign's)
    (
        "# Notes\n\nRarely it can cause liver problems, which may show as yellowing of the skin.",
        {("liver-disease", "hasPhenotype", "jaundice", False, POS)},
    ),
    # (no condition before "shows as": nothing)
    ("# Notes\n\nThe result shows as a number on the screen.", set()),
    # ("It shows itself as A" after a sentence about the condition)
    (
        "# Notes\n\nGout is a kind of arthritis. It shows itself as a fever and joint pain.",
        {
            ("gout", "isA", "arthritis", False, A),
            ("gout", "hasPhenotype", "fever", False, A),
            ("gout", "hasPhenotype", "arthralgia", False, A),
        },
    ),
    # ("tired" said of a person: what the condition leaves her, what people with it are)
    (
        "# Notes\n\nAnaemia is a lack of red blood cells. It leaves her tired and breathless.",
        {("anemia", "hasPhenotype", "fatigue", False, A), ("anemia", "hasPhenotype", "dyspnea", False, A)},
    ),
    (
        "# Notes\n\nHeart failure is a weak heart. People with it are often breathless and tired.",
        {
            ("heart-failure", "hasPhenotype", "dyspnea", False, A),
            ("heart-failure", "hasPhenotype", "fatigue", False, A),
        },
    ),
    # ("tired" of a thing, wearied of something, or how someone looks: no fatigue)
    ("# Notes\n\nSalbutamol is not for tired eyes.", set()),
    ("# Notes\n\nMarek is tired of explaining his asthma. If he looks tired, let him sit down.", set()),
    # (a pain qualified by when it is felt is a narrower sign: no bare pain)
    ("# Notes\n\nCystitis is an infection of the bladder. It causes a stinging pain when you pass urine.", set()),
    (
        "# Notes\n\nEndometriosis is a long-term condition. It causes pain during sex and heavy periods.",
        {("endometriosis", "hasPhenotype", "menorrhagia", False, A)},
    ),
    # (an unqualified pain stays a sign)
    (
        "# Notes\n\nCystitis is an infection of the bladder. It causes pain and a fever.",
        {("cystitis", "hasPhenotype", "pain", False, A), ("cystitis", "hasPhenotype", "fever", False, A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=first_words(CASES, 70))
def test_exact_claims(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected
