"""The third sealed never-tuned set: four articles about drugs no other set mentions, and their gold claims, written
before the extractor was ever run on them, to be measured exactly once.

tests/fixtures/extract/sealed3/ holds original articles about tamoxifen (a selective oestrogen receptor modulator,
breast cancer; a section of a cancer charity's condition guide with question headings, a numbered mechanism and a
bulleted list), nitrofurantoin (a nitrofuran urinary antibacterial, cystitis; a nursing student's terse, bullet-heavy
revision notes), carbimazole (an antithyroid prodrug, Graves' disease; a medicines-information line's written reply
to a caller) and doxycycline (a tetracycline antibiotic, malaria prevention and more; a GP surgery's newsletter item
answering patients' questions), and claims/<document>.yaml gold written by reading each text only. Texts, gold and
these tests were committed together before any extraction (see the commit that added them); the gold was checked only
by slicing the texts at its offsets and against the ontology's terms. Entities no vocabulary may know, and the hard
cases with how they were judged, are listed at the top of each gold file.

The gold-structure tests below were committed before the one measurement (2026-12-04 22:34 UTC, at commit ec831aa;
figures in docs/extraction.md, "The sealed3 set"); before it, three faults stopped the gold from loading and were
fixed in general (2231b72); the last test, added with the measurement, checks that `evaluate` scores the extractor
against every gold claim. It pins neither the score nor which claims are found: the set's misses are not turned into
targets, and the set is in-sample for any rule written after that measurement.
"""

from pathlib import Path

import pytest
from goldsets import (
    CLAIM_KINDS,
    assert_about_drugs_no_other_text_mentions,
    assert_brands_named,
    assert_gold_as_written,
    assert_gold_loads,
    assert_gold_uses_the_ontology,
    assert_scores_every_gold_claim,
    gold,
    gold_items,
    predicates_and_steps,
)

from graph_build.read import read_corpus
from graph_build.text.evaluate import evaluate

SEALED3 = Path(__file__).parent / "fixtures" / "extract" / "sealed3"
#: gold claims per document, as written by the curator (one (subject, predicate, object, negated) item each)
GOLD_COUNTS = {
    "carbimazole-medicines-line-answer": 51,
    "doxycycline-surgery-newsletter": 44,
    "nitrofurantoin-revision-notes": 61,
    "tamoxifen-breast-cancer-guide": 52,
}
#: drugs the other sets and the seed corpus never mention: the set is about them (methimazole, also called
#: thiamazole, is carbimazole's active form)
NEW_DRUGS = {"carbimazole", "doxycycline", "methimazole", "nitrofurantoin", "tamoxifen", "thiamazole"}
#: their brand names, which no other text names either
BRAND_NAMES = {"nolvadex", "soltamox", "macrobid", "macrodantin", "neo-mercazole", "vibramycin"}


def _items() -> dict[tuple, str]:
    return gold_items(SEALED3, GOLD_COUNTS)


def test_each_article_has_its_gold_and_every_quote_sits_at_its_offsets():
    assert_gold_as_written(SEALED3, GOLD_COUNTS)
    assert_gold_loads(SEALED3, GOLD_COUNTS)


def test_the_articles_are_about_drugs_no_other_text_mentions():
    assert_about_drugs_no_other_text_mentions(SEALED3, NEW_DRUGS | BRAND_NAMES, (550, 800))
    assert_brands_named(SEALED3, BRAND_NAMES)


def test_gold_uses_only_the_ontologys_predicates_qualifiers_and_values():
    assert_gold_uses_the_ontology(SEALED3, GOLD_COUNTS)


