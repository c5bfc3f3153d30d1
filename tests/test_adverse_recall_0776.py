"""Decision 0776: side effects on new text. A heading asking what the reader may see or should watch for ("What to
look out for", "2. What you might see on the walk", "## What might you notice at home?") opens a side-effect section,
a numbered title in any case included; a labelled bullet's effect ("- Rash: rarely, a rash appears") takes the hedge
its text opens with; "A can happen too, but it is rare" is Occasional. The sentences are invented."""

import pytest
from extracting import polarity_claims

from graph_build.text.owners import EFFECTS_HEADING


def effects(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in polarity_claims(text, lexicon) if k[1] == "hasAdverseEffect"}


OPENING = (
    "RIVERSIDE RAMBLERS\nA note for walk leaders\n\n"
    "Two of our walkers take atenolol, so here is what the pharmacist told me.\n\n"
    "1. What it is\nAtenolol is a beta blocker. Our walkers take it for high blood pressure.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("WHAT TO LOOK OUT FOR", True),
        ("3. What to watch for on the walk", True),
        ("What you might see on the coach", True),
        ("## What might you notice at home?", True),
        ("What carers may notice", True),
        ("Side effects", True),
        ("What did I notice?", False),
        ("Look out for:", False),
        ("What you can do to help", False),
        ("What I saw at the clinic", False),
    ],
)
def test_watch_headings(heading, expected):
    assert bool(EFFECTS_HEADING.search(heading)) is expected


def test_numbered_watch_heading_and_label_hedges(lexicon):
    text = OPENING + (
        "2. What you might see on the walk\n"
        "- Headache: very common in the first weeks.\n"
        "- Tiredness: some walkers feel more tired than usual.\n"
        "- Rash: rarely, an itchy rash appears.\n"
        "- Flushing: the face may go hot and red.\n"
        "- A cough: this is common.\n"
        "- Muscle aches: a few people get achy muscles.\n"
    )
    assert effects(text, lexicon) == {
        ("atenolol", "hasAdverseEffect", "headache", False, False),
        ("atenolol", "hasAdverseEffect", "fatigue", False, True),
        ("atenolol", "hasAdverseEffect", "exanthema", False, True),
        ("atenolol", "hasAdverseEffect", "flushing", False, True),
        ("atenolol", "hasAdverseEffect", "cough", False, False),
        ("atenolol", "hasAdverseEffect", "myalgia", False, True),
    }


def test_watch_heading_sentences_and_rare_after(lexicon):
    text = "ATENOLOL: A CARD FOR HOME CARERS\n\nAtenolol is taken once a day.\n\n" + (
        "WHAT TO LOOK OUT FOR\n"
        "Dry mouth is very common. Offer drinks often.\n\n"
        "A slow heartbeat can happen too, but it is rare.\n"
    )
    assert effects(text, lexicon) == {
        ("atenolol", "hasAdverseEffect", "xerostomia", False, False),
        ("atenolol", "hasAdverseEffect", "bradycardia", False, True),
    }


def test_a_denied_label_stays_unclaimed(lexicon):
    text = OPENING + "2. What you might see on the walk\n- Drowsiness: it does not make people drowsy.\n"
    assert effects(text, lexicon) == set()


def test_a_patients_own_signs_are_no_side_effects(lexicon):
    text = (
        "OUR CHOIR NEWS\n\nLast spring I was told I had gout.\n\n"
        "What did I notice?\nMy big toe was swollen and I had a headache most days.\n\n"
        "The tablets\nMy doctor prescribed allopurinol. It lowers uric acid.\n"
    )
    assert effects(text, lexicon) == set()


def test_a_numbered_step_is_no_heading(lexicon):
    text = OPENING + "2. Give it with food\n- Headache: tell the nurse.\n"
    assert ("atenolol", "hasAdverseEffect", "headache", False, False) not in effects(text, lexicon)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some clients get a headache or constipation.", {("headache", True), ("constipation", True)}),
        ("A few passengers notice a dry mouth.", {("xerostomia", True)}),
        ("Most clients get none, but some customers get a headache.", {("headache", True)}),
        ("Some clients do not get a headache.", set()),
    ],
)
def test_the_people_a_carer_looks_after(sentence, expected, lexicon):
    text = "ATENOLOL: A CARD FOR HOME CARERS\n\nAtenolol is taken once a day.\n\nSIDE EFFECTS\n" + sentence + "\n"
    got = {(k[2], k[4]) for k in effects(text, lexicon) if not k[3]}
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Common ones are a headache and constipation.", {("headache", False), ("constipation", False)}),
        ("The less common ones are a headache and constipation.", set()),
        ("Rare ones are a headache and constipation.", set()),
    ],
)
def test_common_ones_without_the(sentence, expected, lexicon):
    text = "ATENOLOL: A PAGE FOR STUDENTS\n\nAtenolol is taken once a day.\n\n### Side effects\n\n" + sentence + "\n"
    got = {(k[2], k[4]) for k in effects(text, lexicon) if not k[3]}
    assert got == expected
