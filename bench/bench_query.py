"""Benchmark of the read side: cold `drugkg query` wall time, engine load and query times (on demand).

    python bench/bench_query.py [--graph build/drugkg.ttl] [--write]

Measures (1) the wall time of a fresh `drugkg query NAME` process for every library query on the built
graph (target: at most 0.5 s), (2) import and load times of pyoxigraph and rdflib, (3) the time of every
library query on each engine. With --write, appends a section to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def wall(args: list[str], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed(function, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "build" / "drugkg.ttl")
    parser.add_argument("--write", action="store_true", help="append the results to bench/RESULTS.md")
    options = parser.parse_args()
    drugkg = str(Path(sys.executable).with_name("drugkg"))

    from queries.engine import OxigraphEngine
    from queries.library import load_library
    from queries.reference import RdflibEngine
    from queries.resolve import bind_params

    library = load_library()
    cold = {name: wall([drugkg, "query", name, "--graph", str(options.graph)]) for name in library}
    imports = {
        module: wall([sys.executable, "-c", f"import {module}"], repeat=5) for module in ("pyoxigraph", "rdflib")
    }
    load_ox = timed(lambda: OxigraphEngine.from_files([options.graph]))
    load_rdflib = timed(lambda: RdflibEngine.from_files([options.graph]), repeat=3)
    oxigraph, reference = OxigraphEngine.from_files([options.graph]), RdflibEngine.from_files([options.graph])
    per_query = {}
    for name, query in library.items():
        bindings = bind_params(query, {}, oxigraph)
        per_query[name] = (
            timed(lambda q=query, b=bindings: oxigraph.query(q.text, b)),
            timed(lambda q=query, b=bindings: reference.query(q.text, b), repeat=3),
        )
    triples = len(oxigraph.store)
    worst = max(cold, key=cold.get)
    total_ox = sum(v[0] for v in per_query.values())
    total_rdflib = sum(v[1] for v in per_query.values())
    lines = [
        "",
        f"## Query library (bench/bench_query.py, {time.strftime('%Y-%m-%d')}; {platform.machine()}, "
        f"Python {platform.python_version()}, graph of {triples} triples)",
        "",
        "| what | measured | target |",
        "|---|---|---|",
        f"| cold `drugkg query NAME` (new process, median of 3), slowest of {len(cold)} library queries "
        f"({worst}) | {cold[worst]:.3f} s | ≤ 0.5 s |",
        f"| cold `drugkg query NAME`, median over the library | {statistics.median(cold.values()):.3f} s | |",
        f"| `import pyoxigraph` / `import rdflib` (new process) | {imports['pyoxigraph']:.3f} s / "
        f"{imports['rdflib']:.3f} s | |",
        f"| load the built graph: pyoxigraph / rdflib | {load_ox:.4f} s / {load_rdflib:.3f} s | |",
        f"| all {len(library)} library queries, in process: pyoxigraph / rdflib | {total_ox:.4f} s / "
        f"{total_rdflib:.3f} s | |",
    ]
    slowest = sorted(per_query.items(), key=lambda item: -item[1][1])[:3]
    for name, (ox_time, rdflib_time) in slowest:
        lines.append(f"| {name}: pyoxigraph / rdflib | {ox_time:.4f} s / {rdflib_time:.3f} s | |")
    text = "\n".join(lines) + "\n"
    print(text)
    if options.write:
        with (ROOT / "bench" / "RESULTS.md").open("a", encoding="utf-8") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
