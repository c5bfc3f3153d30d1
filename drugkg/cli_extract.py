"""Commands of text mining: add documents to a corpus, evaluate the extractor against curated claims or a public
corpus's annotation."""

from __future__ import annotations

from pathlib import Path

import click

from drugkg.options import corpus_option


@click.command()
@corpus_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def add(corpus: Path, files: tuple[Path, ...]) -> None:
    """Copy FILES (UTF-8 .txt/.md) into the corpus, each with a manifest entry and its sha256."""
    from graph_build.add import add_documents

    for doc_id in add_documents(corpus, list(files)):
        click.echo(f"added {doc_id}")


@click.command()
@corpus_option
@click.option(
    "--gold",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of curated <document-id>.yaml claims files (default: CORPUS/claims), or a public corpus FILE "
    "(BC5CDR/BioRED PubTator, BioC JSON, PHEE JSON lines, Roam JSON): the extractor then runs over that file's "
    "own texts and is scored against its annotation (--corpus is not used).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["pubtator", "bioc-json", "phee", "roam"]),
    default=None,
    help="The public corpus file's format; default: told from its content.",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Score only the first N abstracts/sentences of a file."
)
@click.option(
    "--json", "json_path", type=click.Path(path_type=Path), default=None, help="Also write the report as JSON."
)
@click.option(
    "--facts-only",
    is_flag=True,
    help="Score only what the graph states as fact: leave out candidates (machine-read claims below the "
    "confidence threshold, or every machine-read claim while the top band is closed: decision 0690; "
    "candidates get no direct triple).",
)
def evaluate(
    corpus: Path, gold: Path | None, fmt: str | None, limit: int | None, json_path: Path | None, facts_only: bool
) -> None:
    """Score extracted claims against curated ones, or against a public corpus's annotation: precision, recall,
    F1 per predicate and overall.

    Curated gold: a claim matches on (document, subject, predicate, object, negated); negation and hedging
    accuracy are measured on the triples both found. A public corpus file: relations per predicate as the
    corpus annotates them (abstract-level concept pairs for BC5CDR/BioRED, mention pairs per sentence for
    PHEE/Roam), entity recall, and the published figures beside them (docs/extraction.md, "Public corpora").
    """
    if gold is not None and not gold.exists():
        from base.errors import DrugkgError

        raise DrugkgError("no such file or folder", where=gold, fix="give a gold claims folder or a corpus file")
    if gold is not None and gold.is_file():
        _evaluate_public(gold, fmt, limit, json_path, facts_only)
        return
    if fmt is not None or limit is not None:
        from base.errors import DrugkgError

        raise DrugkgError("--format and --limit apply to a public corpus file", where=gold, fix="give --gold FILE")
    from graph_build.text.evaluate import evaluate as run
    from graph_build.text.evaluate import write_json

    report = run(corpus, gold, facts_only=facts_only)
    click.echo(report.table())
    from graph_build.review_store import reviewed_precision  # decisions of `drugkg review` (docs/review.md)

    click.echo(reviewed_precision(corpus).line())
    if json_path is not None:
        write_json(report, json_path)
        click.echo(f"wrote {json_path}")


def _evaluate_public(gold: Path, fmt: str | None, limit: int | None, json_path: Path | None, facts_only: bool) -> None:
    import time

    from graph_build.text.evaluate_public import evaluate_public, write_json

    started = time.perf_counter()
    report = evaluate_public(gold, fmt, limit, facts_only=facts_only)
    click.echo(report.table())
    click.echo(f"took {time.perf_counter() - started:.1f} s", err=True)
    if json_path is not None:
        write_json(report, json_path)
        click.echo(f"wrote {json_path}")


def register(group: click.Group) -> None:
    for command in (add, evaluate):
        group.add_command(command)
