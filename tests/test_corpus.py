"""The corpus is kept byte for byte as received, with a manifest that records each file's checksum."""

from __future__ import annotations

import pytest

from base.paths import DEFAULT_CORPUS, PROJECT_ROOT
from graph_build.read import read_manifest, sha256_of

SHARED = PROJECT_ROOT.parent / "shared"


def test_manifest_checksums_match_the_files() -> None:
    entries = read_manifest(DEFAULT_CORPUS)
    assert {e["id"] for e in entries} == {"clonazepam-pain-management", "clonazepam-muscle-relaxation", "klonopin-pain"}
    for entry in entries:
        assert sha256_of((DEFAULT_CORPUS / entry["file"]).read_bytes()) == entry["sha256"]


def test_articles_are_identical_to_the_ones_received() -> None:
    received = SHARED / "corpus"
    if not received.is_dir():
        pytest.skip(f"the received articles are not at {received}")
    for entry in read_manifest(DEFAULT_CORPUS):
        assert (DEFAULT_CORPUS / entry["file"]).read_bytes() == (received / entry["file"]).read_bytes()
