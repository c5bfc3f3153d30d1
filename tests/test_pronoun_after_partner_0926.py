"""Decision 0926: "it" after "interact / interfere with" or "taken with" in the sentence after one that stated
interactions of the document's drug is that drug, not the partner the sentence before left in focus ("Ketoconazole
raises the level of X. Paracetamol does not interact with it."), and "clash" names a section of interactions ("Does
it clash with anything?"), and the partners of a fronted "Taken / Combined with A," clause interact with the drug
of the main clause ("Taken with warfarin, it may increase the risk of bleeding"). The sentences are invented; each
case asserts the whole set of interaction claims (subject, predicate, object, negated, certainty)."""

import pytest
from extracting import certainty_claims

from graph_build.text.owners import INTERACTIONS_HEADING


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    """The interaction claims of `text` read as one markdown document."""
    return {c for c in certainty_claims(text, lexicon, ".md") if c[1] == "interactsWith"}


LEAFLET = "# Apixaban for a blood clot\n\nApixaban is taken twice a day.\n\n"


def ix(partner: str, negated: bool = False, certainty: str = "Asserted") -> tuple[str, str, str, bool, str]:
    """An interaction claim of apixaban with `partner`."""
    return ("apixaban", "interactsWith", partner, negated, certainty)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence before stated an interaction of the drug: "it" is the drug, the denial keeps its polarity
        (
            "Ketoconazole raises the level of apixaban. Paracetamol does not interact with it.",
            {ix("ketoconazole"), ix("acetaminophen", negated=True)},
        ),
        (
            "Doxazosin adds to the fall in blood pressure with apixaban, so the dose starts low. Ibuprofen does not "
            "interfere with it, and Ann takes some for her knee.",
            {ix("doxazosin"), ix("ibuprofen", negated=True)},
        ),
        (
            "Ketoconazole raises the level of apixaban. Grapefruit juice should not be taken with it.",
            {ix("ketoconazole"), ix("grapefruit-juice")},
        ),
        (
            "Ketoconazole raises the level of apixaban. Clarithromycin and itraconazole must not be taken with it.",
            {ix("ketoconazole"), ix("clarithromycin"), ix("itraconazole")},
        ),
        (
            "Ketoconazole raises the level of apixaban. Do not drink grapefruit juice with it.",
            {ix("ketoconazole"), ix("grapefruit-juice")},
        ),
        ("Atenolol is taken for high blood pressure. Do not drink grapefruit juice with it.", set()),
        # the pronoun as subject is the partner, not the drug: no interaction of apixaban with simvastatin
        (
            "Ketoconazole raises the level of apixaban. It also raises the level of simvastatin.",
            {ix("ketoconazole"), ("ketoconazole", "interactsWith", "simvastatin", False, "Asserted")},
        ),
        # no interaction of the drug stated before: "it" may be the other medicine, nothing
        ("Atenolol is taken for high blood pressure. Paracetamol does not interact with it.", set()),
        # an interaction only hedged before: not taken as the topic of the next sentence
        (
            "Ketoconazole might raise the level of apixaban. Alcohol does not interact with it.",
            {ix("ketoconazole", certainty="Possible")},
        ),
    ],
)
def test_pronoun_after_partner(text: str, expected: set, lexicon: dict) -> None:
    assert claims(LEAFLET + text, lexicon) == expected


@pytest.mark.parametrize(
    ("heading", "is_interactions"),
    [
        ("Does it clash with anything?", True),
        ("Which medicines clash with it?", True),
        ("Medicines and food that clash", True),
        ("Anything it clashes with?", True),
        ("Side effects", False),
        ("How to take it", False),
    ],
)
def test_clash_heading(heading: str, is_interactions: bool) -> None:
    assert bool(INTERACTIONS_HEADING.search(heading)) is is_interactions


def test_clash_section_owner(lexicon: dict) -> None:
    text = (
        "# Club news\n\nAnn takes apixaban for a clot in her leg. Apixaban thins the blood. She takes apixaban every "
        "morning.\n\n## Does it clash with anything?\n\nKetoconazole raises its level. Paracetamol is fine with it."
    )
    assert claims(text, lexicon) == {ix("ketoconazole"), ix("acetaminophen", negated=True)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taken with warfarin, it may increase the risk of bleeding.", {ix("warfarin", certainty="Possible")}),
        ("Taken with warfarin it raises the risk of bleeding.", {ix("warfarin")}),
        (
            "Combined with antidepressants such as sertraline, it might cause serotonin syndrome.",
            {ix("antidepressant", certainty="Possible"), ix("sertraline", certainty="Possible")},
        ),
        # how it is taken, no partner: a lessening, a denial, no verb of a harm or a change
        ("Taken with food, it causes less stomach upset.", set()),
        ("Taken with warfarin, it does not raise the risk of bleeding.", set()),
        ("Taken with a glass of water, it works within an hour.", set()),
        # not fronted: the clause does not open the sentence
        ("Ann says that taken with warfarin it is fine.", set()),
    ],
)
def test_fronted_partner(text: str, expected: set, lexicon: dict) -> None:
    assert claims(LEAFLET + text, lexicon) == expected
