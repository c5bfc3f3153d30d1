"""The endpoint under hostile clients: lying headers, memory and CPU bombs, slow and greedy clients,
crowds, malformed and empty requests, paths in errors, form bodies, dropped connections.

Each case here failed before issue 14 (docs/reliability.md lists them); all are loopback only.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fixtures.query.support import FIXTURE
from netclient import body_of, call, connect, header_of, query, raw, read_all, reset, status_of

from base.errors import DrugkgError
from base.paths import PROJECT_ROOT
from queries.server import ROUTES, Limits, Response, SparqlServer

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~10^9 rows to count


POST_HEAD = "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"


def doubling_query(times: int = 26) -> str:
    """A 1 KB query whose string doubles `times` times (64 B * 2^26 = 4 GB)."""
    binds = ['BIND("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" AS ?s0)']
    binds += [f"BIND(CONCAT(?s{i - 1}, ?s{i - 1}) AS ?s{i})" for i in range(1, times + 1)]
    return f"SELECT (STRLEN(?s{times}) AS ?n) WHERE {{ {' '.join(binds)} }}"


def all_workers_idle(server, timeout: float = 120.0) -> None:
    """Wait until every worker is idle (a worker replaced after a limit starts in the background)."""
    deadline = time.monotonic() + timeout
    while server.app.pool.idle.qsize() < server.app.limits.workers:
        if time.monotonic() > deadline:
            pytest.fail("the query workers did not come back")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def server():
    limits = Limits(
        time_limit=5, row_limit=50, max_body=4096, workers=2, memory_mb=512, socket_timeout=1.5,
        max_connections=6, rate=0, client_jobs=1, reload_interval=0,
    )  # fmt: skip
    server = SparqlServer([FIXTURE], limits=limits)
    server.start()
    yield server
    server.stop()


# --- bodies: a hard cap whatever the headers say


@pytest.mark.parametrize("length", ["-1", "-100000000", "1e9", "0x10", " 12abc"])
def test_a_lying_content_length_is_refused_without_reading(server, length: str) -> None:
    head = f"{POST_HEAD}Content-Length: {length}\r\n\r\n"
    answer = raw(server, head.encode() + b"A" * 100_000, timeout=10)
    assert status_of(answer) == 400 and b"Content-Length" in body_of(answer)


def test_a_chunked_body_is_refused(server) -> None:
    head = (
        "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
    )
    answer = raw(server, head.encode() + b"10000000\r\n" + b"A" * 100_000, timeout=10)
    assert status_of(answer) == 411 and b"chunked" in body_of(answer)


def test_a_body_over_the_cap_is_refused_before_reading(server) -> None:
    head = f"{POST_HEAD}Content-Length: 100000000\r\n\r\n"
    answer = raw(server, head.encode(), timeout=10)
    assert status_of(answer) == 413 and b"over the limit of 4096" in body_of(answer)


def test_a_short_body_then_a_stall_is_answered(server) -> None:
    head = (
        "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK"
    )
    answer = raw(server, head.encode(), timeout=20)
    assert status_of(answer) == 408


# --- worker limits


def test_a_memory_bomb_is_stopped_and_the_worker_replaced(server) -> None:
    status, _, body = query(server, doubling_query())
    assert status == 503 and b"memory limit of 512 MB" in body
    all_workers_idle(server)  # the spent worker was replaced
    for _ in range(3):
        assert query(server, COUNT)[0] == 200


def test_a_cpu_bomb_is_stopped_at_the_cpu_limit() -> None:
    server = SparqlServer([FIXTURE], limits=Limits(time_limit=60, cpu_seconds=1, workers=1, reload_interval=0))
    server.start()
    try:
        status, _, body = query(server, SLOW)
        assert status == 503 and b"CPU limit of 1 s" in body
        assert query(server, COUNT)[0] == 200
    finally:
        server.stop()


# --- slow and greedy clients


def test_a_silent_connection_is_closed_after_the_socket_timeout(server) -> None:
    with connect(server, timeout=30) as sock:
        sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost:")  # then nothing
        started = time.monotonic()
        assert read_all(sock) == b""  # closed by the server, not by our 30 s timeout
        assert time.monotonic() - started < 25


def test_a_dripping_client_is_cut_off_at_the_request_timeout() -> None:
    limits = Limits(workers=1, socket_timeout=1.5, request_timeout=3, rate=0, reload_interval=0)
    server = SparqlServer([FIXTURE], limits=limits)
    server.start()
    try:
        with connect(server, timeout=30) as sock:
            started = time.monotonic()
            head = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 40
            try:
                for byte in head:  # one byte per 0.5 s: always inside the socket timeout, never done
                    sock.sendall(bytes([byte]))
                    time.sleep(0.5)
            except OSError:  # the server closed the connection while we dripped
                pass
            assert read_all(sock) == b"" and time.monotonic() - started < 20
        with connect(server, timeout=30) as sock:  # a body that drips is answered 408
            sock.sendall(POST_HEAD.encode() + b"Content-Length: 40\r\n\r\n")
            try:
                for _ in range(30):
                    sock.sendall(b"A")
                    time.sleep(0.5)
            except OSError:
                pass
            assert status_of(read_all(sock)) == 408
    finally:
        server.stop()


def test_connections_are_bounded_and_freed() -> None:
    limits = Limits(workers=1, max_connections=3, socket_timeout=5, rate=0, reload_interval=0)
    server = SparqlServer([FIXTURE], limits=limits)
    server.start()
    try:
        idle = [connect(server) for _ in range(3)]  # hold every slot without sending
        try:
            time.sleep(0.3)
            answer = raw(server, b"GET /library HTTP/1.1\r\nHost: x\r\n\r\n", timeout=10)
            assert status_of(answer) == 503 and header_of(answer, "Retry-After") == "1"
        finally:
            for sock in idle:
                sock.close()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # the slots come back once the idle connections are gone
            if query(server, "ASK {}")[0] == 200:
                break
            time.sleep(0.2)
        else:
            pytest.fail("the server did not free its connection slots")
    finally:
        server.stop()


def test_one_clients_heavy_queries_do_not_starve_others(server) -> None:
    all_workers_idle(server)
    with ThreadPoolExecutor(3) as pool:
        heavy = [pool.submit(query, server, SLOW, "127.0.0.2") for _ in range(2)]
        time.sleep(0.5)
        status, _, _ = query(server, COUNT, source="127.0.0.3")  # another client is served meanwhile
        results = sorted(f.result()[0] for f in heavy)
    assert status == 200
    assert results == [429, 503]  # the client's second query waited for its share, then was refused


def test_rate_limit_answers_429_with_retry_after_while_others_are_served() -> None:
    server = SparqlServer([FIXTURE], limits=Limits(workers=1, rate=0.2, burst=3, reload_interval=0))
    server.start()
    try:
        statuses = [call(server, "GET", "/library", source="127.0.0.4")[0] for _ in range(6)]
        assert statuses[:3] == [200, 200, 200] and 429 in statuses[3:]
        status, headers, body = call(server, "GET", "/library", source="127.0.0.4")
        assert status == 429 and int(headers["retry-after"]) >= 1 and b"per second" in body
        assert call(server, "GET", "/library", source="127.0.0.5")[0] == 200
    finally:
        server.stop()


# --- bounded in-process work


def test_void_is_computed_once_per_build(server, monkeypatch: pytest.MonkeyPatch) -> None:
    import graph_build.describe

    calls = []
    original = graph_build.describe.void_graph
    monkeypatch.setattr(graph_build.describe, "void_graph", lambda *a, **k: calls.append(1) or original(*a, **k))
    server.app.current._void.clear()
    with ThreadPoolExecutor(5) as pool:  # within the server's 6 connections
        answers = list(pool.map(lambda _: call(server, "GET", "/void", source="127.0.0.6"), range(5)))
    assert {a[0] for a in answers} == {200} and len({a[2] for a in answers}) == 1
    assert len(calls) == 1


def test_in_process_pages_run_a_bounded_number_at_once(server) -> None:
    running, most = [0], [0]
    lock = threading.Lock()

    def slow_page(request):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.3)
        with lock:
            running[0] -= 1
        return Response(200, b"ok")

    ROUTES["/adversarial-slow"] = slow_page
    try:
        with ThreadPoolExecutor(5) as pool:
            statuses = list(
                pool.map(lambda i: call(server, "GET", "/adversarial-slow", source=f"127.0.1.{i}")[0], range(5))
            )
    finally:
        del ROUTES["/adversarial-slow"]
    assert statuses == [200] * 5 and most[0] <= server.app.limits.in_process


# --- what answers say


def test_unknown_library_query_is_404_without_the_install_path(server) -> None:
    status, _, body = call(server, "GET", "/library/nothing-here")
    assert status == 404 and b"no library query called 'nothing-here'" in body
    assert str(PROJECT_ROOT).encode() not in body


def test_no_path_or_traceback_in_any_error(server, tmp_path: Path) -> None:
    secret = str(tmp_path / "private" / "file.txt")

    def broken(request):
        raise RuntimeError(f"cannot open {secret}")

    def refused(request):
        raise DrugkgError("bad thing", where=PROJECT_ROOT / "queries" / "x.rq", fix="do otherwise")

    ROUTES["/adversarial-broken"], ROUTES["/adversarial-refused"] = broken, refused
    try:
        status, _, body = call(server, "GET", "/adversarial-broken")
        assert status == 500 and b"internal error" in body
        assert secret.encode() not in body and b"Traceback" not in body and b"RuntimeError" not in body
        status, _, body = call(server, "GET", "/adversarial-refused")
        assert status == 400 and body == b"bad thing; do otherwise\n"
    finally:
        del ROUTES["/adversarial-broken"], ROUTES["/adversarial-refused"]
    for path in ("/nowhere/../../etc/passwd", "/library/..%2F..%2Fetc%2Fpasswd", "/explore?focus=%00"):
        body = call(server, "GET", path)[2]
        assert str(PROJECT_ROOT).encode() not in body and b"Traceback" not in body


@pytest.mark.parametrize(
    "method, path, body, headers",
    [
        ("GET", "/sparql?query=", None, {}),
        ("GET", "/sparql?query=%20%20", None, {}),
        ("GET", "/sparql?query=%23%20only%20a%20comment", None, {}),
        ("POST", "/sparql", "query=", {"Content-Type": "application/x-www-form-urlencoded"}),
        ("POST", "/sparql", "", {"Content-Type": "application/sparql-query"}),
        ("POST", "/sparql", "PREFIX a: <http://x/>", {"Content-Type": "application/sparql-query"}),
    ],
)
def test_an_empty_query_is_400_no_query(server, method, path, body, headers) -> None:
    status, _, payload = call(server, method, path, body, headers)
    assert status == 400 and b"no query" in payload, payload


@pytest.mark.parametrize(
    "method, path, body, headers, expected",
    [
        ("GET", "/sparql?query=%ZZ", None, {}, 400),
        ("GET", "/sparql?query=SELECT%20*%20WHERE%20%7B", None, {}, 400),
        ("POST", "/sparql", "\xff", {"Content-Type": "application/sparql-query"}, 400),
        ("POST", "/sparql", "ASK {}", {"Content-Type": "application/sparql-query; charset=latin-1"}, 415),
        ("POST", "/sparql", "ASK {}", {"Content-Type": "image/png"}, 415),
        (
            "POST",
            "/sparql",
            "query=ASK%7B%7D&query=ASK%7B%7D",
            {"Content-Type": "application/x-www-form-urlencoded"},
            400,
        ),
        ("PUT", "/sparql", "x", {}, 405),
        ("POST", "/library/adverse-effects", "drug=x", {"Content-Type": "text/plain"}, 415),
    ],
)
def test_malformed_requests_get_their_status(server, method, path, body, headers, expected) -> None:
    data = body.encode("latin-1") if body == "\xff" else body
    assert call(server, method, path, data, headers)[0] == expected


def test_a_form_body_is_honoured_on_library_routes(server) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    posted = call(server, "POST", "/library/adverse-effects", "drug=baclofen", form)
    got = call(server, "GET", "/library/adverse-effects?drug=baclofen", headers={"Accept": "application/json"})
    other = call(server, "GET", "/library/adverse-effects?drug=clonazepam", headers={"Accept": "application/json"})
    assert posted[0] == got[0] == other[0] == 200
    assert json.loads(posted[2]) == json.loads(got[2])
    assert json.loads(posted[2])["results"]["bindings"] == []  # the fixture has no adverse effect of baclofen
    assert json.loads(other[2])["results"]["bindings"]  # while clonazepam has some
    unasked = call(server, "GET", "/library/adverse-effects", headers={"Accept": "application/json"})
    assert unasked[0] == 400 and b"drug" in unasked[2]  # no answer to a question nobody asked
    missing = call(server, "POST", "/library/adverse-effects", "drug=aspirin", form)
    assert missing[0] == 400 and b"aspirin" in missing[2]
    both = call(server, "POST", "/library/adverse-effects?drug=clonazepam", "drug=baclofen", form)
    assert both[0] == 400


# --- dropped connections: `drugkg serve` stays quiet


def test_serve_prints_no_traceback_when_clients_drop() -> None:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    args = [sys.executable, "-c", "from drugkg.cli import main; main()", "serve", "--graph", str(FIXTURE),
            "--port", "0", "--workers", "1", "--time-limit", "2", "--socket-timeout", "2"]  # fmt: skip
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    try:
        line = process.stdout.readline()
        url = urllib.parse.urlsplit(line.split()[1])
        target = (url.hostname, url.port)

        def open_() -> socket.socket:
            return socket.create_connection(target, timeout=10)

        sock = open_()  # a slow query, then the client vanishes; the server writes its 503 to nobody
        sock.sendall(b"GET /sparql?query=" + urllib.parse.quote(SLOW).encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        reset(sock)
        sock = open_()  # half a request line, then a reset
        sock.sendall(b"GET /libr")
        reset(sock)
        sock = open_()  # a big answer read by no one
        sock.sendall(b"GET /library HTTP/1.1\r\nHost: x\r\n\r\n")
        reset(sock)
        open_().close()  # connect and leave
        time.sleep(4)
        with open_() as sock:  # still serving
            sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert status_of(read_all(sock)) == 200
    finally:
        process.send_signal(signal.SIGINT)
        try:
            _, err = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            _, err = process.communicate()
    assert "Traceback" not in err and "Error" not in err, err


def test_explore_is_bounded_work_in_the_server_process(server) -> None:
    from queries.server import LIGHT_ROUTES, route_key
    from queries.viz_serve import mount

    mount()
    assert route_key("/explore") not in LIGHT_ROUTES and route_key("/explore/neighbours") not in LIGHT_ROUTES
    for asked in ("depth=6", "max_nodes=5001", "max_nodes=-1", "depth=1&depth=2", "&".join(["focus=x"] * 21)):
        status, _, body = call(server, "GET", f"/explore?{asked}")
        assert status == 400 and str(PROJECT_ROOT).encode() not in body, (asked, body)
