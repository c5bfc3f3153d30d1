"""Commands of the view: `drugkg viz` (an offline HTML graph) and `drugkg explain` (drug -> condition paths)."""

from __future__ import annotations

from pathlib import Path

import click

from base.paths import DEFAULT_CORPUS, DEFAULT_OUT
from drugkg.options import graph_option


@click.command()
@graph_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=DEFAULT_OUT / "graph.html",
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--focus", default=None, help="Draw the neighbourhood of this entity (label, synonym, brand, slug, IRI).")
@click.option("--depth", type=int, default=2, show_default=True, help="How many claims away from --focus to go.")
@click.option(
    "--query",
    type=click.Path(path_type=Path),
    default=None,
    help="Draw the result of this SPARQL CONSTRUCT query (a .rq file) instead.",
)
@click.option(
    "--max-nodes",
    type=int,
    default=300,
    show_default=True,
    help="Readable size: larger views are cut to the entities nearest the focus, with a note of what was left out.",
)
@click.option("--title", default=None, help="The page title (plain text).")
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=DEFAULT_CORPUS,
    show_default="the project's corpus/",
    help="Where the articles are, to head table-row quotes with their columns (used only if the checksum matches).",
)
def viz(
    graph_path: Path,
    output: Path,
    focus: str | None,
    depth: int,
    query: Path | None,
    max_nodes: int,
    title: str | None,
    corpus: Path,
) -> None:
    """Write the graph as one interactive HTML page that works offline.

    The whole graph opens on a start screen: topic views (treatments, how the drugs work, safety, the drugs
    compared) and a page per drug and condition; the drawing of everything is one click away (with --focus or
    --query the page opens on the drawing). One edge per fact (claims with the same subject, relation, object
    and polarity), thicker when more articles say it: negated ones dashed red ("not for"), hedged ones dotted,
    candidates marked. Click a node or an edge to read its definition, identifiers, qualifiers and its
    sentences with their articles; search by name, synonym or brand; filter by class, relation and article.
    """
    if focus and query is None:  # a neighbourhood: read from the graph's store, only what the page keeps
        from base.store import open_graph_store
        from queries.viz import write_focus_page

        view = write_focus_page(
            open_graph_store(graph_path), output, [focus], depth=depth, max_nodes=max_nodes, title=title, corpus=corpus
        )
    else:
        from graph_build.export import load_built_graph
        from queries.viz import write_graph_page

        graph = load_built_graph(graph_path)
        view = write_graph_page(
            graph, output, corpus=corpus, focus=focus, depth=depth, query=query, max_nodes=max_nodes, title=title
        )
    click.echo(f"wrote {output} ({len(view.entities)} entities, {len(view.claims)} claims drawn as {view.facts} facts)")
    if view.note:
        click.echo(f"note: {view.note}")


@click.command()
@graph_option
@click.argument("drug")
@click.argument("condition")
@click.option("--html", "html", is_flag=True, help="Also draw the paths as an HTML page (see --output).")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=DEFAULT_OUT / "explain.html",
    show_default=True,
    help="The HTML file to write with --html.",
)
def explain(graph_path: Path, drug: str, condition: str, html: bool, output: Path) -> None:
    """Explain how DRUG relates to CONDITION: the mechanism path(s) in order, each step with its quote.

    Names may be a label, synonym, brand name, slug, CURIE (MESH:D014277) or IRI ("Klonopin" is clonazepam); a
    name shared by several entities explains each of them. Says plainly when no path exists, or when the link is
    only hedged or negated.
    """
    from base.store import open_graph_store
    from queries.viz import explain_from_store

    text = explain_from_store(open_graph_store(graph_path), drug, condition, output if html else None)
    click.echo(text, nl=False)
    if html:
        click.echo(f"wrote {output}")


def register(group: click.Group) -> None:
    for command in (viz, explain):
        group.add_command(command)
    # its /explore pages are mounted by `drugkg serve` (drugkg/cli_query.py), not here: importing the server for
    # every command cost `build` ~0.1 s
