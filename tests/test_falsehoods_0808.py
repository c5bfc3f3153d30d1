"""Decision 0808 (the falsehoods left on the development sets, as general classes): a target the sentence blocks made
the subject of the next sentence's "This lowers Y" (the target's own effect is the opposite of the block's); a class
named with a narrowing modifier ("anti-inflammatory painkillers") read as its broad head (every painkiller); a
subgroup of the people with a condition ("people with Y who have A") read as the condition's sign; the owner of a
denied part ("not on the brain's Z", "not Y's inflammation") denied itself; another medicine's effect in a section of
the medicines the drug does not mix with read as that medicine's adverse effect.
Invented sentences (other drugs, other targets, other wordings), exact claim sets (polarity and hedging included):
any extra claim would be a bug."""

from __future__ import annotations

from claimsets import exact_claims, first_words

CASES = [
    # a. a blocked target with no act minted for it ("the type 1 form of this enzyme") is no step's subject: "This
    # lowers the level of Y" is no lowering by the enzyme that makes Y
    (
        "Dutasteride is used for an enlarged prostate. The enzyme 5-alpha reductase changes testosterone into "
        "dihydrotestosterone (DHT). Dutasteride blocks the type 1 form of this enzyme. This lowers the level of DHT "
        "in the blood by about 90 percent.",
        {
            ("dutasteride", "bindsTo", "5-alpha-reductase-type-1", False, False),
            ("dutasteride", "treats", "prostatic-hyperplasia", False, False),
        },
    ),
    # ... the block's act, where it is minted, is still the step's subject
    (
        "Anastrozole blocks aromatase, the enzyme that makes oestrogen. This lowers the level of oestrogen in the "
        "blood.",
        {
            ("anastrozole", "bindsTo", "aromatase", False, False),
            ("anastrozole", "hasMechanismOfAction", "aromatase-inhibition", False, False),
            ("aromatase-inhibition", "decreases", "estrogen", False, False),
        },
    ),
    # ... and a receptor the drug binds (no block) is still the subject of "This binding ..." (the golds' reading)
    (
        "Clonidine binds to alpha-2 adrenergic receptors in the brain stem. This binding reduces the release of "
        "noradrenaline.",
        {
            ("clonidine", "bindsTo", "alpha-2-adrenergic-receptor", False, False),
            ("alpha-2-adrenergic-receptor", "decreases", "norepinephrine-release", False, False),
            # (the named medicine's binding places it in the brainstem: decision 0880)
            ("clonidine", "actsOn", "brainstem", False, False),
        },
    ),
    # b. "anti-inflammatory painkillers" are the NSAIDs, not every painkiller (paracetamol causes no ulcer)
    (
        "Anti-inflammatory painkillers such as naproxen can make losartan work less well.",
        {
            ("naproxen", "interactsWith", "losartan", False, False),
            ("naproxen", "isA", "non-steroidal-anti-inflammatory-agent", False, False),
        },
    ),
    (
        "Diclofenac and other anti-inflammatory painkillers can raise the risk of stomach bleeding with warfarin.",
        {
            ("diclofenac", "interactsWith", "warfarin", False, False),
            ("diclofenac", "isA", "non-steroidal-anti-inflammatory-agent", False, False),
        },
    ),
    (
        "Anti-inflammatory painkillers, such as diclofenac, may cause stomach ulcers.",
        {
            ("diclofenac", "isA", "non-steroidal-anti-inflammatory-agent", False, False),
            ("non-steroidal-anti-inflammatory-agent", "hasAdverseEffect", "stomach-ulcer", False, True),
        },
    ),
    # c. "people with Y who have A" names a group of them by A, never A as a sign of Y
    ("It is used for people with asthma who have a cough at night.", set()),
    ("Some children with eczema who get a cold also get wheezing.", set()),
    # ... "people with Y often notice A" still names A as Y's sign
    (
        "People with asthma often notice a cough at night.",
        {("asthma", "hasPhenotype", "cough", False, False)},
    ),
    # d. a denied object named only as the owner of what is denied ("the stomach's muscle")
    ("Omeprazole does not act on the stomach's muscle.", set()),
    # e. in a section of the medicines the drug does not mix with, another medicine's effect is the combination's
    (
        "# Ramipril\n\nRamipril lowers blood pressure.\n\n## Other medicines\n\n- Some water tablets may also raise "
        "the risk of low sodium.\n",
        {
            ("ramipril", "decreases", "blood-pressure", False, False),
            ("ramipril", "interactsWith", "diuretic", False, True),
        },
    ),
    # ... "Drugs that do not mix" heads such a section too: the partner's effect is the interaction
    (
        "# Fluconazole\n\nFluconazole treats thrush.\n\n## Drugs that do not mix\n\n- **Apixaban**: its effect may "
        "get stronger, with a risk of bleeding.\n",
        {
            ("fluconazole", "treats", "candidiasis", False, False),
            ("fluconazole", "interactsWith", "apixaban", False, True),
        },
    ),
    # ... a section of side effects keeps another medicine's effect
    (
        "# Ramipril\n\nRamipril lowers blood pressure.\n\n## Side effects\n\n- Lithium can cause tremor.\n",
        {
            ("ramipril", "decreases", "blood-pressure", False, False),
            ("lithium", "hasAdverseEffect", "tremor", False, False),
        },
    ),
]


test_exact_claims = exact_claims(CASES, ids=first_words(CASES))
