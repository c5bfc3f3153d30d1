"""Interactions and classes on new text (decision 0814): an agent that heightens an effect ("Alcohol adds to the
drowsiness", "Alcohol may make dizziness and confusion worse") in the interactions section of a text whose title names
no drug interacts with the drug the text is about; the modal of the cue's own verb hedges it. The sentences are
invented (other drugs, other wording); each test asserts the exact set of interactions, polarity and hedging
included."""

import pytest
from extracting import interaction_claims as claims

from ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


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
        # a denial keeps no claim
        ("Other medicines and drink\n\nAlcohol does not add to the drowsiness.", set()),
        # outside an interactions section: no owner for the agent
        ("Driving\n\nAlcohol adds to the drowsiness.", set()),
    ],
)
def test_heightened_effect_in_interactions_section(lexicon, section, expected):
    assert claims(lexicon, OPENING + section + "\n") == expected
