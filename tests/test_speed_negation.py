"""The shortcuts `negation.statuses` takes for speed give what the plain spaCy path gives (decision 0430)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build import negation
from graph_build.normalise import normalise
from graph_build.read import read_corpus
from graph_build.segment import segment

ROOT = Path(__file__).resolve().parents[1]


def _sentences() -> list[str]:
    docs = read_corpus(ROOT / "corpus")
    for folder in ("articles", "unseen"):
        docs += read_corpus(ROOT / "tests" / "fixtures" / "extract" / folder)
    return [s.text for d in docs for s in segment(normalise(d.text).text)]


TRICKY = [
    "It can not help, e.g. in pain.",
    "Take it a.m. or p.m. : ) but not :-) here.",
    "Use it w/o food ( see below ) , and/or with milk.",
    "She's not sure it's (always) safe; don't stop.",
    "Doses of 5mg-10mg aren't rare, vs. 20 mg.",
    "a . b o. O x :( y",
    "Ph.D. students 'cause it's 10a.m. now.",
]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _sentences() + TRICKY


def test_tokens_without_a_doc_are_spacys_tokens(sentences):
    nlp = negation._pipeline()[0]
    negation._CHUNKS.clear()
    checked = 0
    for sentence in sentences:
        tokens = negation._tokens(nlp, sentence)
        if tokens is not None:
            assert tokens == [t.lower_ for t in nlp.make_doc(sentence)], sentence
            checked += 1
    assert checked > len(sentences) * 0.9  # the shortcut serves nearly every sentence


def test_tokens_decline_what_they_cannot_vouch_for():
    nlp = negation._pipeline()[0]
    assert negation._tokens(nlp, "two  spaces") is None
    assert negation._tokens(nlp, " leading space") is None
    assert negation._tokens(nlp, "a\ttab") is None
    assert negation._tokens(nlp, "no-break\u00a0space") is None
    assert negation._tokens(nlp, "") is None


def test_statuses_same_as_through_the_doc(sentences, monkeypatch):
    """Every word of every sentence as a span: the verdicts with the shortcut equal those tokenising each
    sentence with spaCy (the shortcut switched off)."""
    fast = []
    for sentence in sentences:
        spans = [(i, i + len(w)) for i, w in _words(sentence)]
        fast.append(negation.statuses(sentence, spans))
    assert any(s.negated for ss in fast for s in ss) and any(s.certainty != "Asserted" for ss in fast for s in ss)
    monkeypatch.setattr(negation, "_tokens", lambda nlp, sentence: None)
    slow = [negation.statuses(s, [(i, i + len(w)) for i, w in _words(s)]) for s in sentences]
    assert fast == slow


def _words(sentence: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for word in sentence.split():
        pos = sentence.index(word, pos)
        out.append((pos, word))
        pos += len(word)
    return out
