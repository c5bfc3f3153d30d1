"""The graph page inside `drugkg serve`: GET /explore, mounted on the server's route registry.

    /explore                          the whole graph (cut to a readable size, with a note)
    /explore?focus=NAME&depth=N       the neighbourhood of NAME (label, synonym, brand, slug or IRI)
    /explore?focus=A&focus=B          several neighbourhoods together: how "expand" grows the view

The page is the same self-contained page as `drugkg viz`; in it, double-clicking a node (or "expand
neighbours" in its panel) reloads /explore with that node added to the focus list. A query result links to
its place in the graph with /explore?focus=<IRI>.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from drugkg.errors import DrugkgError
from queries import server

if TYPE_CHECKING:  # the view's modules load rdflib and pyvis: imported when a page is asked for
    from queries.viz_model import Model
    from queries.viz_select import View

_CACHE: dict[tuple[str, int], Model] = {}
MAX_FOCUS = 20
DEFAULT_MAX_NODES = 300  # as queries.viz_select.DEFAULT_MAX_NODES (tests/test_viz_serve.py checks)


def _model(path: Path) -> Model:
    from graph_build.export import load_built_graph
    from queries.viz_model import read_model

    key = (str(path), Path(path).stat().st_mtime_ns)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = read_model(load_built_graph(path))
    return _CACHE[key]


def _number(params: dict[str, list[str]], name: str, default: int, low: int, high: int) -> int:
    text = params.get(name, [str(default)])[0]
    if not text.isdigit() or not low <= int(text) <= high:
        raise DrugkgError(f"{name} must be a whole number from {low} to {high} (got '{text}')")
    return int(text)


def explore_view(model: Model, focus: list[str], depth: int, max_nodes: int) -> View:
    """The union of the neighbourhoods of every focus entity, or the whole graph without a focus."""
    from queries.viz_select import View, cut, neighbourhood, whole

    if not focus:
        return cut(model, whole(model), max_nodes)
    views = [neighbourhood(model, name, depth) for name in focus]
    first = views[0]
    entities = sorted({e for v in views for e in v.entities})
    claims = sorted({c for v in views for c in v.claims})
    labels = ", ".join(model.label(v.focus) for v in views if v.focus)
    return cut(model, View(f"{labels}: neighbourhood, depth {depth}", entities, claims, focus=first.focus), max_nodes)


def explore(request: server.Request) -> server.Response:
    from queries.viz_html import render_page

    params = request.params()
    focus = [f for f in params.get("focus", []) if f.strip()]
    if len(focus) > MAX_FOCUS:
        raise DrugkgError(f"at most {MAX_FOCUS} focus entities", fix="start again from one")
    depth = _number(params, "depth", 1, 0, 5)
    max_nodes = _number(params, "max_nodes", DEFAULT_MAX_NODES, 1, 5000)
    model = _model(request.app.graph_paths[0])
    view = explore_view(model, focus, depth, max_nodes)
    expand = {"base": "/explore", "focus": [model.resolve(f).iri for f in focus], "depth": depth}
    page = render_page(model, view, expand=expand)
    return server.Response(200, page.encode("utf-8"), "text/html; charset=utf-8")


def mount() -> None:
    """Add /explore to the server's routes (keeps a page another module mounted there)."""
    server.ROUTES.setdefault("/explore", explore)


__all__ = ["explore", "explore_view", "mount"]
