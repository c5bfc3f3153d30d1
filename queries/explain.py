"""Explain how a drug relates to a condition: the mechanism path(s) in order, each step with its evidence.

Mechanism steps are the claims that carry `dkg:mechanismOf <drug>` and a `dkg:stepIndex`; a path walks them
from the drug, subject to object, with step indexes rising, to the condition or to something the graph says
is a kind of it (`X isA condition`, stated and not hedged), which then closes the path. Negated claims never
make a path; hedged ones may, and the explanation says so. Claims that link the drug and the condition
directly (treats, not treats, ...) are listed too, so that "no path" is never the whole answer when the
articles say something.

Every claim says who said it: a curator (agent type manual_agent, or a curator confirming the text miner),
or the text miner alone ("machine-read", with its confidence). A *candidate* (dkg:candidate: machine-read
below the confidence threshold) is never a fact: it makes no path step, no kind-of link and no verdict, and
is listed apart as a reading awaiting review.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import pairwise

import networkx as nx
from rdflib import RDF, Graph, URIRef

from ontology.vocab import DKG
from queries.viz_model import Claim, Entity, Model, words
from queries.viz_model import _entity as read_entity
from queries.viz_select import View

MAX_STEPS = 12
MACHINE_AGENTS = ("text_mining_agent", "automated_agent")  # no person stated or checked the claim
MAX_PATHS = 10
_NOT_ENTITIES = {DKG.Claim, DKG.Evidence, DKG.SourceDocument}


@dataclass
class Explanation:
    """The paths from a drug to a condition and the direct claims between them."""

    drug: Entity
    condition: Entity
    paths: list[list[Claim]] = field(default_factory=list)
    direct: list[Claim] = field(default_factory=list)  # never a candidate
    candidates: list[Claim] = field(default_factory=list)  # machine-read below the threshold: not facts

    @property
    def verdict(self) -> str:
        """'stated' (a path of stated steps), 'hedged' (only hedged paths), 'negated' or 'none'.

        'negated' means no path, and a direct claim that denies the link.
        """
        if any(not any(step.hedged for step in path) for path in self.paths):
            return "stated"
        if self.paths:
            return "hedged"
        if any(c.negated for c in self.direct):
            return "negated"
        return "none"

    def claims(self) -> list[str]:
        found = {c.iri for path in self.paths for c in path} | {c.iri for c in self.direct}
        return sorted(found | {c.iri for c in self.candidates})


def confidence(claim: Claim) -> Decimal | None:
    """The claim's highest evidence confidence, or None when no evidence gives one.

    >>> from queries.viz_model import Evidence
    >>> c = Claim("c", "s", "treats", "o", False, "Asserted")
    >>> c.evidence += [Evidence("q", "d", 0, 1, confidence="0.7"), Evidence("q", "d", 0, 1, confidence="0.5")]
    >>> confidence(c)
    Decimal('0.7')
    """
    values = []
    for ev in claim.evidence:
        try:
            values.append(Decimal(ev.confidence))
        except (InvalidOperation, ValueError):
            continue
    return max(values, default=None)


def who_said(claim: Claim) -> str:
    """Who said the claim, as the explanation prints it.

    >>> who_said(Claim("c", "s", "treats", "o", False, "Asserted", agent="manual_agent"))
    'curated'
    >>> who_said(Claim("c", "s", "treats", "o", False, "Asserted", agent="text_mining_agent", candidate=True))
    'CANDIDATE, not a fact: machine-read, confidence unknown, awaiting review'
    """
    found = confidence(claim)
    level = f"confidence {found}" if found is not None else "confidence unknown"
    if claim.candidate:
        return f"CANDIDATE, not a fact: machine-read, {level}, awaiting review"
    if claim.agent in MACHINE_AGENTS:
        return f"machine-read, {level}, not checked by a person"
    return "curated" if claim.agent else "source not recorded"


def _mechanism_graph(model: Model, drug: str) -> nx.MultiDiGraph:
    net = nx.MultiDiGraph()
    for iri, claim in model.claims.items():
        if claim.mechanism_of == drug and not claim.negated and not claim.candidate:
            net.add_edge(claim.subject, claim.object, key=iri)
    return net


def _kinds_of(model: Model, condition: str) -> dict[str, list[Claim]]:
    """Everything the graph says is (transitively) a kind of `condition`, with the isA claims up to it."""
    parents: dict[str, list[Claim]] = {}
    for claim in model.claims.values():
        if claim.predicate == "isA" and not claim.negated and not claim.hedged and not claim.candidate:
            parents.setdefault(claim.object, []).append(claim)
    chains: dict[str, list[Claim]] = {condition: []}
    frontier = [condition]
    while frontier:
        parent = frontier.pop(0)
        for claim in sorted(parents.get(parent, []), key=lambda c: c.iri):
            if claim.subject not in chains:
                chains[claim.subject] = [claim, *chains[parent]]
                frontier.append(claim.subject)
    return chains


def _rising(path: list[Claim]) -> bool:
    steps = [c.step for c in path if c.step is not None]
    return all(a < b for a, b in pairwise(steps))


def entity(model: Model, name: str, graph: Graph | None = None) -> Entity:
    """The entity `name` names: an entity of the model by its IRI, else (with the `graph` the model was read
    from) a typed node of the graph by its IRI, which is then added to the model, else `Model.resolve(name)`.

    The model holds only the graph's project entities and claims' ends: an imported node that no claim of the
    graph reaches (a DrugMechDB disease outside the drug's paths, a Hetionet node) is no entity of it, yet a
    name of the merged graph resolves to it, and `explain` is given its IRI.

    >>> from rdflib import Graph
    >>> g = Graph().parse(data='<http://id.nlm.nih.gov/mesh/D014277> a <https://w3id.org/biolink/vocab/Disease> ;'
    ...     ' <http://www.w3.org/2000/01/rdf-schema#label> "Trigeminal neuralgia" .', format="turtle")
    >>> m = Model({}, {}, {})
    >>> entity(m, "http://id.nlm.nih.gov/mesh/D014277", g).label, m.label("http://id.nlm.nih.gov/mesh/D014277")
    ('Trigeminal neuralgia', 'Trigeminal neuralgia')
    """
    text = name.strip()
    if text in model.entities:
        return model.entities[text]
    if graph is not None and ":" in text and not any(c.isspace() for c in text):
        types = set(graph.objects(URIRef(text), RDF.type))
        if types and not types & _NOT_ENTITIES:
            model.entities[text] = read_entity(graph, URIRef(text))
            return model.entities[text]
    return model.resolve(name)


def explain(model: Model, drug_name: str, condition_name: str, graph: Graph | None = None) -> Explanation:
    """The mechanism paths and direct claims from a drug to a condition (names as in `entity`)."""
    drug, condition = entity(model, drug_name, graph), entity(model, condition_name, graph)
    result = Explanation(drug, condition)
    net = _mechanism_graph(model, drug.iri)
    found: set[tuple[str, ...]] = set()
    if drug.iri in net:
        for target, chain in _kinds_of(model, condition.iri).items():
            if target not in net or target == drug.iri:
                continue
            for edge_path in nx.all_simple_edge_paths(net, drug.iri, target, cutoff=MAX_STEPS):
                path = [model.claims[key] for _s, _o, key in edge_path]
                if _rising(path):
                    full = path + chain
                    key = tuple(c.iri for c in full)
                    if key not in found:
                        found.add(key)
                        result.paths.append(full)
    result.paths.sort(key=lambda p: (sum(c.hedged for c in p), len(p), [model.label(c.object) for c in p]))
    del result.paths[MAX_PATHS:]
    linking = sorted(
        (c for c in model.claims.values() if {c.subject, c.object} == {drug.iri, condition.iri}),
        key=lambda c: (c.negated, c.hedged, c.predicate, c.iri),
    )
    result.direct = [c for c in linking if not c.candidate]
    result.candidates = [c for c in linking if c.candidate]
    return result


def _claim_lines(model: Model, claim: Claim, indent: str) -> list[str]:
    lines = []
    extras = [f"{k}: {v}" for k, v in claim.qualifiers if k not in {"mechanism of", "step index", "support count"}]
    if extras:
        lines.append(f"{indent}({'; '.join(extras)})")
    methods: dict[tuple, list[str]] = {}  # one line per passage; a curator and a rule may quote the same one
    for ev in claim.evidence:
        # (a rule's reading whose resolved owner a careful reader could not be sure of says so: decision 1112)
        how = (ev.method or "unknown") + (", owner unsure" if ev.owner_unsure else "")
        methods.setdefault((ev.document, ev.start, ev.end, ev.quote), []).append(how)
    for (document, start, end, quote), how in methods.items():
        doc = model.documents.get(document)
        title = doc.title if doc else document
        if quote:  # an imported claim's evidence may be its source alone (a DrugMechDB path): no quote, no span
            lines.append(f"{indent}“{quote}”")
        span = f", characters {start}–{end}" if start is not None and end is not None else ""
        where = f" [{doc.ident}{span}; {', '.join(sorted(set(how)))}]" if doc else ""
        lines.append(f"{indent}  — {title}{where}")
    if not claim.evidence:
        lines.append(f"{indent}(no quote in the graph)")
    return lines


def _sentence(model: Model, claim: Claim) -> str:
    return f"{model.label(claim.subject)} {claim.relation()} {model.label(claim.object)}  [{who_said(claim)}]"


def explanation_text(model: Model, ex: Explanation) -> str:
    """The explanation as plain text: verdict, then each path step by step with quotes, then direct claims."""
    d, c = ex.drug.label, ex.condition.label
    lines = [f"How {d} relates to {c}", ""]
    verdict = {
        "stated": f"The graph has a mechanism path from {d} to {c}, every step stated by a source.",
        "hedged": f"The link from {d} to {c} is only hedged: every mechanism path has a step the source "
        "states with reservation (may, sometimes, believed).",
        "negated": f"No mechanism path from {d} to {c}, and a source says the link does NOT hold (see below).",
        "none": f"No mechanism path from {d} to {c} in the graph.",
    }[ex.verdict]
    lines.append(verdict)
    read = sum(s.agent in MACHINE_AGENTS for s in ex.paths[0]) if ex.paths else 0
    if read:
        lines.append(f"({read} of the first path's steps only the text miner read: no person has checked them.)")
    lines.append("")
    for number, path in enumerate(ex.paths, 1):
        hedges = [words(s.certainty) for s in path if s.hedged]
        state = "all steps stated" if not hedges else "hedged: " + ", ".join(sorted(set(hedges)))
        lines.append(f"Path {number} ({len(path)} steps, {state}):")
        for index, step in enumerate(path, 1):
            kind = "" if step.mechanism_of else " [classification]"
            lines.append(f"  {index}. {_sentence(model, step)}{kind}")
            lines += _claim_lines(model, step, "     ")
        lines.append("")
    if ex.direct:
        lines.append(f"Claims that link {d} and {c} directly:")
        for claim in ex.direct:
            lines.append(
                f"  - {_sentence(model, claim)}"
                + ("  [negated: the source says this is NOT so]" if claim.negated else "")
            )
            lines += _claim_lines(model, claim, "     ")
        lines.append("")
    elif ex.verdict == "none":
        lines.append(f"No claim in the graph links {d} and {c} directly either.")
    if ex.candidates:
        lines += ["", "Candidates the text miner read with low confidence (NOT facts; `drugkg review` decides):"]
        for claim in ex.candidates:
            lines.append(f"  ? {_sentence(model, claim)}")
            lines += _claim_lines(model, claim, "     ")
    return "\n".join(lines).rstrip() + "\n"


def explanation_view(model: Model, ex: Explanation) -> View:
    """A graph view of the explanation: the paths (highlighted) and the direct claims."""
    claims = ex.claims()
    nodes = sorted(
        {ex.drug.iri, ex.condition.iri} | {e for c in claims for e in (model.claims[c].subject, model.claims[c].object)}
    )
    return View(
        f"How {ex.drug.label} relates to {ex.condition.label}",
        nodes,
        claims,
        focus=ex.drug.iri,
        text=explanation_text(model, ex),
        highlight=sorted({c.iri for path in ex.paths for c in path}),
    )
