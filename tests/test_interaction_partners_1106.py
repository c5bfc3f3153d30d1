"""Decision 1106: interaction partners, round 49. A class narrowed by "strong" (as by "some", "certain") with
examples after it is no partner, its examples are, also across a lay head noun ("antifungal tablets such as"), a
coordinated second class ("some antibiotics and antifungals, like") and a restrictive relative clause ("antibiotics
that can upset the kidneys, such as"); a denial whose first item the text names in unknown words ("with his inhaler
or with B") denies B. The sentences are invented."""

import pytest
from extracting import rule_claims

claims = rule_claims

TAMSULOSIN = "# Tamsulosin notes\n\nTamsulosin is taken once a day. "
HEADED = "# Tamsulosin\n\n## Interactions\n\n"
DENIED = "rule:interaction-denied"

CASES = [
    # "strong" narrows the class: its example is the partner, the class is not
    (
        TAMSULOSIN + "It interacts with strong antifungal tablets such as ketoconazole.\n",
        {
            ("ketoconazole", "isA", "antifungal-agent", False, "Asserted", "rule:hyponym-such-as"),
            ("tamsulosin", "interactsWith", "ketoconazole", False, "Asserted", "rule:combined-with"),
        },
    ),
    # must not change: the class unnarrowed, with its example
    (
        TAMSULOSIN + "It interacts with antifungal tablets such as ketoconazole.\n",
        {
            ("ketoconazole", "isA", "antifungal-agent", False, "Asserted", "rule:hyponym-such-as"),
            ("tamsulosin", "interactsWith", "antifungal-agent", False, "Asserted", "rule:combined-with"),
            ("tamsulosin", "interactsWith", "ketoconazole", False, "Asserted", "rule:combined-with"),
        },
    ),
    # a restrictive relative clause between the narrowed class and its example
    (
        TAMSULOSIN + "It interacts with certain antibiotics that can upset the kidneys, such as gentamicin.\n",
        {("tamsulosin", "interactsWith", "gentamicin", False, "Asserted", "rule:combined-with")},
    ),
    # one qualifier over two classes: neither is a partner
    (
        HEADED + "- Some antibiotics and antifungals, like clarithromycin, push its level up.\n",
        {("tamsulosin", "interactsWith", "clarithromycin", False, "Asserted", "rule:level-of")},
    ),
    # must not change: the two classes unnarrowed
    (
        HEADED + "- Antibiotics and antifungals, like clarithromycin, push its level up.\n",
        {
            ("tamsulosin", "interactsWith", "antibiotic", False, "Asserted", "rule:interaction-list"),
            ("tamsulosin", "interactsWith", "antifungal-agent", False, "Asserted", "rule:interaction-list"),
            ("tamsulosin", "interactsWith", "clarithromycin", False, "Asserted", "rule:level-of"),
        },
    ),
    # a denial whose first item is in unknown words: the named partner after the repeated "with" is denied
    (
        TAMSULOSIN + "It doesn't interact with his inhaler or with paracetamol.\n",
        {("tamsulosin", "interactsWith", "acetaminophen", True, "Asserted", DENIED)},
    ),
    (
        TAMSULOSIN + "It may not interact with her inhaler or with paracetamol.\n",
        {("tamsulosin", "interactsWith", "acetaminophen", True, "Possible", DENIED)},
    ),
    # near misses: a question; "it" that may be another person's medicine; a first item that is a clause
    (TAMSULOSIN + "Does it interact with my inhaler or with paracetamol?\n", set()),
    (TAMSULOSIN + "Jo takes warfarin. It doesn't interact with her inhaler or with paracetamol.\n", set()),
    (TAMSULOSIN + "It doesn't interact with anything that he takes or with paracetamol.\n", set()),
    # must not change: a coordinated clause of its own
    (
        TAMSULOSIN + "It doesn't interact with his inhaler, and ibuprofen is fine.\n",
        {("tamsulosin", "interactsWith", "ibuprofen", True, "Asserted", "rule:no-interaction")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
