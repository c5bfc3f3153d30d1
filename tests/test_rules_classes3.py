"""Class statements read right (docs/decisions/0661): a condition described in apposition is no kind of disease,
the examples of two coordinated classes belong to neither, a relative clause after an example ends the examples, a
drug's name before a known class names the drug's family, and "vitamin A." ends its sentence. The sentences are
invented from general patterns, with names of the lexicon and vocabularies; each test asserts the exact set of
claims."""

import pytest
from extracting import claims as claims_of

from graph_build.text.segment import segment


def isa(text, lexicon):
    return {k for k in claims_of(text, lexicon) if k[1] == "isA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition described in apposition: a description, no hyponym
        ("Sertraline is often given for depression, a common mood disorder.", set()),
        ("Doxycycline is used for rosacea, a long-term redness of the face.", set()),
        # a real hyponym statement between conditions stays
        ("Rosacea is a form of acne.", {("rosacea", "isA", "acne-vulgaris", False)}),
        ("Gout is a type of arthritis.", {("gout", "isA", "arthritis", False)}),
        ("Gout, a form of arthritis, is painful.", {("gout", "isA", "arthritis", False)}),
        # two coordinated classes before "such as": whose example each drug is the sentence leaves open
        (
            "Some painkillers and antidepressants, such as ibuprofen and sertraline, can raise the risk of bleeding.",
            set(),
        ),
        # one class: its examples
        (
            "Antidepressants, such as sertraline, can raise the risk of bleeding.",
            {("sertraline", "isA", "antidepressant", False)},
        ),
        # a relative clause after an example ends the examples
        (
            "Skin diseases such as psoriasis that leave scars are hard to treat.",
            {("psoriasis", "isA", "skin-diseases", False)},
        ),
        # a drug's name right before a known class names the family
        ("Doxycycline is a tetracycline antibiotic.", {("doxycycline", "isA", "tetracycline-antibiotic", False)}),
        (
            "Avoid other tetracycline antibiotics, such as doxycycline.",
            {("doxycycline", "isA", "tetracycline-antibiotic", False)},
        ),
        # outside a class statement the drug stays a drug, no class
        ("Take your amoxicillin antibiotic with food.", set()),
        # how a drug is made is no part of its class
        ("Hydrocortisone is a synthetic corticosteroid.", {("hydrocortisone", "isA", "corticosteroid", False)}),
        # a British spelling read as the American name
        ("Racecadotril is an antidiarrhoeal medicine.", {("racecadotril", "isA", "antidiarrheal", False)}),
        # the word a class statement names as the class, whatever its form
        (
            "Etidronate belongs to a group of medicines called bisphosphonates.",
            {("etidronic-acid", "isA", "bisphosphonate", False)},
        ),
        ("Acitretin is a retinoid, a medicine used for psoriasis.", {("acitretin", "isA", "retinoid", False)}),
        # no class where the gloss follows a form of medicine or nothing states a class
        ("It comes as a tablet, a medicine you swallow.", set()),
        ("Doctors sometimes use a group of medicines called steroids for it.", set()),
    ],
)
def test_class_statements(text, expected, lexicon):
    assert isa(text, lexicon) == expected


def test_letter_of_a_name_ends_its_sentence():
    texts = [s.text for s in segment("It is related to vitamin A. It is used for acne. See Dr. A. Smith.")]
    assert texts == ["It is related to vitamin A.", "It is used for acne.", "See Dr. A. Smith."]


def test_a_class_in_the_next_sentence_is_not_the_drugs(lexicon):
    text = "Acitretin is a retinoid related to vitamin A. It is used when a course of antibiotic tablets has failed."
    assert isa(text, lexicon) == set()
