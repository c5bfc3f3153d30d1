"""Decision 0623: the falsehood classes of the sealed3 measurement, fixed in general; every sentence here is invented
(none is copied from a fixture)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.confidence import THRESHOLD, register
from graph_build.text.doubts import coarse
from graph_build.text.extract import extract_document
from graph_build.text.relate_sentence_rules import _names_a_condition
from graph_build.text.vocabularies import look_up


def _claims(lexicon, text: str) -> dict[tuple, float]:
    doc = Document("d", "t", "d.md", "", text, Path("d.md"))
    return {
        (c.subject, c.predicate, c.object, c.negated): max(e.confidence for e in c.evidence)
        for c in extract_document(doc, lexicon).claims
    }


SIDE_EFFECTS = "# Sertraline\n\nSertraline is an antidepressant.\n\n## Side effects\n\n"


def test_items_after_an_unrecognised_head_and_a_colon_are_its_signs(lexicon):
    text = SIDE_EFFECTS + "- serotonin storm: shivering, sweating and a fast heartbeat, usually in the first days\n"
    claims = _claims(lexicon, text)
    top = {k for k, v in claims.items() if v >= THRESHOLD and k[1] == "hasAdverseEffect"}
    assert not top & {
        ("sertraline", "hasAdverseEffect", o, False) for o in ("shivering", "hyperhidrosis", "tachycardia")
    }
    assert not any(p == "hasAdverseEffect" and o in ("hyperhidrosis", "tachycardia") for _, p, o, _ in claims)


def test_a_label_before_a_colon_still_lists_the_drugs_effects(lexicon):
    claims = _claims(lexicon, SIDE_EFFECTS + "- Very common: headache, diarrhoea.\n- Stomach and gut: nausea.\n")
    assert ("sertraline", "hasAdverseEffect", "headache", False) in claims
    assert ("sertraline", "hasAdverseEffect", "nausea", False) in claims


@pytest.mark.parametrize(
    ("head", "names"),
    [
        ("- acute pulmonary reaction", True),
        ("- sudden liver injury", True),
        ("- Common", False),
        ("- Rare but serious (mostly in older people)", False),
        ("- Tell your doctor straight away if you get", False),
        ("- Skin", False),
    ],
)
def test_a_head_that_names_something_is_told_from_a_label(head, names):
    assert _names_a_condition(head, ":") is names
    assert _names_a_condition(head, " - ") is False  # a dash often starts advice: left to a recognised head


def test_a_name_a_vocabulary_files_under_a_category_heading_maps_to_the_finer_concept():
    hit = look_up("peripheral neuropathy")
    if hit is None:
        pytest.skip("vocabularies not installed")
    assert hit.entity.slug == "peripheral-neuropathy" and hit.entity.exact == ("HP:0009830",)
    assert look_up("peripheral nervous system diseases").entity.slug == "peripheral-nervous-system-diseases"


def test_a_category_heading_for_one_named_disease_is_a_coarse_end():
    text = "It can cause nerve damage in the feet."
    mention = (13, 25, "peripheral-nervous-system-diseases", "Disease")
    assert coarse(text, mention, [mention])
    text = "It is used in some nerve disorders."
    assert not coarse(text, (19, 34, "peripheral-nervous-system-diseases", "Disease"), [])


def test_a_patient_guide_speaking_to_its_reader_is_general_writing():
    guide = (
        "Part of our series for patients. Our nurses wrote it. You may feel tired; tell your team. "
        "Some studies suggest it helps, but we do not know for sure. If you forget a dose, take your next one."
    )
    assert register(guide) == "general"
    report = "We randomized 120 patients; our trial found a 30% fall in pain (p < 0.05) versus placebo."
    assert register(report) == "research"


def test_an_end_whose_narrower_phrase_is_glossed_in_brackets_is_coarse():
    text = "- swelling of the lining of the gut (colitis), rarely"
    mentions = [(2, 10, "edema", "Symptom"), (37, 44, "colitis", "Disease")]
    assert coarse(text, mentions[0], mentions)
    assert not coarse(text, mentions[1], mentions)
    # an abbreviation in brackets glosses nothing
    text = "- clots in the veins (VTE)"
    assert not coarse(text, (2, 7, "thrombosis", "Disease"), [(2, 7, "thrombosis", "Disease"), (22, 25, "vte", "D")])


def test_a_class_in_brackets_after_an_agent_is_its_gloss_not_a_second_partner(lexicon):
    text = (
        "# Warfarin notes\n\nWarfarin is an anticoagulant.\n\n## Interactions\n\n"
        "- Cimetidine (an antacid) slows its breakdown.\n"
    )
    claims = _claims(lexicon, text)
    assert ("warfarin", "interactsWith", "cimetidine", False) in claims
    assert ("warfarin", "interactsWith", "antacid", False) not in claims
