"""Curated claims: every quote is at its offsets, and bad claims are rejected with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from base.errors import DrugkgError
from graph_build.curated import load_curated
from graph_build.read import read_corpus
from ontology.lexicon import load_lexicon

GOOD = """document: clonazepam-pain-management
claims:
  - id: is-benzo
    subject: clonazepam
    predicate: isA
    object: benzodiazepine
    evidence:
      - quote: "Clonazepam is a long-acting prescription medication belonging to the benzodiazepine class of drugs"
        start: 43
        end: 141
"""


def load(corpus: Path):
    return load_curated(corpus, read_corpus(corpus), load_lexicon())


def test_every_project_quote_is_at_its_offsets(corpus_copy: Path) -> None:
    documents = {d.id: d.text for d in read_corpus(corpus_copy)}
    claims = load(corpus_copy)
    assert len(claims) > 150
    for claim in claims:
        for ev in claim.evidence:
            assert documents[ev.document][ev.start : ev.end] == ev.quote


def write_claims(corpus: Path, text: str) -> Path:
    for old in (corpus / "claims").glob("*.yaml"):
        old.unlink()
    path = corpus / "claims" / "clonazepam-pain-management.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads(corpus_copy: Path) -> None:
    write_claims(corpus_copy, GOOD)
    [claim] = load(corpus_copy)
    assert (claim.subject, claim.predicate, claim.object, claim.negated) == (
        "clonazepam",
        "isA",
        "benzodiazepine",
        False,
    )


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("start: 43", "start: 44", 8, "quote not found at offsets 44-141"),
        ("object: benzodiazepine", "object: benzodiazepinez", 3, "unknown entity 'benzodiazepinez'"),
        ("predicate: isA", "predicate: cures", 3, "unknown predicate 'cures'"),
        ("    evidence:", "    qualifiers: {colour: red}\n    evidence:", 7, "unknown qualifier 'colour'"),
        ("    evidence:", "    qualifiers: {useStatus: Sometimes}\n    evidence:", 7, "is not a value of useStatus"),
        ("    evidence:", "    certainty: Unsure\n    evidence:", 3, "unknown certainty 'Unsure'"),
        ("    evidence:", "    qualifiers: {minValue: lots}\n    evidence:", 7, "needs a number"),
        ("    evidence:", "    qualifiers: {onsetWithin: 6 weeks}\n    evidence:", 7, "such as PT10M or P6W"),
        ("    evidence:", "    qualifiers: {onsetWithin: P6W2D}\n    evidence:", 7, "needs an ISO 8601 duration"),
        ("predicate: isA", "predicate: treats", 3, "'benzodiazepine' (DrugClass) cannot be the object of 'treats'"),
        ("- id: is-benzo", "- id: Is Benzo", 3, "bad or missing claim id"),
        ("claims:", "claims: [", 3, "malformed YAML"),
    ],
)
def test_bad_claims_are_rejected_with_file_and_line(
    corpus_copy: Path, old: str, new: str, line: int, message: str
) -> None:
    path = write_claims(corpus_copy, GOOD.replace(old, new, 1))
    with pytest.raises(DrugkgError) as info:
        load(corpus_copy)
    text = info.value.line()
    assert message in text
    assert f"{path}:{line}:" in text


def test_a_duration_in_weeks_is_kept_as_the_same_span_in_days(corpus_copy: Path) -> None:
    # ISO 8601 writes six weeks P6W; xsd:duration has no weeks, so the claim carries P42D
    write_claims(corpus_copy, GOOD.replace("    evidence:", "    qualifiers: {onsetWithin: P6W}\n    evidence:"))
    [claim] = load(corpus_copy)
    assert dict(claim.qualifiers)["onsetWithin"] == ("P42D",)


def test_duplicate_claim_ids_are_rejected(corpus_copy: Path) -> None:
    body = GOOD.split("claims:\n", 1)[1]
    path = write_claims(corpus_copy, GOOD + body)
    with pytest.raises(DrugkgError, match="used twice") as info:
        load(corpus_copy)
    assert str(path) in info.value.line()


def test_conflicts_must_name_existing_claims(corpus_copy: Path) -> None:
    text = GOOD.replace("    evidence:", "    conflicts_with: [klonopin-pain#nothing]\n    evidence:")
    write_claims(corpus_copy, text)
    with pytest.raises(DrugkgError, match="unknown claim 'klonopin-pain#nothing'"):
        load(corpus_copy)


def test_claims_file_for_an_unknown_document(corpus_copy: Path) -> None:
    (corpus_copy / "claims" / "no-such-document.yaml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(DrugkgError, match="unknown document 'no-such-document'"):
        load(corpus_copy)
