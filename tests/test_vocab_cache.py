"""The vocabulary caches (graph_build/text/vocabularies.py, decision 0961): what a later process reads back is what
the packages' files and the derivations give, and a damaged or unwritable cache changes nothing but the time."""

from __future__ import annotations

import pickle

import pytest

from graph_build.cachedir import CACHE_ENV
from graph_build.text import vocabularies

pytestmark = pytest.mark.skipif(
    vocabularies._package_file(*vocabularies.DRUG_PACKAGE) is None, reason="drug-named-entity-recognition absent"
)


def test_a_cached_value_is_made_once_then_read_back(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    made = []

    def make():
        made.append(1)
        return {"aspirin": ["aspirin"], "b": frozenset({"x"})}

    first = vocabularies._cached("test", "k1", make)
    again = vocabularies._cached("test", "k1", make)
    assert first == again == {"aspirin": ["aspirin"], "b": frozenset({"x"})} and made == [1]
    path = tmp_path / "vocab-index" / "test-k1.pickle"
    path.write_bytes(b"not a pickle")
    assert vocabularies._cached("test", "k1", make) == first and made == [1, 1]  # damaged: made again
    assert pickle.loads(path.read_bytes()) == first  # and written again
    assert vocabularies._cached("test", "k2", make) == first and made == [1, 1, 1]  # another key: another file


def test_an_unwritable_cache_folder_is_skipped(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv(CACHE_ENV, str(blocked))
    assert vocabularies._cached("test", "k", lambda: [1, 2]) == [1, 2]


def test_the_cached_vocabularies_are_the_packages_and_the_derived_names(tmp_path, monkeypatch) -> None:
    """The packages' dictionaries read back from the cache equal the packages' own files (key order included: the
    vocabulary index is built in that order), and the cached first words, pairs, numbers and sorted names equal
    those derived afresh."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    fresh = (vocabularies._data(*vocabularies.DRUG_PACKAGE), vocabularies._data(*vocabularies.DISEASE_PACKAGE))
    key = vocabularies._packages_key()
    vocabularies._cached("packages", key, lambda: fresh)
    cached = vocabularies._cached("packages", key, lambda: pytest.fail("not read from the cache"))
    assert cached == fresh and cached is not fresh
    assert all(list(c[name]) == list(f[name]) for c, f in zip(cached, fresh, strict=True) for name in f)
    assert vocabularies._derived() == (*vocabularies._scan_first_words(), vocabularies._sorted_names())
    assert len(vocabularies._names()) > 100_000 and "chronic p" in vocabularies.second_starts()
