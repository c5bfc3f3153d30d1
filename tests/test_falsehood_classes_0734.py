"""Decision 0734: sealed19's falsehood classes, fixed in general. A lead or heading line of its own (in capitals, or
trailing off in "..." / "…", after an optional bracketed marker) ends the list before it, and "DO NOT TAKE IF...",
"Don't take it if...", "Do not use it if…" open a list of contraindications; a bullet of the reader's own state or
allergy ("- you have Y", "- you are allergic to X") is never a side effect. A sign after a reducing word ("reduce
sweating", "less sweating") is its reduced form, never the excess form a bare word names. A denial of "the <sign> of
Y" denies the sign, never Y. A class named with "for Y" in a warning about other drugs describes a partner, no use
of the class. Invented sentences, exact claim sets (subject, predicate, object, negated, hedged).
"""

from __future__ import annotations

from claimsets import exact_claims
from extracting import polarity_claims as _claims

CASES = [
    # 1. a lead line of its own ends the side-effect list before it and opens contraindications
    (
        "Oxybutynin card\n\n[Page 3]  SIDE EFFECTS\nCommon:\n - headache\n - dry mouth\n\n"
        "[Page 4]  DON'T TAKE IT IF...\n - you have myasthenia gravis\n - you are allergic to oxybutynin\n",
        {
            ("oxybutynin", "hasAdverseEffect", "headache", False, False),
            ("oxybutynin", "hasAdverseEffect", "xerostomia", False, False),
            ("oxybutynin", "contraindicatedIn", "myasthenia-gravis", False, False),
            ("oxybutynin", "contraindicatedIn", "oxybutynin-hypersensitivity", False, False),
        },
    ),
    (
        "Solifenacin\n\nSide effects\nSolifenacin can cause:\n- constipation\n- blurred vision\n\n"
        "Do not use it if\u2026\n- you have ulcerative colitis\n",
        {
            ("solifenacin", "hasAdverseEffect", "constipation", False, False),
            ("solifenacin", "hasAdverseEffect", "blurred-vision", False, False),
            ("solifenacin", "contraindicatedIn", "ulcerative-colitis", False, False),
        },
    ),
    (
        "Trospium\n\nSIDE EFFECTS\n- dizziness\nWHO SHOULD NOT TAKE IT:\n- people with myasthenia gravis\n",
        {
            ("trospium", "hasAdverseEffect", "dizziness", False, False),
            ("trospium", "contraindicatedIn", "myasthenia-gravis", False, False),
        },
    ),
    (
        "Darifenacin\n\n## Side effects\n- nausea\nDo not take darifenacin if you:\n- have severe liver disease\n",
        {
            ("darifenacin", "hasAdverseEffect", "nausea", False, False),
            ("darifenacin", "contraindicatedIn", "liver-disease", False, False),
        },
    ),
    (
        "Fesoterodine\n\n5. SIDE EFFECTS:\n- dry mouth\n- headache\n\n"
        "6. DO NOT TAKE IF...\n- you have myasthenia gravis\n",
        {
            ("fesoterodine", "hasAdverseEffect", "xerostomia", False, False),
            ("fesoterodine", "hasAdverseEffect", "headache", False, False),
            ("fesoterodine", "contraindicatedIn", "myasthenia-gravis", False, False),
        },
    ),
    # 2. a reduced sign is the reduced form (the vocabulary's "decreased <sign>"), never the excess form
    (
        "Glycopyrronium\n\nSide effects\n- It can reduce sweating.\n",
        {("glycopyrronium", "hasAdverseEffect", "hypohidrosis", False, False)},
    ),
    ("Atropine can cause less sweating.", {("atropine", "hasAdverseEffect", "hypohidrosis", False, False)}),
    ("Hyoscine can lower salivation.", set()),
    ("Ibuprofen can reduce pain.", {("ibuprofen", "decreases", "pain", False, False)}),
    # 4. a class named with "for Y" in a warning about taking others with the drug describes a partner, no use
    (
        "Codeine can make you sleepy; the same goes for antihistamines for hay fever.",
        {("codeine", "hasAdverseEffect", "somnolence", False, False)},
    ),
    ("Take care with antihistamines for hay fever.", set()),
    (
        "Antihistamines for hay fever can make you drowsy.",
        {
            ("antihistamine", "hasAdverseEffect", "somnolence", False, False),
            ("antihistamine", "treats", "rhinitis-allergic-seasonal", False, False),
        },
    ),
]


test_exact_claims = exact_claims(CASES, _claims)
