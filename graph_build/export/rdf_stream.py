"""N-Triples, N-Quads, TriG, RDF/XML and JSON-LD of a graph file written from pyoxigraph's text (issue 17).

No rdflib graph and no rdflib term is made: the graph file is read once by pyoxigraph and each triple kept as
its canonical N-Triples text (N-Triples, N-Quads: here) or grouped by subject and predicate as text keys
(TriG, RDF/XML: graph_build/export/grouped.py; JSON-LD: graph_build/export/jsonld_stream.py; the grouping is
the streamed Turtle's `read_groups`). Each writer writes the text the rdflib path (graph_build/export/rdf.py)
writes for the same triples. As for Turtle (decision 0940), a second process
(graph_build/export/turtle_check.py) is handed each triple's canonical line as the writer reads it
(decision 0971: the graph file is parsed once) and parses the export strictly while it is written; the two
sets of triples must be equal. Graphs with blank nodes, and the few shapes these writers
leave alone (a claim with two subjects, a document that is a literal, ...), raise `Unsupported` and are
written by the rdflib path. Decision 0970; figures in docs/performance.md.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from base.errors import DrugkgError
from graph_build.export import turtle_stream
from graph_build.export.turtle_check import compare, frame
from graph_build.export.turtle_stream import object_key
from graph_build.write import escape
from ontology.vocab import DKG

#: Export format -> pyoxigraph's name of it (the checking process parses the export in that format).
#: JSON-LD is read in the streaming profile ("@context" and each "@type" first, as written): the non-streaming
#: parser holds the whole document (1.3 GB for the merged graph's 96 MB).
STREAMED = {
    "ntriples": "N_TRIPLES",
    "nquads": "N_QUADS",
    "trig": "TRIG",
    "xml": "RDF_XML",
    "jsonld": "STREAMING_JSON_LD",
}
#: A canonical N-Triples line pyoxigraph writes otherwise than `nt_term`: an escape (`\u000B`, `\t`, ...)
#: or a C1 control written raw (the project's writer escapes those).
REWRITE = re.compile(r"[\\\x7f-\x9f]")
#: The predicates that place a triple in a document's graph (`split_by_document`), as N-Triples text.
HAS_EVIDENCE, SOURCE_DOCUMENT = f"<{DKG.hasEvidence}>", f"<{DKG.sourceDocument}>"
CLAIM_PARTS = {f"<{DKG.subject}>": 0, f"<{DKG.predicate}>": 1, f"<{DKG.object}>": 2}
ONTOLOGY = f" <{DKG}"


class Unsupported(Exception):
    """A graph the streamed writers leave to the rdflib path (blank nodes, or a shape noted where raised)."""


class Output:
    """The export's bytes, kept and handed on to the checking process (`send`) as they are written."""

    def __init__(self, send: Callable[[bytes], object] | None = None) -> None:
        self.pieces: list[bytes] = []
        self.send = send
        #: `expect` when a checking process takes the graph's lines, else None (nothing to hand on).
        self.expecting: Callable[[list[str]], None] | None = None if send is None else self.expect

    def write(self, piece: str | bytes) -> None:
        data = piece.encode("utf-8") if isinstance(piece, str) else piece
        self.pieces.append(data)
        if self.send is not None:
            self.send(data)  # whole: a thread writes it to the pipe (turtle_stream.Sink)

    def expect(self, lines: list[str]) -> None:
        """Hands the checking process a batch of the graph's canonical lines, as read (an empty batch: the
        end of them; the export follows)."""
        if self.send is not None:
            self.send(frame(lines))

    def data(self) -> bytes:
        return b"".join(self.pieces)


def nt_object(key: tuple) -> str:
    """An object key (`object_key`) as N-Triples, written as `graph_build.export.rdf.nt_term` writes it.

    >>> nt_object((2, 'a"\\x0b', "", "en")), nt_object((0, "http://x/a"))
    ('"a\\\\"\\\\u000B"@en', '<http://x/a>')
    """
    if key[0] == 0:
        return f"<{key[1]}>"
    _, lexical, datatype, language = key
    if language:
        return f'"{escape(lexical)}"@{language}'
    if datatype:
        return f'"{escape(lexical)}"^^<{datatype}>'
    return f'"{escape(lexical)}"'


