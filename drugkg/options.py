"""Options shared by several commands, defined once."""

from __future__ import annotations

from pathlib import Path

import click

from base.paths import DEFAULT_CORPUS, DEFAULT_GRAPH

corpus_option = click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=DEFAULT_CORPUS,
    show_default="the project's corpus/",
    help="Folder with the documents and manifest.yaml.",
)
graph_option = click.option(
    "--graph",
    "graph_path",
    type=click.Path(path_type=Path),
    default=DEFAULT_GRAPH,
    show_default=True,
    help="The built graph to read (Turtle).",
)
