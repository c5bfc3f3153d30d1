"""Commands of text mining: add documents to a corpus, evaluate the extractor against curated claims."""

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
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder of curated <document-id>.yaml claims files; default: CORPUS/claims.",
)
@click.option(
    "--json", "json_path", type=click.Path(path_type=Path), default=None, help="Also write the report as JSON."
)
def evaluate(corpus: Path, gold: Path | None, json_path: Path | None) -> None:
    """Score extracted claims against curated ones: precision, recall, F1 per predicate and overall.

    A claim matches on (document, subject, predicate, object, negated). Negation and hedging accuracy are
    measured on the triples both found.
    """
    from graph_build.text.evaluate import evaluate as run
    from graph_build.text.evaluate import write_json

    report = run(corpus, gold)
    click.echo(report.table())
    from graph_build.review_store import reviewed_precision  # decisions of `drugkg review` (docs/review.md)

    click.echo(reviewed_precision(corpus).line())
    if json_path is not None:
        write_json(report, json_path)
        click.echo(f"wrote {json_path}")


def register(group: click.Group) -> None:
    for command in (add, evaluate):
        group.add_command(command)
