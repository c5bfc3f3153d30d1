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
    """A package's dictionary read back from its uncompressed copy equals the one read from the package's file (key
    order included: the vocabulary index is built in that order); a damaged copy is made again; the cached first
    words, pairs, numbers and sorted names equal those derived afresh."""
    import bz2

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    package, filename = vocabularies.DRUG_PACKAGE
    with bz2.open(vocabularies._package_file(package, filename), "rb") as handle:
        fresh = pickle.load(handle)
    first = vocabularies._data(package, filename)  # decompressed, and its bytes copied
    (copy,) = (tmp_path / "vocab-index").glob(f"{package}-*.pickle")
    again = vocabularies._data(package, filename)  # from the copy
    assert first == again == fresh and again is not first
    assert all(list(again[name]) == list(fresh[name]) for name in fresh)
    copy.write_bytes(copy.read_bytes()[:1000])  # cut short
    assert vocabularies._data(package, filename) == fresh
    assert vocabularies._derived() == (*vocabularies._scan_first_words(), vocabularies._sorted_names())
    assert len(vocabularies._names()) > 100_000 and "chronic p" in vocabularies.second_starts()
