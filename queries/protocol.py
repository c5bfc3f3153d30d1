"""The SPARQL 1.1 Protocol, read-only: reading a query request and choosing the result format.

Pure functions of the request's method, URL parameters, headers and body, so that they can be tested
without a server. https://www.w3.org/TR/sparql11-protocol/#query-operation
"""

from __future__ import annotations

import functools
import urllib.parse
from dataclasses import dataclass, field

from base.errors import StatusError

FORM_MEDIA = "application/x-www-form-urlencoded"
QUERY_MEDIA = "application/sparql-query"
UPDATE_MEDIA = "application/sparql-update"
ACCEPTED = {  # media type -> format name, for SELECT/ASK and for graphs
    "table": {
        "application/sparql-results+json": "json",
        "application/json": "json",
        "text/javascript": "json",
        "application/javascript": "json",
        "application/sparql-results+xml": "xml",
        "application/xml": "xml",
        "text/xml": "xml",
        "text/csv": "csv",
        "text/tab-separated-values": "tsv",
    },
    "graph": {
        "text/turtle": "turtle",
        "application/x-turtle": "turtle",
        "application/turtle": "turtle",
        "text/n3": "turtle",
        "text/rdf+n3": "turtle",
        "application/n3": "turtle",
        "application/n-triples": "ntriples",
        "text/plain": "ntriples",
        "application/ld+json": "jsonld",
        "application/x-json+ld": "jsonld",
        "application/json": "jsonld",
        "application/rdf+xml": "rdfxml",
        "application/xml": "rdfxml",
        "text/xml": "rdfxml",
    },
}
FORMAT_NAMES = {"table": ("json", "xml", "csv", "tsv"), "graph": ("turtle", "ntriples", "jsonld", "rdfxml")}
MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
#: Asked for the other family's JSON or XML only (rdflib's SPARQLStore sends `application/sparql-results+json`
#: for a CONSTRUCT when set to JSON): answered in this family's JSON or XML rather than 406.
KIN = {
    "table": {"application/ld+json": "json", "application/rdf+xml": "xml"},
    "graph": {"application/sparql-results+json": "jsonld", "application/sparql-results+xml": "rdfxml"},
}
HINT_PARAMS = ("format", "output", "results")
#: Format hints by name, as clients send them (SPARQLWrapper: json, xml, csv, tsv, turtle, n3, rdf, rdf+xml,
#: json-ld; Virtuoso and Fuseki style: srj, srx, ttl, nt...). Media types are looked up in ACCEPTED.
HINTS = {
    "table": {
        **{k: "json" for k in ("json", "srj", "sparql-results+json", "javascript")},
        **{k: "xml" for k in ("xml", "srx", "sparql-results+xml")},
        "csv": "csv",
        "tsv": "tsv",
    },
    "graph": {
        **{k: "turtle" for k in ("turtle", "ttl", "n3", "text", "trig")},
        **{k: "ntriples" for k in ("ntriples", "n-triples", "nt")},
        **{k: "jsonld" for k in ("jsonld", "json-ld", "json")},
        **{k: "rdfxml" for k in ("rdfxml", "rdf+xml", "rdf", "xml", "rdf/xml")},
    },
}


class ProtocolError(StatusError):
    """A request the protocol does not allow; `status` is the HTTP status to answer with."""


@dataclass(frozen=True)
class QueryRequest:
    """A query operation: the query text and the protocol's dataset parameters."""

    query: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    format: str | None = None


def media_type_of(header: str | None) -> tuple[str, dict[str, str]]:
    """The bare media type of a Content-Type header and its parameters.

    >>> media_type_of("application/sparql-query; charset=UTF-16")
    ('application/sparql-query', {'charset': 'utf-16'})
    """
    if not header:
        return "", {}
    kind, *params = header.split(";")
    values = {}
    for param in params:
        key, _, value = param.partition("=")
        values[key.strip().lower()] = value.strip().strip('"').lower()
    return kind.strip().lower(), values


def read_query_request(method: str, url_query: str, content_type: str | None, body: bytes) -> QueryRequest | None:
    """The query operation a request asks for; None when it asks for no query (a service description).

    >>> read_query_request("GET", "query=ASK%20%7B%7D", None, b"").query
    'ASK {}'
    >>> read_query_request("POST", "", "application/sparql-query", b"ASK {}").query
    'ASK {}'
    >>> read_query_request("GET", "query=", None, b"")
    Traceback (most recent call last):
    queries.protocol.ProtocolError: no query: the `query` parameter is empty; send a SPARQL query ...
    """
    params = _parse_params(url_query, "the URL")
    if method == "GET":
        if "update" in params:
            raise ProtocolError("SPARQL Update refused: this endpoint is read-only", status=403)
        if "query" not in params:
            return None
        return _from_params(params, params)
    if method != "POST":
        raise ProtocolError(f"method {method} not allowed", status=405, fix="use GET or POST")
    kind, options = media_type_of(content_type)
    if kind == FORM_MEDIA:
        form = _parse_params(_decode(body, options), "the form body")
        if "update" in form:
            raise ProtocolError("SPARQL Update refused: this endpoint is read-only", status=403)
        if "query" not in form:
            raise ProtocolError("the form has no `query` field", status=400, fix="send query=...")
        return _from_params(form, params)
    if kind == QUERY_MEDIA:
        return QueryRequest(
            _nonempty(_decode(body, options), "the request body is empty"),
            params.get("default-graph-uri", []),
            params.get("named-graph-uri", []),
            format_hints(params),
        )
    if kind == UPDATE_MEDIA:
        raise ProtocolError("SPARQL Update refused: this endpoint is read-only", status=403)
    raise ProtocolError(
        f"unsupported request media type {kind or '(none)'!r}",
        status=415,
        fix=f"POST with Content-Type {FORM_MEDIA} or {QUERY_MEDIA}",
    )


