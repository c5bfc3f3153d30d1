"""Views of a graph read from its persistent store: only what a page shows is taken out of the store.

`drugkg viz --focus` and `drugkg explain` used to parse the whole graph with rdflib and read every claim into
the view's model (76 s and 2 GB for a focus view of the 1.34M-triple merged graph). Here the store answers the
index lookups: the names are resolved, the neighbourhood is walked claim by claim, the cut to a readable size
is chosen on identifiers alone, and only the kept entities and the claims between them (with their evidence and
documents) are taken out, as rows the view model is read from (`Rows`: no rdflib graph is built for a page).
The selection is the one `viz_select` makes on the whole model: the same entities within `depth` claims, ranked
by distance, then degree, then label.

A name that several entities carry (a label of the project's entity and of an imported one) is not an error
here: the view is drawn around all of them, and the note lists them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.term import Identifier

from base.errors import DrugkgError
from base.rdf_terms import to_rdflib
from ontology.vocab import DKG, ENT
from queries.viz_model import Entity, fold, local_name
from queries.viz_model import _entity as read_entity
from queries.viz_rows import literal_parts, tsv

_N = ox.NamedNode
_TYPE, _CLAIM = _N(str(RDF.type)), _N(str(DKG.Claim))
_SUBJECT, _PREDICATE, _OBJECT = _N(str(DKG.subject)), _N(str(DKG.predicate)), _N(str(DKG.object))
_EVIDENCE, _SOURCE = _N(str(DKG.hasEvidence)), _N(str(DKG.sourceDocument))
_MECHANISM_OF, _IS_A = _N(str(DKG.mechanismOf)), _N(str(DKG.isA))
_LABELS = (_N(str(SKOS.prefLabel)), _N(str(RDFS.label)))
_OTHER_NAMES = (_N(str(SKOS.altLabel)), _N(str(DKG.brandName)), _N(str(DKG.abbreviation)))
_MATCHES = (_N(str(SKOS.exactMatch)),)  # only exact matches are identity (docs/integration.md)
_NOT_ENTITIES = {_CLAIM, _N(str(DKG.Evidence)), _N(str(DKG.SourceDocument))}


@dataclass(frozen=True)
class Edge:
    """A claim between two entities, as the walk sees it."""

    claim: str
    subject: str
    object: str


def _objects(store: ox.Store, subject: ox.NamedNode, predicate: ox.NamedNode) -> list:
    return [q.object for q in store.quads_for_pattern(subject, predicate, None)]


def _one_iri(store: ox.Store, subject: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
    values = _objects(store, subject, predicate)
    return values[0].value if values and isinstance(values[0], ox.NamedNode) else None


def _edge(store: ox.Store, claim: ox.NamedNode) -> Edge | None:
    """The claim's ends, when it is a claim between two things (as the view model reads claims)."""
    if not any(True for _ in store.quads_for_pattern(claim, _TYPE, _CLAIM)):
        return None
    subject, obj = _one_iri(store, claim, _SUBJECT), _one_iri(store, claim, _OBJECT)
    if subject is None or obj is None or _one_iri(store, claim, _PREDICATE) is None:
        return None
    return Edge(claim.value, subject, obj)


# The claims with one of the VALUES entities as subject (then as object), with the other end. Each entity is
# given with its index, and the index is what the answer names: an IRI written out is read from the store's
# string table (the slow part of a large answer), a number is not. Two queries instead of one UNION: 1.7 s ->
# 1.2 s for the 2,136 entities of the merged focus view; a FILTER(isIRI(...)) read every end's text, so the
# ends are checked here (decision 0981).
_ENDS = (
    f"""SELECT ?c ?i ?other WHERE {{
  VALUES (?x ?i) {{ %s }}
  ?c <{DKG.subject}> ?x ; <{DKG.object}> ?other .
}}""",
    f"""SELECT ?c ?i ?other WHERE {{
  VALUES (?x ?i) {{ %s }}
  ?c <{DKG.object}> ?x ; <{DKG.subject}> ?other .
}}""",
)  # (the type and predicate are not checked here: 3x slower; the page's model reads only real claims)
_BATCH = 2000  # entities per query


