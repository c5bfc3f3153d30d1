"""Plan a corpus as partitions of documents, and read one partition, without holding the corpus in memory.

Three kinds of source:

- a corpus folder with manifest.yaml (the project's format, graph_build/read.py): partitions of manifest
  entries; each document's checksum is verified when its partition is read;
- a folder of .txt/.md files without a manifest: partitions of file names (ids from names, as `drugkg build`);
- a JSON Lines file of `{"id": ..., "text": ..., "title": ...}` records (title optional): partitions are
  byte ranges of whole lines, found by one pass over the bytes (no JSON parsed by the planner).

A partition is a small description (names or a byte range), sent to a worker, which reads the documents
itself: the corpus must be where every worker can read it (a shared file system on a real cluster). The
per-document size limit of `drugkg build` applies; the whole-corpus limit does not (that is the point).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from base.errors import DrugkgError, location
from graph_build.read import (
    DOC_ID,
    MANIFEST,
    TEXT_SUFFIXES,
    Document,
    SizeLimits,
    decode_text,
    document_id,
    document_path,
    read_document,
    read_manifest,
    sha256_of,
    title_of,
)

#: Documents per partition by default: a few seconds of work for one core (about 10-20 ms a document).
PARTITION_SIZE = 200
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Partition:
    """Documents `index` of a source: manifest entries or file names (`entries`), or a JSONL byte range."""

    index: int
    kind: str  # "manifest", "folder" or "jsonl"
    source: str  # the corpus folder, or the JSONL file
    entries: tuple[tuple[str, str, str, str], ...] = ()  # (id, title, file, sha256); title and sha256 "" for folders
    start: int = 0  # JSONL: first byte and line number, end byte
    end: int = 0
    first_line: int = 1

    @property
    def size(self) -> int:
        """Documents in the partition (JSONL: not known before reading; 0)."""
        return len(self.entries)


def source_kind(source: Path) -> str:
    """ "manifest", "folder" or "jsonl" for a source path, or a DrugkgError when it is none of them.

    >>> import tempfile
    >>> source_kind(Path(tempfile.mkdtemp()))
    'folder'
    """
    if source.is_file() and source.suffix.lower() in JSONL_SUFFIXES:
        return "jsonl"
    if source.is_dir():
        return "manifest" if (source / MANIFEST).exists() else "folder"
    raise DrugkgError(
        "corpus not found (a folder, or a .jsonl file of {id, text} records)",
        where=source,
        fix="give a corpus folder or a JSON Lines file",
    )


def plan_partitions(source: str | Path, size: int = PARTITION_SIZE) -> Iterator[Partition]:
    """The partitions of `source`, `size` documents each (JSONL: `size` lines), in document order.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a.txt", "c.md"):
    ...     _ = (folder / name).write_text("Baclofen relaxes muscles.")
    >>> [[e[0] for e in p.entries] for p in plan_partitions(folder, size=2)]
    [['a', 'b'], ['c']]
    """
    if size < 1:
        raise DrugkgError(f"partition size must be at least 1, not {size}", fix="give --partition-size 1 or more")
    source = Path(source)
    kind = source_kind(source)
    if kind == "jsonl":
        yield from _jsonl_partitions(source, size)
        return
    entries = _manifest_entries(source) if kind == "manifest" else _folder_entries(source)
    for index, first in enumerate(range(0, len(entries), size)):
        yield Partition(index, kind, str(source), tuple(entries[first : first + size]))


def _manifest_entries(corpus: Path) -> list[tuple[str, str, str, str]]:
    entries = read_manifest(corpus)
    return sorted((e["id"], e["title"], e["file"], e["sha256"]) for e in entries)


def _folder_entries(corpus: Path) -> list[tuple[str, str, str, str]]:
    found: dict[str, str] = {}
    with os.scandir(corpus) as scan:
        names = sorted(e.name for e in scan if Path(e.name).suffix.lower() in TEXT_SUFFIXES and not e.is_dir())
    for name in names:
        doc_id = document_id(name)
        if not DOC_ID.match(doc_id):
            raise DrugkgError("cannot make a document id from the file name", where=corpus / name, fix="rename it")
        if doc_id in found:
            raise DrugkgError(f"two files give the document id '{doc_id}'", where=corpus / name, fix="rename one")
        found[doc_id] = name
    if not found:
        raise DrugkgError("no .txt or .md documents found", where=corpus, fix="add text files or a manifest.yaml")
    return [(doc_id, "", name, "") for doc_id, name in sorted(found.items())]


def _jsonl_partitions(path: Path, size: int) -> Iterator[Partition]:
    start, line, first_line, count, index = 0, 0, 1, 0, 0
    with path.open("rb") as handle:
        for raw in handle:
            line += 1
            if raw.strip():
                count += 1
            if count == size:
                end = handle.tell()
                yield Partition(index, "jsonl", str(path), start=start, end=end, first_line=first_line)
                start, first_line, count, index = end, line + 1, 0, index + 1
        end = handle.tell()
    if count:
        yield Partition(index, "jsonl", str(path), start=start, end=end, first_line=first_line)
    elif index == 0:
        raise DrugkgError("the JSON Lines file holds no records", where=path, fix='add lines of {"id": .., "text": ..}')


def read_partition(partition: Partition, limits: SizeLimits | None = None) -> list[Document]:
    """The documents of one partition, checked as `drugkg build` checks them (path inside the corpus, size,
    checksum, UTF-8 text), sorted by id."""
    limits = limits or SizeLimits()
    if partition.kind == "jsonl":
        return sorted(_read_jsonl(partition, limits), key=lambda d: d.id)
    corpus, manifest = Path(partition.source), Path(partition.source) / MANIFEST
    documents = []
    for doc_id, title, file, sha256 in partition.entries:
        where = manifest if partition.kind == "manifest" else corpus / file
        path = document_path(corpus, file, where)
        data = read_document(path, file, where, limits)
        digest = sha256_of(data)
        if partition.kind == "manifest" and digest != sha256:
            raise DrugkgError(
                f"'{file}' has changed since the manifest recorded its checksum",
                where=where,
                fix="restore the original file, or record the new checksum if the change is meant",
            )
        text = decode_text(data, path)
        documents.append(Document(doc_id, title or title_of(text), file, digest, text, path))
    return documents


def _read_jsonl(partition: Partition, limits: SizeLimits) -> Iterator[Document]:
    path = Path(partition.source)
    with path.open("rb") as handle:
        handle.seek(partition.start)
        data = handle.read(partition.end - partition.start)
    for number, raw in enumerate(data.splitlines(), start=partition.first_line):
        if not raw.strip():
            continue
        where = location(path, number)
        if len(raw) > limits.document:
            raise DrugkgError(
                f"the record is {len(raw) / 2**20:.1f} MB, over the document limit", where=where, fix="split it"
            )
        try:
            record = json.loads(raw)
        except ValueError as exc:
            raise DrugkgError(
                f"not a JSON record ({exc})", where=where, fix='one {"id": .., "text": ..} a line'
            ) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            raise DrugkgError("the record needs a non-empty 'text'", where=where, fix='give {"id": .., "text": ..}')
        doc_id = str(record.get("id", ""))
        if not DOC_ID.match(doc_id):
            raise DrugkgError(f"bad document id {doc_id!r}", where=where, fix="use lower-case letters, digits and '-'")
        text = record["text"]
        title = record.get("title") if isinstance(record.get("title"), str) else title_of(text)
        sha = sha256_of(text.encode("utf-8"))
        yield Document(doc_id, title, f"{path.name}#L{number}", sha, text, path)
