"""The seventh sealed never-tuned set: four articles about drugs no other set mentions, and their gold claims, written
before the extractor was ever run on them, to be measured exactly once.

tests/fixtures/extract/sealed7/ holds original articles about mirabegron (a beta-3 adrenergic agonist, overactive
bladder; an online health encyclopedia's entry with a 'Quick facts' box, frequency bands and a numbered mechanism; it
alone holds every kind of claim), terbinafine (an allylamine antifungal blocking squalene epoxidase, fungal nail
infection and athlete's foot; a consultant podiatrist's clinic letter to one patient), famotidine (an H2 receptor
antagonist, heartburn, reflux disease and ulcers; a newspaper fact-check of a viral post, claim by claim with bold
verdicts) and orlistat (a lipase inhibitor, obesity; a reader's weight-loss diary printed on a newspaper's wellbeing
pages, with the doctor's, dietitian's and pharmacist's words reported in the first person), and claims/<document>.yaml
gold written by reading each text only. Texts, gold and these tests were committed together before any extraction
(see the commit that added them); the gold was checked only by slicing the texts at its offsets, against the
ontology's terms and by loading it as `evaluate` loads gold. Entities no vocabulary may know, and the hard cases with
how they were judged, are listed at the top of each gold file.

The gold-structure tests were committed before the one measurement (2026-12-05 02:53 UTC, at commit 11db1f3; figures
in docs/extraction.md, "The sealed7 set", and decision 0674); the last test, unskipped with the measurement, checks
that `evaluate` scores the extractor against every gold claim. It pins neither the score nor which claims are found:
the set's misses are not to be turned into targets, and the set is in-sample for any rule written after that
measurement.
"""

from pathlib import Path

import pytest
from goldsets import (
    CLAIM_KINDS,
    assert_about_drugs_no_other_text_mentions,
    assert_brands_named,
    assert_denied_uses_not_appropriate,
    assert_each_article_has_a_chain,
    assert_gold_as_written,
    assert_gold_loads,
    assert_gold_uses_the_ontology,
    assert_scores_every_gold_claim,
    gold_items,
    predicates_and_steps,
    use_statuses,
)

from graph_build.read import read_corpus

SEALED7 = Path(__file__).parent / "fixtures" / "extract" / "sealed7"
#: gold claims per document, as written by the curator (one (subject, predicate, object, negated) item each)
GOLD_COUNTS = {
    "famotidine-newspaper-fact-check": 47,
    "mirabegron-health-encyclopedia-entry": 57,
    "orlistat-weight-loss-diary-column": 40,
    "terbinafine-podiatry-clinic-letter": 47,
}
#: drugs the other sets and the seed corpus never mention: the set is about them
NEW_DRUGS = {"famotidine", "mirabegron", "orlistat", "terbinafine"}
#: their brand names, which no other text names either ("Alli", orlistat's pharmacy brand, is left out: the four
#: letters occur inside ordinary words of other texts)
BRAND_NAMES = {"pepcid", "betmiga", "myrbetriq", "xenical", "lamisil"}


def _items() -> dict[tuple, str]:
    return gold_items(SEALED7, GOLD_COUNTS)


def test_each_article_has_its_gold_and_every_quote_sits_at_its_offsets():
    assert_gold_as_written(SEALED7, GOLD_COUNTS)
    assert_gold_loads(SEALED7, GOLD_COUNTS)


def test_the_articles_are_about_drugs_no_other_text_mentions():
    assert_about_drugs_no_other_text_mentions(SEALED7, NEW_DRUGS | BRAND_NAMES, (550, 800))
    assert_brands_named(SEALED7, BRAND_NAMES)


def test_gold_uses_only_the_ontologys_predicates_qualifiers_and_values():
    assert_gold_uses_the_ontology(SEALED7, GOLD_COUNTS)


