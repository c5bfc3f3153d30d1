"""Read the corpus: the manifest, each document's bytes, checksums and text."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from base.datafile import line_of, load_yaml
from base.errors import DrugkgError, InputError, from_os_error, location

MANIFEST = "manifest.yaml"
DOC_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


MB = 1024 * 1024


@dataclass(frozen=True)
class SizeLimits:
    """The most bytes a document and a whole corpus may hold; checked from the file sizes before reading.

    The defaults are far above any health article (the largest here is 0.1 MB) and far below what stalls a
    build (a 50 MB single-line document ran for over 10 minutes); `drugkg build --max-document-mb` and
    `--max-corpus-mb` raise them.
    """

    document: int = 4 * MB
    corpus: int = 256 * MB


@dataclass(frozen=True)
class Document:
    """A source document as stored: its manifest entry and its exact text."""

    id: str
    title: str
    file: str
    sha256: str
    text: str
    path: Path


def sha256_of(data: bytes) -> str:
    """Hex SHA-256 of bytes.

    >>> sha256_of(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()


def utf16_kind(data: bytes) -> str | None:
    """ "UTF-16LE" or "UTF-16BE" when the bytes look like UTF-16 text (a byte-order mark, or NULs in every
    other byte as ASCII text has them), else None.

    >>> utf16_kind("Baclofen".encode("utf-16"))
    'UTF-16LE'
    >>> utf16_kind("Baclofen".encode("utf-16-be"))
    'UTF-16BE'
    >>> utf16_kind(b"Baclofen") is None
    True
    """
    if data.startswith(b"\xff\xfe") and not data.startswith(b"\xff\xfe\x00\x00"):
        return "UTF-16LE"
    if data.startswith(b"\xfe\xff"):
        return "UTF-16BE"
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd = sample[1 : 2 * pairs : 2].count(0)
    even = sample[0 : 2 * pairs : 2].count(0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "UTF-16LE"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "UTF-16BE"
    return None


def decode_text(data: bytes, path: Path) -> str:
    """Decode a document's bytes as UTF-8, refusing empty, binary, UTF-16 and other non-UTF-8 files."""
    kind = utf16_kind(data)
    if kind:
        raise DrugkgError(
            f"the file is {kind} text, not UTF-8",
            where=path,
            fix=f"convert it: iconv -f {kind} -t UTF-8 '{path.name}' > converted.txt",
        )
    if not data.strip():
        raise DrugkgError("the document is empty", where=path, fix="add text or remove the file")
    if b"\x00" in data:
        raise DrugkgError("the file is binary, not text", where=path, fix="give a .txt or .md file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DrugkgError(
            f"not UTF-8 text (invalid byte at position {exc.start})", where=path, fix="convert the file to UTF-8"
        ) from None
    return text.removeprefix("\ufeff")


def read_manifest(corpus: Path) -> list[dict]:
    """The manifest's entries, checked for the fields every entry needs."""
    path = corpus / MANIFEST
    data = load_yaml(path)
    entries = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise DrugkgError(
            "the manifest has no 'documents' list", where=path, fix="list documents with id, title, file and sha256"
        )
    seen: set[str] = set()
    for entry in entries:
        where = location(path, line_of(entry))
        if not isinstance(entry, dict):
            raise DrugkgError("a manifest entry must be a mapping", where=where)
        for key in ("id", "title", "file", "sha256"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise DrugkgError(f"manifest entry lacks '{key}'", where=where)
        if not DOC_ID.match(entry["id"]):
            raise DrugkgError(
                f"bad document id {entry['id']!r}", where=where, fix="use lower-case letters, digits and '-'"
            )
        if entry["id"] in seen:
            raise DrugkgError(f"document id '{entry['id']}' appears twice", where=where)
        seen.add(entry["id"])
    return entries


TEXT_SUFFIXES = (".txt", ".md")


def document_id(name: str) -> str:
    """A document id from a file name.

    >>> document_id("Gabapentin for Nerve Pain.txt")
    'gabapentin-for-nerve-pain'
    """
    return re.sub(r"[^a-z0-9]+", "-", Path(name).stem.lower()).strip("-")


def title_of(text: str) -> str:
    """The first non-empty line, without Markdown heading marks."""
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()
    return ""


def document_path(corpus: Path, name: str, where: str | Path) -> Path:
    """The path of the document `name` (relative, as the manifest gives it), refusing any that leaves `corpus`:
    absolute paths, `..`, and symbolic links (of the file or a folder on the way) that lead outside.

    >>> document_path(Path("corpus"), "a.txt", "m.yaml").as_posix()
    'corpus/a.txt'
    >>> document_path(Path("corpus"), "../etc/passwd", "m.yaml:3")
    Traceback (most recent call last):
    base.errors.InputError: m.yaml:3: the document path '../etc/passwd' leaves the corpus folder; ...
    """
    pure = PurePosixPath(name)
    if "\0" in name or pure.is_absolute() or Path(name).is_absolute() or ".." in pure.parts:
        raise InputError(
            f"the document path {name!r} leaves the corpus folder",
            where=where,
            fix="give a path relative to the corpus folder, without '..', and copy the file in (drugkg add)",
        )
    path = corpus / name
    try:
        inside = path.resolve().is_relative_to(corpus.resolve())
    except (OSError, RuntimeError):  # a symbolic link loop
        inside = False
    if not inside:
        raise InputError(
            f"the document {name!r} is a symbolic link that leads outside the corpus folder",
            where=where,
            fix="copy the file into the corpus folder instead of linking to it",
        )
    return path


def _check_size(path: Path, name: str, where: str | Path, limits: SizeLimits) -> int:
    """The size of a regular file, refusing FIFOs, devices, folders and files over the document limit."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DrugkgError(
            f"document file '{name}' is missing", where=where, fix="restore the file or remove its manifest entry"
        ) from None
    except OSError as exc:
        raise from_os_error(exc, path, writing=False) from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device"
        raise InputError(f"the document '{name}' is {kind}, not a regular file", where=where, fix="give a text file")
    if info.st_size > limits.document:
        raise InputError(
            f"the document '{name}' is {info.st_size / MB:.1f} MB, over the limit of {limits.document / MB:g} MB",
            where=where,
            fix="split it, or raise the limit with drugkg build --max-document-mb",
        )
    return info.st_size


def read_document(path: Path, name: str, where: str | Path, limits: SizeLimits = SizeLimits()) -> bytes:
    """The bytes of a checked document (a regular file under the size limit), never reading past the limit."""
    _check_size(path, name, where, limits)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise from_os_error(exc, path, writing=False) from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else since the check
            raise InputError(f"the document '{name}' is not a regular file", where=where)
        data = handle.read(limits.document + 1)
    if len(data) > limits.document:
        raise InputError(
            f"the document '{name}' grew over the limit of {limits.document / MB:g} MB while being read",
            where=where,
            fix="raise the limit with drugkg build --max-document-mb",
        )
    return data


def _check_total(sizes: list[int], corpus: Path, limits: SizeLimits) -> None:
    total = sum(sizes)
    if total > limits.corpus:
        raise InputError(
            f"the corpus holds {total / MB:.1f} MB of documents, over the limit of {limits.corpus / MB:g} MB",
            where=corpus,
            fix="build it in parts, or raise the limit with drugkg build --max-corpus-mb",
        )


def read_folder(corpus: Path, limits: SizeLimits = SizeLimits()) -> list[Document]:
    """A corpus without a manifest: every .txt and .md file; ids from file names, titles from first lines."""
    found: dict[str, Path] = {}
    for path in sorted(corpus.iterdir()):
        if path.suffix.lower() not in TEXT_SUFFIXES or path.is_dir():  # FIFOs and devices are refused below
            continue
        doc_id = document_id(path.name)
        if not DOC_ID.match(doc_id):
            raise DrugkgError("cannot make a document id from the file name", where=path, fix="rename the file")
        if doc_id in found:
            raise DrugkgError(f"two files give the document id '{doc_id}'", where=path, fix="rename one of them")
        found[doc_id] = document_path(corpus, path.name, path)
    if not found:
        raise DrugkgError("no .txt or .md documents found", where=corpus, fix="add text files or a manifest.yaml")
    _check_total([_check_size(p, p.name, p, limits) for p in found.values()], corpus, limits)
    documents = []
    for doc_id, path in found.items():
        data = read_document(path, path.name, path, limits)
        text = decode_text(data, path)
        documents.append(Document(doc_id, title_of(text), path.name, sha256_of(data), text, path))
    return sorted(documents, key=lambda d: d.id)


def read_corpus(corpus: str | Path, limits: SizeLimits | None = None) -> list[Document]:
    """Read every document the manifest lists, verifying that its bytes match the recorded checksum.

    Without a manifest, every .txt and .md file in the folder is a document (see `read_folder`). Every
    document must be a regular file inside the corpus folder, within the size limits (`SizeLimits`), which
    are checked for all documents before any is read. Documents come back sorted by id so that everything
    downstream is deterministic.
    """
    corpus, limits = Path(corpus), limits or SizeLimits()
    if not corpus.is_dir():
        raise DrugkgError("corpus folder not found", where=corpus, fix="give a folder of .txt/.md documents")
    if not (corpus / MANIFEST).exists():
        return read_folder(corpus, limits)
    manifest = corpus / MANIFEST
    entries = read_manifest(corpus)
    checked = []
    for entry in entries:
        where = location(manifest, line_of(entry))
        path = document_path(corpus, entry["file"], where)
        checked.append((entry, where, path, _check_size(path, entry["file"], where, limits)))
    _check_total([size for *_, size in checked], corpus, limits)
    documents = []
    for entry, where, path, _ in checked:
        data = read_document(path, entry["file"], where, limits)
        digest = sha256_of(data)
        if digest != entry["sha256"]:
            raise DrugkgError(
                f"'{entry['file']}' has changed since the manifest recorded its checksum",
                where=where,
                fix="restore the original file, or record the new checksum if the change is meant",
            )
        documents.append(Document(entry["id"], entry["title"], entry["file"], digest, decode_text(data, path), path))
    return sorted(documents, key=lambda d: d.id)
