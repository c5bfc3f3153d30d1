"""The fresh never-tuned set of issue 13 point 4 (the measurement of issue 12): five articles about drugs no other set
mentions, and their gold claims.

tests/fixtures/extract/fresh/ holds original articles about lamotrigine (an anticonvulsant, epilepsy and bipolar
disorder), levothyroxine (a thyroid hormone), allopurinol (a xanthine oxidase inhibitor, gout), finasteride (a
5-alpha reductase inhibitor) and tamsulosin (an alpha blocker), written in the plain style of health-information
pages (headings, bullet and numbered lists, question headings, a table, negations, hedges, contraindications,
interactions, mechanism chains), and claims/<document>.yaml gold written by reading each text only. Texts and gold were
committed together before the extractor was ever run on them (see the commit that added them); the gold was checked
only with the curated-claims loader and the quote-offset check. Entities neither the lexicon nor the broad
vocabularies know are listed at the top of each gold file: they count as missed claims until a vocabulary names them.

These tests check that the gold is what was written and that `evaluate` scores the extractor against all of it.
They pin neither the score nor which claims are found: the set measures the extractor on text nobody tuned it to, so
its misses are not turned into targets.
"""

from pathlib import Path

import pytest
from goldsets import (
    assert_about_drugs_no_other_text_mentions,
    assert_gold_as_written,
    assert_scores_every_gold_claim,
    gold,
    predicates_and_steps,
)

from graph_build.read import read_corpus
from graph_build.text.evaluate import evaluate

FRESH = Path(__file__).parent / "fixtures" / "extract" / "fresh"
#: gold claims per document, as written by the curator (one (subject, predicate, object, negated) item each)
GOLD_COUNTS = {
    "allopurinol-gout": 50,
    "finasteride-prostate-hair-loss": 47,
    "lamotrigine-epilepsy-bipolar": 56,
    "levothyroxine-underactive-thyroid": 49,
    "tamsulosin-urinary-symptoms": 49,
}
#: drugs the other sets and the seed corpus never mention: the set is about them
NEW_DRUGS = {"allopurinol", "finasteride", "lamotrigine", "levothyroxine", "tamsulosin"}
#: their brand names, which no other text names either
BRAND_NAMES = {"zyloprim", "proscar", "propecia", "lamictal", "synthroid", "eltroxin", "flomax"}


def _gold(doc_id: str) -> list[dict]:
    return gold(FRESH, doc_id)


@pytest.fixture(scope="module")
def report():
    return evaluate(FRESH)


def test_each_article_has_its_gold_and_every_quote_sits_at_its_offsets():
    assert_gold_as_written(FRESH, GOLD_COUNTS)


def test_the_articles_are_about_drugs_no_other_text_mentions():
    # the brand names too: no other set nor the seed corpus names them, and the fresh articles do
    # sealed2 (written later) names lamotrigine as levetiracetam's fellow first-line choice
    assert_about_drugs_no_other_text_mentions(FRESH, NEW_DRUGS | BRAND_NAMES, (500, 900), later=("sealed2",))
    texts = " ".join(d.text.lower() for d in read_corpus(FRESH))
    assert all(brand in texts for brand in BRAND_NAMES)