def test_gold_keeps_the_negations_hedges_and_contraindications_of_the_texts():
    texts = {d.id: d.text for d in read_corpus(SEALED7)}
    assert "Mirabegron is **not a treatment for stress incontinence**" in texts["mirabegron-health-encyclopedia-entry"]
    assert (
        "Terbinafine tablets are not effective against pityriasis versicolor"
        in texts["terbinafine-podiatry-clinic-letter"]
    )
    assert "Famotidine is not an anti-anxiety drug." in texts["famotidine-newspaper-fact-check"]
    assert "It is not an appetite suppressant." in texts["orlistat-weight-loss-diary-column"]
    items = _items()
    negated = {item[:4] for item in items if item[4]}
    assert negated == {
        ("famotidine-newspaper-fact-check", "famotidine", "actsOn", "gaba-system"),
        ("famotidine-newspaper-fact-check", "famotidine", "actsOn", "serotonin-system"),
        ("famotidine-newspaper-fact-check", "famotidine", "interactsWith", "theophylline"),
        ("famotidine-newspaper-fact-check", "famotidine", "interactsWith", "warfarin"),
        ("famotidine-newspaper-fact-check", "famotidine", "isA", "anti-anxiety-agent"),
        ("famotidine-newspaper-fact-check", "famotidine", "treats", "anxiety"),
        ("famotidine-newspaper-fact-check", "famotidine", "treats", "covid-19"),
        ("famotidine-newspaper-fact-check", "famotidine", "treats", "helicobacter-infections"),
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "bindsTo", "muscarinic-receptor"),
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "contraindicatedIn", "glaucoma"),
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "hasAdverseEffect", "drug-dependence"),
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "hasWithdrawalEffect", "withdrawal-syndrome"),
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "interactsWith", "warfarin"),
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "isA", "muscarinic-antagonist"),
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "treats", "prostatic-hyperplasia"),
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "treats", "stress-urinary-incontinence"),
        ("orlistat-weight-loss-diary-column", "orlistat", "actsOn", "brain"),
        ("orlistat-weight-loss-diary-column", "orlistat", "decreases", "appetite"),
        ("orlistat-weight-loss-diary-column", "orlistat", "hasWithdrawalEffect", "withdrawal-syndrome"),
        ("orlistat-weight-loss-diary-column", "orlistat", "interactsWith", "oral-contraceptive"),
        ("orlistat-weight-loss-diary-column", "orlistat", "isA", "appetite-depressant"),
        ("orlistat-weight-loss-diary-column", "orlistat", "treats", "cosmetic-weight-loss"),
        ("terbinafine-podiatry-clinic-letter", "terbinafine", "hasWithdrawalEffect", "withdrawal-syndrome"),
        ("terbinafine-podiatry-clinic-letter", "terbinafine", "interactsWith", "oral-contraceptive"),
        ("terbinafine-podiatry-clinic-letter", "terbinafine", "interactsWith", "ramipril"),
        ("terbinafine-podiatry-clinic-letter", "terbinafine", "treats", "tinea-versicolor"),
        ("terbinafine-podiatry-clinic-letter", "terbinafine", "treats", "traumatic-nail-dystrophy"),
    }
    # every denial of a use says the use is not appropriate
    assert_denied_uses_not_appropriate(SEALED7, GOLD_COUNTS)
    # "there have been reports" is Reported; "Rarely", "very rare", "Uncommon", "Rare", "uncommon", "Some people
    # notice" and "in some people" Occasional; "may", "may not", "used with caution" Possible; "thought to" and
    # "probably" Believed; "Reported adverse effects include:" (the encyclopedia's list formula) and "occur less often"
    # (a relative frequency) are not hedges
    orlistat, terbinafine = "orlistat-weight-loss-diary-column", "terbinafine-podiatry-clinic-letter"
    mirabegron, famotidine = "mirabegron-health-encyclopedia-entry", "famotidine-newspaper-fact-check"
    liver = "chemical-and-drug-induced-liver-injury"
    expected = {
        (orlistat, "orlistat", "hasAdverseEffect", "kidney-calculi"): "Reported",
        (orlistat, "orlistat", "interactsWith", "antiepileptic-drug"): "Reported",
        (orlistat, "orlistat", "hasAdverseEffect", liver): "Occasional",
        (terbinafine, "terbinafine", "hasAdverseEffect", liver): "Occasional",
        (terbinafine, "terbinafine", "hasAdverseEffect", "dysgeusia"): "Occasional",
        (terbinafine, "terbinafine", "hasAdverseEffect", "severe-cutaneous-adverse-reaction"): "Occasional",
        (mirabegron, "mirabegron", "hasAdverseEffect", "atrial-fibrillation"): "Occasional",
        (mirabegron, "mirabegron", "hasAdverseEffect", "angioedema"): "Occasional",
        (mirabegron, "mirabegron", "hasAdverseEffect", "xerostomia"): "Occasional",
        (mirabegron, "mirabegron", "increases", "blood-pressure"): "Occasional",
        (famotidine, "famotidine", "hasAdverseEffect", "confusion"): "Occasional",
        (terbinafine, "terbinafine", "interactsWith", "nortriptyline"): "Possible",
        (mirabegron, "mirabegron", "interactsWith", "rifampin"): "Possible",
        (famotidine, "famotidine", "interactsWith", "antacid"): "Possible",
        (famotidine, "famotidine", "hasWithdrawalEffect", "rebound-acid-hypersecretion"): "Possible",
        (orlistat, "orlistat", "decreases", "cholesterol"): "Possible",
        (mirabegron, "mirabegron", "decreases", "bladder-afferent-nerve-activity"): "Believed",
        (orlistat, "orlistat", "decreases", "dietary-fat-intake"): "Believed",
        (mirabegron, "mirabegron", "hasAdverseEffect", "tachycardia"): "Asserted",
        (famotidine, "famotidine", "hasAdverseEffect", "dizziness"): "Asserted",
    }
    for item, certainty in expected.items():
        assert items[(*item, False)] == certainty, item
    # "may make psoriasis or lupus worse", "used with caution" and "need a lower dose" are hedged contraindications;
    # "must not", "should not be taken by", "not recommended", "avoided in", "not meant for", "not for" are not
    for hedged in (
        ("terbinafine-podiatry-clinic-letter", "terbinafine", "contraindicatedIn", "psoriasis"),
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "contraindicatedIn", "urinary-bladder-neck-obstruction"),
        ("famotidine-newspaper-fact-check", "famotidine", "contraindicatedIn", "kidney-diseases"),
    ):
        assert items[(*hedged, False)] == "Possible", hedged
    for asserted in (
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "contraindicatedIn", "hypertension"),
        ("mirabegron-health-encyclopedia-entry", "mirabegron", "contraindicatedIn", "pregnant-women"),
        ("terbinafine-podiatry-clinic-letter", "terbinafine", "contraindicatedIn", "liver-disease"),
        ("terbinafine-podiatry-clinic-letter", "terbinafine", "contraindicatedIn", "breastfeeding-mothers"),
        ("famotidine-newspaper-fact-check", "famotidine", "contraindicatedIn", "children-under-12"),
        ("famotidine-newspaper-fact-check", "famotidine", "contraindicatedIn", "drug-hypersensitivity"),
        ("orlistat-weight-loss-diary-column", "orlistat", "contraindicatedIn", "cholestasis"),
        ("orlistat-weight-loss-diary-column", "orlistat", "contraindicatedIn", "children"),
        ("orlistat-weight-loss-diary-column", "orlistat", "contraindicatedIn", "people-of-normal-weight"),
    ):
        assert items[(*asserted, False)] == "Asserted", asserted
    # contraindications of conditions and of populations in every article
    contraindications = {item[:4] for item in items if item[2] == "contraindicatedIn" and not item[4]}
    assert {doc for doc, *_ in contraindications} == set(GOLD_COUNTS)
    populations = {"pregnant-women", "breastfeeding-mothers", "children", "children-under-12"}
    assert {doc for doc, _, _, obj in contraindications if obj in populations} == set(GOLD_COUNTS)
    # a condition returning after stopping (bladder symptoms, the infection, the weight) is no withdrawal effect: the
    # only asserted one is famotidine's hedged rebound acid
    withdrawal = {item for item in items if item[2] == "hasWithdrawalEffect" and not item[4]}
    assert withdrawal == {
        ("famotidine-newspaper-fact-check", "famotidine", "hasWithdrawalEffect", "rebound-acid-hypersecretion", False)
    }
    hedged_items = {item for item, certainty in items.items() if certainty != "Asserted"}
    assert len(hedged_items) == 28


