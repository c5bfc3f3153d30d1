"""Commands for integrators: stats, validate, link, merge."""

from __future__ import annotations

from pathlib import Path

import click

from base.errors import DrugkgError
from drugkg.options import graph_option

data_option = click.option(
    "--data",
    "data",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder holding drugmechdb/, hetionet/ and disease-ontology/ (read in place, never copied). "
    "[default: ../shared/data beside the project]",
)


@click.command()
@graph_option
def stats(graph_path: Path) -> None:
    """Print the figures of the built graph that build/void.ttl describes: triples, entities by class,
    claims by predicate, triples by predicate, vocabularies and example resources."""
    from graph_build.describe import stats_lines
    from graph_build.export import load_built_graph

    for line in stats_lines(load_built_graph(graph_path)):
        click.echo(line)


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
def validate(file: Path) -> None:
    """Check FILE against the project's rules and list every problem in plain words.

    FILE is Turtle (checked by a strict parser, then against the SHACL shapes of ontology/shapes.ttl
    together with the ontology), or a KGX folder from `drugkg export --format kgx` (checked against the
    pinned Biolink Model: categories and predicates exist, enum values, domain and range). Exits with 1 when
    there is any problem.
    """
    from graph_build.export.check import validate_path

    problems, what = validate_path(file)
    if not problems:
        click.echo(f"{file}: conforms ({what})")
        return
    click.echo(f"{file}: {len(problems)} problem(s) ({what})")
    for problem in problems:
        click.echo(f"  - {problem}")
    raise click.exceptions.Exit(1)


@click.command()
@graph_option
@data_option
@click.option("--drug", default="clonazepam", show_default=True, help="Entity slug whose mechanism is compared.")
@click.option(
    "--report",
    type=click.Path(path_type=Path),
    default=None,
    help="Also write the agreement report (Markdown) to this file.",
)
def link(graph_path: Path, data: Path | None, drug: str, report: Path | None) -> None:
    """Link the graph's entities to DrugMechDB and Hetionet nodes through shared identifiers (DrugBank, MeSH,
    DOID via Disease Ontology cross-references), print the linked entities per class, and compare DRUG's
    mechanism chain with its DrugMechDB paths."""
    from base.atomic import write_text
    from graph_build.export import load_built_graph
    from graph_build.link import link_entities
    from graph_build.link.agree import compare_mechanism, labels
    from ontology.vocab import ENT

    graph = load_built_graph(graph_path)
    links = link_entities(graph, data)
    for line in links.lines():
        click.echo(line)
    if (ENT[drug], None, None) not in graph:
        raise DrugkgError(f"no entity '{drug}' in the graph", where=graph_path, fix="pass --drug with a slug")
    text = "\n".join(compare_mechanism(graph, ENT[drug], data).lines(labels(graph))) + "\n"
    click.echo("")
    click.echo(text, nl=False)
    if report is not None:
        write_text(report, text)
        click.echo(f"report written to {report}")


@click.command()
@graph_option
@data_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("build/merged.nt"),
    show_default=True,
    help="N-Triples file to write.",
)
def merge(graph_path: Path, data: Path | None, output: Path) -> None:
    """Merge the graph with DrugMechDB (its paths as claims of their own source), the Hetionet subset and the
    links between them into one sorted N-Triples file (about 1.3 million triples)."""
    from graph_build.export import load_built_graph
    from graph_build.link.imports import merge_graphs

    result = merge_graphs(load_built_graph(graph_path), data, output)
    parts = ", ".join(f"{name} {count}" for name, count in result.by_source.items())
    click.echo(f"wrote {result.path}: {result.triples} distinct triples ({parts})")


def register(group: click.Group) -> None:
    for command in (stats, validate, link, merge):
        group.add_command(command)
