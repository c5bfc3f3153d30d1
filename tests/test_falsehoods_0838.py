"""Falsehoods of sealed39-42's measurement, part C (decision 0838): invented sentences, other drugs.

1. A hormone the body makes, named as the body's own ("lowers the amount of oestrogen in the body", "less
   testosterone"), owns no side-effect list and is not the document's drug; named as a medicine it stays one.
2. "Always taken together with B, never on its own, to ...": an add-on use, no interaction with B.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.text.extract import Document, extract_document
from ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def claims(text: str, lexicon) -> set[tuple[str, str, str, bool]]:
    doc = Document("d", "t", "d.txt", "", text, Path("d.txt"))
    return {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, lexicon).claims}


def test_body_oestrogen_owns_no_side_effect_list(lexicon) -> None:
    text = (
        "# Notes from the garden club\n\n"
        "Letrozole is a tablet for breast cancer after the menopause.\n\n"
        "It lowers the level of oestrogen in the body. With less oestrogen, and with your own oestrogen "
        "levels low, the oestrogen in the body cannot feed the cancer.\n\n"
        "## Side effects helpers may see\n\n- hot flushes\n- tiredness\n"
    )
    got = claims(text, lexicon)
    assert got == {
        ("letrozole", "decreases", "estrogen", False),
        ("letrozole", "hasAdverseEffect", "fatigue", False),
        ("letrozole", "hasAdverseEffect", "hot-flashes", False),
        ("letrozole", "treats", "breast-carcinoma", False),
    }


def test_hormone_taken_as_a_medicine_stays_a_drug() -> None:
    from graph_build.text.subjects import body_hormone_at

    for text, name in (
        ("HRT contains oestrogen.", "oestrogen"),
        ("Insulin injections can cause low blood sugar.", "Insulin"),
        ("Testosterone gel can cause acne.", "Testosterone"),
    ):
        start = text.index(name)
        assert not body_hormone_at(text, start, start + len(name)), text
    for text, name in (
        ("It reduces the amount of testosterone the body makes.", "testosterone"),
        ("After the menopause the ovaries stop making oestrogen.", "oestrogen"),
        ("It helps your own insulin work better.", "insulin"),
        ("It lowers insulin levels.", "insulin"),
    ):
        start = text.index(name)
        assert body_hormone_at(text, start, start + len(name)), text


def test_add_on_never_on_its_own_is_no_interaction(lexicon) -> None:
    text = (
        "# Entacapone\n\nEntacapone is a tablet for Parkinson's disease. It is always given together with "
        "levodopa, never on its own, to make each dose last longer.\n"
    )
    assert claims(text, lexicon) == {
        ("entacapone", "hasFormulation", "tablet", False),
        ("entacapone", "treats", "parkinsons-disease", False),
    }


def test_never_as_a_warning_still_reads_an_interaction() -> None:
    import re

    from graph_build.text.couse import reading

    for text in (
        "Never take it together with warfarin.",
        "It must never be combined with an MAO inhibitor.",
    ):
        cue = re.search(r"together with|combined", text)
        assert reading(text, cue)[0] == "interaction", text
    text = "It is usually given together with metformin, never alone, to lower blood sugar."
    assert reading(text, re.search("together with", text)) == ("co-use", "prescribed-for-use")
