"""The graph's own vocabulary for the query page's autocompletion and labels: served at /terms as JSON.

Classes and predicates come from the ontology (label and definition) joined with the graph's VoID-style
partitions (how many instances or triples each has); entities with their preferred label, other names
and class; and a label for every claim and document, so that result tables can show labels beside
compact IRIs. Computed once per published build (the server passes the build's key) with pyoxigraph.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from queries.engine import load_store
from queries.formats import PREFIXES, compact

_CACHE: dict[object, bytes] = {}
_LOCK = threading.Lock()
HEAD = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
CLASSES = HEAD + "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c"
PREDICATES = HEAD + "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"
DECLARED = (
    HEAD
    + """SELECT ?t ?kind ?label ?definition WHERE {
  VALUES (?type ?kind) { (owl:Class "class") (owl:ObjectProperty "property") (owl:DatatypeProperty "property") }
  ?t a ?type . OPTIONAL { ?t rdfs:label ?label } OPTIONAL { ?t skos:definition ?definition }
}"""
)
ENTITIES = (
    HEAD
    + """SELECT ?e ?class ?label (GROUP_CONCAT(DISTINCT STR(?other); SEPARATOR="\\u001f") AS ?names) WHERE {
  ?e a ?class . ?e skos:prefLabel|rdfs:label ?label .
  OPTIONAL { ?e skos:altLabel ?other }
  FILTER(STRSTARTS(STR(?e), "https://w3id.org/drugkg/entity/"))
} GROUP BY ?e ?class ?label"""
)
LABELS = (
    HEAD
    + """SELECT ?x ?label WHERE {
  { ?x a <https://w3id.org/drugkg/ontology#Claim> ; rdfs:label ?label }
  UNION { ?x a <https://w3id.org/drugkg/ontology#SourceDocument> ; dcterms:title ?label }
}"""
)


def terms_json(paths: Iterable[Path], key: object = None) -> bytes:
    """The vocabulary of the graph files `paths` as JSON bytes (cached by `key`, e.g. the build's identity)."""
    with _LOCK:
        if key is not None and key in _CACHE:
            return _CACHE[key]
    data = (json.dumps(terms(paths), ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    with _LOCK:
        if key is not None:
            _CACHE.clear()  # one build at a time: the previous one is not asked for again
            _CACHE[key] = data
    return data


def terms(paths: Iterable[Path]) -> dict:
    """Classes, predicates, entities and labels of a graph, with the ontology's labels and definitions."""
    from ontology import ONTOLOGY_TTL

    store = load_store(paths)
    ontology = load_store([ONTOLOGY_TTL])
    declared: dict[str, dict] = {}
    for row in ontology.query(DECLARED):
        iri = row["t"].value
        declared[iri] = {
            "kind": row["kind"].value,
            "label": _text(row["label"]),
            "definition": _text(row["definition"]),
        }
    counts = {"class": _counts(store, CLASSES, "c"), "property": _counts(store, PREDICATES, "p")}
    out: dict[str, object] = {}
    for kind, name in (("class", "classes"), ("property", "properties")):
        iris = set(counts[kind]) | {iri for iri, d in declared.items() if d["kind"] == kind}
        out[name] = sorted(
            (
                {
                    "iri": iri,
                    "id": compact(ox.NamedNode(iri)),
                    "label": declared.get(iri, {}).get("label", ""),
                    "definition": declared.get(iri, {}).get("definition", ""),
                    "count": counts[kind].get(iri, 0),
                }
                for iri in iris
            ),
            key=lambda t: (-t["count"], t["id"]),
        )
    entities: dict[str, dict] = {}
    for row in store.query(ENTITIES):
        iri = row["e"].value
        entry = entities.setdefault(
            iri, {"iri": iri, "id": compact(row["e"]), "label": row["label"].value, "names": [], "classes": []}
        )
        entry["classes"] = sorted({*entry["classes"], compact(row["class"])})
        names = [n for n in (row["names"].value.split("\x1f") if row["names"] else []) if n]
        entry["names"] = sorted({*entry["names"], *names} - {entry["label"]})
    out["entities"] = sorted(entities.values(), key=lambda e: e["id"])
    labels = {e["iri"]: e["label"] for e in entities.values()}
    labels.update({row["x"].value: row["label"].value for row in store.query(LABELS)})
    labels.update({t["iri"]: t["label"] for t in out["classes"] + out["properties"] if t["label"]})
    out["labels"] = dict(sorted(labels.items()))
    from queries.suggest import subclasses

    out["subclasses"] = {
        t["id"]: sorted(compact(ox.NamedNode(c)) for c in subclasses(t["id"][4:]))
        for t in out["classes"]
        if t["id"].startswith("dkg:")
    }
    from queries.prefixes import known_prefixes

    out["prefixes"] = {**known_prefixes(), **PREFIXES}
    return out


def _counts(store: ox.Store, query: str, variable: str) -> dict[str, int]:
    return {
        row[variable].value: int(row["n"].value)
        for row in store.query(query)
        if isinstance(row[variable], ox.NamedNode)
    }


def _text(term: ox.Literal | None) -> str:
    return term.value if term is not None else ""
