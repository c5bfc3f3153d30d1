"""A condition named by one word of a longer name is doubted (decision 0922), on invented list items and sentences
with other drugs and wording (exact claim sets, polarity and certainty included).

A one-word name the vocabulary matched to a concept whose name holds that word and more ("acne" read as acne
vulgaris, "angina" as angina pectoris) names a narrower or more formal concept than the word says; another writer
naming the same finding may keep the word. The claim stays as it was read, with the end's doubt
(`doubts.lay_named`), so it never stands in the top band on its naming alone. A one-word name that is the concept's
own name ("nausea", "headache") or a synonym of another word ("tiredness" for fatigue) raises none of this doubt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.doubts import lay_named, part_of_label
from graph_build.text.extract import extract_document


def _read(lexicon: dict, text: str) -> dict[tuple, int]:
    """(subject, predicate, object, negated, certainty) of every claim of a markdown `text`, with its doubts."""
    doc = Document("d", "t", "d.md", "", text, Path("d.md"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty): c.evidence[0].doubts
        for c in extract_document(doc, lexicon).claims
    }


def _effects(drug: str, items: list[str]) -> str:
    lines = "".join(f"- {item}\n" for item in items)
    return f"# {drug.title()} for a test\n\n## Side effects\n\n{lines}"


def test_one_word_of_a_longer_name_is_doubted_and_its_neighbours_are_not(lexicon: dict) -> None:
    found = _read(lexicon, _effects("propranolol", ["Acne.", "Nausea.", "Headache."]))
    effects = {k: d for k, d in found.items() if k[1] == "hasAdverseEffect"}
    assert set(effects) == {
        ("propranolol", "hasAdverseEffect", "acne-vulgaris", False, "Asserted"),
        ("propranolol", "hasAdverseEffect", "nausea", False, "Asserted"),
        ("propranolol", "hasAdverseEffect", "headache", False, "Asserted"),
    }
    assert effects[("propranolol", "hasAdverseEffect", "acne-vulgaris", False, "Asserted")] == 1
    assert effects[("propranolol", "hasAdverseEffect", "nausea", False, "Asserted")] == 0
    assert effects[("propranolol", "hasAdverseEffect", "headache", False, "Asserted")] == 0


def test_a_denied_use_named_by_one_word_keeps_its_polarity_and_gains_the_doubt(lexicon: dict) -> None:
    text = "# Ramipril\n\nRamipril is not used to treat angina.\n"
    found = _read(lexicon, text)
    treats = {k: d for k, d in found.items() if k[1] == "treats"}
    assert set(treats) == {("ramipril", "treats", "angina-pectoris", True, "Asserted")}
    # negated (1) and named by one word of its concept's name (1)
    assert treats[("ramipril", "treats", "angina-pectoris", True, "Asserted")] == 2


@pytest.mark.parametrize(
    "word, slug, expected",
    [
        ("acne", "acne-vulgaris", True),
        ("angina", "angina-pectoris", True),
        ("oedema", "pulmonary-edema", True),  # (the British spelling of the name's word)
        ("nausea", "nausea", False),  # (the concept's own one-word name)
        ("tiredness", "fatigue", False),  # (a synonym, not a part of the name)
        ("pain", "pain", False),
    ],
)
def test_part_of_label(word: str, slug: str, expected: bool) -> None:
    assert part_of_label(word, slug) is expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("It may bring on acne.", (16, 20, "acne-vulgaris", "Disease"), True),
        ("It may bring on acne.", (16, 20, "acne-vulgaris", "Drug"), False),  # (only a condition's name)
        ("It can cause severe nausea.", (13, 26, "nausea", "Symptom"), False),
        ("It eases angina.", (9, 15, "angina-pectoris", "Disease"), True),
        # the concept's name less its course words ("common") is the word: no part of a longer name
        ("It may bring on the common cold.", (20, 31, "common-cold", "Disease"), False),
        ("It may bring on a cold.", (18, 22, "common-cold", "Disease"), False),
    ],
)
def test_lay_named_covers_one_word_of_a_longer_name(text: str, mention: tuple, expected: bool) -> None:
    assert text[mention[0] : mention[1]].split()[-1].strip(".") in text
    assert lay_named(text, mention) is expected
