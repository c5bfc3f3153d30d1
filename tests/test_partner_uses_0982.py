"""Decision 0982: the partner a denied interaction has just cleared is what a following "so ... that / these / those
... for Y" is taken for ("X does not interact with ibuprofen, so you can take that for toothache", "... so that's fine
for period pain", "... so that can be taken for Y"). The sentences are invented; each case asserts every claim the
document gives (subject, predicate, object, negated, certainty), the cases that must give no use included."""

import pytest
from test_treats_subjects_0941 import claims

TITLE = "Lisinopril for high blood pressure\n\nLisinopril lowers blood pressure. "
LOWERS = ("lisinopril", "decreases", "blood-pressure", False, "Asserted")


def cleared(*partners: str) -> set:
    return {("lisinopril", "interactsWith", p, True, "Asserted") for p in partners}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a taker who can take / use / have "that" for Y: the partner's use
        (
            "Lisinopril does not interact with ibuprofen, so you can take that for toothache.",
            {LOWERS, ("ibuprofen", "treats", "toothache", False, "Asserted")} | cleared("ibuprofen"),
        ),
        # ... "that's fine for Y", the contracted "doesn't"
        (
            "It doesn't interact with naproxen, so that's fine for period pain.",
            {LOWERS, ("naproxen", "treats", "dysmenorrhea", False, "Asserted")} | cleared("naproxen"),
        ),
        # ... a list of partners and "these": each partner's use
        (
            "It does not interact with aspirin or ibuprofen, so these are fine for a migraine.",
            {
                LOWERS,
                ("aspirin", "treats", "migraine-disorders", False, "Asserted"),
                ("ibuprofen", "treats", "migraine-disorders", False, "Asserted"),
            }
            | cleared("aspirin", "ibuprofen"),
        ),
        # ... the partner's product noun before ", so", a named taker, "still", the occasion after the condition
        (
            "It does not interact with his loratadine tablets, so Martin can still use those for his hay fever as "
            "usual.",
            {LOWERS, ("loratadine", "treats", "rhinitis-allergic-seasonal", False, "Asserted")} | cleared("loratadine"),
        ),
        # nothing: the taker cannot take it, or the interaction is not denied, or a modal of doubt
        (
            "It does not interact with ibuprofen, so you cannot take that for toothache.",
            {LOWERS} | cleared("ibuprofen"),
        ),
        (
            "It interacts with ibuprofen, so you should not take that for toothache.",
            {LOWERS, ("lisinopril", "interactsWith", "ibuprofen", False, "Asserted")},
        ),
        ("It does not interact with ibuprofen, so that may be fine for toothache.", {LOWERS} | cleared("ibuprofen")),
    ],
)
def test_partner_use(text: str, expected: set, lexicon: dict) -> None:
    assert claims(TITLE + text + "\n", lexicon) == expected
