"""The graph page inside `drugkg serve`: GET /explore, mounted on the server's route registry.

    /explore                          the whole graph (cut to a readable size, with a note)
    /explore?focus=NAME&depth=N       the neighbourhood of NAME (label, synonym, brand, slug or IRI)
    /explore?focus=A&focus=B          several neighbourhoods together
    /explore/neighbours?focus=A&focus=B&depth=N
                                      the same view as JSON: what the page adds when it grows in place
    /explore/page/SLUG                the page of one entity (a drug, a condition, ...): a stable address
    /explore/topic/ID                 a topic view (treatments, mechanism, safety, compare)

The page is the same page as `drugkg viz`, plus a served-mode script (queries/view/served.js): double-clicking
a node (or "expand neighbours" in its panel) asks /explore/neighbours for the view with that node added to
the focus list and adds the new nodes and edges to the running graph, without reloading. A query result links
to its place in the graph with /explore?focus=<IRI>; a node's panel links to the SPARQL page's `claims-about`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from base.errors import DrugkgError
from queries import server

if TYPE_CHECKING:  # the view's modules load rdflib and pyvis: imported when a page is asked for
    from queries.viz_model import Model
    from queries.viz_select import View

_CACHE: dict[tuple[str, int], Model] = {}
_STORY: dict[tuple[str, int], dict] = {}  # the facts, pages and topics of the cached model
MAX_FOCUS = 20
DEFAULT_MAX_NODES = 300  # as queries.viz_select.DEFAULT_MAX_NODES (tests/test_viz_serve.py checks)


def _model(path: Path) -> Model:
    from graph_build.export import load_built_graph
    from queries.viz_model import read_model

    key = (str(path), Path(path).stat().st_mtime_ns)
    if key not in _CACHE:
        _CACHE.clear()
        _STORY.clear()
        _CACHE[key] = read_model(load_built_graph(path))
    return _CACHE[key]


def _story(model: Model) -> dict:
    """The library of the page (facts, pages, topics), computed once per loaded graph."""
    from base.paths import DEFAULT_CORPUS
    from queries.viz_story import library
    from queries.viz_tables import Tables

    key = next((k for k, m in _CACHE.items() if m is model), ("", 0))
    if key not in _STORY:
        _STORY[key] = library(model, Tables(model, DEFAULT_CORPUS))
    return _STORY[key]


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


def _asked(request: server.Request) -> tuple[list[str], int, int]:
    """focus (at most MAX_FOCUS), depth (0-5) and max_nodes (1-5000) from the URL, or one error line."""
    params = request.params()
    for name in ("depth", "max_nodes"):
        if len(params.get(name, [])) > 1:
            raise DrugkgError(f"{name} may be given once")
    focus = [f for f in params.get("focus", []) if f.strip()]
    if len(focus) > MAX_FOCUS:
        raise DrugkgError(f"at most {MAX_FOCUS} focus entities", fix="start again from one")
    return focus, _number(params, "depth", 1, 0, 5), _number(params, "max_nodes", DEFAULT_MAX_NODES, 1, 5000)


def explore(request: server.Request, start: str | None = None) -> server.Response:
    from queries.viz_html import render_page

    focus, depth, max_nodes = _asked(request)
    model = _model(request.app.graph_paths[0])
    view = explore_view(model, focus, depth, max_nodes)
    expand = {
        "base": "/explore",
        "focus": [model.resolve(f).iri for f in focus],
        "depth": depth,
        "maxNodes": max_nodes,
        "sparqlPage": "/",
    }
    page = render_page(model, view, expand=expand, start=start, story=_story(model))
    return server.Response(200, page.encode("utf-8"), "text/html; charset=utf-8")


def entity_page(request: server.Request) -> server.Response:
    """GET /explore/page/<slug or IRI>: the page opens on that entity's page (a stable address to share)."""
    from urllib.parse import unquote

    name = unquote(request.path.removeprefix("/explore/page/"))
    if not name:
        raise DrugkgError("name the entity: /explore/page/<slug>", fix="e.g. /explore/page/clonazepam")
    model = _model(request.app.graph_paths[0])
    try:
        entity = model.resolve(name)
    except DrugkgError as exc:
        return server.text(404, str(exc))
    return explore(request, start=f"page/{entity.iri}")


def topic_page(request: server.Request) -> server.Response:
    """GET /explore/topic/<id>: the page opens on that topic view."""
    wanted = request.path.removeprefix("/explore/topic/")
    known = [t["id"] for t in _story(_model(request.app.graph_paths[0]))["topics"]]
    if wanted not in known:
        return server.text(404, f"no topic '{wanted}'; known topics: {', '.join(known)}")
    return explore(request, start=f"topic/{wanted}")


def neighbours(request: server.Request) -> server.Response:
    """GET /explore/neighbours: the view /explore would draw for these focus entities, as JSON.

    The page sends its focus list plus the node to expand and adds whatever it does not show yet; the view
    is cut to max_nodes like the page, and `note` says what was left out.
    """
    from queries.viz_html import growth_data

    if request.method not in ("GET", "HEAD"):
        return server.text(405, f"method {request.method} not allowed; use GET")
    focus, depth, max_nodes = _asked(request)
    if not focus:
        raise DrugkgError("focus is required (an entity's label, synonym, slug or IRI)", fix="add ?focus=NAME")
    model = _model(request.app.graph_paths[0])
    view = explore_view(model, focus, depth, max_nodes)
    data = growth_data(model, view)
    data["focus"] = [model.resolve(f).iri for f in focus]
    data["depth"] = depth
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return server.Response(200, body.encode("utf-8"), "application/json; charset=utf-8")


def mount() -> None:
    """Add /explore and /explore/neighbours to the server's routes (keeps pages another module mounted there)."""
    server.ROUTES.setdefault("/explore", explore)
    server.ROUTES.setdefault("/explore/neighbours", neighbours)
    server.ROUTES.setdefault("/explore/page/*", entity_page)
    server.ROUTES.setdefault("/explore/topic/*", topic_page)


__all__ = ["entity_page", "explore", "explore_view", "mount", "neighbours", "topic_page"]
