"""Bounded load test of `drugkg serve` (issue 14): loopback only, stops itself. Run on demand:

    python bench/bench_load.py                       # 20 clients + 1 greedy client for 20 s
    python bench/bench_load.py --clients 50 --seconds 60

The server runs as its own process (`drugkg serve` with its default limits), serving a build folder published
with base/publish.py. Each well-behaved client has its own loopback address (127.0.0.N, so the server sees
separate clients), sends a mix of library queries, ad-hoc queries, /void and /library, and paces itself
at about 4 requests per second. One greedy client (127.0.0.250, 8 threads) sends heavy queries and requests as
fast as it can. Halfway through, a new build is published; the server must switch to it without an error. Printed:
requests by status for each kind of client, latency of the well-behaved clients (p50, p95, max), errors
(connection failures and unexpected statuses), and what the server answered after the switch. The figures go
in docs/reliability.md by hand.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph_build.buildcache import write_outputs  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "query" / "graph.ttl"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
MIX = [
    ("GET", "/library/adverse-effects?drug=clonazepam"),
    ("GET", "/library/drugs-for-condition?condition=trigeminal-neuralgia"),
    ("GET", "/library/find-entities?text=relax"),
    ("GET", "/sparql?query=" + urllib.parse.quote(COUNT)),
    ("GET", "/sparql?query=" + urllib.parse.quote("SELECT ?s WHERE { ?s a ?t } LIMIT 20")),
    ("GET", "/void"),
    ("GET", "/library"),
]


def start_server(graph: Path) -> tuple[subprocess.Popen, tuple[str, int]]:
    args = [sys.executable, "-c", "from drugkg.cli import main; main()", "serve", "--graph", str(graph), "--port", "0"]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    line = process.stdout.readline()
    url = urllib.parse.urlsplit(line.split()[1])
    return process, (url.hostname, url.port)


def request(target, source: str, method: str, path: str) -> tuple[int | str, float]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection(*target, timeout=30, source_address=(source, 0))
    try:
        connection.request(method, path, headers={"Accept": "application/json"})
        response = connection.getresponse()
        body = response.read()
        if response.status not in (200, 429):  # say why: the first words of the answer
            return f"{response.status} {body.decode('utf-8', 'replace')[:48].strip()}", time.perf_counter() - started
        return response.status, time.perf_counter() - started
    except OSError as exc:
        return type(exc).__name__, time.perf_counter() - started
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rate", type=float, default=4.0, help="requests per second per well-behaved client")
    parser.add_argument("--greedy", type=int, default=8, help="threads of the one greedy client")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="drugkg-load-"))
    base = FIXTURE.read_text(encoding="utf-8")
    extra = "<https://w3id.org/drugkg/entity/load-test> <https://w3id.org/drugkg/ontology#tag> 2 .\n"
    write_outputs(folder, {"drugkg.ttl": base})
    process, target = start_server(folder / "drugkg.ttl")
    end = time.monotonic() + options.seconds
    statuses: dict[str, Counter] = {"clients": Counter(), "greedy": Counter()}
    latencies: list[float] = []
    lock = threading.Lock()

    def client(number: int) -> None:
        source = f"127.0.0.{10 + number}"
        rng = random.Random(number)
        while time.monotonic() < end:
            method, path = rng.choice(MIX)
            status, seconds = request(target, source, method, path)
            with lock:
                statuses["clients"][status] += 1
                if status == 200:
                    latencies.append(seconds)
            time.sleep(max(0.0, rng.expovariate(options.rate)))

    def greedy() -> None:
        heavy = "/sparql?query=" + urllib.parse.quote(HEAVY)
        while time.monotonic() < end:
            status, _ = request(target, "127.0.0.250", "GET", heavy if random.random() < 0.5 else "/library")
            with lock:
                statuses["greedy"][status] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(options.clients)]
    threads += [threading.Thread(target=greedy) for _ in range(options.greedy)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(options.seconds / 2)
    write_outputs(folder, {"drugkg.ttl": base + extra})  # a new build, published while under load
    switched_at = time.monotonic() - started
    for thread in threads:
        thread.join(options.seconds + 60)
    connection = http.client.HTTPConnection(*target, timeout=30, source_address=("127.0.0.9", 0))
    connection.request("GET", "/sparql?query=" + urllib.parse.quote(COUNT), headers={"Accept": "application/json"})
    after = json.loads(connection.getresponse().read())["results"]["bindings"][0]["n"]["value"]
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    ok = statuses["clients"][200]
    total = sum(statuses["clients"].values())
    unexpected = {k: v for k, v in statuses["clients"].items() if k not in (200,)}
    quantiles = statistics.quantiles(latencies, n=20) if len(latencies) >= 20 else [float("nan")] * 19
    print(f"## Load (bench/bench_load.py, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, loopback)")
    print(f"- {options.clients} paced clients (~{options.rate:g} req/s each) for {options.seconds:g} s")
    print(f"- 1 greedy client ({options.greedy} threads, no pause, half of them heavy queries)")
    print(f"- paced clients: {total} requests, {ok} answered 200; other statuses: {unexpected or 'none'}")
    p50, p95 = statistics.median(latencies), quantiles[18]
    print(f"- paced latency: p50 {p50:.3f} s, p95 {p95:.3f} s, max {max(latencies):.3f} s")
    print(f"- greedy client: {dict(statuses['greedy'])}")
    print(f"- new build published at {switched_at:.1f} s; triples served after: {after} (fixture + 1)")
    lines = len([line for line in err.splitlines() if line.strip()])
    print(f"- server stderr lines: {lines}; Traceback: {'Traceback' in err}")


if __name__ == "__main__":
    main()
