"""Workers that answer their connections themselves (decision 0951): kept-alive and pipelined requests,
requests a worker hands back to the server (half a request, an in-process page, an answer not read at once),
the time limit on a kept-alive connection, the rate limit shared by every worker, and kept-alive connections
moved to the new workers when a new build is published. Loopback only."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
from fixtures.query.support import FIXTURE

from graph_build.buildcache import write_outputs
from queries.server import Limits, SparqlServer
from queries.shared_limits import SharedLimits, client_key

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~10^9 rows to count
LABELS = "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"


def get(text: str, extra: str = "") -> bytes:
    target = "/sparql?query=" + urllib.parse.quote(text)
    return f"GET {target} HTTP/1.1\r\nHost: x\r\nAccept: application/sparql-results+json\r\n{extra}\r\n".encode()


def read_answer(sock: socket.socket, buffer: bytearray) -> tuple[int, dict[str, str], bytes]:
    """One answer from a kept-alive connection: (status, headers, body); leftovers stay in `buffer`."""
    while b"\r\n\r\n" not in buffer:
        data = sock.recv(65536)
        if not data:
            raise ConnectionError("closed")
        buffer += data
    end = buffer.index(b"\r\n\r\n")
    lines = bytes(buffer[:end]).decode("latin-1").split("\r\n")
    del buffer[: end + 4]
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    size = int(headers.get("content-length", "0"))
    while len(buffer) < size:
        data = sock.recv(65536)
        if not data:
            raise ConnectionError("closed")
        buffer += data
    body = bytes(buffer[:size])
    del buffer[:size]
    return int(lines[0].split()[1]), headers, body


def count_of(body: bytes) -> int:
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def server():
    limits = Limits(workers=2, rate=0, reload_interval=0, socket_timeout=5, time_limit=4, row_limit=100000)
    server = SparqlServer([FIXTURE], limits=limits)
    server.start()
    yield server
    server.stop()


def connect(server: SparqlServer, source: str = "127.0.0.1", receive_buffer: int = 0) -> socket.socket:
    host, port = server.httpd.server_address[:2]
    sock = socket.socket()
    if receive_buffer:  # before connecting, so the window the server sees is small
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    sock.settimeout(60)
    sock.bind((source, 0))
    sock.connect((host, port))
    return sock


def test_one_kept_alive_connection_serves_queries_pages_and_forms(server) -> None:
    with connect(server) as sock:
        buffer = bytearray()
        sock.sendall(get(COUNT))
        status, headers, body = read_answer(sock, buffer)
        total = count_of(body)
        assert status == 200 and headers["content-type"].startswith("application/sparql-results+json") and total > 0
        sock.sendall(b"GET /library HTTP/1.1\r\nHost: x\r\n\r\n")  # an in-process page: the server answers it
        status, _, body = read_answer(sock, buffer)
        assert status == 200 and any(item["name"] == "adverse-effects" for item in json.loads(body))
        query = COUNT.encode()
        sock.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            + b"Accept: application/sparql-results+json\r\nContent-Length: %d\r\n\r\n" % len(query)
            + query
        )
        status, _, body = read_answer(sock, buffer)
        assert status == 200 and count_of(body) == total
        sock.sendall(b"HEAD /library/adverse-effects?drug=clonazepam HTTP/1.1\r\nHost: x\r\n\r\n")
        status, headers, body = _head(sock, buffer)
        assert status == 200 and int(headers["content-length"]) > 0 and body == b""
        sock.sendall(get(COUNT))  # still the same connection
        assert count_of(read_answer(sock, buffer)[2]) == total


def _head(sock: socket.socket, buffer: bytearray) -> tuple[int, dict[str, str], bytes]:
    """The answer to a HEAD: a head announcing a length, and no body."""
    while b"\r\n\r\n" not in buffer:
        buffer += sock.recv(65536)
    end = buffer.index(b"\r\n\r\n")
    lines = bytes(buffer[:end]).decode("latin-1").split("\r\n")
    del buffer[: end + 4]
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, b""


def test_pipelined_and_split_requests_are_answered_in_order(server) -> None:
    with connect(server) as sock:
        buffer = bytearray()
        sock.sendall(get(COUNT) + get("ASK { ?s ?p ?o }") + get(COUNT))  # three requests in one write
        first, second, third = (read_answer(sock, buffer) for _ in range(3))
        assert first[0] == second[0] == third[0] == 200
        assert json.loads(second[2])["boolean"] is True and first[2] == third[2]
        request = get(COUNT)
        sock.sendall(request[:20])  # half a request: the server reads the rest with its clocks
        time.sleep(0.3)
        sock.sendall(request[20:])
        status, _, body = read_answer(sock, buffer)
        assert status == 200 and body == first[2]
        sock.sendall(get(COUNT, "Connection: close\r\n"))
        status, headers, _ = read_answer(sock, buffer)
        assert status == 200 and headers["connection"] == "close"
        assert sock.recv(10) == b""  # closed after the answer, as asked


def test_the_time_limit_answers_503_on_a_kept_alive_connection(server) -> None:
    with connect(server, "127.0.0.7") as sock:
        buffer = bytearray()
        sock.sendall(get(COUNT))
        assert read_answer(sock, buffer)[0] == 200
        sock.sendall(get(SLOW))
        status, headers, body = read_answer(sock, buffer)
        assert status == 503 and b"time limit of 4 s" in body and headers["connection"] == "close"
    with connect(server, "127.0.0.7") as sock:  # the worker was replaced; the client is served again
        sock.sendall(get(COUNT))
        assert read_answer(sock, bytearray())[0] == 200


def test_an_answer_the_client_does_not_read_does_not_hold_a_worker(server) -> None:
    slow = connect(server, "127.0.0.8", receive_buffer=4096)
    try:
        big = "SELECT ?s ?p ?o ?x WHERE { ?s ?p ?o . ?x ?q ?o }"  # a few MB of JSON
        slow.sendall(get(big))
        time.sleep(1.0)  # not reading: the worker hands the rest of the answer to the server
        for index in range(4):  # both workers still answer others at once
            with connect(server, f"127.0.0.{20 + index}") as other:
                other.settimeout(10)
                other.sendall(get(COUNT))
                assert read_answer(other, bytearray())[0] == 200
        status, headers, body = read_answer(slow, bytearray())
        assert status == 200 and len(body) == int(headers["content-length"]) > 1_000_000
        assert json.loads(body)["results"]["bindings"]
    finally:
        slow.close()


def test_the_rate_limit_counts_every_workers_requests() -> None:
    server = SparqlServer([FIXTURE], limits=Limits(workers=2, rate=0.5, burst=4, reload_interval=0))
    server.start()
    try:
        socks = [connect(server, "127.0.0.9") for _ in range(4)]  # spread over both workers
        statuses = []
        try:
            for _ in range(3):
                for sock in socks:
                    if sock.fileno() < 0:
                        continue
                    sock.sendall(get("ASK {}"))
                    try:
                        status, _, _ = read_answer(sock, bytearray())
                    except ConnectionError:
                        status = 0
                    statuses.append(status)
                    if status == 429:
                        sock.close()
        finally:
            for sock in socks:
                sock.close()
        assert statuses.count(200) <= 5 and 429 in statuses  # the burst of 4 (+1 refilled), not 4 per worker
        other = connect(server, "127.0.0.10")
        with other:
            other.sendall(get("ASK {}"))
            assert read_answer(other, bytearray())[0] == 200
    finally:
        server.stop()


def test_kept_alive_connections_move_to_the_new_build(tmp_path: Path) -> None:
    def build(tag: int) -> dict[str, str]:
        triple = f"<https://w3id.org/drugkg/entity/t{tag}> <https://w3id.org/drugkg/ontology#tag> {tag} .\n"
        text = FIXTURE.read_text(encoding="utf-8") + triple * tag
        return {"drugkg.ttl": text, "ontology.ttl": triple, "summary.json": "{}\n", "void.ttl": triple}

    out = tmp_path / "build"
    write_outputs(out, build(1))
    server = SparqlServer([out / "drugkg.ttl"], limits=Limits(workers=2, rate=0, reload_interval=0))
    server.start()
    try:
        socks = [connect(server) for _ in range(3)]
        buffers = [bytearray() for _ in socks]
        before = set()
        for sock, buffer in zip(socks, buffers, strict=True):
            sock.sendall(get(COUNT))
            before.add(count_of(read_answer(sock, buffer)[2]))
        extra = "<https://w3id.org/drugkg/entity/t9> <https://w3id.org/drugkg/ontology#tag> 9 .\n"
        write_outputs(out, build(2) | {"drugkg.ttl": build(2)["drugkg.ttl"] + extra})
        assert server.app.reload() is True
        after = set()
        for sock, buffer in zip(socks, buffers, strict=True):  # the same connections, on the new workers
            sock.sendall(get(COUNT))
            after.add(count_of(read_answer(sock, buffer)[2]))
            sock.close()
        assert len(before) == 1 and after == {before.pop() + 1}
    finally:
        server.stop()


def test_shared_limits_are_one_table_for_every_process() -> None:
    first = SharedLimits.create(rate=1.0, burst=2)
    second = SharedLimits(first.fd, rate=1.0, burst=2)  # as a worker maps it
    assert [first.take("a", now=5.0), second.take("a", now=5.0), second.take("a", now=5.0)] == [None, None, 1]
    key = client_key("127.0.0.2")
    assert first.claim(0, key, 1, limit=1) and not second.claim(1, key, 2, limit=1)
    assert second.claim(1, client_key("127.0.0.3"), 3, limit=1)
    first.set_slot(0, 0)
    assert second.claim(2, key, 4, limit=1)


def test_a_client_waiting_for_its_share_does_not_hold_its_worker(server) -> None:
    """While one client's second query waits for its share, the same worker answers another client."""
    results: dict[str, int] = {}

    def heavy(index: int) -> None:
        with connect(server, "127.0.0.11") as sock:
            sock.sendall(get(SLOW))
            results[f"heavy{index}"] = read_answer(sock, bytearray())[0]

    threads = [threading.Thread(target=heavy, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
        time.sleep(0.3)
    with connect(server, "127.0.0.12") as sock:
        sock.sendall(get(COUNT))
        assert read_answer(sock, bytearray())[0] == 200
    answered_meanwhile = dict(results)
    for thread in threads:
        thread.join()
    assert sorted(results.values()) == [429, 503]
    assert 503 not in answered_meanwhile.values()  # answered while the heavy query still ran, not behind it


def test_a_kept_alive_request_behind_a_long_query_moves_to_an_idle_worker(server) -> None:
    """Kept-alive connections on both workers; a long query takes one worker; a request sent on each connection
    is answered while that query still runs (the one behind it moves to the idle worker)."""
    kept = [connect(server, "127.0.0.13"), connect(server, "127.0.0.14")]  # one per worker: fewest connections
    try:
        for sock in kept:
            sock.sendall(get(COUNT))
            assert read_answer(sock, bytearray())[0] == 200
        results: dict[str, int] = {}

        def heavy() -> None:
            with connect(server, "127.0.0.15") as sock:
                sock.sendall(get(SLOW))
                results["heavy"] = read_answer(sock, bytearray())[0]

        thread = threading.Thread(target=heavy)
        thread.start()
        time.sleep(0.5)  # the long query runs on one of the two workers
        for sock in kept:
            sock.sendall(get(COUNT))
            assert read_answer(sock, bytearray())[0] == 200
        answered_meanwhile = dict(results)
        thread.join()
        assert results == {"heavy": 503} and answered_meanwhile == {}
    finally:
        for sock in kept:
            sock.close()
