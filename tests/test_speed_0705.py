"""Decision 0705: the pre-checks of the speed round give the answers of the scans they stand before (invented text)."""

from __future__ import annotations

import itertools

from graph_build.text.doubts import _slug_words, _words_of
from graph_build.text.recognise import GLOSS_AFTER, _gloss_after, _words, recognise
from graph_build.text.subjects import CLAUSE_WORDS, _has_clause_word, clause_start

SPANS = [
    ", a liver problem ",
    " (a rare bone disease ",
    ", and a kidney problem ",
    ", a headache, or a bad ",
    " is often given, (see below) and then a ",
    " taken with food, as an ",
    ", an ",
    "(an ",
    " with nothing between ",
    ", a rash, (a small red ",
    ", a very long-lasting skin ",
    ", a one two three four ",
]


def test_gloss_after_is_the_search_of_the_span():
    for left, right in itertools.product(["", "It may cause hepatitis", "x; y (z) w"], SPANS):
        text = left + right + "condition."
        start, end = len(left), len(left) + len(right)
        assert _gloss_after(text, start, end) == bool(GLOSS_AFTER.search(text[start:end])), right


def test_a_gloss_is_still_dropped():
    from ontology.lexicon import load_lexicon

    text = "Do not take it if you have gout, a joint problem that comes and goes, or asthma."
    mentions = recognise(text, load_lexicon())[0]
    assert "gout" in {m.slug for m in mentions}
    assert not any("problem" in m.text for m in mentions)  # the gloss names no second condition


def test_clause_words_and_slug_words():
    for low in ["it helps; it hurts", "a but b", "nothing here", "however", "", "unlikely"]:
        assert _has_clause_word(low) == any(w in low for w in CLAUSE_WORDS)
    assert clause_start("a helps, but b hurts", 15) == len("a helps, but")
    assert _slug_words("kidney-stones") == _words_of("kidney stones") == ["kidney", "stone"]


def test_possessives_are_cut_only_where_written():
    assert [w for _, _, w in _words("the doctor's advice isn't new")] == ["the", "doctor", "advice", "isn't", "new"]
    assert [w for _, _, w in _words("DON'T STOP IT'S")] == ["DON'T", "STOP", "IT"]
