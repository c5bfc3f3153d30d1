"""`drugkg viz` and `drugkg explain` through the command line: outputs, messages and one-line errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from drugkg.cli import main


@pytest.fixture(scope="module")
def graph_file(graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "drugkg.ttl"
    graph.serialize(path, format="turtle")
    return path


def _data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="drugkg-data">(.*?)</script>', text, re.S)[1])


def test_viz_writes_the_page_and_says_what_it_drew(graph_file: Path, tmp_path: Path):
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(main, ["viz", "--graph", str(graph_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = _data(out)
    claims = {c for fact in data["claims"].values() for c in fact["claims"]}
    assert f"({len(data['nodes'])} entities, {len(claims)} claims drawn as {len(data['edges'])} facts)" in result.output
    assert "note:" not in result.output


def test_viz_focus_cut_prints_the_note(graph_file: Path, tmp_path: Path):
    out = tmp_path / "focus.html"
    args = [
        "viz",
        "--graph",
        str(graph_file),
        "-o",
        str(out),
        "--focus",
        "Klonopin",
        "--depth",
        "2",
        "--max-nodes",
        "5",
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = _data(out)
    assert len(data["nodes"]) == 5
    assert data["focus"] == "https://w3id.org/drugkg/entity/clonazepam"
    assert "note: Showing 5 of" in result.output
    assert data["note"] in result.output


def test_viz_query_draws_a_construct_result(graph_file: Path, tmp_path: Path):
    query = tmp_path / "mechanism.rq"
    query.write_text(
        "PREFIX dkg: <https://w3id.org/drugkg/ontology#>\nPREFIX ent: <https://w3id.org/drugkg/entity/>\n"
        "CONSTRUCT { ?c dkg:subject ?s } WHERE { ?c dkg:mechanismOf ent:baclofen ; dkg:subject ?s }"
    )
    out = tmp_path / "q.html"
    result = CliRunner().invoke(main, ["viz", "--graph", str(graph_file), "-o", str(out), "--query", str(query)])
    assert result.exit_code == 0, result.output
    labels = {n["label"] for n in _data(out)["nodes"]}
    # clonazepam-muscle-relaxation: baclofen binds GABA-B receptors, which inhibits spinal reflexes
    assert labels == {"baclofen", "GABA-B receptor", "inhibition of spinal reflexes"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["viz", "--graph", "missing.ttl"], "missing.ttl: built graph not found; run `drugkg build` first"),
        (["viz", "--focus", "no-such-thing"], "no entity called 'no-such-thing'"),
        (["viz", "--max-nodes", "0"], "--max-nodes must be at least 1"),
        (["explain", "clonazepam", "no-such-thing"], "no entity called 'no-such-thing'"),
    ],
)
def test_bad_input_is_one_line_and_no_output(graph_file: Path, tmp_path: Path, args, message):
    out = tmp_path / "never.html"
    if "--graph" not in args:
        args = [args[0], "--graph", str(graph_file), *args[1:]]
    result = CliRunner().invoke(main, [*args, "-o", str(out)] if args[0] == "viz" else args)
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def test_explain_prints_the_path_and_draws_it(graph_file: Path, tmp_path: Path):
    out = tmp_path / "explain.html"
    args = ["explain", "--graph", str(graph_file), "Klonopin", "trigeminal neuralgia", "--html", "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "7. stabilisation of hyperexcitable nerves alleviates trigeminal neuralgia" in result.output
    assert f"wrote {out}" in result.output
    assert _data(out)["text"] in result.output


def test_viz_says_when_table_rows_cannot_have_their_headings(graph_file: Path, tmp_path: Path):
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(main, ["viz", "--graph", str(graph_file), "-o", str(out), "--corpus", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "note: Table rows show numbered columns: the text of " in result.output
    assert "Table rows show numbered columns" in _data(out)["note"]  # the page says so too
