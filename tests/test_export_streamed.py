"""`drugkg export --format turtle` streamed with pyoxigraph (graph_build/export/__init__.py `export_file`): the same
text as the rdflib path, checked by a strict re-read that fails on a lost triple; blank nodes fall back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import graph_build.export as export_module
from base.errors import DrugkgError
from graph_build.export import export_file, export_graph, load_built_graph, streamed_turtle


def test_the_streamed_turtle_is_the_rdflib_paths_text(built, tmp_path):
    graph_path = built.outputs[0]
    export_graph(load_built_graph(graph_path), "turtle", tmp_path / "rdflib.ttl")
    export_file(graph_path, "turtle", tmp_path / "streamed.ttl")
    assert (tmp_path / "streamed.ttl").read_bytes() == (tmp_path / "rdflib.ttl").read_bytes()


def test_n_triples_input_gives_the_same_turtle(built, tmp_path):
    graph_path = built.outputs[0]
    export_graph(load_built_graph(graph_path), "ntriples", tmp_path / "g.nt")
    assert streamed_turtle(tmp_path / "g.nt") == Path(graph_path).read_text(encoding="utf-8")


def test_a_writer_that_loses_a_triple_is_refused(built, tmp_path, monkeypatch):
    real = export_module.turtle_from_triples
    monkeypatch.setattr(export_module, "turtle_from_triples", lambda triples: real(list(triples)[1:]))
    with pytest.raises(DrugkgError, match=r"differs from the graph \(1 triples lost"):
        export_file(built.outputs[0], "turtle", tmp_path / "out.ttl")
    assert not (tmp_path / "out.ttl").exists()


def test_blank_nodes_take_the_rdflib_path(tmp_path):
    source = tmp_path / "b.ttl"
    source.write_text('<http://x/a> <http://x/p> [ <http://x/q> "v" ] .\n', encoding="utf-8")
    assert streamed_turtle(source) is None
    export_file(source, "turtle", tmp_path / "out.ttl")
    assert "_:" in (tmp_path / "out.ttl").read_text(encoding="utf-8")


def test_invalid_input_is_one_clear_error(tmp_path):
    source = tmp_path / "bad.ttl"
    source.write_text("<http://x/a> <http://x/p> .\n", encoding="utf-8")
    with pytest.raises(DrugkgError, match="cannot parse the graph"):
        export_file(source, "turtle", tmp_path / "out.ttl")
    with pytest.raises(DrugkgError, match="not found"):
        export_file(tmp_path / "missing.ttl", "turtle", tmp_path / "out.ttl")


def test_exporting_the_build_onto_itself_leaves_it_alone(built, tmp_path):
    folder = tmp_path / "copy"
    shutil.copytree(Path(built.outputs[0]).resolve().parent, folder, symlinks=True)
    graph_path = folder / "drugkg.ttl"
    before = graph_path.stat().st_mtime_ns
    export_file(graph_path, "turtle", graph_path)
    assert graph_path.stat().st_mtime_ns == before
