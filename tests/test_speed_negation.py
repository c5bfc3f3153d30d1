"""The shortcuts `negation.statuses` takes for speed give what the plain spaCy path gives (decision 0430)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.read import read_corpus
from graph_build.text import negation
from graph_build.text.normalise import normalise
from graph_build.text.segment import segment

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
    """Read twice: the first time (from the Doc) teaches the chunks, the second reads them back."""
    nlp = negation._pipeline()[0]
    negation._CHUNKS.clear()
    for sentence in sentences:
        negation._tokens(nlp, sentence)
    remembered = 0
    for sentence in sentences:
        tokens, doc = negation._tokens(nlp, sentence)
        assert tokens == [t.lower_ for t in nlp.make_doc(sentence)], sentence
        remembered += doc is None
    assert remembered > len(sentences) * 0.9  # the shortcut serves nearly every sentence


def test_tokens_build_a_doc_for_what_they_cannot_vouch_for():
    nlp = negation._pipeline()[0]
    for text in ("two  spaces", " leading space", "a\ttab", "no-break\u00a0space", ""):
        negation._tokens(nlp, text)
        tokens, doc = negation._tokens(nlp, text)
        assert doc is not None and tokens == [t.lower_ for t in doc]


def test_a_straddling_special_case_is_not_learnt():
    """Chunks whose neighbouring tokens could belong to one special case (":" and ")" of ":)") are not
    remembered from that sentence."""
    nlp = negation._pipeline()[0]
    negation._CHUNKS.clear()
    negation._tokens(nlp, "so : ) fine")
    assert ":" not in negation._CHUNKS and ")" not in negation._CHUNKS
    assert negation._tokens(nlp, "so : ) fine")[1] is not None


def test_statuses_same_as_through_the_doc(sentences, monkeypatch):
    """Every word of every sentence as a span: the verdicts with the shortcut equal those tokenising each
    sentence with spaCy (the shortcut switched off)."""
    fast = []
    for sentence in sentences:
        spans = [(i, i + len(w)) for i, w in _words(sentence)]
        fast.append(negation.statuses(sentence, spans))
    assert any(s.negated for ss in fast for s in ss) and any(s.certainty != "Asserted" for ss in fast for s in ss)

    def through_the_doc(nlp, sentence):
        doc = nlp.make_doc(sentence)
        return [t.lower_ for t in doc], doc

    monkeypatch.setattr(negation, "_tokens", through_the_doc)
    slow = [negation.statuses(s, [(i, i + len(w)) for i, w in _words(s)]) for s in sentences]
    assert fast == slow


def _words(sentence: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for word in sentence.split():
        pos = sentence.index(word, pos)
        out.append((pos, word))
        pos += len(word)
    return out


def _described(modifiers) -> list[tuple]:
    return [(m.category, m.modifier_span, m.scope_span, m.rule.literal) for m in modifiers]


def test_modifiers_are_those_context_writes(sentences, monkeypatch):
    """`_modifiers` (ConText's steps without spaCy's extension writes, decision 0960) gives every entity the
    modifiers medspacy's own `ConText.__call__` writes to `Span._.modifiers`, in the same order: every word of
    every sentence as an entity, with the full rule set. One deliberate difference (decision 0860): a termination's
    scope is its own words, so it ends every cue whose scope it lies in (medspacy limits a scope only by a
    modifier whose scope overlaps it at an edge); medspacy is run here with the same change."""
    from medspacy.context import ConTextGraph

    update_scopes = ConTextGraph.update_scopes

    def terminations_in_place(graph) -> None:
        for modifier in graph.modifiers:
            if modifier.direction.upper() == "TERMINATE":
                modifier._scope_start, modifier._scope_end = modifier.modifier_span
        update_scopes(graph)

    monkeypatch.setattr(ConTextGraph, "update_scopes", terminations_in_place)
    nlp, context, _ = negation._pipeline()
    modified = 0
    for sentence in sentences:
        ours, theirs = nlp.make_doc(sentence), nlp.make_doc(sentence)
        for doc in (ours, theirs):
            if len(doc) > 1:
                doc[0].is_sent_start, doc[-1].is_sent_start = True, False
        spans = [(i, i + len(w)) for i, w in _words(sentence)]
        targets = [ours.char_span(a, b, label="ENTITY", alignment_mode="expand") for a, b in spans]
        theirs.ents = [theirs.char_span(a, b, label="ENTITY", alignment_mode="expand") for a, b in spans]
        found = negation._modifiers(context, ours, targets)
        context(theirs)
        expected = [_described(ent._.modifiers) for ent in theirs.ents]
        assert [_described(found.get(id(t), ())) for t in targets] == expected, sentence
        modified += sum(bool(e) for e in expected)
    assert modified > 100  # negations and hedges were found, so the comparison says something


def test_clause_bounds_from_the_token_list_are_those_of_the_doc(sentences):
    """`_negated_relatives` and `_subordinate_end` read the lower-case token list (decision 0960): on every sentence
    (and invented ones that hold such clauses) they find what reading the Doc's tokens finds."""
    nlp = negation._pipeline()[0]
    invented = ["While it is not known, it helps, too.", "People who have not had it, and those who never did: fine."]
    found = 0
    for sentence in [*sentences, *invented]:
        doc = nlp.make_doc(sentence)
        relatives = []
        for t in doc:
            reach = doc[t.i + 1 : t.i + 1 + negation.RELATIVE_REACH]
            if t.lower_ in negation.RELATIVE and any(w.lower_ in negation.RELATIVE_NEGATIONS for w in reach):
                end = next((w.i for w in doc[t.i + 1 :] if w.lower_ in negation.RELATIVE_ENDS), len(doc))
                relatives.append((t.i, end))
        opening = len(doc) >= 3 and doc[0].lower_ in negation.SUBORDINATORS
        closed = next((t.i for t in doc if t.text == ","), None) if opening else None
        tokens = [t.lower_ for t in doc]
        assert negation._negated_relatives(tokens) == relatives and negation._subordinate_end(tokens) == closed
        found += len(relatives) + (closed is not None)
    assert found >= 4
