"""Interaction constructions of issue 13 (recall): "A and B raise the level of X" (rules.yaml `level-of`, voice
inverse), "X can increase the effect of Y" (`effect-of`), and an interaction written with the document's drug as its
subject. The sentences are invented from general patterns with names of the lexicon and vocabularies."""

import pytest
from extracting import claims


def interactions(text, lexicon):
    return {(s, o, n) for s, p, o, n in claims(text, lexicon) if p == "interactsWith"}


@pytest.mark.parametrize(
    "text",
    [
        "Fluconazole and erythromycin can raise the level of simvastatin in the blood.",
        "Fluconazole, clarithromycin and erythromycin roughly double the blood level of simvastatin.",
        "Erythromycin and fluconazole increase the concentration of simvastatin.",
    ],
)
def test_drugs_that_change_the_level_of_a_drug_interact_with_it(text, lexicon):
    text = "Simvastatin lowers cholesterol. " + text  # (an article about simvastatin: its drug)
    found = interactions(text, lexicon)
    assert {("simvastatin", "fluconazole", False), ("simvastatin", "erythromycin", False)} <= found
    key = ("simvastatin", "interactsWith", "erythromycin", False)
    assert {e.method for e in claims(text, lexicon)[key].evidence} == {"rule:level-of"}


def test_a_level_change_after_a_noun_that_is_no_drug_names_no_interaction(lexicon):
    # the drug before the cue is not its subject: "a diet that lowers ..." (a noun stands between)
    text = "People taking simvastatin should eat a diet that lowers the level of cholesterol."
    assert interactions(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Fluconazole may increase the effect of warfarin.",
        "Fluconazole can strengthen the blood-thinning effect of warfarin.",
    ],
)
def test_a_drug_that_changes_the_effect_of_another_interacts_with_it(text, lexicon):
    assert ("fluconazole", "warfarin", False) in interactions(text, lexicon)


def test_the_effect_cue_belongs_to_the_drug_right_before_it(lexicon):
    # a heading word naming another drug opens the bullet: the verb's own subject is the drug next to it
    text = "Fluconazole treats thrush.\n\n- **Warfarin.** Fluconazole may increase the effect of warfarin."
    found = interactions(text, lexicon)
    assert ("fluconazole", "warfarin", False) in found
    assert not any(s == o for s, o, _ in found)


def test_an_interaction_names_the_document_drug_first(lexicon):
    # an article about simvastatin: what changes its level is written as simvastatin interactsWith it
    text = (
        "Simvastatin lowers cholesterol. Simvastatin is taken at night. "
        "Erythromycin can raise the level of simvastatin."
    )
    found = interactions(text, lexicon)
    assert ("simvastatin", "erythromycin", False) in found
    assert ("erythromycin", "simvastatin", False) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Fluconazole does not interact with paracetamol, and the two can be taken on the same day.",
        "Fluconazole is not known to interact with paracetamol.",
        "Paracetamol does not interact with fluconazole.",
    ],
)
def test_a_drug_that_does_not_interact_with_y_is_a_denied_interaction(text, lexicon):
    text = "Fluconazole treats thrush. " + text
    found = claims(text, lexicon)
    assert ("fluconazole", "interactsWith", "acetaminophen", True) in found
    assert ("fluconazole", "interactsWith", "acetaminophen", False) not in found
    methods = {e.method for e in found[("fluconazole", "interactsWith", "acetaminophen", True)].evidence}
    assert methods == {"rule:interaction-denied"}


@pytest.mark.parametrize(
    "text",
    [
        "Fluconazole does not interact with alcohol directly, but alcohol can worsen the nausea.",
        "Fluconazole is not known to interact with alcohol in a harmful way.",
    ],
)
def test_a_narrowed_denial_states_no_interaction_either_way(text, lexicon):
    assert not any(o == "alcohol" for _, o, _ in interactions("Fluconazole treats thrush. " + text, lexicon))


def test_a_denied_interaction_leaves_the_drugs_own_effects_in_the_sentence(lexicon):
    text = "Fluconazole treats thrush. It does not cause drowsiness, and it is not known to interact with alcohol."
    found = claims(text, lexicon)
    assert ("fluconazole", "hasAdverseEffect", "somnolence", True) in found
    assert ("fluconazole", "interactsWith", "alcohol", True) in found


def test_a_warning_not_to_take_two_drugs_together_is_no_denial(lexicon):
    found = interactions("Fluconazole treats thrush. Fluconazole should not be taken with simvastatin.", lexicon)
    assert ("fluconazole", "simvastatin", False) in found


def test_a_denial_of_interacting_with_something_else_names_no_drug(lexicon):
    text = "Fluconazole treats thrush. Fluconazole does not interact with the same enzyme as simvastatin does."
    assert not any(o == "simvastatin" for _, o, _ in interactions(text, lexicon))


def test_agents_that_add_to_its_effects_interact_with_the_drug_in_focus(lexicon):
    found = interactions("Fluconazole treats thrush. Erythromycin and simvastatin may add to its effects.", lexicon)
    assert {("fluconazole", "erythromycin", False), ("fluconazole", "simvastatin", False)} <= found


def test_a_denial_in_another_clause_does_not_deny_what_adds_to_its_effect(lexicon):
    text = (
        "Fluconazole treats thrush. Fluconazole is not known to interact with alcohol in a harmful way, "
        "but alcohol can add to its effect on the liver."
    )
    found = interactions(text, lexicon)
    assert ("fluconazole", "alcohol", False) in found
    assert ("fluconazole", "alcohol", True) not in found


def test_an_agent_that_makes_the_effect_worse_interacts_with_the_titled_drug(lexicon):
    text = "Warfarin: what you need to know\n\nWarfarin can cause dizziness.\n\nAlcohol can make the dizziness worse."
    found = claims(text, lexicon)
    assert ("warfarin", "interactsWith", "alcohol", False) in found
    evidence = found[("warfarin", "interactsWith", "alcohol", False)].evidence
    assert all(ev.method == "rule:worsens-its-effect" and ev.resolved_from for ev in evidence)


@pytest.mark.parametrize(
    "text",
    [
        # the title does not name the drug: no owner is shown
        "A guide for patients\n\nWarfarin can cause dizziness.\n\nAlcohol can make the dizziness worse.",
        # a condition without the definite article is not the drug's effect ("can make gout worse")
        "Warfarin: what you need to know\n\nWarfarin thins the blood.\n\nAlcohol can make gout worse.",
    ],
)
def test_no_titled_drug_or_no_named_effect_gives_no_interaction(text, lexicon):
    assert not any(o == "alcohol" for _, o, _ in interactions(text, lexicon))
