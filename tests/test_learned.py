"""The learned relation classifier (graph_build/text/learned.py, train.py; docs/decisions/0450)."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text import learned
from graph_build.text.learned import LABELS, MODEL, PROVENANCE, Pair, features, read
from ontology.lexicon import load_lexicon

DATA = Path(__file__).parents[1].parent / "shared" / "data"
RELATIONS = DATA / "relations"
needs_data = pytest.mark.skipif(not RELATIONS.is_dir(), reason="../shared/data/relations is absent (public corpora)")


def _pair(text: str, subject: str | None, obj: str, kinds: str = "CD") -> Pair:
    s = None if subject is None else (text.index(subject), text.index(subject) + len(subject))
    o = (text.index(obj), text.index(obj) + len(obj))
    return Pair(text, s, o, kinds[0], kinds[1])


@needs_data
def test_training_is_deterministic(tmp_path):
    from graph_build.text.train import train

    first = train(RELATIONS, out=tmp_path / "a.npz", limit=300)
    second = train(RELATIONS, out=tmp_path / "b.npz", limit=300)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert first["model_sha256"] == second["model_sha256"]
    assert first["pairs_per_label"] == second["pairs_per_label"]


@needs_data
def test_committed_model_provenance_matches_the_data():
    provenance = json.loads(PROVENANCE.read_text(encoding="utf-8"))
    assert provenance["model_sha256"] == hashlib.sha256(MODEL.read_bytes()).hexdigest()
    for item in provenance["training_files"]:
        path = RELATIONS / item["path"].removeprefix("relations/")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == item["sha256"], f"{path} changed: retrain"


def test_committed_model_is_small_and_complete():
    model = read(MODEL)
    assert MODEL.stat().st_size < 5_000_000
    assert model.labels == LABELS
    assert model.weights.shape == (len(model.index), len(LABELS))


@pytest.mark.parametrize(
    ("text", "subject", "obj", "expected"),
    [
        ("Zelorin-induced hepatitis was reported in two patients.", "Zelorin", "hepatitis", "hasAdverseEffect"),
        ("Treatment with zelorin caused severe nausea and vomiting.", "zelorin", "nausea", "hasAdverseEffect"),
        ("Zelorin is indicated for the treatment of hypertension.", "Zelorin", "hypertension", "treats"),
        ("Patients with asthma were successfully treated with zelorin.", "zelorin", "asthma", "treats"),
    ],
)
def test_general_patterns(text, subject, obj, expected):
    # an invented drug name: the label comes from the words around the pair, not from a memorised name
    ((label, _),) = learned.load().predict([_pair(text, subject, obj)])
    assert label == expected


def test_implicit_subject_of_a_label_sentence():
    ((label, _),) = learned.load().predict(
        [_pair("For the relief of the signs and symptoms of arthritis.", None, "arthritis")]
    )
    assert label == "treats"


def test_features_mask_other_mentions_and_keep_order():
    text = "Aspirin and warfarin caused bleeding."
    pair = Pair(text, (0, 7), (28, 36), "C", "D", ((12, 20, "C"),))
    f = features(pair)
    assert "b|<C>" in f and "b|warfarin" not in f
    assert "t|CD|so" in f


def test_model_loads_from_the_installed_package():
    files = resources.files("graph_build.text") / "models"
    assert (files / "relation-model.npz").is_file()
    assert (files / "relation-model.json").is_file()


def test_learned_claims_are_candidates_and_respect_negation():
    from graph_build.text.confidence import THRESHOLD, is_candidate
    from graph_build.text.extract import extract_document

    lexicon = load_lexicon()
    text = "A patient developed ataxia during clonazepam therapy. No ataxia was seen with clonazepam in the others."
    doc = Document("d", "t", "d.txt", "", text, Path("d.txt"))
    claims = extract_document(doc, lexicon, learned=True).claims
    mine = [c for c in claims if c.evidence[0].method.startswith("rule:learned-")]
    assert [(c.subject, c.predicate, c.object) for c in mine] == [("clonazepam", "hasAdverseEffect", "ataxia")]
    (claim,) = mine
    assert not claim.negated and claim.certainty == "Asserted"
    assert claim.evidence[0].quote.startswith("A patient")  # the negated sentence gives no learned claim
    if "learned-hasAdverseEffect" not in learned._table_rules():  # until the confidence table measures it
        measured = learned.measured_precision()["general"]["hasAdverseEffect"]
        assert claim.evidence[0].confidence == Decimal(str(measured))
    assert (claim.evidence[0].confidence < THRESHOLD) == is_candidate(claim)
    off = extract_document(doc, lexicon, learned=False).claims
    assert not [c for c in off if c.evidence[0].method.startswith("rule:learned-")]


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("Zelorin markedly increased the expression of ABCB1 in treated cells.", "ABCB1", "positivelyModulates"),
        ("Zelorin induced the expression of HO-1.", "HO-1", "positivelyModulates"),
        ("Zelorin inhibited the expression of TNF in macrophages.", "TNF", "decreases"),
        ("Treatment with zelorin reduced the levels of IL-6.", "IL-6", "decreases"),
    ],
)
def test_a_chemical_raising_or_lowering_a_gene(text, target, expected):
    # decision 0709: a raised gene or target is positivelyModulates, a lowered one decreases (never actsOn, whose
    # range is an anatomical site, so that every such claim was dropped as ill-formed)
    subject = "Zelorin" if "Zelorin" in text else "zelorin"
    ((label, p),) = learned.load().predict([_pair(text, subject, target, "CG")])
    assert (label, p >= learned.MIN_PROBABILITY) == (expected, True)


def test_the_labels_fit_the_ontology():
    from graph_build.text.relate import _fits

    assert "actsOn" not in LABELS
    targets = [p for p in LABELS if p in ("bindsTo", "positivelyModulates", "decreases")]
    assert targets == ["bindsTo", "positivelyModulates", "decreases"]
    assert all(_fits("Drug", p, "MolecularTarget") for p in targets)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report of what was observed keeps the claim, with ConText's certainty (decision 0709)
        ("Two cases of ataxia during clonazepam therapy are reported.", {("hasAdverseEffect", False, "Reported")}),
        ("A patient developed ataxia during clonazepam therapy.", {("hasAdverseEffect", False, "Asserted")}),
        # a denied report, a speculative hedge, a negation: no learned claim
        ("Ataxia during clonazepam therapy has not been reported.", set()),
        ("No cases of ataxia during clonazepam therapy have been reported.", set()),
        ("Ataxia during clonazepam therapy was never reported.", set()),
        ("Ataxia may have been caused by clonazepam therapy in this patient.", set()),
        ("No ataxia developed during clonazepam therapy.", set()),
    ],
)
def test_learned_claims_keep_a_report_and_drop_a_hedge(text, expected):
    from graph_build.text.extract import extract_document

    doc = Document("d", "t", "d.txt", "", text, Path("d.txt"))
    claims = extract_document(doc, load_lexicon(), learned=True).claims
    mine = [c for c in claims if c.evidence[0].method.startswith("rule:learned-")]
    assert {(c.subject, c.object) for c in mine} <= {("clonazepam", "ataxia")}
    assert {(c.predicate, c.negated, c.certainty) for c in mine} == expected
    assert all(c.candidate for c in mine)
