"""Read the corpus: the manifest, each document's bytes, checksums and text."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from base.datafile import line_of, load_yaml
from base.errors import DrugkgError, location

MANIFEST = "manifest.yaml"
DOC_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


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


def decode_text(data: bytes, path: Path) -> str:
    """Decode a document's bytes as UTF-8, refusing empty, binary and non-UTF-8 files."""
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


def read_folder(corpus: Path) -> list[Document]:
    """A corpus without a manifest: every .txt and .md file; ids from file names, titles from first lines."""
    documents: dict[str, Document] = {}
    for path in sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES):
        doc_id = document_id(path.name)
        if not DOC_ID.match(doc_id):
            raise DrugkgError("cannot make a document id from the file name", where=path, fix="rename the file")
        if doc_id in documents:
            raise DrugkgError(f"two files give the document id '{doc_id}'", where=path, fix="rename one of them")
        data = path.read_bytes()
        text = decode_text(data, path)
        documents[doc_id] = Document(doc_id, title_of(text), path.name, sha256_of(data), text, path)
    if not documents:
        raise DrugkgError("no .txt or .md documents found", where=corpus, fix="add text files or a manifest.yaml")
    return sorted(documents.values(), key=lambda d: d.id)


def read_corpus(corpus: str | Path) -> list[Document]:
    """Read every document the manifest lists, verifying that its bytes match the recorded checksum.

    Without a manifest, every .txt and .md file in the folder is a document (see `read_folder`).
    Documents come back sorted by id so that everything downstream is deterministic.
    """
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise DrugkgError("corpus folder not found", where=corpus, fix="give a folder of .txt/.md documents")
    if not (corpus / MANIFEST).exists():
        return read_folder(corpus)
    documents = []
    manifest = corpus / MANIFEST
    for entry in read_manifest(corpus):
        where = location(manifest, line_of(entry))
        path = corpus / entry["file"]
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise DrugkgError(
                f"document file '{entry['file']}' is missing",
                where=where,
                fix="restore the file or remove its manifest entry",
            ) from None
        digest = sha256_of(data)
        if digest != entry["sha256"]:
            raise DrugkgError(
                f"'{entry['file']}' has changed: its sha256 is {digest[:12]}…, the manifest "
                f"records {entry['sha256'][:12]}…",
                where=where,
                fix="restore the original file, or record the new checksum if the change is meant",
            )
        documents.append(Document(entry["id"], entry["title"], entry["file"], digest, decode_text(data, path), path))
    return sorted(documents, key=lambda d: d.id)
