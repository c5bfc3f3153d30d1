"""Decision 1077: a chat line that starts its next sentence in lower case ("it isn't a steroid. the nurse said it is
an antibody") ends the first sentence there, so that its denial does not reach the next; a unit, an abbreviation, an
initial, an ellipsis or a lower-case word that opens no clause keeps one sentence. Each extraction case asserts the
whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are
invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.segment import segment

claims = certainty_claims

CHAT_TEXT = "Dupilumab for eczema\n\nsam: "
NOT_STEROID = ("dupilumab", "isA", "corticosteroid", True, "Asserted")
ANTIBODY = ("dupilumab", "isA", "monoclonal-antibody", False, "Asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case clause after a stop: a sentence of its own, the denial stays behind
        (CHAT_TEXT + "it isn't a steroid. the nurse said it is a monoclonal antibody", {NOT_STEROID, ANTIBODY}),
        (CHAT_TEXT + "it isn't a steroid. it is a monoclonal antibody", {NOT_STEROID, ANTIBODY}),
        (
            CHAT_TEXT + "it isn't a steroid. she said it treats eczema",
            {NOT_STEROID, ("dupilumab", "treats", "eczema", False, "Asserted")},
        ),
        # a question before it: nothing denied, the next clause asserted
        (CHAT_TEXT + "it isn't a steroid? it is a monoclonal antibody", {ANTIBODY}),
    ],
)
def test_chat_sentence_ends(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("it isn't one. the doctor called it another", ["it isn't one.", "the doctor called it another"]),
        ("no. it didn't help", ["no.", "it didn't help"]),
        ("that's it. there's more", ["that's it.", "there's more"]),
        # guards: a unit, an abbreviation, an initial, an ellipsis, a lower-case word that opens no clause
        ("take 5 mg. it is fine", ["take 5 mg. it is fine"]),
        ("see e.g. it is here", ["see e.g. it is here"]),
        ("approx. it is half", ["approx. it is half"]),
        ("ask Dr. A. it is fine", ["ask Dr. A. it is fine"]),
        ("and then... it got better", ["and then... it got better"]),
        ("a dose of 2.5 mg daily", ["a dose of 2.5 mg daily"]),
        ("it isn't one. the doctor, though", ["it isn't one. the doctor, though"]),
        ("it is used. eczema is itchy", ["it is used. eczema is itchy"]),
    ],
)
def test_lower_case_sentence_ends(text: str, sentences: list[str]) -> None:
    assert [s.text for s in segment(text)] == sentences
