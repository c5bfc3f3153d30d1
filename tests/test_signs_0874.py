"""Decision 0874: the signs of a condition (hasPhenotype).

- A definite description of a condition ("the infection", "the allergy", "the illness", "the condition") opening a
  sentence names the one condition of that kind the document named (its own name ends with the kind's word, or the
  text calls it one); none or two such conditions: no claim, and never one of the general concept.
- A bare "infection" / "allergy" that an unrecognised word right before narrows ("Norovirus infection" where only
  "infection" is recognised) is not the general concept: no sign of it.
- A condition the sentence only likens another to ("an illness like lupus, with A") owns no sign; an example after a
  plural kind ("conditions like Parkinson's disease") still does.
- An illness that causes (or "makes you") a sign MeSH files under Signs and Symptoms has that sign; one of
  coordinated causes ("A and B can both cause C") stays a cause.
- "Her main symptoms were A", "The main symptom is A": the signs of the condition in focus.

Invented texts (other conditions and wording than the development sets'), exact claim sets with polarity and hedge.
"""

from __future__ import annotations

from claimsets import exact_claims, first_words
from extracting import polarity_claims


def signs(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, bool]]:
    """The hasPhenotype and causes claims of `text`."""
    return {c for c in polarity_claims(text, lexicon) if c[1] in ("hasPhenotype", "causes")}


CASES = [
    # (the one infection the text named: the description's referent)
    (
        "# Notes\n\nLyme disease is an infection spread by tick bites. The infection often causes a rash and "
        "tiredness.",
        {
            ("lyme-disease", "hasPhenotype", "exanthema", False, False),
            ("lyme-disease", "hasPhenotype", "fatigue", False, False),
        },
    ),
    # (a condition whose own name ends with the kind's word)
    (
        "# Notes\n\nA peanut allergy can be serious in children. The allergy can cause vomiting.",
        {("peanut-hypersensitivity", "hasPhenotype", "vomiting", False, False)},
    ),
    # (the general word: the illness the text called a condition)
    (
        "# Notes\n\nPsoriasis is a skin condition. The condition can cause itching and joint pain.",
        {
            ("psoriasis", "hasPhenotype", "pruritus", False, False),
            ("psoriasis", "hasPhenotype", "arthralgia", False, False),
        },
    ),
    # (two allergies named: ambiguous, nothing; and never hypersensitivity's signs)
    (
        "# Notes\n\nHay fever is an allergy to pollen, and a peanut allergy is an allergy to nuts. The allergy can "
        "cause sneezing and itchy eyes.",
        set(),
    ),
    # (two illnesses opened the sentence before: "the disease" is either)
    ("# Notes\n\nGout and psoriasis are common. The disease causes joint pain.", set()),
    # (no infection named before)
    ("# Notes\n\nThe infection causes a fever and a cough.", set()),
    # (a denied sign of the referent)
    (
        "# Notes\n\nLyme disease is an infection spread by tick bites. The infection does not cause vomiting.",
        {("lyme-disease", "hasPhenotype", "vomiting", True, False)},
    ),
    # (an unrecognised narrower kind of infection: nothing of every infection)
    ("# Notes\n\nRingworm infection can cause itching and hair loss.", set()),
    # (likened, not named: the drug's illness resembles lupus)
    ("# Notes\n\nRarely, it may bring on an illness like lupus, with a rash and joint pain.", set()),
    ("# Notes\n\nSome people get problems similar to those of Parkinson's disease: a tremor and stiffness.", set()),
    # (an example after a plural kind keeps its sign)
    (
        "# Notes\n\nTremor is a sign of conditions like Parkinson's disease.",
        {("parkinsons-disease", "hasPhenotype", "tremor", False, False)},
    ),
    # (signs MeSH files under Signs and Symptoms, whatever their other trees)
    (
        "# Notes\n\nKidney failure can cause itching and breathlessness.",
        {
            ("renal-insufficiency", "hasPhenotype", "pruritus", False, False),
            ("renal-insufficiency", "hasPhenotype", "dyspnea", False, False),
        },
    ),
    (
        "# Notes\n\nHeart failure can make people breathless.",
        {("heart-failure", "hasPhenotype", "dyspnea", False, False)},
    ),
    # (coordinated causes: what brings the sign on)
    (
        "# Notes\n\nAnaemia and heart failure can both cause breathlessness.",
        {("heart-failure", "causes", "dyspnea", False, False)},
    ),
    # (an illness bringing on another illness stays a cause)
    ("# Notes\n\nGout can cause a stroke.", {("gout", "causes", "stroke", False, False)}),
    # (a person's signs, and the singular "symptom", of the condition in focus)
    (
        "# Notes\n\nMigraine is a common illness of the brain. Her main symptoms were headache and nausea.",
        {
            ("migraine-disorders", "hasPhenotype", "headache", False, False),
            ("migraine-disorders", "hasPhenotype", "nausea", False, False),
        },
    ),
    (
        "# Notes\n\nMigraine is a common illness of the brain. The main symptom is a headache.",
        {("migraine-disorders", "hasPhenotype", "headache", False, False)},
    ),
]

test_exact_claims = exact_claims(CASES, read=signs, ids=first_words(CASES))
