"""Benchmark of the read side: cold `drugkg query` wall time, engine load and query times (on demand).

    python bench/bench_query.py [--graph build/drugkg.ttl] [--write]
    python bench/bench_query.py --graph build/merged.nt --before DIR [--no-rdflib]

Measures (1) the wall time of a fresh `drugkg query NAME` process for every library query on the built
graph (target: at most 0.5 s), (2) import and load times of pyoxigraph and rdflib, (3) the time of every
library query on each engine. With --write, appends a section to bench/RESULTS.md.

With --before DIR (a folder of .rq files, e.g. the library of an older commit: `git archive <commit> queries |
tar -x -C /tmp/old`, then DIR=/tmp/old/queries), every library query whose text differs from DIR's file of the
same name is timed in both versions in the same process, interleaved: drugkg's engine on the graph's
persistent store, raw pyoxigraph on an in-memory store, and rdflib; with the rows of the two versions compared
(as multisets of values) on each engine. Median of --runs after a warm-up, with the load average.
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


def compare_versions(graph: Path, before: Path, runs: int, with_rdflib: bool) -> str:
    """The changed library queries, before and after, on the store, in memory and on rdflib (markdown)."""
    import os

    import pyoxigraph as ox

    from base.store import parse_into
    from queries.engine import OxigraphEngine
    from queries.library import load_library, parse_query_file
    from queries.reference import RdflibEngine
    from queries.resolve import bind_params

    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures.query.support import result_key

    library = load_library()
    changed = {
        name: parse_query_file(before / f"{name}.rq")
        for name, query in library.items()
        if (before / f"{name}.rq").is_file() and parse_query_file(before / f"{name}.rq").text != query.text
    }
    store = OxigraphEngine.from_files([graph])
    memory = ox.Store()
    parse_into(memory, graph)
    engines = {"store": store, "in memory": OxigraphEngine(memory)}
    if with_rdflib:
        engines["rdflib"] = RdflibEngine.from_files([graph])
    lines = [
        f"Library queries before ({before}) and after, {graph.name}, median of {runs} runs after a warm-up "
        f"(ms; min-max), interleaved in one process; rows compared as multisets on each engine:",
        "",
        f"| query | rows | {' | '.join(f'{e}: before -> after' for e in engines)} | same rows | load |",
        f"|---|---|{'---|' * len(engines)}---|---|",
    ]
    for name, old in sorted(changed.items()):
        new = library[name]
        bindings = bind_params(new, new.example_values(), store)
        load_before = os.getloadavg()[0]
        cells, same = [], True
        for engine in engines.values():
            times: dict[str, list[float]] = {"before": [], "after": []}
            answers = {}
            for label, text in (("before", old.text), ("after", new.text)):
                answers[label] = engine.query(text, bindings)  # warm-up, and the rows
            for _ in range(runs if engine is not engines.get("rdflib") else max(1, min(runs, 3))):
                for label, text in (("before", old.text), ("after", new.text)):
                    start = time.perf_counter()
                    engine.query(text, bindings)
                    times[label].append((time.perf_counter() - start) * 1000)
            same = same and result_key(answers["before"]) == result_key(answers["after"])
            cells.append(" -> ".join(f"{statistics.median(t):.1f} ({min(t):.1f}-{max(t):.1f})" for t in times.values()))
        rows = len(store.query(new.text, bindings))
        load = f"{load_before:.2f} -> {os.getloadavg()[0]:.2f}"
        lines.append(f"| {name} | {rows} | {' | '.join(cells)} | {'yes' if same else '**NO**'} | {load} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "build" / "drugkg.ttl")
    parser.add_argument("--write", action="store_true", help="append the results to bench/RESULTS.md")
    parser.add_argument("--before", type=Path, help="a folder of older .rq files: time the changed queries in both")
    parser.add_argument("--runs", type=int, default=5, help="with --before: runs of each version (after a warm-up)")
    parser.add_argument("--no-rdflib", action="store_true", help="with --before: leave rdflib out")
    options = parser.parse_args()
    if options.before is not None:
        print(compare_versions(options.graph, options.before, options.runs, not options.no_rdflib))
        return
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
