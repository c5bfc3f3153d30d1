"""A focus page's rows taken out of the store as SPARQL TSV text, and the view model read from them directly.

`viz_store.rows` copies each triple out of the store as pyoxigraph objects and `read_model` reads them through
rdflib-shaped lookups (an rdflib term per value); on the 2,000-entity focus view of the merged graph that was
about 3.5 s of the page's 9-10 s. Here the store writes the triples of many nodes at once as TSV (one query per
kind of node, the terms in N-Triples syntax), the rows are plain strings, and `read_page_model` reads the
`Model` from them the way `read_model` reads a graph: the same values, the same first values, the same sort
orders (an rdflib term is made only where rdflib's own ordering or truth value decides, once per distinct
value). The model is the one `read_model` reads from `viz_store.rows` (tests/test_viz_rows.py).

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> store.load(b'<https://w3id.org/drugkg/entity/a> a <https://w3id.org/drugkg/ontology#Drug> ; '
...            b'<http://www.w3.org/2004/02/skos/core#prefLabel> "a \\\\"drug\\\\"" .', format=ox.RdfFormat.TURTLE)
>>> read_page_model(page_rows(store, ["https://w3id.org/drugkg/entity/a"], [])).entities[
...     "https://w3id.org/drugkg/entity/a"].label
'a "drug"'
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, BNode, Literal, URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import Identifier

from ontology.vocab import DKG, ENT
from queries.viz_model import (
    _D,
    _DKG,
    _ENTITY_TEXT,
    _STRUCTURAL,
    Claim,
    Document,
    Entity,
    Evidence,
    Model,
    _curie,
    _int,
    _ontology_label,
    literal_text,
    local_name,
    words,
)

XSD = "http://www.w3.org/2001/XMLSchema#"
_BATCH = 10_000  # nodes per query (a VALUES block of about 800 KB)

#: A node's triples as strings: predicate IRI -> its values as N-Triples terms, in the store's order.
Node = dict[str, dict[str, None]]


class PageRows:
    """The triples of a page's nodes, keyed by subject IRI, in the order `viz_store.rows` adds them."""

    def __init__(self) -> None:
        self.spo: dict[str, Node] = {}

    def node(self, subject: str) -> Node:
        found = self.spo.get(subject)
        if found is None:
            found = self.spo[subject] = {}
        return found

    def __len__(self) -> int:
        return sum(len(values) for node in self.spo.values() for values in node.values())


def tsv(store: ox.Store, query: str, *, union: bool = True) -> Iterator[list[str]]:
    """The rows of a SELECT query as lists of N-Triples terms (the store's TSV answer split, header left out);
    with `union`, over every graph of the store (as `quads_for_pattern` reads), else its default graph."""
    answer = store.query(query, use_default_graph_as_union=union)
    text = answer.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
    lines = text.split("\n")
    return (line.split("\t") for line in lines[1:] if line)


def describe(store: ox.Store, nodes: Iterable[str], where: str = "") -> dict[str, list[tuple[str, str]]]:
    """The (predicate, value) pairs of each of `nodes` (that pass the FILTER text `where`), in the store's
    order, in batches of `_BATCH` nodes. Each node is given with its number and the answer names the number:
    writing the node's IRI on every row read it from the store's string table once per row."""
    found: dict[str, list[tuple[str, str]]] = {}
    todo = list(nodes)
    for start in range(0, len(todo), _BATCH):
        batch = todo[start : start + _BATCH]
        values = " ".join(f"(<{iri}> {i})" for i, iri in enumerate(batch))
        query = f"SELECT ?i ?k ?o WHERE {{ VALUES (?s ?i) {{ {values} }} ?s ?p ?o {where} BIND({_NUMBERED} AS ?k) }}"
        for i, k, o in tsv(store, query):
            found.setdefault(batch[int(i)], []).append((_KNOWN[int(k)] if k[0] != "<" else k[1:-1], o))
    return found


