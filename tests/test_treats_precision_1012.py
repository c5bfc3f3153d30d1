"""Decision 1012: a person's "help" is no use of the drug. In a list under a sentence that names the drug, "- She can
help with the warm-ups and the cramps" says what a person helps with; the treats cue's "help" is the drug's ("- It can
help with the cramps"). The helper is a personal pronoun that never stands for a medicine (she, he, I, we, you), then
auxiliaries or adverbs, then "help"; what its clause names after it is not treated by the drug in focus. Each case
asserts the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences
are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims

LEAD = "Baclofen for spasticity\n\nBaclofen relaxes the muscles.\n"
CRAMP = ("baclofen", "treats", "muscle-cramp")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a person's help is no use
        ("- She can help with the warm-ups and the cramps.", set()),
        ("- He helps with the cramps and the warm-ups.", set()),
        ("- We will help with the cramps on the day.", set()),
        # the drug's help is a use: the pronoun for the drug, hedged, after a person's help in a clause of its own,
        # the drug named
        ("- It can help with the cramps.", {(*CRAMP, False, "Asserted")}),
        ("- It may help with the cramps.", {(*CRAMP, False, "Possible")}),
        ("- I help with the stretches, and it helps with the cramps.", {(*CRAMP, False, "Asserted")}),
        (
            "- Baclofen tablets help with the cramps.",
            {(*CRAMP, False, "Asserted"), ("baclofen", "hasFormulation", "tablet", False, "Asserted")},
        ),
        # a denied use stays denied
        ("- It does not help with the cramps.", {(*CRAMP, True, "Asserted")}),
        # a question states no use
        ("- Can she help with the cramps?", set()),
    ],
)
def test_person_help_is_no_use(lexicon, line, expected):
    assert claims(LEAD + line, lexicon) == expected
