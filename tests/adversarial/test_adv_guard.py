"""What already held when issue 14 was filed, kept held: SERVICE in any form makes no connection, FROM /
LOAD / updates are refused, path and regex bombs stop at the time or row limit, and the server answers after.
"""

from __future__ import annotations

import itertools
import socket
import urllib.parse

import pytest
from fixtures.query.support import FIXTURE
from netclient import call, query

from queries.guard import Refused, check_query
from queries.server import Limits, SparqlServer


@pytest.fixture(scope="module")
def listener():
    """A local port that counts connections: a SERVICE that got through would knock here."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    sock.setblocking(False)
    yield sock
    sock.close()


def connections(sock: socket.socket) -> int:
    count = 0
    while True:
        try:
            accepted, _ = sock.accept()
        except BlockingIOError:
            return count
        accepted.close()
        count += 1


def service_variants(port: int) -> list[str]:
    """SERVICE written every way we could think of, in every place a graph pattern may be."""
    url = f"http://127.0.0.1:{port}/sparql"
    heads = [
        ("", f"SERVICE <{url}>"),
        ("", f"service <{url}>"),
        ("", f"SeRvIcE SILENT <{url}>"),
        ("", f"SERVICE # a comment\n <{url}>"),
        (f"PREFIX ex: <http://127.0.0.1:{port}/> ", "SERVICE ex:sparql"),
        (f"BASE <http://127.0.0.1:{port}/> ", "SERVICE <sparql>"),
        ("", "SERVICE ?endpoint"),
        ("", f"\\u0053ERVICE <{url}>"),
        ("", f"SERVICE <http://127.0.0.1:{port}/sparql?query=ASK%7B%7D>"),
    ]
    places = [
        "SELECT * WHERE {{ {s} {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ OPTIONAL {{ {s} {{ ?s ?p ?o }} }} }}",
        "SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ {s} {{ ?s ?p ?o }} }} }}",
        "SELECT * WHERE {{ ?s ?p ?o MINUS {{ {s} {{ ?s ?p ?o }} }} }}",
        "SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ {s} {{ ?s ?p ?o }} }} }}",
        "ASK {{ FILTER NOT EXISTS {{ {s} {{ ?s ?p ?o }} }} }}",
        "SELECT * WHERE {{ {{ SELECT * WHERE {{ {s} {{ ?s ?p ?o }} }} }} }}",
        "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ {s} {{ ?s ?p ?o }} }} }}",
        "DESCRIBE ?s WHERE {{ {s} {{ {s} {{ ?s ?p ?o }} }} }}",
    ]
    found = []
    for (prologue, head), place in itertools.product(heads, places):
        body = place.format(s=head)
        if "?endpoint" in head:
            body = body.replace("WHERE {", f"WHERE {{ VALUES ?endpoint {{ <{url}> }} ", 1)
        found.append(prologue + body)
    return found


@pytest.fixture(scope="module")
def server():
    server = SparqlServer([FIXTURE], limits=Limits(time_limit=3, row_limit=50, workers=2, rate=0, reload_interval=0))
    server.start()
    yield server
    server.stop()


def test_every_service_variant_is_refused_and_no_connection_is_made(server, listener) -> None:
    port = listener.getsockname()[1]
    variants = service_variants(port)
    assert len(variants) == 81
    statuses = [query(server, text)[0] for text in variants]
    for text in variants[:40]:  # the direct POST too
        status = call(server, "POST", "/sparql", text, {"Content-Type": "application/sparql-query"})[0]
        statuses.append(status)
    assert set(statuses) <= {400, 403}, statuses
    assert statuses.count(403) >= 72  # all but those rdflib's parser itself refuses (the \u escape)
    assert connections(listener) == 0


@pytest.mark.parametrize(
    "text, status, message",
    [
        ("ASK FROM <file:///etc/passwd> { ?s ?p ?o }", 403, "FROM <file:///etc/passwd> refused"),
        ("SELECT * FROM NAMED <http://127.0.0.1:9/g> WHERE { GRAPH ?g { ?s ?p ?o } }", 403, "FROM NAMED"),
        ("LOAD <file:///etc/passwd>", 403, "LOAD refused"),
        ("LOAD SILENT <http://127.0.0.1:9/x> INTO GRAPH <http://x/g>", 403, "LOAD refused"),
        ("INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }", 403, "SPARQL Update refused"),
        ("CLEAR ALL", 403, "SPARQL Update refused"),
        ("DROP DEFAULT ; LOAD <http://127.0.0.1:9/x>", 403, "LOAD refused"),
        ("SELECT * WHERE { ?s ?p ?o } ; DELETE WHERE { ?s ?p ?o }", 400, "syntax error"),
    ],
)
def test_outside_graphs_loads_and_updates_are_refused(server, text: str, status: int, message: str) -> None:
    got = query(server, text)
    assert got[0] == status and message.encode() in got[2]
    with pytest.raises(Refused):
        check_query(text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { ?a (<http://x/p>|!<http://x/p>)* ?b }",
        "SELECT * WHERE { ?a (!<http://x/q>)+/(!<http://x/q>)+/(!<http://x/q>)+ ?b }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }",
    ],
)
def test_path_join_and_regex_bombs_stop_at_a_limit(server, text: str) -> None:
    status, _, body = query(server, text)
    assert status in (422, 503) and b"cancelled" in body, body
    assert query(server, "ASK { ?s ?p ?o }")[0] == 200  # the server answers after


def test_a_regex_bomb_is_answered_or_cancelled(server) -> None:
    """Oxigraph's regular expressions run in linear time: a catastrophic pattern finishes, or meets the limit."""
    text = 'SELECT ?s WHERE { ?s ?p ?o . ?x ?y ?z FILTER(REGEX(CONCAT(STR(?o), STR(?z)), "(a+)+(b+)+(c+)+$")) }'
    assert query(server, text)[0] in (200, 422, 503)
    assert query(server, "ASK { ?s ?p ?o }")[0] == 200


def test_guard_reads_the_query_not_its_strings() -> None:
    text = 'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> FROM LOAD" }'
    assert check_query(text).form == "select"
    assert check_query(f"SELECT * WHERE {{ ?s ?p <http://x/{urllib.parse.quote('SERVICE')}> }}").form == "select"
