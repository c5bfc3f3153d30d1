"""Decision 0984: "X can inflame the liver", "it may inflame the pancreas", "Rarely it inflames the gullet": the verb of
an organ's inflammation names the inflammation its noun names (hepatitis, pancreatitis, esophagitis, gastritis, as
"inflammation of the liver" does, decision 0664), the drug's side effect after a modal or as the plain present with
the organ right after the verb. Another subject's inflaming is not the drug's, nor is an organ the verb does not
govern. Each case asserts the whole set of claims the text adds: (subject, predicate, object, negated, certainty).
Also adverse-give's present perfect, "X has given me A". The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.recognise import recognise

INTRO = "Lamotrigine for epilepsy\n\nLamotrigine is an anticonvulsant taken twice a day.\n\n"


def added(body: str, lexicon: dict) -> set[tuple]:
    """Every claim the text `body` adds to the leaflet's opening (all predicates, with negation and certainty)."""
    return certainty_claims(INTRO + body + "\n", lexicon) - certainty_claims(INTRO, lexicon)


def effect(obj: str, certainty: str = "Asserted") -> tuple:
    return ("lamotrigine", "hasAdverseEffect", obj, False, certainty)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a modal before the verb; the drug named, or a pronoun for it
        ("Lamotrigine can also inflame the liver, so blood tests are done.", {effect("hepatitis")}),
        ("Rarely, it may inflame the liver.", {effect("hepatitis", "Occasional")}),
        # the plain present, the organ right after the verb
        ("Rarely it inflames the pancreas.", {effect("pancreatitis", "Occasional")}),
        (
            "Very rarely, it inflames the gullet, so tell the clinic about pain on swallowing.",
            {effect("esophagitis", "Occasional")},
        ),
        ("It can inflame the stomach lining.", {effect("gastritis")}),
        # only the organ the verb governs: the second of a pair is not read as inflamed
        ("Rarely, it may inflame the pancreas or the liver.", {effect("pancreatitis", "Occasional")}),
        # another subject inflames it: not the drug's effect
        ("Very high triglycerides can inflame the pancreas.", set()),
        ("Left untreated, the infection can inflame the liver.", set()),
        ("Alcohol can inflame the stomach lining.", set()),
        # an organ the pattern does not name, and the adjective, stay unnamed
        ("A cold virus inflames the back of the throat.", set()),
        ("An inflamed liver can be tender.", set()),
    ],
)
def test_inflamed_organs(body: str, expected: set, lexicon: dict) -> None:
    assert added(body, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "slugs"),
    [
        ("It may inflame the liver.", ["hepatitis"]),
        ("It inflames the oesophagus.", ["esophagitis"]),
        ("It may inflame the pancreas.", ["pancreatitis"]),
        # the organ's parts and tests are not its inflammation
        ("It may inflame the liver enzymes.", []),
    ],
)
def test_recognised(text: str, slugs: list[str], lexicon: dict) -> None:
    assert [m.slug for m in recognise(text, lexicon)[0] if m.slug.endswith("itis")] == slugs


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the present perfect of adverse-give's verb, the drug (or a pronoun for it) right before
        (
            "Lamotrigine has given me diarrhoea and nausea.",
            {effect("diarrhea"), effect("nausea")},
        ),
        ("It has given her headaches.", {effect("headache")}),
        # a prescriber gives the drug: no effect
        ("My GP has given me lamotrigine for my fits.", set()),
        # nothing given that is a condition
        ("Lamotrigine has given me my life back.", set()),
    ],
)
def test_perfect_give(body: str, expected: set, lexicon: dict) -> None:
    assert added(body, lexicon) == expected
