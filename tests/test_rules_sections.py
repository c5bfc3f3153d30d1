"""Owners from sections and labelled fields (decision 0642, issue 13): a monograph's "DRUG: X" field names the
document's drug as a title would; a marked question heading ("### Are there any side effects?") opens a section of
its kind; effects "reported", "the commonest complaints", the common ones after a parenthesis, and a labelled line
of a side-effect section ("IV: A", "Uncommon but serious: A") belong to that drug. The texts are invented from
general patterns with names of the lexicon."""

import pytest
from extracting import claims


def of(text, lexicon, predicate):
    return {(s, o, n) for s, p, o, n in claims(text, lexicon) if p == predicate}


MONOGRAPH = "QUICK REFERENCE CARD\nFor ward use.\n\nDRUG: warfarin\nCLASS: anticoagulant\n\nADVERSE EFFECTS\n"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("Common (oral): nausea and headache. Rare: vomiting.", {"nausea", "headache"}),
        ("IV: dizziness if given too fast.", {"dizziness"}),
        ("Uncommon but serious: pulmonary embolism and stroke.", {"pulmonary-embolism", "stroke"}),
        ("Seizures have been reported with high doses.", {"seizure"}),
        ("Headache and nausea are the commonest complaints.", {"headache", "nausea"}),
    ],
)
def test_a_monographs_drug_field_owns_its_effect_section(lines, expected, lexicon):
    found = {(s, o) for s, o, n in of(MONOGRAPH + lines, lexicon, "hasAdverseEffect") if not n}
    assert {("warfarin", e) for e in expected} <= found
    assert {s for s, _ in found} == {"warfarin"}
    evidence = claims(MONOGRAPH + lines, lexicon)[("warfarin", "hasAdverseEffect", sorted(expected)[0], False)]
    assert all(ev.resolved_from for ev in evidence.evidence)


def test_without_a_drug_field_a_title_naming_no_drug_gives_no_owner(lexicon):
    text = "QUICK REFERENCE CARD\nFor ward use.\n\nADVERSE EFFECTS\nIV: dizziness if given too fast."
    assert not of(text, lexicon, "hasAdverseEffect")


def test_a_route_label_outside_an_effect_section_states_no_effect(lexicon):
    text = MONOGRAPH.replace("ADVERSE EFFECTS", "INDICATIONS") + "IV: pulmonary embolism in adults."
    assert not any(o == "pulmonary-embolism" for _, o, _ in of(text, lexicon, "hasAdverseEffect"))


FAQ = "# Warfarin: your questions answered\n\n### What is it?\n\nWarfarin thins the blood.\n\n"


def test_a_marked_question_heading_opens_a_side_effect_section(lexicon):
    text = FAQ + (
        "### Are there any side effects?\n\nMost people have none. The common ones, seen in up to 1 in 10 people, "
        "are headache and nausea. Less often, people notice dizziness."
    )
    found = {(s, o) for s, o, n in of(text, lexicon, "hasAdverseEffect") if not n}
    assert found == {("warfarin", "headache"), ("warfarin", "nausea"), ("warfarin", "dizziness")}


def test_a_question_heading_of_another_kind_opens_no_effect_section(lexicon):
    text = FAQ + "### What is it used for?\n\nSome people notice headache before a stroke."
    assert not of(text, lexicon, "hasAdverseEffect")


def test_a_short_question_in_running_text_opens_no_section(lexicon):
    text = FAQ + "Why do I feel ill? Are there any side effects?\n\nSome people notice headache before a stroke."
    assert not of(text, lexicon, "hasAdverseEffect")


def test_a_marked_interaction_question_owns_its_bullets(lexicon):
    text = FAQ + "### Does it interact with other medicines?\n\n- Aspirin: raises the risk of bleeding.\n"
    assert ("warfarin", "aspirin", False) in of(text, lexicon, "interactsWith")


def test_a_denied_interaction_bullet_stays_out(lexicon):
    text = FAQ + "### Does it interact with other medicines?\n\n- Paracetamol: no interaction.\n"
    assert not any(o == "acetaminophen" and not n for _, o, n in of(text, lexicon, "interactsWith"))


