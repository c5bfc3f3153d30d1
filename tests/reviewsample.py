"""The small corpus the review tests (CLI and web) read: one document whose machine-read claims are reviewed."""

from __future__ import annotations

from pathlib import Path

DOC = "review-sample"
TEXT = (
    "Clonazepam and spasticity\n\n"
    "Klonopin is used to treat seizures. It is not appropriate for acute pain. Baclofen is used to treat spasticity.\n"
)


def sample_corpus(tmp_path: Path) -> Path:
    """A corpus folder under `tmp_path` holding the one document."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / f"{DOC}.txt").write_text(TEXT, encoding="utf-8")
    return folder
