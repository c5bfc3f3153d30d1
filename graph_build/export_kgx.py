"""KGX TSV: the graph as Biolink nodes and edges, the form Biolink tools (kgx, KG-Hub, Translator) load.

One node per entity and one edge per claim (negated and hedged claims included, with `negated` and the
project's `certainty` column, so nothing is read as a plain fact by accident). A node's id is its
established identifier when it has one (an exact match, the prefix Biolink prefers for its category first);
otherwise the project's CURIE `ent:<slug>`. Prefixes of every CURIE are declared in `metadata.json`.
The same tables feed the GraphML and Neo4j exports (docs/decisions/0301-kgx-tables.md).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import cache

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS, XSD

from base.errors import DrugkgError
from graph_build.export_biolink import (
    biolink_model,
    biolink_problems,
    category_of,
    fitting_predicate,
    predicate_of,
    slot_of,
)
from ontology import prefix_map
from ontology.lexicon import converter
from ontology.schema import entity_classes, local_name
from ontology.vocab import DKG

#: The dataset's own IRI and its CURIE (the prefix is declared in metadata.json and in VoID).
DATASET_IRI = "https://w3id.org/drugkg/dataset"
DATASET_PREFIX = ("drugkg", "https://w3id.org/drugkg/")
DATASET_CURIE = "drugkg:dataset"

NODE_COLUMNS = ("id", "category", "name", "description", "synonym", "xref", "iri")
EDGE_COLUMNS = (
    "id", "subject", "predicate", "object", "category", "negated", "knowledge_level", "agent_type",
    "primary_knowledge_source", "publications", "supporting_text", "original_predicate", "original_subject",
    "original_object",
)  # fmt: skip
#: Claim slots written by the fixed columns above, not as qualifiers.
SLOTS_DONE = {DKG.subject, DKG.predicate, DKG.object, DKG.negated, DKG.knowledgeLevel, DKG.agentType,
              DKG.hasEvidence, RDF.type}  # fmt: skip
KINDS = {XSD.boolean: "boolean", XSD.integer: "integer", XSD.positiveInteger: "integer",
         XSD.nonNegativeInteger: "integer", XSD.decimal: "decimal", XSD.double: "decimal"}  # fmt: skip


@dataclass
class Table:
    """Rows of values (each a list of lexical forms) and the kind of each column."""

    columns: list[str]
    kinds: dict[str, str] = field(default_factory=dict)  # column -> string | boolean | integer | decimal
    multivalued: set[str] = field(default_factory=set)
    rows: list[dict[str, list[str]]] = field(default_factory=list)


@dataclass
class KgxTables:
    nodes: Table
    edges: Table
    prefixes: dict[str, str]
    #: "dkg:p -> mapped biolink predicate -> predicate written": number of edges, where the ontology's
    #: mapping does not fit Biolink's domain and range and a broader predicate was written instead.
    generalised: dict[str, int] = field(default_factory=dict)


def curie(iri: URIRef) -> str:
    """The CURIE of an IRI by the project's prefix map (the IRI itself when no prefix fits).

    >>> curie(URIRef("http://purl.obolibrary.org/obo/CHEBI_3756"))
    'CHEBI:3756'
    """
    return converter().compress(str(iri)) or str(iri)


@cache
def _preferred(category: str) -> tuple[str, ...]:
    return biolink_model().preferred_prefixes(category)


def node_ids(graph: Graph) -> dict[URIRef, str]:
    """KGX id of every entity: an exact-match identifier Biolink prefers for its category, else `ent:<slug>`.

    An identifier that is the exact match of two entities identifies neither (both keep their own CURIE).
    """
    classes = set(entity_classes().values())
    entities = sorted({s for s, o in graph.subject_objects(RDF.type) if o in classes})
    owners: dict[str, set[URIRef]] = {}
    for entity in entities:
        for match in graph.objects(entity, SKOS.exactMatch):
            owners.setdefault(curie(match), set()).add(entity)
    ids = {}
    for entity in entities:
        preferred = _preferred(category_of(_entity_class(graph, entity)))
        candidates = sorted(
            (preferred.index(c.split(":")[0]) if c.split(":")[0] in preferred else len(preferred), c)
            for c in (curie(m) for m in graph.objects(entity, SKOS.exactMatch))
            if ":" in c and not c.startswith("http") and len(owners[c]) == 1
        )
        ids[entity] = candidates[0][1] if candidates else curie(entity)
    return ids


def _entity_class(graph: Graph, entity: URIRef) -> URIRef:
    classes = set(entity_classes().values())
    found = sorted(o for o in graph.objects(entity, RDF.type) if o in classes)
    return found[0]


def _value(node: object, ids: dict[URIRef, str]) -> str:
    if isinstance(node, Literal):
        return str(node)
    if isinstance(node, URIRef) and node in ids:
        return ids[node]
    return curie(node)  # type: ignore[arg-type]


def _kind(values: list[object]) -> str:
    kinds = {KINDS.get(v.datatype, "string") if isinstance(v, Literal) else "string" for v in values}
    return kinds.pop() if len(kinds) == 1 else "string"


def kgx_tables(graph: Graph) -> KgxTables:
    """The graph's entities and claims as KGX node and edge tables."""
    ids = node_ids(graph)
    nodes = Table(list(NODE_COLUMNS), multivalued={"category", "synonym", "xref"})
    extra_node: dict[str, str] = {}
    for entity in sorted(ids, key=lambda e: ids[e]):
        row = {
            "id": [ids[entity]],
            "category": [category_of(_entity_class(graph, entity))],
            "name": [str(graph.value(entity, SKOS.prefLabel) or "")],
            "description": [str(v) for v in sorted(graph.objects(entity, SKOS.definition))],
            "synonym": sorted({str(v) for v in graph.objects(entity, SKOS.altLabel)}),
            "xref": sorted(
                {curie(m) for m in graph.objects(entity, SKOS.exactMatch)} - {ids[entity]}
                | ({curie(entity)} - {ids[entity]})
            ),
            "iri": [str(entity)],
        }
        for prop in sorted(set(graph.predicates(entity, None))):
            slot = slot_of(prop) if str(prop).startswith(str(DKG)) else None
            values = sorted(graph.objects(entity, prop))
            if slot and all(isinstance(v, Literal) for v in values):
                row[slot] = [str(v) for v in values]
                extra_node[slot] = _kind(values)
        nodes.rows.append(row)
    nodes.columns += sorted(extra_node)
    nodes.kinds.update(extra_node)

    edges = Table(list(EDGE_COLUMNS), multivalued={"publications", "supporting_text"})
    edges.kinds["negated"] = "boolean"
    extra_edge: dict[str, str] = {}
    generalised: dict[str, int] = {}
    for claim in sorted(graph.subjects(RDF.type, DKG.Claim)):
        subject, obj = graph.value(claim, DKG.subject), graph.value(claim, DKG.object)
        predicate = graph.value(claim, DKG.predicate)
        if subject not in ids or obj not in ids or predicate is None:
            raise DrugkgError(f"claim {curie(claim)} does not join two entities", fix="rebuild the graph")
        evidence = sorted(graph.objects(claim, DKG.hasEvidence))
        mapped = predicate_of(predicate)
        written = fitting_predicate(mapped, [category_of(_entity_class(graph, subject))],
                                    [category_of(_entity_class(graph, obj))])  # fmt: skip
        if written != mapped:
            generalised[f"{curie(predicate)} -> {mapped} -> {written}"] = (
                generalised.get(f"{curie(predicate)} -> {mapped} -> {written}", 0) + 1
            )
        row = {
            "id": [curie(claim)],
            "subject": [ids[subject]],
            "predicate": [written],
            "object": [ids[obj]],
            "category": ["biolink:Association"],
            "negated": [str(graph.value(claim, DKG.negated) or "false")],
            "knowledge_level": [str(v) for v in graph.objects(claim, DKG.knowledgeLevel)],
            "agent_type": [str(v) for v in graph.objects(claim, DKG.agentType)],
            "primary_knowledge_source": [DATASET_CURIE],
            "publications": sorted({curie(d) for e in evidence for d in graph.objects(e, DKG.sourceDocument)}),
            "supporting_text": [str(graph.value(e, DKG.quote)) for e in evidence],
            "original_predicate": [curie(predicate)],
            "original_subject": [curie(subject)],
            "original_object": [curie(obj)],
        }
        for prop in sorted(set(graph.predicates(claim, None)) - SLOTS_DONE):
            if not str(prop).startswith(str(DKG)):
                continue
            column = slot_of(prop) or local_name(prop)
            values = sorted(graph.objects(claim, prop))
            row[column] = [_value(v, ids) for v in values]
            extra_edge[column] = _kind(values)
            if prop in (DKG.conflictsWith, DKG.afterFailureOf, DKG.combinedWith, DKG.interactionOutcome):
                edges.multivalued.add(column)
        edges.rows.append(row)
    edges.columns += sorted(extra_edge)
    edges.kinds.update(extra_edge)
    used = {c.split(":", 1)[0] for t in (nodes, edges) for r in t.rows for vs in r.values() for c in vs}
    prefixes = {p: ns for p, ns in prefix_map().items() if p in used}
    prefixes[DATASET_PREFIX[0]] = DATASET_PREFIX[1]
    return KgxTables(nodes, edges, dict(sorted(prefixes.items())), dict(sorted(generalised.items())))