#: The predicates a page's nodes have most, numbered in that order: the answer names a known predicate by its
#: number (a predicate written out is read from the store's string table on every row).
_KNOWN = [
    str(p)
    for p in (
        RDF.type, DKG.subject, DKG.predicate, DKG.object, DKG.negated, DKG.agentType, DKG.hasEvidence,
        DKG.mechanismOf, DKG.stepIndex, DKG.sourceDocument, DKG.method, DKG.certainty, DKG.supportCount,
        RDFS.label, SKOS.prefLabel, DKG.quote, DKG.confidence, DKG.startOffset, DKG.endOffset, DCTERMS.title,
    )
]  # fmt: skip
_NUMBERED = "?p"
for _number, _predicate in reversed(list(enumerate(_KNOWN))):
    _NUMBERED = f"IF(?p = <{_predicate}>, {_number}, {_NUMBERED})"


def _one_of(predicates: Iterable[str]) -> str:
    return f"FILTER(?p IN ({', '.join(f'<{p}>' for p in sorted(predicates))}))"


def _add(rows: PageRows, subject: str, pairs: list[tuple[str, str]]) -> None:
    node = rows.node(subject)
    for predicate, value in pairs:
        values = node.get(predicate)
        if values is None:
            node[predicate] = {value: None}
        else:
            values[value] = None


_LABEL_PROPS = (str(SKOS.prefLabel), str(RDFS.label))
#: What the model reads of an entity besides its literal values in the ontology's namespace: types, names and
#: identifiers (an imported gene or disease also has thousands of links to other things, never read).
_ENTITY_READS = {str(RDF.type), str(SKOS.exactMatch), str(SKOS.closeMatch)} | {str(p) for p in _ENTITY_TEXT}
#: What the model reads of a document (and `term_label` of anything: its labels).
_DOCUMENT_READS = {str(p) for p in (RDF.type, DCTERMS.identifier, DCTERMS.title, RDFS.label, SKOS.prefLabel)} | {
    str(_D.fileName),
    str(_D.sha256),
}


def page_rows(store: ox.Store, entities: Iterable[str], claims: Iterable[str]) -> PageRows:
    """What `viz_store.rows` takes out of the store (the entities' triples, the claims', their evidence's and
    the evidence's documents', and the labels of the things a qualifier names), as strings, less what the model
    never reads of a node that is only an entity, a claim, an evidence or a document: an entity's links to other
    things and its values outside the ontology's namespace, a claim's dkg:knowledgeLevel, an evidence's type
    dkg:Evidence, a document's links (dcterms:references, ...). The model read from them is the same."""
    found = PageRows()
    entities = sorted(set(entities))
    claims = sorted(set(claims))
    entity_ns, evidence_p, source_p = str(ENT), str(DKG.hasEvidence), str(DKG.sourceDocument)
    claim_pairs = describe(store, claims, f"FILTER(?p != <{DKG.knowledgeLevel}>)")
    evidence = sorted({o[1:-1] for pairs in claim_pairs.values() for p, o in pairs if p == evidence_p and o[0] == "<"})
    ev_only = f"FILTER(?p != <{RDF.type}> || ?o != <{DKG.Evidence}>)"
    evidence_pairs = describe(store, [e for e in evidence if not e.startswith(entity_ns)], ev_only)
    evidence_pairs |= describe(store, [e for e in evidence if e.startswith(entity_ns)])  # may be entities too
    documents = sorted(
        {v[1:-1] for pairs in evidence_pairs.values() for p, v in pairs if p == source_p and v[0] == "<"}
    )
    # an entity that is also a claim, an evidence or a document (or typed as a claim) is read whole
    whole = set(claims) | set(evidence) | set(documents) | _typed_claims(store, entities)
    plain = [e for e in entities if e not in whole]
    used = {p[1:-1] for (p,) in tsv(store, _distinct_predicates(plain))} if plain else set()
    described = describe(store, plain, _one_of(_ENTITY_READS | {p for p in used if p.startswith(_DKG)}))
    described |= describe(store, [e for e in entities if e in whole])
    for entity in entities:
        _add(found, entity, described.get(entity, []))
    named: set[str] = set()
    for claim in claims:
        pairs = claim_pairs.get(claim, [])
        _add(found, claim, pairs)
        for predicate, value in pairs:
            if value[0] == "<":
                iri = value[1:-1]
                if iri.startswith(entity_ns):
                    named.add(iri)
                if predicate == evidence_p:
                    _add(found, iri, evidence_pairs.get(iri, []))
    read_whole = set(entities) | set(claims) | set(evidence)
    document_pairs = describe(store, [d for d in documents if d.startswith(entity_ns) or d in read_whole])
    document_pairs |= describe(
        store, [d for d in documents if not (d.startswith(entity_ns) or d in read_whole)], _one_of(_DOCUMENT_READS)
    )
    for document in documents:
        _add(found, document, document_pairs.get(document, []))
    others = sorted(named - set(entities))
    other_pairs = describe(store, others, _one_of(_LABEL_PROPS))
    for thing in others:
        _add(found, thing, other_pairs.get(thing, []))
    return found


