"""Serve's workers: a large graph is read from its read-only persistent store (not one copy in memory per
worker), under the same memory cap (RLIMIT_DATA), with the same answers and the same limits as in memory.

"Large" is a size threshold (workers.IN_MEMORY_MAX_BYTES); the tests lower it to 0 so that the small
fixture graph takes the store path.
"""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from fixtures.query.support import FIXTURE

from base.store import store_path
from queries import workers
from queries.server import Limits, SparqlServer

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LABELS = "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"


def doubling_query(times: int = 26) -> str:
    """A short query whose string doubles `times` times (64 B * 2^26 = 4 GB)."""
    binds = ['BIND("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" AS ?s0)']
    binds += [f"BIND(CONCAT(?s{i - 1}, ?s{i - 1}) AS ?s{i})" for i in range(1, times + 1)]
    return f"SELECT (STRLEN(?s{times}) AS ?n) WHERE {{ {' '.join(binds)} }}"


def ask(server: SparqlServer, text: str) -> tuple[int, bytes]:
    url = server.url + "/sparql?query=" + urllib.parse.quote(text)
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def rows(body: bytes) -> set[tuple]:
    data = json.loads(body)
    names = data["head"]["vars"]
    return {tuple(b.get(n, {}).get("value") for n in names) for b in data["results"]["bindings"]}


def data_limit_mb(pid: int) -> int | None:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max data size"):
            value = line.split()[3]
            return None if value == "unlimited" else int(value) // (1024 * 1024)
    return None


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    copy = tmp_path / "graph.ttl"
    shutil.copyfile(FIXTURE, copy)
    return copy


def serve(graph: Path, **limits) -> SparqlServer:
    server = SparqlServer([graph], limits=Limits(workers=1, rate=0, reload_interval=0, **limits))
    server.start()
    return server


def test_a_small_graph_is_loaded_in_memory(graph: Path) -> None:
    assert not workers.uses_store([graph])


def test_a_large_graph_is_read_from_its_store_with_the_same_answers(graph: Path, monkeypatch) -> None:
    in_memory = serve(graph)
    try:
        expected = {text: ask(in_memory, text) for text in (COUNT, LABELS)}
    finally:
        in_memory.stop()
    assert not in_memory.app.pool.limits.persistent
    monkeypatch.setattr(workers, "IN_MEMORY_MAX_BYTES", 0)
    stored = serve(graph, memory_mb=512)
    try:
        assert stored.app.pool.limits.persistent
        assert (store_path(graph) / "db").is_dir()  # built once by the pool, before the workers opened it
        for text, (status, body) in expected.items():
            answer = ask(stored, text)
            assert status == answer[0] == 200
            assert rows(answer[1]) == rows(body)
        (worker,) = stored.app.pool.all
        assert data_limit_mb(worker.process.pid) == 512
    finally:
        stored.stop()


def test_the_memory_cap_holds_on_the_store(graph: Path, monkeypatch) -> None:
    """A query that grows without bound is stopped at the cap, and ordinary queries still fit under it (the
    address-space cap used before failed them on the on-disk store)."""
    monkeypatch.setattr(workers, "IN_MEMORY_MAX_BYTES", 0)
    server = serve(graph, memory_mb=512)
    try:
        status, body = ask(server, doubling_query())
        assert status == 503 and b"memory limit of 512 MB" in body
        for _ in range(3):
            status, body = ask(server, COUNT)  # on the replaced worker
            assert status == 200 and rows(body)
    finally:
        server.stop()
