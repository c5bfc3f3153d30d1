"""Run the read-side benchmarks side by side with their peers and write JSON + Markdown (issue 17).

    python bench/run.py [--graph build/merged.nt] [--runs 5] [--skip rdflib,export]

Each figure is the median of `--runs` runs after one warm-up run, with min and max; a ratio compares
medians taken in the same run of this script. The load average (1 minute) is recorded before and after
every benchmark: the machine has 2 shared cores. Speed targets are checked here, never in unit tests.

Benchmarks (the graph defaults to the merged graph of `drugkg merge --data ../shared/data -o build/merged.nt`):
- cold query: a new `drugkg query` process on the graph's persistent store, against a new process of raw
  pyoxigraph opening the same store read-only (target: ≤ 0.2 s);
- library: every library query in one process, drugkg's engine (persistent store) against raw pyoxigraph
  (an in-memory store, the query text run as is) and rdflib (targets: ≤ 200 ms median, not slower than rdflib,
  the same number of rows from both engines); the run exits with status 1 when a query misses one of them
  (`--no-fail` for exploratory runs);
- export: `drugkg export` in every format against its nearest peer, each a new process: a pyoxigraph load +
  dump for the RDF formats, `kgx transform` for KGX, networkx for GraphML, none for Neo4j CSV; wall time,
  CPU time and peak memory (RDF formats' targets: ≤ 2× the dump, ≤ 1.2 GB, runs of the two in turn;
  --export-formats, --export-runs for the others);
- serve: `drugkg serve` against `oxigraph serve-read-only` on the seed build and the graph, 1/8/32 kept-alive
  clients, a cheap and a heavy query (bench/bench_serve.py; targets: ≥ 0.7× Oxigraph, ≤ 600 MB).
- build: `drugkg build` of 100, 300 and 1,000 generated documents with --jobs 1 and 2, and a rebuild after
  one changed document (bench/bench_build.py; also runs alone, with --before to compare older code).

Writes bench/results/latest.json and bench/results/latest.md; docs/performance.md shows the latest table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results"
DRUGKG = str(Path(sys.executable).with_name("drugkg"))


def machine() -> dict:
    """A description of the machine the figures come from."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory = next(
            int(line.split()[1]) // 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        memory = 0
    import pyoxigraph
    import rdflib

    return {
        "cpu": model or platform.processor(),
        "cores": os.cpu_count(),
        "memory_mb": memory,
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": platform.python_version(),
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def load() -> float:
    return round(os.getloadavg()[0], 2)


def measure(function: Callable[[], object], runs: int) -> dict:
    """Median, min and max wall seconds of `runs` calls after one warm-up call, with the load average."""
    before = load()
    function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return {
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "runs": runs,
        "load": [before, load()],
    }


def child(args: list[str]) -> Callable[[], float]:
    """A function running `args` as a new process (output discarded); it returns the child's peak RSS in MB."""

    def run() -> float:
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    return run


def measure_child(args: list[str], runs: int) -> dict:
    """Like `measure` for a new process each run; `peak_mb` is the peak RSS of one run (wrapped in time -f)."""
    figures = measure(child(args), runs)
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
        subprocess.run([sys.executable, "-c", _PEAK, out.name, *args], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        figures["peak_mb"] = float(Path(out.name).read_text() or 0)
    return figures


_PEAK = """import resource, subprocess, sys
subprocess.run(sys.argv[2:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
"""


def cold_query(graph: Path, runs: int) -> dict:
    from base.store import ensure_store, store_path

    ensure_store(graph)
    text = "PREFIX dkg: <https://w3id.org/drugkg/ontology#> SELECT ?c WHERE { ?c dkg:predicate dkg:treats } LIMIT 10"
    raw = "import sys, pyoxigraph as ox; s = ox.Store.read_only(sys.argv[1]); print(list(s.query(sys.argv[2])))"
    return {
        "drugkg": measure_child([DRUGKG, "query", "-e", text, "--graph", str(graph), "--format", "tsv"], runs),
        "pyoxigraph": measure_child([sys.executable, "-c", raw, str(store_path(graph) / "db"), text], runs),
        "target_s": 0.2,
    }


def library(graph: Path, runs: int, with_rdflib: bool) -> dict:
    import pyoxigraph as ox

    from queries.engine import OxigraphEngine
    from queries.library import load_library
    from queries.prefixes import known_prefixes
    from queries.reference import RdflibEngine
    from queries.resolve import Ambiguous, bind_params

    engine = OxigraphEngine.from_files([graph])
    memory = ox.Store()
    memory.bulk_load(path=str(graph), format=ox.RdfFormat.from_extension(graph.suffix.lstrip(".")))
    prefixes = dict(known_prefixes())
    reference = None
    if with_rdflib:
        started = time.perf_counter()
        reference = RdflibEngine.from_files([graph])
        rdflib_load = time.perf_counter() - started
    rows = {}
    for name, query in load_library().items():
        try:
            bindings = bind_params(query, query.example_values(), engine)
        except Ambiguous as exc:  # the project's entity, as its slug names it
            bindings = bind_params(query, {**query.example_values(), exc.param: exc.value.replace(" ", "-")}, engine)
        substitutions = {ox.Variable(k): v for k, v in bindings.items()}
        row = {
            "drugkg": measure(lambda q=query, b=bindings: engine.query(q.text, b), runs),
            "pyoxigraph": measure(
                lambda q=query, s=substitutions: _consume(memory.query(q.text, substitutions=s, prefixes=prefixes)),
                runs,
            ),
            "answer": len(engine.query(query.text, bindings)),
        }
        if reference is not None:
            row["rdflib"] = measure(lambda q=query, b=bindings: reference.query(q.text, b), runs)
            row["rdflib_answer"] = len(reference.query(query.text, bindings))
        rows[name] = row
    return {"queries": rows, "target_ms": 200, "rdflib_load_s": rdflib_load if with_rdflib else None}


def library_misses(lib: dict) -> dict[str, list[str]]:
    """The library queries that miss a target, each with what it misses: over `target_ms` (median), slower
    than rdflib (medians of the same run) or a different number of rows than rdflib.

    >>> f = lambda s: {"median": s}
    >>> fast = {"drugkg": f(0.05), "rdflib": f(0.5), "answer": 3, "rdflib_answer": 3}
    >>> slow = {"drugkg": f(0.25), "rdflib": f(0.1), "answer": 3, "rdflib_answer": 2}
    >>> lib = {"target_ms": 200, "queries": {"a": fast, "b": slow}}
    >>> library_misses(lib)
    {'b': ['250 ms > 200 ms', '2.50× rdflib', '3 rows, rdflib 2']}
    """
    misses: dict[str, list[str]] = {}
    for name, r in lib["queries"].items():
        ours, problems = r["drugkg"]["median"], []
        if ours * 1000 > lib["target_ms"]:
            problems.append(f"{ours * 1000:.0f} ms > {lib['target_ms']} ms")
        if "rdflib" in r and ours > r["rdflib"]["median"]:
            problems.append(f"{ours / r['rdflib']['median']:.2f}× rdflib")
        if "rdflib_answer" in r and r["rdflib_answer"] != r["answer"]:
            problems.append(f"{r['answer']} rows, rdflib {r['rdflib_answer']}")
        if problems:
            misses[name] = problems
    return misses


def _consume(answer: object) -> object:
    """Read a pyoxigraph answer to its end (a boolean needs no reading)."""
    return bool(answer) if isinstance(answer, __import__("pyoxigraph").QueryBoolean) else list(answer)


#: Every export format, in the order the table shows them.
EXPORT_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "xml", "kgx", "kgx-jsonl", "graphml", "neo4j")
#: pyoxigraph's name of each RDF export format (its peer is a pyoxigraph load + dump in that format).
OX_EXPORT = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG",
             "jsonld": "JSON_LD", "xml": "RDF_XML"}  # fmt: skip
