"""`drugkg build`: SHACL-conformant, deterministic, atomic, and one clear error line for bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from drugkg.cli import main
from graph_build.build import GRAPH_FILE, build_graph
from graph_build.validate import shacl_violations


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """Run the real `drugkg` entry point in a fresh process."""
    return subprocess.run(
        [sys.executable, "-c", "from drugkg.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_built_graph_conforms_to_shacl(graph) -> None:
    assert shacl_violations(graph) == []


def test_written_turtle_is_the_built_graph(built) -> None:
    written = Graph().parse(built.outputs[0], format="turtle")
    assert isomorphic(written, built.graph)


def test_summary_counts(built) -> None:
    s = built.summary
    assert s.documents == 3
    assert s.negated >= 4 and s.hedged >= 10 and s.conflicts >= 1
    assert s.entities_by_class["Drug"] == 3
    assert s.claims_by_predicate["treats"] > 20
    assert s.evidence > s.claims


def test_same_input_gives_byte_identical_files(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        # each build gets its own empty cache, so both run the whole pipeline rather than reuse the first
        env = dict(os.environ, PYTHONHASHSEED=seed, DRUGKG_CACHE_DIR=str(tmp_path / f"cache{seed}"))
        done = subprocess.run(
            [sys.executable, "-c", "from drugkg.cli import main; main()", "build", "--out", str(out)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")})
    assert outputs[0] == outputs[1]


def test_a_failed_build_leaves_the_previous_output(corpus_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_graph(corpus_copy, out)
    before = _visible(out)
    claims = corpus_copy / "claims" / "klonopin-pain.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace("subject: clonazepam", "subject: nobody", 1), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["build", "--corpus", str(corpus_copy), "--out", str(out)])
    assert result.exit_code == 1
    assert _visible(out) == before


def _visible(out: Path) -> dict[str, bytes]:
    """The build's files at the paths the README names (the set they point into is hidden)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}


def test_build_cli_says_where_the_graph_is(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert f"graph written to {tmp_path / 'o' / GRAPH_FILE}" in result.output
    assert "negated" in result.output and "evidence:" in result.output


def _break_missing_file(corpus: Path) -> str:
    (corpus / "klonopin-pain.txt").unlink()
    return "document file 'klonopin-pain.txt' is missing"


def _break_altered_file(corpus: Path) -> str:
    path = corpus / "klonopin-pain.txt"
    path.write_bytes(path.read_bytes().replace(b"Klonopin", b"Klonapin", 1))
    return "'klonopin-pain.txt' has changed"


def _break_unknown_entity(corpus: Path) -> str:
    path = corpus / "claims" / "klonopin-pain.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("object: benzodiazepine", "object: benzos", 1), encoding="utf-8"
    )
    return "unknown entity 'benzos'"


def _break_quote(corpus: Path) -> str:
    path = corpus / "claims" / "klonopin-pain.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("quote: ") + len("quote: ") + 1
    path.write_text(text[:at] + "X" + text[at + 1 :], encoding="utf-8")
    return "quote not found at offsets"


def _break_manifest(corpus: Path) -> str:
    (corpus / "manifest.yaml").write_text("documents:\n  - id: [unclosed\n", encoding="utf-8")
    return "malformed YAML"


def _break_binary(corpus: Path) -> str:
    import hashlib

    path = corpus / "klonopin-pain.txt"
    data = b"\x00\x01binary"
    path.write_bytes(data)
    manifest = corpus / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    old = text.split("file: klonopin-pain.txt\n    sha256: ", 1)[1][:64]
    manifest.write_text(text.replace(old, hashlib.sha256(data).hexdigest()), encoding="utf-8")
    return "the file is binary"


@pytest.mark.parametrize(
    "breaker",
    [_break_missing_file, _break_altered_file, _break_unknown_entity, _break_quote, _break_manifest, _break_binary],
    ids=lambda f: f.__name__[7:],
)
def test_bad_input_gives_one_clear_line(corpus_copy: Path, tmp_path: Path, breaker) -> None:
    expected = breaker(corpus_copy)
    done = run_cli("build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("drugkg: error: ") and expected in lines[0]
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out" / GRAPH_FILE).exists()


def test_missing_corpus_folder(tmp_path: Path) -> None:
    done = run_cli("build", "--corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    assert "corpus folder not found" in done.stderr