def triple_lines(graph_path: Path, expected: Callable[[list[str]], object] | None = None) -> Iterator[str]:
    """Each triple of a graph file as an N-Triples line without its ` .`: pyoxigraph's canonical text, or
    the text `nt_term` writes where the two differ (escapes, C1 controls). Named graphs are merged. Raises
    Unsupported at a blank node or a quoted triple. `expected`, when given, is called with consecutive
    batches of pyoxigraph's canonical lines as read, before any is rewritten (`read_groups`)."""
    from base.store import rdf_format

    fmt = rdf_format(graph_path)
    quads = ox.parse(path=str(graph_path), format=fmt, lenient=turtle_stream.LENIENT)
    lines = map(str, map(turtle_stream.TRIPLE_OF, quads) if fmt.supports_datasets else quads)
    while batch := list(itertools.islice(lines, turtle_stream.BATCH_LINES)):
        if expected is not None:
            expected(batch)
        for line in batch:
            if "\\" in line or "_:" in line or "<<" in line or (not line.isascii() and REWRITE.search(line)):
                subject, predicate, obj = line.split(" ", 2)
                if subject[0] != "<" or subject.startswith("<<") or obj[0] == "_" or obj.startswith("<<"):
                    raise Unsupported("blank node or quoted triple")
                if obj[0] == '"':
                    line = f"{subject} {predicate} {nt_object(object_key(obj))}"
            yield line


def ntriples_of_file(graph_path: Path, out: Output) -> None:
    """The sorted N-Triples lines of a graph file, as `graph_build.export.rdf.ntriples_text` writes them
    (sorted as UTF-8 bytes, which is code point order)."""
    lines = [(line + " .\n").encode() for line in triple_lines(graph_path, out.expecting)]
    out.expect([])
    out.write(b"".join(sorted_unique(lines)))


def sorted_unique(lines: list[bytes]) -> list[bytes]:
    """The lines sorted, each once. Sorted in place first: a file written sorted (as drugkg writes graphs)
    sorts in linear time, which a set's order would lose.

    >>> sorted_unique([b"b", b"a", b"b"])
    [b'a', b'b']
    """
    lines.sort()
    if any(map(bytes.__eq__, lines, itertools.islice(lines, 1, None))):
        return [line for line, _ in itertools.groupby(lines)]
    return lines


def nquads_of_file(graph_path: Path, out: Output) -> None:
    """The sorted N-Quads lines of a graph file split by document, as `split_by_document` and
    `graph_build.export.rdf.nquads_text` write them: claims and their evidence in the graphs of their
    documents, a direct triple in those of the claims that give it, everything else in the default graph.
    Raises Unsupported where that split would depend on hash order (a claim with two subjects, predicates
    or objects) or on a document that is a literal."""
    lines = []
    sources: dict[str, list[str]] = {}
    evidence_of: dict[str, list[str]] = {}
    parts: dict[str, list[set[str]]] = {}
    for line in triple_lines(graph_path, out.expecting):
        lines.append(line)
        if ONTOLOGY not in line:  # none of the predicates that place a triple
            continue
        subject, predicate, obj = line.split(" ", 2)
        if predicate == HAS_EVIDENCE:
            evidence_of.setdefault(subject, []).append(obj)
        elif predicate == SOURCE_DOCUMENT:
            if obj[0] != "<":
                raise Unsupported("a document that is a literal")
            sources.setdefault(subject, []).append(obj)
        elif predicate in CLAIM_PARTS:
            parts.setdefault(subject, [set(), set(), set()])[CLAIM_PARTS[predicate]].add(obj)
    out.expect([])
    documents: dict[str, list[str]] = {}

    def documents_of(node: str) -> list[str]:
        found = documents.get(node)
        if found is None:
            if node in sources:
                found = sorted(set(sources[node]))
            else:
                found = sorted({d for e in evidence_of.get(node, ()) for d in sources.get(e, ())})
            documents[node] = found
        return found

    placed = set(evidence_of) | {e for found in evidence_of.values() for e in found}
    direct_of: dict[str, set[str]] = {}
    for claim in evidence_of:
        values = parts.get(claim, [set(), set(), set()])
        if any(len(v) > 1 for v in values):
            raise Unsupported("a claim with two subjects, predicates or objects")
        if all(values):
            direct_of.setdefault(" ".join(next(iter(v)) for v in values), set()).update(documents_of(claim))
    written = []
    add = written.append
    for line in lines:
        subject = line[: line.index(" ")]
        if subject in placed:
            found = documents_of(subject)
        else:
            found = direct_of.get(line)
            if found is None:
                add((line + " .\n").encode())
                continue
        written.extend(f"{line} {document} .\n".encode() for document in found)
    del lines
    out.write(b"".join(sorted_unique(written)))


