"""Decision 0750: uses of the common cold by its everyday plural (invented sentences)."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


def uses(text: str) -> set[tuple]:
    doc = Document("d", "Notes", "d.txt", "", text, Path("d.txt"))
    claims = extract_document(doc, load_lexicon()).claims
    return {(c.subject, c.object, c.negated) for c in claims if c.predicate == "treats"}


def test_colds_is_the_common_cold_with_its_polarity():
    assert uses("Cefalexin does not treat colds or flu.") == {
        ("cephalexin", "common-cold", True),
        ("cephalexin", "human-influenza", True),
    }
    assert uses("Pseudoephedrine is used for colds.") == {("pseudoephedrine", "common-cold", False)}


def test_cold_sores_stay_cold_sores():
    assert uses("Penciclovir cream is used for cold sores.") == {("penciclovir", "herpes-labialis", False)}
