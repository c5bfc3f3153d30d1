"""Add documents to a corpus: copy each file in, with a manifest entry and its checksum."""

from __future__ import annotations

from pathlib import Path

from base.atomic import write_text
from base.errors import DrugkgError
from graph_build.read import MANIFEST, TEXT_SUFFIXES, decode_text, document_id, read_corpus, sha256_of, title_of


def _quote(text: str) -> str:
    return '"' + text.replace("\\\\", "\\\\\\\\").replace('"', '\\\\"') + '"'


def add_documents(corpus: str | Path, files: list[Path]) -> list[str]:
    """Copy `files` into `corpus` and list them in its manifest (created when absent); returns the new ids.

    Every file is checked first (UTF-8 text, not empty, not binary, a new id), so nothing changes on error.
    """
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise DrugkgError("corpus folder not found", where=corpus, fix="create it or give another --corpus")
    existing = read_corpus(corpus) if any(corpus.iterdir()) else []
    ids = {d.id for d in existing}
    names = {d.file for d in existing}
    staged = []
    for path in files:
        path = Path(path)
        if path.suffix.lower() not in TEXT_SUFFIXES:
            raise DrugkgError("not a .txt or .md file", where=path, fix="give a UTF-8 text file")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DrugkgError(f"cannot read the file ({exc.strerror})", where=path) from None
        text = decode_text(data, path)
        doc_id = document_id(path.name)
        if doc_id in ids or path.name in names:
            raise DrugkgError(f"the corpus already has a document '{doc_id}'", where=path, fix="rename the file")
        ids.add(doc_id)
        names.add(path.name)
        staged.append((doc_id, title_of(text) or doc_id, path.name, sha256_of(data), data))
    manifest = corpus / MANIFEST
    if manifest.exists():
        head = manifest.read_text(encoding="utf-8").rstrip("\n") + "\n"
    else:
        head = "# The source documents of the knowledge graph (written by `drugkg add`).\ndocuments:\n"
        staged = [(d.id, d.title, d.file, d.sha256, None) for d in existing] + staged
    lines = []
    for doc_id, title, name, digest, _ in staged:
        lines += [
            f"  - id: {doc_id}",
            f"    title: {_quote(title)}",
            f"    file: {_quote(name)}",
            f"    sha256: {digest}",
        ]
    for _, _, name, _, data in staged:
        if data is not None:
            (corpus / name).write_bytes(data)
    write_text(manifest, head + "\n".join(lines) + "\n")
    return [doc_id for doc_id, _, _, _, data in staged if data is not None]
