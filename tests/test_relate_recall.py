"""General constructions added for recall (issue 13): passive voice, "X is an option for Y",
an owner inside the cue ("side effects of X include Y", "symptoms of Y include Z") and "people taking X report Y".
The sentences are invented from general patterns with names of the lexicon and vocabularies."""

import pytest
from extracting import claims


def methods(found, key):
    return {e.method for e in found[key].evidence}


@pytest.mark.parametrize(
    "text",
    [
        "Migraine is treated first with ibuprofen.",
        "Migraine can often be managed with ibuprofen.",
        "Migraine, which is usually relieved by ibuprofen, can last for days.",
    ],
)
def test_a_passive_treats_takes_its_subject_after_the_cue(text, lexicon):
    found = claims(text, lexicon)
    assert ("ibuprofen", "treats", "migraine-disorders", False) in found
    assert "rule:treats-passive" in methods(found, ("ibuprofen", "treats", "migraine-disorders", False))


def test_a_list_before_a_finite_passive_is_every_object(lexicon):
    found = claims("Seizures and anxiety are treated with clonazepam.", lexicon)
    assert {("clonazepam", "treats", o, False) for o in ("seizure", "anxiety")} <= set(found)


def test_a_denied_passive_is_negated_and_an_unplaced_denial_gives_nothing(lexicon):
    found = claims("Migraine is not treated with aspirin.", lexicon)
    assert ("aspirin", "treats", "migraine-disorders", True) in found
    assert ("aspirin", "treats", "migraine-disorders", False) not in found


def test_a_participle_after_a_patient_with_y_is_about_the_patient(lexicon):
    found = claims("A patient with asthma treated with ibuprofen was seen.", lexicon)
    assert not any(k[:3] == ("ibuprofen", "treats", "asthma") for k in found)


def test_an_option_for_y_is_treats(lexicon):
    found = claims("Ibuprofen is another option for migraine.", lexicon)
    assert "rule:treatment-option" in methods(found, ("ibuprofen", "treats", "migraine-disorders", False))
    # who a use is for is no indication
    found = claims("Ibuprofen is not an option for people with asthma.", lexicon)
    assert not any(k[:3] == ("ibuprofen", "treats", "asthma") for k in found)


def test_caused_by_makes_the_named_cause_the_subject(lexicon):
    found = claims("Spasticity caused by multiple sclerosis or stroke is common.", lexicon)
    assert {("multiple-sclerosis", "causes", "spasticity", False), ("stroke", "causes", "spasticity", False)} <= set(
        found
    )
    found = claims("A rash caused by aspirin is rare.", lexicon)
    assert "rule:adverse-passive" in methods(found, ("aspirin", "hasAdverseEffect", "exanthema", False))


def test_a_participle_modifies_only_the_noun_before_it(lexicon):
    found = claims("It is approved to treat anxiety and nerve pain caused by diabetic neuropathy.", lexicon)
    assert ("diabetic-neuropathies", "causes", "neuropathic-pain", False) in found
    assert not any(k[1] == "causes" and k[2] == "anxiety" for k in found)


def test_the_subject_list_of_a_passive_ends_at_a_population(lexicon):
    found = claims("Hepatitis caused by aspirin in a man with asthma was reported.", lexicon)
    assert not any(k[0] == "asthma" and k[1] == "causes" for k in found)


@pytest.mark.parametrize(
    "text",
    [
        "Side effects of aspirin include rash.",
        "The most common adverse effects of aspirin are rash and nausea.",
    ],
)
def test_effects_of_an_owner_named_inside_the_cue(text, lexicon):
    found = claims(text, lexicon)
    assert "rule:effects-of-owner" in methods(found, ("aspirin", "hasAdverseEffect", "exanthema", False))


def test_effects_of_an_owner_are_not_a_comparison(lexicon):
    found = claims("The side effects of aspirin are similar to those of migraine drugs.", lexicon)
    assert not any(k[1] == "hasAdverseEffect" and k[2] == "migraine-disorders" for k in found)


def test_symptoms_of_a_disease_include_its_phenotype(lexicon):
    found = claims("Symptoms of asthma include cough and wheezing.", lexicon)
    assert "rule:phenotype-owner" in methods(found, ("asthma", "hasPhenotype", "cough", False))


@pytest.mark.parametrize(
    "text, negated",
    [
        ("Patients taking aspirin report nausea.", False),
        ("People on aspirin may develop a rash.", False),
        ("Patients taking aspirin did not develop a rash.", True),
    ],
)
def test_what_people_taking_a_drug_report_is_its_adverse_effect(text, negated, lexicon):
    found = claims(text, lexicon)
    effects = {k for k in found if k[:2] == ("aspirin", "hasAdverseEffect")}
    assert effects and all(k[3] is negated for k in effects)


def test_people_taking_a_drug_who_develop_y_is_a_condition_not_a_report(lexicon):
    found = claims("Patients receiving aspirin who develop fever should be checked for sepsis.", lexicon)
    assert not any(k[:3] == ("aspirin", "hasAdverseEffect", "sepsis") for k in found)
