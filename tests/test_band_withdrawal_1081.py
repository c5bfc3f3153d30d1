"""Decision 1081: a denied withdrawal's own clause. What a later clause says comes back after stopping ("..., the
psoriasis just slowly comes back", "..., it's just that the cough returns") is the illness returning, no denied
withdrawal effect; and a withdrawal clause that names what was stopped as "it" ("if it's ever stopped") is the
referent's, not a drug a later clause names, even as that clause's subject ("..., but aspirin is still needed").
The sentences and documents are invented."""

import pytest
from extracting import rule_claims

claims = rule_claims

NADOLOL = "# Nadolol notes\n\nNadolol is taken once a day. "
DENIED = ("nadolol", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal")

CASES = [
    # a later clause's drug, even as its subject, did not stop: the "it" of the withdrawal clause did
    (NADOLOL + "There's no withdrawal when it stops, but the cortisol would climb back up.\n", {DENIED}),
    (NADOLOL + "There's no withdrawal if it's stopped, but aspirin is still needed every day.\n", {DENIED}),
    (
        NADOLOL + "There's no withdrawal once it stops; aspirin is needed only while warfarin is in his body.\n",
        {DENIED},
    ),
    # must not change: a drug named in the withdrawal's own clause owns it
    (
        NADOLOL + "There's no withdrawal with warfarin if it's stopped.\n",
        {("warfarin", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal")},
    ),
    # hedged: the denial stays Possible, and still the document's drug's
    (
        NADOLOL + "There may be no withdrawal if it's stopped, but aspirin is still needed every day.\n",
        {("nadolol", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Possible", "rule:withdrawal")},
    ),
    # the illness coming back after a denied withdrawal is no denied withdrawal effect
    (NADOLOL + "There's no withdrawal as such, it's just that the migraines come back.\n", {DENIED}),
    (NADOLOL + "There's no withdrawal if you stop, the psoriasis just slowly comes back.\n", {DENIED}),
    (NADOLOL + "It has no withdrawal effects: if I miss a few days, my eczema simply comes back.\n", {DENIED}),
    (
        "# Nadolol notes\n\nNadolol is taken once a day.\n\n## Stopping\n\nThere's no withdrawal, the eczema just "
        "comes back.\n",
        {DENIED},
    ),
    # must not change: the examples of a denied withdrawal, a list's later items after a comma among them
    (
        NADOLOL + "It causes no withdrawal symptoms such as anxiety, the shakes or sweating.\n",
        {
            DENIED,
            ("nadolol", "hasWithdrawalEffect", "anxiety", True, "Asserted", "rule:withdrawal"),
            ("nadolol", "hasWithdrawalEffect", "tremor", True, "Asserted", "rule:withdrawal"),
            ("nadolol", "hasWithdrawalEffect", "hyperhidrosis", True, "Asserted", "rule:withdrawal"),
        },
    ),
    # must not change: a withdrawal that does come, with its examples ("can" of what follows stopping: asserted, 0798)
    (
        NADOLOL + "If it is stopped suddenly, withdrawal symptoms such as sweating and tremor can follow.\n",
        {
            ("nadolol", "hasWithdrawalEffect", "withdrawal-syndrome", False, "Asserted", "rule:withdrawal"),
            ("nadolol", "hasWithdrawalEffect", "hyperhidrosis", False, "Asserted", "rule:withdrawal"),
            ("nadolol", "hasWithdrawalEffect", "tremor", False, "Asserted", "rule:withdrawal"),
        },
    ),
    # a question asserts nothing
    (NADOLOL + "Is there any withdrawal if it's stopped, or would the insulin just climb again?\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
