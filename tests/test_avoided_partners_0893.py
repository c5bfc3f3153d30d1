"""Decision 0893: advice to avoid a medicine, food or drink while on the drug states an interaction ("Grapefruit juice
should be avoided", "She avoids A, because it raises the level of X", "Avoid A while taking it", "A raises the level
too, so it is best avoided"), when the sentence, its interactions heading or the interaction stated before it ties
the advice to the drug; "avoid Y by doing Z" is how Y is prevented, no prohibition. The sentences are invented; each
case asserts the whole set of claims of the predicates it is about (subject, predicate, object, negated, certainty)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

PREDICATES = ("interactsWith", "contraindicatedIn")


def claims(text: str, lexicon: dict, predicates: tuple = PREDICATES) -> set[tuple[str, str, str, bool, str]]:
    """The claims of `predicates` (interactions and contraindications) of `text` read as one markdown document."""
    doc = Document("case", "case", "case.md", "", text + "\n", Path("case.md"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty)
        for c in extract_document(doc, lexicon).claims
        if c.predicate in predicates
    }


LEAFLET = "# Apixaban for a blood clot\n\nApixaban is taken twice a day.\n\n"
OTHERS = "# Apixaban for a blood clot\n\nApixaban is taken twice a day.\n\n## Other medicines\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the drug named in the sentence ties the advice to it
        (
            LEAFLET + "Mark avoids grapefruit juice, because it raises the level of apixaban in his blood.",
            {("apixaban", "interactsWith", "grapefruit-juice", False, "Asserted")},
        ),
        # the drug's pronoun after the cue ("while taking it", "on the days she takes it")
        (
            LEAFLET + "Alcohol is best avoided while you are taking it.",
            {("apixaban", "interactsWith", "alcohol", False, "Asserted")},
        ),
        (
            LEAFLET + "Alcohol should be avoided on the days she takes it.",
            {("apixaban", "interactsWith", "alcohol", False, "Asserted")},
        ),
        # an imperative with a class and its example, tied by the reason it gives
        (
            LEAFLET + "Avoid anti-inflammatory painkillers such as ibuprofen, because they make the tablets work"
            " less well.",
            {
                ("apixaban", "interactsWith", "non-steroidal-anti-inflammatory-agent", False, "Asserted"),
                ("apixaban", "interactsWith", "ibuprofen", False, "Asserted"),
            },
        ),
        # under an interactions heading, the advice alone
        (
            OTHERS + "Grapefruit juice should be avoided.",
            {("apixaban", "interactsWith", "grapefruit-juice", False, "Asserted")},
        ),
        (OTHERS + "And keep off alcohol altogether.", {("apixaban", "interactsWith", "alcohol", False, "Asserted")}),
        # the advice said of the things the clause before named
        (
            LEAFLET + "Sedating antihistamines can add to the drowsiness, so Sue avoids them.",
            {("apixaban", "interactsWith", "antihistamine", False, "Asserted")},
        ),
        # no tie to the drug: a tip of another kind, nothing
        (LEAFLET + "Eat a light meal before the walk; avoid greasy food.", set()),
        (LEAFLET + "Grapefruit juice should be avoided.", set()),
        # a denial before the cue: nothing read as an avoided partner
        (
            LEAFLET + "There is no need to avoid grapefruit juice while taking it.",
            {("apixaban", "interactsWith", "grapefruit-juice", True, "Asserted")},
        ),
        # who avoids, not what the drug meets: people with a condition (whose contraindication is another reading's)
        (OTHERS + "People with asthma should avoid aspirin.", set()),
        # the advice is for a time or a group after the cue: no partner
        (OTHERS + "Alcohol is best avoided in pregnancy.", set()),
        # the drug itself avoided is no partner
        (OTHERS + "Apixaban should be avoided.", set()),
    ],
)
def test_avoided_partners(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon, ("interactsWith",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "avoid Y by doing Z" prevents Y: no contraindication
        (LEAFLET + "Feeling sick, which she avoids by taking the tablets with food.", set()),
        (LEAFLET + "Most people avoid heartburn by taking it after a meal.", set()),
        # an avoided use in a group of people still forbids
        (
            LEAFLET + "People with severe liver disease should avoid it.",
            {("apixaban", "contraindicatedIn", "liver-disease", False, "Asserted")},
        ),
    ],
)
def test_avoided_by_doing(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected
