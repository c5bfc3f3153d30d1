"""Serialise graphs deterministically and write them atomically.

`turtle_text` is the project's own Turtle writer (docs/decisions/0300-own-turtle-writer.md): statements
grouped by subject, subjects, predicates and objects sorted, `rdf:type` first as `a`, readable prefixes
from ontology/prefixes.yaml (only those used are declared), and every literal written with the lexical form
it has (`"1"^^xsd:decimal` stays "1", never 1.0). IRIs that Turtle cannot carry (spaces, quotes, control
characters, `<>{}|^`\\`) are refused with a DrugkgError instead of being written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF, XSD

from base.atomic import write_text
from base.errors import DrugkgError
from ontology import prefix_map

Term = URIRef | BNode | Literal
Triple = tuple[Term, Term, Term]

#: Characters an IRI may not contain in Turtle or N-Triples (IRIREF production, RDF 1.1 Turtle §6.5).
BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')
#: Local names written as prefixed names: a conservative subset of PN_LOCAL that needs no escapes.
LOCAL = re.compile(r"^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?)?$")
PREFIX = re.compile(r"^[A-Za-z](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$")
LANG = re.compile(r"^[a-zA-Z]+(?:-[a-zA-Z0-9]+)*$")
#: Literals written without quotes when their lexical form is exactly the Turtle shorthand token.
SHORTHAND = {
    XSD.integer: re.compile(r"^[+-]?[0-9]+$"),
    XSD.decimal: re.compile(r"^[+-]?[0-9]*\.[0-9]+$"),
    XSD.double: re.compile(r"^[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+$"),
    XSD.boolean: re.compile(r"^(?:true|false)$"),
}
ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
INDENT = "    "


def check_iri(iri: str) -> str:
    """Return `iri` unchanged, or raise DrugkgError when Turtle and N-Triples cannot carry it.

    >>> check_iri("https://w3id.org/drugkg/entity/clonazepam")
    'https://w3id.org/drugkg/entity/clonazepam'
    >>> check_iri("https://example.org/a b")
    Traceback (most recent call last):
    base.errors.DrugkgError: invalid IRI 'https://example.org/a b' (character ' ' is not allowed); ...
    """
    bad = BAD_IRI.search(iri)
    if bad:
        raise DrugkgError(
            f"invalid IRI {iri!r} (character {bad.group()!r} is not allowed)",
            fix="percent-encode the character where the IRI is made (e.g. %20 for a space)",
        )
    return iri


def check_iris(graph: Graph) -> None:
    """Raise DrugkgError for the first IRI of `graph` (in any position) that Turtle cannot carry."""
    for triple in graph:
        for node in triple:
            if isinstance(node, URIRef):
                check_iri(str(node))
            elif isinstance(node, Literal) and node.datatype is not None:
                check_iri(str(node.datatype))


#: Characters a string literal writes escaped: ESCAPES, other C0 and C1 controls, DEL and lone surrogates.
NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f-\x9f\ud800-\udfff]')


def _escaped(found: re.Match) -> str:
    ch = found.group()
    return ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def escape(text: str) -> str:
    """`text` as the inside of a quoted Turtle or N-Triples string: `\\n`, `\\"` and the like, other
    controls as `\\uXXXX`, everything else as it is.

    >>> print(escape('say "hi"\\n\\x01\u00e9'))
    say \\"hi\\"\\n\\u0001\u00e9
    """
    return NEEDS_ESCAPE.sub(_escaped, text) if NEEDS_ESCAPE.search(text) else text


_escape = escape  # the name graph_build/export/rdf.py imports


class TurtleWriter:
    """Writes terms with the prefixes of a prefix map; remembers which prefixes it used."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        usable = {p: ns for p, ns in prefixes.items() if PREFIX.match(p) and not BAD_IRI.search(ns)}
        # longest namespace first, so that a nested namespace wins over its parent
        self.namespaces = sorted(usable.items(), key=lambda item: (-len(item[1]), item[0]))
        self.used: set[str] = set()
        self.bnodes: dict[BNode, str] = {}
        self._iris: dict[str, tuple[str | None, str]] = {}  # IRI -> (the prefix it used, its text): IRIs repeat

    def iri(self, iri: URIRef) -> str:
        text = str(iri)
        known = self._iris.get(text)
        if known is None:
            known = self._iris[text] = self._written(check_iri(text))
        if known[0] is not None:
            self.used.add(known[0])
        return known[1]

    def _written(self, text: str) -> tuple[str | None, str]:
        for prefix, ns in self.namespaces:
            if text.startswith(ns) and LOCAL.match(text[len(ns) :]):
                return prefix, f"{prefix}:{text[len(ns) :]}"
        return None, f"<{text}>"

    def bnode(self, node: BNode) -> str:
        if node not in self.bnodes:
            self.bnodes[node] = f"_:b{len(self.bnodes)}"
        return self.bnodes[node]

    def literal(self, lit: Literal) -> str:
        lexical = str(lit)
        if lit.language:
            if not LANG.match(lit.language):
                raise DrugkgError(f"invalid language tag {lit.language!r}", fix="use a BCP 47 tag such as 'en'")
            return f'"{_escape(lexical)}"@{lit.language}'
        datatype = lit.datatype
        if datatype is None or datatype == XSD.string:
            return f'"{_escape(lexical)}"'
        pattern = SHORTHAND.get(datatype)
        if pattern is not None and pattern.match(lexical):
            return lexical
        return f'"{_escape(lexical)}"^^{self.iri(datatype)}'

    def term(self, node: Term) -> str:
        if isinstance(node, Literal):
            return self.literal(node)
        if isinstance(node, BNode):
            return self.bnode(node)
        return self.iri(node)


