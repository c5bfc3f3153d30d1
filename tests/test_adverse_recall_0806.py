"""Decision 0806: a drug's side effects on new text. "It won't make him drowsy" (the person made so named otherwise
than "you"), an indirect question asserting nothing ("She asked if it would make him drowsy"), "The commonest are A",
a side-effect topic run in before its sentence ("Side effects? The commonest are A"), and a metallic taste as
dysgeusia. The sentences are invented."""

import pytest
from extracting import polarity_claims

from graph_build.text.recognise import recognise

LEAFLET = "Cetirizine for hay fever\n\nCetirizine is taken once a day.\n\n"


def effects(text: str, lexicon: dict) -> set[tuple]:
    """The adverse effects of `text` after the leaflet's opening (subject, object, negated, hedged)."""
    return {(k[0], k[2], k[3], k[4]) for k in polarity_claims(LEAFLET + text, lexicon) if k[1] == "hasAdverseEffect"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cetirizine won't make her drowsy.", {("cetirizine", "somnolence", True, False)}),
        ("It will not make anyone feel sleepy in the day.", {("cetirizine", "somnolence", True, False)}),
        ("Cetirizine doesn't make most people drowsy.", {("cetirizine", "somnolence", True, False)}),
        ("Cetirizine may make him dizzy.", {("cetirizine", "dizziness", False, True)}),
        ("Cetirizine can make older people confused.", {("cetirizine", "confusion", False, False)}),
        # (nothing made: "better", "well")
        ("Cetirizine will make him feel better within a day.", set()),
    ],
)
def test_made_so(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mrs B. asked if it would make her drowsy. The pharmacist said it doesn't, as a rule.",
        "Tom wondered if it might make him dizzy.",
        "Parents often ask if it can cause a rash.",
    ],
)
def test_an_indirect_question_asserts_nothing(text, lexicon):
    assert effects(text, lexicon) == set()


def test_the_commonest_are(lexicon):
    text = "Side effects\nCetirizine is usually well tolerated. The commonest are headache, a dry mouth and tiredness."
    assert effects(text, lexicon) == {
        ("cetirizine", "headache", False, False),
        ("cetirizine", "xerostomia", False, False),
        ("cetirizine", "fatigue", False, False),
    }


@pytest.mark.parametrize(
    "opening",
    ["Side effects? ", "What about side effects? ", "**Side effects** - Most people have none. "],
)
def test_a_run_in_side_effect_topic(opening, lexicon):
    text = opening + "The common ones are headache and feeling sick.\n"
    assert effects(text, lexicon) == {("cetirizine", "headache", False, False), ("cetirizine", "nausea", False, False)}


def test_a_run_in_topic_needs_its_cue(lexicon):
    # (the next sentence states no list of effects: nothing; no run-in topic, only a sentence about side effects of
    # something else before the cue: nothing)
    assert effects("Side effects? Ask the pharmacist about headache clinics.\n", lexicon) == set()
    said = "Side effects of the older tablets were many. The commonest are headache and feeling sick.\n"
    assert effects(said, lexicon) == set()


def test_a_metallic_taste_is_dysgeusia(lexicon):
    text = "A metallic taste in the mouth can linger."
    assert [(m.slug, text[m.start : m.end]) for m in recognise(text, lexicon)[0]] == [("dysgeusia", "metallic taste")]
    said = "Side effects\nCetirizine is usually well tolerated. Some people notice a bitter or metallic taste.\n"
    assert effects(said, lexicon) == {("cetirizine", "dysgeusia", False, True)}


def test_a_partners_risk_under_an_interactions_heading_is_no_effect_of_it(lexicon):
    text = (
        "Other medicines\n"
        "- Some painkillers and the heart medicine **digoxin** may also increase the risk of low sodium.\n\n"
        "Medicines that do not mix\n"
        "- **Aspirin**: the stomach may bleed more easily, with a risk of bleeding.\n"
    )
    assert {k for k in effects(text, lexicon) if k[0] != "cetirizine"} == set()


def test_the_drugs_own_effects_under_an_interactions_heading_stay(lexicon):
    text = "Other medicines\nCetirizine can make you drowsy, and alcohol adds to it.\n"
    assert ("cetirizine", "somnolence", False, False) in effects(text, lexicon)


CLUB = (
    "Club news\n\nTwo of our members take cetirizine. Cetirizine is for hay fever. Cetirizine is taken once a day.\n\n"
    "## {heading}\n\n- Ketoconazole: it may raise the cetirizine level.\n\n"
    "## Side effects\n\nThe commonest are headache and a dry mouth.\n"
)


def test_a_side_effect_section_after_other_medicines_to_mention(lexicon):
    # (a title naming no drug: the last drug named in the section before is a partner under an interactions heading,
    # so the side-effect section is the document's drug's; under another heading it stayed ownerless (0744) until
    # decision 1085 gave a side-effect heading to the drug the text names more than all others together)
    for heading in ("Other medicines to mention at the pharmacy", "Things to mention at the pharmacy"):
        said = polarity_claims(CLUB.format(heading=heading), lexicon)
        assert {k for k in said if k[1] == "hasAdverseEffect"} == {
            ("cetirizine", "hasAdverseEffect", "headache", False, False),
            ("cetirizine", "hasAdverseEffect", "xerostomia", False, False),
        }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It may make you feel a bit sick.", [("nausea", "feel a bit sick")]),
        ("You may feel slightly sick at first.", [("nausea", "feel slightly sick")]),
        ("Some people feel dizzy or a little sick.", [("dizziness", "dizzy"), ("nausea", "sick")]),
        # (never "sick of": weary of something)
        ("I feel tired and a bit sick of it.", [("fatigue", "feel tired")]),
    ],
)
def test_feeling_a_bit_sick(text, expected, lexicon):
    assert [(m.slug, text[m.start : m.end]) for m in recognise(text, lexicon)[0]] == expected


def test_an_effect_named_by_the_verb_after_the_people(lexicon):
    text = "Side effects\nVery rarely, some people faint. A few people put on weight.\n"
    assert effects(text, lexicon) == {
        ("cetirizine", "syncope", False, True),
        ("cetirizine", "weight-gain", False, True),
    }


def test_the_verb_after_the_people_outside_a_side_effect_section(lexicon):
    text = "Giving blood\nSome people faint when they give blood. Some people put on weight over the winter.\n"
    assert effects(text, lexicon) == set()


LIST = "Possible side effects\nMost people have no trouble with it. The ones we hear about are:\n"


def test_a_labels_clause_of_what_some_people_get(lexicon):
    text = LIST + "- Tummy trouble: some people get diarrhoea, constipation or wind.\n"
    assert effects(text, lexicon) == {
        ("cetirizine", "diarrhea", False, True),
        ("cetirizine", "constipation", False, True),
        ("cetirizine", "flatulence", False, True),
    }


def test_a_labels_signs_stay_signs(lexicon):
    # (no clause of people after the label: what follows names the label's signs, as 0622/0623 read it)
    text = LIST + "- Dehydration: thirst and a dry mouth.\n"
    assert effects(text, lexicon) == {("cetirizine", "dehydration", False, False)}
