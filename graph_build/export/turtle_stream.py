"""Turtle of a graph file written straight from pyoxigraph's terms: no rdflib term is made (issue 17).

The bytes are those of the project's writer (graph_build/write.py, decision 0300) on the same triples:
subjects sorted, `rdf:type` first as `a`, then predicates and objects sorted, the same prefixes, the same
literal shorthands and escapes (tests/test_export_streamed.py compares the two on the build and on
hand-made edge cases; docs/decisions/0940-turtle-from-oxigraph-terms.md). Terms are keyed by their text:
an IRI by its string, a literal by (lexical form, datatype, language) exactly as `_node_key` orders rdflib
literals, so the order cannot differ. Graphs with blank nodes are left to the rdflib path (their labels are
made canonical there).
"""

from __future__ import annotations

import collections
import contextlib
import gc
import io
import itertools
import json
import operator
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox

from base.errors import DrugkgError
from graph_build.export.turtle_check import compare, frame
from graph_build.write import INDENT, LANG, LOCAL, SHORTHAND, TurtleWriter, check_iri, escape
from ontology import prefix_map

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: Shorthand patterns keyed by the datatype's IRI string.
SHORTHAND_BY_IRI = {str(datatype): pattern for datatype, pattern in SHORTHAND.items()}

#: Subject IRI -> predicate IRI -> object keys (`object_key`; duplicates possible).
Groups = dict[str, dict[str, list]]


class BlankNodeFound(Exception):
    """The graph has a blank node: the streamed export gives way to the rdflib path."""


class TextTurtleWriter:
    """Writes IRIs and literal keys as `TurtleWriter` writes the same rdflib terms; each IRI is written once."""

    def __init__(self) -> None:
        self.base = TurtleWriter(prefix_map())
        self.namespaces = self.base.namespaces
        self.used = self.base.used
        self.iris: dict[str, str] = {}
        #: object key -> its text (`text`): each distinct object is written once
        self.texts: dict[tuple, str] = {}
        self.langs: set[str] = set()
        # the longest namespace an IRI starts with, found in one step (namespaces are longest first)
        self.longest = re.compile("|".join(re.escape(ns) for _, ns in self.namespaces)) if self.namespaces else None
        self.prefix_of = {ns: prefix for prefix, ns in reversed(self.namespaces)}

    def iri(self, text: str) -> str:
        written = self.iris.get(text)
        if written is None:
            written = self.iris[text] = self._iri(text)
        return written

    def _iri(self, text: str) -> str:
        check_iri(text)
        found = self.longest.match(text) if self.longest else None
        if found is None:
            return f"<{text}>"
        ns = found.group()
        if LOCAL.match(text[len(ns) :]):
            prefix = self.prefix_of[ns]
            self.used.add(prefix)
            return f"{prefix}:{text[len(ns) :]}"
        return self.base.iri(text)  # the longest namespace does not fit: try them all, as TurtleWriter does

    def text(self, key: tuple) -> str:
        """`term`, kept in `texts` (look there first)."""
        written = self.texts[key] = self.iri(key[1]) if key[0] == 0 else self.term(key)
        return written

    def term(self, key: tuple) -> str:
        """An object written from its key: (0, IRI) or (2, lexical form, datatype or "", language or "")."""
        if key[0] == 0:
            return self.iri(key[1])
        _, lexical, datatype, language = key
        if language:
            if language not in self.langs:
                if not LANG.match(language):
                    raise DrugkgError(f"invalid language tag {language!r}", fix="use a BCP 47 tag such as 'en'")
                self.langs.add(language)
            return f'"{escape(lexical)}"@{language}'
        if not datatype:
            return f'"{escape(lexical)}"'
        pattern = SHORTHAND_BY_IRI.get(datatype)
        if pattern is not None and pattern.match(lexical):
            return lexical
        return f'"{escape(lexical)}"^^{self.iri(datatype)}'


