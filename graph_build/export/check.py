"""Check RDF exports: re-read by pyoxigraph's strict parser and compared with the graph they came from.

rdflib's parser accepts much invalid Turtle and rdflib's serializers write invalid IRIs without complaint,
so every export is parsed again with Oxigraph (strict) and must be isomorphic to the graph. Literals are
converted without rdflib's normalisation, so a changed lexical form ("1" written as 1.0) is a difference.

Without blank nodes (the project's graphs have none) the comparison streams: each triple of the export, as
pyoxigraph parses it, and each triple of the graph is written as its canonical N-Triples line and reduced
to a 16-byte digest; the export passes when both sets of digests are equal. No second or third rdflib graph
is built (on the 1.3M-triple merged graph those took most of the export's time and memory: issue 17).
With blank nodes, the graphs are compared by rdflib's isomorphism as before.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import XSD

from base import rdf_terms
from base.errors import DrugkgError
from base.rdf_terms import to_ox

#: Export format -> the Oxigraph format that reads it back.
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "xml": ox.RdfFormat.RDF_XML,
}


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> URIRef | BNode | Literal:
    """An Oxigraph term as an rdflib term, keeping a literal's lexical form and plain strings plain.

    >>> to_rdflib(ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")))
    rdflib.term.Literal('1', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    """
    return rdf_terms.to_rdflib(term, normalize=False)


def strict_triples(data: bytes | str, fmt: ox.RdfFormat, base_iri: str | None = None) -> Graph:
    """Parse `data` with Oxigraph's strict parser; named graphs are merged into one graph."""
    graph = Graph()
    for quad in ox.parse(data.encode("utf-8") if isinstance(data, str) else data, fmt, base_iri=base_iri):
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def _plain(graph: Graph) -> Graph:
    """A copy of `graph` in which every literal is un-normalised (as Oxigraph gives it)."""
    copy = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal):
            o = Literal(
                str(o), lang=o.language, datatype=None if o.datatype == XSD.string else o.datatype, normalize=False
            )
        copy.add((s, p, o))
    return copy


def same_graph(first: Graph, second: Graph) -> bool:
    """Whether the two graphs are isomorphic (set equality when neither has blank nodes)."""
    has_bnodes = any(isinstance(t, BNode) for g in (first, second) for triple in g for t in triple)
    if not has_bnodes:
        return len(first) == len(second) and all(triple in second for triple in first)
    return isomorphic(first, second)


def difference(first: Graph, second: Graph, limit: int = 3) -> str:
    """A few triples that are in one graph only, for error messages."""
    _, only_first, only_second = graph_diff(to_isomorphic(first), to_isomorphic(second))
    lines = [f"- {t}" for t in sorted(only_first, key=str)[:limit]]
    lines += [f"+ {t}" for t in sorted(only_second, key=str)[:limit]]
    return "; ".join(lines)


class HasBlankNodes(Exception):
    """A graph or export holds blank nodes (or terms Oxigraph refuses): compare by isomorphism instead."""


def _digest(line: str) -> bytes:
    return hashlib.blake2b(line.encode("utf-8"), digest_size=16).digest()


def _line(subject, predicate, obj) -> str:
    if isinstance(subject, ox.BlankNode) or isinstance(obj, ox.BlankNode):
        raise HasBlankNodes
    return str(ox.Triple(subject, predicate, obj))


def export_lines(data: bytes | str, fmt: ox.RdfFormat):
    """The canonical N-Triples line of every triple of an export as pyoxigraph's strict parser reads it
    (named graphs merged); raises HasBlankNodes at a blank node, SyntaxError at invalid input."""
    for quad in ox.parse(data.encode("utf-8") if isinstance(data, str) else data, fmt):
        yield _line(quad.subject, quad.predicate, quad.object)


def graph_lines(graph: Graph):
    """The canonical N-Triples line of every triple of an rdflib graph (literals un-normalised)."""
    for s, p, o in graph:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise HasBlankNodes
        yield _line(to_ox(s), to_ox(p), to_ox(o))


def _streamed_difference(text: str, fmt: str, graph: Graph) -> str | None:
    """None when the export holds exactly the graph's triples, else a few that differ; raises HasBlankNodes."""
    try:
        expected = {_digest(line) for line in graph_lines(graph)}
    except ValueError:  # an IRI Oxigraph refuses (export_text checks IRIs first): compare the slow way
        raise HasBlankNodes from None
    found = {_digest(line) for line in export_lines(text, OX_FORMATS[fmt])}
    if found == expected:
        return None
    lost, added = expected - found, found - expected
    lines = [f"- {line}" for line in sorted(x for x in graph_lines(graph) if _digest(x) in lost)[:3]]
    lines += [
        f"+ {line}" for line in sorted({x for x in export_lines(text, OX_FORMATS[fmt]) if _digest(x) in added})[:3]
    ]
    return "; ".join(lines)


def _unparsable(fmt: str, exc: Exception, where: str | Path | None) -> DrugkgError:
    return DrugkgError(
        f"the {fmt} export does not parse strictly ({exc})".splitlines()[0],
        where=where,
        fix="nothing was written; please report this as a bug",
    )


def check_export(text: str, fmt: str, graph: Graph, where: str | Path | None = None) -> None:
    """Raise DrugkgError unless `text` (an export in `fmt`) parses strictly and holds exactly `graph`."""
    if fmt not in OX_FORMATS:
        return
    try:
        diff = _streamed_difference(text, fmt, graph)
    except HasBlankNodes:
        pass
    except (SyntaxError, ValueError) as exc:
        raise _unparsable(fmt, exc, where) from None
    else:
        if diff is not None:
            raise DrugkgError(
                f"the {fmt} export differs from the graph ({diff})",
                where=where,
                fix="nothing was written; please report this as a bug",
            )
        return
    try:
        reread = strict_triples(text, OX_FORMATS[fmt])
    except (SyntaxError, ValueError) as exc:
        raise _unparsable(fmt, exc, where) from None
    expected = _plain(graph)
    if not same_graph(reread, expected):
        raise DrugkgError(
            f"the {fmt} export differs from the graph ({difference(expected, reread)})",
            where=where,
            fix="nothing was written; please report this as a bug",
        )


@dataclass(frozen=True)
class ConformanceResult:
    name: str
    passed: bool
    detail: str = ""


def turtle_eval_tests(folder: Path) -> list[tuple[str, Path, Path, str]]:
    """The W3C Turtle evaluation tests of a manifest folder: (name, action, result, base IRI)."""
    manifest = folder / "manifest.ttl"
    base = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/"
    mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
    g = strict_triples(manifest.read_bytes(), ox.RdfFormat.TURTLE, base_iri=base + "manifest.ttl")
    eval_type = URIRef("http://www.w3.org/ns/rdftest#TestTurtleEval")
    tests = []
    for test in g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), eval_type):
        action = str(g.value(test, URIRef(mf + "action")))
        result = str(g.value(test, URIRef(mf + "result")))
        name = str(g.value(test, URIRef(mf + "name")))
        tests.append((name, folder / action.removeprefix(base), folder / result.removeprefix(base), action))
    return sorted(tests)


