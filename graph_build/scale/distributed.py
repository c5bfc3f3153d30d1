"""The build on a Dask cluster (decision 0910): partitions mined by the workers, records shuffled by content
hash into buckets, each bucket merged and written as sorted N-Triples and CSV claim tables.

Steps (reduce.py holds the functions each step runs):

1. plan: the driver lists partitions (names or byte ranges, never texts) and loads the curated claims;
2. map: each partition is read by a worker and each document mined by `mine_document` (the build's own
   per-document function); the results stay on the workers (`persist`);
3. the entities the documents found are folded to the driver (first document by id wins, as in the build),
   which extends the lexicon and sends it back;
4. shuffle: records are grouped by bucket (Dask's task shuffle); each bucket is merged as the build merges
   claims and written by its worker into the output's staging folder;
5. the entities the buckets use are written, by bucket of slug; the driver writes manifest.json and
   publishes the folder by renaming it into place (a reader never sees half an output).

The output depends only on the corpus, the pipeline and `parts`: not on the workers, the partition size or
the order tasks ran in (tests/test_distributed.py).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from base.atomic import write_text
from base.errors import DrugkgError
from graph_build.read import SizeLimits
from graph_build.scale import reduce as rd
from graph_build.scale.partition import PARTITION_SIZE, Partition, plan_partitions, read_partition

MANIFEST = "manifest.json"
FORMAT = "drugkg-distributed/1"
GRAPH_DIR, TABLES_DIR = "graph", "tables"
#: Buckets (N-Triples parts and table shards) by default: fixed, so the files do not depend on the cluster.
PARTS = 16


@dataclass
class DistributedResult:
    out: Path
    manifest: dict

    def lines(self) -> list[str]:
        m = self.manifest
        return [
            f"documents: {m['documents']:,}",
            f"claims: {m['claims']:,} ({m['extracted']:,} extracted from the texts)",
            f"triples: {m['triples']:,} in {len(m['files'])} files",
        ]


def require_dask() -> None:
    """Raise a DrugkgError naming the install command when Dask's distributed scheduler is missing."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise DrugkgError(
            "the distributed build needs Dask (dask[distributed])",
            fix="reinstall drugkg (pip install -e .), which installs dask[distributed]",
        ) from None


@contextlib.contextmanager
def cluster_client(scheduler: str, workers: int) -> Iterator[Any]:
    """A Dask client: of a new local cluster of `workers` processes (one thread each) when `scheduler` is
    "local", else of the running scheduler at that address (tcp://host:8786)."""
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler == "local":
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.ERROR,
                local_directory=tempfile.gettempdir(),
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(scheduler, timeout="20s")
    except OSError as exc:
        raise DrugkgError(
            f"cannot reach the Dask scheduler: {exc}", where=scheduler, fix="start dask-scheduler, or give 'local'"
        ) from None
    with client:
        yield client


def _curated(partitions: list[Partition], limits: SizeLimits, lexicon: dict) -> list:
    """The corpus's curated claims (manifest corpora with a claims/ folder), read by the driver: only the
    documents that have a claims file are read here."""
    from graph_build.curated import CLAIMS_DIR, load_curated

    if not partitions or partitions[0].kind != "manifest":
        return []
    corpus = Path(partitions[0].source)
    folder = corpus / CLAIMS_DIR
    if not folder.is_dir():
        return []
    wanted = {p.stem for p in folder.glob("*.yaml")}
    entries = tuple(e for p in partitions for e in p.entries if e[0] in wanted)
    documents = read_partition(Partition(0, "manifest", str(corpus), entries), limits)
    return load_curated(corpus, documents, lexicon)


def _entities_of(result: rd.PartitionResult) -> dict:
    return result.entities


def _records_of(result: rd.PartitionResult) -> list:
    return result.records


def _counts_of(result: rd.PartitionResult) -> tuple[int, int]:
    return result.documents, result.extracted


def _add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


def _bucket(record: rd.Record) -> int:
    return record[0]


def _name(prefix: str, bucket: int, suffix: str) -> str:
    return f"{prefix}-{bucket:05d}.{suffix}"


def write_bucket(group: tuple[int, list[rd.Record]], lexicon: dict, staging: str) -> dict:
    """Merge one bucket (on a worker) and write its N-Triples part and claim/evidence table shards."""
    bucket, records = group
    result = rd.reduce_bucket(bucket, records, lexicon)
    root = Path(staging)
    write_text(root / GRAPH_DIR / _name("part", bucket, "nt"), "".join(line + "\n" for line in result.lines))
    write_text(root / TABLES_DIR / _name("claims", bucket, "csv"), rd.csv_text(rd.CLAIM_COLUMNS, result.claims))
    write_text(root / TABLES_DIR / _name("evidence", bucket, "csv"), rd.csv_text(rd.EVIDENCE_COLUMNS, result.evidence))
    return {"bucket": bucket, "claims": len(result.claims), "entities": result.entities}


def write_entities(group: tuple[int, list[str]], lexicon: dict, staging: str) -> int:
    """Write the triples of one bucket of entities (on a worker)."""
    bucket, slugs = group
    lines = rd.entity_lines(slugs, lexicon)
    write_text(Path(staging) / GRAPH_DIR / _name("entities", bucket, "nt"), "".join(line + "\n" for line in lines))
    return len(lines)


def _follow(client: Any, persisted: Any, partitions: list[Partition], progress: bool) -> None:
    """Report mined partitions as they finish (base/progress.py), and raise the first worker error."""
    from distributed import as_completed, futures_of

    from base.progress import Progress

    futures = futures_of(persisted)
    sizes = [p.size for p in partitions]
    by_docs = all(sizes)
    total = sum(sizes) if by_docs else len(partitions)
    size_of = {f.key: sizes[f.key[1]] for f in futures} if by_docs else {}  # bag keys: (name, partition)
    with Progress(total, "mining", "doc" if by_docs else "partition", enabled=progress) as bar:
        for future in as_completed(futures):
            if future.status == "error":
                future.result()  # raises the worker's exception here
            bar.update(size_of.get(future.key, 1) if by_docs else 1)


