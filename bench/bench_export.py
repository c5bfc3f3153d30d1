"""The streamed RDF exports against a pyoxigraph load + dump, and against older code, in one run (issue 17.4).

    python bench/bench_export.py [--graph build/merged.nt] [--formats trig,jsonld,xml] [--runs 5]
                                 [--before /tmp/old-tree]

For each format: a warm-up of every command, then `--runs` rounds, each running `drugkg export` (this tree),
the same export by the code in `--before` (a copy of an older tree, run with it first on PYTHONPATH) when
given, and `pyoxigraph load + dump` of the same format, one after the other, the first of them turning each
round (the load of a shared machine changes by the minute: every command meets it alike). Each run is a new
process measured by bench/run.py's wrapper: wall time, CPU seconds of the process and every process it waited
for (the strict re-read runs in a second one), the peak of the summed RSS of the process tree, the load average
before and after. Medians, min–max; ratios of medians against the dump of the same run, and per round (each
export against the dump run beside it). Writes bench/results/export-stream.json and prints a Markdown table.
The targets (≤ 2× the dump, ≤ 1.2 GB) are checked here, never in unit tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from run import _DUMP, DRUGKG, OX_EXPORT, load, machine, timed_child  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "export-stream.json"


def command(name: str, fmt: str, graph: Path, folder: Path, before: Path | None) -> list[str]:
    out = str(folder / f"{name}.{fmt}")
    if name == "dump":
        return [sys.executable, "-c", _DUMP, str(graph), out, OX_EXPORT[fmt]]
    args = ["export", "-q", "--graph", str(graph.resolve()), "--format", fmt, "-o", out]
    if name == "before":  # the old tree first on the path; run from outside this tree so that it is not imported
        start = f"import os, sys; os.chdir({str(folder)!r}); sys.path.insert(0, {str(before)!r}); "
        start += "from drugkg.cli import main; sys.argv[0] = 'drugkg'; sys.exit(main())"
        return [sys.executable, "-c", start, *args]
    return [DRUGKG, *args]


def summary(results: list[dict]) -> dict:
    times = [r["median"] for r in results]
    return {
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "cpu_s": statistics.median(r["cpu_s"] for r in results),
        "cpu_min": min(r["cpu_s"] for r in results),
        "cpu_max": max(r["cpu_s"] for r in results),
        "peak_mb": max(r["peak_mb"] for r in results),
        "runs": len(results),
        "load": [results[0]["load"][0], results[-1]["load"][1]],
    }


def bench(graph: Path, formats: list[str], runs: int, before: Path | None) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="drugkg-bench-export-"))
    names = ["drugkg", *(["before"] if before else []), "dump"]
    report: dict = {"machine": machine(), "graph": str(graph), "before": str(before or ""), "formats": {}}
    for fmt in formats:
        commands = {name: command(name, fmt, graph, folder, before) for name in names}
        for name in names:  # warm-up
            timed_child(commands[name], 1)
        rounds: list[dict] = []
        for number in range(runs):
            turn = names[number % len(names) :] + names[: number % len(names)]
            done = {}
            for name in turn:
                done[name] = timed_child(commands[name], 1)
                if "error" in done[name]:
                    raise SystemExit(f"{fmt} {name}: {done[name]['error']}")
            rounds.append(done)
            print(fmt, number + 1, {n: round(r["median"], 2) for n, r in done.items()}, "load", load(), flush=True)
        row = {name: summary([r[name] for r in rounds]) for name in names}
        row["ratio_per_round"] = {
            name: [round(r[name]["median"] / r["dump"]["median"], 2) for r in rounds] for name in names[:-1]
        }
        report["formats"][fmt] = row
        for name in names:
            os.unlink(folder / f"{name}.{fmt}")
    report["date"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    return report


def markdown(report: dict) -> str:
    lines = [
        "| format | command | wall median (min–max) | CPU median (min–max) | peak | × dump (wall, medians) | "
        "× dump per round | × CPU | load |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for fmt, row in report["formats"].items():
        dump = row["dump"]
        for name in [n for n in row if n not in ("ratio_per_round",)]:
            r = row[name]
            ratio = f"×{r['median'] / dump['median']:.2f}" if name != "dump" else ""
            per = ", ".join(f"{x:.2f}" for x in row["ratio_per_round"].get(name, []))
            cpu = f"×{r['cpu_s'] / dump['cpu_s']:.2f}" if name != "dump" else ""
            lines.append(
                f"| {fmt} | {name} | {r['median']:.2f} s ({r['min']:.2f}–{r['max']:.2f}) | "
                f"{r['cpu_s']:.2f} s ({r['cpu_min']:.2f}–{r['cpu_max']:.2f}) | {r['peak_mb']:.0f} MB | {ratio} | "
                f"{per} | {cpu} | {r['load'][0]} → {r['load'][1]} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "build" / "merged.nt")
    parser.add_argument("--formats", default="trig,jsonld,xml")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, default=None, help="a copy of an older tree to run beside this one")
    parser.add_argument("--out", type=Path, default=RESULTS)
    options = parser.parse_args()
    report = bench(options.graph, options.formats.split(","), options.runs, options.before)
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"{report['date']}, graph {report['graph']}, before: {report['before'] or '-'}")
    print(markdown(report))


if __name__ == "__main__":
    main()
