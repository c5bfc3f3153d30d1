"""Suggestions ("did you mean"): the entities whose names are closest to a misspelt parameter value.

Suggestions come from the entities of the class a parameter expects (its header says `entity:Drug`), so that
`-p drug=Klonopine` suggests the drug Klonopin, not the article "Can Klonopin Help With Pain?". The class
tree is read from the ontology (subclasses included). Names are ranked by closeness (difflib's ratio; a
name holding the value, or held by it, counts as close), best first.
"""

from __future__ import annotations

import difflib
from functools import cache

import pyoxigraph as ox

from queries.engine import QueryEngine
from queries.formats import PREFIXES

DKG = PREFIXES["dkg"]
NAMES = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?e ?class ?name WHERE {
  ?e a ?class ; rdfs:label|skos:prefLabel|skos:altLabel|dcterms:title|dcterms:identifier ?name .
}"""
NOT_ENTITIES = {DKG + "Claim", DKG + "Evidence", DKG + "SourceDocument"}


@cache
def subclasses(name: str) -> frozenset[str]:
    """The IRIs of a dkg class and of its subclasses in the ontology.

    >>> sorted(c.rsplit("#", 1)[1] for c in subclasses("DiseaseOrCondition"))
    ['Disease', 'DiseaseOrCondition', 'Symptom']
    """
    from ontology import ONTOLOGY_TTL

    store = _ontology(str(ONTOLOGY_TTL))
    query = "SELECT ?top ?c WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?top }"
    rows = store.query(query, substitutions={ox.Variable("top"): ox.NamedNode(DKG + name)})
    return frozenset({DKG + name} | {row["c"].value for row in rows if isinstance(row["c"], ox.NamedNode)})


@cache
def _ontology(path: str) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=path, format=ox.RdfFormat.TURTLE)
    return store


def closeness(value: str, name: str) -> float:
    """How close a typed value is to a name, 0 to 1 (case ignored; containment counts as close).

    >>> closeness("klonopine", "Klonopin") > 0.9, closeness("trigeminal", "trigeminal neuralgia") >= 0.8
    (True, True)
    >>> closeness("aspirin", "baclofen") < 0.6
    True
    """
    typed, known = " ".join(value.lower().split()), " ".join(name.lower().split())
    ratio = difflib.SequenceMatcher(None, typed, known).ratio()
    if len(typed) >= 3 and (typed in known or known in typed):
        ratio = max(ratio, 0.8)
    return ratio


def suggestions(value: str, engine: QueryEngine, classes: tuple[str, ...] = (), limit: int = 3) -> list[str]:
    """Up to `limit` names of entities of `classes` closest to `value`, as `'Name' (ent:slug)`, best first."""
    wanted = frozenset().union(*(subclasses(c) for c in classes)) if classes else None
    best: dict[str, tuple[float, str]] = {}
    for entity, cls, name in engine.query(NAMES).rows:
        if not isinstance(entity, ox.NamedNode) or cls is None or name is None:
            continue
        if (cls.value not in wanted) if wanted is not None else (cls.value in NOT_ENTITIES):
            continue
        score = closeness(value, name.value)
        if score >= 0.6 and (entity.value not in best or score > best[entity.value][0]):
            best[entity.value] = (score, name.value)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[1][1].lower()))[:limit]
    return [f"{name!r} ({_short(iri)})" for iri, (_, name) in ranked]


def _short(iri: str) -> str:
    for prefix in ("ent", "doc"):
        if iri.startswith(PREFIXES[prefix]):
            return f"{prefix}:{iri[len(PREFIXES[prefix]) :]}"
    return f"<{iri}>"
