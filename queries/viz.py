"""Draw the graph: choose a view of a built graph and write it as one offline HTML page.

>>> from pathlib import Path
>>> import tempfile
>>> from rdflib import Graph
>>> out = Path(tempfile.mkdtemp()) / "empty.html"
>>> write_graph_page(Graph(), out).note
''
>>> "<html" in out.read_text()
True
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from base.atomic import write_text
from base.paths import DEFAULT_CORPUS
from queries.explain import explain, explanation_text, explanation_view
from queries.viz_facts import facts_of
from queries.viz_html import render_page
from queries.viz_model import Model, local_name, read_model
from queries.viz_rows import page_rows, paused_gc, read_page_model
from queries.viz_select import DEFAULT_MAX_NODES, View, construct, cut, from_result, neighbourhood, whole
from queries.viz_store import entity, explain_graph, focus_selection, label
from queries.viz_story import library
from queries.viz_tables import Tables
from queries.viz_topics import explanation


def choose_view(
    model: Model,
    graph: Graph,
    *,
    focus: str | None = None,
    depth: int = 2,
    query: Path | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    title: str | None = None,
) -> View:
    """The view asked for (a CONSTRUCT result, a neighbourhood or the whole graph), cut to `max_nodes`."""
    if query is not None:
        view = from_result(model, construct(graph, query), title or f"Result of {Path(query).name}")
        if focus:
            view.focus = model.resolve(focus).iri if model.resolve(focus).iri in view.entities else None
    elif focus:
        view = neighbourhood(model, focus, depth, title)
    else:
        view = whole(model, title or "drugkg: drugs, conditions and mechanisms")
    return cut(model, view, max_nodes)


def write_graph_page(
    graph: Graph, output: Path, *, corpus: Path | None = DEFAULT_CORPUS, start: str | None = None, **options: object
) -> View:
    """Write the page of the chosen view (see choose_view) to `output`, atomically; return the view.

    `corpus` is where the articles are, for the column headings of table-row quotes (a text is used only if
    its checksum is the one the graph records); `start` the screen the page opens on (see page_data).
    """
    model = read_model(graph)
    view = choose_view(model, graph, **options)  # type: ignore[arg-type]
    return _write_view(model, view, output, corpus, start)


def write_focus_page(
    store: ox.Store,
    output: Path,
    focus: list[str],
    *,
    depth: int = 2,
    max_nodes: int = DEFAULT_MAX_NODES,
    title: str | None = None,
    corpus: Path | None = DEFAULT_CORPUS,
) -> View:
    """Write the page of the neighbourhood of the entities `focus` names, read from a graph's store: only the
    entities and claims the page keeps are taken out of it (queries/viz_store.py); return the view."""
    with paused_gc():  # millions of objects, no cycles worth collecting (decision 0981)
        chosen = focus_selection(store, focus, depth, max_nodes)
        # the rows (strings) are freed once the model is read from them, before the page is drawn
        model = read_page_model(page_rows(store, chosen.entities, [e.claim for e in chosen.edges]))
        first = min(chosen.focus)
        name = model.label(first) if first in model.entities else label(store, first)  # (no claim kept reaches it)
        view = View(
            title or f"{name}: neighbourhood, depth {depth}",
            chosen.entities,
            sorted(e.claim for e in chosen.edges if e.claim in model.claims),
            focus=first,
            note=chosen.note,
            extra_entities={e: entity(store, e) for e in chosen.entities if e not in model.entities},
        )
        return _write_view(model, view, output, corpus, None)


def _write_view(model: Model, view: View, output: Path, corpus: Path | None, start: str | None) -> View:
    tables = Tables(model, corpus)
    unheaded = tables.unheaded()
    if unheaded:
        missing = f"not in {corpus}" if corpus is not None else "not given"
        view.note = " ".join(
            filter(
                None,
                [
                    view.note,
                    f"Table rows show numbered columns: the text of {', '.join(unheaded)} is {missing} "
                    "(or has changed since the build); pass --corpus.",
                ],
            )
        )
    write_text(output, render_page(model, view, tables=tables, start=start))
    shown = (
        model.claims[c] for c in view.claims if c in model.claims
    )  # a fact per subject, predicate, object, polarity
    view.facts = len({(c.subject, c.predicate, c.object, c.negated) for c in shown}) + len(view.extra_claims)
    return view


def write_explanation(
    graph: Graph, drug: str, condition: str, output: Path | None = None, corpus: Path | None = DEFAULT_CORPUS
) -> str:
    """The text explanation of how `drug` relates to `condition`; with `output`, also its page."""
    model = read_model(graph)
    ex = explain(model, drug, condition, graph)
    if output is not None:
        tables = Tables(model, corpus)
        story = library(model, tables)
        paths = [[c.iri for c in path] for path in ex.paths]
        title = f"How {ex.drug.label} relates to {ex.condition.label}"
        facts = facts_of(model, list(model.claims), tables)
        story["topics"].insert(0, explanation(model, facts, paths, [c.iri for c in ex.direct], title))
        page = render_page(model, explanation_view(model, ex), tables=tables, start="topic/explain", story=story)
        write_text(output, page)
    return explanation_text(model, ex)


def explain_from_store(
    store: ox.Store, drug: str, condition: str, output: Path | None = None, corpus: Path | None = DEFAULT_CORPUS
) -> str:
    """`write_explanation` on the part of a graph's store it needs (queries/viz_store.py). A name that several
    entities carry is explained for each of them, after a line that lists them; the page (with `output`) shows
    the first pair."""
    graph, drugs, conditions = explain_graph(store, drug, condition)
    lines = []
    for name, found in ((drug, drugs), (condition, conditions)):
        if len(found) > 1:
            listed = ", ".join(f"{label(store, e)} ({local_name(e)})" for e in found)
            lines.append(f"'{name}' names {len(found)} entities: {listed}; each is explained below.\n\n")
    pairs = [(d, c) for d in drugs for c in conditions]
    texts = [write_explanation(graph, d, c, output if i == 0 else None, corpus) for i, (d, c) in enumerate(pairs)]
    return "".join(lines) + "\n".join(texts)
