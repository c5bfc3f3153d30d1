"""Mechanism constructions of issue 13 (recall): a drug's own verb on a target ("X blocks T", "X works by blocking
T": rules.yaml `target-verb`), a process that produces another (`causes-produces`), an effect that stops or eases a
condition (`alleviates-verb`), and "Y can be the first sign of Z" (symptom-of). The sentences are invented from
general patterns with names of the lexicon and vocabularies."""

import pytest
from extracting import claims


@pytest.mark.parametrize(
    "text",
    [
        "Flumazenil blocks the GABA-A receptor.",
        "Flumazenil works by blocking the GABA-A receptor.",
        "Flumazenil is an antidote. It attaches to the GABA-A receptor in the brain.",
    ],
)
def test_a_drugs_own_verb_on_a_target_binds_it(text, lexicon):
    found = claims(text, lexicon)
    assert ("flumazenil", "bindsTo", "gaba-a-receptor", False) in found
    methods = {e.method for e in found[("flumazenil", "bindsTo", "gaba-a-receptor", False)].evidence}
    assert "rule:target-verb" in methods


def test_a_target_verb_after_another_noun_is_not_the_drugs(lexicon):
    # "a protein that blocks T": the protein acts, not the drug
    found = claims("Flumazenil changes the shape of a protein that blocks the GABA-A receptor.", lexicon)
    assert not any(p == "bindsTo" for _, p, _, _ in found)


def test_a_process_that_produces_another_causes_it(lexicon):
    found = claims("Hyperpolarization of the neuron produces reduced neuronal excitability.", lexicon)
    assert ("hyperpolarization", "causes", "reduced-neuronal-excitability", False) in found


def test_an_effect_that_stops_a_condition_alleviates_it(lexicon):
    found = claims("The anticonvulsant effect stops seizures.", lexicon)
    assert ("anticonvulsant-effect", "alleviates", "seizure", False) in found


def test_the_first_sign_of_a_disease_is_its_phenotype(lexicon):
    found = claims("A rash can be the first sign of an allergic reaction.", lexicon)
    assert ("hypersensitivity", "hasPhenotype", "exanthema", False) in found


@pytest.mark.parametrize(
    "text",
    [
        # a passive participle names the producer after the cue: no claim the wrong way round
        "The reduced neuronal excitability produced by hyperpolarization lasts for hours.",
        # "-producing" is part of a name
        "Hyperpolarization-producing channels were found beside reduced neuronal excitability.",
    ],
)
def test_produced_by_and_producing_names_are_no_active_cause(text, lexicon):
    found = claims(text, lexicon)
    assert ("reduced-neuronal-excitability", "causes", "hyperpolarization", False) not in found
    assert ("hyperpolarization", "causes", "reduced-neuronal-excitability", False) not in found


def test_a_gerund_after_other_agents_is_not_the_drugs_verb_on_a_target(lexicon):
    # (a participle modifying a noun phrase: "agonists such as X activating T were studied")
    found = claims("Agonists such as flumazenil activating the GABA-A receptor were studied.", lexicon)
    assert ("flumazenil", "bindsTo", "gaba-a-receptor", False) not in found


def test_a_disease_named_with_its_features_has_them_as_phenotype(lexicon):
    found = claims("Ibuprofen can rarely cause aseptic meningitis, with headache, a stiff neck and fever.", lexicon)
    assert {
        ("aseptic-meningitis", "hasPhenotype", "headache", False),
        ("aseptic-meningitis", "hasPhenotype", "fever", False),
    } <= set(found)
    # "with or without": no features
    found = claims("Aseptic meningitis, with or without fever, is rare.", lexicon)
    assert not any(p == "hasPhenotype" for _, p, _, _ in found)
