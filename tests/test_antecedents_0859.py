"""The antecedent of "it" (decision 0859), from invented passages with other drugs and wording than sealed51-54's.

A pronoun subject of a drug's predicate (a use, a side effect, a prohibition, a form, a class) is a medicine:

1. a hormone named as the body's (its surge, release, production) is no topic a later "It" refers to; when no
   medicine is left, no claim;
2. a condition that opens a sentence under a side-effect heading is one of the drug's effects, so the next "It" is the
   drug, not the condition; nor does "It eases Y." (or an illness's "It causes Y.") make Y what the next sentence
   is about;
3. a drug that binds the drug in focus ("B ... also binds it") is its partner, and a drug named inside a relative
   clause ("My GP, who also prescribes B, ...") is named in passing: neither is a topic;
4. a drug the reader is switched to ("switched her to B") is the topic over one tried before it;
5. a repeated "it" in one sentence keeps its referent: "prescribed it alongside B, and it is used to ..." is not B's.
"""

from __future__ import annotations

from claimsets import exact_claims, first_words
from extracting import polarity_claims

CASES: list[tuple[str, set]] = [
    # 1. a hormone of the body is no antecedent
    (
        "# Levonorgestrel\n\nLevonorgestrel is a hormone-releasing coil.\n\nIt attaches to progesterone receptors. "
        "This blocks the monthly surge of luteinising hormone, so no egg is released. It may cause weight gain, and "
        "it is not a treatment for endometriosis.",
        {
            ("levonorgestrel", "bindsTo", "progesterone-receptor", False, False),
            ("levonorgestrel", "hasAdverseEffect", "weight-gain", False, True),
            ("levonorgestrel", "treats", "endometriosis", True, False),
        },
    ),
    # (a medicine the vocabulary does not know: the hormone is the only drug named, so nobody is "It")
    (
        "# Medroxyprogesterone\n\nMedroxyprogesterone is an injection given every three months.\n\nIt attaches to "
        "progesterone receptors. This blocks the monthly surge of luteinising hormone, so no egg is released. It may "
        "cause weight gain, and it is not a treatment for endometriosis.",
        set(),
    ),
    # 2. a condition under a side-effect heading is the drug's effect; "It" is still the drug
    (
        "# Dalteparin\n\nDalteparin is an injection that thins the blood.\n\n## Side effects\n\nBleeding is the main "
        "worry. It may also cause a rash where the needle goes in.",
        # (a rash where the needle goes in is the injection-site reaction since decision 0912)
        {("dalteparin", "hasAdverseEffect", "injection-site-reaction", False, True)},
    ),
    (
        "# Dalteparin\n\nDalteparin is an injection that thins the blood.\n\nSIDE EFFECTS\n\nBleeding is the thing to "
        "watch for. It does not cause drowsiness.",
        {("dalteparin", "hasAdverseEffect", "somnolence", True, False)},
    ),
    (
        "# Mirtazapine\n\nMirtazapine is a tablet. It treats depression. It can cause weight gain.",
        {
            ("mirtazapine", "hasFormulation", "tablet", False, False),
            ("mirtazapine", "treats", "depression", False, False),
            ("mirtazapine", "hasAdverseEffect", "weight-gain", False, False),
        },
    ),
    # (outside such a heading, an illness that opens a sentence still owns the next "It causes")
    (
        "# Allopurinol\n\nAllopurinol is a tablet.\n\nGout is a painful swelling of a joint. It causes redness and "
        "heat.",
        {
            ("allopurinol", "hasFormulation", "tablet", False, False),
            ("gout", "hasPhenotype", "erythema", False, False),
        },
    ),
    (
        "# Colchicine\n\nColchicine is a tablet.\n\nIt eases gout attacks. It can cause diarrhoea.",
        {
            ("colchicine", "hasFormulation", "tablet", False, False),
            ("colchicine", "treats", "gout", False, False),
            ("colchicine", "hasAdverseEffect", "diarrhea", False, False),
        },
    ),
    # (an illness's "It causes A" leaves the illness, not A, as what a next "It can also cause" is about)
    (
        "# Allopurinol\n\nAllopurinol is a tablet.\n\nGout is a painful swelling of a joint. It causes redness and "
        "heat. It can also cause a fever.",
        {
            ("allopurinol", "hasFormulation", "tablet", False, False),
            ("gout", "hasPhenotype", "erythema", False, False),
            ("gout", "hasPhenotype", "fever", False, False),
        },
    ),
    # 3. what binds the drug is its partner
    (
        "# Levothyroxine\n\nLevothyroxine is a tablet for an underactive thyroid.\n\nSucralfate, which is given for "
        "ulcers, also binds it, so take them four hours apart. It also comes as a liquid.",
        {
            ("levothyroxine", "hasFormulation", "tablet", False, False),
            ("levothyroxine", "hasFormulation", "oral-liquid", False, False),
            ("levothyroxine", "treats", "hypothyroidism", False, False),
            ("sucralfate", "treats", "ulcer", False, False),
        },
    ),
    # (a drug named inside a relative clause is named in passing)
    (
        "# Warfarin\n\nWarfarin is a tablet.\n\nThe nurse will look at the wound, which may have been cleaned with "
        "chlorhexidine. It can cause nosebleeds.",
        {
            ("warfarin", "hasFormulation", "tablet", False, False),
            ("warfarin", "hasAdverseEffect", "epistaxis", False, False),
        },
    ),
    (
        "# Warfarin\n\nWarfarin is a tablet.\n\nMy cardiologist, who also prescribes atorvastatin, checks me every "
        "year. It can cause nosebleeds.",
        {
            ("warfarin", "hasFormulation", "tablet", False, False),
            ("warfarin", "hasAdverseEffect", "epistaxis", False, False),
        },
    ),
    # 4. the drug switched to
    (
        "# Venlafaxine\n\nVenlafaxine is a capsule.\n\nHer doctor tried sertraline first; when that did not help, he "
        "switched her to venlafaxine. It is not a sleeping tablet.",
        {
            ("venlafaxine", "hasFormulation", "capsule", False, False),
            ("venlafaxine", "isA", "hypnotic", True, False),
        },
    ),
    # 5. a repeated "it" keeps one referent
    (
        "# Omeprazole\n\nOmeprazole is a capsule.\n\nThe surgeon prescribed it alongside the ibuprofen, and it is "
        "used to stop stomach ulcers in people on these painkillers.",
        {
            ("omeprazole", "hasFormulation", "capsule", False, False),
            ("omeprazole", "treats", "stomach-ulcer", False, False),
        },
    ),
]

test_antecedent_is_a_medicine = exact_claims(CASES, polarity_claims, ids=first_words(CASES, 50))
