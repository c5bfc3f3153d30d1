"""Compare a drug's mechanism chain in the project's graph with its DrugMechDB paths.

Each DrugMechDB node of the drug's paths is matched to an entity of the project's chain by a shared
identifier (as in `link`), or, weaker and reported as such, by name (the word sets of the node's name and of
one of the entity's names overlap by at least 80 %). A DrugMechDB step u -> v agrees with the project when
both ends match chain entities and the chain leads from u's entity to v's entity in the same order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from rdflib import RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from graph_build.link import data_folder, drugmechdb_curie, entity_identifiers, load_drugmechdb
from ontology.vocab import DKG

WORD = re.compile(r"[a-z0-9]+")
NAME_OVERLAP = 0.8


def _words(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(text.lower().replace("γ", "gamma ")))


def name_similarity(first: str, second: str) -> float:
    """Jaccard overlap of the two names' word sets.

    >>> round(name_similarity("Gamma-aminobutyric acid A receptor", "gamma-aminobutyric acid type A receptor"), 2)
    0.83
    """
    a, b = _words(first), _words(second)
    return len(a & b) / len(a | b) if a | b else 0.0


@dataclass
class Step:
    source: str
    predicate: str
    target: str


@dataclass
class Agreement:
    drug: URIRef
    chain: list[tuple[int, URIRef, URIRef, URIRef]]
    paths: dict[str, list[Step]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # DrugMechDB CURIE -> name
    matched: dict[str, tuple[URIRef, str]] = field(default_factory=dict)  # CURIE -> (entity, "identifier"|"name")
    agreeing_steps: set[tuple[str, str, str]] = field(default_factory=set)
    #: path id -> (matched entities in path order, consecutive pairs in the chain's order, pairs)
    orders: dict[str, tuple[list[URIRef], int, int]] = field(default_factory=dict)
    #: DrugMechDB CURIEs that are not in the chain but are entities elsewhere in the project's graph
    elsewhere: dict[str, URIRef] = field(default_factory=dict)

    def chain_entities(self) -> set[URIRef]:
        return {e for _, s, _, o in self.chain for e in (s, o)}

    def lines(self, label: dict[URIRef, str]) -> list[str]:
        drug = label.get(self.drug, str(self.drug))
        out = [f"# {drug}: project mechanism chain vs DrugMechDB", ""]
        out.append(f"Project chain: {len(self.chain)} steps; DrugMechDB: {len(self.paths)} paths.")
        out += ["", "## Project chain"]
        out += [f"{i}. {label[s]} --{str(p).rsplit('#', 1)[-1]}--> {label[o]}" for i, s, p, o in self.chain]
        for path_id, steps in self.paths.items():
            out += ["", f"## DrugMechDB path {path_id}"]
            for step in steps:
                ok = "agrees" if (step.source, step.predicate, step.target) in self.agreeing_steps else "—"
                out.append(
                    f"- {self._node(step.source, label)} --{step.predicate}--> {self._node(step.target, label)}: {ok}"
                )
            order, good, pairs = self.orders[path_id]
            out.append(f"- shared nodes in path order: {' -> '.join(label[e] for e in order)}; "
                       f"{good} of {pairs} consecutive pairs follow the project's chain")  # fmt: skip
        in_paths = {c for steps in self.paths.values() for s in steps for c in (s.source, s.target)}
        agree = sorted({label[self.matched[c][0]] for c in in_paths if c in self.matched})
        only_dmdb = sorted(
            self.names[c] + (f" (in the project's graph as {label[self.elsewhere[c]]}, not in the chain)"
                             if c in self.elsewhere else "")
            for c in in_paths if c not in self.matched
        )  # fmt: skip
        only_project = sorted({label[e] for e in self.chain_entities()} - set(agree))
        out += ["", "## Summary"]
        out.append(f"- In both: {', '.join(agree) or 'none'}")
        out.append(f"- Only in DrugMechDB: {', '.join(only_dmdb) or 'none'}")
        out.append(f"- Only in the project's chain: {', '.join(only_project) or 'none'}")
        total = sum(len(steps) for steps in self.paths.values())
        out.append(
            f"- DrugMechDB steps whose ends both match and follow the chain: {len(self.agreeing_steps)} of {total}"
        )
        good = sum(g for _, g, _ in self.orders.values())
        pairs = sum(p for _, _, p in self.orders.values())
        out.append(f"- Shared nodes in the same order as the project's chain: {good} of {pairs} pairs")
        return out

    def _node(self, node: str, label: dict[URIRef, str]) -> str:
        text = f"{self.names.get(node, node)} ({node})"
        if node in self.matched:
            entity, how = self.matched[node]
            text += f" = {label[entity]} [by {how}]"
        return text


def _reachable(chain: list[tuple[int, URIRef, URIRef, URIRef]], start: URIRef, end: URIRef) -> bool:
    nexts: dict[URIRef, set[URIRef]] = {}
    for _, s, _, o in chain:
        nexts.setdefault(s, set()).add(o)
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        for nxt in nexts.get(node, ()):
            if nxt == end:
                return True
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


def compare_mechanism(graph: Graph, drug: URIRef, folder: Path | None = None) -> Agreement:
    """The agreement between `drug`'s mechanism chain in `graph` and its DrugMechDB paths."""
    folder = data_folder(folder)
    chain = sorted(
        (int(graph.value(c, DKG.stepIndex)), graph.value(c, DKG.subject), graph.value(c, DKG.predicate),
         graph.value(c, DKG.object))
        for c in graph.subjects(DKG.mechanismOf, drug)
    )  # fmt: skip
    ids = entity_identifiers(graph, folder)
    report = Agreement(drug, chain)
    entities = report.chain_entities() | {drug}
    by_id = {c: e for e in entities for c in ids.get(e, ())}
    names = {e: [str(n) for p in (SKOS.prefLabel, SKOS.altLabel) for n in graph.objects(e, p)] for e in entities}
    for path in load_drugmechdb(folder):
        meta = path["graph"]
        drug_ids = {drugmechdb_curie(meta.get("drug_mesh") or ""), drugmechdb_curie(meta.get("drugbank") or "")}
        if not drug_ids & ids.get(drug, set()):
            continue
        steps = [Step(drugmechdb_curie(x["source"]), x["key"], drugmechdb_curie(x["target"])) for x in path["links"]]
        report.paths[meta["_id"]] = steps
        for node in path["nodes"]:
            node_id = drugmechdb_curie(node["id"])
            report.names[node_id] = node["name"]
            if node_id in by_id:
                report.matched[node_id] = (by_id[node_id], "identifier")
                continue
            scored = sorted(
                (-max(name_similarity(alt, n) for n in names[e] for alt in node["name"].split("/")), str(e), e)
                for e in entities if names[e]
            )  # fmt: skip
            if scored and -scored[0][0] >= NAME_OVERLAP:
                report.matched[node_id] = (scored[0][2], "name")
    for path_id, steps in report.paths.items():
        for step in steps:
            a, b = report.matched.get(step.source), report.matched.get(step.target)
            if a and b and (a[0] == b[0] or _reachable(chain, a[0], b[0])):
                report.agreeing_steps.add((step.source, step.predicate, step.target))
        order = []
        for step in steps:
            for node in (step.source, step.target):
                if node in report.matched and (not order or order[-1] != report.matched[node][0]):
                    order.append(report.matched[node][0])
        pairs = list(pairwise(order))
        report.orders[path_id] = (order, sum(_reachable(chain, x, y) for x, y in pairs), len(pairs))
    elsewhere = {c: e for e, cs in ids.items() if e not in entities for c in cs}
    report.elsewhere = {c: elsewhere[c] for c in report.names if c not in report.matched and c in elsewhere}
    return report


def labels(graph: Graph) -> dict[URIRef, str]:
    """Every labelled node's label."""
    return {s: str(o) for s, o in graph.subject_objects(RDFS.label)}
