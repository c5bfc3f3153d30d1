"""Decision 1009: two negation flips of round 44's never-tuned run, as shapes. A denial whose clause opens with
"they" ("Her A and her B are fine; they do not interact with it") rests on the plural its own sentence names, never
on a drug of the sentence before when one unit holds both (a splitter that keeps "in A&E. Her ..." together); and a
negation inside a non-restrictive relative clause closed by a comma ("If she takes it nightly, which she isn't meant
to, stopping suddenly can bring on Y") denies that clause only, not the main clause it interrupts. Each case asserts
the whole set of claims of a short text: (subject, predicate, object, negated, certainty). The sentences are
invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.negation import _comma_relatives
from graph_build.text.relate_interactions import they_subjects
from graph_build.text.units import Unit

claims = certainty_claims

MAOI = "Phenelzine for depression\n\n"
SLEEP = "Zolpidem for insomnia\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the flip's shape: the sentence before ends in "A&E." and stays in the unit; "they" is its own sentence's
        (
            MAOI + "Tramadol is also off limits, in case he needs pain relief at A&E. His ibuprofen and his "
            "paracetamol are fine; they do not interact with it.",
            {
                ("phenelzine", "interactsWith", "acetaminophen", True, "Asserted"),
                ("phenelzine", "interactsWith", "ibuprofen", True, "Asserted"),
            },
        ),
        # the same sentence alone: unchanged
        (
            MAOI + "His ibuprofen and his paracetamol are fine; they do not interact with it.",
            {
                ("phenelzine", "interactsWith", "acetaminophen", True, "Asserted"),
                ("phenelzine", "interactsWith", "ibuprofen", True, "Asserted"),
            },
        ),
        # near miss: "they" whose own sentence names no medicine is not the drug of the sentence before
        (MAOI + "Tramadol is off limits at A&E. They do not interact with it.", set()),
        # near miss: a question denies nothing
        (MAOI + "Tramadol is off limits at A&E. His ibuprofen and his paracetamol are fine; do they interact with it?",
         set()),
        # a plain denial with a named subject: unchanged
        (MAOI + "Paracetamol does not interact with it.", {("phenelzine", "interactsWith", "acetaminophen", True,
                                                             "Asserted")}),
        # the second flip's shape: the "isn't" is the relative clause's, the withdrawal is asserted
        (
            SLEEP + "If she ever takes it nightly, which she isn't meant to, stopping suddenly can bring on "
            "withdrawal: women in one study had some trouble sleeping and nausea.",
            {
                ("zolpidem", "hasWithdrawalEffect", "insomnia", False, "Asserted"),
                ("zolpidem", "hasWithdrawalEffect", "nausea", False, "Asserted"),
            },
        ),
        # near miss: the main clause's own denial still denies
        (
            SLEEP + "If it is taken every night, stopping suddenly does not cause withdrawal: people in one study had "
            "no headaches or anxiety.",
            {
                ("zolpidem", "hasWithdrawalEffect", "anxiety", True, "Asserted"),
                ("zolpidem", "hasWithdrawalEffect", "headache", True, "Asserted"),
            },
        ),
    ],
)  # fmt: skip
def test_polarity_flips(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_they_rests_on_own_sentence():
    u = Unit("Avoid A. B and C are fine; they do not interact with it.",
             [(6, 7, "a", "Drug"), (9, 10, "b", "Drug"), (15, 16, "c", "Drug")])  # fmt: skip
    assert [m[2] for m in they_subjects(u, 39)] == ["b", "c"]
    assert they_subjects(Unit("Avoid A. They do not interact with it.", [(6, 7, "a", "Drug")]), 21) == []
    assert they_subjects(Unit("A does not interact with it.", [(0, 1, "a", "Drug")]), 11) is None


def test_relative_clause_needs_its_closing_comma():
    # closed by a comma: an aside; running to the sentence's end: no aside (the mention may be the clause's own)
    assert _comma_relatives(["if", "used", ",", "which", "it", "is", "n't", ",", "y"]) == [(2, 7)]
    assert _comma_relatives(["it", "causes", "y", ",", "which", "is", "not", "z", "."]) == []
    assert _comma_relatives(["y", ",", "who", "does", "not", "smoke", "-", "z"]) == [(1, 6)]
