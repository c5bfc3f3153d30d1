"""What to draw: the whole graph, a neighbourhood, or a CONSTRUCT result, cut to a readable size with a note.

A view is a set of entities (nodes) and claims (edges). When it is larger than `max_nodes`, it is cut to the
entities nearest the focus (or, without a focus, nearest the most connected entity), and the note says what
was left out: a cut is never silent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import RDF, Graph, Literal, URIRef

from base.errors import DrugkgError
from queries.viz_model import Claim, Entity, Model, local_name

DEFAULT_MAX_NODES = 300


@dataclass
class View:
    """The nodes and edges of one page, plus the note of what was left out."""

    title: str
    entities: list[str]
    claims: list[str]
    focus: str | None = None
    note: str = ""
    text: str = ""  # an explanation shown above the graph (plain text)
    highlight: list[str] = field(default_factory=list)  # claims to emphasise (an explained path)
    extra_entities: dict[str, Entity] = field(default_factory=dict)  # nodes not in the model (query results)
    extra_claims: dict[str, Claim] = field(default_factory=dict)  # query triples no claim supports
    whole: bool = False  # the whole graph (the page opens on its start screen, not on the drawing)
    facts: int = 0  # how many edges the page drew (one per fact), once rendered


def _network(model: Model, claims: list[str]) -> nx.MultiGraph:
    net = nx.MultiGraph()
    net.add_nodes_from(sorted(model.entities))
    for iri in claims:
        claim = model.claims[iri]
        net.add_edge(claim.subject, claim.object, key=iri)
    return net


def _ranked(net: nx.MultiGraph, nodes: set[str], focus: str, labels: dict[str, str]) -> list[str]:
    """Nodes ordered by distance from the focus, then by degree (most connected first), then by label."""
    distance = nx.single_source_shortest_path_length(net.subgraph(nodes), focus) if focus in nodes else {}
    far = len(nodes) + 1
    return sorted(nodes, key=lambda n: (distance.get(n, far), -net.degree(n), labels.get(n, n), n))


def cut(model: Model, view: View, max_nodes: int) -> View:
    """Cut a view to at most `max_nodes` entities, keeping those nearest its focus, and note what went.

    >>> from queries.viz_model import Model, Entity
    >>> m = Model({i: Entity(i, i, "Drug") for i in "abc"}, {}, {})
    >>> cut(m, View("t", ["a", "b", "c"], []), 2).note
    'Showing 2 of 3 entities and 0 of 0 claims (readable size: 2 entities). Left out 1 entities ... them: c. ...'
    """
    if max_nodes < 1:
        raise DrugkgError(f"--max-nodes must be at least 1 (got {max_nodes})", fix="pass a positive number")
    if len(view.entities) <= max_nodes:
        return view
    nodes = set(view.entities)
    net = _network(model, [c for c in view.claims if c in model.claims])
    labels = {n: model.label(n) for n in nodes}
    focus = view.focus or min(nodes, key=lambda n: (-net.degree(n) if n in net else 0, labels[n], n))
    ranked = _ranked(net, nodes, focus, labels)
    kept, dropped = set(ranked[:max_nodes]), ranked[max_nodes:]
    claims = [c for c in view.claims if _ends(model, view, c) <= kept]
    shown = ", ".join(labels[n] for n in dropped[:10]) + (", ..." if len(dropped) > 10 else "")
    note = (
        f"Showing {len(kept)} of {len(nodes)} entities and {len(claims)} of {len(view.claims)} claims "
        f"(readable size: {max_nodes} entities). Left out {len(dropped)} entities farthest from "
        f"{labels[focus]} and the {len(view.claims) - len(claims)} claims that touch them: {shown}."
    )
    if not view.focus:
        note = note.replace("farthest from", "least connected to")
    return View(
        view.title,
        [n for n in view.entities if n in kept],
        claims,
        focus=view.focus or focus,
        note=" ".join(filter(None, [view.note, note + " Use --focus, --depth or --max-nodes to see them."])),
        text=view.text,
        highlight=view.highlight,
        extra_entities={k: v for k, v in view.extra_entities.items() if k in kept},
        extra_claims={k: v for k, v in view.extra_claims.items() if k in claims},
        whole=view.whole,
    )


def _ends(model: Model, view: View, claim: str) -> set[str]:
    c = model.claims.get(claim) or view.extra_claims[claim]
    return {c.subject, c.object}


def whole(model: Model, title: str = "drugkg graph") -> View:
    """Every entity and every claim."""
    return View(title, sorted(model.entities), sorted(model.claims), whole=True)


def neighbourhood(model: Model, focus: str, depth: int, title: str | None = None) -> View:
    """The entities within `depth` claims of `focus` (in either direction) and the claims between them."""
    if depth < 0:
        raise DrugkgError(f"--depth must be 0 or more (got {depth})", fix="pass a whole number such as 2")
    entity = model.resolve(focus)
    net = _network(model, sorted(model.claims))
    near = nx.single_source_shortest_path_length(net, entity.iri, cutoff=depth)
    claims = [iri for iri, c in sorted(model.claims.items()) if c.subject in near and c.object in near]
    return View(
        title or f"{entity.label}: neighbourhood, depth {depth}",
        sorted(near),
        claims,
        focus=entity.iri,
    )


def _reject_service(node: object) -> None:
    if getattr(node, "name", None) == "ServiceGraphPattern":
        raise DrugkgError("the query uses SERVICE, which would send requests to other servers", fix="remove it")
    if isinstance(node, dict):
        for value in node.values():
            _reject_service(value)
    elif isinstance(node, list | tuple):
        for value in node:
            _reject_service(value)


def construct(graph: Graph, path: Path) -> Graph:
    """Run the SPARQL CONSTRUCT query in `path` on the graph, offline (no SERVICE, no FROM/LOAD of files)."""
    import rdflib.plugins.sparql  # here: 0.13 s to import, and only a --query view needs it
    from rdflib.plugins.sparql import prepareQuery

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DrugkgError(f"cannot read the query ({exc.__class__.__name__})", where=path) from None
    try:
        query = prepareQuery(text)
    except Exception as exc:  # pyparsing and rdflib raise several types
        raise DrugkgError(f"not a valid SPARQL query: {exc}".splitlines()[0], where=path) from None
    if query.algebra.name != "ConstructQuery":
        raise DrugkgError("the query is not a CONSTRUCT query", where=path, fix="draw a CONSTRUCT result")
    _reject_service(query.algebra)
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
    try:
        result = graph.query(query).graph
    except Exception as exc:
        raise DrugkgError(f"the query failed: {exc}".splitlines()[0], where=path) from None
    return result if result is not None else Graph()


def from_result(model: Model, result: Graph, title: str) -> View:
    """The claims and entities a CONSTRUCT result names.

    A result triple about a claim or evidence node brings in the claim; a triple `s p o` between entities
    brings in the claims that state it (with their evidence), or, when no claim does, an edge marked
    'no claim in the graph'. Other resources become plain nodes.
    """
    by_triple: dict[tuple[str, str, str], list[str]] = {}
    evidence_of: dict[str, set[str]] = {}
    for iri, claim in model.claims.items():
        by_triple.setdefault((claim.subject, claim.predicate, claim.object), []).append(iri)
        for ev in claim.evidence:
            evidence_of.setdefault(ev.iri, set()).add(iri)
    claims: set[str] = set()
    nodes: set[str] = set()
    extra_claims: dict[str, Claim] = {}
    for s, p, o in sorted(result):
        subject = str(s)
        if subject in model.claims:
            claims.add(subject)
        elif subject in evidence_of:
            claims.update(evidence_of[subject])
        elif isinstance(o, URIRef) and p != RDF.type:
            found = [c for c in by_triple.get((subject, local_name(str(p)), str(o)), []) if _positive(model, c)]
            if found:
                claims.update(found)
            elif isinstance(s, URIRef):
                key = f"triple:{subject} {p} {o}"
                extra_claims[key] = Claim(key, subject, local_name(str(p)), str(o), False, "Asserted")
                extra_claims[key].qualifiers.append(("note", "no claim in the graph states this triple"))
        elif isinstance(s, URIRef) and (p == RDF.type or isinstance(o, Literal)):
            nodes.add(subject)
    for iri in claims:
        nodes.update({model.claims[iri].subject, model.claims[iri].object})
    for c in extra_claims.values():
        nodes.update({c.subject, c.object})
    extra = {n: Entity(n, local_name(n), "Other") for n in nodes if n not in model.entities}
    return View(
        title, sorted(nodes), sorted(claims | set(extra_claims)), extra_entities=extra, extra_claims=extra_claims
    )


def _positive(model: Model, claim: str) -> bool:
    c = model.claims[claim]
    return not c.negated and not c.hedged
