"""The second development set (dev2): four articles about drugs no other set mentions, and their gold claims.

tests/fixtures/extract/dev2/ holds original articles about sumatriptan (a triptan, migraine), amlodipine (a calcium
channel blocker), lisinopril (an ACE inhibitor) and montelukast (a leukotriene receptor antagonist, asthma), in the
plain style of health-information pages, and claims/<document>.yaml gold written by reading each text only, committed
before the extractor was ever run on them (see the commit that added them). Unlike `final` and `blind`, dev2 is
DEVELOPMENT text: it was written after the rules so that the errors new text has could be read and fixed in general
rules, and it is one of the sets the confidence table and the leave-one-set-out threshold rule are measured on
(graph_build/text/confidence.py GOLD_SETS). Some gold entities are known to neither the lexicon nor the broad
vocabularies (listed at the top of each gold file): they count as missed claims.

These tests check that the gold is what was written and that `evaluate` scores the extractor against all of it;
they pin no score.
"""

from pathlib import Path

import pytest
from goldsets import (
    assert_about_drugs_no_other_text_mentions,
    assert_gold_as_written,
    assert_gold_loads,
    assert_scores_every_gold_claim,
    gold,
)

from graph_build.read import read_corpus
from graph_build.text.evaluate import evaluate

DEV2 = Path(__file__).parent / "fixtures" / "extract" / "dev2"
#: gold claims per document, as written by the curator (one (subject, predicate, object, negated) item each)
GOLD_COUNTS = {
    "amlodipine-blood-pressure": 31,
    "lisinopril-heart-and-kidneys": 27,
    "montelukast-asthma": 34,
    "sumatriptan-migraine": 43,
}
#: drugs the other sets and the seed corpus never mention: the set is about them
NEW_DRUGS = {"amlodipine", "lisinopril", "montelukast", "sumatriptan"}


def _gold(doc_id: str) -> list[dict]:
    return gold(DEV2, doc_id)


@pytest.fixture(scope="module")
def report():
    return evaluate(DEV2)


def test_each_article_has_its_gold_and_every_quote_sits_at_its_offsets():
    assert_gold_as_written(DEV2, GOLD_COUNTS)


def test_the_gold_loads_as_curated_claims_without_the_extractor():
    # entities: the lexicon's, else the broad vocabularies' under the gold's slug (unknown ones stay unscorable)
    assert_gold_loads(DEV2, GOLD_COUNTS)


def test_the_articles_are_about_drugs_no_other_text_mentions():
    assert_about_drugs_no_other_text_mentions(DEV2, NEW_DRUGS, (500, 800))


def test_gold_keeps_the_negations_hedges_and_ranked_uses_of_the_texts():
    texts = {d.id: d.text for d in read_corpus(DEV2)}
    assert "Sumatriptan does not prevent migraine." in texts["sumatriptan-migraine"]
    assert "For hay fever, montelukast is not a first-line treatment." in texts["montelukast-asthma"]
    items = {
        (doc_id, c["subject"], c["predicate"], c["object"], c.get("negated", False)): c
        for doc_id in GOLD_COUNTS
        for c in _gold(doc_id)
    }
    negated = {item[:4] for item in items if item[4]}
    assert len(negated) == 19
    # a denied use is a negated treats; "should not be taken by people with X" a positive contraindication
    assert ("sumatriptan-migraine", "sumatriptan", "treats", "tension-type-headache") in negated
    assert ("montelukast-asthma", "montelukast", "treats", "dyspnea") in negated
    assert ("sumatriptan-migraine", "sumatriptan", "contraindicatedIn", "coronary-artery-disease", False) in items
    assert ("amlodipine-blood-pressure", "amlodipine", "contraindicatedIn", "cardiogenic-shock", False) in items
    # "not a first-line treatment" / "usually not the first choice" rank a use: a positive claim with a use status
    ranked = items[("montelukast-asthma", "montelukast", "treats", "rhinitis-allergic-seasonal", False)]
    assert ranked["qualifiers"]["useStatus"] == ["NotFirstLine"]
    # "Unlike verapamil, it ... is not used to control an irregular heartbeat": the claim is amlodipine's
    assert ("amlodipine-blood-pressure", "amlodipine", "treats", "cardiac-arrhythmias") in negated
    assert not [item for item in items if item[1] == "verapamil"]
    # co-therapy ("often combined with ... a diuretic such as hydrochlorothiazide") is no interaction
    assert ("amlodipine-blood-pressure", "amlodipine", "interactsWith", "hydrochlorothiazide", False) not in items
    hedged = {item for item, c in items.items() if c.get("certainty", "Asserted") != "Asserted"}
    assert len(hedged) == 18


def test_every_kind_of_claim_the_issue_names_is_in_the_gold():
    predicates = {c["predicate"] for doc_id in GOLD_COUNTS for c in _gold(doc_id)}
    assert {
        "treats",
        "bindsTo",
        "isA",
        "hasAdverseEffect",
        "contraindicatedIn",
        "interactsWith",
        "hasWithdrawalEffect",
        "decreases",
        "hasFormulation",
        "hasPhenotype",
    } <= predicates


def test_evaluation_scores_the_extractor_against_every_gold_claim(report):
    assert_scores_every_gold_claim(DEV2, report, GOLD_COUNTS)