def _predicate_key(iri: str) -> tuple[int, str]:
    return (0 if iri == RDF_TYPE else 1, iri)


def turtle_from_groups(
    groups: Groups,
    sink: Callable[[str], object] | None = None,
    writer: TextTurtleWriter | None = None,
    header: bool = True,
) -> str:
    """The Turtle text of grouped triples, byte for byte what `turtle_from_triples` writes for them; `sink`,
    when given, is called with consecutive pieces of the text as they are written (the header first).
    `writer`, when given, is used (and its IRIs kept) instead of a new one: TriG writes its thousands of
    document graphs with one; its header then names every prefix the writer has used so far. With
    `header=False` the text has no header (the statements only; the prefixes used are in `writer.used`) and
    the terms are not written ahead of it.

    >>> ex = "https://w3id.org/drugkg/entity/"
    >>> groups = {ex + "a": {RDF_TYPE: [(0, ex + "B")],
    ...           ex + "p": [(2, "1.5", "http://www.w3.org/2001/XMLSchema#decimal", "")]}}
    >>> print(turtle_from_groups(groups), end="")
    @prefix ent: <https://w3id.org/drugkg/entity/> .
    <BLANKLINE>
    ent:a a ent:B ;
        ent:p 1.5 .
    """
    writer = writer or TextTurtleWriter()
    iri, iris, text_of, texts = writer.iri, writer.iris, writer.text, writer.texts
    # Every term is written once before the text starts, so that the prefixes it uses (the header) are known
    # while the statements are still to be written; writing them again reads the caches (`iris`, `texts`).
    for subject, predicates in groups.items() if header else ():
        if subject not in iris:
            iri(subject)
        for predicate, objects in predicates.items():
            if predicate not in iris and predicate != RDF_TYPE:
                iri(predicate)
            for obj in objects:
                if obj not in texts:
                    text_of(obj)  # a typed literal: its datatype is written unless the shorthand fits
    text = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(writer.namespaces) if p in writer.used)
    chunks = [text + ("\n" if text and groups else "")] if header else [""]
    if sink is not None:
        sink(chunks[0])
    separator, object_separator = " ;\n" + INDENT, ",\n" + INDENT * 2
    blocks: list[str] = []
    for subject in sorted(groups):
        lines = []
        predicates = groups[subject]
        for predicate in sorted(predicates, key=_predicate_key) if len(predicates) > 1 else predicates:
            verb = "a" if predicate == RDF_TYPE else (iris.get(predicate) or iri(predicate))
            objects = predicates[predicate]
            if len(objects) > 1:
                written = [texts.get(o) or text_of(o) for o in unique_sorted(objects)]
                if len(written) > 1 and sum(map(len, written)) > 80:
                    lines.append(f"{verb} " + object_separator.join(written))
                    continue
                lines.append(f"{verb} " + ", ".join(written))
            else:
                lines.append(f"{verb} {texts.get(objects[0]) or text_of(objects[0])}")
        blocks.append((iris.get(subject) or iri(subject)) + " " + separator.join(lines) + " .\n")
        if len(blocks) == CHUNK:
            chunks.append(("\n" if len(chunks) > 1 else "") + "\n".join(blocks))
            blocks.clear()
            if sink is not None:
                sink(chunks[-1])
    if blocks:
        chunks.append(("\n" if len(chunks) > 1 else "") + "\n".join(blocks))
        if sink is not None:
            sink(chunks[-1])
    return "".join(chunks)


def unique_sorted(keys: list) -> list:
    """The keys sorted, each once: `sorted(set(keys))`, but sorted as they come, which a file written sorted
    keeps nearly in order (a set's order is random: the sort was a full one; decision 0972).

    >>> unique_sorted([(0, "b"), (0, "a"), (0, "b")])
    [(0, 'a'), (0, 'b')]
    """
    ordered = sorted(keys)
    if any(map(operator.eq, ordered, itertools.islice(ordered, 1, None))):
        return [key for key, _ in itertools.groupby(ordered)]
    return ordered