def test_gold_keeps_the_negations_hedges_and_contraindications_of_the_texts():
    texts = {d.id: d.text for d in read_corpus(SEALED3)}
    assert "It will not help if your cancer is ER-negative." in texts["tamoxifen-breast-cancer-guide"]
    assert "Tamoxifen is not an aromatase inhibitor." in texts["tamoxifen-breast-cancer-guide"]
    assert "NOT for pyelonephritis" in texts["nitrofurantoin-revision-notes"]
    assert "Combined pill: no interaction." in texts["nitrofurantoin-revision-notes"]
    assert "There is no interaction between carbimazole" in texts["carbimazole-medicines-line-answer"]
    assert "It will not help a cold or flu" in texts["doxycycline-surgery-newsletter"]
    items = _items()
    negated = {item[:4] for item in items if item[4]}
    assert negated == {
        ("carbimazole-medicines-line-answer", "carbimazole", "decreases", "thyroid-hormone-release"),
        ("carbimazole-medicines-line-answer", "propranolol", "decreases", "thyroid-hormone"),
        ("carbimazole-medicines-line-answer", "carbimazole", "contraindicatedIn", "breastfeeding-mothers"),
        ("carbimazole-medicines-line-answer", "carbimazole", "interactsWith", "omeprazole"),
        ("carbimazole-medicines-line-answer", "carbimazole", "interactsWith", "vitamin-d"),
        ("doxycycline-surgery-newsletter", "doxycycline", "treats", "common-cold"),
        ("doxycycline-surgery-newsletter", "doxycycline", "treats", "influenza"),
        ("doxycycline-surgery-newsletter", "doxycycline", "interactsWith", "combined-oral-contraceptive"),
        ("doxycycline-surgery-newsletter", "doxycycline", "interactsWith", "alcohol"),
        ("nitrofurantoin-revision-notes", "nitrofurantoin", "treats", "pyelonephritis"),
        ("nitrofurantoin-revision-notes", "nitrofurantoin", "treats", "urosepsis"),
        ("nitrofurantoin-revision-notes", "nitrofurantoin", "treats", "prostatitis"),
        ("nitrofurantoin-revision-notes", "nitrofurantoin", "actsOn", "proteus"),
        ("nitrofurantoin-revision-notes", "nitrofurantoin", "actsOn", "pseudomonas"),
        ("nitrofurantoin-revision-notes", "nitrofurantoin", "interactsWith", "combined-oral-contraceptive"),
        ("nitrofurantoin-revision-notes", "nitrofurantoin", "hasWithdrawalEffect", "withdrawal-syndrome"),
        ("nitrofurantoin-revision-notes", "trimethoprim", "treats", "pyelonephritis"),
        ("tamoxifen-breast-cancer-guide", "tamoxifen", "isA", "aromatase-inhibitor"),
        ("tamoxifen-breast-cancer-guide", "tamoxifen", "treats", "estrogen-receptor-negative-breast-cancer"),
        ("tamoxifen-breast-cancer-guide", "tamoxifen", "interactsWith", "venlafaxine"),
        ("tamoxifen-breast-cancer-guide", "tamoxifen", "hasWithdrawalEffect", "withdrawal-syndrome"),
    }
    # "will not help if your cancer is ER-negative" denies one use beside the positive ones
    assert ("tamoxifen-breast-cancer-guide", "tamoxifen", "treats", "breast-neoplasms", False) in items
    erneg = next(
        c for c in gold(SEALED3, "tamoxifen-breast-cancer-guide") if c["object"].startswith("estrogen-receptor-neg")
    )
    assert erneg["qualifiers"]["useStatus"] == ["NotAppropriate"]
    # "does not seem to interfere" is a hedged denial; "may make tamoxifen less effective" hedged interactions
    assert items[("tamoxifen-breast-cancer-guide", "tamoxifen", "interactsWith", "venlafaxine", True)] == "Believed"
    assert items[("tamoxifen-breast-cancer-guide", "tamoxifen", "interactsWith", "paroxetine", False)] == "Possible"
    # "studies have not shown clearly that tamoxifen causes this" is Reported, not a denial
    assert items[("tamoxifen-breast-cancer-guide", "tamoxifen", "hasAdverseEffect", "weight-gain", False)] == "Reported"
    # "your doctor may prefer a different treatment" and "Caution in" are hedged contraindications; "avoid" is not
    assert items[("tamoxifen-breast-cancer-guide", "tamoxifen", "contraindicatedIn", "thrombosis", False)] == "Possible"
    lung = ("nitrofurantoin-revision-notes", "nitrofurantoin", "contraindicatedIn", "lung-diseases", False)
    assert items[lung] == "Possible"
    egfr = ("nitrofurantoin-revision-notes", "nitrofurantoin", "contraindicatedIn", "renal-insufficiency", False)
    assert items[egfr] == "Asserted"
    lupus = (
        "doxycycline-surgery-newsletter",
        "doxycycline",
        "contraindicatedIn",
        "systemic-lupus-erythematosus",
        False,
    )
    assert items[lupus] == "Possible"
    # "very rarely" is Occasional; "Hair thinning has been reported" Reported
    agr = ("carbimazole-medicines-line-answer", "carbimazole", "hasAdverseEffect", "agranulocytosis", False)
    assert items[agr] == "Occasional"
    hair = ("carbimazole-medicines-line-answer", "carbimazole", "hasAdverseEffect", "alopecia", False)
    assert items[hair] == "Reported"
    # "alcohol does not interfere ... although heavy drinking can make it less effective": a denial and a positive
    assert ("doxycycline-surgery-newsletter", "doxycycline", "interactsWith", "alcohol", False) in items
    # "the overactive thyroid comes back" after stopping is an asserted withdrawal effect
    back = ("carbimazole-medicines-line-answer", "carbimazole", "hasWithdrawalEffect", "hyperthyroidism", False)
    assert items[back] == "Asserted"
    hedged = {item for item, certainty in items.items() if certainty != "Asserted"}
    assert len(hedged) == 27


