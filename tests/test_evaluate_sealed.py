"""The sealed never-tuned set: five articles about drugs no other set mentions, and their gold claims, written before
the extractor was ever run on them, to be measured exactly once.

tests/fixtures/extract/sealed/ holds original articles about donepezil (a cholinesterase inhibitor, Alzheimer's
disease; a health-information page with bullet lists and a table), ondansetron (a 5-HT3 receptor antagonist; a patient
leaflet with question headings), mirtazapine (a NaSSA antidepressant; a pharmacology explainer with a numbered
mechanism chain), hydroxychloroquine (a DMARD, lupus; a news feature) and methotrexate (a folate antagonist; a short
research report with aims, results and hedged conclusions), and claims/<document>.yaml gold written by reading each
text only. Texts and gold were committed together before any extraction (see the commit that added them); the gold was
checked only by slicing the texts at its offsets and against the ontology's terms. Entities no vocabulary may know
are listed at the top of each gold file.

The gold-structure tests below were committed before the one measurement (2026-12-04 20:15 UTC, at commit 2cbf656;
figures in docs/extraction.md); the last test, added with the measurement, checks that `evaluate` scores the
extractor against every gold claim. Like the fresh set's, it pins neither the score nor which claims are found: the
set's misses are not turned into targets, and the set is in-sample for any rule written after that measurement.
"""

from pathlib import Path