#: Statement blocks per piece of text handed to the sink.
CHUNK = 2000


#: The escapes of pyoxigraph's canonical N-Triples (`\uXXXX` for other controls) and what they stand for.
UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
ECHARS = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", '"': '"', "'": "'", "\\": "\\"}


def _unescaped(found: re.Match) -> str:
    code = found.group(1) or found.group(2)
    return chr(int(code, 16)) if code else ECHARS[found.group(3)]


def object_key(text: str) -> tuple:
    """The sort key of an object from its canonical N-Triples text, ordered as `_node_key` orders the rdflib
    term: (0, IRI) or (2, lexical form, datatype or "" for a plain or language-tagged string, language or "").

    >>> object_key('"a\\\\nb"@en'), object_key('"1"^^<http://www.w3.org/2001/XMLSchema#integer>')
    ((2, 'a\\nb', '', 'en'), (2, '1', 'http://www.w3.org/2001/XMLSchema#integer', ''))
    """
    if text[0] == "<":
        return (0, text[1:-1])
    end = text.rindex('"')
    lexical = text[1:end]
    if "\\" in lexical:
        lexical = UNESCAPE.sub(_unescaped, lexical)
    rest = text[end + 1 :]
    if not rest:
        return (2, lexical, "", "")
    if rest[0] == "@":
        return (2, lexical, "", rest[1:])
    return (2, lexical, rest[3:-1], "")


def read_groups(graph_path: Path, expected: Callable[[list[str]], object] | None = None) -> Groups:
    """The triples of a graph file, read once by pyoxigraph and grouped by subject and predicate as text
    (no term object is kept). Raises BlankNodeFound at a blank node (or any term that is neither an IRI
    nor a literal). `expected`, when given, is called with consecutive batches of the canonical N-Triples
    lines as pyoxigraph gives them, before anything else is done with them (the strict check's expected
    triples: turtle_check.py).

    The lines are made in batches (`str` mapped over the parser, no Python step per quad), each distinct
    object's key is made once (124k distinct objects for the merged graph's 1.34M triples), and a run of
    one subject and predicate (a file written sorted, as drugkg writes graphs) is looked up once
    (decision 0972)."""
    from base.progress import Progress
    from base.store import rdf_format

    fmt = rdf_format(graph_path)
    groups: Groups = {}
    keys: dict[str, tuple] = {}  # object text -> its key, made once per distinct object
    predicates_seen: dict[str, str] = {}
    bar = Progress(None, "exporting", "triple")  # progress on stderr (base/progress.py); ends with the reading
    last = last_predicate = ""
    by_predicate: dict[str, list] = {}
    objects: list = []
    quads = ox.parse(path=str(graph_path), format=fmt, lenient=LENIENT)
    # a quad of the default graph prints as its triple's canonical N-Triples line
    lines = map(str, map(TRIPLE_OF, quads) if fmt.supports_datasets else quads)
    while batch := list(itertools.islice(lines, BATCH_LINES)):
        bar.update(len(batch))
        if expected is not None:
            expected(batch)
        for line in batch:
            subject, predicate, obj = line.split(" ", 2)
            if subject != last:  # a file's triples usually come subject by subject
                if subject[0] != "<":
                    raise BlankNodeFound
                last, last_predicate = subject, ""
                by_predicate = groups.get(subject)  # type: ignore[assignment]
                if by_predicate is None:
                    by_predicate = groups[subject] = {}
            if predicate != last_predicate:  # and predicate by predicate
                last_predicate = predicate
                iri = predicates_seen.get(predicate) or predicates_seen.setdefault(predicate, predicate[1:-1])
                objects = by_predicate.get(iri)  # type: ignore[assignment]
                if objects is None:
                    objects = by_predicate[iri] = []
            key = keys.get(obj)
            if key is None:
                if obj[0] == "_" or obj.startswith("<<"):
                    raise BlankNodeFound
                key = keys[obj] = (0, obj[1:-1]) if obj[0] == "<" else object_key(obj)
            objects.append(key)
    bar.close()
    return {subject[1:-1]: by_predicate for subject, by_predicate in groups.items()}


