"""Decision 0739: recall of adverse effects. A side-effect section under a plain or capitals heading belongs to the
document's drug again, not to a drug the section before named in passing; the singular "The main one is A" and "A is
the big one / a common side effect" under such a heading; the liver a verb of harm governs is the drug-induced liver
injury, as "liver injury" is; a reason after ", as it ..." is outside a denial's scope. The sentences are invented."""

import pytest
from extracting import claims, markdown_claims

DILI = "chemical-and-drug-induced-liver-injury"


def effects(text, lexicon):
    return {k for k in claims(text, lexicon) if k[1] == "hasAdverseEffect"}


LETTER = (
    "RIVERSIDE SURGERY - NOTES FOR YOU\n\n"
    "YOUR NEW MEDICINE: APIXABAN\n"
    "You are now taking apixaban to prevent clots. Apixaban is taken twice a day. "
    "A missed dose matters more than with warfarin.\n\n"
    "SIDE EFFECTS\n"
)


def test_a_capitals_effects_heading_belongs_to_the_document_drug_not_the_compared_one(lexicon):
    text = LETTER + "Some people get heartburn or nausea.\n"
    assert effects(text, lexicon) == {
        ("apixaban", "hasAdverseEffect", "heartburn", False),
        ("apixaban", "hasAdverseEffect", "nausea", False),
    }


@pytest.mark.parametrize(
    ("line", "effect"),
    [
        ("The main one is bleeding.\n", "hemorrhage"),
        ("The most common side effect is nausea.\n", "nausea"),
        ("Nausea is the big one.\n", "nausea"),
        ("Headache is a common side effect.\n", "headache"),
    ],
)
def test_the_main_one_and_a_common_side_effect_under_the_heading(line, effect, lexicon):
    assert effects(LETTER + line, lexicon) == {("apixaban", "hasAdverseEffect", effect, False)}


def test_a_common_side_effect_of_another_drug_is_not_the_sections(lexicon):
    found = effects(LETTER + "Headache is a common side effect of nitrates.\n", lexicon)
    assert not {k for k in found if k[0] == "apixaban"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rarely, ketoconazole can harm the liver.", {("ketoconazole", "hasAdverseEffect", DILI, False)}),
        ("Ketoconazole may damage your liver.", {("ketoconazole", "hasAdverseEffect", DILI, False)}),
        ("Ketoconazole has been linked with liver injury.", {("ketoconazole", "hasAdverseEffect", DILI, False)}),
        ("Alcohol can damage the liver.", set()),
        ("Ketoconazole is broken down in the liver.", set()),
    ],
)
def test_harm_to_the_liver(text, expected, lexicon):
    assert effects(text, lexicon) == expected


def test_harm_to_the_liver_is_rare_not_asserted(lexicon):
    found = claims("Rarely, ketoconazole can harm the liver.", lexicon)
    assert {c.certainty for c in found.values()} == {"Occasional"}


def test_a_reason_after_as_it_is_outside_the_denial(lexicon):
    text = "Ketoconazole treats fungal infections. It is not for people with asthma, as it can cause wheezing."
    found = claims(text, lexicon)
    assert ("ketoconazole", "hasAdverseEffect", "wheezing", False) in found
    assert ("ketoconazole", "hasAdverseEffect", "wheezing", True) not in found


MARKED = """# Cutting down on drinking: what I tell my customers about acamprosate tablets

*Posted by the pharmacist at Mill Lane Pharmacy, a five minute read, filed under alcohol and medicines*

Acamprosate is a tablet that helps people stay off alcohol. It is taken three times a day.

## What side effects should I expect?

Most of them fade in a week or two. The common ones are:

- diarrhoea
- headache
"""


def test_bullets_under_a_marked_question_heading_of_side_effects(lexicon):
    found = markdown_claims(lexicon, MARKED)
    assert {k for k in found if k[1] == "hasAdverseEffect"} == {
        ("acamprosate", "hasAdverseEffect", "diarrhea", False),
        ("acamprosate", "hasAdverseEffect", "headache", False),
    }


POSTER = """CORNER PHARMACY NOTICE

Valaciclovir is a tablet for cold sores. Valaciclovir is taken twice a day.
The dose is turned into aciclovir in the body.
------------------------------
SIDE EFFECTS
------------------------------
The usual ones are:
- headache
- feeling sick
It does not usually make you drowsy.
"""


def test_a_heading_framed_by_rule_lines_and_the_drug_the_text_names_most(lexicon):
    assert effects(POSTER, lexicon) == {
        ("valacyclovir", "hasAdverseEffect", "headache", False),
        ("valacyclovir", "hasAdverseEffect", "nausea", False),
        ("valacyclovir", "hasAdverseEffect", "somnolence", True),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orlistat often causes bloating, wind and diarrhoea.",
            {"abdominal-distention", "flatulence", "diarrhea"},
        ),
        ("Some people taking metformin get tummy ache or wind.", {"abdominal-pain", "flatulence"}),
        ("Lactulose can cause **wind** and cramps.", {"flatulence", "muscle-cramp"}),
        ("Lactulose can be taken in windy weather.", set()),
    ],
)
def test_wind_in_a_list_of_symptoms_is_flatulence(text, expected, lexicon):
    assert {k[2] for k in effects(text, lexicon)} == expected


def test_wind_alone_is_the_weather(lexicon):
    found = claims("Aciclovir cream protects cold sores from wind and sun.", lexicon)
    assert not {k for k in found if k[2] == "flatulence"}


def test_wind_denied_in_a_list_stays_denied(lexicon):
    found = effects("Lactulose does not cause bloating or wind.", lexicon)
    assert found == {
        ("lactulose", "hasAdverseEffect", "abdominal-distention", True),
        ("lactulose", "hasAdverseEffect", "flatulence", True),
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Some adults become agitated.\n", {("apixaban", "hasAdverseEffect", "agitation", False)}),
        ("Rarely, older people may become confused.\n", {("apixaban", "hasAdverseEffect", "confusion", False)}),
        ("Women who become pregnant should tell their doctor.\n", set()),
        ("If you become pregnant, stop the tablets.\n", set()),
    ],
)
def test_what_some_people_become_under_the_heading(line, expected, lexicon):
    assert effects(LETTER + line, lexicon) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Some people feel sick.\n", {"nausea"}),
        ("A few patients feel anxious or dizzy.\n", {"anxiety", "dizziness"}),
        ("Some people feel better within days.\n", set()),
    ],
)
def test_a_feeling_named_with_feel_after_some_people(line, expected, lexicon):
    # the people cue ends before "feel": "feel sick" and "feel anxious" are the lay names of their effects
    assert {k[2] for k in effects(LETTER + line, lexicon) if not k[3]} == expected
