"""The text-level trigger test of negation.py (decision 0968): a sentence it passes over holds no ConText trigger
among its spaCy tokens, so skipping the tokenizer changes no verdict."""

from __future__ import annotations

import pytest

from graph_build.text import negation

SENTENCES = [
    "It helps with pain.",
    "It eases muscle spasms and lowers fever.",
    "It cannot help with nerve pain.",
    "It couldn't help with nerve pain.",
    "Itll ease the cramps.",
    "It mightve eased the cramps.",
    "It doesnt work for migraine.",
    "There is no evidence that it lowers blood pressure.",
    "It is sometimes used for tremors.",
    "We tested whether it eases pain.",
    "It works within 5may hours.",
    "It is used (may be given) for gout.",
    "The dose: 5 mg a day.",
    "It was not associated with weight gain.",
    "Nonsteroidal painkillers ease aches; notably, joint aches.",
    "It is known to ease cramps.",
    "Its effect is well documented in adults.",
    "It blocks the receptor, so the signal stops.",
    "It is cheap, and neither used for Y nor for Z.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_passed_over_holds_no_trigger(sentence: str) -> None:
    nlp, _, triggers = negation._pipeline()
    tokens = [t.lower_ for t in nlp.make_doc(sentence)]
    if triggers.found_in(tokens):
        assert negation._text_triggers().found_in(sentence.lower())


def test_special_cases_and_phrases_are_found_in_the_text() -> None:
    found = negation._text_triggers().found_in
    assert found("it cannot help.") and found("it couldn't help.") and found("it mightve helped.")
    assert found("there is little evidence of benefit.") and found("we aimed to test it.")
    assert not found("it eases muscle spasms and lowers fever.")


def test_verdicts_of_sentences_without_triggers_are_asserted() -> None:
    assert negation.statuses("It eases muscle spasms and lowers fever.", [(9, 22), (34, 39)]) == [
        negation.ASSERTED,
        negation.ASSERTED,
    ]
    assert negation.statuses("It cannot ease muscle spasms.", [(15, 28)])[0].negated