#: The writers read the graph file with pyoxigraph's lenient parser (half the parse's CPU: it does not validate
#: IRIs and language tags again): what it reads is still checked, since the export is re-read by the strict
#: parser and must hold exactly the triples read; a graph file the strict parser refuses is told apart when
#: the check fails (`refuse`). Decision 0972.
LENIENT = True
#: Lines made and handed on at a time by `read_groups`.
BATCH_LINES = 10_000
TRIPLE_OF = operator.attrgetter("triple")


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Python's cyclic garbage collector off while an export reads and writes: its millions of tuples and lists
    hold no cycle, and each full collection walks them all (0.4-0.5 s of the merged graph's reading)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


#: Whether the strict re-read runs in this process after the writing (as a fallback, and in tests) instead
#: of in a second process beside it.
CHECK_IN_PROCESS = False


def streamed_turtle(graph_path: Path) -> str | None:
    """The Turtle export of a graph file read by pyoxigraph, checked by a strict re-read; None when the graph
    has blank nodes (their labels are made canonical on rdflib graphs: `export_graph`).

    The triples are read once and grouped as text (`read_groups`), and written by `turtle_from_groups` (the
    same bytes as `export_graph`). A second process (graph_build/export/turtle_check.py) is handed the
    triples as they are read (their canonical lines, decision 0971) and parses the text strictly as it is
    written; the two sets of triples must be equal. When that
    process cannot run, the same check runs here after the writing. Figures: docs/performance.md.
    """
    if not graph_path.is_file():
        raise DrugkgError("built graph not found", where=graph_path, fix="run `drugkg build` first, or pass --graph")
    checker = None if CHECK_IN_PROCESS else start_checker()
    sink = None if checker is None else Sink(checker)
    try:
        with no_gc():
            try:
                groups = read_groups(graph_path, None if sink is None else sink.lines)
            except BlankNodeFound:
                return None
            except (SyntaxError, ValueError, OSError) as exc:
                raise DrugkgError(f"cannot parse the graph ({exc})".splitlines()[0], where=graph_path) from None
            if sink is not None:
                sink.lines([])  # the end of the expected lines; the export follows
            try:
                text = turtle_from_groups(groups, sink)
            except DrugkgError:
                strictly_parsed(graph_path)
                raise
            del groups
        verdict = checker_verdict(checker, sink) if checker is not None else None
        checker = None
        if verdict is None:
            verdict = compare(str(graph_path), io.BytesIO(text.encode("utf-8")))
    finally:
        stop_checker(checker, sink)
    refuse(verdict, "turtle", graph_path)
    return text


def refuse(verdict: dict, fmt: str, graph_path: Path) -> None:
    """`refuse_on`, but when the check failed and the strict parser refuses the graph file itself (the writers
    read it leniently: `LENIENT`), the error is the graph's: it cannot be parsed."""
    if verdict.get("lost") or verdict.get("added") or "syntax" in verdict or "input" in verdict:
        strictly_parsed(graph_path)
    refuse_on(verdict, fmt)


def strictly_parsed(graph_path: Path) -> None:
    """Raises the graph's one-line error when pyoxigraph's strict parser refuses the graph file (the writers read
    it leniently: a writer's error or a failed check on such a file is the graph's fault)."""
    from base.store import rdf_format

    try:
        collections.deque(ox.parse(path=str(graph_path), format=rdf_format(graph_path)), maxlen=0)
    except (SyntaxError, ValueError, OSError) as exc:
        raise DrugkgError(f"cannot parse the graph ({exc})".splitlines()[0], where=graph_path) from None


def refuse_on(verdict: dict, fmt: str) -> None:
    """Raise the one-line error for a re-read check's `verdict` on the `fmt` export: it does not parse strictly, or
    it lost or added triples; nothing when the export is the graph.

    >>> refuse_on({"lost": 0, "added": 0}, "trig")
    >>> refuse_on({"lost": 1, "added": 0}, "trig")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    base.errors.DrugkgError: the trig export differs from the graph (1 triples lost, 0 added)...
    """
    if "syntax" in verdict or "input" in verdict:
        raise DrugkgError(
            f"the {fmt} export does not parse strictly ({verdict.get('syntax') or verdict.get('input')})",
            fix="nothing was written; please report this as a bug",
        )
    if verdict.get("lost") or verdict.get("added"):
        raise DrugkgError(
            f"the {fmt} export differs from the graph ({verdict['lost']} triples lost, {verdict['added']} added)",
            fix="nothing was written; please report this as a bug",
        )


def start_checker(*args: str) -> subprocess.Popen | None:
    """The checking process (turtle_check.py reading the graph's lines, then the export, from its stdin; `args`: the
    export's pyoxigraph format name when it is not Turtle), or None when it cannot start (the check then runs here)."""
    try:
        return subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("turtle_check.py")), "-", *args],  # the lines: from here
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return None


