"""The distributed build (graph_build/scale/) on a local Dask cluster of two worker processes gives the graph
of the single-process `drugkg build`: the same triples, the same Turtle bytes once written by the project's
writer, and the same files for any number of workers or partition size."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from base.errors import DrugkgError
from base.paths import DEFAULT_CORPUS
from graph_build.assemble import bind_prefixes
from graph_build.build import build_graph
from graph_build.scale.distributed import build_distributed, cluster_client
from graph_build.write import turtle_text


@pytest.fixture(scope="module")
def scheduler():
    """A local cluster of 2 worker processes (1 thread each), shared by the tests of this file: the one
    `build-distributed --scheduler local` starts."""
    with cluster_client("local", 2) as client:
        yield client.scheduler.address


def generated_corpus(folder: Path, count: int = 8) -> Path:
    """A corpus of `count` new documents (no manifest), each a different mix of the seed articles'
    paragraphs, so that one drug, condition or new entity is found by several documents."""
    paragraphs = [
        p.strip()
        for path in sorted(DEFAULT_CORPUS.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if len(p.strip()) > 40
    ]
    folder.mkdir()
    for i in range(count):
        mix = [paragraphs[j] for j in range(i, len(paragraphs), count)] + [paragraphs[(i * 7) % len(paragraphs)]]
        (folder / f"mix-{i:02d}.txt").write_text(f"Mixed article {i}\n\n" + "\n\n".join(mix) + "\n", encoding="utf-8")
    return folder


def distributed_graph(out: Path) -> Graph:
    graph = bind_prefixes(Graph())
    for path in sorted((out / "graph").glob("*.nt")):
        graph.parse(path, format="nt")
    return graph


def assert_same_graph(ours: Graph, theirs: Graph) -> None:
    if not isomorphic(ours, theirs):
        _, only_ours, only_theirs = graph_diff(to_isomorphic(ours), to_isomorphic(theirs))
        pytest.fail(f"only distributed: {sorted(only_ours)[:5]}\nonly single-process: {sorted(only_theirs)[:5]}", False)


def output_files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_seed_corpus_gives_the_single_process_graph(scheduler: str, tmp_path: Path) -> None:
    single = build_graph(DEFAULT_CORPUS, tmp_path / "single", extract=True)
    result = build_distributed(DEFAULT_CORPUS, tmp_path / "dist", scheduler=scheduler, partition_size=1, parts=4)
    ours = distributed_graph(tmp_path / "dist")
    assert_same_graph(ours, single.graph)
    assert turtle_text(ours) == (tmp_path / "single" / "drugkg.ttl").read_text(encoding="utf-8")
    assert result.manifest["claims"] == single.summary.claims
    assert result.manifest["triples"] == len(single.graph)


def test_generated_corpus_gives_the_single_process_graph_for_any_partitioning(scheduler: str, tmp_path: Path) -> None:
    corpus = generated_corpus(tmp_path / "mixed")
    single = build_graph(corpus, tmp_path / "single", extract=True)
    build_distributed(corpus, tmp_path / "a", scheduler=scheduler, partition_size=3, parts=5)
    ours = distributed_graph(tmp_path / "a")
    assert_same_graph(ours, single.graph)
    assert turtle_text(ours) == (tmp_path / "single" / "drugkg.ttl").read_text(encoding="utf-8")
    # a local cluster of its own with 1 worker, one document a partition: the same bytes in every file
    build_distributed(corpus, tmp_path / "b", workers=1, partition_size=1, parts=5)
    assert output_files(tmp_path / "a") == output_files(tmp_path / "b")


def test_jsonl_source_gives_the_same_claims_as_the_folder(scheduler: str, tmp_path: Path) -> None:
    corpus = generated_corpus(tmp_path / "mixed", count=4)
    records = tmp_path / "docs.jsonl"
    with records.open("w", encoding="utf-8") as handle:
        for path in sorted(corpus.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            handle.write(json.dumps({"id": path.stem, "text": text}) + "\n\n")  # blank lines are skipped
    build_distributed(corpus, tmp_path / "folder", scheduler=scheduler, partition_size=2, parts=3)
    build_distributed(records, tmp_path / "jsonl", scheduler=scheduler, partition_size=3, parts=3)
    tables = {k: v for k, v in output_files(tmp_path / "folder").items() if k.startswith("tables/")}
    assert tables == {k: v for k, v in output_files(tmp_path / "jsonl").items() if k.startswith("tables/")}
    assert any(b"mix-00" in v for v in tables.values())


def test_claim_tables_hold_one_row_per_claim_and_evidence(scheduler: str, tmp_path: Path) -> None:
    import csv

    out = tmp_path / "dist"
    build_distributed(DEFAULT_CORPUS, out, scheduler=scheduler, parts=3)
    graph = distributed_graph(out)
    rows = [r for p in sorted((out / "tables").glob("claims-*.csv")) for r in csv.DictReader(p.open())]
    evidence = [r for p in sorted((out / "tables").glob("evidence-*.csv")) for r in csv.DictReader(p.open())]
    claims = {str(s) for s in graph.subjects(predicate=None, object=None) if "/claim/" in str(s)}
    assert {r["claim"] for r in rows} == claims
    assert len(evidence) == sum(int(r["evidence_count"]) for r in rows)
    # the article says Klonopin is used to treat seizures: a treats row with that document among its sources
    treats = [r for r in rows if (r["subject"], r["predicate"], r["object"]) == ("clonazepam", "treats", "seizure")]
    assert any("klonopin-pain" in r["documents"].split() and r["direct"] == "true" for r in treats)


def test_bad_records_and_outputs_are_one_error_line(scheduler: str, tmp_path: Path) -> None:
    records = tmp_path / "bad.jsonl"
    records.write_text('{"id": "a", "text": "Baclofen relaxes muscles."}\n{"id": "B C", "text": "x"}\n')
    with pytest.raises(DrugkgError, match=r"bad.jsonl:2: bad document id"):
        build_distributed(records, tmp_path / "out", scheduler=scheduler)
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]  # no staging left behind
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(DrugkgError, match="not a distributed build's output"):
        build_distributed(DEFAULT_CORPUS, tmp_path / "mine", scheduler=scheduler)
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def test_cli_reports_a_missing_corpus_in_one_line(tmp_path: Path) -> None:
    from drugkg.cli import main

    result = CliRunner().invoke(main, ["build-distributed", str(tmp_path / "none"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.output.strip().startswith("drugkg: error:") and "corpus not found" in result.output
    assert len(result.output.strip().splitlines()) == 1
