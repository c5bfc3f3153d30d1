"""Benchmark of the graph page: write time for the seed graph, and time to interactive for 2,000 nodes.

Run on demand (not part of the tests):  python bench/bench_viz.py [--graph build/drugkg.ttl] [--no-append]
Targets (issues 5 and 15): the seed graph's HTML is written in under 1 s; a 2,000-node page is stabilised
(physics settled, page interactive) within 5 s in headless Chromium, on its drawing (#graph) and on its start
screen; the topic views are drawn (labels placed) within 5 s. Results are appended to bench/RESULTS.md.

The focus view on the merged graph (issue 17.1: a 2,000-entity focus view written in at most 5 s and 500 MB):

    python bench/bench_viz.py --focus-only [--merged build/merged.nt] [--before DIR] [--runs 3]

runs `drugkg viz --focus pain --depth 3 --max-nodes 2000` on the merged graph's store as a new process, and with
--before DIR (a copy of an older tree: `git archive <commit> | tar -x -C DIR`) the same command from that tree,
interleaved; wall time, CPU seconds (user + system) and peak resident memory of each run, the load average
before and after, and whether the two pages are the same bytes.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal
from rdflib.namespace import DCTERMS, XSD

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from base.atomic import write_text  # noqa: E402
from graph_build.export import load_built_graph  # noqa: E402
from ontology.vocab import CLAIM, DKG, DOC, ENT, EVIDENCE  # noqa: E402
from queries.viz import choose_view  # noqa: E402
from queries.viz_html import render_page  # noqa: E402
from queries.viz_model import read_model  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
CLASSES = [DKG.Drug, DKG.Disease, DKG.Symptom, DKG.BiologicalProcess, DKG.MolecularTarget, DKG.DrugClass]
PREDICATES = [DKG.treats, DKG.hasAdverseEffect, DKG.causes, DKG.isA, DKG.alleviates, DKG.interactsWith]


def synthetic_graph(nodes: int, claims: int, seed: int = 5) -> Graph:
    """A built-graph-shaped graph: `nodes` entities, `claims` claims each with one evidence quote."""
    rng = random.Random(seed)
    graph = Graph()
    documents = [DOC[f"article-{i}"] for i in range(5)]
    for i, doc in enumerate(documents):
        graph.add((doc, RDF.type, DKG.SourceDocument))
        graph.add((doc, DCTERMS.title, Literal(f"Synthetic article {i}")))
    entities = [ENT[f"entity-{i}"] for i in range(nodes)]
    for i, entity in enumerate(entities):
        graph.add((entity, RDF.type, CLASSES[i % len(CLASSES)]))
        graph.add((entity, SKOS.prefLabel, Literal(f"entity {i}")))
        graph.add((entity, SKOS.definition, Literal(f"Synthetic entity number {i}.")))
    for i in range(claims):
        # a preferential attachment flavour: a few hubs, a long tail, like the real graph
        s = entities[min(int(rng.paretovariate(1.2)) - 1, nodes - 1)] if i % 3 == 0 else rng.choice(entities)
        o = entities[i % nodes] if i < nodes else rng.choice(entities)
        claim, evidence = CLAIM[f"c-{i}"], EVIDENCE[f"e-{i}"]
        p = PREDICATES[i % len(PREDICATES)]
        negated = i % 50 == 0
        for triple in [
            (claim, RDF.type, DKG.Claim), (claim, RDFS.label, Literal(f"claim {i}")),
            (claim, DKG.subject, s), (claim, DKG.predicate, p), (claim, DKG.object, o),
            (claim, DKG.negated, Literal(negated)),
            (claim, DKG.certainty, DKG.Possible if i % 9 == 0 else DKG.Asserted),
            (claim, DKG.hasEvidence, evidence), (evidence, RDF.type, DKG.Evidence),
            (evidence, DKG.quote, Literal(f"Sentence {i} says so.")),
            (evidence, DKG.sourceDocument, documents[i % len(documents)]),
            (evidence, DKG.startOffset, Literal(i * 10, datatype=XSD.nonNegativeInteger)),
            (evidence, DKG.endOffset, Literal(i * 10 + 9, datatype=XSD.nonNegativeInteger)),
        ]:  # fmt: skip
            graph.add(triple)
    return graph


def time_write(graph: Graph, out: Path, max_nodes: int, repeat: int = 5) -> tuple[float, float]:
    """Median seconds to read the model, choose the view, render and write the page; and the page's size in MB."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        model = read_model(graph)
        write_text(out, render_page(model, choose_view(model, graph, max_nodes=max_nodes)))
        times.append(time.perf_counter() - start)
    return statistics.median(times), out.stat().st_size / 1e6


