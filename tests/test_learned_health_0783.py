"""The health-article relation classifier learned from the development golds (decision 0783): deterministic
training, no claim under a negation or a hedge, none for a pair the rules related, and a model whose provenance
names the committed gold files. Sentences invented."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
import yaml

from graph_build.read import Document
from graph_build.text import learned_health
from graph_build.text.extract import extract_document
from graph_build.text.learned import Model
from ontology.lexicon import load_lexicon

TEXT = """Ramipril for patients

Ramipril and high blood pressure are the topic of this leaflet. It is not a treatment for gout.
Ramipril may help with migraine. Some people take ramipril with aspirin after a stroke. Ramipril treats heart failure.
"""


def _always(label: str) -> Model:
    """A model that gives `label` to every pair (its bias row alone)."""
    weights = np.zeros((1, len(learned_health.LABELS)), dtype=np.float32)
    weights[0, learned_health.LABELS.index(label)] = 10.0
    return Model(weights, {"bias": 0}, learned_health.LABELS)


def _claims(monkeypatch, model: Model | None, precision: dict[str, float], text: str = TEXT, **kw) -> set[tuple]:
    monkeypatch.setattr(learned_health, "load", lambda: model)
    monkeypatch.setattr(learned_health, "measured_precision", lambda: precision)
    doc = Document("d", "t", "d.txt", "", text, Path("d.txt"))
    out = extract_document(doc, load_lexicon(), **kw).claims
    return {(c.subject, c.predicate, c.object, c.negated, c.hedged, str(c.evidence[0].confidence)) for c in out}


def test_learned_claims_only_for_unrelated_asserted_pairs(monkeypatch):
    rules = _claims(monkeypatch, None, {}, health_learned=False)
    both = _claims(monkeypatch, _always("treats"), {"treats": 0.8}, health_learned=True)
    # the negated gout and the hedged migraine stay as the rules read them (no second, asserted claim), and the
    # heart failure the rules related gets no second claim; the pairs no rule related and no cue governs do
    assert both - rules == {
        ("ramipril", "treats", "hypertension", False, False, "0.80"),
        ("ramipril", "treats", "stroke", False, False, "0.80"),
        ("aspirin", "treats", "stroke", False, False, "0.80"),
    }
    assert rules <= both


def test_the_drug_through_it_is_recorded(monkeypatch):
    monkeypatch.setattr(learned_health, "load", lambda: _always("treats"))
    monkeypatch.setattr(learned_health, "measured_precision", lambda: {"treats": 0.8})
    text = "Ramipril for patients\n\nRamipril is a tablet. It is often taken by people who also have gout.\n"
    claims = extract_document(Document("d", "t", "d.txt", "", text, Path("d.txt")), load_lexicon(), health_learned=True)
    # (the learned reading only: "Ramipril is a tablet" also states a form, decision 0826)
    assert [
        (c.subject, c.predicate, c.object, c.evidence[0].resolved_from)
        for c in claims.claims
        if c.predicate == "treats"
    ] == [("ramipril", "treats", "gout", "It")]


def test_it_under_a_heading_about_an_illness_is_not_the_drug(monkeypatch):
    text = (
        "Ramipril for patients\n\nRamipril is a tablet for the heart.\n\n"
        "## What is gout?\n\nIt often comes with kidney disease.\n"
    )
    found = _claims(monkeypatch, _always("treats"), {"treats": 0.8}, text, health_learned=True)
    assert {c for c in found if c[1] == "treats"} == set()  # ("Ramipril is a tablet ..." states a form: 0826)


def test_a_predicate_below_the_floor_is_never_emitted(monkeypatch):
    rules = _claims(monkeypatch, None, {}, health_learned=False)
    assert _claims(monkeypatch, _always("treats"), {"treats": 0.74}, health_learned=True) == rules


def test_off_by_default(monkeypatch):
    rules = _claims(monkeypatch, None, {}, health_learned=False)
    assert _claims(monkeypatch, _always("treats"), {"treats": 0.99}) == rules


GOLD = """Naproxen for patients

Naproxen is a tablet. It is used for gout. Some people take ibuprofen with naproxen.
"""


def _corpus(root: Path) -> Path:
    corpus = root / "tiny"
    (corpus / "claims").mkdir(parents=True)
    text = GOLD
    (corpus / "n.txt").write_text(text, encoding="utf-8")
    quote = "It is used for gout."
    start = text.index(quote)
    claims = {
        "document": "n",
        "claims": [
            {
                "id": "naproxen-treats-gout",
                "subject": "naproxen",
                "predicate": "treats",
                "object": "gout",
                "evidence": [{"quote": quote, "start": start, "end": start + len(quote)}],
            }
        ],
    }
    (corpus / "claims" / "n.yaml").write_text(yaml.safe_dump(claims, sort_keys=False), encoding="utf-8")
    return corpus


def test_training_is_deterministic(tmp_path):
    from graph_build.text.train_health import collect, train_model

    corpus = _corpus(tmp_path)
    sets = [collect("tiny", corpus, corpus / "claims")]
    labels = [label for d in sets[0].documents for label in d.labels]
    assert "treats" in labels and "none" in labels
    train_model(sets, tmp_path / "a.npz")
    train_model(sets, tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


def test_the_model_was_trained_on_the_committed_golds():
    from graph_build.text.train_health import gold_files, gold_sets

    if not learned_health.PROVENANCE.exists():
        pytest.skip("no health model committed")
    root = Path(learned_health.__file__).resolve().parents[2]
    recorded = json.loads(learned_health.PROVENANCE.read_text(encoding="utf-8"))["gold_files"]
    now = {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for _, corpus, gold in gold_sets()
        for p in gold_files(corpus, gold)
    }
    changed = sorted(set(now.items()) ^ set(recorded.items()))
    assert not changed, (
        f"the development golds changed since the health model was trained ({len(changed)} differences, e.g. "
        f"{changed[0][0]}): run `python -m graph_build.text.train --health --loso` and commit "
        "graph_build/text/models/health-model.*"
    )
    model = learned_health.MODELS / json.loads(learned_health.PROVENANCE.read_text(encoding="utf-8"))["model"]
    sha = json.loads(learned_health.PROVENANCE.read_text(encoding="utf-8"))["model_sha256"]
    assert hashlib.sha256(model.read_bytes()).hexdigest() == sha
