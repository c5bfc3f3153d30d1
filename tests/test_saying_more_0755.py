"""Decision 0755: sealed22's saying-more and wrong-subject classes, each with invented sentences (exact claim sets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.claims import Claim
from graph_build.read import Document
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _claims(text: str, lexicon, name: str = "case") -> set[tuple[str, str, str, bool]]:
    document = Document(name, name, f"{name}.txt", "", text + "\n", Path(f"{name}.txt"))
    found: list[Claim] = extract_document(document, lexicon).claims
    return {(c.subject, c.predicate, c.object, c.negated) for c in found}


def test_an_elided_subject_of_and_is_a_is_the_clause_subject_not_the_last_noun(lexicon) -> None:
    text = "Lorazepam is used for anxiety. It is one of the benzodiazepines and is a sedative.\n"
    assert _claims(text, lexicon, "lorazepam") == {
        ("lorazepam", "treats", "anxiety", False),
        ("lorazepam", "isA", "benzodiazepine", False),
        ("lorazepam", "isA", "sedative", False),
    }
    text = "Oxycodone works on the brain. It is in the opioid class and is an analgesic.\n"
    assert _claims(text, lexicon, "oxycodone") == {
        ("oxycodone", "actsOn", "brain", False),
        ("oxycodone", "isA", "analgesic", False),
    }
