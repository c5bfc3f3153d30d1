"""Decision 0743: lay verbs of lowering, "calms Y" (a condition or a process) and "damps down Y" (a process named by
a nominalisation), read as the other lowering verbs are. The sentences are invented, with names of the lexicon; each
test asserts the exact set of increases/decreases/alleviates claims, polarity and hedge included.
"""

import pytest
from extracting import polarity_claims

MOVES = frozenset({"increases", "decreases", "alleviates"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sertraline calms anxiety in most people.", {("sertraline", "decreases", "anxiety", False, False)}),
        ("Lavender oil does not calm anxiety.", {("lavender-oil", "decreases", "anxiety", True, False)}),
        ("Ibuprofen may calm inflammation in the joints.", {("ibuprofen", "decreases", "inflammation", False, True)}),
        # "calms down" is intransitive: the symptom easing, no agent's act
        ("The itching calms down after a few days.", set()),
        # "damps down" a nominalised process, as "dampens" does
        (
            "Ketotifen damps down the release of histamine from mast cells.",
            {("ketotifen", "decreases", "histamine-release", False, False)},
        ),
        (
            "Ketotifen does not damp down the release of histamine.",
            {("ketotifen", "decreases", "histamine-release", True, False)},
        ),
    ],
)
def test_lay_lowering(text: str, expected: set, lexicon: dict) -> None:
    assert {k for k in polarity_claims(text, lexicon) if k[1] in MOVES} == expected
