"""A distributed build loaded by `drugkg load` and served by a real Oxigraph server (`oxigraph
serve-read-only`, loopback, a free port, stopped at the end) answers library queries as the single-process
build answers them locally."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures.query.support import oxigraph_server, result_key

from base.paths import DEFAULT_CORPUS
from drugkg.cli import main
from graph_build.build import build_graph
from queries.engine import OxigraphEngine
from queries.library import load_library
from queries.remote import RemoteEngine
from queries.resolve import bind_params

#: Library queries and parameters whose answers the seed articles give (claims, evidence, conflicts, counts).
CASES = {
    "drugs-for-condition": {"condition": "seizure"},
    "uses-of-drug": {"drug": "clonazepam"},
    "adverse-effects": {"drug": "clonazepam"},
    "negated-claims": {},
    "conflicting-claims": {},
    "claims-per-predicate": {},
    "source-documents": {},
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    """(endpoint URL, the single-process build's graph file, the distributed output folder)."""
    root = tmp_path_factory.mktemp("endpoint")
    single = build_graph(DEFAULT_CORPUS, root / "single", extract=True)
    out = root / "dist"
    built = CliRunner().invoke(main, ["build-distributed", str(DEFAULT_CORPUS), "-o", str(out), "-w", "2", "-q"])
    assert built.exit_code == 0, built.output
    loaded = CliRunner().invoke(main, ["load", str(out)])
    assert loaded.exit_code == 0, loaded.output
    with oxigraph_server(out / "drugkg.nt.store" / "db", read_only=True) as url:
        yield url + "/query", single.outputs[0], out


@pytest.mark.parametrize("name", sorted(CASES))
def test_library_query_on_the_server_answers_as_the_local_build(served, name: str) -> None:
    url, graph, _ = served
    query = load_library()[name]
    local, remote = OxigraphEngine.from_files([graph]), RemoteEngine(url)
    local_answer = local.query(query.text, bind_params(query, CASES[name], local))
    remote_answer = remote.query(query.text, bind_params(query, CASES[name], remote))
    assert result_key(remote_answer) == result_key(local_answer)
    if name != "negated-claims":  # every other case has rows in the seed articles
        assert local_answer.rows


def test_cli_query_endpoint_and_joined_file_answer_alike(served) -> None:
    url, graph, out = served
    args = ["query", "drugs-for-condition", "-p", "condition=seizures", "--format", "csv"]
    local = CliRunner().invoke(main, [*args, "--graph", str(graph)])
    remote = CliRunner().invoke(main, [*args, "--endpoint", url])
    joined = CliRunner().invoke(main, [*args, "--graph", str(out / "drugkg.nt")])
    assert remote.exit_code == 0, remote.output
    assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines())
    assert sorted(joined.output.splitlines()) == sorted(local.output.splitlines())
    # "Klonopin is used to treat seizures" (klonopin-pain): clonazepam treats seizure
    assert "clonazepam" in remote.output and "klonopin-pain" in remote.output


def test_load_refuses_an_output_whose_part_changed(served, tmp_path: Path) -> None:
    _, _, out = served
    copy = tmp_path / "copy"
    shutil.copytree(out / "graph", copy / "graph")
    shutil.copy(out / "manifest.json", copy / "manifest.json")
    part = sorted((copy / "graph").glob("part-*.nt"))[0]
    part.write_text(part.read_text() + '<http://x/a> <http://x/b> "c" .\n')
    result = CliRunner().invoke(main, ["load", str(copy), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1 and "differs from manifest.json" in result.output
    assert not (tmp_path / "store").exists()
