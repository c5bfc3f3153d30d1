"""Adverse effects listed without their drug in the sentence (issue 13): under a side-effect heading when the heading
or the document's title names the drug (rules.yaml `effects-under-heading`), and after a sentence that stated the
drug's effects ("These include Y": `effects-anaphor`). The owner is recorded as resolved (resolvedFrom on the
evidence). The texts are invented from general patterns with names of the lexicon and vocabularies."""

import pytest
from extracting import claims


def effects(text, lexicon):
    return {(s, o) for s, p, o, n in claims(text, lexicon) if p == "hasAdverseEffect" and not n}


TITLED = "Warfarin: a guide for patients\n\nWarfarin thins the blood. It is taken once a day.\n\nSide effects\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nausea and headache may also happen, especially in the first week.", {"nausea", "headache"}),
        ("Vomiting is also rare.", {"vomiting"}),
        ("Some people notice headache in the first days.", {"headache"}),
        ("Other common side effects are dizziness and headache.", {"dizziness", "headache"}),
    ],
)
def test_a_side_effect_section_of_a_titled_article_lists_its_drugs_effects(sentence, expected, lexicon):
    found = claims(TITLED + sentence, lexicon)
    assert {("warfarin", e) for e in expected} <= effects(TITLED + sentence, lexicon)
    for e in expected:
        evidence = found[("warfarin", "hasAdverseEffect", e, False)].evidence
        # (the owner is resolved: from the heading, or from "other side effects" read as the drug's by adverse-cue)
        assert all(ev.resolved_from for ev in evidence)
        methods = {ev.method for ev in evidence}
        if "side effects" in sentence:
            assert methods <= {"rule:effects-under-heading", "rule:adverse-cue"}
        else:
            assert methods == {"rule:effects-under-heading"}


def test_a_title_that_does_not_name_the_drug_shows_no_owner(lexicon):
    text = "A guide for patients\n\nWarfarin thins the blood.\n\nSide effects\n\nNausea and headache may also happen."
    assert not any(o in {"nausea", "headache"} for _, o in effects(text, lexicon))


def test_a_section_that_is_not_about_side_effects_lists_none(lexicon):
    text = "Warfarin: a guide\n\nWarfarin thins the blood.\n\nAbout the condition\n\n"
    text += "Nausea and headache may also happen."
    assert not any(o in {"nausea", "headache"} for _, o in effects(text, lexicon))


def test_a_sentence_naming_another_drug_is_not_the_sections(lexicon):
    text = TITLED + "Nausea may also happen with aspirin."
    assert ("warfarin", "nausea") not in effects(text, lexicon)


def test_these_include_lists_the_effects_of_the_previous_sentences_drug(lexicon):
    text = "Warfarin can cause changes in mood. These include anxiety and depression."
    found = claims(text, lexicon)
    assert {("warfarin", "anxiety"), ("warfarin", "depression")} <= effects(text, lexicon)
    evidence = found[("warfarin", "hasAdverseEffect", "anxiety", False)].evidence
    assert all(ev.resolved_from == "These include" for ev in evidence)


def test_these_include_after_a_sentence_without_effects_lists_nothing(lexicon):
    text = "Warfarin thins the blood. These include anxiety and depression."
    assert not any(o in {"anxiety", "depression"} for _, o in effects(text, lexicon))


def test_an_agent_that_opens_a_clause_after_the_list_does_not_own_it(lexicon):
    text = TITLED + "Other common side effects are dizziness and headache, and aspirin can raise the risk of bleeding."
    assert {("warfarin", "dizziness"), ("warfarin", "headache")} <= effects(text, lexicon)


def test_common_symptoms_are_the_phenotype_of_the_condition_the_passage_is_about(lexicon):
    text = (
        "Migraine is a common neurological disease. It often runs in families. "
        "Common symptoms are nausea and sensitivity to light."
    )
    found = claims(text, lexicon)
    assert ("migraine-disorders", "hasPhenotype", "nausea", False) in found
    evidence = found[("migraine-disorders", "hasPhenotype", "nausea", False)].evidence
    assert all(ev.method == "rule:symptoms-anaphor" and ev.resolved_from == "Common symptoms are" for ev in evidence)


def test_a_passage_that_turns_to_a_drug_has_no_condition_for_common_symptoms(lexicon):
    text = "Migraine is a common neurological disease. Ibuprofen is often taken for it. Common symptoms are nausea."
    assert not any(p == "hasPhenotype" for _, p, _, _ in claims(text, lexicon))


def test_symptoms_of_a_condition_of_any_class_include_its_phenotype(lexicon):
    # (spasticity is a symptom-class condition: "symptoms of Y include" states Y's phenotype all the same)
    found = claims("Symptoms of spasticity include muscle spasms and difficulty walking.", lexicon)
    assert ("spasticity", "hasPhenotype", "muscle-spasm", False) in found


INTERACTIONS = "Warfarin: a guide for patients\n\nWarfarin thins the blood.\n\n## Interactions\n\n"


def test_the_agents_of_a_bullet_in_an_interactions_section_interact_with_its_drug(lexicon):
    text = INTERACTIONS + "- **Fluconazole and erythromycin.** These antibiotics slow its breakdown.\n- aspirin\n"
    found = claims(text, lexicon)
    pairs = {(s, o) for s, p, o, n in found if p == "interactsWith" and not n}
    assert {("warfarin", "fluconazole"), ("warfarin", "erythromycin"), ("warfarin", "aspirin")} <= pairs
    assert not any(o == "anti-bacterial-agent" for _, o in pairs)  # ("these antibiotics": the items again)
    evidence = found[("warfarin", "interactsWith", "aspirin", False)].evidence
    assert all(ev.method == "rule:interaction-list" and ev.resolved_from == "## Interactions" for ev in evidence)


def test_a_bullet_that_denies_or_a_section_of_another_kind_lists_no_interaction(lexicon):
    denied = INTERACTIONS + "- Warfarin does not interact with paracetamol.\n"
    assert ("warfarin", "interactsWith", "acetaminophen", False) not in claims(denied, lexicon)
    other = "Warfarin: a guide for patients\n\nWarfarin thins the blood.\n\n## Storage\n\n- aspirin\n"
    assert not any(p == "interactsWith" for _, p, _, _ in claims(other, lexicon))


def test_a_question_heading_of_another_kind_closes_the_side_effect_section(lexicon):
    # the segmenter keeps "Who should not take warfarin?" as a sentence: the bullets after it keep the heading
    # "Side effects", but they are who must not take it, not its effects
    text = TITLED + "Nausea may also happen.\n\n## Who should not take warfarin?\n\n- people with asthma\n"
    found = effects(text, lexicon)
    assert ("warfarin", "nausea") in found
    assert ("warfarin", "asthma") not in found
