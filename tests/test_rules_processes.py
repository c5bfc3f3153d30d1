"""Mechanism steps through processes minted from the text (docs/decisions/0635): a mechanism verb governing a
nominalised process ("reduces the release of neurotransmitters") names a process the way a curator would
(*neurotransmitter release*), the steps' subjects in a mechanism list ("Binding to T ...", "As a result, it ..."),
a hedged lead-in over the list's steps, and an enzyme's inhibition as a drug's mechanism. The sentences are invented
from the general patterns, with names of the seed lexicon and the vocabularies."""

import re

import pytest
from extracting import claims

from graph_build.text import processes
from graph_build.text.recognise import recognise
from graph_build.text.rules import load_rules


def steps(text: str, lexicon: dict) -> set:
    """(subject, predicate, object, negated, certainty) of every claim of `text`."""
    return {(*key, c.certainty) for key, c in claims(text, lexicon).items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of" inversion, and a coordination of chemicals gives one process each, named by the entity
        (
            "Clonazepam boosts the release of dopamine and serotonin.",
            {
                ("clonazepam", "increases", "dopamine-release", False, "Asserted"),
                ("clonazepam", "increases", "serotonin-release", False, "Asserted"),
            },
        ),
        # a modifier before the head; what follows the phrase ("in the liver") is no part of its name
        (
            "Febuxostat lowers uric acid production in the liver.",
            {("febuxostat", "decreases", "uric-acid-production", False, "Asserted")},
        ),
        # plural head modifier singular, determiner dropped
        (
            "Baclofen reduces the production of stomach acids.",
            {("baclofen", "decreases", "stomach-acid-production", False, "Asserted")},
        ),
        # "does not increase" stays negated
        (
            "Clonazepam does not increase the release of dopamine.",
            {("clonazepam", "increases", "dopamine-release", True, "Asserted")},
        ),
        # "As a result, it ...": the pronoun is the drug
        (
            "Clonazepam binds to the GABA-A receptor. As a result, it dampens the firing of neurons.",
            {
                ("clonazepam", "bindsTo", "gaba-a-receptor", False, "Asserted"),
                ("clonazepam", "decreases", "neuron-firing", False, "Asserted"),
            },
        ),
    ],
)
def test_a_verb_governing_a_nominalised_process_mints_it(text, expected, lexicon):
    assert steps(text, lexicon) == expected


def test_a_minted_process_is_a_biological_process_without_identifiers(lexicon):
    _, new = recognise("Baclofen reduces the production of stomach acids.", lexicon)
    entity = new["stomach-acid-production"]
    assert (entity.label, entity.cls) == ("stomach acid production", "BiologicalProcess")
    assert not (entity.exact or entity.close or entity.broad or entity.narrow or entity.related)


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam blocks the door of the clinic.",  # a verb governing a thing, not a process
        "Clonazepam increases the dose of baclofen.",  # a quantity of a drug is no process of the body
        "The release of the new guidelines reduced confusion.",  # a nominalisation nobody governs
        "Antacids reduce the absorption of levothyroxine.",  # what the body does to a medicine: an interaction
    ],
)
def test_a_verb_governing_no_process_mints_nothing(text, lexicon):
    mentions, new = recognise(text, lexicon)
    assert not [e for e in new.values() if e.cls == "BiologicalProcess"]
    assert not [m for m in mentions if m.source == "process"]
    assert not [k for k in claims(text, lexicon) if k[1] in ("increases", "decreases")]


def test_a_hedged_lead_in_hedges_its_steps_and_a_gerund_step_is_the_drugs(lexicon):
    text = (
        "Its mechanism is not fully understood, but the main steps are thought to be:\n\n"
        "1. Clonazepam binds to the GABA-A receptor.\n"
        "2. Binding to its target reduces the release of neurotransmitters.\n\n"
        "Clonazepam reduces the release of dopamine."
    )
    found = claims(text, lexicon)
    assert steps(text, lexicon) == {
        ("clonazepam", "bindsTo", "gaba-a-receptor", False, "Believed"),
        ("clonazepam", "decreases", "neurotransmitter-release", False, "Believed"),
        # after the list, the lead's hedge no longer holds
        ("clonazepam", "decreases", "dopamine-release", False, "Asserted"),
    }
    assert (
        found[("clonazepam", "decreases", "neurotransmitter-release", False)]
        .evidence[0]
        .quote.startswith("Binding to its target")
    )