def test_every_kind_of_claim_the_brief_names_is_in_the_gold():
    kinds = CLAIM_KINDS
    found, steps = predicates_and_steps(SEALED7, GOLD_COUNTS)
    assert kinds <= found
    assert ("mirabegron", "beta-3-adrenergic-receptor", 1) in steps
    assert ("beta-3-adrenergic-receptor-activation", "cyclic-adenosine-monophosphate", 2) in steps
    assert ("bladder-capacity", "urinary-urgency", 5) in steps
    assert ("terbinafine", "squalene-monooxygenase", 1) in steps
    assert ("squalene-epoxidase-inhibition", "ergosterol", 2) in steps
    assert ("fungal-cell-membrane-integrity", "fungal-cell-death", 4) in steps
    assert ("famotidine", "histamine-h2-receptor", 1) in steps
    assert ("famotidine", "gastric-acid-secretion", 3) in steps
    assert ("gastric-acid-secretion", "heartburn", 4) in steps
    assert ("orlistat", "lipase", 1) in steps
    assert ("lipase-inhibition", "dietary-fat-absorption", 2) in steps
    assert ("calorie-intake", "weight-loss", 5) in steps
    # every article has a mechanism chain of at least three steps, and names its drug's molecular target
    assert_each_article_has_a_chain(SEALED7, GOLD_COUNTS)
    # one article holds by itself every kind of claim
    one, one_steps = predicates_and_steps(SEALED7, ["mirabegron-health-encyclopedia-entry"])
    assert kinds <= one and len({step for *_, step in one_steps}) == 5
    # the use statuses of the texts: first-line, after failure, not first-line, add-on, short-term, occasional, denied
    statuses = use_statuses(SEALED7, GOLD_COUNTS)
    assert {
        "PrimaryUse",
        "ReservedAfterFailure",
        "NotFirstLine",
        "AdjunctUse",
        "ShortTermUse",
        "OccasionalUse",
        "NotAppropriate",
    } <= statuses


@pytest.fixture(scope="module")
def report():
    from graph_build.text.evaluate import evaluate

    return evaluate(SEALED7)


def test_evaluation_scores_the_extractor_against_every_gold_claim(report):
    assert_scores_every_gold_claim(SEALED7, report, GOLD_COUNTS)
