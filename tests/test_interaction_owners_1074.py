"""Decision 1074: the owner and polarity of interactions in coordinated and relative clauses. A drug named past a
clause end after a cue ending in "with" opens a coordinated clause of its own ("It doesn't interact with A, and B is
fine with it"): it is never the cue's subject, and "B is fine with it" is itself a denied interaction of the
document's drug with B, also as a professional's report ("and my doctor said B is fine with it"). A non-restrictive
relative clause (", which speeds up its breakdown") has its own polarity: a prohibition before it ("It can't be used
with A, which ...") denies nothing in it. Each case asserts the whole set of claims the short text gives: (subject,
predicate, object, negated, certainty, rule). The sentences are invented."""

import pytest
from extracting import rule_claims

claims = rule_claims

COLCHICINE = "# Colchicine notes\n\nColchicine is taken twice a day. "
EPLERENONE = "# Eplerenone notes\n\nEplerenone is taken once a day. "

DENIED = "rule:interaction-denied"
FINE = "rule:no-interaction"

CASES = [
    # the denial's subject is its own clause's "It", never the drug of the later coordinated clause
    (
        COLCHICINE + "It doesn't interact with my blood pressure tablets, and paracetamol is fine with it.\n",
        {
            ("colchicine", "interactsWith", "antihypertensive-agent", True, "Asserted", DENIED),
            ("colchicine", "interactsWith", "acetaminophen", True, "Asserted", FINE),
        },
    ),
    (
        COLCHICINE + "It does not interact with my statin, and ibuprofen is fine with it.\n",
        {
            ("colchicine", "interactsWith", "hydroxymethylglutaryl-coa-reductase-inhibitor", True, "Asserted", DENIED),
            ("colchicine", "interactsWith", "ibuprofen", True, "Asserted", FINE),
        },
    ),
    # a professional's report of the compatibility
    (
        COLCHICINE + "It doesn't interact with my blood pressure tablets, and my doctor said paracetamol is fine "
        "with it.\n",
        {
            ("colchicine", "interactsWith", "antihypertensive-agent", True, "Asserted", DENIED),
            ("colchicine", "interactsWith", "acetaminophen", True, "Asserted", FINE),
        },
    ),
    # near misses: a hedged report, a question, a gerund's own partner
    (
        COLCHICINE + "It doesn't interact with my blood pressure tablets, and my doctor may say paracetamol is fine "
        "with it.\n",
        {("colchicine", "interactsWith", "antihypertensive-agent", True, "Asserted", DENIED)},
    ),
    (COLCHICINE + "Is paracetamol fine with it?\n", set()),
    (
        COLCHICINE + "Combining it with warfarin is risky.\n",
        {("colchicine", "interactsWith", "warfarin", False, "Asserted", "rule:combined-with")},
    ),
    # a prohibition of co-use does not deny the relative clause's raised breakdown: asserted interactions
    (
        EPLERENONE + "It can't be used with rifampicin or phenytoin, which speed up its breakdown.\n",
        {
            ("eplerenone", "interactsWith", "rifampin", False, "Asserted", "rule:level-of"),
            ("eplerenone", "interactsWith", "phenytoin", False, "Asserted", "rule:level-of-referred"),
        },
    ),
    (
        EPLERENONE + "It must not be taken with ketoconazole, which raises its levels.\n",
        {("eplerenone", "interactsWith", "ketoconazole", False, "Asserted", "rule:level-of")},
    ),
    # the relative clause's own hedge stays
    (
        EPLERENONE + "Phenytoin, which may speed up its breakdown, is best avoided.\n",
        {("eplerenone", "interactsWith", "phenytoin", False, "Possible", "rule:level-of")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