def test_a_gerund_step_naming_its_target_is_still_the_drugs(lexicon):
    # "Binding to T reduces Y": T is the gerund's object; the doer, and so the step, is the drug's (0634, 0635)
    text = (
        "Clonazepam works in two steps.\n\n"
        "1. It binds to the GABA-A receptor.\n"
        "2. Binding to the GABA-A receptor reduces the release of neurotransmitters."
    )
    assert {k for k in claims(text, lexicon) if k[1] == "decreases"} == {
        ("clonazepam", "decreases", "neurotransmitter-release", False)
    }


def test_the_seed_chain_through_the_lexicons_processes_stays(lexicon):
    text = (
        # ("This binding increases", as the golds write it: a bare "This increases" after a bound target is the
        # binding, never the receptor; decision 0697)
        "Clonazepam binds to the GABA-A receptor. This binding increases chloride channel opening. "
        "The resulting chloride influx leads to hyperpolarization. This causes an influx of chloride ions."
    )
    found = {k[:3] for k in claims(text, lexicon)}
    assert found == {
        ("clonazepam", "bindsTo", "gaba-a-receptor"),
        ("gaba-a-receptor", "increases", "chloride-channel-opening"),
        ("chloride-influx", "causes", "hyperpolarization"),
        ("hyperpolarization", "causes", "chloride-influx"),
    }
    _, new = recognise(text, lexicon)
    assert not new  # the lexicon's processes, nothing minted over them


def test_a_participle_after_a_causal_verb_is_part_of_the_name_and_a_definite_mention_refers_back(lexicon):
    text = "Exenatide causes increased secretion of insulin. The increased insulin secretion lowers blood sugar."
    mentions, _ = recognise(text, lexicon)
    assert [(m.slug, m.text) for m in mentions if m.source == "process"] == [
        ("increased-insulin-secretion", "increased secretion of insulin"),
        ("increased-insulin-secretion", "increased insulin secretion"),
        ("blood-glucose", "blood sugar"),  # (a quantity the verb governs: decision 0842)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Febuxostat inhibits xanthine oxidase.",
            {
                ("febuxostat", "bindsTo", "xanthine-oxidase", False),
                ("febuxostat", "decreases", "xanthine-oxidase", False),
                ("febuxostat", "hasMechanismOfAction", "xanthine-oxidase-inhibition", False),
            },
        ),
        # a blocked receptor: the curated sets give no "<receptor> inhibition" mechanism, but its blockade (the
        # medicine's first act in prose, decision 0743)
        (
            "Flumazenil blocks the GABA-A receptor.",
            {
                ("flumazenil", "bindsTo", "gaba-a-receptor", False),
                ("flumazenil", "hasMechanismOfAction", "gaba-a-receptor-blockade", False),
            },
        ),
        # a denied inhibition is no mechanism
        (
            "Febuxostat does not inhibit xanthine oxidase.",
            {
                ("febuxostat", "bindsTo", "xanthine-oxidase", True),
                ("febuxostat", "decreases", "xanthine-oxidase", True),
            },
        ),
    ],
)
def test_an_inhibited_enzyme_is_the_drugs_mechanism(text, expected, lexicon):
    assert set(claims(text, lexicon)) == expected


def test_the_process_rules_cues_govern_the_same_nominalisations():
    rules = {r.id: r for r in load_rules().cue_rules}
    for rule_id in ("process-raised", "process-lowered"):
        pattern = rules[rule_id].pattern.pattern
        held = set(re.findall(r"[a-z]+", pattern.split("(?=")[1]))
        assert processes.NOMINALISATIONS - {"signalling", "signaling"} <= held, rule_id


def test_which_after_a_target_named_in_a_prepositional_phrase_is_the_event_not_the_target(lexicon):
    text = (
        "Flumazenil attaches to a site on the GABA-A receptor in the brain, which lowers the release of dopamine. "
        "Chloride channel opening, which leads to an influx of chloride ions, then follows."
    )
    found = {k[:3] for k in claims(text, lexicon)}
    assert ("gaba-a-receptor", "decreases", "dopamine-release") not in found
    # a process before "which" (no preposition before it) is still the clause's subject
    assert ("chloride-channel-opening", "causes", "chloride-influx") in found


def test_the_pronoun_nearest_the_cue_is_its_subject(lexicon):
    text = (
        "Baclofen is used for spasticity. Its calming action is thought to rest on a route in which the drug "
        "lowers the release of glutamate from nerve endings."
    )
    found = steps(text, lexicon)
    assert ("baclofen", "decreases", "glutamic-acid-release", False, "Believed") in found
