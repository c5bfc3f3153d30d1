"""One list of plain denial words for the modules that look for a denied clause (decision 0815): each reader's
pattern is the plain denial plus the words it names, and reads what it read before."""

from __future__ import annotations

import pytest

from graph_build.text import (
    after_event,
    class_fields,
    condition_medicine,
    dose_lines,
    framed_claims,
    fronted_uses,
    pk_phrases,
    relate_cues,
)
from graph_build.text.denial_words import DENIAL, denial_words

PLAIN = ["Zorvane is not a remedy for gout.", "It never eases cramps.", "There is no cure.", "It doesn't help."]
NOT_DENIED = ["A note on dosing.", "Nothing else is known.", "The knot was tied.", "It is nonsteroidal."]


@pytest.mark.parametrize(
    ("pattern", "more", "without"),
    [
        (pk_phrases.DENIED, [], ["Neither helps.", "It cannot help."]),
        (condition_medicine.NEGATION, ["Neither helps.", "Nor does it help."], ["It cannot help.", "None help."]),
        (fronted_uses.NEGATION, ["None help.", "Neither helps.", "It cannot help."], ["Used without food."]),
        (framed_claims.NEGATION, ["It cannot help.", "It doesn\u2019t help."], ["Neither helps."]),
        (class_fields.NEGATED, ["A non drug measure."], ["It cannot help."]),
        (dose_lines.DENIED, ["Take without food.", "It cannot help.", "Use instead."], ["Take with or without food."]),
        (after_event.DENIAL, ["Stop taking it.", "Avoid alcohol.", "It cannot help."], ["You need to stop it."]),
    ],
)
def test_each_reader_is_the_plain_denial_and_the_words_it_names(pattern, more, without):
    assert all(pattern.search(s) for s in PLAIN + more)
    assert not any(pattern.search(s) for s in NOT_DENIED + without)


def test_the_cue_reader_is_case_sensitive_on_lowered_text():
    assert relate_cues.NEGATION_WORD.search("it cannot help, even without food")
    assert not relate_cues.NEGATION_WORD.search("Not a cure")  # (it reads lower-cased text)
    assert len(relate_cues.NEGATION_WORD.findall("not without reason")) == 2


def test_the_plain_denial_is_built_once():
    assert denial_words() == DENIAL == r"\b(not|never|no)\b|n't\b"
