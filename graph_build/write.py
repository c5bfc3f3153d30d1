"""Serialise graphs deterministically and write them atomically."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from drugkg.atomic import write_text


def turtle_text(graph: Graph) -> str:
    """The graph as Turtle; the same graph always gives the same text (no blank nodes, sorted output)."""
    return graph.serialize(format="turtle")


def write_turtle(graph: Graph, path: str | Path) -> Path:
    """Write the graph as Turtle to `path`, atomically."""
    path = Path(path)
    write_text(path, turtle_text(graph))
    return path