def _kind(node: Term) -> int:
    return 0 if isinstance(node, URIRef) else 1 if isinstance(node, BNode) else 2


def _node_key(node: Term) -> tuple:
    if isinstance(node, Literal):
        return (2, str(node), str(node.datatype or ""), node.language or "")
    return (_kind(node), str(node))


def _predicate_key(node: Term) -> tuple:
    return (0 if node == RDF.type else 1, str(node))


def turtle_from_triples(triples: Iterable[Triple], prefixes: Mapping[str, str] | None = None) -> str:
    """Turtle text of `triples`: grouped by subject, sorted, with readable prefixes.

    Blank node labels follow the order of the sorted output; give canonical blank node ids (as
    `turtle_text` does) when the output must be the same across runs.

    >>> ex = "https://w3id.org/drugkg/entity/"
    >>> print(turtle_from_triples([(URIRef(ex + "a"), RDF.type, URIRef(ex + "B")),
    ...                            (URIRef(ex + "a"), URIRef(ex + "p"), Literal("1", datatype=XSD.decimal))]))
    @prefix ent: <https://w3id.org/drugkg/entity/> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    <BLANKLINE>
    ent:a a ent:B ;
        ent:p "1"^^xsd:decimal .
    <BLANKLINE>
    """
    writer = TurtleWriter(prefix_map() if prefixes is None else prefixes)
    blocks = turtle_blocks(writer, triples)
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(writer.namespaces) if p in writer.used)
    return header + ("\n" if header and blocks else "") + "\n".join(blocks)


def turtle_blocks(writer: TurtleWriter, triples: Iterable[Triple]) -> list[str]:
    """One Turtle statement block per subject (sorted), written with `writer` (which records the prefixes
    it used); the body of a Turtle file or of a TriG graph."""
    by_subject: dict[Term, dict[Term, list[Term]]] = {}
    for s, p, o in triples:
        if not isinstance(p, URIRef):
            raise DrugkgError(f"a predicate must be an IRI, not {p!r}")
        by_subject.setdefault(s, {}).setdefault(p, []).append(o)
    blocks = []
    for subject in sorted(by_subject, key=_node_key):
        lines = []
        for predicate in sorted(by_subject[subject], key=_predicate_key):
            verb = "a" if predicate == RDF.type else writer.iri(predicate)
            objects = sorted(set(by_subject[subject][predicate]), key=_node_key)
            written = [writer.term(o) for o in objects]
            if len(written) > 1 and sum(len(w) for w in written) > 80:
                lines.append(f"{verb} " + (",\n" + INDENT * 2).join(written))
            else:
                lines.append(f"{verb} " + ", ".join(written))
        blocks.append(writer.term(subject) + " " + (" ;\n" + INDENT).join(lines) + " .\n")
    return blocks


def turtle_text(graph: Graph, prefixes: Mapping[str, str] | None = None) -> str:
    """The graph as Turtle; the same graph always gives the same text (docs/integration.md).

    >>> turtle_text(Graph())
    ''
    """
    triples = list(graph)  # read once (a context-aware store's iteration is not cheap)
    if any(isinstance(t, BNode) for triple in triples for t in triple):
        return turtle_from_triples(to_canonical_graph(graph), prefixes)
    return turtle_from_triples(triples, prefixes)


def write_turtle(graph: Graph, path: str | Path) -> Path:
    """Write the graph as Turtle to `path`, atomically."""
    path = Path(path)
    write_text(path, turtle_text(graph))
    return path
