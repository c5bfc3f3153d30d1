"""`drugkg serve` against `oxigraph serve-read-only` on the same data, in the same run (issue 17.3).

    python bench/bench_serve.py [--graphs build/drugkg.ttl,build/merged.nt] [--runs 5] [--seconds 2]

For each graph, both servers run at once on loopback: drugkg serve with its defaults (2 workers, 1,024 MB,
10 s, 64 connections, per-client shares of the workers) except the rate limit, raised to 10^6 requests/s
so the token bucket still runs but never refuses; Oxigraph's read-only server on the graph's persistent
store (base/store.py: the same RocksDB files). A cheap query and a heavy one, each at 1, 8 and 32 kept-alive
clients; each client is a thread with one connection from its own loopback address (127.0.0.2, .3, ...),
as separate users would be. Requests/s is the median of `--runs` timed runs after a warm-up run, with min
and max; the client's own ceiling is measured against a server that answers every request with the same
bytes. Both servers' answers are compared (as sets of rows, without LIMIT) before timing. Peak resident memory: the
drugkg server plus its workers, and the Oxigraph process. Writes bench/results/serve.json and serve.md.
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results"
DRUGKG = str(Path(sys.executable).with_name("drugkg"))
OXIGRAPH = str(Path(sys.executable).with_name("oxigraph"))
PREFIX = "PREFIX dkg: <https://w3id.org/drugkg/ontology#> "
QUERIES = {
    "cheap": PREFIX + "SELECT ?c WHERE { ?c dkg:predicate dkg:treats } LIMIT 10",
    "heavy": PREFIX + "SELECT ?p (COUNT(?c) AS ?n) WHERE { ?c a dkg:Claim ; dkg:predicate ?p } GROUP BY ?p",
}
CLIENTS = (1, 8, 32)
TARGET = 0.7
MEMORY_TARGET_MB = 600


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request_bytes(path: str, query: str) -> bytes:
    target = f"{path}?query={urllib.parse.quote(query)}"
    return f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/sparql-results+json\r\n\r\n".encode()


def read_answer(sock: socket.socket, buffer: bytearray) -> tuple[bytes, bytes]:
    """Read one HTTP answer (Content-Length or chunked) from `sock`; (head, body). Leftovers stay in `buffer`."""
    while b"\r\n\r\n" not in buffer:
        _fill(sock, buffer)
    end = buffer.index(b"\r\n\r\n")
    head = bytes(buffer[:end])
    del buffer[: end + 4]
    length = None
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length is not None:
        while len(buffer) < length:
            _fill(sock, buffer)
        body = bytes(buffer[:length])
        del buffer[:length]
        return head, body
    body = bytearray()
    while True:  # chunked
        while b"\r\n" not in buffer:
            _fill(sock, buffer)
        end = buffer.index(b"\r\n")
        size = int(bytes(buffer[:end]).split(b";")[0], 16)
        while len(buffer) < end + 2 + size + 2:
            _fill(sock, buffer)
        body += buffer[end + 2 : end + 2 + size]
        del buffer[: end + 2 + size + 2]
        if size == 0:
            return head, bytes(body)


def _fill(sock: socket.socket, buffer: bytearray) -> None:
    data = sock.recv(65536)
    if not data:
        raise ConnectionError("the server closed the connection")
    buffer += data


def load(port: int, request: bytes, clients: int, seconds: float) -> dict:
    """`clients` kept-alive connections sending `request` back to back for `seconds`: answers 200 per second,
    and the other answers (errors), which are not counted in the rate."""
    counts, errors = [0] * clients, [0] * clients
    start = threading.Barrier(clients + 1)

    def client(index: int) -> None:
        sock = socket.create_connection(("127.0.0.1", port), source_address=(f"127.0.0.{2 + index}", 0))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buffer = bytearray()
        start.wait()
        end = time.monotonic() + seconds
        try:
            while time.monotonic() < end:
                sock.sendall(request)
                head, _ = read_answer(sock, buffer)
                if head.startswith(b"HTTP/1.1 200"):
                    counts[index] += 1
                else:
                    errors[index] += 1
        except OSError:
            errors[index] += 1
        finally:
            sock.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.monotonic()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    return {"rps": sum(counts) / elapsed, "errors": sum(errors), "requests": sum(counts)}


def measure(port: int, request: bytes, clients: int, seconds: float, runs: int) -> dict:
    before = round(os.getloadavg()[0], 2)
    load(port, request, clients, seconds)  # warm-up
    results = [load(port, request, clients, seconds) for _ in range(runs)]
    rates = [r["rps"] for r in results]
    return {
        "median": statistics.median(rates),
        "min": min(rates),
        "max": max(rates),
        "errors": sum(r["errors"] for r in results),
        "requests": sum(r["requests"] for r in results),
        "load": [before, round(os.getloadavg()[0], 2)],
    }


def answer_rows(port: int, path: str, query: str) -> set:
    """The rows of a JSON SELECT answer as a set of tuples of values (to compare two servers)."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(request_bytes(path, query))
        head, body = read_answer(sock, bytearray())
    if not head.startswith(b"HTTP/1.1 200"):
        raise SystemExit(f"bench: {path} answered {head.splitlines()[0]!r}")
    data = json.loads(body)
    names = data["head"]["vars"]
    return {tuple(row.get(n, {}).get("value") for n in names) for row in data["results"]["bindings"]}


