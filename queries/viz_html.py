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
from functools import cache
from pathlib import Path

import pyvis
from pyvis.network import Network

from base.errors import DrugkgError
from queries.viz_model import Claim, Entity, Model, local_name, words
from queries.viz_select import View

VIEW_DIR = Path(__file__).resolve().parent / "view"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"

# colour, vis-network shape, legend symbol; shapes with the label below them keep labels readable
CLASS_STYLE: dict[str, tuple[str, str, str]] = {
    "Drug": ("#d62728", "star", "★"),
    "DrugClass": ("#ff7f0e", "diamond", "◆"),
    "Intervention": ("#ffbb78", "diamond", "◆"),
    "NonDrugTherapy": ("#2ca02c", "diamond", "◆"),
    "Disease": ("#1f77b4", "square", "■"),
    "DiseaseOrCondition": ("#1f77b4", "square", "■"),
    "Symptom": ("#6baed6", "triangle", "▲"),
    "MolecularTarget": ("#9467bd", "hexagon", "⬢"),
    "BiologicalProcess": ("#17becf", "dot", "●"),
    "PharmacologicalEffect": ("#e377c2", "dot", "●"),
    "EndogenousChemical": ("#bcbd22", "triangleDown", "▼"),
    "Ion": ("#bcbd22", "triangleDown", "▼"),
    "Substance": ("#8c564b", "triangleDown", "▼"),
    "Formulation": ("#c49c94", "square", "■"),
    "Population": ("#f7b6d2", "hexagon", "⬢"),
    "AnatomicalSite": ("#98df8a", "triangle", "▲"),
    "PharmacokineticParameter": ("#7f7f7f", "dot", "●"),
    "Statistic": ("#7f7f7f", "dot", "●"),
}
OTHER_STYLE = ("#aaaaaa", "dot", "●")
EDGE_COLOUR = {"asserted": "#555555", "hedged": "#b0b0b0", "negated": "#c0392b", "unsupported": "#999999"}
TOOLTIP_QUOTE = 240


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _entity_json(entity: Entity) -> dict:
    return {
        "label": entity.label,
        "cls": entity.cls,
        "definition": entity.definition,
        "synonyms": entity.synonyms,
        "brands": entity.brand_names,
        "abbreviations": entity.abbreviations,
        "identifiers": [list(i) for i in entity.identifiers],
        "facts": [list(f) for f in entity.facts],
        "names": sorted(set(entity.names())),
    }


def _claim_json(claim: Claim) -> dict:
    return {
        "subject": claim.subject,
        "object": claim.object,
        "predicate": claim.predicate,
        "relation": claim.relation(),
        "negated": claim.negated,
        "certainty": words(claim.certainty),
        "qualifiers": [list(q) for q in claim.qualifiers],
        "evidence": [
            {"quote": e.quote, "doc": e.document, "start": e.start, "end": e.end, "method": e.method}
            for e in claim.evidence
        ],
    }


def _edge_style(claim: Claim, highlighted: bool, unsupported: bool) -> dict:
    kind = "unsupported" if unsupported else "negated" if claim.negated else "hedged" if claim.hedged else "asserted"
    style: dict = {"color": {"color": EDGE_COLOUR[kind], "highlight": "#000000", "hover": "#000000"}, "kind": kind}
    if claim.negated or unsupported:
        style["dashes"] = [8, 6] if claim.negated else [2, 5]
    if claim.hedged and not claim.negated:
        style["dashes"] = [3, 4]
    if highlighted:
        style["width"] = 4
        style["color"]["color"] = "#000000"
    return style


def _tooltip(model: Model, view: View, claim: Claim, labels: dict[str, str]) -> str:
    lines = [f"{labels[claim.subject]} — {claim.relation()} → {labels[claim.object]}"]
    if claim.negated:
        lines.append("The source says this is NOT so.")
    for ev in claim.evidence[:2]:
        doc = model.documents.get(ev.document)
        lines.append(f"“{_short(ev.quote, TOOLTIP_QUOTE)}” — {doc.title if doc else local_name(ev.document)}")
    if len(claim.evidence) > 2:
        lines.append(f"(+{len(claim.evidence) - 2} more quotes: click the edge)")
    if not claim.evidence:
        lines.append("No evidence in the graph.")
    return "\n".join(lines)


def _smooth(edges: list[tuple[str, str, str]]) -> dict[str, dict]:
    """Curves for edges that share their two ends, so that parallel claims do not hide each other."""
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


