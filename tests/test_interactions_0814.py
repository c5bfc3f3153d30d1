"""Interactions and classes on new text (decision 0814): an agent that heightens an effect ("Alcohol adds to the
drowsiness", "Alcohol may make dizziness and confusion worse") in the interactions section of a text whose title names
no drug interacts with the drug the text is about; the modal of the cue's own verb hedges it. The sentences are
invented (other drugs, other wording); each test asserts the exact set of interactions, polarity and hedging
included."""

import pytest
from extracting import interaction_claims as claims
from extracting import polarity_claims

#: A newsletter whose title names no drug; the text names its drug most, but not more than all others together.
OPENING = (
    "The Riverside Walking Club Newsletter\n\n"
    "Our member Ann takes mirtazapine at night. Mirtazapine helps her sleep, and she says mirtazapine has helped "
    "her mood; mirtazapine also helps her appetite. Her neighbour takes sertraline instead: sertraline did not suit "
    "Ann, her sister found sertraline upset her stomach, and her brother stopped sertraline.\n\n"
)


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        # the agent adds to an effect: an interaction with the text's drug
        ("Other medicines and drink\n\nAlcohol adds to the drowsiness.", {("mirtazapine", "alcohol", False, False)}),
        # a plain list of effects after "make", no determiner; its modal hedges the claim
        (
            "Other medicines and drink\n\nAlcohol may make dizziness and confusion worse.",
            {("mirtazapine", "alcohol", False, True)},
        ),
        ("Other medicines\n\nAlcohol can make the dizziness worse.", {("mirtazapine", "alcohol", False, False)}),
        # each agent of the subject's list, "A and other B" included
        (
            "Other medicines\n\nTramadol and other opioid painkillers can make the constipation worse.",
            {("mirtazapine", "tramadol", False, False), ("mirtazapine", "opioid", False, False)},
        ),
        # a denial keeps no claim
        ("Other medicines and drink\n\nAlcohol does not add to the drowsiness.", set()),
        # outside an interactions section: no owner for the agent
        ("Driving\n\nAlcohol adds to the drowsiness.", set()),
    ],
)
def test_heightened_effect_in_interactions_section(lexicon, section, expected):
    assert claims(lexicon, OPENING + section + "\n") == expected


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        # a bare name, or a food to avoid, as an item of the section: a partner of the text's drug
        (
            "Other medicines and food\n\n- Avoid grapefruit juice.\n- Tramadol",
            {("mirtazapine", "grapefruit-juice", False, False), ("mirtazapine", "tramadol", False, False)},
        ),
        # an item's head and what the pair does; its modal hedges it
        (
            "Medicines that do not mix\n\n- Tramadol: together they may cause serotonin syndrome.",
            {("mirtazapine", "tramadol", False, True)},
        ),
        # an item that says the two are compatible: a denied interaction
        ("Other medicines and food\n\n- Paracetamol is fine with it.", {("mirtazapine", "acetaminophen", True, False)}),
        # not an interactions section: no partner
        ("Other treatments\n\n- Tramadol", set()),
    ],
)
def test_section_of_the_text_named_most(lexicon, section, expected):
    """In a text whose title names no drug and whose drug is named most, but not more than all others together, an
    interactions section is that drug's (decision 0814)."""
    assert claims(lexicon, OPENING + section + "\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frequency adverb of naming hedges the name, not the class: both classes asserted
        (
            "Trospium is an antimuscarinic medicine, sometimes called an anticholinergic.",
            {
                ("trospium", "isA", "muscarinic-antagonist", False, False),
                ("trospium", "isA", "cholinergic-antagonist", False, False),
            },
        ),
        (
            "Saxagliptin is a DPP-4 inhibitor, often called a gliptin.",
            {("saxagliptin", "isA", "dipeptidyl-peptidase-iv-inhibitor", False, False)},
        ),
        # a frequency adverb of the claim itself still hedges it
        (
            "Trospium sometimes causes dry mouth.",
            {("trospium", "hasAdverseEffect", "xerostomia", False, True)},
        ),
    ],
)
def test_naming_adverb_hedges_no_class(lexicon, text, expected):
    assert {c for c in polarity_claims(text, lexicon) if c[1] in ("isA", "hasAdverseEffect")} == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a body's own substance given as a medicine, heading an item: the partner
        ("- Insulin: mirtazapine can change how much you need.", {("mirtazapine", "insulin", False, False)}),
        # what a partner acts on, later in the item: no partner
        ("- Lithium: it can lower sodium in the blood.", {("mirtazapine", "lithium", False, False)}),
    ],
)
def test_hormone_heading_an_item(lexicon, item, expected):
    """An endogenous chemical that heads an item of an interactions list is a partner (decision 0814)."""
    assert claims(lexicon, OPENING + "Other medicines\n\n" + item + "\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted list in apposition, the class after it or before it
        (
            "Doxycycline or minocycline, two antibiotics, can stain growing teeth.",
            {("doxycycline", "antibiotic"), ("minocycline", "antibiotic")},
        ),
        (
            "She was given two other antidepressants, citalopram and mirtazapine, before this one.",
            {("citalopram", "antidepressant"), ("mirtazapine", "antidepressant")},
        ),
        # a count that is not the list's length: no class from the count
        ("He took two antibiotics, doxycycline, minocycline and amoxicillin.", set()),
    ],
)
def test_counted_list_in_apposition(lexicon, text, expected):
    assert {(s, o) for s, p, o, n, h in polarity_claims(text, lexicon) if p == "isA"} == expected
