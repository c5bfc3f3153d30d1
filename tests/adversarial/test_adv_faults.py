"""Ordinary faults give one line naming the user's path and their own exit status, never "internal error":
a read-only output folder, an output path that is a folder, a full disk, a closed pipe, a dropped connection.
Faults are injected (monkeypatched system calls) since the tests run as any user on any file system.
"""

from __future__ import annotations

import errno
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures.query.support import FIXTURE

from base.errors import ConnectionLost, OutputError, StorageError
from drugkg.cli import main

TEXT = "Baclofen treats muscle spasm.\n"


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "baclofen.txt").write_text("Baclofen\n\n" + TEXT, encoding="utf-8")
    return folder


def build(corpus: Path, out: Path):
    return CliRunner().invoke(main, ["build", "--no-extract", "--corpus", str(corpus), "--out", str(out)])


def one_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in output and "internal error" not in output, output
    return lines[0]


def test_a_read_only_output_folder(small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "readonly"
    real_mkdir, real_open = os.mkdir, os.open

    def mkdir(path, *args, **kwargs):
        if str(path).startswith(str(out)):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_mkdir(path, *args, **kwargs)

    def open_(path, flags, *args, **kwargs):
        if str(path).startswith(str(out)) and flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", mkdir)
    monkeypatch.setattr(os, "open", open_)
    result = build(small_corpus, out)
    assert result.exit_code == OutputError.exit_code
    line = one_line(result.output)
    assert str(out) in line and ".tmp" not in line and "Read-only file system" in line


def test_an_output_path_that_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.nt"
    folder.mkdir()
    result = CliRunner().invoke(main, ["export", "--graph", str(FIXTURE), "--format", "ntriples", "-o", str(folder)])
    assert result.exit_code == OutputError.exit_code
    line = one_line(result.output)
    assert str(folder) in line and "is a folder" in line and ".tmp" not in line
    assert [p.name for p in tmp_path.iterdir()] == ["a-folder.nt"]  # no temporary file left beside it


def test_a_build_folder_that_is_a_file(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.write_text("not a folder", encoding="utf-8")
    result = build(small_corpus, out)
    assert result.exit_code == OutputError.exit_code and str(out) in one_line(result.output)


def test_a_full_disk_keeps_the_last_build(small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert build(small_corpus, out).exit_code == 0
    before = (out / "drugkg.ttl").read_bytes()
    (small_corpus / "second.txt").write_text("Second\n\nClonazepam treats panic disorder.\n", encoding="utf-8")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = build(small_corpus, out)
    assert result.exit_code == StorageError.exit_code
    line = one_line(result.output)
    assert "the disk is full" in line and str(out) in line and ".tmp" not in line
    assert (out / "drugkg.ttl").read_bytes() == before
    monkeypatch.undo()
    assert build(small_corpus, out).exit_code == 0  # and the next run cleans up and publishes
    assert not [p for p in out.rglob("*") if p.name.endswith((".tmp", ".staging"))]


def test_a_closed_pipe_ends_silently_with_141() -> None:
    args = [sys.executable, "-c", "from drugkg.cli import main; main()", "queries"]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # as `drugkg queries | head -0`: the reader is gone before the first write
    err = process.stderr.read()
    assert process.wait(timeout=120) == 141 and err == b""


def test_a_dropped_connection_is_one_line_with_its_status() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    port = listener.getsockname()[1]

    def drop() -> None:
        connection, _ = listener.accept()
        connection.recv(100)
        connection.close()  # hang up mid-request

    thread = threading.Thread(target=drop, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{port}/sparql"
        result = CliRunner().invoke(main, ["query", "adverse-effects", "-p", "drug=clonazepam", "--endpoint", url])
    finally:
        listener.close()
    assert result.exit_code == ConnectionLost.exit_code
    assert url in one_line(result.output)


def test_only_a_real_bug_is_an_internal_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def bug(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("graph_build.build.build_graph", bug)
    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "o")])
    assert result.exit_code == 70 and "internal error: ZeroDivisionError" in result.output
