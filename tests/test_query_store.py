"""The persistent query store (base/store.py): used when fresh, rebuilt when stale, skipped when unwritable,
and the answers of the whole library the same as from the file parsed in memory."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from fixtures.query.support import EXPECTED, FIXTURE, result_key

import base.store as store_module
from base.store import is_fresh, open_graph_store, store_path
from queries.engine import OxigraphEngine
from queries.library import load_library
from queries.resolve import Ambiguous, bind_params
from queries.run import open_engine, run_library_query

LIBRARY = load_library()
DKG = "https://w3id.org/drugkg/ontology#"


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    shutil.copyfile(FIXTURE, path)
    return path


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("the graph file was parsed")

    monkeypatch.setattr(store_module, "parse_into", refuse)


def answers(engine) -> dict[str, tuple]:
    found = {}
    for name, query in LIBRARY.items():
        found[name] = result_key(engine.query(query.text, bind_params(query, EXPECTED[name]["params"], engine)))
    return found


def test_a_warm_run_opens_the_store_without_parsing_and_answers_the_same(graph, monkeypatch):
    in_memory = answers(OxigraphEngine.from_files([graph], persistent=False))
    assert not store_path(graph).exists()
    OxigraphEngine.from_files([graph])  # first use: creates the store
    assert is_fresh(graph)
    no_parsing(monkeypatch)
    warm = OxigraphEngine.from_files([graph])
    assert answers(warm) == in_memory
    with pytest.raises(RuntimeError, match="read-write"):  # opened read-only
        warm.store.add(warm.store.quads_for_pattern(None, None, None).__next__())


def test_a_changed_file_rebuilds_the_store(graph):
    engine = OxigraphEngine.from_files([graph])
    ask = f"ASK {{ <https://w3id.org/drugkg/entity/new-drug> a <{DKG}Drug> }}"
    assert engine.query(ask).boolean is False
    del engine
    with graph.open("a", encoding="utf-8") as handle:
        handle.write(f"\n<https://w3id.org/drugkg/entity/new-drug> a <{DKG}Drug> .\n")
    assert not is_fresh(graph)
    assert OxigraphEngine.from_files([graph]).query(ask).boolean is True
    assert is_fresh(graph)


def test_same_content_with_a_new_mtime_is_checked_by_hash_not_reparsed(graph, monkeypatch):
    OxigraphEngine.from_files([graph])
    stat = graph.stat()
    os.utime(graph, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    no_parsing(monkeypatch)
    assert is_fresh(graph)  # same sha256: the store is kept
    assert len(OxigraphEngine.from_files([graph]).store) > 0


def test_an_unwritable_folder_falls_back_to_reading_the_file(graph, monkeypatch):
    expected = answers(OxigraphEngine.from_files([graph], persistent=False))

    def cannot_write(_graph):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store_module, "create_store", cannot_write)
    engine = OxigraphEngine.from_files([graph])
    assert not store_path(graph).exists()
    assert answers(engine) == expected


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_really_works(graph):
    expected = answers(OxigraphEngine.from_files([graph], persistent=False))
    graph.parent.chmod(0o555)
    try:
        assert answers(OxigraphEngine.from_files([graph])) == expected
        assert not store_path(graph).exists()
    finally:
        graph.parent.chmod(0o755)


def test_a_stale_store_is_not_used_when_it_cannot_be_rebuilt(graph, monkeypatch):
    OxigraphEngine.from_files([graph])
    graph.write_text(f"<https://w3id.org/drugkg/entity/only> a <{DKG}Drug> .\n", encoding="utf-8")
    monkeypatch.setattr(store_module, "create_store", lambda _g: (_ for _ in ()).throw(PermissionError(13, "no")))
    assert len(open_graph_store(graph)) == 1  # the file as it is now, not the old store


def test_the_build_publishes_the_store_with_its_set(built):
    graph = built.outputs[0]
    folder = store_path(graph)
    assert folder.parent == graph.resolve().parent  # inside the published version folder
    assert is_fresh(graph)


def test_the_query_command_reads_the_store(graph, monkeypatch):
    OxigraphEngine.from_files([graph])
    no_parsing(monkeypatch)
    result = run_library_query("drugs-for-condition", {"condition": "trigeminal neuralgia"}, open_engine(graph))
    column = result.variables.index("intervention")
    assert {row[column].value.rsplit("/", 1)[-1] for row in result.rows} == {"clonazepam"}


def test_a_label_naming_several_entities_lists_them(graph, capsys):
    with graph.open("a", encoding="utf-8") as handle:
        handle.write(
            "\n<http://id.nlm.nih.gov/mesh/D014277> a <https://w3id.org/biolink/vocab/Disease> ;"
            ' <http://www.w3.org/2000/01/rdf-schema#label> "Trigeminal Neuralgia" .\n'
        )
    engine = open_engine(graph)
    query = LIBRARY["drugs-for-condition"]
    with pytest.raises(Ambiguous) as error:
        bind_params(query, {"condition": "trigeminal neuralgia"}, engine)
    assert {c[0].value for c in error.value.candidates} == {
        "http://id.nlm.nih.gov/mesh/D014277",
        "https://w3id.org/drugkg/entity/trigeminal-neuralgia",
    }
    result = run_library_query("drugs-for-condition", {"condition": "trigeminal neuralgia"}, engine)
    assert result.variables == ["candidate", "label", "class"]
    assert {(r[0].value.rsplit("/", 1)[-1], r[2].value.replace("#", "/").rsplit("/", 1)[-1]) for r in result.rows} == {
        ("D014277", "Disease"),
        ("trigeminal-neuralgia", "Disease"),
    }
    assert "names 2 entities" in capsys.readouterr().err
    answer = run_library_query("drugs-for-condition", {"condition": "trigeminal-neuralgia"}, engine)
    column = answer.variables.index("intervention")
    assert {r[column].value.rsplit("/", 1)[-1] for r in answer.rows} == {"clonazepam"}


def test_readers_starting_together_build_the_store_once(graph, monkeypatch):
    import threading

    calls = []
    real = store_module.create_store

    def counted(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(store_module, "create_store", counted)
    sizes = []
    threads = [threading.Thread(target=lambda: sizes.append(len(open_graph_store(graph)))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert len(set(sizes)) == 1 and sizes[0] > 0 and len(sizes) == 4