def _tsv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow(["|".join(v.replace("\t", " ").replace("\n", " ") for v in row.get(c, []))
                         for c in table.columns])  # fmt: skip
    return out.getvalue()


def kgx_files(graph: Graph) -> dict[str, str]:
    """`nodes.tsv`, `edges.tsv` and `metadata.json` (prefixes and the Biolink version); raises DrugkgError
    when the tables fail the offline Biolink checks."""
    tables = kgx_tables(graph)
    problems = biolink_problems(tables.nodes.rows, tables.edges.rows)
    if problems:
        raise DrugkgError(
            f"the KGX tables fail {len(problems)} Biolink checks (first: {problems[0]})",
            fix="nothing was written; correct the Biolink mapping in ontology/drugkg.ttl",
        )
    metadata = {
        "name": "drugkg",
        "id": DATASET_IRI,
        "biolink_version": biolink_model().version,
        "format": "kgx tsv",
        "multivalue_delimiter": "|",
        "curie_map": tables.prefixes,
        "node_count": len(tables.nodes.rows),
        "edge_count": len(tables.edges.rows),
        "predicates_generalised": tables.generalised,
    }
    return {
        "nodes.tsv": _tsv(tables.nodes),
        "edges.tsv": _tsv(tables.edges),
        "metadata.json": json.dumps(metadata, indent=2, sort_keys=True) + "\n",
    }