def test_every_kind_of_claim_the_brief_names_is_in_the_gold():
    found, steps = predicates_and_steps(SEALED3, GOLD_COUNTS)
    assert found >= CLAIM_KINDS
    assert ("tamoxifen", "estrogen-receptor", 1) in steps
    assert ("tumor-growth", "cancer-recurrence", 4) in steps
    assert ("nitrofurantoin", "bacterial-nitroreductase", 1) in steps
    assert ("reactive-intermediates", "bacterial-cell-death", 3) in steps
    assert ("methimazole", "thyroid-peroxidase", 1) in steps
    assert ("thyroid-hormone", "tachycardia", 4) in steps
    assert ("doxycycline", "bacterial-ribosome", 1) in steps
    assert ("protein-synthesis-inhibition", "bacterial-growth", 2) in steps
    # one article holds by itself every kind of claim of a drug: use, mechanism, target, class, harms and interactions
    one, one_steps = predicates_and_steps(SEALED3, ["tamoxifen-breast-cancer-guide"])
    assert {
        "treats",
        "bindsTo",
        "hasMechanismOfAction",
        "isA",
        "hasAdverseEffect",
        "contraindicatedIn",
        "interactsWith",
        "hasWithdrawalEffect",
    } <= one and len({step for *_, step in one_steps}) == 4
    # the bulleted serious effects of the guide stand under "Less common but more serious side effects include:"
    listed = {
        c["object"]: c.get("certainty", "Asserted")
        for c in gold(SEALED3, "tamoxifen-breast-cancer-guide")
        if c["subject"] == "tamoxifen"
        and c["predicate"] == "hasAdverseEffect"
        and any(ev["quote"].startswith("- ") for ev in c["evidence"])
    }
    assert set(listed) == {"venous-thrombosis", "pulmonary-embolism", "endometrial-neoplasms", "cataract"}
    assert set(listed.values()) == {"Occasional"}


@pytest.fixture(scope="module")
def report():
    return evaluate(SEALED3)


def test_evaluation_scores_the_extractor_against_every_gold_claim(report):
    assert_scores_every_gold_claim(SEALED3, report, GOLD_COUNTS)
