"""Decision 0867: a side-effect list item's own hedge, after its effect as well as before it. "- A, in some people",
"- A, which a few people notice", "- A, which may happen rarely", "- A, occasionally" are Occasional; "- A and B may
get worse" and "- A, possibly" are Possible; "can" asserts, and a modal of a later clause about a consequence ("- A,
which may cause B") or after a label's colon hedges nothing of the effect before it. The sentences are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.item_hedges import _own_hedge
from graph_build.text.units import Unit

LEAFLET = "Ropinirole for restless legs\n\nRopinirole is taken once a day, in the evening.\n\nSide effects\n"


def effects(items: str, lexicon: dict) -> dict[str, tuple[bool, str]]:
    """The adverse effects of the leaflet's side-effect list `items`: object -> (negated, certainty)."""
    text = LEAFLET + items
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    found = [c for c in extract_document(doc, lexicon).claims if c.predicate == "hasAdverseEffect"]
    assert {c.subject for c in found} <= {"ropinirole"}
    return {c.object: (c.negated, c.certainty) for c in found}


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # some of the people after the effect
        ("- headache, in some people\n", {"headache": (False, "Occasional")}),
        ("- feeling dizzy, which a few people notice\n", {"dizziness": (False, "Occasional")}),
        ("- Constipation in a small number of patients.\n", {"constipation": (False, "Occasional")}),
        # a rare or occasional happening after the effect, with or without a modal
        ("- a dry mouth, which may happen rarely\n", {"xerostomia": (False, "Occasional")}),
        ("- ringing in the ears, occasionally\n", {"tinnitus": (False, "Occasional")}),
        # the effects the subject of a modal
        (
            "- Headache and nausea may get worse in the first days, then settle.\n",
            {"headache": (False, "Possible"), "nausea": (False, "Possible")},
        ),
        ("- hair loss, possibly\n", {"alopecia": (False, "Possible")}),
        # "can" asserts; a plain item, and a common one, stay asserted
        ("- Constipation can happen.\n", {"constipation": (False, "Asserted")}),
        (
            "- headache\n- Nausea is common at first.\n",
            {"headache": (False, "Asserted"), "nausea": (False, "Asserted")},
        ),
        # the hedge of one clause does not reach the effect of the clause before it
        (
            "- headache; a dry mouth in some people\n",
            {"headache": (False, "Asserted"), "xerostomia": (False, "Occasional")},
        ),
        # a denial stays a denial
        ("- It does not cause drowsiness in most people.\n", {"somnolence": (True, "Asserted")}),
    ],
)
def test_an_items_own_hedge(items, expected, lexicon):
    assert effects(items, lexicon) == expected


def test_a_consequence_clause_hedges_nothing(lexicon):
    got = effects("- low blood pressure, which may make you feel faint when you stand\n", lexicon)
    assert got.get("hypotension") == (False, "Asserted")


def test_the_own_hedge_reads_the_effects_clause_only():
    u = Unit("- a rash: this may be mistaken for sunburn in some people", [(4, 8, "exanthema", "Symptom")])
    assert _own_hedge(u, 4, 8) == ""  # (after a label's colon: the list rule's LABEL_HEDGE reads it)
    u = Unit("- tiredness, so you may want to rest", [(2, 11, "fatigue", "Symptom")])
    assert _own_hedge(u, 2, 11) == ""
    u = Unit("- A and B might get worse", [(2, 3, "a", "Symptom"), (8, 9, "b", "Symptom")])
    assert (_own_hedge(u, 2, 3), _own_hedge(u, 8, 9)) == ("Possible", "Possible")
    u = Unit("- A may not happen", [(2, 3, "a", "Symptom")])
    assert _own_hedge(u, 2, 3) == ""


def lead_effects(lead: str, items: str, lexicon: dict) -> dict[str, tuple[bool, str]]:
    """The adverse effects of a side-effect list under `lead` in a leaflet about ropinirole."""
    text = "Ropinirole for restless legs\n\nRopinirole is taken once a day.\n\nSide effects\n\n" + lead + "\n" + items
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    found = [c for c in extract_document(doc, lexicon).claims if c.predicate == "hasAdverseEffect"]
    assert {c.subject for c in found} <= {"ropinirole"}
    return {c.object: (c.negated, c.certainty) for c in found}


@pytest.mark.parametrize(
    ("lead", "items", "expected"),
    [
        # a lead of some of the people: Occasional
        (
            "A few people get:",
            "- a headache\n- feeling sick\n",
            {"headache": (False, "Occasional"), "nausea": (False, "Occasional")},
        ),
        # a lead saying the items may happen: Possible
        (
            "Most people are fine. Other side effects may include:",
            "- constipation\n",
            {"constipation": (False, "Possible")},
        ),
        ("Cyclists might notice:", "- feeling dizzy\n", {"dizziness": (False, "Possible")}),
        # the item's own frequency is the frequency rules'; a plain lead asserts
        ("Some people get:", "- a headache, which is common\n", {"headache": (False, "Asserted")}),
        ("The side effects are:", "- a headache\n", {"headache": (False, "Asserted")}),
        # meeting the items is no hedge of them
        ("The ones a coach might come across:", "- a headache\n", {"headache": (False, "Asserted")}),
        # a hedge of an earlier sentence of the lead's line does not reach the list
        ("This may take a week. The side effects include:", "- constipation\n", {"constipation": (False, "Asserted")}),
    ],
)
def test_a_hedged_lead(lead, items, expected, lexicon):
    assert lead_effects(lead, items, lexicon) == expected
