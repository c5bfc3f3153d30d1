"""A worker's per-request path after decision 0953: repeated requests are read once (cached heads and query
jobs), the guard's screen is remembered per query text, and the rate token and the worker slot are taken under
one lock; every limit and refusal still holds on the second, third, ... identical request. Loopback only."""

from __future__ import annotations

import json
import socket
import urllib.parse
from pathlib import Path

import pytest
from fixtures.query.support import FIXTURE

from queries.engine import OxigraphEngine
from queries.formats import write_result
from queries.guard import top_limit
from queries.server import Limits, SparqlServer
from queries.shared_limits import SharedLimits, client_key
from queries.worker_http import CACHED_HEAD, SLOW, parse, query_job, read_head
from queries.workers import Job, handle, named_prefixes, screened

LABELS = "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"


def request(text: str, accept: str = "application/sparql-results+json") -> bytes:
    target = "/sparql?query=" + urllib.parse.quote(text)
    return f"GET {target} HTTP/1.1\r\nHost: x\r\nAccept: {accept}\r\n\r\n".encode()


def answer(sock: socket.socket, buffer: bytearray) -> tuple[int, bytes]:
    while b"\r\n\r\n" not in buffer:
        buffer += sock.recv(65536) or b"!"
        assert not buffer.endswith(b"!"), "closed"
    end = buffer.index(b"\r\n\r\n")
    head = bytes(buffer[:end]).decode("latin-1").split("\r\n")
    del buffer[: end + 4]
    size = next(int(line.split(":")[1]) for line in head if line.lower().startswith("content-length:"))
    while len(buffer) < size:
        buffer += sock.recv(65536)
    body = bytes(buffer[:size])
    del buffer[:size]
    return int(head[0].split()[1]), body


@pytest.fixture(scope="module")
def server():
    limits = Limits(workers=2, rate=0, reload_interval=0, socket_timeout=5, time_limit=4, row_limit=3)
    server = SparqlServer([FIXTURE], limits=limits)
    server.start()
    yield server
    server.stop()


def test_repeated_requests_keep_every_limit_and_refusal(server) -> None:
    host, port = server.httpd.server_address[:2]
    cases = [
        (LABELS, 422, b"more than 3 rows"),  # the row cap, again and again
        (LABELS + " LIMIT 2", 200, b'"bindings"'),  # a LIMIT within the cap: written by pyoxigraph
        (LABELS + " LIMIT 4", 422, b"more than 3 rows"),  # a LIMIT over the cap: read under the cap
        (f"SELECT * WHERE {{ {{ {LABELS} LIMIT 2 }} ?s ?p ?o }}", 422, b"more than 3 rows"),  # a subquery's LIMIT
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", 403, b"SERVICE"),
        ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", 403, b"FROM"),
        ("DELETE WHERE { ?s ?p ?o }", 403, b"read-only"),
        ("SELECT * WHERE { ?s ?p", 400, b"syntax error"),
    ]
    with socket.create_connection((host, port), timeout=60) as sock:
        buffer = bytearray()
        for text, status, part in cases:
            bodies = set()
            for _ in range(4):
                sock.sendall(request(text))
                got, body = answer(sock, buffer)
                assert got == status and part in body, (text, got, body)
                bodies.add(body)
            assert len(bodies) == 1  # the same answer every time
        sock.sendall(request(LABELS + " LIMIT 2", "image/png"))  # the same query, another Accept: its own job
        assert answer(sock, buffer)[0] == 406


def test_the_rate_limit_counts_repeated_requests() -> None:
    server = SparqlServer([FIXTURE], limits=Limits(workers=2, rate=0.5, burst=3, reload_interval=0))
    server.start()
    try:
        host, port = server.httpd.server_address[:2]
        statuses = []
        for _ in range(5):
            with socket.create_connection((host, port), timeout=60, source_address=("127.0.0.11", 0)) as sock:
                sock.sendall(request("ASK {}"))
                statuses.append(answer(sock, bytearray())[0])
        assert statuses[:3] == [200, 200, 200] and 429 in statuses[3:]
    finally:
        server.stop()


def test_a_cached_head_is_read_only_and_bodies_are_read_each_time() -> None:
    head = b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 6"
    first, size = parse(bytearray(head + b"\r\n\r\nASK {}"), 65536)
    second, _ = parse(bytearray(head + b"\r\n\r\nASK{ }"), 65536)
    assert (first.body, second.body, size) == (b"ASK {}", b"ASK{ }", len(head) + 4 + 6)
    assert first.headers is second.headers  # one cached head
    with pytest.raises(TypeError):
        first.headers["accept"] = "text/csv"  # type: ignore[index]
    assert parse(bytearray(head + b"\r\n\r\nASK"), 65536) == "incomplete"
    assert read_head(head, 5) == SLOW  # the body cap is part of what the head is read against
    big = b"GET /sparql?query=" + b"x" * CACHED_HEAD + b" HTTP/1.1\r\nHost: x"
    misses = read_head.cache_info().misses
    assert parse(bytearray(big + b"\r\n\r\n"), 65536)[0].path == "/sparql"
    assert read_head.cache_info().misses == misses  # a head over CACHED_HEAD is read, never kept


