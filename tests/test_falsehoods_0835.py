"""Decision 0835: falsehood classes of sealed35-38's measurement (decision 0828), fixed in general (exact claim sets
on invented sentences with other drugs, conditions and wording than the sets')."""

from __future__ import annotations

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document


def _of(lexicon: dict, name: str, text: str) -> set[tuple]:
    doc = Document(name, name.capitalize(), f"{name}.txt", "", text, Path(f"{name}.txt"))
    return {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, lexicon).claims}


def test_a_cue_inside_a_hyphenated_modifier_is_no_change(lexicon) -> None:
    text = "Grapefruit juice adds to the sugar-lowering effect, and can make you shaky."
    assert {c for c in _of(lexicon, "gliclazide", text) if c[1] in ("decreases", "increases")} == set()
    text = "Alcohol adds to the blood-pressure-lowering effect of doxazosin, and some people find it makes them dizzy."
    assert {c for c in _of(lexicon, "doxazosin", text) if c[1] in ("decreases", "increases")} == set()


def test_the_plain_change_verb_still_reads(lexicon) -> None:
    assert ("doxazosin", "decreases", "blood-pressure", False) in _of(
        lexicon, "doxazosin", "Doxazosin lowers blood pressure."
    )


def test_a_situation_after_when_they_are_is_no_effect(lexicon) -> None:
    text = "Ramipril can make people dizzy, especially at first or when they are dehydrated."
    assert _of(lexicon, "ramipril", text) == {("ramipril", "hasAdverseEffect", "dizziness", False)}
    text = "Lisinopril may make you lightheaded if you are dehydrated."
    assert _of(lexicon, "lisinopril", text) == {("lisinopril", "hasAdverseEffect", "lightheadedness", False)}


def test_a_denial_for_people_without_the_condition_gives_no_claim(lexicon) -> None:
    text = "Sertraline is not a treatment for tiredness in people who are not depressed."
    assert {c for c in _of(lexicon, "sertraline", text) if c[1] == "treats"} == set()
    text = "Omeprazole is not used for indigestion in people without an ulcer."
    assert {c for c in _of(lexicon, "omeprazole", text) if c[1] == "treats"} == set()


def test_a_plain_denied_use_stays_denied(lexicon) -> None:
    text = "Sertraline is not a treatment for tiredness."
    assert _of(lexicon, "sertraline", text) == {("sertraline", "treats", "fatigue", True)}


def test_a_consequence_of_the_condition_is_no_use_for_it(lexicon) -> None:
    text = "Losartan is used to slow down the kidney damage of lupus."
    assert {c for c in _of(lexicon, "losartan", text) if c[1] == "treats"} == set()
    text = "Candesartan is used for high blood pressure, and it is also given to slow the kidney damage of lupus."
    assert {c for c in _of(lexicon, "candesartan", text) if c[1] == "treats"} == {
        ("candesartan", "treats", "hypertension", False)
    }


def test_advice_to_a_group_after_a_prohibition_is_no_prohibition(lexicon) -> None:
    text = "Warfarin is not used in pregnancy, and women who are hoping to conceive should talk to their doctor first."
    assert {c for c in _of(lexicon, "warfarin", text) if c[1] == "contraindicatedIn"} == {
        ("warfarin", "contraindicatedIn", "pregnant-women", False)
    }
    text = "Amlodipine is not used in pregnancy, and older people should ask their doctor about the dose."
    assert {c for c in _of(lexicon, "amlodipine", text) if c[1] == "contraindicatedIn"} == {
        ("amlodipine", "contraindicatedIn", "pregnant-women", False)
    }
