"""The eleventh sealed never-tuned set: four articles about drugs no other set mentions, and their gold claims, written
before the extractor was ever run on them, to be measured exactly once.

tests/fixtures/extract/sealed11/ holds original articles about desmopressin (a man-made copy of vasopressin switching
on the kidneys' V2 receptors, bedwetting and diabetes insipidus; a children's continence service's planner for families
using it on nights away; it alone holds every kind of claim), dapagliflozin (an SGLT2 inhibitor blocking the kidney
tubules' sugar and salt carrier, chronic kidney disease, type 2 diabetes and heart failure; a renal clinic's patient
decision aid), oseltamivir (an antiviral blocking the flu virus's neuraminidase, treating and preventing flu; a GP
pharmacy team's plain-text sheet for the fridge door of a household with flu) and cabergoline (a dopamine agonist
switching on D2 receptors of the pituitary's prolactin cells, prolactinoma and stopping breast milk; the medicine
pages of a patient-held pituitary passport), and claims/<document>.yaml gold written by reading each text only. Texts,
gold and these tests were committed together before any extraction (see the commit that added them); the gold was
checked only by slicing the texts at its offsets, against the ontology's terms and by loading it as `evaluate` loads
gold. Entities no vocabulary may know, and the hard cases with how they were judged, are listed at the top of each
gold file.

The gold-structure tests were committed before the one measurement (2026-12-05 06:42 UTC, at commit 3f908c3; figures
in docs/extraction.md, "The sealed11 set", and decision 0696); the last test, unskipped with the measurement, checks
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

SEALED11 = Path(__file__).parent / "fixtures" / "extract" / "sealed11"
#: gold claims per document, as written by the curator (one (subject, predicate, object, negated) item each)
GOLD_COUNTS = {
    "cabergoline-pituitary-patient-passport": 56,
    "dapagliflozin-kidney-clinic-decision-aid": 51,
    "desmopressin-bedwetting-sleepover-planner": 48,
    "oseltamivir-flu-household-fridge-sheet": 44,
}
#: drugs the other sets and the seed corpus never mention: the set is about them
NEW_DRUGS = {"cabergoline", "dapagliflozin", "desmopressin", "oseltamivir"}
#: their brand names, which no other text names either (desmopressin's text names none)
BRAND_NAMES = {"dostinex", "forxiga", "tamiflu"}


def _items() -> dict[tuple, str]:
    return gold_items(SEALED11, GOLD_COUNTS)


def test_each_article_has_its_gold_and_every_quote_sits_at_its_offsets():
    assert_gold_as_written(SEALED11, GOLD_COUNTS)
    assert_gold_loads(SEALED11, GOLD_COUNTS)


def test_the_articles_are_about_drugs_no_other_text_mentions():
    assert_about_drugs_no_other_text_mentions(SEALED11, NEW_DRUGS | BRAND_NAMES, (550, 800))
    assert_brands_named(SEALED11, BRAND_NAMES)


def test_gold_uses_only_the_ontologys_predicates_qualifiers_and_values():
    assert_gold_uses_the_ontology(SEALED11, GOLD_COUNTS)


def test_gold_keeps_the_negations_hedges_and_contraindications_of_the_texts():
    texts = {d.id: d.text for d in read_corpus(SEALED11)}
    cabergoline, dapagliflozin = "cabergoline-pituitary-patient-passport", "dapagliflozin-kidney-clinic-decision-aid"
    desmopressin, oseltamivir = "desmopressin-bedwetting-sleepover-planner", "oseltamivir-flu-household-fridge-sheet"
    assert "it is not a hormone, and it is **not a contraceptive**" in texts[cabergoline]
    assert "It is **not a treatment for type 1 diabetes**" in texts[dapagliflozin]
    assert "it is **not a treatment for daytime wetting**" in texts[desmopressin]
    assert "It does not work against colds, COVID-19 or chest infections caused by bacteria" in texts[oseltamivir]
    items = _items()
    negated = {item[:4] for item in items if item[4]}
    assert negated == {
        (cabergoline, "cabergoline", "hasWithdrawalEffect", "withdrawal-syndrome"),
        (cabergoline, "cabergoline", "interactsWith", "acetaminophen"),
        (cabergoline, "cabergoline", "isA", "contraceptive-agent"),
        (cabergoline, "cabergoline", "isA", "hormone"),
        (dapagliflozin, "dapagliflozin", "hasAdverseEffect", "hypoglycemia"),
        (dapagliflozin, "dapagliflozin", "hasWithdrawalEffect", "withdrawal-syndrome"),
        (dapagliflozin, "dapagliflozin", "interactsWith", "digoxin"),
        (dapagliflozin, "dapagliflozin", "interactsWith", "warfarin"),
        (dapagliflozin, "dapagliflozin", "isA", "diuretic"),
        (dapagliflozin, "dapagliflozin", "treats", "type-1-diabetes-mellitus"),
        (desmopressin, "desmopressin", "hasWithdrawalEffect", "withdrawal-syndrome"),
        (desmopressin, "desmopressin", "treats", "diurnal-enuresis"),
        (desmopressin, "desmopressin", "treats", "nocturnal-enuresis"),
        (oseltamivir, "oseltamivir", "contraindicatedIn", "breastfeeding-mothers"),
        (oseltamivir, "oseltamivir", "contraindicatedIn", "pregnant-women"),
        (oseltamivir, "oseltamivir", "interactsWith", "acetaminophen"),
        (oseltamivir, "oseltamivir", "interactsWith", "ibuprofen"),
        (oseltamivir, "oseltamivir", "interactsWith", "inactivated-influenza-vaccine"),
        (oseltamivir, "oseltamivir", "treats", "bacterial-chest-infection"),
        (oseltamivir, "oseltamivir", "treats", "common-cold"),
        (oseltamivir, "oseltamivir", "treats", "covid-19"),
    }
    # every denial of a use says the use is not appropriate; the nasal spray's denied use keeps the tablets' and melts'
    # use beside it
    assert_denied_uses_not_appropriate(SEALED11, GOLD_COUNTS)
    assert items[(desmopressin, "desmopressin", "treats", "nocturnal-enuresis", False)] == "Asserted"
    # "Some people", "Rare", "Very rare", "Rarely", "Very rarely" and "Uncommon" are Occasional; "may" Possible;
    # "is likely to" Believed; "have been reported ... it is not known whether the medicine plays a part" Reported;
    # "can", "many", "usually", "common", "very common" and "more than 1 in 10" are not hedges
    expected = {
        (cabergoline, "cabergoline", "hasAdverseEffect", "amplification-of-sexual-behavior"): "Occasional",
        (cabergoline, "cabergoline", "hasAdverseEffect", "binge-eating-disorder"): "Occasional",
        (cabergoline, "cabergoline", "hasAdverseEffect", "compulsive-shopping"): "Occasional",
        (
            cabergoline,
            "cabergoline",
            "hasAdverseEffect",
            "disruptive-impulse-control-and-conduct-disorders",
        ): "Occasional",
        (cabergoline, "cabergoline", "hasAdverseEffect", "gambling"): "Occasional",
        (cabergoline, "cabergoline", "hasAdverseEffect", "pulmonary-fibrosis"): "Occasional",
        (dapagliflozin, "chronic-renal-insufficiency", "hasPhenotype", "edema"): "Occasional",
        (dapagliflozin, "chronic-renal-insufficiency", "hasPhenotype", "fatigue"): "Occasional",
        (dapagliflozin, "chronic-renal-insufficiency", "hasPhenotype", "pruritus"): "Occasional",
        (dapagliflozin, "dapagliflozin", "decreases", "kidney-function-decline"): "Believed",
        (dapagliflozin, "dapagliflozin", "decreases", "renal-dialysis"): "Possible",
        (dapagliflozin, "dapagliflozin", "hasAdverseEffect", "dehydration"): "Occasional",
        (dapagliflozin, "dapagliflozin", "hasAdverseEffect", "diabetic-ketoacidosis"): "Occasional",
        (dapagliflozin, "dapagliflozin", "hasAdverseEffect", "fournier-gangrene"): "Occasional",
        (dapagliflozin, "dapagliflozin", "interactsWith", "lithium"): "Possible",
        (desmopressin, "desmopressin", "hasAdverseEffect", "hyponatremia"): "Occasional",
        (desmopressin, "desmopressin", "hasAdverseEffect", "mood-change"): "Occasional",
        (desmopressin, "desmopressin", "hasAdverseEffect", "nightmares"): "Occasional",
        (desmopressin, "desmopressin", "interactsWith", "antidepressant"): "Possible",
        (desmopressin, "desmopressin", "interactsWith", "carbamazepine"): "Possible",
        (oseltamivir, "human-influenza", "hasPhenotype", "abdominal-pain"): "Possible",
        (oseltamivir, "human-influenza", "hasPhenotype", "vomiting"): "Possible",
        (oseltamivir, "oseltamivir", "hasAdverseEffect", "abnormal-behaviour"): "Reported",
        (oseltamivir, "oseltamivir", "hasAdverseEffect", "confusion"): "Reported",
        (oseltamivir, "oseltamivir", "hasAdverseEffect", "drug-hypersensitivity"): "Occasional",
        (oseltamivir, "oseltamivir", "hasAdverseEffect", "hallucinations"): "Reported",
        (cabergoline, "cabergoline", "hasAdverseEffect", "heart-valve-diseases"): "Asserted",
        (cabergoline, "cabergoline", "increases", "fertility"): "Asserted",
        (cabergoline, "prolactinoma", "causes", "visual-field-defect"): "Asserted",
        (dapagliflozin, "dapagliflozin", "hasAdverseEffect", "candidiasis"): "Asserted",
        (dapagliflozin, "dapagliflozin", "decreases", "hospitalization"): "Asserted",
        (desmopressin, "nocturnal-polyuria", "causes", "nocturnal-enuresis"): "Asserted",
        (desmopressin, "constipation", "increases", "nocturnal-enuresis"): "Asserted",
        (desmopressin, "desmopressin", "causes", "water-intoxication"): "Asserted",
        (oseltamivir, "oseltamivir", "interactsWith", "live-attenuated-influenza-vaccine"): "Asserted",
        (oseltamivir, "human-influenza", "causes", "confusion"): "Asserted",
        (oseltamivir, "oseltamivir", "hasAdverseEffect", "headache"): "Asserted",
    }
    for item, certainty in expected.items():
        assert items[(*item, False)] == certainty, item
    # "must not", "Do not give ... if your child", "not recommended", "not licensed for", "not used in", "should not
    # take it for", "is not started", "is usually stopped once" and the sick-day "stop" / "skip the dose" are asserted
    # contraindications; no text hedges one
    contraindications = {item for item in items if item[2] == "contraindicatedIn" and not item[4]}
    assert {items[item] for item in contraindications} == {"Asserted"}
    for asserted in (
        (cabergoline, "cabergoline", "contraindicatedIn", "heart-valve-diseases"),
        (cabergoline, "cabergoline", "contraindicatedIn", "pregnant-women"),
        (cabergoline, "cabergoline", "contraindicatedIn", "adolescents"),
        (dapagliflozin, "dapagliflozin", "contraindicatedIn", "renal-dialysis"),
        (dapagliflozin, "dapagliflozin", "contraindicatedIn", "breastfeeding-mothers"),
        (dapagliflozin, "dapagliflozin", "contraindicatedIn", "surgery"),
        (desmopressin, "desmopressin", "contraindicatedIn", "polydipsia"),
        (desmopressin, "desmopressin", "contraindicatedIn", "children"),
        (desmopressin, "desmopressin", "contraindicatedIn", "older-adults"),
        (oseltamivir, "oseltamivir", "contraindicatedIn", "chronic-kidney-failure"),
        (oseltamivir, "oseltamivir", "contraindicatedIn", "infants"),
    ):
        assert (*asserted, False) in contraindications, asserted
    # contraindications of conditions and of populations in every article (oseltamivir's pregnancy and breastfeeding
    # are denied ones)
    assert {doc for doc, *_ in contraindications} == set(GOLD_COUNTS)
    populations = {"pregnant-women", "breastfeeding-mothers", "children", "adolescents", "older-adults", "infants"}
    assert {doc for doc, _, _, obj, _ in contraindications if obj in populations} == set(GOLD_COUNTS)
    # three deny withdrawal symptoms and oseltamivir's sheet names no effect of stopping; a condition returning after
    # stopping (prolactin rising, wetting again) is no withdrawal effect
    withdrawal = {item for item in items if item[2] == "hasWithdrawalEffect"}
    assert {item[:4] for item in withdrawal if not item[4]} == set()
    assert {doc for doc, *_ in withdrawal} == {cabergoline, dapagliflozin, desmopressin}
    hedged_items = {item for item, certainty in items.items() if certainty != "Asserted"}
    assert len(hedged_items) == 26


def test_every_kind_of_claim_the_brief_names_is_in_the_gold():
    kinds = CLAIM_KINDS
    found, steps = predicates_and_steps(SEALED11, GOLD_COUNTS)
    assert kinds <= found
    assert ("desmopressin", "vasopressin-v2-receptor", 1) in steps
    assert ("vasopressin-v2-receptor-activation", "aquaporin-2", 2) in steps
    assert ("aquaporin-2", "water-reabsorption", 3) in steps
    assert ("water-reabsorption", "urine-production", 4) in steps
    assert ("dapagliflozin", "sodium-glucose-transporter-2", 1) in steps
    assert ("sglt2-inhibition", "renal-sodium-reabsorption", 2) in steps
    assert ("afferent-arteriole-constriction", "glomerular-pressure", 3) in steps
    assert ("glomerular-pressure", "kidney-function-decline", 4) in steps
    assert ("oseltamivir", "neuraminidase", 1) in steps
    assert ("neuraminidase-inhibition", "virus-release", 2) in steps
    assert ("virus-spread", "influenza-duration", 4) in steps
    assert ("cabergoline", "dopamine-d2-receptor", 1) in steps
    assert ("dopamine-d2-receptor-agonism", "prolactin-release", 2) in steps
    assert ("prolactin", "galactorrhea", 4) in steps
    # every article has a mechanism chain of at least three steps, and names its drug's molecular target
    assert_each_article_has_a_chain(SEALED11, GOLD_COUNTS)
    # one article holds by itself every kind of claim
    one, one_steps = predicates_and_steps(SEALED11, ["desmopressin-bedwetting-sleepover-planner"])
    assert kinds <= one and len({step for *_, step in one_steps}) == 4
    # the use statuses of the texts: first treatment, add-on, for special nights only, and denied
    statuses = use_statuses(SEALED11, GOLD_COUNTS)
    assert statuses == {"PrimaryUse", "AdjunctUse", "OccasionalUse", "NotAppropriate"}


@pytest.fixture(scope="module")
def report():
    from graph_build.text.evaluate import evaluate

    return evaluate(SEALED11)


def test_evaluation_scores_the_extractor_against_every_gold_claim(report):
    assert_scores_every_gold_claim(SEALED11, report, GOLD_COUNTS)
