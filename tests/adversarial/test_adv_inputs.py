"""Hostile corpora: documents that leave the corpus folder, are not regular files, are huge, or are UTF-16.

Each case failed before issue 14 (the build read the file, hung, or ran out of memory); now it is refused
with one line naming the manifest entry or file, before anything is read.
"""

from __future__ import annotations

import hashlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from base.errors import InputError
from drugkg.cli import main
from graph_build.read import SizeLimits, read_corpus

TEXT = "Baclofen treats muscle spasm.\n"


@pytest.fixture(autouse=True)
def deadline() -> Iterator[None]:
    """A case that hangs (a FIFO read) fails after 20 s instead of stopping the suite."""

    def expire(signum, frame):
        raise TimeoutError("the corpus read did not finish in 20 s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def manifest_corpus(tmp_path: Path, file: str, data: bytes | None = None) -> Path:
    """A corpus whose manifest names `file` with the checksum of `data` (or of what `file` holds)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data if data is not None else Path(file).read_bytes()).hexdigest()
    (corpus / "manifest.yaml").write_text(
        f"documents:\n  - id: doc\n    title: Doc\n    file: '{file}'\n    sha256: {digest}\n", encoding="utf-8"
    )
    return corpus


def build_line(corpus: Path, tmp_path: Path, *extra: str):
    return CliRunner().invoke(
        main, ["build", "--no-extract", "--corpus", str(corpus), "--out", str(tmp_path / "out"), *extra]
    )


def test_a_manifest_path_with_dotdot_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret treats everything.\n", encoding="utf-8")
    corpus = manifest_corpus(tmp_path, "../secret.txt", secret.read_bytes())
    with pytest.raises(InputError, match="leaves the corpus folder"):
        read_corpus(corpus)
    result = build_line(corpus, tmp_path)
    assert result.exit_code == InputError.exit_code
    assert "manifest.yaml:2" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_an_absolute_manifest_path_is_refused_even_with_its_checksum(tmp_path: Path) -> None:
    system = Path("/etc/hostname") if Path("/etc/hostname").is_file() else Path("/etc/passwd")
    corpus = manifest_corpus(tmp_path, str(system))
    with pytest.raises(InputError, match="leaves the corpus folder"):
        read_corpus(corpus)


def test_a_symlink_that_leaves_the_corpus_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "inside.txt").write_text(TEXT, encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    with pytest.raises(InputError, match="symbolic link that leads outside"):
        read_corpus(folder)
    corpus = manifest_corpus(tmp_path, "link.txt", outside.read_bytes())
    (corpus / "link.txt").symlink_to(outside)
    with pytest.raises(InputError, match="symbolic link that leads outside"):
        read_corpus(corpus)


def test_a_symlinked_folder_that_leaves_the_corpus_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.txt").write_text(TEXT, encoding="utf-8")
    corpus = manifest_corpus(tmp_path, "sub/a.txt", TEXT.encode())
    (corpus / "sub").symlink_to(elsewhere)
    with pytest.raises(InputError, match="leads outside"):
        read_corpus(corpus)


def test_a_symlink_inside_the_corpus_is_allowed(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "real.txt").write_text(TEXT, encoding="utf-8")
    corpus = manifest_corpus(tmp_path / "m", "alias.txt", TEXT.encode())
    (corpus / "alias.txt").symlink_to(folder / "texts" / "real.txt")  # outside: refused
    with pytest.raises(InputError):
        read_corpus(corpus)
    (corpus / "alias.txt").unlink()
    (corpus / "real.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "alias.txt").symlink_to("real.txt")
    [doc] = read_corpus(corpus)
    assert doc.text == TEXT


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    corpus = manifest_corpus(tmp_path, "pipe.txt", b"")
    os.mkfifo(corpus / "pipe.txt")
    with pytest.raises(InputError, match="a FIFO, not a regular file"):
        read_corpus(corpus)
    folder = tmp_path / "folder"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    with pytest.raises(InputError, match="FIFO"):
        read_corpus(folder)


def test_dev_zero_is_refused_without_reading(tmp_path: Path) -> None:
    corpus = manifest_corpus(tmp_path, "/dev/zero", b"")
    with pytest.raises(InputError, match="leaves the corpus folder"):
        read_corpus(corpus)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "zero.txt").symlink_to("/dev/zero")
    with pytest.raises(InputError):
        read_corpus(folder)


def test_size_caps_are_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "big.txt").write_text("Baclofen. " * 300, encoding="utf-8")  # 3,000 bytes
    (folder / "small.txt").write_text(TEXT, encoding="utf-8")

    def no_read(*args, **kwargs):
        raise AssertionError("a document was read before the size checks")

    monkeypatch.setattr("graph_build.read.read_document", no_read)
    with pytest.raises(InputError, match="over the limit of"):
        read_corpus(folder, SizeLimits(document=2000))
    with pytest.raises(InputError, match=r"the corpus holds .* over the limit"):
        read_corpus(folder, SizeLimits(document=10_000, corpus=3000))


def test_build_flag_raises_the_document_cap(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "big.txt").write_text("Baclofen treats muscle spasm. " * 100, encoding="utf-8")  # ~3 KB
    refused = build_line(folder, tmp_path, "--max-document-mb", "0.001")
    assert refused.exit_code == InputError.exit_code
    assert "--max-document-mb" in refused.output and "big.txt" in refused.output
    assert build_line(folder, tmp_path, "--max-document-mb", "1").exit_code == 0


def test_a_checksum_error_names_the_file_without_hashes(tmp_path: Path) -> None:
    corpus = manifest_corpus(tmp_path, "a.txt", b"the original text\n")
    (corpus / "a.txt").write_bytes(b"another text\n")
    result = build_line(corpus, tmp_path)
    assert result.exit_code == 1 and "'a.txt' has changed" in result.output
    for data in (b"another text\n", b"the original text\n"):
        digest = hashlib.sha256(data).hexdigest()
        assert all(digest[i : i + 8] not in result.output for i in range(0, 57, 8))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_named_with_how_to_convert(tmp_path: Path, encoding: str) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "wide.txt").write_bytes("Baclofen treats muscle spasm.\n".encode(encoding))
    result = build_line(folder, tmp_path)
    assert result.exit_code == 1
    assert "UTF-16" in result.output and "iconv -f UTF-16" in result.output and "wide.txt" in result.output


def test_the_build_cache_key_reads_nothing_the_build_would_refuse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph_build.buildcache import build_key

    outside = tmp_path / "outside.txt"
    outside.write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT * 100, encoding="utf-8")
    real = Path.read_bytes

    def guarded(self: Path) -> bytes:
        assert self.resolve() != outside and self.name != "a.txt", f"read {self}"
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    assert build_key(folder, extract=False, validate=True, limits=SizeLimits(document=1000)) is None  # too large
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    assert build_key(folder, extract=False, validate=True, limits=SizeLimits()) is None  # leads outside