class Sink:
    """Hands the graph's lines and the export to the checking process; remembers a broken pipe (the check then runs
    here).

    The pieces go through a queue to a thread that writes them to the pipe (a write to a pipe lets go of the
    GIL): the writer never waits for the checking process to take a piece, which it did for 0.5-1.4 s of
    the merged graph's export while that process parsed (decision 0972). The pieces queued are those the
    writer keeps anyway (the export) or one batch of lines each."""

    def __init__(self, checker: subprocess.Popen) -> None:
        self.pipe = checker.stdin
        self.broken = False
        self.pieces: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.thread: threading.Thread | None = threading.Thread(target=self._write, name="checker-pipe", daemon=True)
        self.thread.start()

    def _write(self) -> None:
        while (piece := self.pieces.get()) is not None:
            if not self.broken:
                try:
                    self.pipe.write(piece)
                except (BrokenPipeError, OSError, ValueError):
                    self.broken = True

    def send(self, piece: bytes) -> None:
        self.pieces.put(piece)

    def __call__(self, piece: str) -> None:
        self.send(piece.encode("utf-8"))

    def lines(self, batch: list[str]) -> None:
        """Hands on a batch of the graph's canonical lines (an empty batch: their end)."""
        self.send(frame(batch))

    def close(self) -> None:
        """Waits until every piece is written (or the pipe broke); the pipe stays open."""
        if self.thread is not None:
            self.pieces.put(None)
            self.thread.join()
            self.thread = None


def checker_verdict(checker: subprocess.Popen, sink: Sink | None) -> dict | None:
    """The checking process's answer, or None when it did not give one (the check then runs here)."""
    if sink is not None:
        sink.close()
    try:
        out, _ = checker.communicate(timeout=CHECK_TIMEOUT)
    except (BrokenPipeError, OSError, ValueError, subprocess.TimeoutExpired):
        checker.kill()
        checker.wait()
        return None
    if checker.returncode != 0 or (sink is not None and sink.broken):
        return None
    try:
        verdict = json.loads(out)
    except ValueError:
        return None
    return verdict if isinstance(verdict, dict) else None


def stop_checker(checker: subprocess.Popen | None, sink: Sink | None) -> None:
    """Ends a checking process that gave no answer (the export failed or was left to the rdflib path) and its
    pipe's thread."""
    if checker is not None and checker.poll() is None:
        checker.kill()
        checker.wait()
    if sink is not None:
        sink.close()


#: Seconds to wait for the checking process once the text is written (it has read along meanwhile).
CHECK_TIMEOUT = 3600
