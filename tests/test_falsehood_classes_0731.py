"""Decision 0731: four falsehood classes, fixed in general. A use denied in plain words ("does nothing for Y", "is no
use for Y", "won't do anything for Y", "has no effect on Y") is a negated treats, never an asserted one; a way of
taking the drug that helps with Y ("taking it before breakfast helps with Y") is advice about the drug's own effect,
no use; "and so are Y" / "as are Y" compares items, no class of the drug; what a drug does (or not) "when stopped"
is a withdrawal effect, not an adverse effect; "acute alcohol poisoning", "bleeding from the gums" are the specific
kinds a vocabulary names (else no claim of the coarse head). Invented sentences, exact claim sets (subject,
predicate, object, negated, hedged).
"""

from __future__ import annotations

from claimsets import exact_claims
from extracting import polarity_claims as _claims

CASES = [
    # 1. a use denied in plain words: a negated treats, the denial's own scope after the clause of another denial
    (
        "Loratadine is not a decongestant, and it does nothing for nasal congestion.",
        {
            ("loratadine", "isA", "decongestant", True, False),
            ("loratadine", "treats", "nasal-congestion", True, False),
        },
    ),
    ("Paracetamol is no use for nerve pain.", {("acetaminophen", "treats", "neuropathic-pain", True, False)}),
    ("Aspirin won't do anything for anxiety.", {("aspirin", "treats", "anxiety", True, False)}),
    ("Cetirizine has no effect on asthma.", {("cetirizine", "treats", "asthma", True, False)}),
    # ... the denial reaches its own noun phrase and, since decision 0979, the examples named after it (never asserted)
    (
        "Amoxicillin is of no use in viral infections such as flu.",
        {
            ("amoxicillin", "treats", "virus-diseases", True, False),
            ("amoxicillin", "treats", "human-influenza", True, False),
            ("human-influenza", "isA", "virus-diseases", False, False),
        },
    ),
    # ... and a verb phrase coordinated after the denied object is asserted
    (
        "Sertraline has no effect on blood pressure and treats depression.",
        {("sertraline", "treats", "depression", False, False)},
    ),
    # 2. a way of taking the drug helps with its own effect: no use
    (
        "Omeprazole treats heartburn. Taking it before breakfast helps with bloating.",
        {("omeprazole", "treats", "heartburn", False, False)},
    ),
    (
        "Amitriptyline treats nerve pain. Starting on a low dose helps with drowsiness.",
        {("amitriptyline", "treats", "neuropathic-pain", False, False)},
    ),
    # ... but taking the drug itself (no manner) is its use
    ("Taking ibuprofen helps with back pain.", {("ibuprofen", "treats", "back-pain", False, False)}),
    # 3. "and so are Y", "as are Y": a comparison of items, no class of the drug
    # (alcohol being fine with omeprazole is a denied interaction since decision 0741; still no class)
    (
        "Alcohol is fine with omeprazole, and so are most antacids.",
        {("omeprazole", "interactsWith", "alcohol", True, False)},
    ),
    ("Paracetamol is safe with warfarin, as are most antibiotics.", set()),
    ("Sertraline is an antidepressant.", {("sertraline", "isA", "antidepressant", False, False)}),
    # 4. what happens (or not) when the drug is stopped: a withdrawal effect, its polarity kept
    (
        "Zopiclone does not cause insomnia once it is stopped.",
        {("zopiclone", "hasWithdrawalEffect", "insomnia", True, False)},
    ),
    (
        "Clonidine can cause high blood pressure if you stop it suddenly.",
        {("clonidine", "hasWithdrawalEffect", "hypertension", False, False)},
    ),
    ("Sertraline can cause nausea when you start it.", {("sertraline", "hasAdverseEffect", "nausea", False, False)}),
    # 5. a coarse head where the text names the specific kind: the vocabulary's name for it ("alcohol poisoning" is
    # alcoholic intoxication; bleeding from an organ is that organ's bleeding)
    (
        "Diazepam should not be used during an episode of acute alcohol poisoning.",
        {("diazepam", "contraindicatedIn", "alcoholic-intoxication", False, False)},
    ),
    (
        "Warfarin can cause bleeding from the gums.",
        {("warfarin", "hasAdverseEffect", "gingival-bleeding", False, False)},
    ),
    (
        "Tamoxifen is not given to anyone with unexplained bleeding from the vagina.",
        {("tamoxifen", "contraindicatedIn", "uterine-hemorrhage", False, False)},
    ),
    # ... and no claim of every poisoning where no vocabulary names the kind
    ("Naloxone is used for opioid poisoning.", set()),
]


test_exact_claims = exact_claims(CASES, _claims)