def _distinct_predicates(nodes: list[str]) -> str:
    values = " ".join(f"<{iri}>" for iri in nodes)
    return f"SELECT DISTINCT ?p WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o }}"


def _typed_claims(store: ox.Store, nodes: list[str]) -> set[str]:
    """The nodes typed dkg:Claim (one index lookup each: a VALUES join took seconds)."""
    type_p, claim_t = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(_D.Claim))
    return {n for n in nodes if any(True for _ in store.quads_for_pattern(ox.NamedNode(n), type_p, claim_t))}


# --- terms: N-Triples strings read as rdflib reads them ------------------------------------------------------

_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_INTEGER = re.compile(r"[+-]?\d+")


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)) if (m[1] or m[2]) else _ECHAR[m[3]], text)


@cache
def literal_parts(term: str) -> tuple[str, str | None, str | None]:
    """The lexical form, datatype and language of a literal in N-Triples (or SPARQL TSV) syntax.

    >>> literal_parts('"a\\\\tb"@en'), literal_parts('"x"')
    (('a\\tb', None, 'en'), ('x', 'http://www.w3.org/2001/XMLSchema#string', None))
    >>> literal_parts('0.87'), literal_parts('true')[1]
    (('0.87', 'http://www.w3.org/2001/XMLSchema#decimal', None), 'http://www.w3.org/2001/XMLSchema#boolean')
    """
    if term[0] == '"':
        end = term.rindex('"')
        lexical, rest = _unescape(term[1:end]), term[end + 1 :]
        if rest.startswith("^^<"):
            return lexical, rest[3:-1], None
        if rest.startswith("@"):
            return lexical, None, rest[1:]
        return lexical, XSD + "string", None
    if term in ("true", "false"):
        return term, XSD + "boolean", None
    if _INTEGER.fullmatch(term):
        return term, XSD + "integer", None
    return term, XSD + ("double" if "e" in term.lower() else "decimal"), None


@cache
def rdflib_term(term: str) -> Identifier:
    """The rdflib term `base.rdf_terms.to_rdflib` makes of the store's term written as `term`."""
    if term[0] == "<":
        return URIRef(term[1:-1])
    if term.startswith("_:"):
        return BNode(term[2:])
    lexical, datatype, language = literal_parts(term)
    if language:
        return Literal(lexical, lang=language)
    if datatype == XSD + "string":
        return Literal(lexical)
    return Literal(lexical, datatype=URIRef(datatype))


def text(term: str | None) -> str:
    """`str()` of the rdflib term (an IRI, a blank node's id, a literal's lexical form as rdflib holds it)."""
    if term is None:
        return "None"
    if term[0] == "<":
        return term[1:-1]
    if term[0] == '"' and term.endswith('"'):  # a plain string: rdflib keeps it as written
        return literal_parts(term)[0]
    return str(rdflib_term(term))


def truthy(term: str | None) -> bool:
    """The term's truth value in rdflib (`graph.value(...) or ...`): an empty string, false or 0 is false."""
    if term is None:
        return False
    if term[0] == '"' and term.endswith('"'):
        return term != '""'
    return bool(rdflib_term(term))


def _value_text_of(term: str) -> str:
    """`viz_model.literal_text` of the term's rdflib form."""
    if term[0] == '"' and term.endswith('"'):
        return literal_parts(term)[0]
    return literal_text(rdflib_term(term))


def _is_literal(term: str) -> bool:
    return term[0] != "<" and not term.startswith("_:")


def _rdflib_sorted(terms: list[str]) -> list[str]:
    """`terms` in rdflib's order of their terms (IRIs alone sort by their text)."""
    if all(t[0] == "<" for t in terms):
        return sorted(terms, key=lambda t: t[1:-1])
    return [t for _r, t in sorted(((rdflib_term(t), t) for t in terms), key=lambda pair: pair[0])]