ARTICLE = "Living with high blood pressure\n\nWarfarin thins the blood. It is taken once a day.\n\n"


def effects(text, lexicon):
    return {(s, o) for s, o, n in of(text, lexicon, "hasAdverseEffect") if not n}


def test_a_passage_about_the_drugs_effects_owns_the_next_drugless_sentence(lexicon):
    text = ARTICLE + "Warfarin can cause nausea. You might also notice headache and dizziness."
    assert effects(text, lexicon) == {("warfarin", "nausea"), ("warfarin", "headache"), ("warfarin", "dizziness")}
    methods = {ev.method for ev in claims(text, lexicon)[("warfarin", "hasAdverseEffect", "headache", False)].evidence}
    assert methods == {"rule:effects-in-passage"}


def test_a_sentence_that_stated_one_drugs_effects_owns_its_later_clause(lexicon):
    text = ARTICLE + "The most common side effects of warfarin are nausea and vomiting, and some people get headache."
    assert effects(text, lexicon) == {("warfarin", "nausea"), ("warfarin", "vomiting"), ("warfarin", "headache")}


def test_high_doses_in_a_passage_about_the_drugs_effects(lexicon):
    text = ARTICLE + "Warfarin can cause nausea. Rarely, high doses cause dizziness."
    assert effects(text, lexicon) == {("warfarin", "nausea"), ("warfarin", "dizziness")}


def test_a_drugless_sentence_with_no_passage_of_effects_before_it_has_no_owner(lexicon):
    text = ARTICLE + "Blood pressure is measured at each visit. Some people notice headache before a stroke."
    assert effects(text, lexicon) == set()


def test_signs_to_act_on_are_no_effects(lexicon):
    text = ARTICLE + "Warfarin can cause nausea. Stop it and call your doctor if you get chest pain."
    assert effects(text, lexicon) == {("warfarin", "nausea")}


def test_outside_a_section_a_list_that_is_common_somewhere_is_no_effect(lexicon):
    text = ARTICLE + "Warfarin can cause nausea. Headache and dizziness are common in older adults."
    assert effects(text, lexicon) == {("warfarin", "nausea")}


def forms(text, lexicon):
    return {(s, o, n) for s, o, n in of(text, lexicon, "hasFormulation")}


def test_forms_listed_with_articles_after_comes_as(lexicon):
    text = "Warfarin: a guide\n\nWarfarin thins the blood. It comes as tablets, a cream and an injection."
    assert forms(text, lexicon) == {("warfarin", f, False) for f in ("tablet", "cream", "injection")}


def test_a_prescribed_form_of_the_drug_in_focus(lexicon):
    text = "Warfarin: a guide\n\nWarfarin thins the blood. Doctors can also prescribe it as capsules."
    assert forms(text, lexicon) == {("warfarin", "capsule", False)}


@pytest.mark.parametrize(
    "text",
    [
        "WARFARIN\n\nHOW SUPPLIED: tablets 5 mg and an oral suspension.",
        "Warfarin: a guide\n\nHOW SUPPLIED\n\nTablets 5 mg and an oral suspension.",
        "QUICK REFERENCE CARD\nFor ward use.\n\nDRUG: warfarin\n\nForms: tablets 5 mg and an oral suspension.",
    ],
)
def test_a_forms_field_lists_the_documents_drugs_forms(text, lexicon):
    assert forms(text, lexicon) == {("warfarin", "tablet", False), ("warfarin", "oral-suspension", False)}


def test_a_forms_field_without_a_document_drug_or_naming_another_agent_gives_nothing(lexicon):
    assert forms("Medicines at home\n\nHOW SUPPLIED: tablets 5 mg.", lexicon) == set()
    text = "Warfarin: a guide\n\nHOW SUPPLIED: aspirin tablets are sold apart."
    assert ("warfarin", "tablet", False) not in forms(text, lexicon)
