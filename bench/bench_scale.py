"""Throughput of the distributed build (graph_build/scale/) on 1 and 2 Dask workers, and the sizes that the
PubMed arithmetic of docs/scale.md starts from.

The corpus is N real PubMed abstracts (title + abstract) from the BC5CDR training set in ../shared/data,
written as a JSONL file, so the figures are per abstract of the kind PubMed holds. For each worker count a
local cluster is started and warmed (every worker imports the pipeline first), then the build is timed
(extraction cache off); afterwards the workers' peak memory is read. The output is loaded into an Oxigraph
store to measure bytes per triple on disk.

    python bench/bench_scale.py --documents 300 --workers 1 2

Writes bench/results/scale.json and prints a Markdown table (append it to bench/RESULTS.md by hand).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BC5CDR = ROOT.parent / "shared" / "data" / "relations" / "bc5cdr" / "CDR_TrainingSet.PubTator.txt"


def abstracts(path: Path, count: int) -> list[dict]:
    """The first `count` abstracts of a PubTator file as {id, title, text}."""
    records, current = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "|t|" in line[:20]:
            pmid, _, title = line.split("|", 2)
            current = {"id": f"pmid-{pmid}", "title": title}
        elif "|a|" in line[:20] and current:
            current["text"] = current["title"] + "\n\n" + line.split("|", 2)[2] + "\n"
            records.append(current)
            current = {}
            if len(records) == count:
                break
    return records


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _warm() -> None:
    import graph_build.scale.reduce
    import graph_build.text.extract  # noqa: F401


def run(source: Path, workers: int, out: Path, partition_size: int, parts: int) -> dict:
    from graph_build.scale.distributed import build_distributed, cluster_client

    started = time.perf_counter()
    with cluster_client("local", workers) as client:  # the same local cluster `build-distributed` starts
        client.run(_warm)
        ready = time.perf_counter()
        load_before = os.getloadavg()[0]
        cpu_before, driver_before = client.run(_cpu_s), _cpu_s()
        result = build_distributed(
            source, out, scheduler=client.scheduler.address, partition_size=partition_size, parts=parts
        )
        seconds = time.perf_counter() - ready
        peaks = sorted(client.run(_peak_rss_mb).values())
        cpu_after, driver_cpu = client.run(_cpu_s), _cpu_s() - driver_before
    worker_cpu = sum(cpu_after[w] - cpu_before[w] for w in cpu_after)
    return {
        "workers": workers,
        "start_s": round(ready - started, 2),
        "build_s": round(seconds, 2),
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
        "worker_peak_mb": [round(p) for p in peaks],
        "worker_cpu_s": round(worker_cpu, 2),
        "driver_cpu_s": round(driver_cpu, 2),
        "manifest": {k: v for k, v in result.manifest.items() if k != "files"},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-size", type=int, default=25)
    parser.add_argument("--parts", type=int, default=8)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "scale.json")
    args = parser.parse_args()
    if not BC5CDR.is_file():
        raise SystemExit(f"needs {BC5CDR} (the shared public datasets)")
    os.environ.setdefault("DRUGKG_QUIET", "1")
    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        records = abstracts(BC5CDR, args.documents)
        source = tmp / "abstracts.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        text_bytes = sum(len(r["text"].encode("utf-8")) for r in records)
        runs = [run(source, w, tmp / f"out-{w}", args.partition_size, args.parts) for w in args.workers]
        same = len({(tmp / f"out-{w}" / "manifest.json").read_bytes() for w in args.workers}) == 1
        out = tmp / f"out-{args.workers[0]}"
        nt_bytes = sum(p.stat().st_size for p in (out / "graph").glob("*.nt"))
        table_bytes = sum(p.stat().st_size for p in (out / "tables").glob("*.csv"))
        from graph_build.scale.load import load_output

        loaded = load_output(out, tmp / "store")
        store_bytes = sum(p.stat().st_size for p in loaded.location.rglob("*") if p.is_file())
        m = runs[0]["manifest"]
        report = {
            "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores (shared)",
            "documents": len(records),
            "text_mb": round(text_bytes / 1e6, 3),
            "same_output_for_every_worker_count": same,
            "triples": m["triples"],
            "claims": m["claims"],
            "triples_per_document": round(m["triples"] / len(records), 1),
            "nt_bytes_per_triple": round(nt_bytes / m["triples"], 1),
            "csv_bytes_per_claim": round(table_bytes / max(1, m["claims"]), 1),
            "store_bytes_per_triple": round(store_bytes / m["triples"], 1),
            "runs": runs,
        }
        for r in runs:
            r["docs_per_s"] = round(len(records) / r["build_s"], 1)
            r["mb_per_s_per_worker"] = round(text_bytes / 1e6 / r["build_s"] / r["workers"], 3)
            r["ms_cpu_per_doc"] = round(1000 * r["worker_cpu_s"] / len(records), 1)
            r["mb_per_cpu_s"] = round(text_bytes / 1e6 / r["worker_cpu_s"], 3)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(markdown(report))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def markdown(r: dict) -> str:
    lines = [
        f"Machine: {r['machine']}. Corpus: {r['documents']} BC5CDR abstracts ({r['text_mb']} MB of text), JSONL; "
        f"{r['triples']:,} triples, {r['claims']:,} claims; same files for every worker count: "
        f"{r['same_output_for_every_worker_count']}.",
        "",
        "| workers | cluster start | build (wall) | docs/s | worker CPU | CPU per doc | MB per CPU-second "
        "| driver CPU | worker peak RSS | load before → after |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for x in r["runs"]:
        lines.append(
            f"| {x['workers']} | {x['start_s']} s | {x['build_s']} s | {x['docs_per_s']} | {x['worker_cpu_s']} s "
            f"| {x['ms_cpu_per_doc']} ms | {x['mb_per_cpu_s']} | {x['driver_cpu_s']} s "
            f"| {', '.join(f'{p} MB' for p in x['worker_peak_mb'])} | {x['load_before']:.1f} → {x['load_after']:.1f} |"
        )
    lines += [
        "",
        f"Per document: {r['triples_per_document']} triples; N-Triples {r['nt_bytes_per_triple']} bytes per triple; "
        f"Oxigraph store {r['store_bytes_per_triple']} bytes per triple; claim+evidence CSV "
        f"{r['csv_bytes_per_claim']} bytes per claim.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
