"""Issue 13, later steps of a mechanism and conditions described by their features (docs/decisions/0663): a disease
followed by a colon and the list of its features ("Y: A, B and C", "Y (its other name): A and B") has them as its
phenotype; a list that is something else (what is done for Y, a clause about the items) is none. The sentences are
invented from the general patterns."""

import pytest
from extracting import claims

from graph_build.text.vocab_index import look_up_entity


@pytest.fixture(autouse=True)
def _vocabularies():
    if look_up_entity("dopamine transporter") is None:
        pytest.skip("vocabularies not installed")


def phenotypes(text: str, lexicon: dict) -> set:
    return {key for key in claims(text, lexicon) if key[1] == "hasPhenotype"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Signs to watch for:\n- pneumonia: fever, cough and chest pain",
            {
                ("pneumonia", "hasPhenotype", "fever", False),
                ("pneumonia", "hasPhenotype", "cough", False),
                ("pneumonia", "hasPhenotype", "chest-pain", False),
            },
        ),
        (
            # an item the vocabularies do not name ("swollen legs") is passed over, the list goes on after it
            "Heart failure (fluid build-up): breathlessness, swollen legs, tiredness, usually within a week.",
            {("heart-failure", "hasPhenotype", "dyspnea", False), ("heart-failure", "hasPhenotype", "fatigue", False)},
        ),
        (
            # ("swollen ankles" is HPO's Ankle swelling since decision 0993)
            "Stopping the tablets suddenly can lead to heart failure: swollen ankles, breathlessness and tiredness.",
            {
                ("heart-failure", "hasPhenotype", "ankle-swelling", False),
                ("heart-failure", "hasPhenotype", "dyspnea", False),
                ("heart-failure", "hasPhenotype", "fatigue", False),
            },
        ),
    ],
)
def test_a_disease_followed_by_a_colon_and_a_list_has_those_features(text, expected, lexicon):
    assert phenotypes(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what is done for Y, not what Y brings
        "Uses:\n- Shingles: treatment of the rash and pain",
        # a clause about the items, not a list of Y's features
        "Reports:\n- Gout: swelling and pain have been reported",
        # a warning, no list
        "Asthma: do not take this medicine if you have asthma.",
    ],
)
def test_a_colon_before_something_else_than_a_list_of_features_is_no_phenotype(text, lexicon):
    assert phenotypes(text, lexicon) == set()


def causes(text: str, lexicon: dict) -> set:
    return {key for key in claims(text, lexicon) if key[1] == "causes"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the population of the sentence is who, not what brings the effect
        ("In people with malaria, the dying parasites can trigger fever and headache.", set()),
        ("In patients with malaria, the dying parasites can trigger fever.", set()),
        # a disease as the subject of the verb stays one (a sign it causes is its phenotype: decision 0842)
        ("Malaria can cause fever and headache.", set()),
        ("Malaria can cause kidney failure.", {("malaria", "causes", "renal-insufficiency", False)}),
    ],
)
def test_a_condition_named_as_the_population_is_no_cause(text, expected, lexicon):
    assert causes(text, lexicon) == expected


def steps(text: str, lexicon: dict) -> set:
    return {key for key in claims(text, lexicon) if key[1] in ("increases", "decreases")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a step written with a verb of amount, its subject the step before ("As a result"); that step was
            # lowered, so less reuptake, more release: reuptake decreases the release (decision 0670)
            "Sertraline blocks the reuptake of serotonin. As a result, the nerve cells release more noradrenaline.",
            {
                ("sertraline", "decreases", "serotonin-reuptake", False),
                ("serotonin-reuptake", "decreases", "norepinephrine-release", False),
            },
        ),
        (
            # a chemical's own release after its binding is feedback, not a step
            "These receptors act as a brake: when noradrenaline binds to them, the nerve ending releases less "
            "noradrenaline.",
            set(),
        ),
        (
            # no step before it, no opener that refers to one: nobody's step
            "The nerve cells release less histamine at night.",
            set(),
        ),
    ],
)
def test_a_step_written_with_a_verb_of_amount(text, expected, lexicon):
    assert steps(text, lexicon) == expected
