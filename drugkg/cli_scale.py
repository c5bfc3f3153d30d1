"""Commands of the build beyond one machine: build-distributed (on a Dask cluster) and load (into a store)."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("build-distributed")
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder to write the output to (created; a previous output there is replaced).",
)
@click.option(
    "--scheduler",
    default="local",
    show_default=True,
    help="'local': start a cluster of --workers processes here; else the address of a running Dask "
    "scheduler (tcp://host:8786), whose workers must read SOURCE and OUT at the same paths.",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Worker processes of the local cluster (one thread each); ignored with a scheduler address.",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Documents a worker reads and mines as one task.",
)
@click.option(
    "--parts",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="N-Triples parts and table shards to write (claims go to one by a hash of subject, predicate and "
    "object). The files depend on this number, never on the workers or the partition size.",
)
@click.option(
    "--max-document-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=4.0,
    show_default=True,
    help="Largest document read, in MB (there is no limit on the whole corpus).",
)
@click.option(
    "--cache/--no-cache",
    default=False,
    show_default=True,
    help="Use the extraction cache ($DRUGKG_CACHE_DIR or ~/.cache/drugkg; shared by the workers) instead of "
    "extracting every document.",
)
@click.option("-q", "--quiet", is_flag=True, help="Show no progress on stderr (also: DRUGKG_QUIET=1).")
def build_distributed(
    source: Path,
    out: Path,
    scheduler: str,
    workers: int,
    partition_size: int,
    parts: int,
    max_document_mb: float,
    cache: bool,
    quiet: bool,
) -> None:
    """Build the graph of SOURCE on a Dask cluster: the same claims and triples as `drugkg build`.

    SOURCE is a corpus folder (with or without manifest.yaml) or a JSON Lines file of {"id", "text",
    "title"} records. Each document is mined by the build's own per-document function; the results are
    merged by content hash. Writes OUT/graph/*.nt (sorted N-Triples), OUT/tables/claims-*.csv and
    evidence-*.csv (one row per claim and per evidence) and OUT/manifest.json; load them with `drugkg load
    OUT`. The graph is not SHACL-validated (`drugkg validate` a sample). Dask is installed with drugkg.
    """
    from base.progress import set_quiet
    from graph_build.read import MB, SizeLimits
    from graph_build.scale.distributed import build_distributed as run

    set_quiet(quiet)
    cache_dir = None
    if cache:
        from graph_build.text.cache import extraction_cache

        cache_dir = extraction_cache()
    result = run(
        source,
        out,
        workers=workers,
        scheduler=scheduler,
        partition_size=partition_size,
        parts=parts,
        limits=SizeLimits(document=int(max_document_mb * MB)),
        cache=cache_dir,
        progress=True,
    )
    for line in result.lines():
        click.echo(line)
    click.echo(f"written to {result.out}; load it with: drugkg load {result.out}")


@click.command("load")
@click.argument("out", type=click.Path(path_type=Path))
@click.option(
    "--store",
    type=click.Path(path_type=Path),
    default=None,
    help="Load into this new Oxigraph store folder instead (for `oxigraph serve-read-only --location STORE`).",
)
def load(out: Path, store: Path | None) -> None:
    """Load the N-Triples of a `drugkg build-distributed` output OUT into an Oxigraph store.

    By default writes OUT/drugkg.nt (the parts joined) and its store, which `drugkg query --graph
    OUT/drugkg.nt`, `drugkg serve --graph OUT/drugkg.nt` and `oxigraph serve-read-only --location
    OUT/drugkg.nt.store/db` use. Every file is checked against OUT/manifest.json first.
    """
    from graph_build.scale.load import load_output

    loaded = load_output(out, store)
    click.echo(f"loaded {loaded.triples:,} triples into {loaded.location}")
    if loaded.graph is not None:
        click.echo(f"query it: drugkg query --graph {loaded.graph} NAME")
    click.echo(f"serve it: oxigraph serve-read-only --location {loaded.location} --bind 127.0.0.1:7878")


def register(main: click.Group) -> None:
    main.add_command(build_distributed)
    main.add_command(load)
