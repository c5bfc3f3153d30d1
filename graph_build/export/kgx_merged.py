"""The nodes and predicates a merged graph (`drugkg merge`, graph_build/link/imports.py) brings in, as KGX
writes them.

A merged graph holds, beside the project's entities, the nodes DrugMechDB's paths join (typed with Biolink
classes, `biolink:Protein`) and DrugMechDB's links as dkg:Claim nodes whose predicate is a Biolink predicate
or, where Biolink has none, a term of the project's DrugMechDB namespace (`.../drugmechdb/predicate/
positively_regulates`). Here:

- an imported node is a KGX node: id its CURIE by the project's prefix map (a Bioregistry resolver IRI
  `https://bioregistry.io/<prefix>:<id>` is the CURIE `<prefix>:<id>`, its prefix declared as that resolver),
  category its `rdf:type`s in the Biolink namespace that the pinned model has, else `biolink:NamedThing`;
  a node that exactly one project entity names with skos:exactMatch is that entity's node (the link is what
  joins the two graphs);
- an imported claim's predicate is the Biolink predicate of the same local name when the pinned model has
  one, else `biolink:related_to` (never a made-up Biolink term); the edge keeps the imported predicate in
  `original_predicate`.

Hetionet's plain triples (its own `https://w3id.org/drugkg/hetionet/` types and edge types, no claims) are
not written: docs/integration.md says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from graph_build.export.biolink import biolink_model
from ontology import prefix_map
from ontology.lexicon import converter
from ontology.vocab import BIOLINK, DKG

BIOREGISTRY = "https://bioregistry.io/"
#: The category of an imported node with no Biolink class, and the predicate of an imported claim whose
#: predicate Biolink does not have (the original stays in `original_predicate`).
FALLBACK_CATEGORY, FALLBACK_PREDICATE = "biolink:NamedThing", "biolink:related_to"


def imported_curie(iri: URIRef) -> str:
    """The CURIE of an imported node: by the project's prefix map, else of a Bioregistry resolver IRI.

    >>> imported_curie(URIRef("https://bioregistry.io/InterPro:IPR006028"))
    'InterPro:IPR006028'
    >>> imported_curie(URIRef("http://purl.obolibrary.org/obo/CHEBI_3756"))
    'CHEBI:3756'
    """
    text = str(iri)
    found = converter().compress(text)
    if found:
        return found
    local = text.removeprefix(BIOREGISTRY)
    if local != text and re.fullmatch(r"[A-Za-z][\w.]*:\S+", local):
        return local
    return text


def imported_prefixes(curies: Iterable[str]) -> dict[str, str]:
    """Prefixes of Bioregistry CURIEs the project's prefix map lacks, each expanded by the resolver.

    >>> imported_prefixes(["InterPro:IPR006028", "CHEBI:3756"])
    {'InterPro': 'https://bioregistry.io/InterPro:'}
    """
    known = prefix_map()
    prefixes = {c.split(":", 1)[0] for c in curies if ":" in c and not c.startswith(("http:", "https:"))}
    return {p: f"{BIOREGISTRY}{p}:" for p in sorted(prefixes - known.keys())}


def imported_categories(graph: Graph, node: URIRef) -> list[str]:
    """The Biolink categories of an imported node: its rdf:types in the Biolink namespace, else NamedThing."""
    classes = biolink_model().classes
    names = ("biolink:" + str(t).removeprefix(str(BIOLINK)) for t in graph.objects(node, RDF.type))
    found = sorted(c for c in names if c in classes)
    return found or [FALLBACK_CATEGORY]


def imported_predicate(predicate: URIRef) -> str:
    """The Biolink predicate of an imported claim's predicate: the one of the same local name, else related_to.

    >>> imported_predicate(URIRef("https://w3id.org/biolink/vocab/causes"))
    'biolink:causes'
    >>> imported_predicate(URIRef("https://w3id.org/drugkg/drugmechdb/predicate/increases_activity_of"))
    'biolink:related_to'
    """
    name = unquote(re.split("[/#]", str(predicate))[-1])
    candidate = f"biolink:{name}"
    return candidate if biolink_model().is_predicate(candidate) else FALLBACK_PREDICATE


def imported_ids(graph: Graph, ids: dict[URIRef, str]) -> dict[URIRef, str]:
    """KGX id of every imported node (Biolink-typed, or the end of a claim that is no project entity).

    A node exactly one project entity names with skos:exactMatch takes that entity's id (one node).
    """
    nodes = {s for s, o in graph.subject_objects(RDF.type) if str(o).startswith(str(BIOLINK))}
    for prop in (DKG.subject, DKG.object):
        nodes |= set(graph.objects(None, prop))
    nodes = {n for n in nodes if isinstance(n, URIRef) and n not in ids}
    if not nodes:
        return {}
    owners: dict[URIRef, set[URIRef]] = {}
    for entity, match in graph.subject_objects(SKOS.exactMatch):
        if entity in ids and match in nodes:
            owners.setdefault(match, set()).add(entity)  # type: ignore[arg-type]
    found = {}
    for node in sorted(nodes):
        entities = owners.get(node, set())
        found[node] = ids[next(iter(entities))] if len(entities) == 1 else imported_curie(node)
    return found