def _sorted_pairs(node: Node, predicates: Iterable[str]) -> list[tuple[str, str]]:
    """(predicate, value) pairs sorted as rdflib sorts (URIRef, term) tuples."""
    pairs: list[tuple[str, str]] = []
    for predicate in sorted(predicates):
        values = node[predicate]
        pairs.extend((predicate, v) for v in (values if len(values) == 1 else _rdflib_sorted(values)))
    return pairs


_SUBJECT, _PREDICATE, _OBJECT = str(_D.subject), str(_D.predicate), str(_D.object)
_CERTAINTY, _MECHANISM, _AGENT, _NEGATED = str(_D.certainty), str(_D.mechanismOf), str(_D.agentType), str(_D.negated)
_STEP, _CANDIDATE, _HAS_EVIDENCE = str(_D.stepIndex), str(_D.candidate), str(_D.hasEvidence)
_EVIDENCE_READS = tuple(
    str(p) for p in (_D.quote, _D.sourceDocument, _D.method, _D.confidence, _D.startOffset, _D.endOffset)
)
_STRUCTURAL_IRIS = {str(p) for p in _STRUCTURAL}
_RDFS_LABEL, _PREF_LABEL = str(RDFS.label), str(SKOS.prefLabel)

# --- the model -----------------------------------------------------------------------------------------------


class _Reader:
    """`viz_model.read_model` over `PageRows`: the same lookups, on strings."""

    def __init__(self, rows: PageRows) -> None:
        self.spo = rows.spo
        self._labels: dict[str, str] = {}

    def value(self, subject: str, predicate: str) -> str | None:
        values = self.spo.get(subject, {}).get(predicate)
        return next(iter(values)) if values else None

    def value_or(self, subject: str, first: str, second: str) -> str | None:
        """`graph.value(s, first) or graph.value(s, second)`."""
        one = self.value(subject, first)
        return one if truthy(one) else self.value(subject, second)

    def strings(self, subject: str, predicate: str) -> list[str]:
        return sorted(text(o) for o in self.spo.get(subject, {}).get(predicate, ()) if _is_literal(o))

    def term_label(self, iri: str) -> str:
        """`viz_model.term_label(iri, graph)` (looked up once per IRI)."""
        known = self._labels.get(iri)
        if known is None:
            label = self.value_or(iri, _RDFS_LABEL, _PREF_LABEL)
            if label is not None:
                known = text(label)
            else:
                found = _ontology_label(iri)
                known = found if found is not None else words(local_name(iri))
            self._labels[iri] = known
        return known

    def entity(self, iri: str) -> Entity:
        node = self.spo.get(iri, {})
        label = self.value_or(iri, str(SKOS.prefLabel), str(RDFS.label))
        classes = sorted(local_name(text(t)) for t in node.get(str(RDF.type), ()) if text(t).startswith(_DKG))
        entity = Entity(
            iri=iri,
            label=text(label) if label is not None else local_name(iri),
            cls=classes[0] if classes else "Entity",
            definition=" ".join(self.strings(iri, str(SKOS.definition))),
            synonyms=self.strings(iri, str(SKOS.altLabel)),
            brand_names=self.strings(iri, str(DKG.brandName)),
            abbreviations=self.strings(iri, str(DKG.abbreviation)),
        )
        for kind, prop in (("exact match", SKOS.exactMatch), ("close match", SKOS.closeMatch)):
            for target in sorted(o[1:-1] for o in node.get(str(prop), ()) if o[0] == "<"):
                entity.identifiers.append((kind, _curie(URIRef(target)), target))
        skip = {str(p) for p in _ENTITY_TEXT}
        facts = {p: [v for v in values if _is_literal(v)] for p, values in node.items() if p not in skip}
        facts = {p: values for p, values in facts.items() if values and p.startswith(_DKG)}
        for prop, value in _sorted_pairs(facts, facts):
            entity.facts.append((words(local_name(prop)), _value_text_of(value)))
        return entity

    def claim(self, iri: str, entities: dict[str, Entity]) -> Claim | None:
        node = self.spo.get(iri, {})
        ends = [_first(node, p) for p in (_SUBJECT, _PREDICATE, _OBJECT)]
        if not all(v is not None and v[0] == "<" for v in ends):
            return None
        subject, predicate, obj = (v[1:-1] for v in ends)  # type: ignore[index]
        certainty, mechanism, agent = (_first(node, p) for p in (_CERTAINTY, _MECHANISM, _AGENT))
        claim = Claim(
            iri=iri,
            subject=subject,
            predicate=local_name(predicate),
            object=obj,
            negated=text(_first(node, _NEGATED)).lower() == "true",
            certainty=local_name(text(certainty)) if certainty is not None else "Asserted",
            mechanism_of=text(mechanism) if mechanism is not None else None,
            step=_int(_str_or_none(_first(node, _STEP))),
            agent=text(agent) if truthy(agent) else "",
            candidate=text(_first(node, _CANDIDATE)).lower() == "true",
        )
        for prop, value in _sorted_pairs(node, [p for p in node if p not in _STRUCTURAL_IRIS]):
            if value[0] == "<":
                key = value[1:-1]
                shown = entities[key].label if key in entities else self.term_label(key)
            else:
                shown = _value_text_of(value)
            claim.qualifiers.append((self._term_label(prop), shown))
        evidence = node.get(_HAS_EVIDENCE, ())
        for ev_term in evidence if len(evidence) < 2 else _rdflib_sorted(list(evidence)):
            ev = self.spo.get(ev_term[1:-1], {}) if ev_term[0] == "<" else {}  # only IRIs are described
            quote, document, method, confidence, start, end = (_first(ev, p) for p in _EVIDENCE_READS)
            claim.evidence.append(
                Evidence(
                    quote=text(quote) if truthy(quote) else "",
                    document=text(document) if truthy(document) else "",
                    start=_int(_str_or_none(start)),
                    end=_int(_str_or_none(end)),
                    method=text(method) if truthy(method) else "",
                    confidence=_value_text_of(confidence) if confidence is not None else "",
                    iri=text(ev_term),
                )
            )
        claim.evidence.sort(key=lambda e: (e.document, e.start or 0, e.quote))
        return claim

    @staticmethod
    @cache
    def _term_label(iri: str) -> str:
        found = _ontology_label(iri)
        return found if found is not None else words(local_name(iri))

    def document(self, iri: str) -> Document:
        ident = self.value(iri, str(DCTERMS.identifier))
        title = self.value_or(iri, str(DCTERMS.title), str(RDFS.label))
        file, sha = self.value(iri, str(_D.fileName)), self.value(iri, str(_D.sha256))
        return Document(
            iri,
            text(ident) if truthy(ident) else local_name(iri),
            text(title) if title is not None else local_name(iri),
            text(file) if truthy(file) else "",
            text(sha) if truthy(sha) else "",
        )


