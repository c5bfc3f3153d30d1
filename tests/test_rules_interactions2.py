"""Interactions as health texts state them (issue 13, decision 0645): "A and B make X work less well" / "A may make X
less effective" / "A stops X being absorbed" (rules.yaml `makes-work`), a bare denial "as there is no interaction"
(`no-interaction`), "A doesn't interact with it" (the pronoun is the drug in focus) and "A is fine to take with X"
(compatible: denied). The sentences are invented from general patterns with names of the lexicon."""

import pytest
from extracting import claims


def interactions(text, lexicon):
    return {(s, o, n) for s, p, o, n in claims(text, lexicon) if p == "interactsWith"}


def pairs(text, lexicon):
    """The interactions as unordered pairs with their polarity (interactsWith is symmetric)."""
    return {(frozenset((s, o)), n) for s, o, n in interactions(text, lexicon)}


def pair(a, b, negated=False):
    return (frozenset((a, b)), negated)


@pytest.mark.parametrize(
    "text",
    [
        "Carbamazepine and rifampicin make warfarin work less well.",
        "Carbamazepine and rifampicin can make warfarin less effective.",
    ],
)
def test_agents_that_make_a_drug_work_less_well_interact_with_it(text, lexicon):
    assert pairs(text, lexicon) == {pair("carbamazepine", "warfarin"), pair("rifampin", "warfarin")}


def test_an_agent_that_makes_a_drug_work_more_strongly_interacts_with_it(lexicon):
    assert pairs("Fluconazole can make warfarin work more strongly.", lexicon) == {pair("fluconazole", "warfarin")}


def test_an_agent_that_stops_a_drug_being_absorbed_interacts_with_it(lexicon):
    text = "Antacids stop ciprofloxacin being absorbed properly."
    assert pairs(text, lexicon) == {pair("antacid", "ciprofloxacin")}


def test_a_denied_make_less_effective_states_no_interaction(lexicon):
    # (the denial is not read as a denied interaction yet; it must not become an affirmed one)
    text = "Paracetamol does not make warfarin less effective."
    assert pair("acetaminophen", "warfarin") not in pairs(text, lexicon)


def test_making_a_condition_worse_is_no_make_work_interaction(lexicon):
    # "make" followed by no drug: nothing for makes-work
    assert interactions("Warfarin can make you feel more tired.", lexicon) == set()


def test_a_bare_no_interaction_denies_the_named_agent_and_the_drug_in_focus(lexicon):
    text = "Sertraline treats depression. You can take paracetamol as well, as there is no interaction."
    assert pairs(text, lexicon) == {pair("sertraline", "acetaminophen", True)}


def test_a_bullet_with_no_interaction_denies(lexicon):
    text = "Sertraline treats depression.\n\n- Paracetamol for headaches: no interaction."
    assert pair("sertraline", "acetaminophen", True) in pairs(text, lexicon)
    assert pair("sertraline", "acetaminophen", False) not in pairs(text, lexicon)


def test_a_narrowed_no_interaction_is_no_claim(lexicon):
    # "apart from A, there is no interaction": A is the exception, not denied
    text = "Sertraline treats depression. Apart from tramadol, there is no interaction."
    assert pair("sertraline", "tramadol", True) not in pairs(text, lexicon)


def test_an_agent_that_does_not_interact_with_it_is_denied_with_the_drug_in_focus(lexicon):
    text = "Sertraline treats depression. Paracetamol doesn't interact with it either."
    assert pairs(text, lexicon) == {pair("sertraline", "acetaminophen", True)}


def test_an_agent_that_interacts_with_it_interacts_with_the_drug_in_focus(lexicon):
    text = "Sertraline treats depression. Tramadol interacts with it."
    assert pairs(text, lexicon) == {pair("sertraline", "tramadol")}


def test_fine_to_take_with_is_a_compatible_statement(lexicon):
    text = "Paracetamol is fine to take with warfarin."
    assert pairs(text, lexicon) == {pair("acetaminophen", "warfarin", True)}


def test_do_not_take_one_drug_with_another_is_an_interaction(lexicon):
    assert pairs("Do not take ibuprofen with warfarin.", lexicon) == {pair("ibuprofen", "warfarin")}


def test_do_not_take_it_with_another_drug_names_the_drug_in_focus(lexicon):
    text = "Sertraline treats depression. Do not take it with tramadol."
    assert pairs(text, lexicon) == {pair("sertraline", "tramadol")}


def test_never_with_food_warns_of_an_interaction_with_food(lexicon):
    # (food is an entity since decision 0748: "never use X with Y" warns of an interaction with Y, as with a drug;
    # advice to take it with food is none: tests/test_foods_0748.py)
    assert interactions("Never use ibuprofen with food.", lexicon) == {("ibuprofen", "food", False)}


def test_an_agent_that_does_not_interfere_with_a_drug_is_denied(lexicon):
    assert pairs("Alcohol does not interfere with warfarin.", lexicon) == {pair("alcohol", "warfarin", True)}


def test_an_agent_that_does_not_interfere_with_it_names_the_drug_in_focus(lexicon):
    text = "Sertraline treats depression. Alcohol does not interfere with it."
    assert pairs(text, lexicon) == {pair("sertraline", "alcohol", True)}


def test_an_agent_that_may_affect_how_a_drug_works_interacts_with_it(lexicon):
    assert pairs("Fluconazole may affect how warfarin works.", lexicon) == {pair("fluconazole", "warfarin")}


def test_routine_co_therapy_is_no_interaction(lexicon):
    text = "Sertraline treats depression. It is often taken together with psychotherapy."
    assert interactions(text, lexicon) == set()


def test_a_numbered_interactions_heading_under_a_title_naming_the_drug_by_another_name(lexicon):
    # "## 4. Interactions" is a heading although the segmenter cuts "4." off it; the title names paracetamol, whose
    # slug is acetaminophen: the section's bullets interact with it
    text = (
        "# Paracetamol: a patient guide\n\nParacetamol treats pain.\n\n## 4. Interactions\n\n"
        "- Warfarin: regular use may need extra blood tests.\n"
    )
    assert pairs(text, lexicon) == {pair("acetaminophen", "warfarin")}


def test_a_numbered_heading_that_is_no_interactions_section_lists_no_interactions(lexicon):
    text = "# Paracetamol: a patient guide\n\nParacetamol treats pain.\n\n## 4. Other painkillers\n\n- Ibuprofen.\n"
    assert interactions(text, lexicon) == set()
