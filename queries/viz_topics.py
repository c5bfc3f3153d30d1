"""Topic views of the whole graph, one click each: treatments, mechanism, safety, and the drugs compared.

A topic is a set of facts and a layered layout: every node gets a layer (its column, left to right) and an
order within it; the page (queries/view/story.js) turns layers into columns, measures the labels and places
each edge's relation label where it overlaps nothing. The mechanism topic puts each node in the column of its
step in the chain (dkg:stepIndex), so a chain reads left to right in order.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from queries.viz_facts import Fact
from queries.viz_model import Model, fold

TREATMENT = ("treats", "alleviates")
SAFETY = ("interactsWith", "contraindicatedIn", "hasWithdrawalEffect", "hasAdverseEffect")
CLASS_AND_MECHANISM = ("isA", "hasMechanismOfAction", "bindsTo", "positivelyModulates", "actsOn", "decreases")
COMPARED = (*CLASS_AND_MECHANISM, "treats", "hasAdverseEffect", "hasWithdrawalEffect")


def _drugs(model: Model) -> set[str]:
    return {iri for iri, e in model.entities.items() if e.cls == "Drug"}


MAX_TOPIC_FACTS = 80  # more would not be readable at first sight: the best supported are kept, and the page says so


def _topic(key: str, title: str, intro: str, facts: list[Fact], layers: dict[str, int], model: Model) -> dict:
    """Orders nodes within layers by the mean order of their neighbours in the layer before (fewer crossings).

    A topic of more than MAX_TOPIC_FACTS facts keeps the best supported ones, and its intro says what was left.
    """
    if len(facts) > MAX_TOPIC_FACTS:
        ranked = sorted(facts, key=lambda f: (-f.support, -len(f.sentences), f.id))
        kept = ranked[:MAX_TOPIC_FACTS]
        intro += (
            f" Showing the {MAX_TOPIC_FACTS} best supported of {len(facts)} facts; the others are on the pages"
            " of their drugs and conditions."
        )
        facts = kept
        ends = {n for f in facts for n in (f.subject, f.object)}
        layers = {n: layer for n, layer in layers.items() if n in ends}
    order: dict[str, float] = {}
    neighbours: dict[str, list[str]] = {}
    for f in facts:
        neighbours.setdefault(f.subject, []).append(f.object)
        neighbours.setdefault(f.object, []).append(f.subject)
    by_layer: dict[int, list[str]] = {}
    for node, layer in layers.items():
        by_layer.setdefault(layer, []).append(node)
    if not by_layer:
        return {"id": key, "title": title, "intro": intro, "facts": [], "nodes": []}
    drugs = _drugs(model)
    start = min(by_layer, key=lambda layer: (-len([n for n in by_layer[layer] if n in drugs]), abs(layer)))
    sequence = [start, *sorted((k for k in by_layer if k != start), key=lambda k: (abs(k - start), k))]
    nodes = []
    for layer in sequence:

        def key_of(n: str) -> tuple:
            placed = [order[m] for m in neighbours.get(n, []) if m in order]
            centre = sum(placed) / len(placed) if placed else 0.0
            return (round(centre, 3), model.label(n).casefold(), n)

        ranked = sorted(by_layer[layer], key=key_of)
        for i, n in enumerate(ranked):
            order[n] = float(i)
            nodes.append({"id": n, "layer": layer, "order": i})
    nodes.sort(key=lambda n: (n["layer"], n["order"]))
    return {"id": key, "title": title, "intro": intro, "facts": sorted(f.id for f in facts), "nodes": nodes}


def treatments(model: Model, facts: Iterable[Fact]) -> dict:
    """Drug -> condition: what each drug is used for, and what it is not for."""
    drugs = _drugs(model)
    chosen = [f for f in facts if f.subject in drugs and f.predicate in TREATMENT]
    layers = {f.subject: 0 for f in chosen} | {f.object: 1 for f in chosen}
    intro = (
        "What each drug is used for (dashed red: what a source says it is not for). Click an edge for its sentences."
    )
    return _topic("treatments", "Treatments: drug → condition", intro, chosen, layers, model)


def mechanism(model: Model, facts: Iterable[Fact]) -> dict:
    """The mechanism chains, drug -> target -> process -> effect -> condition, in step order left to right."""
    chosen = [f for f in facts if not f.negated and any(c.mechanism_of for c in f.claims)]
    layers: dict[str, int] = {}
    for f in sorted(chosen, key=lambda f: f.step or 0):
        step = f.step or 1
        layers[f.subject] = max(layers.get(f.subject, 0), step - 1)
        layers[f.object] = max(layers.get(f.object, 0), step)
    _push_right(layers, [(f.subject, f.object) for f in chosen])
    intro = "How each drug works, step by step from left to right, as the articles describe it."
    return _topic("mechanism", "How they work: the mechanism, step by step", intro, chosen, layers, model)


def _push_right(layers: dict[str, int], edges: list[tuple[str, str]]) -> None:
    """Raise layers as little as needed for every edge to point right (a node reached late pushes its successors),
    in one pass in topological order; the edges inside a cycle cannot all point right and are left as they are.

    >>> layers = {"a": 0, "b": 0, "c": 1}
    >>> _push_right(layers, [("a", "b"), ("b", "c"), ("c", "b")])
    >>> layers
    {'a': 0, 'b': 1, 'c': 1}
    >>> layers = {"a": 2, "b": 0, "c": 0}
    >>> _push_right(layers, [("a", "b"), ("b", "c")])
    >>> layers
    {'a': 2, 'b': 3, 'c': 4}
    """
    net = nx.DiGraph(edges)
    dag = nx.condensation(net)  # one node per cycle (strongly connected component)
    component = dag.graph["mapping"]
    for index in nx.topological_sort(dag):
        for node in sorted(dag.nodes[index]["members"]):
            for before in net.predecessors(node):
                if component[before] != index:
                    layers[node] = max(layers[node], layers[before] + 1)


def _sides(groups: list[list[str]]) -> tuple[list[str], list[str]]:
    """Split ordered groups of nodes into a left and a right column of about equal length, keeping groups whole."""
    total = sum(len(g) for g in groups)
    left: list[str] = []
    right: list[str] = []
    for group in groups:
        (left if len(left) + len(group) / 2 <= total / 2 and not right else right).extend(group)
    return left, right


def safety(model: Model, facts: Iterable[Fact]) -> dict:
    """What not to combine a drug with, who should not take it, side effects and withdrawal effects."""
    drugs = _drugs(model)
    chosen = [f for f in facts if f.predicate in SAFETY and (f.subject in drugs or f.object in drugs)]
    placed: set[str] = set()
    groups = []
    for predicate in SAFETY:
        group = sorted(
            {f.object if f.subject in drugs else f.subject for f in chosen if f.predicate == predicate} - placed - drugs
        )
        placed.update(group)
        groups.append(group)
    left, right = _sides(groups)
    layers = {n: 0 for f in chosen for n in (f.subject, f.object) if n in drugs}
    layers |= {n: -1 for n in left} | {n: 1 for n in right}
    intro = (
        "Interactions, who should not take it, side effects and withdrawal effects. Click an edge for its sentences."
    )
    return _topic(
        "safety", "Safety: interactions, who should not take it, side effects, stopping", intro, chosen, layers, model
    )


def _comparing_sentences(model: Model, facts: list[Fact]) -> dict[tuple[str, str], set[str]]:
    """Sentences (document, quote) that speak of two drugs or more: they name them (in the words or, for a
    table row, in its column headings), or they support facts about two of them (a table row without its
    headings still supports one fact per drug column). The last answer is kept: a page asks twice (the
    compared drugs, then the comparison) for the same facts."""
    key = (id(model), tuple(id(f) for f in facts))
    if _LAST_COMPARING and _LAST_COMPARING[0] == key:
        return _LAST_COMPARING[2]
    found = _find_comparing_sentences(model, facts)
    _LAST_COMPARING[:] = [key, (model, facts), found]  # the objects held, so that their ids stay theirs
    return found


_LAST_COMPARING: list = []


def _find_comparing_sentences(model: Model, facts: list[Fact]) -> dict[tuple[str, str], set[str]]:
    drugs = _drugs(model)
    names = {d: {fold(n) for n in model.entities[d].names() if len(n) > 3} for d in drugs}
    found: dict[tuple[str, str], set[str]] = {}
    named_in: dict[str, set[str]] = {}  # a sentence supports several facts: its names are looked for once
    for f in facts:
        for s in f.sentences:
            key = (s.document, s.quote)
            words = " ".join([s.quote, *(heading for heading, _cell in s.cells)])
            named = named_in.get(words)
            if named is None:
                text = fold(words)
                named = named_in[words] = {d for d, ns in names.items() if any(n in text for n in ns)}
            found.setdefault(key, set()).update(named | ({f.subject} & drugs))
    return {k: v for k, v in found.items() if len(v) >= 2}


def compared_drugs(model: Model, facts: Iterable[Fact]) -> list[str]:
    """The drugs that one sentence or table row of an article compares."""
    found = set().union(*_comparing_sentences(model, list(facts)).values())
    return sorted(found, key=lambda d: model.label(d).casefold())


def comparison(model: Model, facts: Iterable[Fact]) -> dict:
    """The compared drugs side by side: the facts a comparing sentence supports, and what two of them share."""
    facts = list(facts)
    comparing = _comparing_sentences(model, facts)
    drugs = set().union(*comparing.values())
    mine = [f for f in facts if f.subject in drugs and f.predicate in COMPARED and not f.candidate]
    sharing: dict[str, set[str]] = {}
    for f in mine:
        sharing.setdefault(f.object, set()).add(f.subject)
    chosen = [
        f for f in mine if len(sharing[f.object]) >= 2 or any((s.document, s.quote) in comparing for s in f.sentences)
    ]
    left = [f.object for f in chosen if f.predicate in CLASS_AND_MECHANISM]
    layers = {d: 0 for d in drugs} | {n: 1 for f in chosen for n in [f.object]} | {n: -1 for n in left}
    listed = ", ".join(model.label(d) for d in sorted(drugs, key=lambda d: model.label(d).casefold()))
    intro = f"{listed} side by side: class and mechanism on the left, uses and side effects on the right."
    return _topic("compare", f"Compared: {listed}", intro, chosen, layers, model)


def topics(model: Model, facts: dict[str, Fact]) -> list[dict]:
    """The topic views (empty topics are left out)."""
    views = [treatments(model, facts.values()), mechanism(model, facts.values()), safety(model, facts.values())]
    if len(compared_drugs(model, facts.values())) >= 2:
        views.append(comparison(model, facts.values()))
    return [v for v in views if v["facts"]]


def explanation(model: Model, facts: dict[str, Fact], paths: list[list[str]], direct: list[str], title: str) -> dict:
    """The paths of `drugkg explain` as a topic: each step one column further right (claims given as IRIs)."""
    of_claim = {c.iri: f for f in facts.values() for c in f.claims}
    layers: dict[str, int] = {}
    chosen: dict[str, Fact] = {}
    for path in paths:
        for step, claim in enumerate(path):
            fact = of_claim[claim]
            chosen[fact.id] = fact
            layers[fact.subject] = max(layers.get(fact.subject, 0), step)
            layers[fact.object] = max(layers.get(fact.object, 0), step + 1)
    for claim in direct:
        fact = of_claim[claim]
        chosen[fact.id] = fact
        layers.setdefault(fact.subject, 0)
        layers.setdefault(fact.object, max(layers.values(), default=0) or 1)
    for _ in range(len(chosen)):  # every edge points right
        moved = False
        for f in chosen.values():
            if layers[f.object] <= layers[f.subject] and f.subject != f.object:
                layers[f.object] = layers[f.subject] + 1
                moved = True
        if not moved:
            break
    intro = "The mechanism path(s), one step per column from left to right; click an edge for its sentences."
    return _topic("explain", title, intro, list(chosen.values()), layers, model)
