"""Builds published as a set: a reader (the server included) sees the old set or the new one, never a mix;
killed runs leave nothing a later run keeps; `serve` switches every route and worker to a new build at once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fixtures.query.support import FIXTURE
from netclient import call, query

from base.errors import DrugkgError
from base.publish import clean_stale, publish_folder, versions_of
from graph_build.buildcache import CURRENT, write_outputs
from queries.server import Limits, SparqlServer

NAMES = ("drugkg.ttl", "ontology.ttl", "summary.json", "void.ttl")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def outputs(tag: int) -> dict[str, str]:
    """Four build outputs that all carry `tag`, so a mixed set is visible."""
    triple = f"<https://w3id.org/drugkg/entity/t{tag}> <https://w3id.org/drugkg/ontology#tag> {tag} .\n"
    return {
        "drugkg.ttl": FIXTURE.read_text(encoding="utf-8") + triple,
        "ontology.ttl": triple,
        "summary.json": json.dumps({"tag": tag}) + "\n",
        "void.ttl": triple,
    }


def tags_of(folder: Path) -> set[str]:
    found = set()
    for name in NAMES:
        text = (folder / name).read_text(encoding="utf-8")
        found.add(text.rsplit("tag", 1)[1].strip(' "}:\n.') if name == "summary.json" else text.rsplit(" ", 2)[-2])
    return found


def test_outputs_are_readable_at_the_readme_paths(tmp_path: Path) -> None:
    out = tmp_path / "build"
    write_outputs(out, outputs(1))
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} == set(NAMES)
    assert tags_of(out) == {"1"}
    assert (out / CURRENT).is_symlink() and all((out / n).is_symlink() for n in NAMES)


def test_an_old_layout_of_plain_files_is_replaced_by_the_set(tmp_path: Path) -> None:
    out = tmp_path / "build"
    out.mkdir()
    for name, text in outputs(1).items():
        (out / name).write_text(text, encoding="utf-8")
    write_outputs(out, outputs(2))
    assert tags_of(out) == {"2"}


def test_a_reader_never_sees_a_mix_while_builds_switch(tmp_path: Path) -> None:
    out = tmp_path / "build"
    write_outputs(out, outputs(0))
    stop, mixed, reads = threading.Event(), [], [0]

    def reader() -> None:
        while not stop.is_set():
            folder = Path(os.path.realpath(out / CURRENT))  # resolve once, read the set
            try:
                tags = tags_of(folder)
            except FileNotFoundError:  # a version pruned two switches later: the reader retries
                continue
            reads[0] += 1
            if len(tags) != 1:
                mixed.append(tags)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for tag in range(1, 60):
            write_outputs(out, outputs(tag % 3))
    finally:
        stop.set()
        thread.join()
    assert reads[0] > 0 and mixed == []


def test_a_failed_switch_leaves_the_old_set_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "build"
    write_outputs(out, outputs(1))

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # as a kill between writing the new set and switching to it

    monkeypatch.setattr("base.publish.switch_link", killed)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(out, outputs(2))
    assert tags_of(out) == {"1"}
    monkeypatch.undo()
    write_outputs(out, outputs(2))
    assert tags_of(out) == {"2"}


KILLED_WRITE = """
import os, signal, sys
from pathlib import Path
from base.atomic import atomic_open
with atomic_open(Path(sys.argv[1]) / "drugkg.ttl") as handle:
    handle.write("half a graph")
    handle.flush()
    os.kill(os.getpid(), signal.SIGKILL)  # killed before fsync and rename
"""

KILLED_PUBLISH = """
import os, signal, sys
import base.publish
from pathlib import Path
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)  # killed with the new set half written
real = base.publish.write_bytes
calls = []
def write_then_die(path, data):
    calls.append(path)
    real(path, data)
    if len(calls) == 2:
        die()
