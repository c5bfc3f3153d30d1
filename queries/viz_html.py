"""Render a view as one self-contained, offline HTML page: vis-network (from pyvis's package) inlined, no requests.

The nodes and edges are assembled with pyvis (`pyvis.network.Network`), but the page is our own template
(queries/view/): pyvis's template links Bootstrap and vis from CDNs, inserts its heading and menu ids as raw
HTML and switches tooltips to raw HTML when a title contains "href" (docs/decisions/0200-own-page-template.md).
Text from documents and the lexicon only ever travels as JSON inside a non-executable <script
type="application/json"> block (with <, > and & escaped) and is put on the page with textContent; a
Content-Security-Policy lets only the page's own scripts (by hash) run and forbids every request.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pyvis
from pyvis.network import Network

from base.errors import DrugkgError
from queries.viz_facts import Fact, Sentence, certainty_label, fact_of_claim, facts_of, relation_label
from queries.viz_model import Claim, Model, local_name, term_label
from queries.viz_select import View
from queries.viz_story import entity_json
from queries.viz_tables import Tables

VIEW_DIR = Path(__file__).resolve().parent / "view"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"

# colour, vis-network shape (label below it, so labels stay readable), fill: every class has its own colour and
# its own (shape, fill) pair; the legend draws the same shape
CLASS_STYLE: dict[str, tuple[str, str, str]] = {
    "Drug": ("#d62728", "star", "filled"),
    "DrugClass": ("#ff7f0e", "star", "hollow"),
    "NonDrugTherapy": ("#2ca02c", "diamond", "filled"),
    "Intervention": ("#637939", "diamond", "hollow"),
    "Disease": ("#1f77b4", "square", "filled"),
    "DiseaseOrCondition": ("#393b79", "square", "hollow"),
    "Symptom": ("#17becf", "triangle", "filled"),
    "AnatomicalSite": ("#8ca252", "triangle", "hollow"),
    "MolecularTarget": ("#9467bd", "hexagon", "filled"),
    "Population": ("#e7969c", "hexagon", "hollow"),
    "BiologicalProcess": ("#3182bd", "dot", "filled"),
    "PharmacologicalEffect": ("#e377c2", "dot", "hollow"),
    "EndogenousChemical": ("#bcbd22", "triangleDown", "filled"),
    "Ion": ("#8c6d31", "triangleDown", "hollow"),
    "Substance": ("#8c564b", "dot", "dashed"),
    "Formulation": ("#c49c94", "square", "dashed"),
    "PharmacokineticParameter": ("#7f7f7f", "diamond", "dashed"),
    "Statistic": ("#525252", "hexagon", "dashed"),
}
OTHER_STYLE = ("#aaaaaa", "triangle", "dashed")
EDGE_COLOUR = {
    "asserted": "#555555",
    "hedged": "#9a9a9a",
    "negated": "#c0392b",
    "candidate": "#b07aa1",
    "unsupported": "#999999",
}
TOOLTIP_QUOTE = 240


def class_label(cls: str) -> str:
    """The ontology's label of an entity class.

    >>> class_label("Symptom")
    'symptom or adverse effect'
    """
    return term_label(f"https://w3id.org/drugkg/ontology#{cls}")


def node_style(cls: str) -> dict:
    """vis-network node options of a class: colour, shape and fill (hollow and dashed ones white inside)."""
    colour, shape, fill = CLASS_STYLE.get(cls, OTHER_STYLE)
    if fill == "filled":
        return {"shape": shape, "color": colour}
    style = {"shape": shape, "color": {"background": "#ffffff", "border": colour}, "borderWidth": 3}
    if fill == "dashed":
        style["shapeProperties"] = {"borderDashes": [4, 3]}
    return style


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _sentence_json(s: Sentence) -> dict:
    return {
        "quote": s.quote,
        "doc": s.document,
        "start": s.start,
        "end": s.end,
        "methods": s.methods,
        "machine": s.machine_read,
        "confidence": s.confidence,
        "certainty": [certainty_label(c) for c in s.certainty],
        "cells": [list(c) for c in s.cells],
    }


def fact_json(fact: Fact) -> dict:
    """A fact as the page shows it: its wording, marks, support, qualifiers and distinct sentences."""
    return {
        "subject": fact.subject,
        "object": fact.object,
        "predicate": fact.predicate,
        "predicateLabel": relation_label(fact.predicate),
        "relation": fact.relation(),
        "negated": fact.negated,
        "hedges": [certainty_label(h) for h in fact.hedges],
        "candidate": fact.candidate,
        "candidates": sum(c.candidate for c in fact.claims),
        "machine": fact.machine_read,
        "confidence": fact.confidence,
        "support": fact.support,
        "docs": fact.documents,
        "claims": [c.iri for c in fact.claims],
        "qualifiers": [list(q) for q in fact.qualifiers()],
        "sentences": [_sentence_json(s) for s in fact.sentences],
    }


def _unsupported_json(claim: Claim) -> dict:
    """A triple of a query result that no claim states (drawn dotted, 'no claim in the graph')."""
    return {
        "subject": claim.subject,
        "object": claim.object,
        "predicate": claim.predicate,
        "predicateLabel": relation_label(claim.predicate),
        "relation": relation_label(claim.predicate),
        "negated": False,
        "hedges": [],
        "candidate": False,
        "candidates": 0,
        "machine": False,
        "confidence": "",
        "support": 0,
        "docs": [],
        "claims": [],
        "qualifiers": [list(q) for q in claim.qualifiers],
        "sentences": [],
    }


def edge_kind(fact: Fact | None) -> str:
    """How an edge is drawn: 'asserted', 'hedged', 'negated', 'candidate' or 'unsupported' (fact None)."""
    if fact is None:
        return "unsupported"
    return "candidate" if fact.candidate else "negated" if fact.negated else "hedged" if fact.hedges else "asserted"


def _edge_style(kind: str, support: int, highlighted: bool) -> dict:
    style: dict = {"color": {"color": EDGE_COLOUR[kind], "highlight": "#000000", "hover": "#000000"}, "kind": kind}
    dashes = {"negated": [8, 6], "unsupported": [2, 5], "hedged": [3, 4], "candidate": [1, 4]}.get(kind)
    if dashes:
        style["dashes"] = dashes
    style["width"] = 1 + min(support, 5) if support > 1 else 1.5
    if highlighted:
        style["width"] = 5
        style["color"]["color"] = "#000000"
    return style


def _tooltip(model: Model, fact: Fact, labels: dict[str, str]) -> str:
    lines = [f"{labels[fact.subject]} — {fact.relation()} → {labels[fact.object]}"]
    if fact.support:
        lines.append(f"{fact.support} article{'s' if fact.support > 1 else ''}, {len(fact.sentences)} sentence(s)")
    if fact.candidate:
        lines.append("Candidate: machine-read and not reviewed; not a fact.")
    elif fact.negated:
        lines.append("The source says this is NOT so.")
    for s in fact.sentences[:2]:
        doc = model.documents.get(s.document)
        lines.append(f"“{_short(s.quote, TOOLTIP_QUOTE)}” — {doc.title if doc else local_name(s.document)}")
    if len(fact.sentences) > 2:
        lines.append(f"(+{len(fact.sentences) - 2} more sentences: click the edge)")
    return "\n".join(lines)


def _smooth(edges: list[tuple[str, str, str]]) -> dict[str, dict]:
    """Curves for edges that share their two ends, so that parallel edges do not hide each other."""
    groups: dict[frozenset, list[str]] = {}
    for key, s, o in edges:
        groups.setdefault(frozenset((s, o)), []).append(key)
    smooth = {}
    for members in groups.values():
        if len(members) > 1:
            for i, key in enumerate(members):
                kind = "curvedCW" if i % 2 == 0 else "curvedCCW"
                smooth[key] = {"enabled": True, "type": kind, "roundness": 0.15 + 0.15 * (i // 2)}
    return smooth


class _IdList(list):
    """pyvis's list of node ids, with a set beside it: pyvis looks a node up in the list when it is added and
    both ends of every edge (quadratic: 0.45 s for a 2,000-entity, 5,400-fact view); the list is the same.

    >>> ids = _IdList()
    >>> ids.append("a")
    >>> "a" in ids, "b" in ids, list(ids)
    (True, False, ['a'])
    """

    def __init__(self) -> None:
        super().__init__()
        self._members: set = set()

    def append(self, item: object) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def _edge_label(relation: str, support: int) -> str:
    return f"{relation} ×{support}" if support > 1 else relation


def network_of(
    model: Model, view: View, tables: Tables | None = None, facts: dict[str, Fact] | None = None
) -> tuple[Network, dict, dict]:
    """The pyvis network of a view, one edge per fact, plus the panel details of its entities and facts
    (`facts`: the view's facts, when already made)."""
    entities = {iri: model.entities.get(iri) or view.extra_entities[iri] for iri in view.entities}
    if facts is None:
        facts = facts_of(model, [c for c in view.claims if c in model.claims], tables)
    of_claim = fact_of_claim(facts)
    highlight = {of_claim[c] for c in view.highlight if c in of_claim}
    labels = {iri: e.label for iri, e in entities.items()}
    degree: dict[str, int] = {}
    for f in facts.values():
        for end in (f.subject, f.object):
            degree[end] = degree.get(end, 0) + 1
    net = Network(directed=True)
    net.node_ids = _IdList()  # pyvis tests each new node and both ends of each edge against this list
    for iri in sorted(entities):
        entity = entities[iri]
        tip = "\n".join(filter(None, [entity.label, class_label(entity.cls), _short(entity.definition, TOOLTIP_QUOTE)]))
        options = {"title": tip, "cls": entity.cls, "value": degree.get(iri, 0) + (10 if iri == view.focus else 0)}
        net.add_node(iri, label=entity.label, **node_style(entity.cls), **options)
    edges: list[tuple[str, Fact | None, Claim | None]] = [(k, f, None) for k, f in facts.items()]
    edges += [(k, None, c) for k, c in sorted(view.extra_claims.items()) if k in view.claims]
    ends = {k: ((f or c).subject, (f or c).object) for k, f, c in edges}  # type: ignore[union-attr]
    smooth = _smooth([(k, *ends[k]) for k, _f, _c in edges])
    for key, fact, claim in edges:
        kind = edge_kind(fact)
        relation = fact.relation() if fact else relation_label(claim.predicate)  # type: ignore[union-attr]
        support = fact.support if fact else 0
        title = (
            _tooltip(model, fact, labels)
            if fact
            else f"{labels[ends[key][0]]} — {relation} → {labels[ends[key][1]]}\nNo claim in the graph states it."
        )
        net.add_edge(
            ends[key][0],
            ends[key][1],
            id=key,
            label=_edge_label(relation, support),
            title=title,
            rel=fact.predicate if fact else claim.predicate,  # type: ignore[union-attr]
            docs=fact.documents if fact else [],
            support=support,
            **_edge_style(kind, support, key in highlight),
            **({"smooth": smooth[key]} if key in smooth else {}),
        )
    details_entities = {iri: entity_json(e) for iri, e in sorted(entities.items())}
    details = {k: fact_json(f) for k, f in facts.items()}
    details |= {k: _unsupported_json(c) for k, _f, c in edges if c is not None}
    return net, details_entities, dict(sorted(details.items()))


def options_for(size: int) -> dict:
    """vis-network options: a force layout that settles quickly, then stops (physics can be switched back on)."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": size <= 120},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -160,
                "centralGravity": 0.01,
                "springLength": 150,
                "springConstant": 0.04,
                "damping": 0.6,
                "avoidOverlap": 0.8,
            },
            "minVelocity": 1.5,
            "stabilization": {"enabled": True, "iterations": 250 if size <= 500 else 50, "updateInterval": 50},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": size > 500,
            "multiselect": False,
            "navigationButtons": False,
        },
        # a node's size and label grow with its number of facts; a label smaller than 12 px on screen is not drawn
        # (drawThreshold 13: hidden below 12, faded in between), so the overview names its hubs and zooming in
        # names the rest
        "nodes": {
            "font": {"size": 26, "face": "sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
            "scaling": {
                "min": 14,
                "max": 40,
                "label": {"enabled": True, "min": 20, "max": 52, "drawThreshold": 13, "maxVisible": 60},
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": False,
            "font": {"size": 13, "color": "#333333", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
            "scaling": {"label": {"enabled": False, "drawThreshold": 13}},
            "selectionWidth": 2,
        },
    }


def page_data(
    model: Model,
    view: View,
    expand: dict | None = None,
    tables: Tables | None = None,
    start: str | None = None,
    story: dict | None = None,
) -> dict:
    """Everything the page shows, as JSON-ready values; `expand` (served pages) says how to grow the view.

    `start` is the screen the page opens on ("start", "graph", "topic/<id>" or "page/<entity IRI>"; by
    default the start screen for the whole graph, the graph for a focus, query or explanation); `story` is
    the library of facts, pages and topics (queries/viz_story.py; computed here when not given).
    """
    from queries.viz_story import library

    shown = [c for c in view.claims if c in model.claims]
    facts = facts_of(model, shown, tables)
    net, entities, claims = network_of(model, view, tables, facts)
    if story is None:  # a view of every claim (a focus view's model holds only its claims) shares its facts
        shared = len(set(shown)) == len(model.claims)
        story = library(model, tables, facts if shared else None, {k: claims[k] for k in facts} if shared else None)
    nodes, edges, *_rest = net.get_network_data()
    classes = sorted({e["cls"] for e in entities.values()})
    relations = sorted({c["predicate"] for c in claims.values()})
    edges_of_document = Counter(d for e in edges for d in set(e["docs"]))
    docs = sorted(edges_of_document)
    return {
        "title": view.title,
        "note": view.note,
        "text": view.text,
        "focus": view.focus,
        "highlight": sorted(view.highlight),
        "nodes": nodes,
        "edges": edges,
        "entities": entities,
        "claims": claims,
        "classes": [
            {
                "name": c,
                "label": class_label(c),
                "color": CLASS_STYLE.get(c, OTHER_STYLE)[0],
                "shape": CLASS_STYLE.get(c, OTHER_STYLE)[1],
                "fill": CLASS_STYLE.get(c, OTHER_STYLE)[2],
                "count": sum(1 for e in entities.values() if e["cls"] == c),
            }
            for c in classes
        ],
        "relations": [
            {"name": r, "label": relation_label(r), "count": sum(1 for c in claims.values() if c["predicate"] == r)}
            for r in relations
        ],
        "documents": [
            {
                "iri": d,
                "id": model.documents[d].ident if d in model.documents else local_name(d),
                "title": model.documents[d].title if d in model.documents else local_name(d),
                "count": edges_of_document[d],
            }
            for d in docs
        ],
        "edgeColours": EDGE_COLOUR,
        "expand": expand,
        "options": options_for(len(nodes)),
        "start": start or ("start" if view.whole and not view.text else "graph"),
        "story": story,
        "classStyles": {c: list(s) for c, s in sorted(CLASS_STYLE.items())},
    }


def script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can end or open a tag.

    >>> script_json({"t": "</script><b>"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def _asset(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DrugkgError(
            f"cannot read a page asset ({exc.__class__.__name__})", where=path, fix="reinstall drugkg and pyvis"
        ) from None
    # the source map comment would make developer tools fetch a file that is not there
    return re.sub(r"//# sourceMappingURL=\S+", "", text)


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def growth_data(model: Model, view: View) -> dict:
    """What a served page adds when it grows in place (GET /explore/neighbours): nodes, edges, their details.

    The page merges these into what it shows (by id) and recounts its legend and filters itself.
    """
    data = page_data(model, view, story={})
    keep = ("title", "note", "nodes", "edges", "entities", "claims", "classes", "relations", "documents")
    return {key: data[key] for key in keep}


def render_page(
    model: Model,
    view: View,
    expand: dict | None = None,
    tables: Tables | None = None,
    start: str | None = None,
    story: dict | None = None,
) -> str:
    """The complete HTML page of a view (deterministic: same graph and view, same bytes).

    With `expand` (pages served by `drugkg serve`) the page also carries queries/view/served.js, which grows
    the view in place, and its Content-Security-Policy allows requests to its own server (connect-src 'self');
    without it (`drugkg viz`), every request is forbidden.
    """
    vis_js, app_js = _asset(VIS_DIR / "vis-network.min.js"), _asset(VIEW_DIR / "app.js")
    story_js = _asset(VIEW_DIR / "story.js")
    scripts = [("vis-network.min.js", vis_js), ("app.js", app_js), ("story.js", story_js)]
    if expand is not None:
        scripts.append(("served.js", _asset(VIEW_DIR / "served.js")))
    for name, text in scripts:
        if "</script" in text.lower():
            raise DrugkgError(f"{name} contains '</script' and cannot be inlined", where=VIEW_DIR)
    connect = "'self'" if expand is not None else "'none'"
    csp = (
        "default-src 'none'; "
        f"script-src {' '.join(_hash(text) for _name, text in scripts)}; "
        f"style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src {connect}; "
        "form-action 'none'; base-uri 'none'"
    )
    parts = {
        "title": html.escape(view.title, quote=True),
        "csp": html.escape(csp, quote=True),
        "vis_css": _asset(VIS_DIR / "vis-network.css"),
        "style": _asset(VIEW_DIR / "style.css"),
        "data": script_json(page_data(model, view, expand, tables, start, story)),
        "vis_js": vis_js,
        "app_js": app_js,
        "story_js": story_js,
        "served": f"\n<script>{scripts[3][1]}</script>" if expand is not None else "",
    }
    template = _asset(VIEW_DIR / "page.html")
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m[1]], template)
