"""Find where a quote sits in a document, for curators writing claims."""

from __future__ import annotations

from pathlib import Path

from base.errors import DrugkgError
from graph_build.read import read_corpus


def locate_quote(corpus: str | Path, document_id: str, quote: str) -> list[tuple[int, int]]:
    """Every (start, end) at which `quote` occurs in the document's text."""
    documents = {d.id: d for d in read_corpus(corpus)}
    if document_id not in documents:
        raise DrugkgError(
            f"unknown document '{document_id}'",
            where=Path(corpus) / "manifest.yaml",
            fix=f"use one of {', '.join(sorted(documents))}",
        )
    text = documents[document_id].text
    spans, at = [], text.find(quote)
    while quote and at >= 0:
        spans.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    if not spans:
        raise DrugkgError(f"the quote does not occur in '{document_id}'", fix="copy it exactly from the text")
    return spans
