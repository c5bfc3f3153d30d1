"""Decision 0804 (the falsehoods of sealed29/sealed30's first measurement, as general classes): a list of an illness's
signs under a heading of what to look out for after a passage about the illness; a condition named only to compare
another with it in a denial ("the redness some people confuse with Y"); a state named by a participle ("for raised
blood pressure"); the allergen of "allergic to B" made the subject of a prohibition; what the reader needs ("you need
an antibiotic") read as the drug's class; a class named as the kind of a narrower one or as a named pair ("the type
of Y called Z", "the two Ys"); a forbidden condition named as a narrower kind ("after taking antibiotics", "from a
failing heart", "at the back of the eye", "unstable angina, chest pain that ..."). Invented sentences, exact claim
sets (polarity and hedging included): any extra claim would be a bug."""

from __future__ import annotations

from claimsets import exact_claims, first_words

CASES = [
    # a. the signs of an illness under a heading of what to look out for, after a passage about the illness: no
    # side effects of the drug (and the illness itself is never one)
    (
        "# Adapalene gel\n\n## About psoriasis\n\nPsoriasis happens when skin cells are made too fast and pile up.\n\n"
        "**What you might notice:**\n\n- thick, red patches with silvery scales\n- sore, cracked skin in severe "
        "psoriasis\n",
        # (decision 0805: the heading's bullets are the illness's signs; 0840: its "might" hedges them)
        {("psoriasis", "hasPhenotype", "skin-fissure", False, True)},
    ),
    # ... or under a lead that opens with the illness ("Y can show up as:")
    (
        "# Benzoyl peroxide gel\n\n## What to look out for\n\nRosacea can show up as:\n\n- redness of the cheeks\n"
        "- small red bumps in severe rosacea\n",
        # (decision 0840: the lead naming its illness owns its bullets, as its signs)
        {("rosacea", "hasPhenotype", "erythema", False, False)},
    ),
    # ... the same heading in a section of side effects still lists side effects
    (
        "# Ramipril\n\n## Side effects\n\n**What you might notice:**\n\n- a dry cough\n- dizziness\n",
        {
            ("ramipril", "hasAdverseEffect", "nonproductive-cough", False, False),
            ("ramipril", "hasAdverseEffect", "dizziness", False, False),
        },
    ),
    # ... and a sentence of a symptom above it is no passage about an illness: the list is still the drug's
    (
        "# Ramipril\n\n## What to look out for\n\nDizziness is common at first.\n\n**What you might notice:**\n\n"
        "- a dry cough\n",
        {
            ("ramipril", "hasAdverseEffect", "dizziness", False, False),
            ("ramipril", "hasAdverseEffect", "nonproductive-cough", False, False),
        },
    ),
    # b. a condition named only to compare the denied one with it is never denied
    (
        "# Metronidazole gel\n\nIt is not a treatment for eczema, the itchy dry skin that some people confuse with "
        "psoriasis.",
        {("metronidazole", "treats", "eczema", True, False)},
    ),
    (
        "# Azelaic acid\n\nAzelaic acid is not used for rosacea, which is often mistaken for acne.",
        {("azelaic-acid", "treats", "rosacea", True, False)},
    ),
    # c. a state named by a participle is a condition, never a rise the drug causes
    # (decision 0809: "raised blood pressure" is now recognised as hypertension; the use it names is the sentence's,
    # and still nothing is raised)
    (
        "# Amlodipine\n\nIt is one of the usual tablets a doctor offers for raised blood pressure.",
        {("amlodipine", "treats", "hypertension", False, False)},
    ),
    ("# Timolol drops\n\nTimolol is used in people with increased eye pressure.", set()),
    # ... the verb still raises
    ("# Ephedrine\n\nEphedrine raises blood pressure.", {("ephedrine", "increases", "blood-pressure", False, False)}),
    # d. the allergen is never the subject; "it" is the document's drug, a drug named after the cue is the one kept
    (
        "# Cilostazol\n\nAnyone who is allergic to aspirin or other similar painkillers must not take it.",
        {("cilostazol", "contraindicatedIn", "aspirin-hypersensitivity", False, False)},
    ),
    (
        "# Cilostazol\n\nAnyone who is allergic to cilostazol must not take it.",
        {("cilostazol", "contraindicatedIn", "cilostazol-hypersensitivity", False, False)},
    ),
    (
        "# Ibuprofen\n\nPeople who are allergic to aspirin should not take ibuprofen.",
        {("ibuprofen", "contraindicatedIn", "aspirin-hypersensitivity", False, False)},
    ),
    # e. what the reader needs is no class of the drug; a denied class stands right after its cue
    (
        "# Cilostazol\n\nCilostazol is not a cure for a chest infection: if you cough up green phlegm, you need an "
        "antibiotic the same day.",
        set(),
    ),
    ("# Cilostazol\n\nCilostazol is not a painkiller.", {("cilostazol", "isA", "analgesic", True, False)}),
    (
        "# Cilostazol\n\nCilostazol is not a strong blood thinner.",
        {("cilostazol", "isA", "anticoagulant", True, False)},
    ),
    # f. the kind of a narrower class: the partner is the narrow class and the named drug, and the kind's name is no
    # membership of the broad class in the narrow one
    (
        "# Linezolid\n\nIt must not be taken with the kind of antidepressant known as an SSRI, such as sertraline.",
        {
            ("sertraline", "isA", "selective-serotonin-reuptake-inhibitor", False, False),
            ("linezolid", "interactsWith", "selective-serotonin-reuptake-inhibitor", False, False),
            ("linezolid", "interactsWith", "sertraline", False, False),
        },
    ),
    # ... "the two Ys" are the pair named, not the whole class
    (
        "# Doxycycline\n\nTell your doctor if you take:\n\n- Erythromycin: the two antibiotics work against each "
        "other.\n",
        {("doxycycline", "interactsWith", "erythromycin", False, False)},
    ),
    # a forbidden condition named as a narrower kind: brought on by a medicine, by its failing organ, at one site, or
    # a gloss of the condition before it: no contraindication in the whole condition
    ("# Nicorandil\n\nNicorandil is not suitable for anyone who has had a skin rash after taking penicillin.", set()),
    ("# Apixaban\n\nPeople who have had bleeding at the back of the nose should not take it.", set()),
    (
        "# Nifedipine\n\nDo not take nifedipine if you have:\n\n- severe aortic stenosis\n- shock from a weak heart\n",
        {("nifedipine", "contraindicatedIn", "aortic-valve-stenosis", False, False)},
    ),
    (
        "# Nifedipine\n\nDo not take nifedipine if you have:\n\n- unstable angina, heart pain that comes on when you "
        "rest\n",
        {("nifedipine", "contraindicatedIn", "unstable-angina", False, False)},
    ),
    # ... two conditions in a list stay two
    (
        "# Nifedipine\n\nDo not take nifedipine if you have:\n\n- low blood pressure, heart failure\n",
        {
            ("nifedipine", "contraindicatedIn", "hypotension", False, False),
            ("nifedipine", "contraindicatedIn", "heart-failure", False, False),
        },
    ),
    (
        "# Nifedipine\n\nPeople with heart failure should not take it.",
        {("nifedipine", "contraindicatedIn", "heart-failure", False, False)},
    ),
    # a condition after a preposition of place in a list of an illness's signs is where the sign is
    (
        "# Flucloxacillin\n\nWhat is impetigo?\nImpetigo is common in young children.\nThe signs to watch for:\n"
        "- crusts around the wound\n- itching\n",
        {("impetigo", "hasPhenotype", "pruritus", False, False)},
    ),
    # "slowness" alone is no lethargy (HPO's synonym): beside stiffness it is slowness of movement
    (
        "# Tetrabenazine\n\n## Side effects\n\n- Stiffness and slowness, a bit like Parkinson's disease.\n"
        "- slowness of movement\n",
        {("tetrabenazine", "hasAdverseEffect", "bradykinesia", False, False)},
    ),
]


test_exact_claims = exact_claims(CASES, ids=first_words(CASES))
