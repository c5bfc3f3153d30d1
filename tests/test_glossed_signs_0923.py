"""Decision 0923: a condition glossed in apposition by its signs ("Y, the flushing and redness of the cheeks", "Y, a
disease of muscle weakness") has them as its phenotype; a list of conditions is no gloss; a warning's signs after a
drug's effect belong to it only when they open the sentence ("It might also thin the bones, so any new back pain
should be reported" names an effect of its own). The sentences are invented."""

import pytest
from extracting import certainty_claims

TOPIC = "About the skin and nose\n\n"
LEAFLET = "Raloxifene tablets\n\nRaloxifene is taken once a day.\n\n"


def claims(text: str, lexicon: dict) -> set[tuple]:
    """Every claim of a one-document text: (subject, predicate, object, negated, certainty)."""
    return certainty_claims(text, lexicon)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Y, the A and B of ...": the signs the condition is glossed by
        (
            "Many adults live with rosacea, the flushing and redness of the cheeks that comes and goes.",
            {
                ("rosacea", "hasPhenotype", "flushing", False, "Asserted"),
                ("rosacea", "hasPhenotype", "erythema", False, "Asserted"),
            },
        ),
        # describing words closed by commas may stand before the sign (an illness the disease package names)
        (
            "Sinusitis, the blocked, runny nose of an infection, often follows a cold.",
            {("sinusitis", "hasPhenotype", "rhinorrhea", False, "Asserted")},
        ),
        (
            "Hay fever, the blocked, runny nose of a pollen allergy, peaks in June.",
            {("rhinitis-allergic-seasonal", "hasPhenotype", "rhinorrhea", False, "Asserted")},
        ),
        # "Y, a disease of A"
        (
            "People with myasthenia gravis, a disease of muscle weakness, should ask first.",
            {("myasthenia-gravis", "hasPhenotype", "muscle-weakness", False, "Asserted")},
        ),
        # a list of conditions is no gloss: the item after "the" is a disease
        ("The leaflet covers glaucoma, the flu and a cough.", set()),
        # a kind word after "the" is no sign
        ("Some have IBS, the kind where diarrhoea is the main problem.", set()),
        # "the illness of many faces" names no sign; the sentence's own cause stays as it was
        (
            "Lupus, the illness of many faces, can cause a rash.",
            {("systemic-lupus-erythematosus", "causes", "exanthema", False, "Asserted")},
        ),
    ],
)
def test_glossed_signs(sentence: str, expected: set, lexicon: dict) -> None:
    assert claims(TOPIC + sentence, lexicon) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the sentence after the effect opens with its signs: they are the effect's
        (
            "Rarely, it can harm the liver. Yellow skin or dark urine must be reported the same day.",
            {
                ("raloxifene", "hasAdverseEffect", "chemical-and-drug-induced-liver-injury", False, "Occasional"),
                ("chemical-and-drug-induced-liver-injury", "hasPhenotype", "jaundice", False, "Asserted"),
                ("chemical-and-drug-induced-liver-injury", "hasPhenotype", "dark-urine", False, "Asserted"),
            },
        ),
        (
            "Rarely, it can harm the liver. Any yellowing of the skin should be reported at once.",
            {
                ("raloxifene", "hasAdverseEffect", "chemical-and-drug-induced-liver-injury", False, "Occasional"),
                ("chemical-and-drug-induced-liver-injury", "hasPhenotype", "jaundice", False, "Asserted"),
            },
        ),
        # the sentence names an effect of its own before the signs: they are not the clot's
        (
            "Rarely, it may cause a blood clot. It might also thin the bones, so any new back pain should be reported.",
            {("raloxifene", "hasAdverseEffect", "thrombosis", False, "Occasional")},
        ),
    ],
)
def test_warned_signs_open_the_sentence(sentences: str, expected: set, lexicon: dict) -> None:
    assert claims(LEAFLET + sentences, lexicon) == expected