import pytest
from goldsets import (
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

SEALED = Path(__file__).parent / "fixtures" / "extract" / "sealed"
#: gold claims per document, as written by the curator (one (subject, predicate, object, negated) item each)
GOLD_COUNTS = {
    "donepezil-alzheimers-disease": 62,
    "hydroxychloroquine-lupus-shortage": 44,
    "methotrexate-folic-acid-study": 37,
    "mirtazapine-how-it-works": 62,
    "ondansetron-nausea-vomiting": 56,
}
#: drugs the other sets and the seed corpus never mention: the set is about them
NEW_DRUGS = {"donepezil", "hydroxychloroquine", "methotrexate", "mirtazapine", "ondansetron"}
#: their brand names, which no other text names either
BRAND_NAMES = {"aricept", "plaquenil", "remeron", "zofran"}


def _items() -> dict[tuple, str]:
    return gold_items(SEALED, GOLD_COUNTS)


def test_each_article_has_its_gold_and_every_quote_sits_at_its_offsets():
    assert_gold_as_written(SEALED, GOLD_COUNTS)
    assert_gold_loads(SEALED, GOLD_COUNTS)


def test_the_articles_are_about_drugs_no_other_text_mentions():
    assert_about_drugs_no_other_text_mentions(SEALED, NEW_DRUGS | BRAND_NAMES, (500, 900))
    assert_brands_named(SEALED, BRAND_NAMES)


def test_gold_uses_only_the_ontologys_predicates_qualifiers_and_values():
    assert_gold_uses_the_ontology(SEALED, GOLD_COUNTS)


def test_gold_keeps_the_negations_hedges_and_contraindications_of_the_texts():
    texts = {d.id: d.text for d in read_corpus(SEALED)}
    assert "It does not cure Alzheimer's disease" in texts["donepezil-alzheimers-disease"]
    assert "should not be used to treat motion sickness." in texts["ondansetron-nausea-vomiting"]
    assert "Ondansetron does not interact with alcohol." in texts["ondansetron-nausea-vomiting"]
    assert "Hydroxychloroquine does not prevent or treat COVID-19" in texts["hydroxychloroquine-lupus-shortage"]
    assert "We tested whether daily folic acid" in texts["methotrexate-folic-acid-study"]
    items = _items()
    negated = {item[:4] for item in items if item[4]}
    assert negated == {
        ("donepezil-alzheimers-disease", "donepezil", "treats", "alzheimer-disease"),
        ("donepezil-alzheimers-disease", "donepezil", "treats", "age-associated-memory-impairment"),
        ("donepezil-alzheimers-disease", "donepezil", "treats", "mild-cognitive-impairment"),
        ("donepezil-alzheimers-disease", "donepezil", "interactsWith", "memantine"),
        ("hydroxychloroquine-lupus-shortage", "hydroxychloroquine", "treats", "covid-19"),
        ("hydroxychloroquine-lupus-shortage", "hydroxychloroquine", "decreases", "death"),
        ("hydroxychloroquine-lupus-shortage", "hydroxychloroquine", "contraindicatedIn", "pregnant-women"),
        ("hydroxychloroquine-lupus-shortage", "hydroxychloroquine", "contraindicatedIn", "breastfeeding-mothers"),
        ("hydroxychloroquine-lupus-shortage", "hydroxychloroquine", "treats", "virus-diseases"),
        ("methotrexate-folic-acid-study", "folic-acid", "decreases", "nausea"),
        ("methotrexate-folic-acid-study", "folic-acid", "interactsWith", "methotrexate"),
        ("methotrexate-folic-acid-study", "folic-acid", "decreases", "pneumonitis"),
        ("mirtazapine-how-it-works", "mirtazapine", "treats", "bipolar-depression"),
        ("mirtazapine-how-it-works", "mirtazapine", "hasAdverseEffect", "insomnia"),
        ("ondansetron-nausea-vomiting", "ondansetron", "treats", "motion-sickness"),
        ("ondansetron-nausea-vomiting", "ondansetron", "bindsTo", "dopamine-receptor"),
        ("ondansetron-nausea-vomiting", "ondansetron", "hasAdverseEffect", "muscle-spasm"),
        ("ondansetron-nausea-vomiting", "ondansetron", "hasAdverseEffect", "restlessness"),
        ("ondansetron-nausea-vomiting", "ondansetron", "hasAdverseEffect", "somnolence"),
        ("ondansetron-nausea-vomiting", "ondansetron", "interactsWith", "acetaminophen"),
        ("ondansetron-nausea-vomiting", "ondansetron", "interactsWith", "alcohol"),
    }
    # "does not cure" beside "used to treat the symptoms": a negated and a positive treats of the same condition
    assert items[("donepezil-alzheimers-disease", "donepezil", "treats", "alzheimer-disease", False)] == "Asserted"
    # the comparison gives metoclopramide the positive claims ondansetron is denied
    assert ("ondansetron-nausea-vomiting", "metoclopramide", "hasAdverseEffect", "muscle-spasm", False) in items
    # "Doctors take extra care, and may decide it is unsuitable, for people with:" hedges the bulleted
    # contraindications; "should not be taken by people who are allergic" does not
    assert items[("donepezil-alzheimers-disease", "donepezil", "contraindicatedIn", "asthma", False)] == "Possible"
    allergy = ("donepezil-alzheimers-disease", "donepezil", "contraindicatedIn", "drug-hypersensitivity", False)
    assert items[allergy] == "Asserted"
    # "Some studies suggest" is Reported, "is thought to relieve depression" Believed, "rarely causes" Occasional
    assert items[("ondansetron-nausea-vomiting", "ondansetron", "hasAdverseEffect", "cleft-palate", False)] == (
        "Reported"
    )
    relief = ("mirtazapine-how-it-works", "serotonin-1a-receptor-signalling", "alleviates", "depression", False)
    assert items[relief] == "Believed"
    assert items[("mirtazapine-how-it-works", "mirtazapine", "hasAdverseEffect", "nausea", False)] == "Occasional"
    # "can be taken with warfarin, but ... may slightly increase [the INR]" is a hedged interaction, not a denied one
    assert items[("mirtazapine-how-it-works", "mirtazapine", "interactsWith", "warfarin", False)] == "Possible"
    # "usually not a first-line antidepressant" ranks a use: a positive treats with a use status, not a negation
    mdd = next(c for c in gold(SEALED, "mirtazapine-how-it-works") if c["object"] == "major-depressive-disorder")
    assert not mdd.get("negated", False)
    assert {"NotFirstLine", "ReservedAfterFailure"} <= set(mdd["qualifiers"]["useStatus"])
    hedged = {item for item, certainty in items.items() if certainty != "Asserted"}
    assert len(hedged) == 58


def test_every_kind_of_claim_the_brief_names_is_in_the_gold():
    found, steps = predicates_and_steps(SEALED, GOLD_COUNTS)
    assert {
        "treats",
        "bindsTo",
        "actsOn",
        "hasMechanismOfAction",
        "hasEffect",
        "isA",
        "hasAdverseEffect",
        "contraindicatedIn",
        "interactsWith",
        "hasWithdrawalEffect",
        "increases",
        "decreases",
        "alleviates",
        "causes",
        "hasFormulation",
        "hasPhenotype",
    } <= found
    assert ("donepezil", "acetylcholinesterase", 1) in steps
    assert ("enhanced-cholinergic-transmission", "dementia", 4) in steps
    assert ("mirtazapine", "alpha-2-adrenergic-receptor", 1) in steps
    assert ("alpha-2-adrenergic-receptor-blockade", "norepinephrine-release", 2) in steps
    assert ("serotonin-1a-receptor-signalling", "depression", 5) in steps
    assert ("ondansetron", "serotonin-5-ht3-receptor", 1) in steps
    assert ("lysosomal-alkalinization", "toll-like-receptor-signalling", 3) in steps
    assert ("methotrexate", "dihydrofolate-reductase", 1) in steps
    # the table of the donepezil page: its Rare row is an Occasional adverse effect, the others asserted
    table = {
        c["object"]: c.get("certainty", "Asserted")
        for c in gold(SEALED, "donepezil-alzheimers-disease")
        if c["evidence"][0]["quote"].startswith("| ")
    }
    assert table["gastrointestinal-hemorrhage"] == "Occasional" and table["bradycardia"] == "Asserted"
    assert len(table) == 9


@pytest.fixture(scope="module")
def report():
    return evaluate(SEALED)


def test_evaluation_scores_the_extractor_against_every_gold_claim(report):
    assert_scores_every_gold_claim(SEALED, report, GOLD_COUNTS)
