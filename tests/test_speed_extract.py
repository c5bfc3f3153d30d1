"""The shortcuts `extract_document` takes for speed change no claim (decision 0960)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.read import read_corpus
from graph_build.text import extract
from ontology.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def documents():
    docs = read_corpus(ROOT / "corpus")
    for folder in ("articles", "unseen"):
        docs += read_corpus(ROOT / "tests" / "fixtures" / "extract" / folder)
    return docs


def _claims(documents, lexicon) -> list:
    return [(c, c.evidence) for d in documents for c in extract.extract_document(d, lexicon).claims]


def test_confidences_shared_within_a_document_are_those_computed_each_time(documents, monkeypatch):
    """A document's claims share the confidences already computed for the same arguments; computing each claim's
    anew gives the same claims and evidence (confidence included)."""
    lexicon = load_lexicon()
    shared = _claims(documents, lexicon)
    calls = []
    original = extract.confidence_for

    def counted(*args):
        calls.append(args)
        return original(*args)

    monkeypatch.setattr(extract, "confidence_for", counted)
    monkeypatch.setattr(extract, "_confidence", lambda *args: counted(*args[:-1]))
    assert _claims(documents, lexicon) == shared
    assert len(set(calls)) < len(calls)  # claims did share arguments: the memo had something to share
