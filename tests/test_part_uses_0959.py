"""Decision 0959: a person's body part or measure after "for" and a possessive names what a medicine is taken for
("I take X for my back": back pain; "for his cholesterol": high cholesterol; "for her blood pressure": high blood
pressure), and "X for my / your / our Y" is read as "X for his / her Y" was; an acquaintance's hearsay ("My mate says
he takes X for Y") and a person's past habit ("the X I used to take for Y") give no use. The sentences are invented;
each case asserts every claim the document gives (subject, predicate, object, negated, certainty)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.part_uses import part_use


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part's pain, after a relative clause of taking with a named taker
        (
            "Lormetazepam for sleep\n\nLormetazepam does not interact with ibuprofen, which Gwen takes for her back.\n",
            {
                ("lormetazepam", "interactsWith", "ibuprofen", True, "Asserted"),
                ("ibuprofen", "treats", "back-pain", False, "Asserted"),
            },
        ),
        # the first person's possessive, a word of the hurting before the part
        ("Naproxen\n\nI take naproxen for my bad knee.\n", {("naproxen", "treats", "knee-pain", False, "Asserted")}),
        # a measure names its raised level
        (
            "Simvastatin\n\nTrevor takes simvastatin for his cholesterol, and it has worked well.\n",
            {("simvastatin", "treats", "hypercholesterolemia", False, "Asserted")},
        ),
        (
            "Ramipril\n\nShe is on ramipril for her blood pressure.\n",
            {("ramipril", "treats", "hypertension", False, "Asserted")},
        ),
        # "for my Y" with a condition named: read as "for his Y" was
        ("Naproxen\n\nI take naproxen for my arthritis.\n", {("naproxen", "treats", "arthritis", False, "Asserted")}),
        # a use denied in lay words keeps its denial
        (
            "Lubiprostone\n\nLubiprostone is not a painkiller, so it does nothing for his back.\n",
            {
                ("lubiprostone", "isA", "analgesic", True, "Asserted"),
                ("lubiprostone", "treats", "back-pain", True, "Asserted"),
            },
        ),
        # a part whose trouble the words leave open, a measure's checks, a part without "for" and a possessive:
        # no use
        ("Bumetanide\n\nThe water tablet I take for my ankles is bumetanide.\n", set()),
        (
            "Ramipril\n\nRamipril is taken once a day. The nurse does the readings for his blood pressure checks.\n",
            set(),
        ),
        ("Naproxen\n\nNaproxen is taken with food.\n\nHe has a sore back and aching knees most mornings.\n", set()),
        # a use forbidden is no use
        ("Ibuprofen\n\nDo not take ibuprofen for your back pain if you have had a stomach ulcer.\n", set()),
    ],
)
def test_part_uses(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acquaintance's hearsay, "that" or not: no use
        ("Dantrolene\n\nMy neighbour at the allotment says he takes dantrolene for his bad back.\n", set()),
        ("Naproxen\n\nA friend of mine claimed that she uses naproxen for her knees.\n", set()),
        # a professional's word is the advice the text passes on
        (
            "Naproxen\n\nMy doctor says I can take paracetamol for my back.\n",
            {("acetaminophen", "treats", "back-pain", False, "Asserted")},
        ),
        # a person's past habit: no use; the rest of the sentence is its own
        ("Azilsartan\n\nNaproxen, which Bill used to take for his knees, is no longer on his list.\n", set()),
        ("Azilsartan\n\nI am not allowed to take it with the ibuprofen I used to keep for my back.\n", set()),
        # a use that is no habit of the past is read as before
        (
            "Ibuprofen\n\nIbuprofen is used to treat back pain.\n",
            {("ibuprofen", "treats", "back-pain", False, "Asserted")},
        ),
    ],
)
def test_hearsay_and_past_habit(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "which is what <taker> takes for Y", and a clause that goes on with when the taking happens
        (
            "Lormetazepam does not interact with paracetamol, which is what Nell takes for her knees.",
            {("acetaminophen", "treats", "knee-pain", False, "Asserted")},
        ),
        (
            "Lormetazepam does not interact with ibuprofen, which I take for my back after a long shift.",
            {("ibuprofen", "treats", "back-pain", False, "Asserted")},
        ),
        (
            "Lormetazepam does not interact with ibuprofen, which he takes for arthritis on most days.",
            {("ibuprofen", "treats", "arthritis", False, "Asserted")},
        ),
        # no taking in the clause, or a clause that goes on with a verb or a denial: no use
        ("Lormetazepam does not interact with ibuprofen, which is what makes it safe for pain.", set()),
        ("Lormetazepam does not interact with ibuprofen, which I take for my back when it is not too bad.", set()),
    ],
)
def test_relative_use_said_otherwise(sentence, expected, lexicon):
    partner = "acetaminophen" if "paracetamol" in sentence else "ibuprofen"
    got = claims(f"Lormetazepam\n\n{sentence}\n", lexicon)
    assert got == expected | {("lormetazepam", "interactsWith", partner, True, "Asserted")}


def test_part_use_words():
    assert part_use("paracetamol, which is what I take for my wrists") == [("wrists", "wrist pain")]
    assert part_use("for their dodgy shoulder and for his hips") == [
        ("dodgy shoulder", "shoulder pain"),
        ("hips", "hip pain"),
    ]
    # an organ or a part that does not say its trouble, a possessive of the part, a compound: nothing
    assert part_use("digoxin for his heart, omeprazole for her stomach, a gel for my feet") == []
    assert part_use("for his back's sake, for my back-up plan") == []
