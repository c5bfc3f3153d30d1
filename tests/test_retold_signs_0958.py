"""Decision 0958: the signs a story's person had, told looking back, are the signs (hasPhenotype) of the illness the
running sentences are about (rule retold-signs).

- "For Jess it means A and B", "For me it began with A", "For her that meant A" after a sentence naming the illness;
- "Looking back, he had A", "..., though looking back she had been A" (the illness named before the cue);
- "Before I was diagnosed I was always A", "Before it was found, I had A" (the linking and feeling verbs condition-
  course's "Before he was diagnosed, he had A" did not read), after "I was treated for Y".
- No bare pain among a condition's signs qualified by "all over", "high in", "with every period" (as 0943's).
- "My MS started eight years ago with A" (phenotype-cue: a time since between the verb and its signs).
- Nothing in a sentence naming an agent, right after a sentence naming one ("He started X. For Tom it meant fewer
  headaches": the drug's doing), or with no illness to own the signs.

Invented texts, exact claim sets (subject, predicate, object, negated, certainty) of the whole text.
"""

from __future__ import annotations

import pytest
from claimsets import first_words
from extracting import certainty_claims

claims = certainty_claims

A = "Asserted"
POS = "Possible"

CASES = [
    # ("For Jess it means A": the illness the sentence before named)
    (
        "# Notes\n\nJess has endometriosis. For Jess it means pelvic pain and heavy periods.",
        {
            ("endometriosis", "hasPhenotype", "pelvic-pain", False, A),
            ("endometriosis", "hasPhenotype", "menorrhagia", False, A),
        },
    ),
    # (a modal is the signs' hedge)
    (
        "# Notes\n\nJess has endometriosis. For Jess it may mean pelvic pain.",
        {("endometriosis", "hasPhenotype", "pelvic-pain", False, POS)},
    ),
    # ("Before it was found, I had A" after "I was treated for Y": the one condition the sentence before named, one
    # the text has said a drug treats)
    (
        "# Notes\n\nColchicine is used for gout. I was treated for gout last year. Before it was found, I had a fever"
        " and joint pain.",
        {
            ("colchicine", "treats", "gout", False, A),
            ("gout", "hasPhenotype", "fever", False, A),
            ("gout", "hasPhenotype", "arthralgia", False, A),
        },
    ),
    # (a condition the last sentence only named, and no use of it: nobody's signs)
    ("# Notes\n\nI was treated for gout last year. Before it was found, I had a fever and joint pain.", set()),
    # ("Before he was diagnosed he was always A": a linking verb)
    (
        "# Notes\n\nRaj has type 2 diabetes. Before he was diagnosed he was always thirsty and tired.",
        {
            ("type-2-diabetes-mellitus", "hasPhenotype", "polydipsia", False, A),
            ("type-2-diabetes-mellitus", "hasPhenotype", "fatigue", False, A),
        },
    ),
    # ("Looking back, he had A")
    (
        "# Notes\n\nTom has high blood pressure. Looking back, he had headaches and nosebleeds.",
        {
            ("hypertension", "hasPhenotype", "headache", False, A),
            ("hypertension", "hasPhenotype", "epistaxis", False, A),
        },
    ),
    # (a later clause looking back: the one illness named before it)
    (
        "# Notes\n\nHer asthma was found at a routine check, though looking back she had been wheezing for months.",
        {("asthma", "hasPhenotype", "wheezing", False, A)},
    ),
    # (right after a sentence naming a drug: what it meant is the drug's doing, no sign)
    ("# Notes\n\nTom has migraine. He started ibuprofen in May. For Tom it meant fewer headaches.", set()),
    # (an agent in the sentence: its effect, no sign of the illness)
    (
        "# Notes\n\nTom has migraine. Looking back, the aspirin gave me a headache.",
        {("aspirin", "hasAdverseEffect", "headache", False, A)},
    ),
    # (no illness before: nobody's signs)
    ("# Notes\n\nFor me it means headaches.", set()),
    ("# Notes\n\nFor two years before it was diagnosed, Pat got dizzy and breathless. Pat has heart failure.", set()),
    # (a bare pain qualified by when or where it is felt is a narrower sign: no bare pain)
    (
        "# Notes\n\nJess has endometriosis. For Jess it means pain with every period and tiredness.",
        {("endometriosis", "hasPhenotype", "fatigue", False, A)},
    ),
    ("# Notes\n\nSam has fibromyalgia. For Sam it means pain all over the body.", set()),
    # ("Y started eight years ago with A": phenotype-cue, a time since between the verb and the signs)
    (
        "# Notes\n\nHer gout began two years ago with a fever.",
        {("gout", "hasPhenotype", "fever", False, A)},
    ),
    ("# Notes\n\nThe treatment started two weeks ago with a low dose.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=first_words(CASES, 70))
def test_exact_claims(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected
