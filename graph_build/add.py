"""Add documents to a corpus: copy each file in, with a manifest entry and its checksum.

The manifest is written by a YAML emitter (PyYAML's safe dumper), never by string formatting, and read back
before it replaces the old one: a title or file name with quotes, backslashes, control characters or line
breaks either round-trips exactly or is refused, so `drugkg add` can never leave a manifest that no longer
parses (docs/decisions/0801-manifest-by-emitter.md).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import yaml

from base.atomic import write_bytes, write_text
from base.errors import DrugkgError, from_os_error
from graph_build.read import (
    MANIFEST,
    TEXT_SUFFIXES,
    SizeLimits,
    decode_text,
    document_id,
    read_corpus,
    read_document,
    sha256_of,
    title_of,
)


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper, writing a string with any control, format or separator character (NEL, U+2028,
    a tab ...) double-quoted, where every such character is escaped: PyYAML's single-quoted style drops NEL."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    special = any(unicodedata.category(c)[0] in "CZ" and c != " " for c in data)
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"' if special else None)


_Dumper.add_representer(str, _represent_str)

HEADER = "# The source documents of the knowledge graph (written by `drugkg add`).\n"
FIELDS = ("id", "title", "file", "sha256")


def manifest_text(entries: list[dict], header: str = HEADER) -> str:
    """The manifest for `entries` (dicts with id, title, file, sha256, and any other keys they had).

    Raises DrugkgError when the emitted text does not read back as the same entries.

    >>> text = manifest_text([{"id": "a", "title": 'say "hi"\\\\ now\\n', "file": "a.txt", "sha256": "00"}])
    >>> yaml.safe_load(text)["documents"][0]["title"]
    'say "hi"\\\\ now\\n'
    """
    data = {
        "documents": [{**{k: e[k] for k in FIELDS}, **{k: v for k, v in e.items() if k not in FIELDS}} for e in entries]
    }
    for entry in data["documents"]:
        for key, value in entry.items():
            if isinstance(value, str) and _unrepresentable(value):
                raise DrugkgError(
                    f"the manifest cannot hold the {key} {value!r} (it is not valid Unicode text)",
                    where=entry.get("file"),
                    fix="rename the file with a UTF-8 name" if key == "file" else "edit the text",
                )
    emitted = yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=2**31
    )
    text = header + emitted
    try:
        back = yaml.safe_load(text)
    except yaml.YAMLError:
        back = None
    if back != data:
        raise DrugkgError(
            "the manifest would not read back as written (a title or file name YAML cannot carry)",
            fix="rename the file or edit its first line",
        )
    return text


def _unrepresentable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: a file name in another encoding (os.fsdecode's escapes)
        return True
    return False


def _header_of(manifest: Path) -> str:
    """The comment lines at the top of an existing manifest (kept when it is rewritten)."""
    lines = []
    for line in manifest.read_text(encoding="utf-8").splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line if line.endswith("\n") else line + "\n")
    return "".join(lines) or HEADER


def add_documents(corpus: str | Path, files: list[Path], limits: SizeLimits | None = None) -> list[str]:
    """Copy `files` into `corpus` and list them in its manifest (created when absent); returns the new ids.

    Every file is checked first (a regular file under the size limit, UTF-8 text, not empty, not binary, a
    new id, a name the manifest can hold), so nothing changes on error.
    """
    corpus, limits = Path(corpus), limits or SizeLimits()
    if not corpus.is_dir():
        raise DrugkgError("corpus folder not found", where=corpus, fix="create it or give another --corpus")
    existing = read_corpus(corpus, limits) if any(corpus.iterdir()) else []
    manifest = corpus / MANIFEST
    if manifest.exists():
        from base.datafile import load_yaml

        entries = [dict(e) for e in load_yaml(manifest)["documents"]]
        header = _header_of(manifest)
    else:
        entries = [{"id": d.id, "title": d.title, "file": d.file, "sha256": d.sha256} for d in existing]
        header = HEADER
    ids = {d.id for d in existing}
    names = {d.file for d in existing}
    staged: list[tuple[str, bytes]] = []
    for path in files:
        path = Path(path)
        if path.suffix.lower() not in TEXT_SUFFIXES:
            raise DrugkgError("not a .txt or .md file", where=path, fix="give a UTF-8 text file")
        data = read_document(path, path.name, path, limits)
        text = decode_text(data, path)
        doc_id = document_id(path.name)
        if not doc_id:
            raise DrugkgError("cannot make a document id from the file name", where=path, fix="rename the file")
        if doc_id in ids or path.name in names:
            raise DrugkgError(f"the corpus already has a document '{doc_id}'", where=path, fix="rename the file")
        ids.add(doc_id)
        names.add(path.name)
        entries.append({"id": doc_id, "title": title_of(text) or doc_id, "file": path.name, "sha256": sha256_of(data)})
        staged.append((path.name, data))
    new_manifest = manifest_text(entries, header)  # refuses what it cannot represent, before anything is written
    for name, data in staged:
        try:
            write_bytes(corpus / name, data)
        except OSError as exc:
            raise from_os_error(exc, corpus / name) from None
    write_text(manifest, new_manifest)
    return [entry["id"] for entry in entries[len(entries) - len(staged) :]]