def test_gold_keeps_the_negations_hedges_and_contraindications_of_the_texts():
    texts = {d.id: d.text for d in read_corpus(FRESH)}
    assert "Lamotrigine is not used to treat an acute episode of mania." in texts["lamotrigine-epilepsy-bipolar"]
    assert "Tamsulosin does not interact with finasteride" in texts["tamsulosin-urinary-symptoms"]
    assert "safe to take during pregnancy and breastfeeding." in texts["levothyroxine-underactive-thyroid"]
    items = {
        (doc_id, c["subject"], c["predicate"], c["object"], c.get("negated", False)): c.get("certainty", "Asserted")
        for doc_id in GOLD_COUNTS
        for c in _gold(doc_id)
    }
    negated = {item[:4] for item in items if item[4]}
    assert negated == {
        ("allopurinol-gout", "allopurinol", "isA", "analgesic"),
        ("allopurinol-gout", "allopurinol", "treats", "gout"),
        ("allopurinol-gout", "allopurinol", "treats", "hyperuricemia"),
        ("allopurinol-gout", "allopurinol", "contraindicatedIn", "kidney-diseases"),
        ("allopurinol-gout", "allopurinol", "interactsWith", "alcohol"),
        ("finasteride-prostate-hair-loss", "prostatic-hyperplasia", "isA", "cancer"),
        ("finasteride-prostate-hair-loss", "finasteride", "treats", "lower-urinary-tract-symptoms"),
        ("finasteride-prostate-hair-loss", "finasteride", "hasAdverseEffect", "prostatic-neoplasms"),
        ("finasteride-prostate-hair-loss", "finasteride", "interactsWith", "alpha-blocker"),
        ("finasteride-prostate-hair-loss", "finasteride", "interactsWith", "antihypertensive-agent"),
        ("finasteride-prostate-hair-loss", "finasteride", "interactsWith", "analgesic"),
        ("finasteride-prostate-hair-loss", "finasteride", "interactsWith", "alcohol"),
        ("lamotrigine-epilepsy-bipolar", "lamotrigine", "treats", "mania"),
        ("lamotrigine-epilepsy-bipolar", "lamotrigine", "hasAdverseEffect", "weight-gain"),
        ("lamotrigine-epilepsy-bipolar", "lamotrigine", "contraindicatedIn", "pregnant-women"),
        ("levothyroxine-underactive-thyroid", "levothyroxine", "isA", "anti-obesity-agent"),
        ("levothyroxine-underactive-thyroid", "levothyroxine", "treats", "obesity"),
        ("levothyroxine-underactive-thyroid", "levothyroxine", "contraindicatedIn", "pregnant-women"),
        ("levothyroxine-underactive-thyroid", "levothyroxine", "contraindicatedIn", "breastfeeding-mothers"),
        ("tamsulosin-urinary-symptoms", "tamsulosin", "decreases", "prostate-volume"),
        ("tamsulosin-urinary-symptoms", "tamsulosin", "treats", "hypertension"),
        ("tamsulosin-urinary-symptoms", "tamsulosin", "interactsWith", "finasteride"),
    }
    # "does not treat a gout attack that has already started" beside "mainly used to prevent gout attacks": a
    # negated and a positive treats of the same condition
    assert items[("allopurinol-gout", "allopurinol", "treats", "gout", False)] == "Asserted"
    # "not licensed for them" and "must not take it" are positive contraindications
    assert items[("tamsulosin-urinary-symptoms", "tamsulosin", "contraindicatedIn", "women", False)] == "Asserted"
    assert ("finasteride-prostate-hair-loss", "finasteride", "contraindicatedIn", "pregnant-women", False) in items
    # "may not be suitable for people with ... Brugada syndrome" is a hedged contraindication
    assert items[("lamotrigine-epilepsy-bipolar", "lamotrigine", "contraindicatedIn", "brugada-syndrome", False)] == (
        "Possible"
    )
    # "In rare cases ... Stevens-Johnson syndrome" is an occasional adverse effect
    assert (
        items[("lamotrigine-epilepsy-bipolar", "lamotrigine", "hasAdverseEffect", "stevens-johnson-syndrome", False)]
        == "Occasional"
    )
    # "It is not a first-line treatment" ranks a use (a positive treats with a use status), it is not a negation
    febuxostat = next(c for c in _gold("allopurinol-gout") if c["id"] == "febuxostat-treats-gout")
    assert not febuxostat.get("negated", False)
    assert {"NotFirstLine", "ReservedAfterFailure"} <= set(febuxostat["qualifiers"]["useStatus"])
    hedged = {item for item, certainty in items.items() if certainty != "Asserted"}
    assert len(hedged) == 33


def test_every_kind_of_claim_the_issue_names_is_in_the_gold():
    predicates, steps = predicates_and_steps(FRESH, GOLD_COUNTS)
    assert {
        "treats",
        "bindsTo",
        "hasMechanismOfAction",
        "isA",
        "hasAdverseEffect",
        "contraindicatedIn",
        "interactsWith",
        "hasWithdrawalEffect",
        "decreases",
        "increases",
        "hasFormulation",
        "hasPhenotype",
    } <= predicates
    assert ("allopurinol", "xanthine-oxidase", 1) in steps
    assert ("xanthine-oxidase-inhibition", "uric-acid", 2) in steps
    assert ("lamotrigine", "voltage-gated-sodium-channel", 1) in steps
    assert ("reduced-neuronal-excitability", "seizure", 4) in steps


def test_evaluation_scores_the_extractor_against_every_gold_claim(report):
    assert_scores_every_gold_claim(FRESH, report, GOLD_COUNTS)