_DUMP = """import sys, pyoxigraph as ox
fmt = getattr(ox.RdfFormat, sys.argv[3]); s = ox.Store()
s.bulk_load(path=sys.argv[1], format=ox.RdfFormat.from_extension(sys.argv[1].rsplit('.', 1)[1]))
s.dump(sys.argv[2], fmt, **({} if fmt.supports_datasets else {"from_graph": ox.DefaultGraph()}))
"""
#: The GraphML peer: networkx alone, drawing the nodes and edges of drugkg's KGX tables and writing GraphML.
_NETWORKX = """import csv, sys, networkx as nx
net = nx.MultiDiGraph()
rows = lambda name: csv.DictReader(open(name, encoding="utf-8", newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
for r in rows(sys.argv[1] + "/nodes.tsv"):
    net.add_node(r.pop("id"), **{k: v for k, v in r.items() if v})
for r in rows(sys.argv[1] + "/edges.tsv"):
    net.add_edge(r.pop("subject"), r.pop("object"), key=r.pop("id"), **{k: v for k, v in r.items() if v})
nx.write_graphml(net, sys.argv[2], encoding="utf-8", prettyprint=True, named_key_ids=True)
"""
#: Seconds a kgx transform may run before it is stopped (and recorded as slower than that).
PEER_TIMEOUT = 900
_TIMED = """import resource, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[3:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
tree = 0  # the largest sum of the RSS of the child and its own children (a second process counts too)
try:
    import psutil
    process = psutil.Process(child.pid)
except Exception:
    process = None
while child.poll() is None and time.perf_counter() - start < float(sys.argv[2]):
    try:
        tree = max(tree, sum(p.memory_info().rss for p in [process, *process.children(recursive=True)]))
    except Exception:
        pass
    time.sleep(0.05)
if child.poll() is None:
    child.kill()
code = child.wait()
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # every descendant waited for: a second process too
peak = max(usage.ru_maxrss * 1024, tree) / 2**20
open(sys.argv[1], "w").write(f"{code} {wall} {peak} {usage.ru_utime + usage.ru_stime}")
"""


