"""Decision 0694: targets, classes and mechanisms named at the text's grain. A subtype's code before or after its
family ("M3 muscarinic", "muscarinic M3"), in emphasis, with a Greek letter ("μ-opioid"); one target named
as its family and as its subtype gives the subtype only; a class statement in emphasis; the scorer's identity of
one act under two names (a receptor's blockade and antagonism) and of "X" and "X agent". The sentences are invented;
each extraction test asserts the exact set of claims."""

import pytest
from extracting import claims

from graph_build.text.evaluate import concept_keys, same_act
from graph_build.text.processes import verb_act
from graph_build.text.targets import narrower, subtype_orders


def _keys(text: str, lexicon: dict, predicates=("bindsTo", "hasMechanismOfAction", "isA")) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] in predicates}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the code before the family, in bold: the vocabulary's "muscarinic M3 receptor", never the family
        (
            "Darifenacin blocks **M3 muscarinic receptors** in the bladder.",
            {
                ("darifenacin", "bindsTo", "muscarinic-m3-receptor", False),
                ("darifenacin", "hasMechanismOfAction", "muscarinic-m3-receptor-blockade", False),  # (0743)
            },
        ),
        # the code after the family: the same receptor
        (
            "Darifenacin blocks muscarinic M3 receptors in the bladder.",
            {
                ("darifenacin", "bindsTo", "muscarinic-m3-receptor", False),
                ("darifenacin", "hasMechanismOfAction", "muscarinic-m3-receptor-blockade", False),  # (0743)
            },
        ),
        # a Greek letter: the vocabulary's mu opioid receptor, not the opioid
        (
            "Buprenorphine attaches to μ-opioid receptors in the brain.",
            {("buprenorphine", "bindsTo", "mu-opioid-receptor", False)},
        ),
        # an enzyme's name with "enzymes" after it, in bold: the enzyme, not a minted "alpha-glucosidase enzyme"
        (
            "Miglitol blocks the **alpha-glucosidase enzymes** of the gut.",
            {
                ("miglitol", "bindsTo", "alpha-glucosidase", False),
                ("miglitol", "hasMechanismOfAction", "alpha-glucosidase-inhibition", False),
            },
        ),
    ],
)
def test_a_subtype_is_named_at_the_texts_grain(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


def test_one_target_named_as_family_and_subtype_gives_the_subtype(lexicon):
    text = (
        "Nalmefene is an opioid antagonist: it blocks opioid receptors.\n\n"
        "1. Nalmefene attaches to mu-opioid receptors in the brain and blocks them.\n"
    )
    assert _keys(text, lexicon) == {
        ("nalmefene", "isA", "narcotic-antagonist", False),
        ("nalmefene", "bindsTo", "mu-opioid-receptor", False),
        ("nalmefene", "hasMechanismOfAction", "mu-opioid-receptor-blockade", False),
    }


def test_a_family_alone_or_another_family_stays(lexicon):
    # no subtype of the family is named: the family stands; two families are two targets
    assert _keys("Metoclopramide blocks dopamine receptors and 5-HT3 receptors.", lexicon) == {
        ("metoclopramide", "bindsTo", "dopamine-receptor", False),
        ("metoclopramide", "bindsTo", "serotonin-5-ht3-receptor", False),
    }


def test_a_class_statement_in_emphasis(lexicon):
    assert _keys("Nalmefene is an **opioid antagonist**.", lexicon) == {
        ("nalmefene", "isA", "narcotic-antagonist", False)
    }


def test_the_act_is_named_by_the_texts_verb(lexicon):
    assert _keys("1. Prazosin antagonises alpha-1 adrenergic receptors in blood vessels.\n", lexicon) == {
        ("prazosin", "bindsTo", "alpha-1-adrenergic-receptor", False),
        ("prazosin", "hasMechanismOfAction", "alpha-1-adrenergic-receptor-antagonism", False),
    }


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("mu-opioid-receptor-blockade", "mu-opioid-receptor-antagonism"),  # one act, two names
        ("muscarinic-m3-receptor-inhibition", "muscarinic-m3-receptor-antagonism"),  # a receptor's inhibition
        ("imidazoline-i1-receptor-stimulation", "imidazoline-i1-receptor-activation"),  # a target no one knows
        ("dopamine-d2-receptor-agonism", "dopamine-d2-receptor-activation"),
        ("m3-muscarinic-receptor", "muscarinic-m3-receptor"),  # the code on either side of the family
        ("antispasmodic", "antispasmodic-agent"),  # a class by its adjective, with or without "agent"
    ],
)
def test_one_act_or_one_name(one, other, lexicon):
    assert concept_keys(one, lexicon) & concept_keys(other, lexicon)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("mu-opioid-receptor-activation", "mu-opioid-receptor-blockade"),  # opposite acts, never one
        ("imidazoline-i1-receptor-stimulation", "imidazoline-i1-receptor-blockade"),
        ("xanthine-oxidase-inhibition", "xanthine-oxidase-blockade"),  # an enzyme's inhibition is its own name
        ("muscarinic-receptor-blockade", "muscarinic-m3-receptor-blockade"),  # the family is not its subtype
        ("opioid-receptor", "mu-opioid-receptor"),
        ("antispasmodic-agent", "parasympatholytic"),  # another class stays another (decision 0687)
        ("x-receptor-blockade", "y-receptor-blockade"),
    ],
)
def test_other_acts_and_names_stay_apart(one, other, lexicon):
    assert not concept_keys(one, lexicon) & concept_keys(other, lexicon)


