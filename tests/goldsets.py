"""Checks shared by the held-out evaluation sets (tests/fixtures/extract/heldout and .../final): each folder holds
articles and claims/<document>.yaml gold written by reading the texts only."""

from pathlib import Path

import yaml

from graph_build.read import read_corpus


def gold(folder: Path, doc_id: str) -> list[dict]:
    """The gold claims of one document, as written."""
    return yaml.safe_load((folder / "claims" / f"{doc_id}.yaml").read_text(encoding="utf-8"))["claims"]


def assert_gold_as_written(folder: Path, counts: dict[str, int]) -> None:
    """Every document has its gold file with the expected number of distinct (subject, predicate, object, negated)
    items, and every quote sits at its offsets in the text."""
    documents = {d.id: d for d in read_corpus(folder)}
    assert set(documents) == set(counts)
    for doc_id, expected in counts.items():
        claims = gold(folder, doc_id)
        assert len(claims) == expected, doc_id
        items = {(c["subject"], c["predicate"], c["object"], c.get("negated", False)) for c in claims}
        assert len(items) == expected, f"{doc_id}: two gold claims are the same item"
        text = documents[doc_id].text
        for claim in claims:
            for ev in claim["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["quote"], (doc_id, claim["id"])