def time_interactive(page_path: Path, repeat: int = 3, screen: str = "graph") -> list[float]:
    """Seconds from navigation start until the page is interactive on `screen`: the drawing stabilised
    (window.drugkg.readyAt) for #graph and #start, the topic drawn with every label placed for #topic/<id>."""
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as playwright:
        for _ in range(repeat):
            with tempfile.TemporaryDirectory(prefix="drugkg-bench-") as profile:
                context = playwright.chromium.launch_persistent_context(
                    profile, executable_path=str(CHROMIUM), args=ARGS, headless=True,
                    viewport={"width": 1600, "height": 1000},
                )  # fmt: skip
                page = context.new_page()
                blocked: list[str] = []

                def guard(route, blocked: list[str] = blocked) -> None:
                    if route.request.url.startswith("file:"):
                        route.continue_()
                    else:
                        blocked.append(route.request.url)
                        route.abort()

                page.route("**/*", guard)
                page.goto(page_path.resolve().as_uri() + f"#{screen}")
                if screen.startswith("topic/"):
                    page.wait_for_selector("body[data-story-ready=true]", state="attached", timeout=120_000)
                    ready_ms = page.evaluate("window.drugkg.topicReadyAt")
                    drawn = page.evaluate("window.drugkg.topicLayout.edges.length")
                elif screen == "start":  # the start screen answers clicks at once; the drawing settles behind it
                    page.wait_for_selector("body[data-story-ready=true]", state="attached", timeout=120_000)
                    ready_ms = page.evaluate("window.drugkg.storyReadyAt")
                    drawn = page.evaluate("document.querySelectorAll('#start button').length")
                else:
                    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=120_000)
                    ready_ms = page.evaluate("window.drugkg.readyAt")
                    drawn = page.evaluate("window.drugkg.drawn()")
                context.close()
                if blocked:
                    raise SystemExit(f"the page made requests: {blocked}")
                results.append(ready_ms / 1000)
    print(f"  drawn: {drawn}")
    return results


FOCUS = ["viz", "--focus", "pain", "--depth", "3", "--max-nodes", "2000"]
_RUN = "import sys; sys.argv = ['drugkg', *sys.argv[1:]]; from drugkg.cli import main; main()"


