"""Decision 0769: adverse effects left after round 25. Everyday names of two effects ("a pounding heartbeat" is
palpitations, "a blocked nose" nasal congestion), the people of a side-effect section's cue ("some pupils", "Most
people get none, but some have A"), "it may affect your liver", and a pronoun after a frequency adverb opening a
clause ("..., and rarely it can cause Z": the drug, not the effect named before). The sentences are invented."""

import pytest
from extracting import polarity_claims

from graph_build.text.recognise import recognise

LEAFLET = (
    "NORTHFIELD PHARMACY\n"
    "A note for customers\n\n"
    "Ramipril is used for high blood pressure. Ramipril is taken once a day. Ramipril can make you dizzy.\n\n"
)


DIZZY = ("ramipril", "hasAdverseEffect", "dizziness", False, False)


def effects(text: str, lexicon: dict) -> set[tuple]:
    """The adverse effects of the text after the leaflet, without the leaflet's own."""
    return {k for k in polarity_claims(LEAFLET + text, lexicon) if k[1] == "hasAdverseEffect"} - {DIZZY}


def named(text: str, lexicon: dict) -> list[tuple[str, str]]:
    return [(m.slug, text[m.start : m.end]) for m in recognise(text, lexicon)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You may notice a pounding heartbeat.", [("palpitations", "pounding heartbeat")]),
        ("A blocked nose is common in winter.", [("nasal-congestion", "blocked nose")]),
        ("A few people get a slower pulse.", [("bradycardia", "slower pulse")]),
        ("Rarely, it may affect your liver.", [("chemical-and-drug-induced-liver-injury", "your liver")]),
        ("Rarely, it can affect the liver.", [("chemical-and-drug-induced-liver-injury", "the liver")]),
    ],
)
def test_everyday_names(text, expected, lexicon):
    assert named(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Grapefruit juice may affect the liver enzymes that break it down.",
        "Heavy drinking can affect the liver's ability to clear it.",
        "A blood test shows how well the kidneys and liver work.",
        "The pipe was blocked, and the noise of the pounding rain kept us awake.",
        "Heart tablets that slow the pulse add to the effect.",
    ],
)
def test_no_liver_injury_or_palpitations_named(text, lexicon):
    assert not {s for s, _ in named(text, lexicon)} & {
        "chemical-and-drug-induced-liver-injury",
        "palpitations",
        "nasal-congestion",
        "bradycardia",
    }


def test_pounding_heartbeat_and_blocked_nose_under_a_side_effect_heading(lexicon):
    text = "Side effects\n\nA blocked nose and a pounding heartbeat are common.\n"
    assert effects(text, lexicon) == {
        ("ramipril", "hasAdverseEffect", "nasal-congestion", False, False),
        ("ramipril", "hasAdverseEffect", "palpitations", False, False),
    }


def test_an_article_between_the_items_of_an_opening_list(lexicon):
    text = "Side effects\n\nA cough, a headache or a rash may happen.\n"
    assert effects(text, lexicon) == {
        ("ramipril", "hasAdverseEffect", "cough", False, True),
        ("ramipril", "hasAdverseEffect", "headache", False, True),
        ("ramipril", "hasAdverseEffect", "exanthema", False, True),
    }


def test_most_get_none_but_some_have(lexicon):
    text = "Side effects\n\nMost people get none, but some have a headache, feel sick, or get a rash.\n"
    assert effects(text, lexicon) == {
        ("ramipril", "hasAdverseEffect", "headache", False, True),
        ("ramipril", "hasAdverseEffect", "nausea", False, True),
        ("ramipril", "hasAdverseEffect", "exanthema", False, True),
    }


def test_some_pupils_become(lexicon):
    text = "Side effects teachers may see\n\nSome pupils become irritable, and this should be written down.\n"
    assert effects(text, lexicon) == {("ramipril", "hasAdverseEffect", "irritability", False, True)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Most people get none, but some do.",  # (no condition named)
        "Most people notice nothing, but some don't get a headache.",  # (denied: no asserted claim)
        "Many find it easy to take, but some have stopped because of the cost.",  # (no condition)
        "Most people get no headache at all.",  # (denied)
    ],
)
def test_no_effect_where_none_is_stated_or_it_is_denied(sentence, lexicon):
    assert {k for k in effects("Side effects\n\n" + sentence + "\n", lexicon) if not k[3]} == set()


def test_it_may_affect_your_liver_under_a_side_effect_heading(lexicon):
    text = "Side effects\n\nIt may affect your liver, so you will have a blood test.\n"
    assert effects(text, lexicon) == {
        ("ramipril", "hasAdverseEffect", "chemical-and-drug-induced-liver-injury", False, True)
    }


def test_a_pronoun_after_rarely_is_the_drug_not_the_effect_before_it(lexicon):
    text = "Ramipril can make some people tired. Some people get a headache, and rarely it can cause a rash.\n"
    found = polarity_claims(LEAFLET + text, lexicon)
    assert not {k for k in found if k[1] == "causes"}
    assert ("ramipril", "hasAdverseEffect", "exanthema", False, True) in found