def edges_touching(store: ox.Store, entities: Iterable[str]) -> Iterator[Edge]:
    """Every claim (between two things) with one of `entities` as its subject or object, each once."""
    todo, seen = sorted(set(entities)), set()
    for start in range(0, len(todo), _BATCH):
        batch = todo[start : start + _BATCH]
        values = " ".join(f"(<{e}> {i})" for i, e in enumerate(batch))
        for as_subject, query in zip((True, False), _ENDS, strict=True):
            for c, i, other in tsv(store, query % values, union=False):
                if other[0] != "<" or c in seen:
                    continue
                seen.add(c)
                claim = c[1:-1] if c[0] == "<" else c[2:]  # an IRI, or a blank node's id
                end, far = batch[int(i)], other[1:-1]
                yield Edge(claim, end, far) if as_subject else Edge(claim, far, end)


def label(store: ox.Store, entity: str) -> str:
    """The entity's label as the view shows it: skos:prefLabel, else rdfs:label, else its IRI's last segment."""
    for prop in _LABELS:
        values = sorted(o.value for o in _objects(store, _N(entity), prop) if isinstance(o, ox.Literal))
        if values:
            return values[0]
    return local_name(entity)


def resolve(store: ox.Store, name: str, *, any_typed: bool = False) -> list[str]:
    """The entities called `name`, ranked as `Model.resolve` ranks names: an IRI, `ent:` slug or CURIE of an
    entity, then the entities an identifier (IRI or CURIE, e.g. `MESH:D014277`) is an exact match of, then labels,
    then synonyms, brand names and abbreviations, then slugs; every entity of the best rank (sorted).

    Entities are those of the view model (typed in the project's namespace, or the end of a claim). With
    `any_typed`, a name no such entity carries may also name any other typed node (a Hetionet node, which no
    claim reaches): `explain` says what the graph has about it (nothing) instead of failing.

    Raises DrugkgError when nothing is called so.
    """
    text = name.strip()
    tests = [_is_entity, _is_typed] if any_typed else [_is_entity]
    for is_entity in tests:
        found = _resolve(store, text, is_entity)
        if found:
            return found
    raise DrugkgError(
        f"no entity called '{name}' in the graph",
        fix="use a label, synonym, brand name, slug, CURIE or IRI (search the graph page to find names)",
    )


def _resolve(store: ox.Store, text: str, is_entity) -> list[str]:
    iri = _expand(text)
    if iri is not None:
        if is_entity(store, iri):
            return [iri]
        matched = sorted(
            {q.subject.value for prop in _MATCHES for q in store.quads_for_pattern(None, prop, _N(iri))}
            - {iri}  # (blank nodes have no exact match in these graphs; their value is never an IRI here)
        )
        matched = [m for m in matched if is_entity(store, m)]
        if matched:
            return matched
    wanted = fold(text)
    for rank_props in (_LABELS, _OTHER_NAMES):
        hits = sorted(
            {
                subject
                for prop in rank_props
                for subject, value in _called(store, prop, wanted)
                if rank_props is not _LABELS or label(store, subject) == value
            }
        )
        hits = [h for h in hits if is_entity(store, h)]
        if hits:
            return hits
    slug = str(ENT) + text
    if _valid(slug) and is_entity(store, slug):
        return [slug]
    return []


def _expand(text: str) -> str | None:
    """The IRI that `text` writes: an IRI, `ent:slug`, or a CURIE by the project's prefix map (any case);
    None when it writes none.

    >>> _expand("MESH:D014277"), _expand("ent:seizure"), _expand("trigeminal neuralgia")
    ('http://id.nlm.nih.gov/mesh/D014277', 'https://w3id.org/drugkg/entity/seizure', None)
    """
    prefix, colon, local = text.partition(":")
    if not colon or not local:
        return None
    from ontology import prefix_map

    base = {k.lower(): v for k, v in prefix_map().items()}.get(prefix.lower())
    iri = base + local if base is not None and not local.startswith("//") else text
    return iri if _valid(iri) else None


def _valid(iri: str) -> bool:
    try:
        _N(iri)
    except ValueError:  # not an IRI (a name with a space): not an entity, and not a traceback
        return False
    return True


