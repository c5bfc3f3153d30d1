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

from graph_build.validate import Violation, shacl_violations, short_name
from ontology import ONTOLOGY_TTL, SHAPES_TTL
from ontology.vocab import DKG

#: The claim triples the SPARQL constraints read from claims that share a subject, predicate and object.
SIBLING_PROPERTIES = (DKG.subject, DKG.predicate, DKG.object, DKG.negated, DKG.certainty, DKG.candidate)


def _term(node: object) -> str:
    if isinstance(node, Literal):
        return f'"{node}"^^{node.datatype or ""}@{node.language or ""}'
    return f"<{node}>"


def node_contexts(graph: Graph) -> dict[URIRef, list[tuple]] | None:
    """Every subject's SHACL context (see the module's text), or None when the graph has blank nodes (their
    labels are not stable from build to build: then the whole graph is validated)."""
    own: dict[URIRef, list[tuple]] = defaultdict(list)
    for triple in graph:
        if isinstance(triple[0], BNode) or isinstance(triple[2], BNode):
            return None
        own[triple[0]].append(triple)
    types = {node: [t for t in triples if t[1] == RDF.type] for node, triples in own.items()}
    claims: dict[tuple, list[URIRef]] = defaultdict(list)
    parts: dict[URIRef, tuple] = {}
    for node, triples in own.items():
        values = {p: o for _, p, o in triples if p in (DKG.subject, DKG.predicate, DKG.object)}
        if len(values) == 3:
            parts[node] = (values[DKG.subject], values[DKG.predicate], values[DKG.object])
            claims[parts[node]].append(node)
    contexts: dict[URIRef, list[tuple]] = {}
    for node, triples in own.items():
        context = list(triples)
        for o in {t[2] for t in triples if isinstance(t[2], URIRef)}:
            context += types.get(o, ())
        if node in parts:
            spo = parts[node]
            if spo in graph:
                context.append(spo)
            for sibling in claims[spo]:
                if sibling != node:
                    context += [t for t in own[sibling] if t[1] in SIBLING_PROPERTIES]
        contexts[node] = context
    return contexts


def digest(context: Iterable[tuple]) -> str:
    """A stable digest of a set of triples (no blank nodes).

    >>> a = (URIRef("urn:a"), RDF.type, URIRef("urn:C"))
    >>> b = (URIRef("urn:a"), URIRef("urn:p"), Literal("1"))
    >>> digest([a, b]) == digest([b, a]) != digest([a])
    True
    """
    lines = sorted({" ".join(_term(t) for t in triple) for triple in context})
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:24]


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


def validate_changes(graph: Graph, known: set[str] | None) -> tuple[list[Violation], set[str], int]:
    """SHACL violations of the nodes whose context digest is not in `known` (all nodes when `known` is None),
    the digests of every node of `graph` (to record once the build succeeds; empty when the graph has blank
    nodes) and the number of nodes validated."""
    contexts = node_contexts(graph)
    if contexts is None:
        return shacl_violations(graph), set(), len(set(graph.subjects()))
    digests = {node: digest(context) for node, context in contexts.items()}
    if known is None:
        return shacl_violations(graph), set(digests.values()), len(digests)
    changed = [node for node, d in digests.items() if d not in known]
    if not changed:
        return [], set(digests.values()), 0
    subgraph = Graph()
    for prefix, namespace in graph.namespaces():
        subgraph.bind(prefix, namespace, override=True, replace=True)
    for node in changed:
        for triple in contexts[node]:
            subgraph.add(triple)
    names = {short_name(graph, node) for node in changed}
    violations = [v for v in shacl_violations(subgraph) if v.focus in names]
    return violations, set(digests.values()), len(changed)