base.publish.write_bytes = write_then_die
from graph_build.buildcache import write_outputs
write_outputs(Path(sys.argv[1]), {n: "killed " + n for n in ("drugkg.ttl", "ontology.ttl", "summary.json", "void.ttl")})
"""


def run_killed(script: str, out: Path) -> None:
    done = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr


def test_debris_of_killed_runs_is_removed_by_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "build"
    write_outputs(out, outputs(1))
    run_killed(KILLED_PUBLISH, out)  # (a publish first removes the debris of earlier kills)
    run_killed(KILLED_WRITE, out)
    debris = [p for p in out.iterdir() if p.name.endswith(".tmp")]
    debris += [p for p in versions_of(out / CURRENT).iterdir() if p.name.endswith(".staging")]
    assert len(debris) == 2  # what the kills left
    assert tags_of(out) == {"1"}  # readers still see the last whole set
    write_outputs(out, outputs(2))
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert not [p for p in versions_of(out / CURRENT).iterdir() if p.name.endswith(".staging")]
    assert tags_of(out) == {"2"}


def test_old_folders_of_an_interrupted_folder_switch_are_removed(tmp_path: Path) -> None:
    (tmp_path / "drugkg-kgx").mkdir()
    stranded = tmp_path / ".drugkg-kgx.old.abc123"
    (stranded / "previous").mkdir(parents=True)
    assert clean_stale(tmp_path) == [stranded]


def test_publish_folder_replaces_a_real_folder_whole(tmp_path: Path) -> None:
    target = tmp_path / "drugkg-kgx"
    target.mkdir()
    (target / "nodes.tsv").write_text("old", encoding="utf-8")
    (target / "stale.tsv").write_text("old", encoding="utf-8")
    publish_folder(target, {"nodes.tsv": "new", "edges.tsv": "new"})
    assert sorted(p.name for p in target.iterdir()) == ["edges.tsv", "nodes.tsv"]
    assert (target / "nodes.tsv").read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir() if ".old" in p.name] == []
    publish_folder(target, {"nodes.tsv": "newer"})
    publish_folder(target, {"nodes.tsv": "newest"})
    assert len(list(versions_of(target).iterdir())) == 2  # the current version and the one before


def test_serve_switches_every_route_and_worker_to_a_new_build(tmp_path: Path) -> None:
    out = tmp_path / "build"
    write_outputs(out, outputs(1))
    server = SparqlServer([out / "drugkg.ttl"], limits=Limits(workers=2, rate=0, reload_interval=0.2))
    server.start()
    try:
        before = int(json.loads(query(server, COUNT)[2])["results"]["bindings"][0]["n"]["value"])
        void_before = call(server, "GET", "/void")[2]
        seen, stop = [], threading.Event()

        def hammer() -> None:
            while not stop.is_set():
                status, _, body = query(server, COUNT)
                seen.append(int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) if status == 200 else status)

        thread = threading.Thread(target=hammer)
        thread.start()
        try:
            time.sleep(0.5)
            write_outputs(out, outputs(2) | {"drugkg.ttl": outputs(2)["drugkg.ttl"] + outputs(3)["ontology.ttl"]})
            deadline = time.monotonic() + 60
            while server.app.switches == 0 and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.5)
        finally:
            stop.set()
            thread.join()
        assert server.app.switches == 1
        after = before + 1  # tag 1's triple replaced by tag 2's, plus tag 3's
        assert set(seen) <= {before, after} and seen[-1] == after
        assert seen == sorted(seen)  # one switch: never back to the old graph
        for _ in range(4):  # every worker of the new generation
            assert int(json.loads(query(server, COUNT)[2])["results"]["bindings"][0]["n"]["value"]) == after
        void_after = call(server, "GET", "/void")[2]
        assert void_after != void_before and str(after).encode() in void_after
    finally:
        server.stop()


def test_serve_keeps_the_old_build_when_a_new_one_does_not_load(tmp_path: Path) -> None:
    out = tmp_path / "build"
    write_outputs(out, outputs(1))
    server = SparqlServer([out / "drugkg.ttl"], limits=Limits(workers=1, rate=0, reload_interval=0))
    server.start()
    try:
        before = query(server, COUNT)[2]
        write_outputs(out, outputs(2) | {"drugkg.ttl": "this is not Turtle <"})
        with pytest.raises(DrugkgError, match="did not start"):
            server.app.reload()
        assert server.app.reload() is False  # tried once, not again every second
        assert server.app.switches == 0 and query(server, COUNT)[2] == before
        write_outputs(out, outputs(3))
        assert server.app.reload() is True
        tagged = "ASK { <https://w3id.org/drugkg/entity/t3> <https://w3id.org/drugkg/ontology#tag> 3 }"
        assert b"true" in query(server, tagged)[2]
    finally:
        server.stop()