def test_query_jobs_are_shared_per_request_and_distinct_per_accept() -> None:
    args = ("GET", "/sparql", "query=ASK%20%7B%7D", None, b"", "application/sparql-results+json", "http://x")
    assert query_job(*args) is query_job(*args)
    other = query_job(*args[:5], "text/csv", "http://x")
    assert other.accept == "text/csv" and other.text == "ASK {}"
    assert query_job("GET", "/void", "", None, b"", None, "http://x") is None


def test_the_screen_is_remembered_per_text() -> None:
    plain = "SELECT * WHERE { ?s skos:prefLabel ?o }"
    assert screened(plain) == named_prefixes(plain) == {"skos": "http://www.w3.org/2004/02/skos/core#"}
    for text in ("SELECT * { SERVICE <http://e/> {} }", "SELECT * FROM <http://e/g> {}", 'ASK { ?s ?p "\\u0041" }'):
        assert screened(text) is None  # the guard's check_query runs first


def test_take_claim_is_take_then_claim() -> None:
    shared = SharedLimits.create(rate=1.0, burst=2)
    a, b = client_key("10.0.0.1"), client_key("10.0.0.2")
    try:
        assert shared.take_claim(a, 0, 1, 1) == (None, True)
        assert shared.take_claim(a, 1, 2, 1) == (None, False)  # counted, but a's share (1) is running
        assert shared.take_claim(a, 1, 3, 1)[0] == 1  # out of tokens: refused, nothing claimed
        assert shared.slot(1)[0] == 0
        assert shared.take_claim(b, 1, 4, 1) == (None, True)
        unlimited = SharedLimits.create(rate=0, burst=1)
        assert [unlimited.take_claim(a, i, i, 2) for i in range(3)] == [(None, True), (None, True), (None, False)]
        unlimited.close()
    finally:
        shared.close()


EDGES = [  # values with characters JSON escapes, written into the text itself (a backslash would skip the path)
    'SELECT ?x ?y WHERE { VALUES (?x ?y) { ("a\x00b\u2028c\U0001f600\x01" "x"@en) (<http://e/a> UNDEF)'
    ' ("1"^^<http://www.w3.org/2001/XMLSchema#integer> "") } } LIMIT 5',
    'SELECT ?l WHERE { VALUES ?l { "tab\there" """line\nbreak\r""" \'say "hi"\' "été" "</x>&<" } } LIMIT 9',
    "SELECT ?b WHERE { ?s ?p ?o BIND(?s AS ?b) FILTER(isBlank(?s)) } LIMIT 5",
    "SELECT * WHERE {} LIMIT 3",
    "SELECT ?s WHERE { ?s ?p ?o } LIMIT 0",
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 1000",
    LABELS + " LIMIT 3",
]


LIBRARY = sorted((Path(__file__).resolve().parents[1] / "queries").glob("*.rq"))


@pytest.mark.parametrize("text", EDGES + [p.read_text(encoding="utf-8") + "\nLIMIT 50" for p in LIBRARY])
def test_json_written_by_pyoxigraph_is_the_same_answer(text: str) -> None:
    """A SELECT bounded by its own LIMIT within the cap is written by pyoxigraph (compact JSON): the same
    variables, rows and terms in the same order as the project's writer; other formats keep their bytes."""
    engine = OxigraphEngine.from_files([FIXTURE], persistent=False)
    job = Job(text=text, accept="application/sparql-results+json", base_iri="http://x/sparql")
    reply = handle(job, engine, 1000)
    if reply.status != 200 or "\\" in text or not reply.media_type.startswith("application/sparql-results+json"):
        return  # a library query that needs its parameters bound, a graph, or a text the LIMIT is not read from
    reference = write_result(engine.query(text, row_limit=1000, base_iri=job.base_iri), "json")
    table = reply.body.startswith(b'{"head": {"vars"') or reply.body.startswith(b'{"head":{"vars"')
    assert (top_limit(text) is not None and table) == (not reply.body.startswith(b'{"head": '))  # by pyoxigraph
    assert json.loads(reply.body) == json.loads(reference) and reply.body.endswith(b"\n")
    assert reply.media_type == "application/sparql-results+json; charset=utf-8"
    for accept in ("text/csv", "text/tab-separated-values", "application/sparql-results+xml"):
        other = handle(Job(text=text, accept=accept, base_iri="http://x/sparql"), engine, 1000)
        fmt = {"text/csv": "csv", "text/tab-separated-values": "tsv"}.get(accept, "xml")
        assert other.body == write_result(engine.query(text, row_limit=1000, base_iri=job.base_iri), fmt)


def test_a_limit_over_the_cap_or_in_a_subquery_is_no_bound() -> None:
    engine = OxigraphEngine.from_files([FIXTURE], persistent=False)
    for text in (LABELS + " LIMIT 4", f"SELECT * WHERE {{ {{ {LABELS} LIMIT 2 }} ?s ?p ?o }}", LABELS):
        reply = handle(Job(text=text, accept="application/json"), engine, 3)
        assert reply.status == 422 and b"more than 3 rows" in reply.body
    assert handle(Job(text=LABELS + " LIMIT 3", accept="image/png"), engine, 3).status == 406