def entity(store: ox.Store, iri: str) -> Entity:
    """The entity `iri` as the view shows it, read from its own triples in the store: for an entity a name
    resolved to that no claim of the page reaches (an imported node at depth 0, or cut off by --max-nodes), which
    the model read from the page's rows therefore lacks."""
    return read_entity(subgraph(store, [iri], []), URIRef(iri))


def _called(store: ox.Store, prop: ox.NamedNode, wanted: str) -> Iterator[tuple[str, str]]:
    """(IRI, name) of the things whose `prop` is a literal that folds to `wanted`. The distinct names are read
    and folded first, and only the matching ones' subjects looked up (reading every name with its subject
    read back 52,000 subject IRIs on the merged graph)."""
    for (term,) in tsv(store, f"SELECT DISTINCT ?name WHERE {{ ?thing <{prop.value}> ?name }}"):
        if term[0] in "<_":  # an IRI or a blank node, not a name
            continue
        value, datatype, language = literal_parts(term)
        if fold(value) != wanted:
            continue
        literal = ox.Literal(value, language=language) if language else ox.Literal(value, datatype=_N(datatype))
        for quad in store.quads_for_pattern(None, prop, literal):
            if isinstance(quad.subject, ox.NamedNode):
                yield quad.subject.value, value


def _is_entity(store: ox.Store, iri: str) -> bool:
    """An entity of the view model: typed and in the entity namespace, or the end of a claim."""
    node = _N(iri)
    if iri.startswith(str(ENT)) and any(True for _ in store.quads_for_pattern(node, _TYPE, None)):
        return True
    return any(True for prop in (_SUBJECT, _OBJECT) for _ in store.quads_for_pattern(None, prop, node))


def _is_typed(store: ox.Store, iri: str) -> bool:
    """A typed node that is no claim, evidence or source document (an imported node no claim reaches)."""
    types = {q.object for q in store.quads_for_pattern(_N(iri), _TYPE, None)}
    return bool(types) and not types & _NOT_ENTITIES


@dataclass
class Selection:
    """What a focus view keeps: entities (with their distance from the nearest focus) and the claims among them."""

    focus: list[str]
    entities: list[str]
    edges: list[Edge]
    note: str = ""


def neighbourhood(store: ox.Store, focus: list[str], depth: int) -> tuple[dict[str, int], list[Edge]]:
    """Entities within `depth` claims of any focus entity, with their distance, and the claims between them."""
    if depth < 0:
        raise DrugkgError(f"--depth must be 0 or more (got {depth})", fix="pass a whole number such as 2")
    distance = dict.fromkeys(focus, 0)
    frontier = sorted(focus)
    touching: dict[str, Edge] = {}
    for step in range(1, depth + 1):
        found: set[str] = set()
        for edge in edges_touching(store, frontier):
            touching[edge.claim] = edge
            found |= {end for end in (edge.subject, edge.object) if end not in distance}
        for end in found:
            distance[end] = step
        frontier = sorted(found)
    for edge in edges_touching(store, frontier):  # the claims among the outermost ring
        touching[edge.claim] = edge
    edges = [e for _k, e in sorted(touching.items()) if e.subject in distance and e.object in distance]
    return distance, edges


def select(store: ox.Store, focus: list[str], depth: int, max_nodes: int) -> Selection:
    """The entities and claims of the focus view, cut to `max_nodes` the way `viz_select.cut` cuts it."""
    if max_nodes < 1:
        raise DrugkgError(f"--max-nodes must be at least 1 (got {max_nodes})", fix="pass a positive number")
    distance, edges = neighbourhood(store, focus, depth)
    if len(distance) <= max_nodes:
        return Selection(focus, sorted(distance), edges)
    degree: dict[str, int] = dict.fromkeys(distance, 0)
    for edge in edges:
        degree[edge.subject] += 1
        degree[edge.object] += 1  # a claim from a thing to itself counts twice, as networkx counts a loop
    labels = {n: label(store, n) for n in distance}
    ranked = sorted(distance, key=lambda n: (distance[n], -degree[n], labels[n], n))
    kept, dropped = set(ranked[:max_nodes]), ranked[max_nodes:]
    claims = [e for e in edges if e.subject in kept and e.object in kept]
    shown = ", ".join(labels[n] for n in dropped[:10]) + (", ..." if len(dropped) > 10 else "")
    first = min(focus)
    note = (
        f"Showing {len(kept)} of {len(distance)} entities and {len(claims)} of {len(edges)} claims "
        f"(readable size: {max_nodes} entities). Left out {len(dropped)} entities farthest from "
        f"{labels[first]} and the {len(edges) - len(claims)} claims that touch them: {shown}. "
        "Use --focus, --depth or --max-nodes to see them."
    )
    return Selection(focus, sorted(kept), claims, note)


