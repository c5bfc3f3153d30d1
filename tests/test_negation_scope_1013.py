"""Decision 1013: a clause after ", and" / ", but" whose subject is a noun phrase of its own and whose verb is a copula
("It doesn't interact with ibuprofen, and paracetamol is fine for the headache") is out of the first clause's denial;
a clause denied on its own keeps its denial. A possessive before a partner ("with her water tablets") keeps the
tablets a partner, not a second subject. Each case asserts the whole set of claims the short text gives (subject,
predicate, object, negated, certainty). The sentences are invented (by decision 1012's helper; kept by the lead)."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula clause with its own subject after ", and": out of the denial of the interaction; "paracetamol is fine
        # for the headache" is its use, no denied interaction (none read since decision 1031)
        (
            "Sertraline for depression\n\nIt doesn't interact with ibuprofen, and paracetamol is fine for the "
            "headache.",
            {
                ("acetaminophen", "treats", "headache", False, "Asserted"),
                ("sertraline", "interactsWith", "ibuprofen", True, "Asserted"),
            },
        ),
        # a possessive before the partner: the tablets are the partner, not a second subject of "is fine"
        (
            "Sertraline for depression\n\nIt doesn't interact with her water tablets, and paracetamol is fine for a "
            "headache.",
            {
                ("acetaminophen", "treats", "headache", False, "Asserted"),
                ("sertraline", "interactsWith", "diuretic", True, "Asserted"),
            },
        ),
        # the new clause denied on its own stays denied
        (
            "Sertraline for depression\n\nIt does not treat colds, and flu is not helped by it either.",
            {
                ("sertraline", "treats", "common-cold", True, "Asserted"),
                ("sertraline", "treats", "human-influenza", True, "Asserted"),
            },
        ),
        # an effect in the new clause is asserted with its own frequency
        (
            "Sertraline for depression\n\nIt does not cause weight gain, and nausea is uncommon.",
            {
                ("sertraline", "hasAdverseEffect", "nausea", False, "Occasional"),
                ("sertraline", "hasAdverseEffect", "weight-gain", True, "Asserted"),
            },
        ),
    ],
)
def test_negation_scope(lexicon, text, expected):
    assert claims(text, lexicon) == expected
