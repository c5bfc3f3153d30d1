"""SHACL in proportion to what changed: validate only the nodes whose SHACL-relevant context is new.

Every subject of the graph (claim, evidence, entity, document) has a *context*: the triples its shapes can
read. For the project's shapes (ontology/shapes.ttl) that is

- the node's own triples (every property shape has a single-property path);
- the `rdf:type` triples of the IRIs it points to (`sh:class`, and the domain/range constraints);
- for a claim, the direct triple `subject predicate object` when the graph has it, and the subject,
  predicate, object, negated, certainty and candidate triples of every claim with the same subject,
  predicate and object (the two SHACL-SPARQL constraints about direct triples read those).

The digest of a node's context changes exactly when what SHACL sees of it changes. A build records the
digests of the graph it validated (`record_path`); the next build into the same folder validates, with the
same shapes and code as `shacl_violations`, only the subgraph made of the contexts of nodes whose digest is
not on record, and reports only the violations of those nodes. `drugkg build --validate-all` validates the
whole graph. See docs/decisions/0903-incremental-shacl.md.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal, URIRef

from graph_build.validate import Violation, shacl_violations
from ontology import ONTOLOGY_TTL, SHAPES_TTL
from ontology.vocab import DKG

#: The claim triples the SPARQL constraints read from claims that share a subject, predicate and object.
SIBLING_PROPERTIES = (DKG.subject, DKG.predicate, DKG.object, DKG.negated, DKG.certainty, DKG.candidate)


def _term(node: object) -> str:
    if isinstance(node, Literal):
        return f'"{node}"^^{node.datatype or ""}@{node.language or ""}'
    return f"<{node}>"


class Contexts:
    """The SHACL context of every subject of a graph (see the module's text), built in one pass."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.own: dict[URIRef, list[tuple]] = defaultdict(list)
        for triple in graph:
            if isinstance(triple[0], BNode) or isinstance(triple[2], BNode):
                raise ValueError("blank node")
            self.own[triple[0]].append(triple)
        self.parts: dict[URIRef, tuple] = {}  # claim -> (subject, predicate, object)
        self.claims: dict[tuple, list[URIRef]] = defaultdict(list)  # (s, p, o) -> claims
        for node, triples in self.own.items():
            values = {p: o for _, p, o in triples if p in (DKG.subject, DKG.predicate, DKG.object)}
            if len(values) == 3:
                self.parts[node] = (values[DKG.subject], values[DKG.predicate], values[DKG.object])
                self.claims[self.parts[node]].append(node)

    def context(self, node: URIRef) -> list[tuple]:
        """The triples SHACL can read when it validates `node`."""
        triples = self.own[node]
        context = list(triples)
        for o in {t[2] for t in triples if isinstance(t[2], URIRef)}:
            context += [t for t in self.own.get(o, ()) if t[1] == RDF.type]
        spo = self.parts.get(node)
        if spo is not None:
            if spo in self.graph:
                context.append(spo)
            for sibling in self.claims[spo]:
                if sibling != node:
                    context += [t for t in self.own[sibling] if t[1] in SIBLING_PROPERTIES]
        return context

    def digests(self) -> dict[URIRef, str]:
        """Each node's context digest, composed from digests of each subject's triples (each triple is
        written out once, not once per context that holds it); it changes exactly when the context does."""
        own, types, siblings = {}, {}, {}
        for node, triples in self.own.items():
            lines = {t: " ".join(_term(x) for x in t) for t in triples}
            own[node] = _hash(lines.values())
            types[node] = _hash(line for t, line in lines.items() if t[1] == RDF.type)
            if node in self.parts:
                siblings[node] = _hash(line for t, line in lines.items() if t[1] in SIBLING_PROPERTIES)
        digests = {}
        for node, triples in self.own.items():
            parts = [own[node]]
            parts += sorted(types[o] for o in {t[2] for t in triples if isinstance(t[2], URIRef)} if o in types)
            spo = self.parts.get(node)
            if spo is not None:
                parts.append("direct" if spo in self.graph else "no direct")
                parts += sorted(siblings[c] for c in self.claims[spo] if c != node)
            digests[node] = _hash(parts, sort=False)
        return digests


def _hash(lines: Iterable[str], *, sort: bool = True) -> str:
    items = sorted(lines) if sort else list(lines)
    return hashlib.sha256("\n".join(items).encode("utf-8")).hexdigest()[:24]


def node_contexts(graph: Graph) -> Contexts | None:
    """The contexts of every subject of `graph`, or None when the graph has blank nodes (their labels are not
    stable from build to build: then the whole graph is validated)."""
    try:
        return Contexts(graph)
    except ValueError:
        return None


def digest(context: Iterable[tuple]) -> str:
    """A stable digest of a set of triples (no blank nodes).

    >>> a = (URIRef("urn:a"), RDF.type, URIRef("urn:C"))
    >>> b = (URIRef("urn:a"), URIRef("urn:p"), Literal("1"))
    >>> digest([a, b]) == digest([b, a]) != digest([a])
    True
    """
    return _hash({" ".join(_term(t) for t in triple) for triple in context})


@cache
def _rules_key() -> str:
    """What a recorded validation depends on besides the data: the shapes, the ontology and this code."""
    from importlib import metadata

    h = hashlib.sha256()
    for path in (Path(SHAPES_TTL), Path(ONTOLOGY_TTL), Path(__file__), Path(__file__).with_name("validate.py")):
        h.update(path.read_bytes())
    h.update(metadata.version("pyshacl").encode())
    return h.hexdigest()[:16]


def record_path(out: Path) -> Path:
    """Where the digests of the last graph validated for the output folder `out` are kept (in the cache)."""
    from graph_build.cachedir import cache_root

    folder = hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:16]
    return cache_root() / "validated" / f"{folder}-{_rules_key()}.json"


