"""`drugkg build --jobs N`: extraction in worker processes gives the same files, byte for byte, as one process."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph_build.text.parallel as parallel
from base.paths import DEFAULT_CORPUS
from drugkg.cli import main
from graph_build.build import build_graph
from graph_build.read import read_corpus
from graph_build.text.extract import extract_document
from graph_build.text.textmine import extract_many, mine
from ontology.lexicon import load_lexicon

OUTPUTS = ("drugkg.ttl", "summary.json", "void.ttl", "ontology.ttl")


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Worker processes even for a handful of documents; the list records how many each pooled run used."""
    used: list[int] = []
    real = parallel.extract_in_workers

    def counting(documents, lexicon, cache, workers):
        used.append(workers)
        yield from real(documents, lexicon, cache, workers)

    monkeypatch.setattr(parallel, "MIN_DOCUMENTS_PER_WORKER", 1)
    monkeypatch.setattr(parallel, "extract_in_workers", counting)
    return used


def generated_corpus(folder: Path, n: int = 6) -> Path:
    """`n` documents (no manifest) recombining the seed articles' paragraphs, each text distinct."""
    paragraphs = [p for d in read_corpus(DEFAULT_CORPUS) for p in d.text.split("\n\n") if len(p) > 80]
    rng = random.Random(3)
    folder.mkdir()
    for i in range(n):
        body = "\n\n".join(rng.sample(paragraphs, 3))
        (folder / f"doc-{i}.txt").write_text(f"Generated article {i}\n\n{body}\n", encoding="utf-8")
    return folder


def _files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_workers_extract_what_one_process_extracts(tmp_path: Path, pooled: list[int]) -> None:
    documents = read_corpus(generated_corpus(tmp_path / "corpus"))
    lexicon = load_lexicon()
    serial = [extract_document(d, lexicon) for d in documents]
    assert list(extract_many(documents, lexicon, tmp_path / "cache", jobs=2)) == serial
    assert pooled == [2]
    again = mine(documents, lexicon, [], tmp_path / "cache", jobs=2)  # the workers filled the cache
    assert again.cached == len(documents) and pooled == [2]


@pytest.mark.parametrize("which", ["seed", "generated"])
def test_jobs_give_byte_identical_files(
    which: str, tmp_path: Path, pooled: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    if which == "seed":
        corpus = tmp_path / "corpus"
        shutil.copytree(DEFAULT_CORPUS, corpus)
    else:
        corpus = generated_corpus(tmp_path / "corpus")
    files = []
    for jobs in (1, 2):
        monkeypatch.setenv("DRUGKG_CACHE_DIR", str(tmp_path / f"cache{jobs}"))  # each extracts everything
        build_graph(corpus, tmp_path / f"out{jobs}", extract=True, jobs=jobs)
        files.append(_files(tmp_path / f"out{jobs}"))
    assert pooled == [2]  # --jobs 2 used two processes, --jobs 1 none
    assert files[0] == files[1]


def test_jobs_must_be_positive(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--jobs", "0", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "--jobs" in result.output


def test_workers_for_needs_enough_documents() -> None:
    assert parallel.workers_for(3, 8) == 1  # the seed corpus: extracted in the build's own process
    assert parallel.workers_for(10 * parallel.MIN_DOCUMENTS_PER_WORKER, 2) == 2
    assert parallel.workers_for(10 * parallel.MIN_DOCUMENTS_PER_WORKER, 1) == 1
