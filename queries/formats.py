"""Writing query results: SPARQL 1.1 result formats for SELECT/ASK, RDF formats for CONSTRUCT/DESCRIBE.

Every writer is deterministic (same result, same bytes). `table` is the aligned text for a terminal.
"""

from __future__ import annotations

import csv
import io
import json
import re
from json.encoder import encode_basestring as _jstr
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

from base.errors import DrugkgError
from queries.engine import Result, Term

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# The project's namespaces, mirroring ontology/vocab.py (tests/test_query_formats.py proves them equal),
# used to shorten IRIs in tables and Turtle. Kept here so the read side needs no rdflib import.
PREFIXES = {
    "dkg": "https://w3id.org/drugkg/ontology#",
    "ent": "https://w3id.org/drugkg/entity/",
    "claim": "https://w3id.org/drugkg/claim/",
    "evidence": "https://w3id.org/drugkg/evidence/",
    "doc": "https://w3id.org/drugkg/document/",
    "biolink": "https://w3id.org/biolink/vocab/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}
RESULT_FORMATS = {  # name -> media type, for SELECT and ASK
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "table": "text/plain",
}
GRAPH_FORMATS = {  # name -> (media type, pyoxigraph format), for CONSTRUCT and DESCRIBE
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
}
TABLE_CELL = 100


def media_type(fmt: str) -> str:
    """The media type of a format name.

    >>> media_type("json"), media_type("turtle")
    ('application/sparql-results+json', 'text/turtle')
    """
    return RESULT_FORMATS[fmt] if fmt in RESULT_FORMATS else GRAPH_FORMATS[fmt][0]


def default_format(result: Result) -> str:
    return "turtle" if result.kind == "graph" else "table"


def write_result(result: Result, fmt: str, *, width: int | None = None) -> bytes:
    """Serialize `result` as `fmt`; a DrugkgError when the format does not suit the query form.

    >>> r = Result("select", ["x"], [(ox.Literal("a"),)])
    >>> write_result(r, "csv")
    b'x\\r\\na\\r\\n'
    >>> write_result(Result("ask", boolean=True), "json")
    b'{"head": {}, "boolean": true}\\n'
    """
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise DrugkgError(
                f"format {fmt!r} is for SELECT and ASK answers; this query returns a graph",
                fix=f"use one of {', '.join(GRAPH_FORMATS)}",
            )
        return write_graph(result.triples, fmt)
    if fmt not in RESULT_FORMATS:
        raise DrugkgError(
            f"format {fmt!r} is for graphs (CONSTRUCT, DESCRIBE); this query returns a table",
            fix=f"use one of {', '.join(RESULT_FORMATS)}",
        )
    if fmt == "table":
        return _table(result, width).encode("utf-8")
    return _WRITERS[fmt](result).encode("utf-8")


def write_graph(triples: list[ox.Triple], fmt: str) -> bytes:
    """A graph in `fmt`, deterministic; JSON-LD is compacted with the project's context (ontology/context.jsonld).

    >>> t = ox.Triple(ox.NamedNode(PREFIXES["ent"] + "baclofen"), ox.NamedNode(PREFIXES["dkg"] + "treats"),
    ...               ox.NamedNode(PREFIXES["ent"] + "spasticity"))
    >>> import json; data = json.loads(write_graph([t], "jsonld"))
    >>> (data["@id"], data["treats"])
    ('ent:baclofen', 'ent:spasticity')
    """
    ordered = sorted(set(triples), key=str)
    if fmt == "jsonld":
        return _jsonld(ordered)
    prefixes = PREFIXES if fmt == "turtle" else None
    data = ox.serialize(ordered, format=GRAPH_FORMATS[fmt][1], **({"prefixes": prefixes} if prefixes else {}))
    return data or b""


def _jsonld(triples: list[ox.Triple]) -> bytes:
    """JSON-LD compacted with the shipped context (inline, so no client fetches anything), keys sorted."""
    import rdflib

    from ontology import CONTEXT_JSONLD

    context = json.loads(CONTEXT_JSONLD.read_text(encoding="utf-8"))["@context"]
    graph = rdflib.Graph()
    if triples:
        graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    text = graph.serialize(
        format="json-ld", context=context, sort_keys=True, indent=2, auto_compact=True, use_native_types=True
    )
    data = json.loads(text)
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


# The SPARQL result writers build their text with precomputed per-variable pieces and one join, not a
# dict per value for json.dumps nor a csv round per row; the bytes are those of the plain writers they
# replaced (json.dumps(..., ensure_ascii=False), xml.sax.saxutils, csv.writer, str(term)), checked over the
# library's queries on the seed and merged graphs (tests/test_result_formats_identity.py, decision 0952).
_NAMED, _BLANK = ox.NamedNode, ox.BlankNode  # final classes: a type test is an isinstance test


def _json_term(term: Term) -> str:
    """A term as a SPARQL JSON binding object, as json.dumps(ensure_ascii=False) writes it.

    >>> _json_term(ox.Literal("été", language="fr"))
    '{"type": "literal", "value": "été", "xml:lang": "fr"}'
    """
    kind = type(term)
    if kind is _NAMED:
        return '{"type": "uri", "value": ' + _jstr(term.value) + "}"
    if kind is _BLANK:
        return '{"type": "bnode", "value": ' + _jstr(term.value) + "}"
    value = _jstr(term.value)
    language = term.language
    if language:
        return '{"type": "literal", "value": ' + value + ', "xml:lang": ' + _jstr(language) + "}"
    datatype = term.datatype.value
    if datatype == XSD_STRING:
        return '{"type": "literal", "value": ' + value + "}"
    return '{"type": "literal", "value": ' + value + ', "datatype": ' + _jstr(datatype) + "}"


def _json(result: Result) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    keys = [_jstr(v) + ": " for v in result.variables]
    term = _json_term
    if len(keys) == 1:  # one column (a common cheap query): no join per row
        start = "{" + keys[0]
        rows = ["{}" if t is None else start + term(t) + "}" for (t,) in result.rows]
    else:
        rows = [
            "{" + ", ".join([key + term(t) for key, t in zip(keys, row, strict=True) if t is not None]) + "}"
            for row in result.rows
        ]
    head = "[" + ", ".join(map(_jstr, result.variables)) + "]"  # json.dumps(variables, ensure_ascii=False)
    return '{"head": {"vars": ' + head + '}, "results": {"bindings": [' + ", ".join(rows) + "]}}\n"


def _escape(text: str) -> str:
    """xml.sax.saxutils.escape, inline."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def _xml_term(term: Term) -> str:
    kind = type(term)
    if kind is _NAMED:
        return "<uri>" + _escape(term.value) + "</uri>"
    if kind is _BLANK:
        return "<bnode>" + _escape(term.value) + "</bnode>"
    language = term.language
    if language:
        return f"<literal xml:lang={quoteattr(language)}>{_escape(term.value)}</literal>"
    datatype = term.datatype.value
    if datatype != XSD_STRING:
        return f"<literal datatype={quoteattr(datatype)}>{_escape(term.value)}</literal>"
    return "<literal>" + _escape(term.value) + "</literal>"


def _xml(result: Result) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ask":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
    out.append("<results>")
    opens = [f"<binding name={quoteattr(v)}>" for v in result.variables]
    term = _xml_term
    if len(opens) == 1:  # one column: no join per row
        start = "<result>" + opens[0]
        out += ["<result></result>" if t is None else start + term(t) + "</binding></result>" for (t,) in result.rows]
    else:
        out += [
            "<result>"
            + "".join([start + term(t) + "</binding>" for start, t in zip(opens, row, strict=True) if t is not None])
            + "</result>"
            for row in result.rows
        ]
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def _plain(term: Term | None) -> str:
    if term is None:
        return ""
    if type(term) is _BLANK:
        return f"_:{term.value}"
    return term.value


_CSV_QUOTED = re.compile('[,"\r\n]')  # a cell holding one of these is quoted by csv.writer


def _csv(result: Result) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    rows = [list(map(_plain, row)) for row in result.rows]
    lone_empty = len(result.variables) == 1 and not all([cells[0] for cells in rows])  # csv.writer: `""`
    if not lone_empty and not _CSV_QUOTED.search("".join(["".join(cells) for cells in rows])):
        return "".join([",".join(cells) + "\r\n" for cells in [result.variables, *rows]])  # nothing to quote
    writer.writerow(result.variables)
    writer.writerows(rows)
    return buffer.getvalue()


def _tsv_cell(term: Term | None) -> str:
    return "" if term is None else str(term)


def _tsv(result: Result) -> str:
    if result.kind == "ask":
        return "?_askResult\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    cell = _tsv_cell
    lines += ["\t".join(map(cell, row)) for row in result.rows]
    return "\n".join(lines) + "\n"


_WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}


def compact(term: Term | None) -> str:
    """A short readable form of a term for tables: prefixed IRIs, plain literal values.

    >>> compact(ox.NamedNode("https://w3id.org/drugkg/entity/clonazepam"))
    'ent:clonazepam'
    """
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace) and term.value != namespace:
                return f"{prefix}:{term.value[len(namespace) :]}"
        return f"<{term.value}>"
    text = _plain(term)
    return " ".join(text.split())


def _table(result: Result, width: int | None = None) -> str:
    """Aligned text; with `width`, columns are narrowed (widest first) and long cells wrapped to fit it, or,
    when even that cannot fit, one record per row (`_records`).

    >>> r = Result("select", ["drug", "quote"], [(ox.Literal("clonazepam"), ox.Literal("a long " * 6))])
    >>> print(_table(r, 30), end="")
    drug        quote
    ----------  ------------------
    clonazepam  a long a long a
                long a long a long
                a long
    (1 row)
    """
    if result.kind == "ask":
        return ("yes" if result.boolean else "no") + "\n"
    cells = [[_cut(compact(t)) for t in row] for row in result.rows]
    natural = [max([len(v), *(len(row[i]) for row in cells)]) for i, v in enumerate(result.variables)]
    widths = fit_widths(natural, [len(v) for v in result.variables], width) if width else natural
    if width and sum(widths) + 2 * (len(widths) - 1) > width:
        return _records(result, cells, width)
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        wrapped = [_wrap(c, w) for c, w in zip(row, widths, strict=True)]
        for index in range(max((len(parts) for parts in wrapped), default=1)):
            parts = [p[index] if index < len(p) else "" for p in wrapped]
            lines.append("  ".join(c.ljust(w) for c, w in zip(parts, widths, strict=True)).rstrip())
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _records(result: Result, cells: list[list[str]], width: int) -> str:
    """One record per row, a column per line (as psql's expanded display), for tables too wide to fit.

    >>> r = Result("select", ["drug", "quote"], [(ox.Literal("clonazepam"), ox.Literal("a long " * 4))])
    >>> print(_records(r, [["clonazepam", "a long a long a long a long"]], 20), end="")
    -- row 1 --
    drug   clonazepam
    quote  a long a long
           a long a long
    (1 row)
    """
    key = max(len(v) for v in result.variables)
    room = max(10, width - key - 2)
    lines = []
    for number, row in enumerate(cells, 1):
        lines.append(f"-- row {number} --")
        for name, cell in zip(result.variables, row, strict=True):
            for index, part in enumerate(_wrap(cell, room) if cell else [""]):
                lines.append(f"{name if index == 0 else '':<{key}}  {part}".rstrip())
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def fit_widths(natural: list[int], headers: list[int], width: int) -> list[int]:
    """Column widths that fit `width` (with two spaces between columns): the widest columns give way first,
    none narrower than its heading or 8 characters (or its content, if shorter).

    >>> fit_widths([10, 40, 30], [4, 5, 6], 50)
    [10, 18, 18]
    >>> fit_widths([5, 5], [1, 1], 80)
    [5, 5]
    """
    budget = width - 2 * (len(natural) - 1)
    if sum(natural) <= budget:
        return natural
    floor = [min(n, max(h, 8)) for n, h in zip(natural, headers, strict=True)]
    if sum(floor) >= budget:
        return floor
    low, high = 1, max(natural)
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(min(n, max(f, cap)) for n, f in zip(natural, floor, strict=True)) <= budget:
            low = cap
        else:
            high = cap - 1
    widths = [min(n, max(f, low)) for n, f in zip(natural, floor, strict=True)]
    spare = budget - sum(widths)
    for index in sorted(range(len(widths)), key=lambda i: -natural[i]):  # hand out what the cap left over
        extra = min(spare, natural[index] - widths[index])
        widths[index] += extra
        spare -= extra
    return widths


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    if len(text) <= width:
        return [text]
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def _cut(text: str) -> str:
    return text if len(text) <= TABLE_CELL else text[: TABLE_CELL - 1] + "…"