def reserialise_turtle_tests(folder: Path, write: object | None = None) -> list[ConformanceResult]:
    """Parse each W3C Turtle evaluation input, write it with the project's writer, re-read it strictly and
    compare it with the expected N-Triples."""
    from graph_build.write import turtle_from_triples

    writer = write or turtle_from_triples
    results = []
    for name, action, result, base in turtle_eval_tests(folder):
        expected = strict_triples(result.read_bytes(), ox.RdfFormat.N_TRIPLES)
        try:
            source = strict_triples(action.read_bytes(), ox.RdfFormat.TURTLE, base_iri=base)
            text = writer(_triples(source))  # type: ignore[operator]
            reread = strict_triples(text, ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError, DrugkgError) as exc:
            results.append(ConformanceResult(name, False, f"{type(exc).__name__}: {exc}".splitlines()[0]))
            continue
        ok = same_graph(reread, expected)
        results.append(ConformanceResult(name, ok, "" if ok else difference(expected, reread)))
    return results


def _triples(graph: Graph) -> Iterable:
    return iter(graph)


def _kgx_rows(path: Path) -> list[dict[str, list[str]]]:
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {k: v.split("|") if v else [] for k, v in row.items()} for row in csv.DictReader(handle, delimiter="\t")
        ]


def _kgx_jsonl_rows(path: Path) -> list[dict[str, list[str]]]:
    import json

    def values(value: object) -> list[str]:
        items = value if isinstance(value, list) else [value]
        return [str(v).lower() if isinstance(v, bool) else str(v) for v in items]

    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append({k: values(v) for k, v in json.loads(line).items()})
                except (json.JSONDecodeError, AttributeError):
                    raise DrugkgError(f"line {number} is not a JSON object", where=path) from None
    return rows


def validate_path(path: Path) -> tuple[list[str], str]:
    """Problems of a Turtle file (strict syntax, then SHACL) or of a KGX folder (offline Biolink checks),
    in plain words, and what was checked. Unreadable input raises DrugkgError."""
    from graph_build.export.biolink import biolink_problems
    from graph_build.validate import shacl_violations

    path = Path(path)
    if path.is_dir():
        for suffix, read in (("tsv", _kgx_rows), ("jsonl", _kgx_jsonl_rows)):
            nodes, edges = path / f"nodes.{suffix}", path / f"edges.{suffix}"
            if nodes.is_file() and edges.is_file():
                return biolink_problems(read(nodes), read(edges)), f"KGX {suffix}, offline Biolink checks"
        raise DrugkgError("a folder must hold KGX nodes.tsv and edges.tsv (or nodes.jsonl and edges.jsonl)", where=path)
    if not path.is_file():
        raise DrugkgError("file not found", where=path, fix="check the path")
    try:
        graph = strict_triples(path.read_bytes(), ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri())
    except SyntaxError as exc:
        raise DrugkgError(f"not valid Turtle ({exc})".splitlines()[0], where=path, fix="fix the syntax") from None
    from graph_build.assemble import bind_prefixes

    violations = shacl_violations(bind_prefixes(graph))
    return [plain_words(v) for v in violations], f"{len(graph)} triples, SHACL shapes of ontology/shapes.ttl"


PLAIN = (
    (re.compile(r"^Less than (\d+) values on .*"), "needs at least {0} value(s) of {path}"),
    (re.compile(r"^More than (\d+) values on .*"), "may have at most {0} value(s) of {path}"),
    (re.compile(r"^Value is not Literal with datatype (\S+)"), "{path} must be a literal of type {0}"),
    (re.compile(r"^Value does not have class (\S+)"), "{path} must point to a {0}"),
    (re.compile(r"^Value is not in .*"), "{path} is not one of the allowed values"),
)


def plain_words(violation: object) -> str:
    """A SHACL result as a sentence: `claim:x: needs at least 1 value(s) of dkg:subject`."""
    focus, path, value = violation.focus, violation.path, violation.value  # type: ignore[attr-defined]
    message = violation.message  # type: ignore[attr-defined]
    for pattern, template in PLAIN:
        found = pattern.match(message)
        if found:
            message = template.format(*found.groups(), path=path or "the value")
            break
    else:
        message = f"{path}: {message}" if path else message
    shown = f" (found: {value})" if value and value != focus else ""
    return f"{focus}: {message}{shown}"
