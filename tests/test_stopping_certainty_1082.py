"""Decision 1082: a condition of stopping whose subject is "it's" ("If it's stopped there are no withdrawal
effects") or whose main clause is "there'd / there would be no ..." asserts the denial, as decision 0919's "if I
stop, there is no withdrawal" does; another hedge of the sentence keeps it Possible. The sentences and documents are
invented."""

import pytest
from extracting import rule_claims

claims = rule_claims

NADOLOL = "# Nadolol notes\n\nNadolol is taken once a day. "


def denied(certainty: str) -> set[tuple]:
    return {("nadolol", "hasWithdrawalEffect", "withdrawal-syndrome", True, certainty, "rule:withdrawal")}


CASES = [
    (NADOLOL + "If it's stopped there are no withdrawal effects.\n", denied("Asserted")),
    (
        NADOLOL + "If it was ever stopped there'd be no withdrawal, though the nurse would check his pulse.\n",
        denied("Asserted"),
    ),
    (NADOLOL + "When it's stopped, there would be no withdrawal at all.\n", denied("Asserted")),
    # another hedge of the denial keeps it Possible
    (NADOLOL + "If it's stopped there may be no withdrawal effects.\n", denied("Possible")),
    (NADOLOL + "Perhaps if it was stopped there'd be no withdrawal.\n", denied("Possible")),
    # a withdrawal that does come is not touched
    (
        NADOLOL + "If it's stopped suddenly, withdrawal symptoms may follow.\n",
        {("nadolol", "hasWithdrawalEffect", "withdrawal-syndrome", False, "Possible", "rule:withdrawal")},
    ),
    # a question asserts nothing
    (NADOLOL + "If it's stopped, is there any withdrawal?\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
