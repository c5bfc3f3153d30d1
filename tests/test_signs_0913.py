"""Decision 0913: more lay ways of stating a condition's signs (hasPhenotype), and one drug's effect that is none.

- A flare, relapse or attack of the passage's illness with who has its signs: "In a flare Jo gets A", "During a
  flare there is A", "In an attack she feels A"; "When her Y flares, ..." gives the signs after it to the illness the
  possessive names.
- "A is (often) part of Y": a sign said to belong to an illness named right after "part of" (no modal, no denial).
- Not a sign: what people with a condition get "when they start it" (the drug's start), as "on it" (decision 0889);
  what "It" does after a sentence that opens with a list of conditions ("Diarrhoea, wind and nausea are common").

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
    # (a flare of the illness the sentence before is about, a person's name as who has its signs)
    (
        "# Notes\n\nCrohn's disease is a long-term inflammation of the gut. In a flare Tomasz gets diarrhoea and "
        "a fever.",
        {
            ("crohn-disease", "hasPhenotype", "diarrhea", False, A),
            ("crohn-disease", "hasPhenotype", "fever", False, A),
        },
    ),
    # ("During a flare there is A": the signs of the flare)
    (
        "# Notes\n\nPsoriasis is a skin condition that comes and goes. During a flare there is itching and joint pain.",
        {
            ("psoriasis", "hasPhenotype", "pruritus", False, A),
            ("psoriasis", "hasPhenotype", "arthralgia", False, A),
        },
    ),
    # (a hedge of the flare's sentence stays the sign's)
    (
        "# Notes\n\nGout is a kind of arthritis. During an attack, people may get a fever.",
        {("gout", "isA", "arthritis", False, A), ("gout", "hasPhenotype", "fever", False, POS)},
    ),
    # (a denied sign of the flare is denied)
    (
        "# Notes\n\nPsoriasis is a skin condition that comes and goes. During a flare there is no fever.",
        {("psoriasis", "hasPhenotype", "fever", True, A)},
    ),
    # ("When her Y flares, ...": the illness the possessive names, whatever the person)
    (
        "# Notes\n\nMaria runs the stall.\n\nWhen her lupus flares, her joints ache and she gets a rash.",
        {("systemic-lupus-erythematosus", "hasPhenotype", "exanthema", False, A)},
    ),
    # (a flare's sentence that names a drug: what it does there is no sign)
    (
        "# Notes\n\nCrohn's disease is a long-term inflammation of the gut. In a flare Tomasz takes prednisolone, "
        "which can cause insomnia.",
        {("prednisolone", "hasAdverseEffect", "insomnia", False, A)},
    ),
    # (a running question about the illness and its answer before the flare's sentence)
    (
        "# Notes\n\nWhat is Crohn's disease?\nIt is a long-term inflammation of the gut. In a flare Tomasz gets "
        "diarrhoea.",
        {("crohn-disease", "hasPhenotype", "diarrhea", False, A)},
    ),
    # (a flare with no illness the passage is about: nothing)
    ("# Notes\n\nIn a flare Tomasz gets diarrhoea.", set()),
    # ("A is often part of Y")
    (
        "# Notes\n\nTiredness is often part of depression, and so is poor sleep.",
        {("depression", "hasPhenotype", "fatigue", False, A)},
    ),
    ("# Notes\n\nInsomnia is a common part of depression.", {("depression", "hasPhenotype", "insomnia", False, A)}),
    # (a denial from outside the clause, which ConText reads into it: nothing rather than a denied sign)
    (
        "# Notes\n\nZopiclone is not a treatment for depression, even if poor sleep is often part of depression.",
        {("zopiclone", "treats", "depression", True, A)},
    ),
    # (a denial, a modal or "part of the condition": nothing said of the illness)
    ("# Notes\n\nInsomnia is not part of depression.", set()),
    ("# Notes\n\nInsomnia can be part of depression.", set()),
    ("# Notes\n\nInsomnia is part of the treatment plan.", set()),
    # (what people with a condition get when they start the drug is the drug's, no sign of the condition)
    ("# Notes\n\nSalbutamol is an inhaler. Some people with asthma get a tremor when they start it.", set()),
    ("# Notes\n\nSalbutamol is an inhaler. Some people with asthma get a tremor after starting it.", set()),
    # (a sentence opening with a list of conditions is about several: the next "It" is none of them)
    ("# Notes\n\nDiarrhoea, wind and feeling sick are also common. It may give you a headache.", set()),
    ("# Notes\n\nAsthma and hay fever are common. It causes wheezing.", set()),
    # (one condition, or one under two names, is still what the next "It" is)
    (
        "# Notes\n\nDiarrhoea is common. It may give you a headache.",
        {("diarrhea", "hasPhenotype", "headache", False, POS)},
    ),
    (
        "# Notes\n\nCOPD, or chronic obstructive pulmonary disease, is long-term damage to the lungs. It causes "
        "breathlessness and a cough.",
        {
            ("chronic-obstructive-pulmonary-disease", "hasPhenotype", "dyspnea", False, A),
            ("chronic-obstructive-pulmonary-disease", "hasPhenotype", "cough", False, A),
        },
    ),
    # (the same sentence without the drug's start is the condition's sign)
    (
        "# Notes\n\nAsthma is a lung condition. Some people with asthma get a cough at night.",
        {("asthma", "hasPhenotype", "cough", False, OCC)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=first_words(CASES, 70))
def test_exact_claims(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected
