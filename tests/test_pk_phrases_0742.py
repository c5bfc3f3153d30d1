"""Decision 0742: onset, duration of action and oral bioavailability written as verb phrases (invented sentences)."""

from decimal import Decimal
from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


def values(text: str, title: str = "Nizatidine") -> set[tuple]:
    doc = Document("d", title, "d.txt", "", text, Path("d.txt"))
    claims = extract_document(doc, load_lexicon()).claims
    return {
        (c.subject, c.object, c.negated, tuple(sorted((k, v[0]) for k, v in c.qualifiers)))
        for c in claims
        if c.predicate == "hasPharmacokineticValue"
    }


def q(low=None, high=None, unit="unit:HR") -> tuple:
    pairs = [("maxValue", Decimal(high))] if high is not None else []
    pairs += [("minValue", Decimal(low))] if low is not None else []
    return tuple(sorted([*pairs, ("unit", unit)]))


def test_when_it_starts_to_work_and_how_long_a_dose_lasts():
    text = "Nizatidine lowers stomach acid. It starts to work within an hour and lasts up to 10 hours."
    assert values(text) == {
        ("nizatidine", "onset-of-action", False, q(1, 1)),
        ("nizatidine", "duration-of-action", False, q(high=10)),
    }


def test_weeks_before_the_full_benefit_and_a_value_in_words():
    assert values("Sertraline is an antidepressant. It can take up to six weeks to feel the full benefit.") == {
        ("sertraline", "onset-of-action", False, q(high=6, unit="unit:WK"))
    }
    text = "Clomipramine is an antidepressant. Most people need three to five weeks before they notice a change."
    assert values(text, "Clomipramine") == {("clomipramine", "onset-of-action", False, q(3, 5, "unit:WK"))}


def test_a_dose_or_an_effect_lasts_but_a_side_effect_lasting_is_no_value():
    assert values("Timolol drops lower eye pressure. One dose lasts at least 12 hours.", "Timolol") == {
        ("timolol", "duration-of-action", False, q(low=12))
    }
    assert values("Amoxicillin can cause a rash. The rash usually lasts 3 days.", "Amoxicillin") == set()
    assert values("Levonorgestrel works for up to 72 hours after sex.", "Levonorgestrel") == set()


def test_a_share_of_a_swallowed_dose_is_the_oral_bioavailability():
    text = "Alendronate is taken weekly. Less than 1% of a dose is absorbed into the blood."
    assert values(text, "Alendronate") == {
        ("alendronic-acid", "oral-bioavailability", False, q(high=1, unit="unit:PERCENT"))
    }
    assert values("Itraconazole. Oral bioavailability is about 55%.", "Itraconazole") == {
        ("itraconazole", "oral-bioavailability", False, q(55, 55, "unit:PERCENT"))
    }
    # a form put on the skin says nothing of the oral value
    assert values("Diclofenac gel. About 6% of a dose applied to the skin reaches the blood.", "Diclofenac") == set()


def test_a_denied_phrase_states_no_value():
    text = "Nizatidine lowers stomach acid. It does not start to work within an hour, so take it early."
    assert values(text) == set()


def test_a_half_life_in_weeks_or_in_words():
    assert values("Chloroquine has a half-life of 1 to 2 weeks.", "Chloroquine") == {
        ("chloroquine", "elimination-half-life", False, q(1, 2, "unit:WK"))
    }
    assert values("Buspirone has a half-life of about two to three hours.", "Buspirone") == {
        ("buspirone", "elimination-half-life", False, q(2, 3))
    }


def test_a_rough_value_states_none():
    assert values("Nizatidine lowers stomach acid. It starts to work within an hour or two.") == set()


def test_a_second_verb_after_the_onset_gives_the_duration():
    text = "Nizatidine lowers stomach acid. The effect starts within about an hour and wears off after roughly 8 hours."
    assert values(text) == {
        ("nizatidine", "onset-of-action", False, q(1, 1)),
        ("nizatidine", "duration-of-action", False, q(8, 8)),
    }
