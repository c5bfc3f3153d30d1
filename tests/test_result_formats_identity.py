"""The fast SPARQL result writers (queries/formats.py, decision 0952) write the bytes of the plain ones.

The reference writers below are the straightforward versions the fast ones replaced: a dict per value for
json.dumps, xml.sax.saxutils per value, csv.writer over `_plain` cells, str(term) for TSV. Both run on
edge cases (unbound values, language tags, datatypes, blank nodes, control and non-ASCII characters) and on
every library query over the project's built graph; the row cap is checked against a count per row.
"""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
import pytest

from queries.engine import LimitExceeded, OxigraphEngine, Result, load_store
from queries.formats import XSD_STRING, write_result
from queries.library import get_query, load_library

X = "http://x/"
WEIRD = "a\"b\\c\n\r\t\x00\x01\x1f\x7f é \u2028 😀 <&>' ,;"


def reference_json(result: Result) -> str:
    def term(t):
        if isinstance(t, ox.NamedNode):
            return {"type": "uri", "value": t.value}
        if isinstance(t, ox.BlankNode):
            return {"type": "bnode", "value": t.value}
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            out["datatype"] = t.datatype.value
        return out

    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    rows = [{v: term(t) for v, t in zip(result.variables, row, strict=True) if t is not None} for row in result.rows]
    head = {"head": {"vars": result.variables}, "results": {"bindings": rows}}
    return json.dumps(head, ensure_ascii=False) + "\n"


def reference_xml(result: Result) -> str:
    def term(t):
        if isinstance(t, ox.NamedNode):
            return f"<uri>{escape(t.value)}</uri>"
        if isinstance(t, ox.BlankNode):
            return f"<bnode>{escape(t.value)}</bnode>"
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"

    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ask":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
    out.append("<results>")
    for row in result.rows:
        cells = "".join(
            f"<binding name={quoteattr(v)}>{term(t)}</binding>"
            for v, t in zip(result.variables, row, strict=True)
            if t is not None
        )
        out.append(f"<result>{cells}</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def reference_csv(result: Result) -> str:
    def plain(t):
        return "" if t is None else f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerows([["_askResult"], ["true" if result.boolean else "false"]])
    else:
        writer.writerow(result.variables)
        writer.writerows([plain(t) for t in row] for row in result.rows)
    return buffer.getvalue()


def reference_tsv(result: Result) -> str:
    if result.kind == "ask":
        return "?_askResult\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


REFERENCES = {"json": reference_json, "xml": reference_xml, "csv": reference_csv, "tsv": reference_tsv}


def assert_same_bytes(result: Result, label: str) -> None:
    for fmt, reference in REFERENCES.items():
        assert write_result(result, fmt) == reference(result).encode("utf-8"), (label, fmt)


@pytest.fixture(scope="module")
def edge_engine() -> OxigraphEngine:
    store = ox.Store()
    objects = [
        ox.Literal(WEIRD),
        ox.Literal("hi", language="en-GB"),
        ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ox.Literal("x", datatype=ox.NamedNode("http://x/dt&'q")),
        ox.BlankNode("b1"),
        ox.NamedNode("http://x/o&'q"),
        ox.Literal(""),
        ox.Literal("a,b"),
        ox.Literal("line\nbreak"),
    ]
    for index, obj in enumerate(objects):
        store.add(ox.Quad(ox.NamedNode(f"{X}s{index}"), ox.NamedNode(X + "p"), obj))
    store.add(ox.Quad(ox.BlankNode("bb"), ox.NamedNode(X + "p"), ox.Literal(WEIRD, language="fr")))
    return OxigraphEngine(store)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?s ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://nothing> ?none } }",
        "SELECT ?o WHERE { ?s ?p ?o } ORDER BY STR(?o)",
        "SELECT ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://nothing> ?none } }",
        "SELECT ?none ?x WHERE { ?s ?p ?o OPTIONAL { ?s <http://n> ?none } OPTIONAL { ?s <http://m> ?x } }",
        "SELECT * WHERE { }",
        "SELECT ?s WHERE { ?s <http://nothing> ?o }",
        "SELECT ?été WHERE { ?été ?p ?o }",
        "SELECT (COUNT(*) AS ?n) (1.5 AS ?d) (true AS ?b) (STRLANG('x', 'de') AS ?l) WHERE { ?s ?p ?o }",
        "ASK { ?s ?p ?o }",
        "ASK { ?s <http://nothing> ?o }",
    ],
)
def test_edge_cases_write_the_reference_bytes(edge_engine, text):
    result = edge_engine.query(text, row_limit=10000)
    assert len(result) >= 1 or result.kind == "select"
    assert_same_bytes(result, text)


def test_the_row_cap_stops_at_one_past_the_limit(edge_engine):
    """The cap's message and the rows below it, as a count per row gives them; graphs too."""
    text = "SELECT ?s ?o WHERE { ?s ?p ?o }"
    total = len(edge_engine.query(text).rows)
    assert len(edge_engine.query(text, row_limit=total).rows) == total
    for limit in (total - 1, 1, 0):
        with pytest.raises(LimitExceeded) as caught:
            edge_engine.query(text, row_limit=limit)
        assert caught.value.limit_kind == "rows"
        assert (
            caught.value.line()
            == f"query cancelled: the answer has more than {limit} rows; add a LIMIT or narrow the pattern"
        )
    with pytest.raises(LimitExceeded, match="more than 2 triples"):
        edge_engine.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", row_limit=2)
    assert len(edge_engine.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", row_limit=total).triples) == total


def test_the_time_limit_path_gives_the_same_rows(edge_engine):
    text = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s"
    assert edge_engine.query(text, time_limit=60.0).rows == edge_engine.query(text).rows


def test_every_library_query_on_the_built_graph_writes_the_reference_bytes(built):
    graph_file = next(p for p in built.outputs if p.name == "drugkg.ttl")
    engine = OxigraphEngine(load_store([graph_file]))
    forms = set()
    for name in sorted(load_library()):
        try:  # unbound parameters: the question for every value at once, within the server's cap
            result = engine.query(get_query(name).text, row_limit=10000)
        except LimitExceeded:
            continue
        forms.add(result.kind)
        if result.kind != "graph":
            assert_same_bytes(result, name)
    assert "select" in forms