def wait_ready(port: int, path: str, process: subprocess.Popen, timeout: float = 600.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"bench: the server on port {port} stopped ({process.returncode})")
        try:
            answer_rows(port, path, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
            return
        except (OSError, SystemExit, ValueError, KeyError):
            time.sleep(0.2)
    raise SystemExit(f"bench: no server on port {port} after {timeout:.0f} s")


def peak_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of `pid` and its live children, in MB."""
    total = 0
    pids = [pid]
    with_children = Path(f"/proc/{pid}/task/{pid}/children")
    if with_children.exists():
        pids += [int(p) for p in with_children.read_text().split()]
    for each in pids:
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


CANNED = b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: 2\r\n\r\n{}"


def canned_server(port: int) -> None:
    """Answer every request with the same bytes (the client's ceiling), one thread, non-blocking."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(128)
    listener.setblocking(False)
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    pending: dict[socket.socket, bytes] = {}
    while True:
        for key, _ in selector.select():
            if key.fileobj is listener:
                conn, _ = listener.accept()
                conn.setblocking(False)
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                selector.register(conn, selectors.EVENT_READ)
                pending[conn] = b""
                continue
            conn = key.fileobj
            try:
                data = conn.recv(65536)
            except OSError:
                data = b""
            if not data:
                selector.unregister(conn)
                pending.pop(conn, None)
                conn.close()
                continue
            data = pending[conn] + data
            answers = data.count(b"\r\n\r\n")
            pending[conn] = data[data.rindex(b"\r\n\r\n") + 4 :] if answers else data
            if answers:
                conn.sendall(CANNED * answers)


def start(args: list[str], port: int, path: str) -> subprocess.Popen:
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    wait_ready(port, path, process)
    return process


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def bench_graph(graph: Path, runs: int, seconds: float) -> dict:
    from base.store import ensure_store, open_graph_store, store_path

    if ensure_store(graph) is None:
        raise SystemExit(f"bench: cannot create the store of {graph} (folder not writable)")
    ours, theirs = free_port(), free_port()
    serve = [DRUGKG, "serve", "--graph", str(graph), "--port", str(ours), "--rate-limit", "1000000", "--burst"]
    serve += ["1000000"]
    oxigraph = [OXIGRAPH, "serve-read-only", "--location", str(store_path(graph) / "db"), "--bind"]
    oxigraph += [f"127.0.0.1:{theirs}"]
    figures: dict = {"graph": str(graph), "triples": len(open_graph_store(graph)), "queries": {}}
    drugkg = start(serve, ours, "/sparql")
    try:
        peer = start(oxigraph, theirs, "/query")
        try:
            for name, query in QUERIES.items():
                whole = query.split(" LIMIT ")[0]  # without LIMIT: the engines may pick different first rows
                same = answer_rows(ours, "/sparql", whole) == answer_rows(theirs, "/query", whole)
                if not same:
                    raise SystemExit(f"bench: the two servers answer the {name} query differently")
                row: dict = {"text": query, "clients": {}}
                for clients in CLIENTS:
                    row["clients"][str(clients)] = {
                        "drugkg": measure(ours, request_bytes("/sparql", query), clients, seconds, runs),
                        "oxigraph": measure(theirs, request_bytes("/query", query), clients, seconds, runs),
                    }
                figures["queries"][name] = row
            figures["peak_mb"] = {"drugkg": peak_mb(drugkg.pid), "oxigraph": peak_mb(peer.pid)}
        finally:
            stop(peer)
    finally:
        stop(drugkg)
    return figures


def ceiling(runs: int, seconds: float) -> dict:
    port = free_port()
    process = subprocess.Popen([sys.executable, __file__, "--canned", str(port)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port)).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit("bench: the canned server did not start") from None
                time.sleep(0.05)
        request = request_bytes("/sparql", QUERIES["cheap"])
        return {str(c): measure(port, request, c, seconds, runs) for c in CLIENTS}
    finally:
        stop(process)


def run(graphs: list[Path], runs: int, seconds: float) -> dict:
    """Every figure of this benchmark (the `serve` section of bench/run.py)."""
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "runs": runs,
        "seconds": seconds,
        "ceiling": ceiling(runs, seconds),
        "graphs": [bench_graph(g, runs, seconds) for g in graphs],
        "target_ratio": TARGET,
        "target_peak_mb": MEMORY_TARGET_MB,
    }


def markdown_lines(report: dict) -> list[str]:
    rate = lambda f: f"{f['median']:,.0f} ({f['min']:,.0f}–{f['max']:,.0f})"  # noqa: E731
    lines = [
        f"### The endpoint against `oxigraph serve-read-only` (bench/bench_serve.py, {report['date']})",
        "",
        f"Requests/s, median of {report['runs']} runs of {report['seconds']:g} s after a warm-up (min–max); kept-alive "
        "clients, each from its own loopback address; drugkg serve with its default limits and the rate limit "
        "raised to 10^6/s; ratio = drugkg ÷ Oxigraph medians of the same run; only answers 200 are counted; errors "
        "= answers other than 200 in all runs (drugkg / Oxigraph), of `requests` answered 200.",
        "",
        "Client ceiling (a server answering the same bytes to every request): "
        + ", ".join(f"{c} clients {rate(f)}" for c, f in report["ceiling"].items())
        + " requests/s.",
        "",
        "| graph | query | clients | drugkg serve | oxigraph serve-read-only | ratio | ≥ 0.7× | errors | load |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for graph in report["graphs"]:
        label = f"{Path(graph['graph']).name} ({graph['triples']:,})"
        for name, row in graph["queries"].items():
            for clients, pair in row["clients"].items():
                ours, theirs = pair["drugkg"], pair["oxigraph"]
                ratio = ours["median"] / theirs["median"] if theirs["median"] else 0.0
                verdict = "met" if ratio >= report["target_ratio"] else "**NOT met**"
                lines.append(
                    f"| {label} | {name} | {clients} | {rate(ours)} | {rate(theirs)} | {ratio:.2f} | {verdict} "
                    f"| {ours['errors']} / {theirs['errors']} of {ours['requests']:,} / {theirs['requests']:,} "
                    f"| {ours['load'][0]} → {theirs['load'][1]} |"
                )
    lines += ["", "| graph | peak memory: drugkg serve + workers | oxigraph | ≤ 600 MB |", "|---|---|---|---|"]
    for graph in report["graphs"]:
        mb = graph["peak_mb"]
        ok = "met" if mb["drugkg"] <= report["target_peak_mb"] else "**NOT met**"
        lines.append(f"| {Path(graph['graph']).name} | {mb['drugkg']:.0f} MB | {mb['oxigraph']:.0f} MB | {ok} |")
    lines.append("")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graphs", default="build/drugkg.ttl,build/merged.nt")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--canned", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.canned:
        canned_server(options.canned)
        return
    graphs = [ROOT / g for g in options.graphs.split(",") if g]
    missing = [g for g in graphs if not g.is_file()]
    if missing:
        sys.exit(
            f"bench: {missing[0]} not found; run `drugkg build` and"
            " `drugkg merge --data ../shared/data -o build/merged.nt`"
        )
    report = run(graphs, options.runs, options.seconds)
    options.out.mkdir(parents=True, exist_ok=True)
    (options.out / "serve.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    text = "\n".join(markdown_lines(report)) + "\n"
    (options.out / "serve.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
