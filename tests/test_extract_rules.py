"""The general rules added for mechanism chains, anaphora, coordination and prevalence, on texts written here."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


def _claims(text: str) -> dict[tuple, dict]:
    doc = Document("t", "t", "t.txt", "", text, Path("t.txt"))
    return {
        (c.subject, c.predicate, c.object, c.negated): dict(c.qualifiers)
        for c in extract_document(doc, load_lexicon(), vocabularies=False).claims
    }


def test_this_x_refers_to_the_previous_sentences_outcome_and_steps_are_numbered():
    claims = _claims(
        "Clonazepam binds to the GABA-A receptor. This binding increases chloride channel opening, "
        "which leads to chloride influx."
    )
    assert claims[("clonazepam", "bindsTo", "gaba-a-receptor", False)]["stepIndex"] == (1,)
    step2 = claims[("gaba-a-receptor", "increases", "chloride-channel-opening", False)]
    assert step2 == {"mechanismOf": ("clonazepam",), "stepIndex": (2,)}
    assert claims[("chloride-channel-opening", "causes", "chloride-influx", False)]["stepIndex"] == (3,)


def test_a_cue_word_inside_a_name_is_no_cue():
    claims = _claims("Hyperpolarization leads to reduced neuronal excitability.")
    assert ("hyperpolarization", "causes", "reduced-neuronal-excitability", False) in claims
    assert not any(k[1] == "decreases" for k in claims)


def test_coordinated_modifiers_share_the_head_noun():
    claims = _claims("Clonazepam should not be taken by people with severe liver or respiratory disease.")
    assert ("clonazepam", "contraindicatedIn", "liver-disease", False) in claims


def test_prevalence_resolves_to_the_known_statistic_with_that_percentage():
    claims = _claims("About 20.4% of adults in the United States are living with chronic pain.")
    assert ("chronic-pain", "hasPrevalence", "chronic-pain-prevalence-us", False) in claims
    assert not any(k[1] == "hasPrevalence" for k in _claims("About 3% of adults are living with chronic pain."))
