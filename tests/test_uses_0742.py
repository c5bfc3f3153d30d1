"""Decision 0742: uses read where the condition has an everyday name (invented sentences)."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


def uses(text: str) -> set[tuple]:
    doc = Document("d", "Notes", "d.txt", "", text, Path("d.txt"))
    claims = extract_document(doc, load_lexicon()).claims
    return {(c.subject, c.object, c.negated) for c in claims if c.predicate == "treats"}


def test_stress_incontinence_is_stress_urinary_incontinence_with_its_polarity():
    assert uses("Duloxetine is also used for stress incontinence in women.") == {
        ("duloxetine", "stress-urinary-incontinence", False)
    }
    assert uses("Oxybutynin is not a treatment for stress incontinence.") == {
        ("oxybutynin", "stress-urinary-incontinence", True)
    }
