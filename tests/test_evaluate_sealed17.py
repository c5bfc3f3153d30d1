"""The seventeenth sealed never-tuned set: four articles about drugs no other set mentions, and their gold claims,
written before the extractor was ever run on them, to be measured exactly once.

tests/fixtures/extract/sealed17/ holds original articles about dabigatran (a direct oral anticoagulant binding and
blocking thrombin, long-term first choice for preventing stroke in atrial fibrillation; a hospital ward's discharge
summary written for the patient, in plain text), prochlorperazine (a phenothiazine blocking dopamine D2 receptors in
the chemoreceptor trigger zone, short-term for the sickness and vertigo of labyrinthitis; a GP surgery's series of
numbered text messages, in plain text), nalmefene (an opioid receptor modulator blocking the mu opioid receptor, an
as-needed add-on for cutting down drinking in alcohol dependence; a community pharmacist's blog post) and hyoscine
(hyoscine hydrobromide, an antimuscarinic blocking muscarinic receptors, first choice against motion sickness; the
transcript of a community radio health programme, in plain text), and claims/<document>.yaml gold written by reading
each text only. Texts, gold and these tests were committed together before any extraction (see the commit that added
them); the gold was checked only by slicing the texts at its offsets, against the ontology's terms and by loading it as
`evaluate` loads gold. Entities no vocabulary may know, and the hard cases with how they were judged, are listed at the
top of each gold file.

The gold-structure tests were committed before the one measurement (2026-12-05 10:24 UTC, at commit 8d99da4; figures
in docs/extraction.md, "The sealed17 set", and decision 0727); the last test, unskipped with the measurement, checks
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

SEALED17 = Path(__file__).parent / "fixtures" / "extract" / "sealed17"
#: gold claims per document, as written by the curator (one (subject, predicate, object, negated) item each)
GOLD_COUNTS = {
    "dabigatran-atrial-fibrillation-hospital-discharge-summary": 48,
    "prochlorperazine-labyrinthitis-gp-surgery-text-messages": 42,
    "nalmefene-alcohol-reduction-pharmacist-blog-post": 44,
    "hyoscine-travel-sickness-community-radio-interview": 44,
}
#: drugs the other sets and the seed corpus never mention: the set is about them
NEW_DRUGS = {"dabigatran", "prochlorperazine", "nalmefene", "hyoscine"}
#: their brand names, which no other text names either
BRAND_NAMES = {"pradaxa", "stemetil", "buccastem", "selincro", "kwells"}

DABIGATRAN = "dabigatran-atrial-fibrillation-hospital-discharge-summary"
PROCHLORPERAZINE = "prochlorperazine-labyrinthitis-gp-surgery-text-messages"
NALMEFENE = "nalmefene-alcohol-reduction-pharmacist-blog-post"
HYOSCINE = "hyoscine-travel-sickness-community-radio-interview"


def _items() -> dict[tuple, str]:
    return gold_items(SEALED17, GOLD_COUNTS)


def test_each_article_has_its_gold_and_every_quote_sits_at_its_offsets():
    assert_gold_as_written(SEALED17, GOLD_COUNTS)
    assert_gold_loads(SEALED17, GOLD_COUNTS)


def test_the_articles_are_about_drugs_no_other_text_mentions():
    assert_about_drugs_no_other_text_mentions(SEALED17, NEW_DRUGS | BRAND_NAMES, (550, 800))
    assert_brands_named(SEALED17, BRAND_NAMES)


def test_gold_uses_only_the_ontologys_predicates_qualifiers_and_values():
    assert_gold_uses_the_ontology(SEALED17, GOLD_COUNTS)


def test_gold_keeps_the_negations_hedges_and_contraindications_of_the_texts():
    texts = {d.id: d.text for d in read_corpus(SEALED17)}
    assert "it is not a treatment for the palpitations themselves" in texts[DABIGATRAN]
    assert "It is not a cure for labyrinthitis, which gets better on its own." in texts[PROCHLORPERAZINE]
    assert "Nalmefene is not a treatment for alcohol withdrawal" in texts[NALMEFENE]
    assert "it isn't a treatment for migraine sickness" in texts[HYOSCINE]
    items = _items()
    negated = {item[:4] for item in items if item[4]}
    assert negated == {
        (DABIGATRAN, "dabigatran", "interactsWith", "food"),
        (DABIGATRAN, "dabigatran", "interactsWith", "grapefruit"),
        (DABIGATRAN, "dabigatran", "hasMechanismOfAction", "fibrinolysis"),
        (DABIGATRAN, "dabigatran", "treats", "palpitations"),
        (DABIGATRAN, "dabigatran", "hasEffect", "heart-rate"),
        (DABIGATRAN, "dabigatran", "hasEffect", "blood-pressure"),
        (DABIGATRAN, "dabigatran", "hasWithdrawalEffect", "withdrawal-syndrome"),
        (PROCHLORPERAZINE, "prochlorperazine", "treats", "labyrinthitis"),
        (PROCHLORPERAZINE, "prochlorperazine", "interactsWith", "acetaminophen"),
        (PROCHLORPERAZINE, "prochlorperazine", "interactsWith", "ibuprofen"),
        (PROCHLORPERAZINE, "prochlorperazine", "hasAdverseEffect", "substance-related-disorders"),
        (PROCHLORPERAZINE, "prochlorperazine", "hasWithdrawalEffect", "withdrawal-syndrome"),
        (NALMEFENE, "nalmefene", "treats", "alcohol-withdrawal-syndrome"),
        (NALMEFENE, "nalmefene", "interactsWith", "alcohol"),
        (NALMEFENE, "nalmefene", "decreases", "alcoholic-intoxication"),
        (NALMEFENE, "nalmefene", "interactsWith", "acetaminophen"),
        (NALMEFENE, "nalmefene", "hasAdverseEffect", "substance-related-disorders"),
        (NALMEFENE, "nalmefene", "hasWithdrawalEffect", "withdrawal-syndrome"),
        (HYOSCINE, "hyoscine", "treats", "migraine-disorders"),
        (HYOSCINE, "hyoscine", "treats", "gastroenteritis"),
        (HYOSCINE, "hyoscine", "treats", "foodborne-diseases"),
        (HYOSCINE, "hyoscine", "isA", "antihistamine"),
        (HYOSCINE, "hyoscine", "treats", "seasonal-allergic-rhinitis"),
        (HYOSCINE, "hyoscine", "interactsWith", "oral-contraceptive"),
        (HYOSCINE, "hyoscine", "hasWithdrawalEffect", "withdrawal-syndrome"),
    }
    # every denial of a use says the use is not appropriate
    assert_denied_uses_not_appropriate(SEALED17, GOLD_COUNTS)
    # "Some people", "Rarely", "rarely", "sometimes", "some men", "occasionally", "very rarely" and "a few people" are
    # Occasional; "may" Possible; "is thought to" Believed; "can", "usually", "often", "common", "Common side effects",
    # "The main one", and "probably" (of the duration) are not hedges
    hedged = {
        (DABIGATRAN, "dabigatran", "hasAdverseEffect", "gingival-hemorrhage"): "Possible",
        (DABIGATRAN, "dabigatran", "hasAdverseEffect", "ecchymosis"): "Possible",
        (DABIGATRAN, "dabigatran", "hasAdverseEffect", "dyspepsia"): "Occasional",
        (DABIGATRAN, "dabigatran", "hasAdverseEffect", "abdominal-pain"): "Occasional",
        (DABIGATRAN, "dabigatran", "hasAdverseEffect", "gastrointestinal-hemorrhage"): "Occasional",
        (DABIGATRAN, "dabigatran", "hasAdverseEffect", "intracranial-hemorrhages"): "Occasional",
        (PROCHLORPERAZINE, "labyrinthitis", "hasPhenotype", "hearing-loss"): "Occasional",
        (PROCHLORPERAZINE, "prochlorperazine", "decreases", "vestibular-signaling"): "Possible",
        (PROCHLORPERAZINE, "prochlorperazine", "hasAdverseEffect", "orthostatic-hypotension"): "Possible",
        (PROCHLORPERAZINE, "prochlorperazine", "hasAdverseEffect", "extrapyramidal-symptoms"): "Occasional",
        (PROCHLORPERAZINE, "prochlorperazine", "hasAdverseEffect", "photosensitivity-disorders"): "Occasional",
        (NALMEFENE, "reward", "causes", "craving"): "Believed",
        (NALMEFENE, "nalmefene", "hasAdverseEffect", "confusion"): "Occasional",
        (NALMEFENE, "nalmefene", "hasAdverseEffect", "restlessness"): "Occasional",
        (NALMEFENE, "nalmefene", "hasAdverseEffect", "hallucinations"): "Occasional",
        (HYOSCINE, "hyoscine", "hasAdverseEffect", "blurred-vision"): "Possible",
        (HYOSCINE, "hyoscine", "hasAdverseEffect", "urinary-retention"): "Occasional",
        (HYOSCINE, "hyoscine", "hasAdverseEffect", "confusion"): "Occasional",
        (HYOSCINE, "hyoscine", "hasAdverseEffect", "hallucinations"): "Occasional",
        (HYOSCINE, "hyoscine", "hasWithdrawalEffect", "dizziness"): "Occasional",
        (HYOSCINE, "hyoscine", "hasWithdrawalEffect", "nausea"): "Occasional",
    }
    asserted = {
        (DABIGATRAN, "dabigatran", "hasAdverseEffect", "hemorrhage"),
        (DABIGATRAN, "dabigatran", "hasAdverseEffect", "epistaxis"),
        (DABIGATRAN, "dabigatran", "treats", "stroke"),
        (DABIGATRAN, "atrial-fibrillation", "causes", "thrombosis"),
        (PROCHLORPERAZINE, "labyrinthitis", "hasPhenotype", "vertigo"),
        (PROCHLORPERAZINE, "prochlorperazine", "hasAdverseEffect", "somnolence"),
        (PROCHLORPERAZINE, "prochlorperazine", "hasAdverseEffect", "balance-disorder"),
        (NALMEFENE, "nalmefene", "hasAdverseEffect", "nausea"),
        (NALMEFENE, "nalmefene", "hasAdverseEffect", "opioid-withdrawal-syndrome"),
        (NALMEFENE, "alcohol-deterrent", "interactsWith", "alcohol"),
        (HYOSCINE, "hyoscine", "hasAdverseEffect", "xerostomia"),
        (HYOSCINE, "hyoscine", "hasAdverseEffect", "constipation"),
        (HYOSCINE, "hyoscine", "increases", "intraocular-pressure"),
        (HYOSCINE, "cyclizine", "treats", "motion-sickness"),
    }
    for item, certainty in hedged.items():
        assert items[(*item, False)] == certainty, item
    for item in asserted:
        assert items[(*item, False)] == "Asserted", item
    assert {item[:4] for item, certainty in items.items() if certainty != "Asserted"} == set(hedged)
    # "not suitable for people with:", "also not given in pregnancy", "Do not take it if you have", "not given to
    # children under 12", "mustn't be used if you:", "mustn't", "The same goes for" and "shouldn't have" are asserted
    # contraindications; no text hedges one; "If you are pregnant, ask before taking it" is a caution, none; the opioid
    # medicines under "mustn't be used if you:" are interactions, not contraindications
    contraindications = {item for item in items if item[2] == "contraindicatedIn" and not item[4]}
    assert {items[item] for item in contraindications} == {"Asserted"}
    assert {item[:4] for item in contraindications} == {
        (DABIGATRAN, "dabigatran", "contraindicatedIn", "renal-insufficiency"),
        (DABIGATRAN, "dabigatran", "contraindicatedIn", "heart-valve-prosthesis"),
        (DABIGATRAN, "dabigatran", "contraindicatedIn", "hemorrhage"),
        (DABIGATRAN, "dabigatran", "contraindicatedIn", "pregnant-women"),
        (PROCHLORPERAZINE, "prochlorperazine", "contraindicatedIn", "parkinson-disease"),
        (PROCHLORPERAZINE, "prochlorperazine", "contraindicatedIn", "angle-closure-glaucoma"),
        (PROCHLORPERAZINE, "prochlorperazine", "contraindicatedIn", "drug-hypersensitivity"),
        (PROCHLORPERAZINE, "prochlorperazine", "contraindicatedIn", "children"),
        (NALMEFENE, "nalmefene", "contraindicatedIn", "opioid-withdrawal-syndrome"),
        (NALMEFENE, "nalmefene", "contraindicatedIn", "liver-disease"),
        (NALMEFENE, "nalmefene", "contraindicatedIn", "renal-insufficiency"),
        (NALMEFENE, "nalmefene", "contraindicatedIn", "alcohol-withdrawal-seizures"),
        (NALMEFENE, "nalmefene", "contraindicatedIn", "alcohol-withdrawal-delirium"),
        (HYOSCINE, "hyoscine", "contraindicatedIn", "angle-closure-glaucoma"),
        (HYOSCINE, "hyoscine", "contraindicatedIn", "prostatic-hyperplasia"),
        (HYOSCINE, "hyoscine", "contraindicatedIn", "myasthenia-gravis"),
        (HYOSCINE, "hyoscine", "contraindicatedIn", "children"),
    }
    # withdrawal: dizziness and nausea after taking off a hyoscine patch (Occasional, formulation transdermal-patch);
    # every article denies withdrawal symptoms (hyoscine for its tablets); a stroke risk returning after dabigatran is
    # stopped is no withdrawal effect
    withdrawal = {item for item in items if item[2] == "hasWithdrawalEffect"}
    assert {item[:4] for item in withdrawal if not item[4]} == {
        (HYOSCINE, "hyoscine", "hasWithdrawalEffect", "dizziness"),
        (HYOSCINE, "hyoscine", "hasWithdrawalEffect", "nausea"),
    }
    assert {doc for doc, *_, negated in withdrawal if negated} == set(GOLD_COUNTS)


def test_every_kind_of_claim_the_brief_names_is_in_the_gold():
    kinds = CLAIM_KINDS
    found, steps = predicates_and_steps(SEALED17, GOLD_COUNTS)
    assert kinds <= found
    assert ("dabigatran", "thrombin", 1) in steps
    assert ("thrombin-inhibition", "fibrin-formation", 2) in steps
    assert ("fibrin-formation", "thrombosis", 3) in steps
    assert ("thrombosis", "stroke", 4) in steps
    assert ("prochlorperazine", "dopamine-d2-receptor", 1) in steps
    assert ("dopamine-d2-receptor-antagonism", "emetic-signaling", 2) in steps
    assert ("emetic-signaling", "nausea", 3) in steps
    assert ("nalmefene", "mu-opioid-receptor", 1) in steps
    assert ("mu-opioid-receptor-antagonism", "reward", 2) in steps
    assert ("reward", "craving", 3) in steps
    assert ("hyoscine", "muscarinic-receptor", 1) in steps
    assert ("muscarinic-receptor-antagonism", "vestibular-signaling", 2) in steps
    assert ("vestibular-signaling", "nausea", 3) in steps
    # every article has a mechanism chain of at least three steps, and names its drug's molecular target
    assert_each_article_has_a_chain(SEALED17, GOLD_COUNTS)
    # no article holds every kind by itself
    missing = {doc_id: kinds - predicates_and_steps(SEALED17, [doc_id])[0] for doc_id in GOLD_COUNTS}
    assert missing == {
        DABIGATRAN: {"actsOn", "increases"},
        PROCHLORPERAZINE: {"increases"},
        NALMEFENE: {"actsOn"},
        HYOSCINE: {"actsOn"},
    }
    # the use statuses of the texts: first choices, an add-on taken as needed, short-term and long-term use, and denied
    statuses = use_statuses(SEALED17, GOLD_COUNTS)
    assert statuses == {
        "PrimaryUse",
        "AdjunctUse",
        "OccasionalUse",
        "ShortTermUse",
        "LongTermUse",
        "NotAppropriate",
    }


@pytest.fixture(scope="module")
def report():
    from graph_build.text.evaluate import evaluate

    return evaluate(SEALED17)


def test_evaluation_scores_the_extractor_against_every_gold_claim(report):
    assert_scores_every_gold_claim(SEALED17, report, GOLD_COUNTS)