def timed_child(args: list[str], runs: int, timeout: float = 1800) -> dict:
    """Wall seconds (median, min, max) and peak memory (MB, the largest run) of `args` run `runs` times as a
    new process, each inside a small wrapper process that measures only its child: the peak is the largest
    sum of the RSS of the child and its descendants, sampled every 50 ms (psutil), or the largest single
    RSS when that is larger; the load average before and after. A run that fails or passes `timeout` is
    recorded as failed (`error`). `cpu_s`: the median CPU seconds (user + system) of the child and every
    process it waited for, less sensitive to the load of a shared machine than wall time."""
    before, times, peaks, cpu = load(), [], [], []
    for _ in range(runs):
        with tempfile.NamedTemporaryFile("r", suffix=".run") as out:
            subprocess.run([sys.executable, "-c", _TIMED, out.name, str(timeout), *args], check=True, cwd=ROOT)
            code, wall, peak, seconds = Path(out.name).read_text().split()
        if float(wall) >= timeout:
            return {"error": f"stopped after {timeout:.0f} s", "load": [before, load()]}
        if code != "0":
            return {"error": f"exit status {code}", "load": [before, load()]}
        times.append(float(wall))
        peaks.append(float(peak))
        cpu.append(float(seconds))
    return {
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "runs": runs,
        "peak_mb": max(peaks),
        "cpu_s": statistics.median(cpu),
        "load": [before, load()],
    }


def merged_runs(results: list[dict]) -> dict:
    """The figures of several one-run `timed_child` results as one result (median, min, max, largest peak)."""
    failed = [r for r in results if "error" in r]
    if failed:
        return failed[0]
    times = [r["median"] for r in results]
    return {"median": statistics.median(times), "min": min(times), "max": max(times), "runs": len(results),
            "peak_mb": max(r["peak_mb"] for r in results), "cpu_s": statistics.median(r["cpu_s"] for r in results),
            "load": [results[0]["load"][0], results[-1]["load"][1]]}  # fmt: skip


