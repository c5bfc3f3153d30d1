"""Decision 0827: side effects on new text, third pass. A frequency set off by commas between the modal and the verb
("X may, in rare cases, cause A"); the whole of the people under a side-effect heading ("Nearly everyone gets A");
magnesium raised or lowered in the blood, and a salt's level as the subject of its own move ("the level of magnesium
in the blood can sometimes drop"), hedged by its frequency; unsteadiness of the walk as ataxia. Exact claim sets,
negation and hedge included; the sentences are invented (other drugs, other wording)."""

import pytest
from extracting import polarity_claims

from graph_build.text.blood_levels import blood_levels
from graph_build.text.units import Discourse, Found, Unit
from ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


LEAFLET = "Esomeprazole for reflux\n\nEsomeprazole is a capsule taken once a day for acid reflux.\n\n"


def effects(text: str, lexicon: dict) -> set[tuple]:
    """Every adverse effect of `text` after the leaflet's opening (subject, object, negated, hedged)."""
    said = polarity_claims(LEAFLET + text, lexicon)
    return {(k[0], k[2], k[3], k[4]) for k in said if k[1] == "hasAdverseEffect"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Esomeprazole may, in rare cases, cause headache.\n",
            {("esomeprazole", "headache", False, True)},
        ),
        (
            "Esomeprazole can, very rarely, lead to pancreatitis.\n",
            {("esomeprazole", "pancreatitis", False, True)},
        ),
        (
            "Esomeprazole could, occasionally, trigger a migraine.\n",
            {("esomeprazole", "migraine-disorders", False, True)},
        ),
        # (no frequency between the commas: an aside, no cue)
        ("Esomeprazole may, like any medicine, cause headache.\n", set()),
        # (a denial after the commas is no claim of the comma cue)
        ("Esomeprazole may, in rare cases, not work.\n", set()),
    ],
)
def test_a_frequency_between_commas(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Side effects\nNearly everyone gets a headache at first.\n", {("esomeprazole", "headache", False, False)}),
        ("Side effects\nAlmost everybody has constipation.\n", {("esomeprazole", "constipation", False, False)}),
        # (outside a side-effect section: everyone's cold is nobody's side effect)
        ("In winter nearly everyone gets a headache from the heating.\n", set()),
        # (a denial of everyone's effect keeps its polarity: no affirmed claim)
        ("Side effects\nNearly everyone gets nothing at all.\n", set()),
    ],
)
def test_the_whole_of_the_people(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Side effects\nIt can lower the magnesium in your blood.\n",
            {("esomeprazole", "hypomagnesemia", False, False)},
        ),
        (
            "Side effects\nEsomeprazole may raise the magnesium in the blood.\n",
            {("esomeprazole", "hypermagnesemia", False, True)},
        ),
        (
            "Side effects\nAfter a year or more on it, the level of magnesium in your blood may fall.\n",
            {("esomeprazole", "hypomagnesemia", False, True)},
        ),
        (
            "Side effects\nOn long courses of esomeprazole, the amount of sodium in the blood can occasionally drop.\n",
            {("esomeprazole", "hyponatremia", False, True)},
        ),
        (
            "Side effects\nOccasionally, after months of use, it can lower the magnesium in the blood.\n",
            {("esomeprazole", "hypomagnesemia", False, True)},
        ),
        # (a denial keeps its polarity)
        (
            "Side effects\nWith esomeprazole, the level of potassium in the blood does not rise.\n",
            {("esomeprazole", "hyperkalemia", True, False)},
        ),
        # (no drug and no "it": a diet's effect, not the medicine's)
        ("Side effects\nWithout fruit, the level of potassium in the blood can drop.\n", set()),
        # (a partner named before the level, not the document's drug)
        ("With furosemide, the level of potassium in the blood can drop.\n", set()),
    ],
)
def test_a_salt_in_the_blood(text, expected, lexicon):
    assert effects(text, lexicon) == expected