def _parse_params(text: str, where: str) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(f"cannot read {where}: {exc}", status=400) from exc


def _decode(body: bytes, options: dict[str, str]) -> str:
    charset = options.get("charset", "utf-8")
    if charset not in ("utf-8", "utf8"):
        raise ProtocolError(f"charset {charset!r} refused", status=415, fix="send the query as UTF-8")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError("the body is not UTF-8", status=400, fix="send the query as UTF-8") from exc


def format_hints(params: dict[str, list[str]]) -> str | None:
    """The client's format hints (`format`, `output`, `results`, as Virtuoso, Joseki and SPARQLWrapper send
    them, repeats and media types included), comma-separated in the order given; None when there are none.

    >>> format_hints({"format": ["tsv", "text/tab-separated-values"], "output": ["tsv"]})
    'tsv,text/tab-separated-values,tsv'
    """
    values = [v.strip() for name in HINT_PARAMS for v in params.get(name, []) if v.strip()]
    return ",".join(values) or None


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise ProtocolError(f"{len(values)} `{name}` parameters; one is allowed", status=400)
    return values[0] if values else None


def _nonempty(query: str, what: str) -> str:
    """`query`, or a 400 "no query" when it holds nothing to run (empty, blank or only comments)."""
    if not any(line.strip() and not line.strip().startswith("#") for line in query.splitlines()):
        raise ProtocolError(
            f"no query: {what}", status=400, fix="send a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE)"
        )
    return query


def _from_params(params: dict[str, list[str]], url_params: dict[str, list[str]]) -> QueryRequest:
    query = _one(params, "query")
    assert query is not None
    return QueryRequest(
        _nonempty(query, "the `query` parameter is empty"),
        params.get("default-graph-uri", []) or url_params.get("default-graph-uri", []),
        params.get("named-graph-uri", []) or url_params.get("named-graph-uri", []),
        format_hints(params) or format_hints(url_params),
    )


def negotiate(accept: str | None, form: str, wanted: str | None = None) -> str:
    """The format to answer with, from the client's format hints and its Accept header.

    `form` is "select", "ask", "construct" or "describe"; `wanted` the hints (`format=` / `output=` values,
    comma-separated, names such as SPARQLWrapper's or media types). The first hint that names a format of
    this query form wins; hints that do not suit it (`format=csv` for a CONSTRUCT) are ignored, as
    Oxigraph and Virtuoso do. Then the Accept header, with q-values and wildcards (RFC 9110): the most
    specific range decides each format's quality, ties go to the earlier range, then to JSON for tables and
    Turtle for graphs. No Accept (or */*) gives those defaults. Only the other family's JSON or XML accepted
    (SPARQL results JSON for a CONSTRUCT): this family's JSON or XML. An Accept header that matches nothing
    this form can be written gives 406.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    'xml'
    >>> negotiate("*/*", "construct")
    'turtle'
    >>> negotiate("*/*", "select", "tsv,text/tab-separated-values")
    'tsv'
    >>> negotiate("application/rdf+xml", "construct", "xml")
    'rdfxml'
    >>> negotiate("image/png", "select")
    Traceback (most recent call last):
    ...
    queries.protocol.ProtocolError: cannot answer a SELECT query as image/png; ...
    """
    return _negotiate(accept, form, wanted)


@functools.lru_cache(maxsize=512)  # clients send the same few Accept headers: choose once per header
def _negotiate(accept: str | None, form: str, wanted: str | None) -> str:
    family = "graph" if form in ("construct", "describe") else "table"
    for hint in (wanted or "").split(","):
        name = HINTS[family].get(hint.strip().lower()) or ACCEPTED[family].get(media_type_of(hint)[0])
        if name:
            return name
    if not accept or not accept.strip():
        return FORMAT_NAMES[family][0]
    ranges = []
    for position, item in enumerate(accept.split(",")):
        kind, options = media_type_of(item)
        if not kind:
            continue
        try:
            quality = float(options.get("q", "1"))
        except ValueError:
            quality = 0.0
        ranges.append((kind, quality, position))
    name = _best(ranges, ACCEPTED[family], family) or _best(ranges, KIN[family], family)
    if name is None:
        offered = ", ".join(dict.fromkeys(media_type(n) for n in FORMAT_NAMES[family]))
        raise ProtocolError(
            f"cannot answer a {form.upper()} query as {' or '.join(k for k, _, _ in ranges) or accept.strip()}",
            status=406,
            fix=f"accept one of {offered}",
        )
    return name


def _best(ranges: list[tuple[str, float, int]], offered: dict[str, str], family: str) -> str | None:
    """The offered format the Accept ranges prefer, or None when they accept none of them."""
    best: tuple | None = None
    for media, name in offered.items():
        matching = [(_specificity(kind, media), quality, position) for kind, quality, position in ranges]
        matching = [m for m in matching if m[0] > 0]
        if not matching:
            continue
        _, quality, position = max(matching, key=lambda m: m[0])  # the most specific range decides
        if quality <= 0:
            continue
        key = (-quality, position, FORMAT_NAMES[family].index(name))
        if best is None or key < best[0]:
            best = (key, name)
    return best[1] if best else None


def _specificity(accepted: str, media: str) -> int:
    """3 for an exact match, 2 for type/*, 1 for */*, 0 for no match."""
    if accepted == media:
        return 3
    if accepted == "*/*":
        return 1
    if accepted.endswith("/*") and media.startswith(accepted[:-1]):
        return 2
    return 0


def media_type(name: str) -> str:
    """The media type answered for a format name (mirrors queries/formats.py, without importing pyoxigraph)."""
    return MEDIA[name]
