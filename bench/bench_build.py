"""Benchmark of the whole build (issue 17.5; run on demand: `python bench/bench_build.py`).

A corpus of N generated documents (N = 100, 300, 1,000) is written to a temporary folder: each document
recombines sentences of the project's articles and of the extraction fixtures (seeded), so every text is
distinct while its sentences stay realistic. Each figure is one `drugkg build` in a new process until its
files are written:

- cold: empty caches (extraction, whole-build, validation record), `--jobs 1` and `--jobs 2`; the vocabulary caches
  of an installed drugkg present (made once per checkout by a first build; decision 0961);
- one changed document: the same corpus built again with one document edited (extraction of one document,
  SHACL of its claims only);
- the seed corpus (corpus/), cold, default jobs; and its first build ever (every cache empty); `--seed-rounds N`
  repeats both N times, before and after alternating, and reports medians and ranges (issue 17.5: a cold seed
  build in ≤ 3 s; `--sizes ""` runs only these).

`--before PATH` also runs the cold builds with the checkout at PATH (e.g. `git worktree add /tmp/before
<commit>`), the way the build ran before this work, so the speed-up is measured in the same session.
Results go to bench/results/build.json and are printed as Markdown (docs/performance.md shows them).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results"
SIZES = (100, 300, 1000)


def sentences() -> list[str]:
    """Every sentence of the corpus articles and the extraction fixtures, in a fixed order, without repeats."""
    from graph_build.read import read_corpus
    from graph_build.text.normalise import normalise
    from graph_build.text.segment import segment

    found: dict[str, None] = {}
    folders = [ROOT / "corpus"] + [ROOT / "tests" / "fixtures" / "extract" / f for f in ("articles", "unseen")]
    for folder in folders:
        for doc in read_corpus(folder):
            for s in segment(normalise(doc.text).text):
                text = " ".join(s.text.split())
                if len(text) > 20 and not text.startswith("#"):
                    found.setdefault(text, None)
    return list(found)


def write_corpus(folder: Path, n: int, seed: int = 17) -> Path:
    """Write `n` generated documents (gen-0000.txt, ...; no manifest) to `folder`: each a title and three
    paragraphs of four sentences drawn at random; no two documents hold the same text."""
    pool = sentences()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for i in range(n):
        while True:
            paragraphs = [" ".join(rng.sample(pool, 4)) for _ in range(3)]
            body = "\n\n".join(paragraphs)
            if body not in seen:
                seen.add(body)
                break
        (folder / f"gen-{i:04d}.txt").write_text(f"Generated article {i}\n\n{body}\n", encoding="utf-8")
    return folder


def timed_build(checkout: Path, corpus: Path, out: Path, cache: Path, *args: str) -> list[float]:
    """[wall seconds, CPU seconds of the build and its workers] of one `drugkg build` in a new process run from
    `checkout` (its own code, its own cache). CPU time is given because the machine is shared: wall time
    grows with the load, CPU time much less."""
    env = {**os.environ, "DRUGKG_CACHE_DIR": str(cache), "PYTHONPATH": str(checkout), "DRUGKG_QUIET": "1"}
    command = [sys.executable, "-c", "from drugkg.cli import main; main()", "build"]
    command += ["--corpus", str(corpus), "--out", str(out), *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=checkout, env=env)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"bench: build failed in {checkout}: {done.stderr.strip()}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return [seconds, cpu]


def load() -> float:
    return round(os.getloadavg()[0], 2)


def run(sizes: tuple[int, ...], before: Path | None, workdir: Path, rounds: int = 1) -> dict:
    report: dict = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cores": os.cpu_count(), "rows": []}
    for n in sizes:
        corpus = write_corpus(workdir / f"corpus-{n}", n)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        row: dict = {"documents": n, "mb": size / 1e6, "load": [load()]}

        def cold(checkout: Path, *args: str, tag: str, n: int = n, corpus: Path = corpus) -> list[float]:
            cache, out = workdir / f"cache-{tag}-{n}", workdir / f"out-{tag}-{n}"
            _fresh_cache(cache, vocabularies(checkout, workdir))
            shutil.rmtree(out, ignore_errors=True)
            return timed_build(checkout, corpus, out, cache, *args)

        if before is not None:
            row["before"] = cold(before, tag="before")
        row["jobs1"] = cold(ROOT, "--jobs", "1", tag="j1")
        row["jobs2"] = cold(ROOT, "--jobs", "2", tag="j2")
        row["identical"] = _same_outputs(workdir / f"out-j1-{n}", workdir / f"out-j2-{n}")
        if before is not None:
            row["identical_before"] = _same_outputs(workdir / f"out-before-{n}", workdir / f"out-j2-{n}")
        first = corpus / "gen-0000.txt"
        original = first.read_text(encoding="utf-8")
        first.write_text(original.replace("Generated article 0", "Generated article zero", 1), encoding="utf-8")
        row["changed"] = timed_build(ROOT, corpus, workdir / f"out-j2-{n}", workdir / f"cache-j2-{n}", "--jobs", "2")
        if before is not None:  # the same rebuild with the code before: all of SHACL again
            out, cache = workdir / f"out-before-{n}", workdir / f"cache-before-{n}"
            row["changed_before"] = timed_build(before, corpus, out, cache)
        first.write_text(original, encoding="utf-8")
        row["load"].append(load())
        report["rows"].append(row)
        print(_row(row), flush=True)
    report["seed"] = seed_builds(before, workdir, rounds)
    return report


def seed_builds(before: Path | None, workdir: Path, rounds: int) -> dict:
    """Cold builds of the seed corpus (the vocabulary caches present) and first builds ever (every cache empty),
    `rounds` of each per checkout, the checkouts alternating within a round and taking turns to go first (so both
    meet the same machine state); whether the last files of both are the same bytes."""
    seed: dict = {"load": [load()], "rounds": rounds}
    checkouts = [(tag, checkout) for tag, checkout in (("before", before), ("after", ROOT)) if checkout is not None]
    for _, checkout in checkouts:
        vocabularies(checkout, workdir)  # made once, outside the timings
    for r in range(rounds):
        for tag, checkout in checkouts[:: 1 if r % 2 == 0 else -1]:
            cache, out = workdir / f"seed-cache-{tag}", workdir / f"seed-out-{tag}"
            _fresh_cache(cache, vocabularies(checkout, workdir))
            shutil.rmtree(out, ignore_errors=True)
            seed.setdefault(tag, []).append(timed_build(checkout, ROOT / "corpus", out, cache))
            first = workdir / f"seed-first-{tag}"  # the first build ever: every cache empty
            shutil.rmtree(first, ignore_errors=True)
            seed.setdefault(f"{tag}_first", []).append(
                timed_build(checkout, ROOT / "corpus", first / "out", first / "cache")
            )
    seed["load"].append(load())
    if before is not None:
        seed["identical"] = _same_outputs(workdir / "seed-out-before", workdir / "seed-out-after") and _same_outputs(
            workdir / "seed-first-before" / "out", workdir / "seed-out-after"
        )
    return seed


_VOCABULARIES: dict[Path, Path] = {}


def vocabularies(checkout: Path, workdir: Path) -> Path:
    """The vocabulary caches of an installed drugkg for `checkout` (its vocab-index folder: the packages'
    dictionaries, the derived names and the vocabulary index, written by its first build ever), made once by a build
    of the seed corpus. "Cold" builds start from these and nothing else: empty extraction, whole-build and
    validation caches (decision 0961)."""
    if checkout not in _VOCABULARIES:
        cache = workdir / f"vocabularies-{len(_VOCABULARIES)}"
        timed_build(checkout, ROOT / "corpus", cache / "out", cache / "cache")
        _VOCABULARIES[checkout] = cache / "cache" / "vocab-index"
    return _VOCABULARIES[checkout]


def _fresh_cache(cache: Path, vocabulary: Path) -> None:
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    if vocabulary.is_dir():
        shutil.copytree(vocabulary, cache / "vocab-index")


def _same_outputs(a: Path, b: Path) -> bool:
    """Whether two output folders hold the same graph, summary and description, byte for byte."""
    names = ("drugkg.ttl", "ontology.ttl", "summary.json", "void.ttl")
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in names)


def _row(row: dict) -> str:
    before = row.get("before")
    took = lambda f: f"{f[0]:.1f} s ({f[1]:.1f})"  # noqa: E731
    cells = [
        f"{row['documents']:,}",
        f"{row['mb']:.2f}",
        took(before) if before else "–",
        took(row["jobs1"]),
        took(row["jobs2"]),
        f"×{before[0] / row['jobs2'][0]:.1f}" if before else "–",
        f"×{row['jobs1'][0] / row['jobs2'][0]:.2f}",
        took(row["changed"]),
        took(row["changed_before"]) if row.get("changed_before") else "–",
        "yes" if row["identical"] and row.get("identical_before", True) else "**NO**",
        f"{row['load'][0]} → {row['load'][1]}",
    ]
    return "| " + " | ".join(cells) + " |"


def _spread(runs: list[list[float]], which: int) -> str:
    """`which` (0 wall, 1 CPU) of `runs` as "median (min–max)"."""
    values = sorted(run[which] for run in runs)
    return f"{statistics.median(values):.2f} ({values[0]:.2f}–{values[-1]:.2f})"


def markdown(report: dict) -> str:
    lines = [
        f"## Build (bench/bench_build.py, {report['date']}, {report['cores']} cores shared)",
        "",
        "One `drugkg build` per figure, a new process, empty caches (the vocabulary caches kept) unless said; "
        "generated documents of distinct text. Each cell: wall time (CPU seconds of the build and its workers); "
        "ratios of wall times; identical: the files of --jobs 1, --jobs 2 and before are the same bytes.",
        "",
        "| documents | MB | before | --jobs 1 | --jobs 2 | before / jobs 2 | jobs 1 / jobs 2 "
        "| one document changed (jobs 2) | one changed, before | identical | load |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *(_row(r) for r in report["rows"]),
        "",
    ]
    seed = report.get("seed", {})
    if "after" in seed:
        lines += [
            f"Seed corpus (3 articles), {seed['rounds']} round(s), before and after alternating; CPU seconds "
            "(user + sys of the build process) and wall seconds, median (min–max); "
            f"load {seed['load'][0]} → {seed['load'][1]}:",
            "",
            "| build | CPU before | CPU after | wall before | wall after |",
            "|---|---|---|---|---|",
        ]
        for tag, name in (("", "cold (vocabulary caches present)"), ("_first", "first ever (every cache empty)")):
            runs = [seed.get(f"before{tag}"), seed.get(f"after{tag}")]
            cells = [_spread(r, 1) if r else "–" for r in runs] + [_spread(r, 0) if r else "–" for r in runs]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        if "identical" in seed:
            lines += ["", "Same bytes before and after: " + ("yes" if seed["identical"] else "**NO**") + "."]
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated corpus sizes")
    parser.add_argument("--before", type=Path, default=None, help="a checkout of the code before (git worktree)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--seed-rounds", type=int, default=1, help="cold and first-ever builds of the seed corpus each")
    options = parser.parse_args()
    sizes = tuple(int(s) for s in options.sizes.split(",") if s.strip())
    with tempfile.TemporaryDirectory(prefix="drugkg-bench-build-") as tmp:
        report = run(sizes, options.before, Path(tmp), options.seed_rounds)
    options.out.mkdir(parents=True, exist_ok=True)
    (options.out / "build.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    text = markdown(report)
    (options.out / "build.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