def export(
    graph: Path,
    runs: int,
    formats: tuple[str, ...] = EXPORT_FORMATS,
    other_runs: int = 1,
    progress: Callable[[dict], object] | None = None,
) -> dict:
    """`drugkg export --format F` of the graph, each format beside its nearest peer in the same run: a
    pyoxigraph load + dump in that format for the RDF formats, `kgx transform` (offline, streaming) of the
    graph file for KGX, networkx writing GraphML from drugkg's own KGX tables, none for Neo4j CSV.

    RDF formats: a warm-up of each, then `runs` runs of drugkg and the dump taken in turn (targets: ≤ 2× the
    dump, ≤ 1.2 GB). Every other format: `other_runs` runs, no warm-up (the graph file is in the page cache
    by then). `progress` is called with the figures so far after each format."""
    folder = Path(tempfile.mkdtemp(prefix="drugkg-bench-"))
    suffix = lambda f: OX_EXPORT.get(f, "dir").lower()  # noqa: E731
    rows = {}
    for fmt in formats:
        n = other_runs
        ours = [DRUGKG, "export", "--graph", str(graph), "--format", fmt, "-o", str(folder / f"ours.{suffix(fmt)}")]
        peer: list[str] | None = None
        peer_name = "none"
        if fmt in OX_EXPORT:
            peer = [sys.executable, "-c", _DUMP, str(graph), str(folder / f"peer.{suffix(fmt)}"), OX_EXPORT[fmt]]
            peer_name = "pyoxigraph load + dump"
        elif fmt in ("kgx", "kgx-jsonl"):
            out = "tsv" if fmt == "kgx" else "jsonl"
            kgx = [sys.executable, str(ROOT / "tests" / "kgx_offline.py"), "transform", "--stream"]
            peer = [*kgx, "-i", "nt", "-f", out, "-o", str(folder / f"kgx-peer-{out}"), str(graph)]
            peer_name = "kgx transform --stream (nt → " + out + ")"
        elif fmt == "graphml":
            tables = folder / "graphml-tables"
            made = subprocess.run([DRUGKG, "export", "--graph", str(graph), "--format", "kgx", "-o", str(tables)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)  # fmt: skip
            if made.returncode == 0:
                peer = [sys.executable, "-c", _NETWORKX, str(tables), str(folder / "peer.graphml")]
                peer_name = "networkx write_graphml (drugkg's KGX tables)"
            else:
                peer_name = "none: drugkg's KGX tables could not be made (" + made.stderr.strip()[-160:] + ")"
        if fmt in OX_EXPORT:  # warm-up of each, then runs of the two taken in turn (a shared machine's load
            for args in (ours, peer):  # changes by the minute: each drugkg run beside a dump run)
                subprocess.run(args, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
            both = [(timed_child(ours, 1), timed_child(peer, 1)) for _ in range(runs)]  # type: ignore[arg-type]
            rows[fmt] = {"drugkg": merged_runs([a for a, _ in both]), "peer_name": peer_name,
                         "peer": merged_runs([b for _, b in both])}  # fmt: skip
            if progress is not None:
                progress({"formats": rows, "target_ratio": 2.0, "target_peak_mb": 1200})
            continue
        row = {"drugkg": timed_child(ours, n), "peer_name": peer_name}
        if peer is not None:
            row["peer"] = timed_child(peer, n, timeout=PEER_TIMEOUT if fmt.startswith("kgx") else 1800)
        rows[fmt] = row
        if progress is not None:  # what is measured so far survives a later failure
            progress({"formats": rows, "target_ratio": 2.0, "target_peak_mb": 1200})
    return {"formats": rows, "target_ratio": 2.0, "target_peak_mb": 1200}


def export_markdown(e: dict) -> list[str]:
    """The export table: one row per format, drugkg beside its peer, ratios of medians from the same run."""
    if "formats" not in e:  # a report from before every format was measured
        e = {**e, "formats": {"turtle": {"drugkg": e["drugkg"], "peer": e["pyoxigraph"],
                                         "peer_name": "pyoxigraph load + dump"}}}  # fmt: skip
    lines = [
        "| export (new process) | drugkg export: wall (min–max), peak, CPU | peer | peer's figures | × time "
        "| × memory | × CPU | target | load |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    cell = lambda f: (  # noqa: E731
        f"**{f['error']}**"
        if "error" in f
        else f"{f['median']:.2f} s ({f['min']:.2f}–{f['max']:.2f}), {f['peak_mb']:.0f} MB, {f.get('cpu_s', 0):.1f} s"
    )
    for fmt, row in e["formats"].items():
        ours, peer = row["drugkg"], row.get("peer")
        both = peer is not None and "error" not in peer and "error" not in ours
        ratio = ours["median"] / peer["median"] if both else None
        memory = ours["peak_mb"] / peer["peak_mb"] if both else None
        cpu = ours["cpu_s"] / peer["cpu_s"] if both and ours.get("cpu_s") and peer.get("cpu_s") else None
        target = ""
        if fmt in OX_EXPORT and "error" not in ours:
            ok_time = "met" if ratio is not None and ratio <= e["target_ratio"] else "**NOT met**"
            ok_peak = "met" if ours["peak_mb"] <= e["target_peak_mb"] else "**NOT met**"
            target = f"≤ ×2: {ok_time}; ≤ 1,200 MB: {ok_peak}"
        lines.append(
            f"| {fmt} | {cell(ours)} | {row['peer_name']} | {cell(peer) if peer else '—'} "
            f"| {f'×{ratio:.1f}' if ratio else '—'} | {f'×{memory:.1f}' if memory else '—'} "
            f"| {f'×{cpu:.1f}' if cpu else '—'} | {target} "
            f"| {ours['load'][0]} → {ours['load'][1]} |"
        )
    return [*lines, ""]


def markdown(report: dict) -> str:
    m = report["machine"]
    lines = [
        f"## Read side against its peers (bench/run.py, {m['date']})",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores (shared), {m['memory_mb']:,} MB, {m['system']}; Python "
        f"{m['python']}, pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}. Graph: `{report['graph']}` "
        f"({report['triples']:,} triples). Median of {report['runs']} runs after a warm-up (min–max); ratios of "
        "medians from this run; load = 1-minute load average before → after.",
        "",
    ]
    dates = [f"{k} {report[k]['date']}" for k in ("cold", "library", "export") if report.get(k, {}).get("date")]
    if dates:
        lines += ["Sections run at: " + ", ".join(dates) + ".", ""]
    ms = lambda f: f"{f['median'] * 1000:.1f} ms ({f['min'] * 1000:.1f}–{f['max'] * 1000:.1f})"  # noqa: E731
    sec = lambda f: f"{f['median']:.2f} s ({f['min']:.2f}–{f['max']:.2f})"  # noqa: E731
    loads = lambda f: f"{f['load'][0]} → {f['load'][1]}"  # noqa: E731
    if "cold" in report:
        c = report["cold"]
        ok = "met" if c["drugkg"]["median"] <= c["target_s"] else "NOT met"
        lines += [
            "| cold query (new process) | drugkg | raw pyoxigraph (same store) | ratio | target | load |",
            "|---|---|---|---|---|---|",
            f"| `drugkg query -e ...` on the persistent store | {sec(c['drugkg'])}, {c['drugkg']['peak_mb']:.0f} MB "
            f"| {sec(c['pyoxigraph'])}, {c['pyoxigraph']['peak_mb']:.0f} MB "
            f"| ×{c['drugkg']['median'] / c['pyoxigraph']['median']:.2f} | ≤ {c['target_s']} s: {ok} "
            f"| {loads(c['drugkg'])} |",
            "",
        ]
    if "export" in report:
        lines += export_markdown(report["export"])
    if "library" in report:
        lib = report["library"]
        has_rdflib = any("rdflib" in r for r in lib["queries"].values())
        head = "| library query | rows | drugkg (store) | raw pyoxigraph (memory) | ×pyoxigraph |"
        head += " rdflib | ×rdflib |" if has_rdflib else ""
        lines += [head + " ≤ 200 ms | load |", "|---" * (head.count("|") + 1) + "|"]
        misses = library_misses(lib)
        for name, r in lib["queries"].items():
            ours = r["drugkg"]["median"]
            cells = [
                name,
                str(r["answer"]),
                ms(r["drugkg"]),
                ms(r["pyoxigraph"]),
                f"{ours / r['pyoxigraph']['median']:.2f}",
            ]
            if has_rdflib:
                cells += [ms(r["rdflib"]), f"{ours / r['rdflib']['median']:.2f}"]
            cells += ["met" if name not in misses else "**NOT met**", loads(r["drugkg"])]
            lines.append("| " + " | ".join(cells) + " |")
        if lib.get("rdflib_load_s"):
            lines.append(f"\nrdflib loaded the graph in {lib['rdflib_load_s']:.1f} s (once, not timed above).")
        if not has_rdflib:
            lines.append("\nrdflib was skipped: only the 200 ms target was checked.")
        lines.append(
            "\nMissed: " + "; ".join(f"{n} ({', '.join(p)})" for n, p in misses.items()) + "."
            if misses
            else "\nEvery library query met its targets in this run."
        )
        lines.append("")
    if "serve" in report:
        from bench_serve import markdown_lines

        lines += markdown_lines(report["serve"])
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "build" / "merged.nt")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--skip", default="", help="comma-separated: cold, library, rdflib, export, serve, build (kept)"
    )
    parser.add_argument(
        "--no-fail", action="store_true", help="exit 0 even when a library query misses its targets (exploring)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--export-formats", default=",".join(EXPORT_FORMATS), help="export: formats to measure")
    parser.add_argument("--export-runs", type=int, default=1, help="export: runs of each non-RDF format")
    options = parser.parse_args()
    if not options.graph.is_file():
        sys.exit(f"bench: {options.graph} not found; run `drugkg merge --data ../shared/data -o build/merged.nt`")
    skip = {s.strip() for s in options.skip.split(",") if s.strip()}
    from base.store import open_graph_store

    previous = options.out / "latest.json"
    report: dict = {}
    if skip and previous.is_file():  # a partial run updates the sections it ran, keeps the others
        kept = json.loads(previous.read_text(encoding="utf-8"))
        if kept.get("graph") == str(options.graph):
            report = {k: v for k, v in kept.items() if k in ("cold", "library", "export", "serve", "build")}
    report |= {
        "machine": machine(),
        "graph": str(options.graph),
        "triples": len(open_graph_store(options.graph)),
        "runs": options.runs,
    }
    if "cold" not in skip:
        report["cold"] = cold_query(options.graph, options.runs)
    if "library" not in skip:
        report["library"] = library(options.graph, options.runs, "rdflib" not in skip)
    if "export" not in skip:
        formats = tuple(f for f in options.export_formats.split(",") if f)
        report["export"] = export(options.graph, options.runs, formats, options.export_runs)
    if "serve" not in skip:
        from bench_serve import run as bench_serve

        seed = ROOT / "build" / "drugkg.ttl"
        report["serve"] = bench_serve([g for g in (seed, options.graph) if g.is_file()], options.runs, 2.0)
    if "build" not in skip:  # issue 17.5: the build of generated corpora
        from bench_build import SIZES
        from bench_build import run as bench_build

        with tempfile.TemporaryDirectory(prefix="drugkg-bench-build-") as tmp:
            report["build"] = bench_build(SIZES, None, Path(tmp))
    for section in ("cold", "library", "export"):
        if section in report and section not in skip:
            report[section]["date"] = report["machine"]["date"]
    options.out.mkdir(parents=True, exist_ok=True)
    (options.out / "latest.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    text = markdown(report)
    if "build" in report:
        from bench_build import markdown as build_markdown

        text += "\n" + build_markdown(report["build"])
    (options.out / "latest.md").write_text(text, encoding="utf-8")
    print(text)
    misses = library_misses(report["library"]) if "library" not in skip else {}
    if misses and not options.no_fail:
        sys.exit(f"bench: {len(misses)} library queries miss their targets: {', '.join(misses)} (--no-fail to ignore)")


if __name__ == "__main__":
    main()
