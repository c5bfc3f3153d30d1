"""Decision 0778 (contraindications on new text): a mineral's raised level in everyday words ("a high potassium
level", "high levels of calcium", "high blood sodium") is hyperkalemia / hypercalcemia / hypernatremia, as the low
level's words already were (0758); "a narrowed aortic valve" is aortic valve stenosis, "heart valve problems" heart
valve diseases, "cannot / unable to pass urine (empty the bladder)" urinary retention. Invented sentences, exact
claim sets (polarity included): any extra claim would be a bug."""

from __future__ import annotations

from claimsets import exact_claims

CASES = [
    (
        "Amiloride must not be taken by people who have a high potassium level.",
        {("amiloride", "contraindicatedIn", "hyperkalemia", False, False)},
    ),
    (
        "Do not take calcitriol if you have high levels of calcium.",
        {("calcitriol", "contraindicatedIn", "hypercalcemia", False, False)},
    ),
    (
        "Tolvaptan should not be used in people with a high sodium level.",
        {("tolvaptan", "contraindicatedIn", "hypernatremia", False, False)},
    ),
    (
        "Trimethoprim can cause high blood potassium.",
        {("trimethoprim", "hasAdverseEffect", "hyperkalemia", False, False)},
    ),
    # ... a denial keeps its polarity
    (
        "Hydrochlorothiazide does not cause high levels of calcium.",
        {("hydrochlorothiazide", "hasAdverseEffect", "hypercalcemia", True, False)},
    ),
    # ... a food's content is no condition of the reader's
    ("Avoid foods with a high potassium level if you take amiloride.", set()),
    # valves in lay words
    (
        "Pergolide must not be taken by people with heart valve problems.",
        {("pergolide", "contraindicatedIn", "heart-valve-diseases", False, False)},
    ),
    (
        "Sildenafil should not be taken by people with a narrowed aortic valve.",
        {("sildenafil", "contraindicatedIn", "aortic-valve-stenosis", False, False)},
    ),
    (
        "Cabergoline can cause heart valve problems.",
        {("cabergoline", "hasAdverseEffect", "heart-valve-diseases", False, False)},
    ),
    # not being able to pass urine is the retention itself
    (
        "Oxybutynin must not be taken by people who cannot pass urine.",
        {("oxybutynin", "contraindicatedIn", "urinary-retention", False, False)},
    ),
    (
        "Tolterodine must not be given to anyone:\n- who is unable to pass urine\n- with myasthenia gravis",
        {
            ("tolterodine", "contraindicatedIn", "urinary-retention", False, False),
            ("tolterodine", "contraindicatedIn", "myasthenia-gravis", False, False),
        },
    ),
    (
        "Fesoterodine must not be given to anyone:\n- who cannot empty their bladder\n- with severe liver disease",
        {
            ("fesoterodine", "contraindicatedIn", "urinary-retention", False, False),
            ("fesoterodine", "contraindicatedIn", "liver-disease", False, False),
        },
    ),
    (
        "Solifenacin does not make people unable to pass urine.",
        {("solifenacin", "hasAdverseEffect", "urinary-retention", True, False)},
    ),
    # ... a caution is no contraindication
    ("Nitrates are used with care in people with narrowing of the aortic valve.", set()),
]


test_exact_claims = exact_claims(CASES)