class Rows:
    """The triples of a page's nodes as taken out of the store, looked up the way `read_model` looks a graph up
    (value, objects, predicate_objects, subjects), without building an rdflib graph: rdflib terms are made only
    for the values asked for, and each IRI once. It holds what `subgraph` holds, in the same order, so the model
    read from it is the model read from that graph (tests/test_viz_store.py)."""

    def __init__(self) -> None:
        self._spo: dict[str, dict[str, dict[ox.Term, None]]] = {}  # subject -> predicate -> objects, in order
        self._iris: dict[str, URIRef] = {}
        self._terms: dict[ox.Term, Identifier] = {}  # each value made once (a page repeats many)

    def add(self, subject: str, predicate: str, obj: ox.Term) -> None:
        self._spo.setdefault(subject, {}).setdefault(predicate, {})[obj] = None

    def objects_of(self, subject: str) -> dict[str, dict[ox.Term, None]]:
        """The values of `subject` by predicate, to add to."""
        return self._spo.setdefault(subject, {})

    def __len__(self) -> int:
        return sum(len(objs) for preds in self._spo.values() for objs in preds.values())

    def _iri(self, iri: str) -> URIRef:
        node = self._iris.get(iri)
        if node is None:
            node = self._iris[iri] = URIRef(iri)
        return node

    def _term(self, term: ox.Term) -> Identifier:
        if isinstance(term, ox.NamedNode):
            return self._iri(term.value)
        made = self._terms.get(term)
        if made is None:
            made = self._terms[term] = to_rdflib(term)
        return made

    def _objects(self, subject: object, predicate: object) -> dict[ox.Term, None]:
        if not isinstance(subject, URIRef):  # only IRIs are described (as in the store's subgraph)
            return {}
        return self._spo.get(str(subject), {}).get(str(predicate), {})

    def objects(self, subject: object, predicate: object) -> Iterator[Identifier]:
        return (self._term(o) for o in self._objects(subject, predicate))

    def value(self, subject: object, predicate: object) -> Identifier | None:
        """The first value, as `rdflib.Graph.value` gives it (the first one added)."""
        for o in self._objects(subject, predicate):
            return self._term(o)
        return None

    def predicate_objects(self, subject: object) -> Iterator[tuple[URIRef, Identifier]]:
        preds = self._spo.get(str(subject), {}) if isinstance(subject, URIRef) else {}
        return ((self._iri(p), self._term(o)) for p, objs in preds.items() for o in objs)

    def subjects(self, predicate: object, obj: object = None) -> Iterator[URIRef]:
        """The subjects with `predicate` (and `obj`, an IRI, when given), once per matching triple."""
        key, wanted = str(predicate), str(obj) if isinstance(obj, URIRef) else None
        for subject, preds in self._spo.items():
            for o in preds.get(key, ()):
                if obj is None or (isinstance(o, ox.NamedNode) and o.value == wanted):
                    yield self._iri(subject)

    def graph(self) -> Graph:
        """The same triples as an rdflib graph."""
        graph = Graph()
        for subject, preds in self._spo.items():
            for p, objs in preds.items():
                for o in objs:
                    graph.add((self._iri(subject), self._iri(p), self._term(o)))
        return graph


def _describe(store: ox.Store, node: str, rows: Rows) -> list[tuple[str, ox.Term]]:
    """Copy every triple about `node` into `rows`; return its predicates and values."""
    pairs = [(quad.predicate.value, quad.object) for quad in store.quads_for_pattern(_N(node), None, None)]
    objects = rows.objects_of(node)
    for predicate, value in pairs:
        objects.setdefault(predicate, {})[value] = None
    return pairs


