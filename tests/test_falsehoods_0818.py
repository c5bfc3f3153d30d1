"""Decision 0818: the falsehood classes of sealed33/34's one measurement, fixed in general (exact claim sets on
invented sentences with other drugs and wording than the sets')."""

from __future__ import annotations

from pathlib import Path

from extracting import polarity_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document


def _of(lexicon: dict, name: str, text: str) -> set[tuple]:
    doc = Document(name, name.capitalize(), f"{name}.txt", "", text, Path(f"{name}.txt"))
    return {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, lexicon).claims}


def test_the_drug_stopped_is_no_referent_of_a_later_it(lexicon) -> None:
    text = (
        "The doctor stopped the diclofenac and started him on lansoprazole. It belongs to the group called proton "
        "pump inhibitors."
    )
    claims = polarity_claims(text, lexicon)
    assert ("lansoprazole", "isA", "proton-pump-inhibitor", False, False) in claims
    assert not any(c[0] == "diclofenac" and c[1] == "isA" for c in claims)


def test_advice_about_a_protecting_medicine_is_no_interaction(lexicon) -> None:
    text = (
        "Esomeprazole lowers stomach acid.\n\nIf you take aspirin every day for your heart, ask your doctor whether "
        "you need stomach protection.\nIf you take clopidogrel, tell your doctor before starting esomeprazole.\n"
    )
    assert {c for c in _of(lexicon, "esomeprazole", text) if c[1] == "interactsWith"} == {
        ("esomeprazole", "interactsWith", "clopidogrel", False),
    }


def test_a_body_part_stopped_is_no_medicine_stopped(lexicon) -> None:
    text = "Rabeprazole switches off the acid pump. With the pump stopped, less acid is produced and an ulcer heals."
    assert not any(c[1] == "hasWithdrawalEffect" for c in _of(lexicon, "rabeprazole", text))


def test_an_earlier_denial_of_a_class_does_not_turn_a_permission_into_a_prohibition(lexicon) -> None:
    text = "Azithromycin is not a penicillin, so people with a penicillin allergy can usually take it."
    # (no denial of allergy as such: people allergic to azithromycin itself must not take it; decision 0822)
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "contraindicatedIn"} == set()
