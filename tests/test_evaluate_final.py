"""The final held-out evaluation set: four articles and their gold claims, kept for the last measurement only.

tests/fixtures/extract/final/ holds original articles about carisoprodol, gabapentin vs pregabalin, methocarbamol
and alprazolam, and claims/<document>.yaml gold written by reading each text only, committed before the extractor
was ever run on them (see the commit that added them). These tests check that the gold is what was written and
that `evaluate` scores the extractor against all of it. They pin neither the score nor which claims are found:
the set exists to measure the extractor on texts nobody tuned it to, so its misses are not turned into targets.
"""

from pathlib import Path

import pytest
from goldsets import assert_gold_as_written, assert_scores_every_gold_claim, gold

from graph_build.read import read_corpus
from graph_build.text.evaluate import evaluate

FINAL = Path(__file__).parent / "fixtures" / "extract" / "final"
#: gold claims per document, as written by the curator (one (subject, predicate, object, negated) item each)
GOLD_COUNTS = {
    "alprazolam-panic-disorder": 49,
    "carisoprodol-acute-back-pain": 31,
    "gabapentin-vs-pregabalin-postherpetic-neuralgia": 51,
    "methocarbamol-muscle-spasm": 30,
}


def _gold(doc_id: str) -> list[dict]:
    return gold(FINAL, doc_id)


@pytest.fixture(scope="module")
def report():
    return evaluate(FINAL)


def test_each_article_has_its_gold_and_every_quote_sits_at_its_offsets():
    assert_gold_as_written(FINAL, GOLD_COUNTS)


def test_gold_keeps_the_scraped_artefacts_and_the_negations_of_the_texts():
    texts = {d.id: d.text for d in read_corpus(FINAL)}
    assert "CarisoprodolCarisoprodol is a prescription muscle relaxant" in texts["carisoprodol-acute-back-pain"]
    assert (
        "Alprazolam\u00a0should not be used in people with acute narrow-angle glaucoma."
        in texts["alprazolam-panic-disorder"]
    )
    assert (
        "| Common side effects | Drowsiness, dizziness, swelling of the legs |"
        in texts["gabapentin-vs-pregabalin-postherpetic-neuralgia"]
    )
    negated = {
        (doc_id, c["subject"], c["predicate"], c["object"])
        for doc_id in GOLD_COUNTS
        for c in _gold(doc_id)
        if c.get("negated")
    }
    assert ("carisoprodol-acute-back-pain", "carisoprodol", "treats", "chronic-pain") in negated
    assert ("gabapentin-vs-pregabalin-postherpetic-neuralgia", "pregabalin", "bindsTo", "gaba-a-receptor") in negated
    assert ("methocarbamol-muscle-spasm", "methocarbamol", "treats", "spasticity") in negated
    assert ("alprazolam-panic-disorder", "alprazolam", "treats", "depression") in negated
    assert len(negated) == 9
    # a contraindication written as "should not be used in" / "is not recommended for" is a positive claim
    contraindications = {
        (doc_id, c["subject"], c["object"], c.get("negated", False))
        for doc_id in GOLD_COUNTS
        for c in _gold(doc_id)
        if c["predicate"] == "contraindicatedIn"
    }
    assert ("alprazolam-panic-disorder", "alprazolam", "angle-closure-glaucoma", False) in contraindications
    assert ("carisoprodol-acute-back-pain", "carisoprodol", "children", False) in contraindications


def test_evaluation_scores_the_extractor_against_every_gold_claim(report):
    assert_scores_every_gold_claim(FINAL, report, GOLD_COUNTS)
