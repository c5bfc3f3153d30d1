"""Decision 0965: a numbered list's short items, "1. sinus infections" / "2. diarrhoea" after a lead ending in a
colon, are a list, not headings (numbered_items); an effect cue after the illness "left untreated" or "left alone"
gives the drug nothing (check `untreated-is-the-illness`); and "Some people feel sleepy on it" outside a side-effect
section is the drug in focus's (rule `effects-on-it`). The sentences are invented."""

import pytest
from extracting import certainty_claims

INTRO = "Sertraline for low mood\n\nSertraline is an antidepressant taken once a day.\n\n"


def added(body: str, lexicon: dict) -> set[tuple]:
    """Every claim the text `body` adds to the leaflet's opening (all predicates, with negation and certainty)."""
    return certainty_claims(INTRO + body + "\n", lexicon) - certainty_claims(INTRO, lexicon)


def effect(obj: str, negated: bool = False, certainty: str = "Asserted") -> tuple:
    return ("sertraline", "hasAdverseEffect", obj, negated, certainty)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # short numbered items after a lead in a side-effect section: each is an item, none a heading
        (
            "## Side effects\n\nThe leaflet gives these as common:\n\n1. headache\n2. diarrhoea\n3. feeling sick\n",
            {effect("headache"), effect("diarrhea"), effect("nausea")},
        ),
        # a ")" after the number, the list with no blank line before it
        (
            "## Side effects\n\nThe common ones are:\n1) a dry mouth\n2) headaches\n",
            {effect("xerostomia"), effect("headache")},
        ),
        # the section goes on after the list: a later sentence is still under the side-effect heading
        (
            "## Side effects\n\nThe leaflet lists:\n\n1. headache\n2. diarrhoea\n\nSome people get a rash.\n",
            {effect("headache"), effect("diarrhea"), effect("exanthema", certainty="Occasional")},
        ),
        # items in a section of who must not take it are no side effects
        ("## Who should not take it\n\nIt is not for people with:\n\n1. epilepsy\n2. glaucoma\n", None),
    ],
)
def test_numbered_items(body: str, expected: set | None, lexicon: dict) -> None:
    got = added(body, lexicon)
    if expected is None:
        assert not any(c[1] == "hasAdverseEffect" for c in got)
    else:
        assert got == expected


def test_numbered_headings_stay_headings(lexicon: dict) -> None:
    # numbered headings, each above its own paragraph: the side-effect heading still owns its paragraph's effects,
    # and the heading of who must not take it does not
    body = (
        "1. What it is for\n\nIt lifts low mood.\n\n2. Side effects\n\nHeadache is common.\n\n"
        "3. Other medicines\n\nTell the pharmacist about any others.\n"
    )
    assert effect("headache") in added(body, lexicon)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the illness left untreated (or left alone, or not treated) brings it: no effect of the drug
        ("Left untreated, the illness can lead to a stroke.", set()),
        ("Left alone, it damages the kidneys and can lead to a stroke.", set()),
        ("If it is not treated, it can cause a stroke.", set()),
        # the drug's own effect stays
        ("It can cause a rash.", {effect("exanthema")}),
        ("Rarely, sertraline causes a rash.", {effect("exanthema", certainty="Occasional")}),
        # a denial stays one
        ("Sertraline does not cause a rash.", {effect("exanthema", negated=True)}),
    ],
)
def test_untreated_is_the_illness(body: str, expected: set, lexicon: dict) -> None:
    assert {c for c in added(body, lexicon) if c[1] == "hasAdverseEffect"} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # outside a side-effect section, the people's cue and the effect "on it": the drug in focus's, Occasional
        ("Some people feel very sleepy on it.", {effect("somnolence", certainty="Occasional")}),
        ("Some people get a headache while taking it.", {effect("headache", certainty="Occasional")}),
        ("Some people may get a rash on it.", {effect("exanthema", certainty="Occasional")}),
        # no "on it": outside a section the people's cue names no owner
        ("Some people get a headache at the weekend.", set()),
        # advice to stop using it is no time of the effect
        ("If you get a rash, stop using it and see your GP.", set()),
        # "on it" in another clause than the effect
        ("Some people feel sick, and others do well on it.", set()),
        # a drug named in a clause of its own after the effect owns nothing of it
        ("Some people get a headache on it, but ibuprofen helps.", {effect("headache", certainty="Occasional")}),
    ],
)
def test_effects_on_it(body: str, expected: set, lexicon: dict) -> None:
    assert {c for c in added(body, lexicon) if c[1] == "hasAdverseEffect"} == expected