def focus_run(tree: Path, graph: Path, out: Path) -> dict:
    """One `drugkg viz --focus ...` of the code in `tree`, a new process: wall s, CPU s, peak MB, load."""
    import resource
    import subprocess

    before_load = os.getloadavg()[0]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(tree)}
    args = [sys.executable, "-c", _RUN, *FOCUS, "--graph", str(graph), "-o", str(out)]
    subprocess.run(args, check=True, cwd=tree, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = _peak_mb(tree, graph, out, env)
    cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
    return {"wall": wall, "cpu": cpu, "peak_mb": peak, "load": (before_load, os.getloadavg()[0])}


def _peak_mb(tree: Path, graph: Path, out: Path, env: dict) -> float:
    """The peak RSS of one more run (GNU time), in MB."""
    import subprocess

    args = ["/usr/bin/time", "-f", "%M", sys.executable, "-c", _RUN, *FOCUS, "--graph", str(graph), "-o", str(out)]
    done = subprocess.run(args, check=True, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return int(done.stderr.decode().strip().splitlines()[-1]) / 1024


def focus_bench(graph: Path, before: Path | None, runs: int) -> list[str]:
    """Rows of the focus-view table: this tree (and `before`, interleaved), median of `runs` (min-max)."""
    import hashlib

    trees = {"now": ROOT} | ({"before": before} if before is not None else {})
    results: dict[str, list[dict]] = {name: [] for name in trees}
    pages: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="drugkg-bench-focus-") as tmp:
        for _ in range(runs):
            for name, tree in trees.items():
                out = Path(tmp) / f"{name}.html"
                results[name].append(focus_run(tree, graph, out))
                pages[name] = hashlib.sha256(out.read_bytes()).hexdigest()
    lines = []
    for name, found in results.items():
        walls, cpus = [r["wall"] for r in found], [r["cpu"] for r in found]
        peak = max(r["peak_mb"] for r in found)
        loads = f"{min(r['load'][0] for r in found):.1f}-{max(r['load'][1] for r in found):.1f}"
        lines.append(
            f"| {name} ({trees[name]}) | {statistics.median(walls):.2f} s ({min(walls):.2f}-{max(walls):.2f}) "
            f"| {statistics.median(cpus):.2f} s ({min(cpus):.2f}-{max(cpus):.2f}) | {peak:.0f} MB | {loads} "
            f"| {pages[name][:12]} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "build" / "drugkg.ttl")
    parser.add_argument("--no-append", action="store_true", help="print only; do not append to bench/RESULTS.md")
    parser.add_argument("--focus-only", action="store_true", help="only the merged graph's 2,000-entity focus view")
    parser.add_argument("--merged", type=Path, default=ROOT / "build" / "merged.nt", help="the merged graph")
    parser.add_argument("--before", type=Path, help="an older tree to run the focus view from too (interleaved)")
    parser.add_argument("--runs", type=int, default=3, help="focus view: runs of each tree")
    args = parser.parse_args()
    if args.focus_only:
        machine = f"{platform.machine()}, {os.cpu_count()} cores (shared), Python {platform.python_version()}"
        section = "\n".join(
            [
                f"\n## Focus view on the merged graph (bench/bench_viz.py --focus-only, "
                f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {machine})\n",
                f"`drugkg {' '.join(FOCUS)} --graph {args.merged.name}`, a new process per run, median of "
                f"{args.runs} (min-max); CPU = user + system seconds; load = 1-minute load average; page = sha256.",
                "",
                "| code | wall | CPU | peak memory | load | page |",
                "|---|---|---|---|---|---|",
                *focus_bench(args.merged, args.before, args.runs),
                "",
            ]
        )
        _report(section, append=not args.no_append)
        return
    lines = []
    with tempfile.TemporaryDirectory(prefix="drugkg-bench-viz-") as tmp:
        start = time.perf_counter()
        seed = load_built_graph(args.graph)
        parse_s = time.perf_counter() - start
        seed_s, seed_mb = time_write(seed, Path(tmp) / "seed.html", 300)
        lines.append(
            f"| seed graph ({len(seed)} triples): write HTML (model + view + render + write) | {seed_s:.3f} s "
            f"(median of 5; parsing the Turtle adds {parse_s:.3f} s) | < 1 s | {seed_mb:.2f} MB |"
        )
        big = synthetic_graph(2000, 3000)
        big_s, big_mb = time_write(big, Path(tmp) / "big.html", 2000, repeat=3)
        lines.append(
            f"| synthetic 2,000 entities, 3,000 claims: write HTML | {big_s:.3f} s (median of 3) | – "
            f"| {big_mb:.2f} MB |"
        )
        if CHROMIUM.exists():
            runs = [
                ("seed graph", "seed.html", "graph"),
                ("2,000 entities", "big.html", "graph"),
                ("2,000 entities", "big.html", "start"),
            ]
            topics = ("treatments", "mechanism", "safety", "compare")
            runs += [("seed graph", "seed.html", f"topic/{t}") for t in topics]
            runs += [("2,000 entities", "big.html", "topic/treatments")]  # fmt: skip
            for label, name, screen in runs:
                print(f"{label} #{screen}: opening in headless Chromium")
                ready = time_interactive(Path(tmp) / name, screen=screen)
                target = "< 5 s" if label.startswith("2,000") else "–"
                lines.append(f"| {label}, #{screen}: interactive in headless Chromium (network blocked) | "
                             f"{statistics.median(ready):.2f} s (median of {len(ready)}: "
                             f"{', '.join(f'{r:.2f}' for r in ready)}) | {target} | |")  # fmt: skip
        else:
            lines.append(f"| browser timings | not measured: {CHROMIUM} absent | < 5 s | |")
    machine = f"{platform.machine()}, {os.cpu_count()} cores (shared), Python {platform.python_version()}"
    section = "\n".join(
        [
            f"\n## Graph page (bench/bench_viz.py, {time.strftime('%Y-%m-%d')}; {machine})\n",
            "| what | measured | target | page size |",
            "|---|---|---|---|",
            *lines,
            "",
        ]
    )
    _report(section, append=not args.no_append)


def _report(section: str, *, append: bool) -> None:
    """Print a results section and, unless told not to, append it to bench/RESULTS.md."""
    print(section)
    if append:
        with (ROOT / "bench" / "RESULTS.md").open("a", encoding="utf-8") as handle:
            handle.write(section)


if __name__ == "__main__":
    main()
