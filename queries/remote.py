"""Remote stores: push the graph to a SPARQL 1.1 Graph Store Protocol server and query a SPARQL endpoint.

Works with any standard server (Oxigraph server, Fuseki, Virtuoso, QLever, `drugkg serve`). The protocol has
no way to send bindings beside a query, so library parameters travel as a VALUES block placed first in the
query's WHERE group: the values are serialized as RDF terms by pyoxigraph (never pasted text), and a VALUES
block at the start of the group binds the variables the way pyoxigraph's `substitutions` do for the
library's queries (tests/test_query_remote.py checks the answers are the same as local ones).
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from base.errors import ConnectionLost, DrugkgError
from queries.engine import Result, Term, first_line

ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_TOKEN = re.compile(
    r"""\#[^\n]*|<[^<>"{}|^`\\\s]*>|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r"""|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|(?P<word>[A-Za-z]+)|(?P<brace>\{)"""
)


def with_values(text: str, bindings: Mapping[str, Term]) -> str:
    """The query with a VALUES block binding `bindings` first in its WHERE group.

    >>> with_values("SELECT ?x WHERE { ?x ?p ?o }", {"x": ox.NamedNode("http://x/a")})
    'SELECT ?x WHERE { VALUES (?x) { (<http://x/a>) } ?x ?p ?o }'
    """
    if not bindings:
        return text
    seen_where = False
    for match in _TOKEN.finditer(text):
        if match.group("word") and match.group("word").upper() == "WHERE":
            seen_where = True
        elif match.group("brace") and seen_where:
            names = " ".join(f"?{name}" for name in bindings)
            values = " ".join(str(term) for term in bindings.values())
            return f"{text[: match.end()]} VALUES ({names}) {{ ({values}) }}{text[match.end() :]}"
    raise DrugkgError("cannot bind parameters for a remote endpoint: the query has no WHERE group", fix="add WHERE")


def _request(url: str, *, data: bytes | None, headers: dict[str, str], method: str, timeout: float):
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace")
        raise DrugkgError(f"{exc.code} {exc.reason}: {first_line(body) or 'no message'}", where=url) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ConnectionLost(f"cannot reach the endpoint: {reason}", where=url, fix="check the URL and server") from exc


class RemoteEngine:
    """A SPARQL 1.1 Protocol endpoint, answering with the same Result shape as the local engine."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        if not re.match(r"^https?://", url):
            raise DrugkgError(f"not an http(s) URL: {url!r}", fix="give the endpoint's full URL")
        self.url = url
        self.timeout = timeout

    def query(self, text: str, bindings: Mapping[str, Term] | None = None) -> Result:
        body = urllib.parse.urlencode({"query": with_values(text, bindings or {})}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT}
        kind, data = _request(self.url, data=body, headers=headers, method="POST", timeout=self.timeout)
        if kind == "application/sparql-results+json":
            answer = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            if isinstance(answer, ox.QueryBoolean):
                return Result("ask", boolean=bool(answer))
            variables = [v.value for v in answer.variables]
            return Result("select", variables=variables, rows=[tuple(s[v] for v in variables) for s in answer])
        fmt = ox.RdfFormat.from_media_type(kind)
        if fmt is None:
            raise DrugkgError(f"the endpoint answered with unexpected media type {kind!r}", where=self.url)
        return Result("graph", triples=[q.triple for q in ox.parse(data, format=fmt)])


def push_graph(paths: list[Path], url: str, *, graph_iri: str | None = None, replace: bool = True) -> int:
    """Send the graph files to a Graph Store Protocol URL (PUT replaces the graph, POST adds to it).

    Returns the number of triples sent. The target is the default graph unless `graph_iri` is given.
    """
    if not re.match(r"^https?://", url):
        raise DrugkgError(f"not an http(s) URL: {url!r}", fix="give the Graph Store endpoint's full URL")
    store_param = urllib.parse.urlencode({"graph": graph_iri}) if graph_iri else "default"
    target = f"{url}{'&' if '?' in url else '?'}{store_param}"
    triples: list[ox.Triple] = []
    for path in paths:
        if not Path(path).is_file():
            raise DrugkgError("graph file not found", where=path, fix="run `drugkg build` first or pass --graph")
        fmt = ox.RdfFormat.from_extension(Path(path).suffix.lstrip(".")) or ox.RdfFormat.TURTLE
        triples += [q.triple for q in ox.parse(path=str(path), format=fmt)]
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    headers = {"Content-Type": "application/n-triples"}
    _request(target, data=data, headers=headers, method="PUT" if replace else "POST", timeout=300)
    return len(triples)