def test_a_low_frequency_is_occasional_and_a_modal_possible():
    ctx = Discourse(main="x", focus="x", title="X capsules")
    u = Unit(
        "Rarely, after months of use, it can lower the magnesium in the blood.", [(46, 55, "magnesium", "Chemical")]
    )
    cut = Found("x", "decreases", "magnesium", "decreases-cue")  # (the decreases cue's reading, replaced)
    assert [(f.object, f.certainty) for f in blood_levels(u, ctx, [cut])] == [("hypomagnesemia", "Occasional")]
    u = Unit("If you take it for years, the level of magnesium in the blood can sometimes drop.", [])
    assert [(f.object, f.certainty) for f in blood_levels(u, ctx, [])] == [("hypomagnesemia", "Occasional")]
    u = Unit("If you take it for years, the level of magnesium in the blood might drop.", [])
    assert [(f.object, f.certainty) for f in blood_levels(u, ctx, [])] == [("hypomagnesemia", "Possible")]
    u = Unit("If you take it for years, the level of magnesium in the blood can drop.", [])
    assert [(f.object, f.certainty) for f in blood_levels(u, ctx, [])] == [("hypomagnesemia", "Asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Side effects\nA few people feel unsteady on their feet.\n",
            {("esomeprazole", "ataxia", False, True)},
        ),
        (
            "Side effects\n- unsteadiness when walking\n- headache\n",
            {("esomeprazole", "ataxia", False, False), ("esomeprazole", "headache", False, False)},
        ),
        # (never bare "unsteady")
        ("Side effects\n- an unsteady hand\n", set()),
    ],
)
def test_unsteady_on_the_feet_is_ataxia(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Side effects\n- pins and needles in the fingers\n- a high or raised sodium level\n",
            {("esomeprazole", "paresthesia", False, False), ("esomeprazole", "hypernatremia", False, False)},
        ),
        (
            "Side effects\n- A raised calcium level, seen on a blood test.\n",
            {("esomeprazole", "hypercalcemia", False, False)},
        ),
        (
            "Side effects\nA few people feel bloated after meals.\n",
            {("esomeprazole", "abdominal-distention", False, True)},
        ),
        (
            "Side effects\nYou might feel more tired than usual in the first week.\n",
            {("esomeprazole", "fatigue", False, True)},
        ),
        (
            "Side effects\nSome people get a headache or find it hard to sleep.\n",
            {("esomeprazole", "headache", False, True), ("esomeprazole", "insomnia", False, True)},
        ),
        (
            "Side effects\nSome people find it difficult to get to sleep.\n",
            {("esomeprazole", "sleep-onset-insomnia", False, True)},
        ),
        # (what else some people find hard is no side effect)
        ("Side effects\nSome people find it hard to swallow the capsules.\n", set()),
        # (outside a side-effect section: the illness's own sleeplessness)
        ("People with reflux often find it hard to sleep.\n", set()),
        # (a denial keeps its polarity)
        (
            "Esomeprazole does not cause pins and needles.\n",
            {("esomeprazole", "paresthesia", True, False)},
        ),
    ],
)
def test_lay_names(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Things a coach might see\nBlurred vision can also occur.\n",
            {("esomeprazole", "blurred-vision", False, False)},
        ),
        ("What a teacher may notice\nHeadache is common.\n", {("esomeprazole", "headache", False, False)}),
        # (a past question and a bare "things to look out for" are no side-effect headings)
        ("What did I notice?\nBlurred vision can also occur.\n", set()),
        ("Things to look out for\nBlurred vision can also occur.\n", set()),
    ],
)
def test_a_heading_of_what_a_role_might_see(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a heatwave esomeprazole can reduce sweating, so you may overheat.\n",
            {("esomeprazole", "hyperthermia", False, True)},
        ),
        (
            "Patients on esomeprazole might overheat on long climbs.\n",
            {("esomeprazole", "hyperthermia", False, True)},
        ),
        # (a denial of the noun keeps its polarity)
        (
            "Esomeprazole does not cause overheating.\n",
            {("esomeprazole", "hyperthermia", True, False)},
        ),
        # (the capsules overheating is their storage, no person's side effect; nor a baby's in a heatwave)
        ("Esomeprazole capsules can overheat in a hot car.\n", set()),
        ("In a heatwave, babies may overheat.\n", set()),
    ],
)
def test_overheating(text, expected, lexicon):
    assert effects(text, lexicon) == expected