def network_of(model: Model, view: View) -> tuple[Network, dict, dict]:
    """The pyvis network of a view, plus the panel details of its entities and claims."""
    entities = {iri: model.entities.get(iri) or view.extra_entities[iri] for iri in view.entities}
    claims = {iri: model.claims.get(iri) or view.extra_claims[iri] for iri in view.claims}
    labels = {iri: e.label for iri, e in entities.items()}
    net = Network(directed=True)
    for iri in sorted(entities):
        entity = entities[iri]
        colour, shape, _symbol = CLASS_STYLE.get(entity.cls, OTHER_STYLE)
        tip = "\n".join(filter(None, [entity.label, words(entity.cls), _short(entity.definition, TOOLTIP_QUOTE)]))
        options = {"title": tip, "cls": entity.cls, "size": 30 if iri == view.focus else 20}
        net.add_node(iri, label=entity.label, shape=shape, color=colour, **options)
    ordered = sorted(claims)
    smooth = _smooth([(k, claims[k].subject, claims[k].object) for k in ordered])
    highlight = set(view.highlight)
    for iri in ordered:
        claim = claims[iri]
        style = _edge_style(claim, iri in highlight, iri in view.extra_claims)
        extra = {"smooth": smooth[iri]} if iri in smooth else {}
        net.add_edge(
            claim.subject,
            claim.object,
            id=iri,
            label=claim.relation(),
            title=_tooltip(model, view, claim, labels),
            rel=claim.predicate,
            docs=claim.documents(),
            **style,
            **extra,
        )
    details_entities = {iri: _entity_json(e) for iri, e in sorted(entities.items())}
    details_claims = {iri: _claim_json(c) for iri, c in sorted(claims.items())}
    return net, details_entities, details_claims


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
        "nodes": {"font": {"size": 26, "face": "sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": False,
            "font": {"size": 11, "color": "#333333", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
            "selectionWidth": 2,
        },
    }


def page_data(model: Model, view: View, expand: dict | None = None) -> dict:
    """Everything the page shows, as JSON-ready values; `expand` (served pages) says how to grow the view."""
    net, entities, claims = network_of(model, view)
    nodes, edges, *_rest = net.get_network_data()
    classes = sorted({e["cls"] for e in entities.values()})
    relations = sorted({c["predicate"] for c in claims.values()})
    docs = sorted({d for e in edges for d in e["docs"]})
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
                "label": words(c),
                "color": CLASS_STYLE.get(c, OTHER_STYLE)[0],
                "symbol": CLASS_STYLE.get(c, OTHER_STYLE)[2],
                "count": sum(1 for e in entities.values() if e["cls"] == c),
            }
            for c in classes
        ],
        "relations": [
            {"name": r, "label": words(r), "count": sum(1 for c in claims.values() if c["predicate"] == r)}
            for r in relations
        ],
        "documents": [
            {
                "iri": d,
                "id": model.documents[d].ident if d in model.documents else local_name(d),
                "title": model.documents[d].title if d in model.documents else local_name(d),
                "count": sum(1 for e in edges if d in e["docs"]),
            }
            for d in docs
        ],
        "edgeColours": EDGE_COLOUR,
        "expand": expand,
        "options": options_for(len(nodes)),
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
    data = page_data(model, view)
    keep = ("title", "note", "nodes", "edges", "entities", "claims", "classes", "relations", "documents")
    return {key: data[key] for key in keep}


def render_page(model: Model, view: View, expand: dict | None = None) -> str:
    """The complete HTML page of a view (deterministic: same graph and view, same bytes).

    With `expand` (pages served by `drugkg serve`) the page also carries queries/view/served.js, which grows
    the view in place, and its Content-Security-Policy allows requests to its own server (connect-src 'self');
    without it (`drugkg viz`), every request is forbidden.
    """
    vis_js, app_js = _asset(VIS_DIR / "vis-network.min.js"), _asset(VIEW_DIR / "app.js")
    scripts = [("vis-network.min.js", vis_js), ("app.js", app_js)]
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
        "data": script_json(page_data(model, view, expand)),
        "vis_js": vis_js,
        "app_js": app_js,
        "served": f"\n<script>{scripts[2][1]}</script>" if expand is not None else "",
    }
    template = _asset(VIEW_DIR / "page.html")
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m[1]], template)