def rows(store: ox.Store, entities: Iterable[str], claims: Iterable[str]) -> Rows:
    """What a page is drawn from: the entities' own triples, the claims' triples, their evidence and the
    evidence's source documents; and the labels of the things a claim's qualifier names."""
    found = Rows()
    entities = set(entities)
    for entity in sorted(entities):
        _describe(store, entity, found)
    documents: set[str] = set()
    named: set[str] = set()  # things a qualifier names (an interaction's outcome): their labels only
    entity_ns, evidence_p, source_p = str(ENT), _EVIDENCE.value, _SOURCE.value
    for claim in sorted(set(claims)):
        for predicate, value in _describe(store, claim, found):
            if isinstance(value, ox.NamedNode):
                if value.value.startswith(entity_ns):
                    named.add(value.value)
                if predicate == evidence_p:
                    for p, v in _describe(store, value.value, found):
                        if p == source_p and isinstance(v, ox.NamedNode):
                            documents.add(v.value)
    for document in sorted(documents):
        _describe(store, document, found)
    for thing in sorted(named - set(entities)):
        for prop in _LABELS:
            for value in _objects(store, _N(thing), prop):
                found.add(thing, prop.value, value)
    return found


def subgraph(store: ox.Store, entities: Iterable[str], claims: Iterable[str]) -> Graph:
    """`rows` as a small rdflib graph."""
    return rows(store, entities, claims).graph()


def focus_graph(store: ox.Store, names: list[str], depth: int, max_nodes: int) -> tuple[Rows, Selection]:
    """The rows of the focus view around the entities `names` call (`read_model` reads them as a graph), and
    what was selected."""
    chosen = focus_selection(store, names, depth, max_nodes)
    return rows(store, chosen.entities, [e.claim for e in chosen.edges]), chosen


def focus_selection(store: ox.Store, names: list[str], depth: int, max_nodes: int) -> Selection:
    """What the focus view around the entities `names` call keeps (a name several entities carry: all of them,
    with a note)."""
    focus: list[str] = []
    notes = []
    for name in names:
        found = resolve(store, name, any_typed=True)
        if len(found) > 1:
            listed = ", ".join(f"{label(store, e)} ({local_name(e)})" for e in found)
            notes.append(f"'{name}' names {len(found)} entities: {listed}; drawn around all of them.")
        focus += [e for e in found if e not in focus]
    chosen = select(store, focus, depth, max_nodes)
    chosen.note = " ".join(filter(None, [*notes, chosen.note]))
    return chosen


def explain_graph(store: ox.Store, drug: str, condition: str) -> tuple[Graph, list[str], list[str]]:
    """The subgraph `explain` needs: the drugs' mechanism steps, the isA claims that lead up to the
    conditions, and the claims between a drug and a condition; with the drugs and conditions `drug` and
    `condition` name (every entity of the best rank)."""
    drugs, conditions = resolve(store, drug, any_typed=True), resolve(store, condition, any_typed=True)
    claims: set[str] = set()
    entities = set(drugs) | set(conditions)
    for d in drugs:
        for quad in store.quads_for_pattern(None, _MECHANISM_OF, _N(d)):
            edge = _edge(store, quad.subject) if isinstance(quad.subject, ox.NamedNode) else None
            if edge is not None:
                claims.add(edge.claim)
                entities |= {edge.subject, edge.object}
    for edge in edges_touching(store, drugs):
        if edge.subject in conditions or edge.object in conditions:
            claims.add(edge.claim)
    seen, frontier = set(conditions), sorted(conditions)
    while frontier:  # the kinds of each condition, transitively
        found = []
        for parent in frontier:
            for quad in store.quads_for_pattern(None, _OBJECT, _N(parent)):
                claim = quad.subject
                if isinstance(claim, ox.NamedNode) and _one_iri(store, claim, _PREDICATE) == _IS_A.value:
                    edge = _edge(store, claim)
                    if edge is not None:
                        claims.add(edge.claim)
                        entities.add(edge.subject)
                        if edge.subject not in seen:
                            seen.add(edge.subject)
                            found.append(edge.subject)
        frontier = sorted(found)
    return subgraph(store, entities, claims), drugs, conditions
