"""Benchmark the merged graph (project + DrugMechDB + Hetionet subset): build, load and export times.

Run on demand (never in the test suite):  python bench/bench_merged.py [--data ../shared/data]
Prints a Markdown section; with --append it is added to bench/RESULTS.md. Temporary files go to
bench/results/tmp/ (git-ignored).
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import pyoxigraph as ox

from base.paths import DEFAULT_CORPUS, PROJECT_ROOT
from graph_build.build import build_graph
from graph_build.export.check import to_rdflib
from graph_build.link import DEFAULT_DATA
from graph_build.link.imports import merge_graphs
from graph_build.write import turtle_from_triples

TMP = PROJECT_ROOT / "bench" / "results" / "tmp"


def timed(label: str, rows: list[tuple[str, str]], fn):
    start = time.perf_counter()
    value = fn()
    rows.append((label, f"{time.perf_counter() - start:.1f} s"))
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--append", action="store_true", help="append the section to bench/RESULTS.md")
    args = parser.parse_args()
    TMP.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str]] = []
    graph = build_graph(DEFAULT_CORPUS, TMP / "build").graph
    merged = timed("build merged N-Triples (`drugkg merge`)", rows,
                   lambda: merge_graphs(graph, args.data, TMP / "merged.nt"))  # fmt: skip
    size_mb = merged.path.stat().st_size / 1e6
    store = ox.Store()
    timed("load into pyoxigraph (bulk_load)", rows,
          lambda: store.bulk_load(path=str(merged.path), format=ox.RdfFormat.N_TRIPLES))  # fmt: skip
    count = timed("SPARQL count of claims (pyoxigraph)", rows, lambda: next(iter(store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/drugkg/ontology#Claim> }")))["n"].value)  # fmt: skip
    ox_turtle = str(TMP / "merged-ox.ttl")
    timed("export Turtle with pyoxigraph", rows,
          lambda: store.dump(ox_turtle, ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()))  # fmt: skip
    triples = timed("read back as rdflib terms (for the project's writer)", rows, lambda: [
        (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
        for q in ox.parse(path=str(merged.path), format=ox.RdfFormat.N_TRIPLES)])  # fmt: skip
    text = timed(
        "export Turtle with the project's writer (sorted, grouped)", rows, lambda: turtle_from_triples(triples)
    )
    (TMP / "merged.ttl").write_text(text, encoding="utf-8")
    check = timed("strict re-read of the project's Turtle (pyoxigraph parse)", rows, lambda: sum(
        1 for _ in ox.parse(path=str(TMP / "merged.ttl"), format=ox.RdfFormat.TURTLE)))  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        "",
        "## Merged graph (bench/bench_merged.py)",
        f"- size: {merged.triples:,} distinct triples ({size_mb:.0f} MB N-Triples); by source before de-duplication: "
        + ", ".join(f"{k} {v:,}" for k, v in merged.by_source.items()),
        f"- claims in the merged graph: {int(count):,}; the project's Turtle re-read strictly: {check:,} triples",
        *(f"- {label}: {value}" for label, value in rows),
        f"- peak memory of the run: {peak:.0f} MB (2-core shared machine; one run, not an average)",
    ]
    section = "\n".join(lines) + "\n"
    print(section)
    if args.append:
        with (PROJECT_ROOT / "bench" / "RESULTS.md").open("a", encoding="utf-8") as handle:
            handle.write(section)


if __name__ == "__main__":
    main()
