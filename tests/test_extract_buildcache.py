"""The whole-build cache: an unchanged build reuses its files; any changed input builds again."""

from pathlib import Path

import pytest
from rdflib.compare import isomorphic

import graph_build.build as build_module
from graph_build.build import GRAPH_FILE, build_graph

ARTICLES = Path(__file__).parent / "fixtures" / "extract" / "articles"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("DRUGKG_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("diazepam-spasm.txt", "gabapentin-nerve-pain.txt"):
        (folder / name).write_bytes((ARTICLES / name).read_bytes())
    return folder


def _no_build(*args, **kwargs):
    raise AssertionError("built again although no input changed")


def test_unchanged_rebuild_reuses_files_and_rewrites_missing_ones(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = build_graph(corpus, out, extract=True)
    files = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}  # (not .current*)
    (out / GRAPH_FILE).unlink()
    monkeypatch.setattr(build_module, "_build", _no_build)
    second = build_graph(corpus, out, extract=True)
    assert {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")} == files
    assert second.summary == first.summary and second.extracted == first.extracted
    assert isomorphic(second.graph, first.graph)  # parsed from the reused file
    assert second.changes[0].startswith("changes since the last build: entities: 0 added, 0 removed, 0 changed")


def test_a_changed_document_or_option_builds_again(corpus, tmp_path):
    out = tmp_path / "out"
    first = build_graph(corpus, out, extract=True)
    text = corpus / "diazepam-spasm.txt"
    text.write_text(text.read_text(encoding="utf-8") + "\nDiazepam can cause confusion.\n", encoding="utf-8")
    second = build_graph(corpus, out, extract=True)
    assert second._graph is not None and second.extracted == first.extracted + 1
    third = build_graph(corpus, out, extract=False)
    assert third._graph is not None and third.extracted == 0
