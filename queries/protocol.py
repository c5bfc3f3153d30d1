"""The SPARQL 1.1 Protocol, read-only: reading a query request and choosing the result format.

Pure functions of the request's method, URL parameters, headers and body, so that they can be tested
without a server. https://www.w3.org/TR/sparql11-protocol/#query-operation
"""

from __future__ import annotations

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
        "application/sparql-results+xml": "xml",
        "application/xml": "xml",
        "text/xml": "xml",
        "text/csv": "csv",
        "text/tab-separated-values": "tsv",
    },
    "graph": {
        "text/turtle": "turtle",
        "application/x-turtle": "turtle",
        "application/n-triples": "ntriples",
        "text/plain": "ntriples",
        "application/ld+json": "jsonld",
        "application/json": "jsonld",
        "application/rdf+xml": "rdfxml",
        "application/xml": "rdfxml",
    },
}
FORMAT_NAMES = {"table": ("json", "xml", "csv", "tsv"), "graph": ("turtle", "ntriples", "jsonld", "rdfxml")}


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
            _one(params, "format"),
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
        _one(params, "format") or _one(url_params, "format"),
    )


def negotiate(accept: str | None, form: str, wanted: str | None = None) -> str:
    """The format to answer with: an explicit `format` parameter, else the best match of the Accept header.

    `form` is "select", "ask", "construct" or "describe". Unknown or missing preferences fall back to JSON
    for tables and Turtle for graphs, as most clients accept those.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    'xml'
    >>> negotiate("*/*", "construct")
    'turtle'
    """
    family = "graph" if form in ("construct", "describe") else "table"
    if wanted:
        if wanted not in FORMAT_NAMES[family]:
            raise ProtocolError(
                f"format {wanted!r} does not suit a {form.upper()} query",
                status=406,
                fix=f"use one of {', '.join(FORMAT_NAMES[family])}",
            )
        return wanted
    choices = []
    for position, item in enumerate((accept or "").split(",")):
        kind, options = media_type_of(item)
        try:
            quality = float(options.get("q", "1"))
        except ValueError:
            quality = 0.0
        name = ACCEPTED[family].get(kind)
        if name and quality > 0:
            choices.append((-quality, position, name))
    return min(choices)[2] if choices else FORMAT_NAMES[family][0]
