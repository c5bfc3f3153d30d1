"""Commands of the write side: build, export, locate."""

from __future__ import annotations

from pathlib import Path

import click

from base.paths import DEFAULT_OUT
from drugkg.options import corpus_option, graph_option

quiet_option = click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Show no progress on stderr (also: DRUGKG_QUIET=1). Progress is a bar on a terminal, a line per 10 % "
    "or 10 s otherwise, and only for work that runs over 2 s.",
)


def _jobs_default() -> int:
    from graph_build.text.parallel import default_jobs

    return default_jobs()


#: Export formats: the keys of graph_build.export.WRITERS (tests/test_export_formats.py checks they agree;
#: listed here so that `--help` does not import the exporters).
EXPORT_FORMATS = ["turtle", "ntriples", "jsonld", "trig", "nquads", "xml", "kgx", "kgx-jsonl", "graphml", "neo4j"]


@click.command()
@corpus_option
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Folder to write the graph files to.",
)
@click.option(
    "--extract/--no-extract",
    default=True,
    show_default=True,
    help=(
        "Also extract claims from the texts (cached per document in $DRUGKG_CACHE_DIR or ~/.cache/drugkg) "
        "and merge them with curated ones."
    ),
)
@click.option(
    "--max-document-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=4.0,
    show_default=True,
    help="Largest document the build reads, in MB (checked before reading).",
)
@click.option(
    "--max-corpus-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=256.0,
    show_default=True,
    help="Most MB of documents a corpus may hold (checked before reading).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=_jobs_default,
    show_default="the number of CPUs",
    help="Processes that extract documents not in the cache (used when each gets 100 or more); the files "
    "written are the same for any number.",
)
@click.option(
    "--validate-all",
    is_flag=True,
    help="Check the whole graph with SHACL (by default only the nodes that changed since the last build into "
    "OUT are checked) and build again even when every input is unchanged.",
)
@quiet_option
def build(
    corpus: Path,
    out: Path,
    extract: bool,
    max_document_mb: float,
    max_corpus_mb: float,
    jobs: int,
    validate_all: bool,
    quiet: bool,
) -> None:
    """Build the knowledge graph of a corpus, validate it with SHACL and write it as Turtle.

    CORPUS is a folder of .txt/.md documents, with or without a manifest.yaml; every document must be a
    regular file inside it. Writes OUT/drugkg.ttl (the graph), OUT/ontology.ttl (its schema), OUT/summary.json
    and OUT/void.ttl, then prints what changed since the last build into OUT. Nothing is written unless every
    check passes; the files are replaced together, as one set (a reader sees the old set or the new).
    """
    import atexit
    import gc

    from base.progress import set_quiet
    from graph_build.build import build_graph
    from graph_build.read import MB, SizeLimits

    # when the process ends, what the build left is frozen before the interpreter's last garbage collections, which
    # would otherwise walk every object of spaCy's and the vocabularies' tables and the graph (~0.3 s of a cold seed
    # build; the objects are still freed). At exit only: a process that goes on (tests) keeps its collector as it was
    atexit.register(gc.freeze)
    set_quiet(quiet)
    limits = SizeLimits(document=int(max_document_mb * MB), corpus=int(max_corpus_mb * MB))
    result = build_graph(
        corpus, out, extract=extract, progress=True, limits=limits, jobs=jobs, validate_all=validate_all
    )
    for line in result.summary.lines():
        click.echo(line)
    if extract:
        click.echo(f"text mining: {result.extracted} claims extracted")
    if result.validated is not None:
        checked, nodes = result.validated
        scope = "the whole graph" if checked == nodes else f"{checked:,} of {nodes:,} nodes (the rest unchanged)"
        click.echo(f"SHACL: conforms; checked {scope}")
    for line in result.changes or []:
        click.echo(line)
    click.echo(f"graph written to {result.outputs[0]}")
    for path in result.outputs[1:]:
        click.echo(f"also wrote {path}")


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="turtle",
    show_default=True,
    help="Output format.",
)
@graph_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File (or folder, for kgx, kgx-jsonl and neo4j) to write; default: beside the graph, "
    "drugkg.<extension> or drugkg-<format>/.",
)
@click.option(
    "--all-claims",
    is_flag=True,
    help="graphml: also draw negated and candidate claims as edges (marked negated / candidate); by default "
    "the file holds only edges a path may walk as true.",
)
@quiet_option
def export(fmt: str, graph_path: Path, output: Path | None, all_claims: bool, quiet: bool) -> None:
    """Export the built graph in a standard RDF format, or for Biolink, networkx/Gephi and Neo4j tools.

    trig and nquads put each source document's claims and evidence in a named graph (named by the document's
    IRI); jsonld is compacted with the project's context (ontology/context.jsonld), with JSON booleans and
    numbers. RDF exports are re-read by a strict parser and must equal the graph. kgx writes a folder
    (nodes.tsv, edges.tsv, metadata.json) as kgx reads it, one edge per claim, checked offline against
    Biolink; kgx-jsonl the same as JSON Lines with every value exact; graphml one file without negated or
    candidate claims (unless --all-claims); neo4j a folder (nodes.csv, relationships.csv, import.txt) for
    neo4j-admin import, where a negated claim's relationship type is NOT_<predicate>.
    """
    from base.progress import set_quiet
    from graph_build.export import default_target, export_file

    set_quiet(quiet)
    target = output or default_target(graph_path, fmt)
    export_file(graph_path, fmt, target, all_claims=all_claims)
    click.echo(f"wrote {target} ({fmt})")


@click.command()
@corpus_option
@click.argument("document")
@click.argument("quote")
def locate(corpus: Path, document: str, quote: str) -> None:
    """Print the character offsets of QUOTE in DOCUMENT (a manifest id), for curating claims."""
    from graph_build.locate import locate_quote

    for start, end in locate_quote(corpus, document, quote):
        click.echo(f"start: {start}\nend: {end}")


def register(group: click.Group) -> None:
    for command in (build, export, locate):
        group.add_command(command)
