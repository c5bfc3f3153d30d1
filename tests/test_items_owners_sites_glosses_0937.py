"""Decision 0937: three classes of list item read wrong in the top band of decision 0935's run, fixed in general (the
sentences are invented; whole claim sets with polarity and certainty, and the doubts that keep a claim out of the top
band).

1. A medicine or class named in an item's comparison ("less than", "than with", "unlike", "as with", "compared
   with") is not the item's owner: the effect is the list's drug's.
2. An effect followed by the place an injecting device sat or was pressed ("where the injector sat", "where the pen
   was pressed", "where the needle went") is an injection-site reaction, in doubt; never the bare symptom.
3. An effect followed by a description of what it is (", a feeling that ...", "that makes ...") is in doubt: the
   description may name another concept than the word.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.compared_owners import compared_agents, without_compared
from graph_build.text.doubts import described
from graph_build.text.extract import extract_document
from graph_build.text.units import Unit


def _read(lexicon: dict, text: str) -> dict[tuple, int]:
    """(subject, predicate, object, negated, certainty) of every claim of a markdown `text`, with its doubts."""
    doc = Document("d", "t", "d.md", "", text, Path("d.md"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty): c.evidence[0].doubts
        for c in extract_document(doc, lexicon).claims
    }


def _items(drug: str, items: list[str], lead: str = "") -> str:
    lines = "".join(f"- {item}\n" for item in items)
    return f"# {drug.title()} for a test\n\n## Side effects\n\n{lead}{lines}"


@pytest.mark.parametrize(
    "item",
    [
        "sleepiness, though milder than with older antihistamines",
        "sleepiness, unlike with promethazine",
        "sleepiness, as with other antihistamines",
        "sleepiness (less often compared with chlorphenamine)",
    ],
)
def test_a_compared_agent_is_not_the_items_owner(item: str, lexicon: dict) -> None:
    found = _read(lexicon, _items("loratadine", [item, "a headache"]))
    effects = {k for k in found if k[1] == "hasAdverseEffect"}
    assert effects == {
        ("loratadine", "hasAdverseEffect", "somnolence", False, "Asserted"),
        ("loratadine", "hasAdverseEffect", "headache", False, "Asserted"),
    }


def test_what_an_item_says_of_the_compared_agent_besides_an_effect_stays(lexicon: dict) -> None:
    found = _read(lexicon, _items("loratadine", ["sleepiness, less than with promethazine, which is used for nausea"]))
    assert set(found) == {
        ("loratadine", "hasAdverseEffect", "somnolence", False, "Asserted"),
        # (the compared medicine's use, as the item says it; never the owner's)
        ("promethazine", "treats", "nausea", False, "Asserted"),
    }


def test_an_interaction_item_keeps_its_compared_partner(lexicon: dict) -> None:
    text = (
        "# Apixaban for a test\n\n## Other medicines\n\nTell your doctor if you take:\n\n"
        "- clopidogrel, as with aspirin, because bleeding is more likely\n"
    )
    assert set(_read(lexicon, text)) == {
        ("apixaban", "interactsWith", "clopidogrel", False, "Asserted"),
        ("apixaban", "interactsWith", "aspirin", False, "Asserted"),
    }


def test_an_agent_named_without_a_comparison_is_left_as_it_was() -> None:
    assert compared_agents("- bruising when taken with aspirin", [(27, 34, "aspirin", "Drug")]) == []
    assert compared_agents("- bruising, more than with aspirin", [(27, 34, "aspirin", "Drug")]) == [
        (27, 34, "aspirin", "Drug")
    ]


def test_a_compared_class_outside_a_list_item_is_not_touched() -> None:
    # (prose names its subject itself: the rule reads list items only)
    text = "Loratadine causes less sleepiness than older antihistamines."
    unit = Unit(text, [(0, 10, "loratadine", "Drug"), (45, 59, "antihistamine", "DrugClass")])
    assert without_compared(unit) is unit
    assert without_compared(replace(unit, bullet=True)).mentions == [(0, 10, "loratadine", "Drug")]


@pytest.mark.parametrize(
    "place",
    ["where the injector sat", "where the pen was pressed", "where the needle went", "where the syringe went in"],
)
def test_an_effect_where_an_injecting_device_sat_is_a_site_reaction_in_doubt(place: str, lexicon: dict) -> None:
    found = _read(lexicon, _items("adalimumab", [f"a rash or itching {place}", "a headache"]))
    effects = {k: d for k, d in found.items() if k[1] == "hasAdverseEffect"}
    assert set(effects) == {
        ("adalimumab", "hasAdverseEffect", "injection-site-reaction", False, "Asserted"),
        ("adalimumab", "hasAdverseEffect", "headache", False, "Asserted"),
    }
    assert effects[("adalimumab", "hasAdverseEffect", "injection-site-reaction", False, "Asserted")] >= 1
    assert effects[("adalimumab", "hasAdverseEffect", "headache", False, "Asserted")] == 0


def test_a_rash_away_from_the_device_stays_a_rash(lexicon: dict) -> None:
    found = _read(lexicon, _items("adalimumab", ["a rash on the chest", "itching"]))
    effects = {k for k in found if k[1] == "hasAdverseEffect"}
    assert ("adalimumab", "hasAdverseEffect", "pruritus", False, "Asserted") in effects
    assert not any(k[2] == "injection-site-reaction" for k in effects)


@pytest.mark.parametrize(
    "item",
    [
        "restlessness, a feeling that you cannot keep still",
        "a restlessness that makes it hard to stay seated",
        "restlessness (a sense of being unable to settle)",
    ],
)
def test_a_described_effect_is_in_doubt(item: str, lexicon: dict) -> None:
    found = _read(lexicon, _items("haloperidol", [item, "weight gain"]))
    effects = {k: d for k, d in found.items() if k[1] == "hasAdverseEffect"}
    assert set(effects) == {
        ("haloperidol", "hasAdverseEffect", "restlessness", False, "Asserted"),
        ("haloperidol", "hasAdverseEffect", "weight-gain", False, "Asserted"),
    }
    assert effects[("haloperidol", "hasAdverseEffect", "restlessness", False, "Asserted")] == 1
    assert effects[("haloperidol", "hasAdverseEffect", "weight-gain", False, "Asserted")] == 0


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("- restlessness, a dry mouth and headache", (2, 14, "restlessness", "Symptom"), False),  # (a list, no gloss)
        ("- restlessness, which soon passes", (2, 14, "restlessness", "Symptom"), False),  # (a comment, no gloss)
        ("- restlessness - a feeling as if you must keep moving", (2, 14, "restlessness", "Symptom"), True),
        ("- constipation, a feeling of warmth, and tiredness", (2, 14, "constipation", "Symptom"), False),
        ("- restlessness that can make it hard to sit", (2, 14, "restlessness", "Drug"), False),  # (conditions only)
    ],
)
def test_described(text: str, mention: tuple, expected: bool) -> None:
    assert described(text, mention) is expected
