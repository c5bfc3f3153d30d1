"""Decision 0813: the hedge of a side effect its sentence says is rare or had by some people only. A list item
opening with "Rarely," / "Less often," / "Some people", a line labelled "Uncommon:" / "**Rare**:", and "A and B are
rare" are Occasional (as the prose rules already read "Rarely, X causes A"); "common" and "very common" stay asserted.
The sentences are invented."""

import pytest
from extracting import polarity_claims

from graph_build.text.frequency_hedges import frequency_hedges
from graph_build.text.recognise import recognise
from graph_build.text.units import Found, Unit

LEAFLET = "Pregabalin for nerve pain\n\nPregabalin is taken twice a day.\n\n"


def effects(text: str, lexicon: dict) -> set[tuple]:
    """The adverse effects of `text` after the leaflet's opening (object, negated, hedged)."""
    said = polarity_claims(LEAFLET + text, lexicon)
    assert {k[0] for k in said if k[1] == "hasAdverseEffect"} <= {"pregabalin"}
    return {(k[2], k[3], k[4]) for k in said if k[1] == "hasAdverseEffect"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Side effects\n- Rarely, ringing in the ears.\n", {("tinnitus", False, True)}),
        (
            "Side effects\n- Some people feel dizzy or get constipation.\n",
            {("dizziness", False, True), ("constipation", False, True)},
        ),
        (
            "Side effects\n- Headache.\n- Less often, people feel sick.\n",
            {("headache", False, False), ("nausea", False, True)},
        ),
        # (a modal after the frequency: still some people's effect)
        ("Side effects\n- Rarely, a rash may appear.\n", {("exanthema", False, True)}),
        # (the lead reaches its own clause only)
        (
            "Side effects\n- Rarely, a skin rash; headache is common.\n",
            {("exanthema", False, True), ("headache", False, False)},
        ),
        ("Side effects\n- Most people get headaches.\n", {("headache", False, False)}),
    ],
)
def test_a_list_item_of_some_people_or_a_rare_effect(text, expected, lexicon):
    assert effects(text, lexicon) == expected


def test_a_frequency_label(lexicon):
    text = "Side effects\nUncommon: blurred vision and constipation.\nVery common: headache and drowsiness.\n"
    assert effects(text, lexicon) == {
        ("blurred-vision", False, True),
        ("constipation", False, True),
        ("headache", False, False),
        ("somnolence", False, False),
    }
    assert effects("Side effects\n- **Rare** (up to 1 in 1,000): a skin rash.\n", lexicon) == {
        ("exanthema", False, True)
    }
    assert effects("Side effects\nCommon: headache.\n", lexicon) == {("headache", False, False)}


def test_effects_then_are_rare(lexicon):
    text = "Side effects\nHeadache and constipation are common. Fits are very rare.\n"
    assert effects(text, lexicon) == {
        ("headache", False, False),
        ("constipation", False, False),
        ("seizure", False, True),
    }
    assert effects("Side effects\n- Constipation, which is rare.\n", lexicon) == {("constipation", False, True)}
    # ("not rare" says it is not rare: no hedge of rarity, and no claim the extractor is unsure of)
    assert effects("Side effects\nConstipation is not rare.\n", lexicon) == set()


def test_only_an_asserted_affirmed_effect_changes():
    unit = Unit("- Rarely, a skin rash.", [(12, 21, "exanthema", "Symptom")], bullet=True)
    found = [
        Found("x", "hasAdverseEffect", "exanthema", "r", certainty="Possible"),
        Found("x", "hasAdverseEffect", "exanthema", "r", negated=True),
        Found("x", "treats", "exanthema", "r"),
    ]
    assert frequency_hedges(unit, found) == found
    said = frequency_hedges(unit, [Found("x", "hasAdverseEffect", "exanthema", "r")])
    assert [f.certainty for f in said] == ["Occasional"]


def test_a_table_row_keeps_its_reading():
    # (the golds split a frequency column: left as it was)
    unit = Unit("| Uncommon (up to 1 in 100) | Skin rash |", [(30, 39, "exanthema", "Symptom")])
    said = frequency_hedges(unit, [Found("x", "hasAdverseEffect", "exanthema", "effects-table")])
    assert [f.certainty for f in said] == ["Asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pregabalin can lower the sodium in your blood.", {("hyponatremia", False, False)}),
        ("Pregabalin may raise the level of potassium in the blood.", {("hyperkalemia", False, True)}),
        ("It may also raise the potassium in your blood.", {("hyperkalemia", False, True)}),
        ("It can lower the amount of salt (sodium) in the blood.", {("hyponatremia", False, False)}),
        ("Pregabalin does not raise the potassium in your blood.", {("hyperkalemia", True, False)}),
        # (another's act: no blood named, no drug of the document's)
        ("Liquorice can lower potassium further.", set()),
        ("Drinking too much water can lower the sodium in your blood.", set()),
    ],
)
def test_a_salt_raised_or_lowered_in_the_blood_is_a_side_effect(text, expected, lexicon):
    assert effects(text, lexicon) == expected


def test_the_lowered_salt_is_no_decrease_claim(lexicon):
    said = polarity_claims(LEAFLET + "Pregabalin can lower the sodium in your blood.", lexicon)
    assert not any(k[1] == "decreases" for k in said)


def test_it_affects_you_is_the_drug_not_the_labelled_effect(lexicon):
    # ("it affects you" after an effect's label is the drug acting on the reader; "it affects the ear" after a
    # condition is still that condition's course, decision 0684)
    text = (
        "Side effects\n- Headache: common.\n"
        "- Dizziness: can happen, so take care on stairs until you see how it affects you.\n"
    )
    assert effects(text, lexicon) == {("headache", False, False), ("dizziness", False, False)}


def test_a_thumping_fluttering_or_racing_heartbeat(lexicon):
    text = "It can bring on a thumping heartbeat; a fluttering heartbeat; a racing heartbeat."
    found = [(m.slug, text[m.start : m.end]) for m in recognise(text, lexicon)[0]]
    assert found == [
        ("palpitations", "thumping heartbeat"),
        ("palpitations", "fluttering heartbeat"),
        ("tachycardia", "racing heartbeat"),
    ]
    said = "Side effects\nVery rarely, pregabalin may cause a slow or fluttering heartbeat.\n"
    assert effects(said, lexicon) == {("bradycardia", False, True), ("palpitations", False, True)}


def test_the_last_feeling_of_a_list_after_one_verb(lexicon):
    text = "Side effects\nSome people feel tired, dizzy or sick in the first week.\n"
    assert effects(text, lexicon) == {("fatigue", False, True), ("dizziness", False, True), ("nausea", False, True)}
    # ("sick of": another sense, as for a pair)
    assert [m.slug for m in recognise("I feel cold, tired and sick of it.", lexicon)[0]] == []