def _first(node: Node, predicate: str) -> str | None:
    values = node.get(predicate)
    return next(iter(values)) if values else None


def _str_or_none(term: str | None) -> str | None:
    return text(term) if term is not None else None


def read_page_model(rows: PageRows) -> Model:
    """The view model `read_model` reads from the same triples (entities, claims with evidence, documents)."""
    reader, spo = _Reader(rows), rows.spo
    type_p, doc_t, claim_t = str(RDF.type), f"<{_D.SourceDocument}>", f"<{_D.Claim}>"
    documents = {s: reader.document(s) for s, node in spo.items() if doc_t in node.get(type_p, ())}
    claim_nodes = sorted(s for s, node in spo.items() if claim_t in node.get(type_p, ()))
    entity_ns = str(ENT)
    entity_nodes = {s for s, node in spo.items() if s.startswith(entity_ns) and node.get(type_p)}
    for c in claim_nodes:
        for prop in (str(_D.subject), str(_D.object)):
            value = reader.value(c, prop)
            if value is not None and value[0] == "<":
                entity_nodes.add(value[1:-1])
    entities = {n: reader.entity(n) for n in sorted(entity_nodes)}
    claims = {}
    for c in claim_nodes:
        claim = reader.claim(c, entities)
        if claim is not None:
            claims[claim.iri] = claim
    return Model(entities, claims, documents)


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside (a page makes millions of objects and no cycles worth collecting:
    the collector's passes over them took a third of a 2,000-entity focus view's time). On the way out the
    objects then alive are frozen (`gc.freeze`: left out of later passes, still freed when no longer used), so
    the collector does not pass over them all once when it is switched back on and again when the process
    ends (1.5 s of the focus view's 10 s, at load 6)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