def _grouped(write: Callable[[dict, Output], None]) -> Callable[[Path, Output], None]:
    def from_file(graph_path: Path, out: Output) -> None:
        from graph_build.export.turtle_stream import BlankNodeFound, read_groups

        try:
            groups = read_groups(graph_path, out.expecting)
        except BlankNodeFound:
            raise Unsupported("blank node") from None
        out.expect([])
        write(groups, out)

    return from_file


def _trig(groups: dict, out: Output) -> None:
    from graph_build.export.grouped import split_groups, trig_text

    trig_text(*split_groups(groups), out)


def _xml(groups: dict, out: Output) -> None:
    from graph_build.export.grouped import xml_text

    xml_text(groups, out)


def _jsonld(groups: dict, out: Output) -> None:
    from graph_build.export.jsonld_stream import jsonld_from_groups

    jsonld_from_groups(groups, out)


#: Format -> the writer of a graph file's text into an Output.
WRITERS: dict[str, Callable[[Path, Output], None]] = {
    "ntriples": ntriples_of_file,
    "nquads": nquads_of_file,
    "trig": _grouped(_trig),
    "xml": _grouped(_xml),
    "jsonld": _grouped(_jsonld),
}


def streamed_export(graph_path: Path, fmt: str, handle: BinaryIO | None = None) -> bytes | None:
    """The `fmt` export of a graph file (UTF-8) read by pyoxigraph, checked by a strict re-read in a second
    process while it is written (in this one after the writing when that cannot run); None when the rdflib
    path must write it (`Unsupported`). `handle`, when given, is an open file (`base.atomic.atomic_open`'s,
    published only when the caller's block ends without an error) that the export is written and synced to
    while the checking process finishes; when the check refuses, the error is raised after that writing.

    >>> streamed_export(Path("x.ttl"), "turtle") is None  # Turtle has its own module: turtle_stream
    True
    """
    if fmt not in STREAMED:
        return None
    if not graph_path.is_file():
        raise DrugkgError("built graph not found", where=graph_path, fix="run `drugkg build` first, or pass --graph")
    checker = None if turtle_stream.CHECK_IN_PROCESS else turtle_stream.start_checker(STREAMED[fmt])
    sink = None if checker is None else turtle_stream.Sink(checker)
    writing = None
    try:
        out = Output(None if sink is None else sink.send)
        with turtle_stream.no_gc():
            try:
                WRITERS[fmt](graph_path, out)
            except Unsupported:
                return None
            except (SyntaxError, ValueError, OSError) as exc:
                raise DrugkgError(f"cannot parse the graph ({exc})".splitlines()[0], where=graph_path) from None
            except DrugkgError:
                turtle_stream.strictly_parsed(graph_path)  # read leniently: the graph's fault first
                raise
        data = out.data()
        del out
        if handle is not None:  # the file is written (and synced) while the checking process reads to the end
            writing = Writing(handle, data)
        verdict = None
        if checker is not None:
            verdict = turtle_stream.checker_verdict(checker, sink)
            checker = None
        if verdict is None:
            verdict = compare(str(graph_path), io.BytesIO(data), getattr(ox.RdfFormat, STREAMED[fmt]))
    finally:
        turtle_stream.stop_checker(checker, sink)
        if writing is not None:
            writing.wait()
    turtle_stream.refuse(verdict, fmt, graph_path)
    return data


class Writing:
    """Writes bytes to an open file and syncs it in a thread (both let go of the GIL); `wait` raises what it
    raised."""

    def __init__(self, handle: BinaryIO, data: bytes) -> None:
        self.handle, self.data, self.error = handle, data, None
        self.thread = threading.Thread(target=self._write, name="export-file", daemon=True)
        self.thread.start()

    def _write(self) -> None:
        try:
            self.handle.write(self.data)
            self.handle.flush()
            os.fsync(self.handle.fileno())
        except BaseException as exc:  # handed to `wait`
            self.error = exc

    def wait(self) -> None:
        self.thread.join()
        if self.error is not None:
            raise self.error