def build_distributed(
    source: str | Path,
    out: str | Path,
    *,
    workers: int = 2,
    scheduler: str = "local",
    partition_size: int = PARTITION_SIZE,
    parts: int = PARTS,
    limits: SizeLimits | None = None,
    cache: Path | None = None,
    progress: bool = False,
) -> DistributedResult:
    """Build the graph of `source` (corpus folder or JSONL file) on a Dask cluster into the folder `out`.

    Writes `out/graph/part-*.nt` and `out/graph/entities-*.nt` (the graph as sorted N-Triples, `parts` files
    each), `out/tables/claims-*.csv` and `evidence-*.csv` (one row per claim and per evidence) and
    `out/manifest.json` (counts and each file's sha256). `cache`: the extraction cache folder the workers
    share (None: extract every document). Nothing is published unless every step succeeds.
    """
    require_dask()
    import dask
    import dask.bag as db

    from ontology.lexicon import load_lexicon

    if parts < 1:
        raise DrugkgError(f"--parts must be at least 1, not {parts}", fix="give --parts 1 or more")
    source, out, limits = Path(source), Path(out), limits or SizeLimits()
    partitions = list(plan_partitions(source, partition_size))
    lexicon = load_lexicon()
    curated = _curated(partitions, limits, lexicon)
    staging = _staging(out)
    try:
        with cluster_client(scheduler, workers) as client:
            base = dask.delayed(lexicon, traverse=False)
            bag = db.from_sequence(partitions, npartitions=len(partitions))
            mined = bag.map(rd.mine_partition, base, parts, limits=limits, cache=cache).persist()
            _follow(client, mined, partitions, progress)
            found = mined.map(_entities_of).fold(rd.first_entities, rd.first_entities, initial={}).compute()
            documents, extracted = mined.map(_counts_of).fold(_add, _add, initial=(0, 0)).compute()
            extended = rd.extend_lexicon(lexicon, found)
            lex = dask.delayed(extended, traverse=False)
            records = mined.map(_records_of).flatten()
            if curated:
                records = db.concat([records, db.from_sequence(rd.curated_records(curated, parts), npartitions=1)])
            groups = records.groupby(_bucket, npartitions=min(parts, max(1, len(partitions))), shuffle="tasks")
            written = groups.map(write_bucket, lex, str(staging)).compute()
            used = sorted({slug for w in written for slug in w["entities"]})
            by_bucket: dict[int, list[str]] = {}
            for slug in used:
                by_bucket.setdefault(rd.bucket_of(slug, parts), []).append(slug)
            entity_groups = db.from_sequence(sorted(by_bucket.items()), npartitions=max(1, min(parts, workers * 2)))
            entity_groups.map(write_entities, lex, str(staging)).compute()
        claims = sum(w["claims"] for w in written)
        manifest = _finish(staging, source, parts, documents, extracted, claims, len(used))
        _publish(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return DistributedResult(out, manifest)


def _staging(out: Path) -> Path:
    if out.exists() and not (out / MANIFEST).is_file():
        raise DrugkgError(
            "the output folder exists and is not a distributed build's output (no manifest.json)",
            where=out,
            fix="give a new folder, or remove this one",
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.{os.getpid()}.", suffix=".staging", dir=out.parent))
    (staging / GRAPH_DIR).mkdir()
    (staging / TABLES_DIR).mkdir()
    return staging


def _finish(
    staging: Path, source: Path, parts: int, documents: int, extracted: int, claims: int, entities: int
) -> dict:
    """Write the files no bucket had (empty, so every output has the same names), and manifest.json."""
    from base.store import file_sha256

    for bucket in range(parts):
        for folder, name in (
            (GRAPH_DIR, _name("part", bucket, "nt")),
            (GRAPH_DIR, _name("entities", bucket, "nt")),
            (TABLES_DIR, _name("claims", bucket, "csv")),
            (TABLES_DIR, _name("evidence", bucket, "csv")),
        ):
            path = staging / folder / name
            if not path.exists():
                columns = rd.CLAIM_COLUMNS if name.startswith("claims") else rd.EVIDENCE_COLUMNS
                write_text(path, rd.csv_text(columns, []) if folder == TABLES_DIR else "")
    files, triples = [], 0
    for path in sorted(staging.rglob("*")):
        if path.is_file():
            lines = _count_lines(path)
            if path.suffix == ".nt":
                triples += lines
            files.append({"file": path.relative_to(staging).as_posix(), "lines": lines, "sha256": file_sha256(path)})
    manifest = {
        "format": FORMAT,
        "source": source.name,
        "parts": parts,
        "documents": documents,
        "extracted": extracted,
        "claims": claims,
        "entities": entities,
        "triples": triples,
        "files": files,
    }
    write_text(staging / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return manifest


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))


def _publish(staging: Path, out: Path) -> None:
    """Put the finished folder in place of `out` (the previous output, if any, is removed after)."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.{os.getpid()}.old")
        out.rename(old)
    staging.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def read_manifest(out: str | Path) -> dict:
    """The manifest of a distributed build's output, or a DrugkgError saying how to make one."""
    path = Path(out) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise DrugkgError(
            "not a distributed build's output (no readable manifest.json)",
            where=out,
            fix="run `drugkg build-distributed CORPUS -o OUT` first",
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DrugkgError(f"manifest.json is not of format {FORMAT}", where=path, fix="build the output again")
    return data
