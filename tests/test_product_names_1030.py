"""Decision 1030: a side effect named only as what a product is for ("his asthma inhaler", "her eczema cream") is no
side effect. The sentences and documents are invented."""

import pytest
from extracting import rule_claims

claims = rule_claims


SERTRALINE = "# Sertraline notes\n\nSertraline is taken once a day. "
WARFARIN = ("sertraline", "interactsWith", "warfarin", True, "Asserted", "rule:interaction-denied")

CASES = [
    # the inhaler named by its illness: no denied asthma
    (SERTRALINE + "It doesn't interact with warfarin, and it doesn't affect his asthma inhaler.\n", {WARFARIN}),
    (SERTRALINE + "It doesn't affect her eczema cream.\n", set()),
    # must not change: the illness named as itself
    (
        SERTRALINE + "It doesn't interact with warfarin, and it can cause asthma.\n",
        {WARFARIN, ("sertraline", "hasAdverseEffect", "asthma", False, "Asserted", "rule:adverse-cue")},
    ),
    (
        SERTRALINE + "It can cause eczema.\n",
        {("sertraline", "hasAdverseEffect", "eczema", False, "Asserted", "rule:adverse-cue")},
    ),
    # hedged effect kept beside the product named by its illness
    (
        SERTRALINE + "It may cause a rash, but it doesn't affect her eczema cream.\n",
        {("sertraline", "hasAdverseEffect", "exanthema", False, "Possible", "rule:adverse-cue")},
    ),
    # a question asserts nothing
    (SERTRALINE + "Does it affect her eczema cream?\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