def test_the_helpers():
    assert subtype_orders("M3 muscarinic receptor") == ["muscarinic M3 receptor"]
    assert subtype_orders("μ-opioid receptor") == ["mu-opioid receptor"]
    assert narrower("beta-1-adrenergic-receptor", "adrenergic-receptor")
    assert not narrower("voltage-gated-sodium-channel", "sodium-channel")
    assert same_act("inhibition", "xanthine-oxidase") == "inhibition"
    assert same_act("antagonism", "h1-receptor") == same_act("inhibition", "h1-receptor") == "blockade"
    import re

    assert verb_act(("activation", re.search("stimulates", "It stimulates T"))) == "stimulation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # everyday names of classes (MeSH's Anti-Obesity Agents; the lexicon's hypnotic), asserted and denied
        ("Phentermine is a weight-loss medicine.", {("phentermine", "isA", "anti-obesity-agent", False)}),
        ("Metformin is not a weight-loss pill.", {("metformin", "isA", "anti-obesity-agent", True)}),
        ("Zopiclone is a sleeping tablet.", {("zopiclone", "isA", "hypnotic", False)}),
        # the SNRIs written with a hyphen: MeSH's Serotonin and Noradrenaline Reuptake Inhibitors
        (
            "Venlafaxine is a serotonin-norepinephrine reuptake inhibitor.",
            {("venlafaxine", "isA", "serotonin-and-noradrenaline-reuptake-inhibitor", False)},
        ),
    ],
)
def test_classes_by_the_names_people_use(text, expected, lexicon):
    assert _keys(text, lexicon, ("isA",)) == expected


def test_the_snri_names_are_one_concept(lexicon):
    assert concept_keys("serotonin-norepinephrine-reuptake-inhibitor", lexicon) & concept_keys(
        "serotonin-and-noradrenaline-reuptake-inhibitor", lexicon
    )


def test_a_class_before_its_drug_in_emphasis(lexicon):
    assert _keys("Do not take it with the antibiotic **erythromycin**.", lexicon, ("isA",)) == {
        ("erythromycin", "isA", "antibiotic", False)
    }


def test_a_slug_that_lost_the_hyphen_of_anti_or_non_is_read_with_it(lexicon):
    # "nonsteroidal-anti-inflammatory-drug" is "nonsteroidal anti-inflammatory drug", MeSH's NSAIDs heading
    assert concept_keys("nonsteroidal-anti-inflammatory-drug", lexicon) & concept_keys(
        "non-steroidal-anti-inflammatory-agent", lexicon
    )
    assert not concept_keys("nonsteroidal-anti-inflammatory-drug", lexicon) & concept_keys("analgesic", lexicon)
