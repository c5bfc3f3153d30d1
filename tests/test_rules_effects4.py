"""Adverse effects on new text, fourth round (issue 13, docs/decisions/0681): a leaflet's frequency label whose
Markdown emphasis closes before its bracket ("**Uncommon** (up to 1 in 100): A, B"), and side effects by the
everyday names a reader of leaflets expects ("a fast heartbeat", "tummy ache", "aching muscles", "erection
problems", "reduced hearing", "difficulty emptying the bladder"). Every text is invented; each test asserts the
exact set of claims."""

import pytest
from extracting import claims

from graph_build.text.recognise import recognise


def _read(text: str, lexicon: dict) -> dict[tuple, set[str]]:
    """(subject, predicate, object, negated) -> the rules of each claim of `text`."""
    return {key: {e.method for e in c.evidence} for key, c in claims(text, lexicon).items()}


def test_an_emphasised_frequency_label_before_its_bracket_opens_a_list_of_effects(lexicon):
    text = (
        "# Atenolol\n\n## Side effects\n\n**Uncommon** (up to 1 in 100 people): headache, trouble sleeping and "
        "nausea.\n\n__Rare__ (up to 1 in 1,000): dizziness.\n"
    )
    assert set(_read(text, lexicon)) == {
        ("atenolol", "hasAdverseEffect", "headache", False),
        ("atenolol", "hasAdverseEffect", "insomnia", False),
        ("atenolol", "hasAdverseEffect", "nausea", False),
        ("atenolol", "hasAdverseEffect", "dizziness", False),
    }


def test_an_emphasised_word_that_is_no_frequency_opens_no_list(lexicon):
    text = "# Atenolol\n\n## Side effects\n\n**Important** (read this first): headache is not a reason to stop.\n"
    assert ("atenolol", "hasAdverseEffect", "headache", False) not in _read(text, lexicon)


@pytest.mark.parametrize(
    ("phrase", "slug"),
    [
        ("a fast heartbeat", "tachycardia"),
        ("a fast heart rate", "tachycardia"),
        ("tummy ache", "abdominal-pain"),
        ("tummy pain", "abdominal-pain"),
        ("a stomach ache", "abdominal-pain"),
        ("aching muscles", "myalgia"),
        ("muscle aches", "myalgia"),
        ("aching joints", "arthralgia"),
        ("erection problems", "erectile-dysfunction"),
        ("reduced hearing", "hearing-loss"),
        ("suicidal thoughts", "suicidal-ideation"),
        ("cracked lips", "cheilitis"),
        ("difficulty emptying the bladder", "urinary-retention"),
    ],
)
def test_a_side_effect_by_its_everyday_name_is_the_vocabulary_record(phrase, slug, lexicon):
    mentions, _ = recognise(f"Some people get {phrase} in the first week.", lexicon)
    assert [m.slug for m in mentions] == [slug]


def test_everyday_names_in_a_frequency_list_are_the_drugs_effects(lexicon):
    text = "# Atenolol\n\n## Side effects\n\n**Rare:** a fast heartbeat, aching muscles and erection problems.\n"
    assert set(_read(text, lexicon)) == {
        ("atenolol", "hasAdverseEffect", "tachycardia", False),
        ("atenolol", "hasAdverseEffect", "myalgia", False),
        ("atenolol", "hasAdverseEffect", "erectile-dysfunction", False),
    }


def test_a_denied_everyday_name_keeps_its_polarity(lexicon):
    text = "# Atenolol\n\nAtenolol does not cause tummy ache."
    assert set(_read(text, lexicon)) == {("atenolol", "hasAdverseEffect", "abdominal-pain", True)}


def test_words_near_an_everyday_name_name_nothing(lexicon):
    mentions, _ = recognise("The stomach was fine and the muscles were strong; hearing was normal.", lexicon)
    assert [m.slug for m in mentions] == []


def test_a_lead_that_names_the_drugs_side_effects_opens_its_bullets(lexicon):
    text = (
        "# Atenolol\n\n## Is it safe?\n\nAtenolol is usually well tolerated, but it is not free of side effects:\n\n"
        "- Headache is the most common.\n- Dizziness and nausea happen less often.\n"
        "- Rarely, people with asthma become wheezy.\n"
    )
    assert set(_read(text, lexicon)) == {
        ("atenolol", "hasAdverseEffect", "headache", False),
        ("atenolol", "hasAdverseEffect", "dizziness", False),
        ("atenolol", "hasAdverseEffect", "nausea", False),
    }


def test_a_lead_that_denies_side_effects_or_names_another_drug_opens_no_list(lexicon):
    text = (
        "# Atenolol\n\n## Notes\n\nIt has no side effects in most people:\n\n- headache\n\n"
        "Side effects of ibuprofen include:\n\n- indigestion\n"
    )
    assert {k for k in _read(text, lexicon) if k[1] == "hasAdverseEffect"} == set()


def test_a_side_effect_section_under_a_title_naming_no_drug_is_the_drug_the_text_names_most(lexicon):
    text = (
        "Riverside Surgery newsletter\n\nAtenolol is a beta blocker. Atenolol is taken once a day. Atenolol tablets "
        "are small.\n\nSide effects\n\nSome people get headache or tummy ache at first.\n"
    )
    assert {k for k in _read(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("atenolol", "hasAdverseEffect", "headache", False),
        ("atenolol", "hasAdverseEffect", "abdominal-pain", False),
    }


def test_a_side_effect_section_after_another_drug_in_focus_is_the_drug_named_most(lexicon):
    # (ownerless until decision 1085: a heading in the words of side effects belongs to the drug the text names more
    # than all others together, whatever drug the paragraph before it ended on)
    text = (
        "Riverside Surgery newsletter\n\nAtenolol is a beta blocker. Atenolol is taken once a day. Atenolol lowers "
        "blood pressure. Some people also take ibuprofen.\n\nSide effects\n\nSome people get headache at first.\n"
    )
    assert {k for k in _read(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("atenolol", "hasAdverseEffect", "headache", False)
    }


def test_a_drug_named_once_under_a_title_naming_no_drug_owns_no_side_effect_section(lexicon):
    text = "Riverside Surgery newsletter\n\nAtenolol is a beta blocker.\n\nSide effects\n\nSome people get headache.\n"
    assert {k for k in _read(text, lexicon) if k[1] == "hasAdverseEffect"} == set()