def load_record(out: Path) -> set[str] | None:
    """The digests on record for `out`, or None (no record, unreadable, other shapes or code)."""
    try:
        data = json.loads(record_path(out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return set(data) if isinstance(data, list) and all(isinstance(d, str) for d in data) else None


def save_record(out: Path, digests: set[str]) -> None:
    """Record the digests of a graph that conformed (a lost record only means a whole validation next time)."""
    import contextlib

    from graph_build.buildcache import write_cache_text

    with contextlib.suppress(OSError):
        write_cache_text(record_path(out), json.dumps(sorted(digests)))


#: Nodes per validating process below which starting processes costs more than it saves.
NODES_PER_WORKER = 4000


def validate_changes(graph: Graph, known: set[str] | None, *, jobs: int = 1) -> tuple[list[Violation], set[str], int]:
    """SHACL violations of the nodes whose context digest is not in `known` (all nodes when `known` is None),
    the digests of every node of `graph` (to record once the build succeeds; empty when the graph has blank
    nodes) and the number of nodes validated. With `jobs` > 1 and many nodes to check, they are checked in
    parts by worker processes (`validate_in_parts`); the violations are the same."""
    contexts = node_contexts(graph)
    if contexts is None:
        return shacl_violations(graph), set(), len(set(graph.subjects()))
    digests = contexts.digests()
    changed = sorted(node for node, d in digests.items() if known is None or d not in known)
    workers = max(1, min(jobs, len(changed) // NODES_PER_WORKER))
    if not changed:
        violations = []
    elif workers > 1:
        violations = validate_in_parts(contexts, changed, workers)
    elif known is None:
        violations = shacl_violations(graph)
    else:
        violations = _check_part(_namespaces(graph), _part(contexts, changed), changed)
    return violations, set(digests.values()), len(changed)


def _namespaces(graph: Graph) -> list[tuple[str, str]]:
    return [(prefix, str(namespace)) for prefix, namespace in graph.namespaces()]


def _part(contexts: Contexts, nodes: list[URIRef]) -> list[tuple]:
    """The triples SHACL needs to validate `nodes`: the union of their contexts."""
    triples: dict[tuple, None] = {}
    for node in nodes:
        triples.update(dict.fromkeys(contexts.context(node)))
    return list(triples)


def _check_part(namespaces: list[tuple[str, str]], triples: list[tuple], nodes: list[URIRef]) -> list[Violation]:
    """The violations of `nodes` in the graph of `triples` (other nodes there are context, not checked)."""
    subgraph = Graph()
    for prefix, namespace in namespaces:
        subgraph.bind(prefix, namespace, override=True, replace=True)
    for triple in triples:
        subgraph.add(triple)
    return shacl_violations(subgraph, focus=nodes)  # the context nodes are read, not checked


def _shares(contexts: Contexts, nodes: list[URIRef], parts: int) -> list[tuple[list[URIRef], list[tuple]]]:
    """`nodes` in `parts` shares, each with the triples its check needs. A claim and its evidence go to the same
    share (each is the other's context); every share also holds the whole triples of the nodes that are
    neither claim nor evidence (entities, documents: few and cheap), checked only in the first share, so that
    no share holds a node typed but without its triples (pyshacl would report it, at a cost)."""
    claim_of = {t[2]: claim for claim in contexts.parts for t in contexts.own[claim] if t[1] == DKG.hasEvidence}
    rest = [n for n in contexts.own if n not in contexts.parts and n not in claim_of]
    groups: dict[URIRef, list[URIRef]] = {}
    for node in nodes:
        if node in contexts.parts or node in claim_of:
            groups.setdefault(node if node in contexts.parts else claim_of[node], []).append(node)
    chosen = set(nodes)
    common = [t for n in rest for t in contexts.own[n]]
    shares = []
    for i in range(parts):
        checked = [n for group in list(groups.values())[i::parts] for n in group]
        if i == 0:
            checked += [n for n in rest if n in chosen]
        shares.append((checked, list(dict.fromkeys(common + _part(contexts, checked)))))
    return shares


def validate_in_parts(contexts: Contexts, nodes: list[URIRef], parts: int) -> list[Violation]:
    """Validate `nodes` in `parts` spawned processes, each given its share and the triples they need (the
    violations are those of one validation of them all, sorted)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    namespaces = _namespaces(contexts.graph)
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(parts, mp_context=context) as pool:
            futures = [
                pool.submit(_check_part, namespaces, triples, checked)
                for checked, triples in _shares(contexts, nodes, parts)
            ]
            return sorted({v for future in futures for v in future.result()})
    except BrokenProcessPool:  # no processes (e.g. a script without the __main__ guard): check here instead
        return sorted(set(_check_part(namespaces, _part(contexts, nodes), nodes)))
