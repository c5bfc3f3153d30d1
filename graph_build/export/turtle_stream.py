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

import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from base.errors import DrugkgError
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


def turtle_from_groups(groups: Groups) -> str:
    """The Turtle text of grouped triples, byte for byte what `turtle_from_triples` writes for them.

    >>> ex = "https://w3id.org/drugkg/entity/"
    >>> groups = {ex + "a": {RDF_TYPE: [(0, ex + "B")],
    ...           ex + "p": [(2, "1.5", "http://www.w3.org/2001/XMLSchema#decimal", "")]}}
    >>> print(turtle_from_groups(groups), end="")
    @prefix ent: <https://w3id.org/drugkg/entity/> .
    <BLANKLINE>
    ent:a a ent:B ;
        ent:p 1.5 .
    """
    writer = TextTurtleWriter()
    iri, term = writer.iri, writer.term
    separator, object_separator = " ;\n" + INDENT, ",\n" + INDENT * 2
    blocks = []
    for subject in sorted(groups):
        lines = []
        predicates = groups[subject]
        for predicate in sorted(predicates, key=_predicate_key) if len(predicates) > 1 else predicates:
            verb = "a" if predicate == RDF_TYPE else iri(predicate)
            objects = predicates[predicate]
            if len(objects) > 1:
                written = [term(o) for o in sorted(set(objects))]
                if len(written) > 1 and sum(len(w) for w in written) > 80:
                    lines.append(f"{verb} " + object_separator.join(written))
                    continue
                lines.append(f"{verb} " + ", ".join(written))
            else:
                lines.append(f"{verb} {term(objects[0])}")
        blocks.append(iri(subject) + " " + separator.join(lines) + " .\n")
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(writer.namespaces) if p in writer.used)
    return header + ("\n" if header and blocks else "") + "\n".join(blocks)


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


def read_groups(graph_path: Path, digests: set[int]) -> Groups:
    """The triples of a graph file, read once by pyoxigraph and grouped by subject and predicate as text
    (no term object is kept); the hash of each triple's canonical N-Triples line is added to `digests`
    (Python's string hash: 64 bits, keyed at random per process; decision 0940). Raises
    BlankNodeFound at a blank node (or any term that is neither an IRI nor a literal)."""
    from base.progress import Progress
    from base.store import rdf_format

    fmt = rdf_format(graph_path)
    groups: Groups = {}
    objects_seen: dict[str, tuple] = {}  # IRI objects repeat (classes, shared targets): one key each
    predicates_seen: dict[str, str] = {}
    bar = Progress(None, "exporting", "triple")  # progress on stderr (base/progress.py); ends with the reading
    add = digests.add
    last, by_predicate = "", {}
    for n, quad in enumerate(ox.parse(path=str(graph_path), format=fmt), 1):
        if n % 10_000 == 0:
            bar.update(10_000)
        # a quad of the default graph prints as its triple's canonical N-Triples line
        line = str(quad.triple) if fmt.supports_datasets else str(quad)
        add(hash(line))
        subject, predicate, obj = line.split(" ", 2)
        if subject[0] != "<" or obj[0] == "_" or obj.startswith("<<"):
            raise BlankNodeFound
        predicate = predicates_seen.get(predicate) or predicates_seen.setdefault(predicate, predicate[1:-1])
        if obj[0] == "<":
            key = objects_seen.get(obj)
            if key is None:
                key = objects_seen[obj] = (0, obj[1:-1])
        else:
            key = object_key(obj)
        if subject != last:  # a file's triples usually come subject by subject
            last = subject
            by_predicate = groups.get(subject)
            if by_predicate is None:
                by_predicate = groups[subject] = {}
        objects = by_predicate.get(predicate)
        if objects is None:
            by_predicate[predicate] = [key]
        else:
            objects.append(key)
    bar.close()
    return {subject[1:-1]: by_predicate for subject, by_predicate in groups.items()}


def reread_digests(text: str) -> Iterator[int]:
    """The hash of every triple's canonical N-Triples line, as pyoxigraph's strict parser reads a Turtle text."""
    for quad in ox.parse(text.encode("utf-8"), ox.RdfFormat.TURTLE):
        yield hash(str(quad))  # a blank node here gives a line the graph's triples cannot have


def streamed_turtle(graph_path: Path) -> str | None:
    """The Turtle export of a graph file read by pyoxigraph, checked by a strict re-read; None when the graph
    has blank nodes (their labels are made canonical on rdflib graphs: `export_graph`).

    The triples are read once and grouped as pyoxigraph terms, and written by `turtle_from_groups` (the same
    bytes as `export_graph`). The digest of each triple's canonical N-Triples line is kept, and the written
    text, parsed again by pyoxigraph, must give the same set (graph_build/export/check.py). Figures on the
    1.3M-triple merged graph: docs/performance.md.
    """
    if not graph_path.is_file():
        raise DrugkgError("built graph not found", where=graph_path, fix="run `drugkg build` first, or pass --graph")
    expected: set[int] = set()
    try:
        groups = read_groups(graph_path, expected)
    except BlankNodeFound:
        return None
    except (SyntaxError, ValueError, OSError) as exc:
        raise DrugkgError(f"cannot parse the graph ({exc})".splitlines()[0], where=graph_path) from None
    text = turtle_from_groups(groups)
    del groups
    try:
        found = set(reread_digests(text))
    except (SyntaxError, ValueError) as exc:
        raise DrugkgError(
            f"the turtle export does not parse strictly ({exc})".splitlines()[0],
            fix="nothing was written; please report this as a bug",
        ) from None
    if found != expected:
        raise DrugkgError(
            f"the turtle export differs from the graph ({len(expected - found)} triples lost,"
            f" {len(found - expected)} added)",
            fix="nothing was written; please report this as a bug",
        )
    return text
