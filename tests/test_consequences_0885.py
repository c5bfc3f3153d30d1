"""Decision 0885: an effect stated as a consequence of another ("..., so infections are harder to fight off") is a
greater risk of it, in doubt and no more certain than its cause; "A, B and C, and rarely D" makes D rare, not A, B
and C. The sentences are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.consequences import in_consequence
from graph_build.text.doubts import doubts
from graph_build.text.extract import extract_document

LEAFLET = "Ciclosporin after a kidney transplant\n\nCiclosporin is taken twice a day.\n\nSide effects\n"


def effects(items: str, lexicon: dict) -> dict[str, tuple[bool, str]]:
    """The adverse effects of the leaflet's side-effect list `items`: object -> (negated, certainty)."""
    doc = Document("case", "case", "case.txt", "", LEAFLET + items + "\n", Path("case.txt"))
    found = [c for c in extract_document(doc, lexicon).claims if c.predicate == "hasAdverseEffect"]
    assert {c.subject for c in found} <= {"ciclosporin", "cyclosporine"}
    return {c.object: (c.negated, c.certainty) for c in found}


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # the consequence keeps the hedge of its cause
        (
            "- It might reduce the blood cells that fight germs, so infections are harder to shake off.\n",
            {"infections": (False, "Possible")},
        ),
        # "can" / a plain verb assert
        (
            "- It reduces the cells that fight germs, so we pick up infections more easily.\n",
            {"infections": (False, "Asserted")},
        ),
        # the item's subject only may act on the effect
        ("- It might also make gout a little more likely.\n", {"gout": (False, "Possible")}),
        ("- Ciclosporin could make acne worse.\n", {"acne-vulgaris": (False, "Possible")}),
        ("- It can make gout more likely.\n", {"gout": (False, "Asserted")}),
        # "some people" reaches the effect's first naming, whatever the item names later
        (
            "- Some people get a headache or feel dizzy; a dizzy cyclist should get off the bike.\n",
            {"headache": (False, "Occasional"), "dizziness": (False, "Occasional")},
        ),
        # a frequency word governs its own item only
        (
            "- Diarrhoea, headache and tiredness, and rarely hair loss.\n",
            {
                "diarrhea": (False, "Asserted"),
                "headache": (False, "Asserted"),
                "fatigue": (False, "Asserted"),
                "alopecia": (False, "Occasional"),
            },
        ),
        (
            "- Headache or, occasionally, dizziness.\n",
            {"headache": (False, "Asserted"), "dizziness": (False, "Occasional")},
        ),
        # another hedge before it stays the items' own
        (
            "- Some people get headache and tiredness, and rarely hair loss.\n",
            {"headache": (False, "Occasional"), "fatigue": (False, "Occasional"), "alopecia": (False, "Occasional")},
        ),
    ],
)
def test_consequence_and_own_frequency(items, expected, lexicon):
    assert effects(items, lexicon) == expected


def test_withdrawal_list_keeps_rarely_to_its_item(lexicon):
    text = "Zopiclone for sleep\n\nStopping it suddenly can cause anxiety and shakiness, and rarely confusion.\n"
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    got = {c.object: c.certainty for c in extract_document(doc, lexicon).claims if c.predicate == "hasWithdrawalEffect"}
    assert got.get("anxiety") == "Asserted" and got.get("tremor") == "Asserted"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("- It thins the blood, so you bruise more easily.", "bruise", True),
        ("- It lowers the white cells, which makes infections more likely.", "infections", True),
        ("- It lowers platelets, so cuts take longer to stop bleeding.", "bleeding", True),
        # a consequence that is no greater risk, and an effect before the consequence, are no doubt
        ("- Infections, so tell your nurse at once.", "Infections", False),
        ("- Infections, so you may need antibiotics more often.", "Infections", False),
        ("- Headache; so far nobody catches infections more easily.", "infections", False),
    ],
)
def test_in_consequence(text, word, expected):
    a = text.index(word)
    assert in_consequence(text, (a, a + len(word), "x", "Symptom")) is expected


def test_the_consequence_is_a_doubt():
    t = "- It lowers the white cells, so infections are harder to fight off."
    a = t.index("infections")
    m = [(a, a + 10, "infections", "Disease")]
    assert doubts("x", "infections", False, t, m, predicate="hasAdverseEffect") == 1
    assert (
        doubts(
            "x", "infections", False, "- Infections.", [(2, 12, "infections", "Disease")], predicate="hasAdverseEffect"
        )
        == 0
    )


def listed(body: str, lexicon: dict) -> dict[str, tuple[bool, str]]:
    """The adverse effects of a leaflet about ciclosporin whose side-effect section is `body`."""
    doc = Document("case", "case", "case.txt", "", LEAFLET + "\n" + body + "\n", Path("case.txt"))
    found = [c for c in extract_document(doc, lexicon).claims if c.predicate == "hasAdverseEffect"]
    return {c.object: (c.negated, c.certainty) for c in found}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a low-frequency label alone above its items: Occasional; a common one asserts
        (
            "Common:\n- headache\n\nUncommon (up to 1 in 100 people):\n- hair loss\n- gout\n",
            {"headache": (False, "Asserted"), "alopecia": (False, "Occasional"), "gout": (False, "Occasional")},
        ),
        ("Rare side effects include:\n\n- hepatitis\n", {"hepatitis": (False, "Occasional")}),
        # "Less often:" is left alone (the golds split on it)
        ("Less often:\n- dizziness\n", {"dizziness": (False, "Asserted")}),
    ],
)
def test_a_frequency_label_above_its_items(body, expected, lexicon):
    assert listed(body, lexicon) == expected
