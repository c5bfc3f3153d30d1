"""KGX: the graph as Biolink nodes and edges, the form Biolink tools (kgx, KG-Hub, Translator) load.

One node per entity and one edge per claim, whose `id` is the claim's CURIE. (kgx's in-memory graph keys
edges by subject, predicate and object and would merge claims that share them: run `kgx transform --stream`,
which keeps every edge as written; docs/integration.md.) Everything a claim means is in Biolink slots where
Biolink 4.4.6 has one (`ontology/biolink_slots.yaml`; table in docs/integration.md): `negated`,
`knowledge_level` and `has_confidence_level` for hedges (a hedged "treats" is also written with a weaker
predicate), qualifiers for direction and mechanism, context qualifiers; what Biolink has no slot for stays in
a project column.

A node's id is its established identifier when it has one (an exact match, the prefix Biolink prefers for its
category first); otherwise the project's CURIE `ent:<slug>`. Every prefix is declared in `metadata.json`.

Two serialisations of the same tables: TSV as kgx reads and writes it (booleans `True` or an empty cell, lists
joined by `|`, so a `|` inside a value is written `¦` and tabs or line breaks as spaces), and JSON Lines, where
every value is exact. The GraphML and Neo4j exports read the same tables (docs/decisions/0301-kgx-tables.md).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS, XSD

from base.errors import DrugkgError
from graph_build.export.biolink import (
    biolink_model,
    biolink_problems,
    category_of,
    fitting_predicate,
    predicate_of,
    slot_of,
)
from graph_build.export.kgx_merged import (
    FALLBACK_PREDICATE,
    imported_categories,
    imported_ids,
    imported_predicate,
    imported_prefixes,
)
from ontology import prefix_map
from ontology.biolink_slots import biolink_slots, explicit_slot, hedged_predicate, predicate_qualifiers
from ontology.lexicon import converter
from ontology.schema import entity_classes, local_name
from ontology.vocab import BIOLINK, DKG

#: The dataset's own IRI and its CURIE (the prefix is declared in metadata.json and in VoID).
DATASET_IRI = "https://w3id.org/drugkg/dataset"
DATASET_PREFIX = ("drugkg", "https://w3id.org/drugkg/")
DATASET_CURIE = "drugkg:dataset"
#: KGX's list delimiter in TSV, and what a delimiter inside a value is written as there.
DELIMITER, DELIMITER_STANDIN = "|", "\u00a6"
#: Characters a kgx TSV row cannot hold inside a value (kgx turns tabs and line breaks into spaces).
TSV_BREAKS = re.compile(r"[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")

#: Characters JSON allows raw in a string but line-splitting readers (Python's str.splitlines) break on.
LINE_BREAKS = re.compile("[\x1c\x1d\x1e\x85\u2028\u2029]")

NODE_COLUMNS = ("id", "category", "name", "description", "synonym", "xref", "iri")
EDGE_COLUMNS = (
    "id", "subject", "predicate", "object", "category", "negated", "knowledge_level", "agent_type",
    "has_confidence_level", "primary_knowledge_source", "publications", "supporting_text", "evidence_count",
    "extraction_confidence_score", "original_predicate", "original_subject", "original_object",
)  # fmt: skip
#: Claim properties written by the fixed columns above, or not written as columns at all.
SLOTS_DONE = {DKG.subject, DKG.predicate, DKG.object, DKG.negated, DKG.knowledgeLevel, DKG.agentType,
              DKG.hasEvidence, DKG.certainty, RDF.type}  # fmt: skip
KINDS = {XSD.boolean: "boolean", XSD.integer: "integer", XSD.positiveInteger: "integer",
         XSD.nonNegativeInteger: "integer", XSD.decimal: "decimal", XSD.double: "decimal"}  # fmt: skip
FIXED_KINDS = {"negated": "boolean", "evidence_count": "integer", "extraction_confidence_score": "decimal"}


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
    #: Imported claims' predicates that Biolink does not have, written as biolink:related_to: number of edges.
    not_in_biolink: dict[str, int] = field(default_factory=dict)


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


def _single_valued(slot: str) -> bool:
    spec = biolink_model().slots.get(f"biolink:{slot}")
    return spec is not None and not spec.get("multivalued")


def _node_rows(graph: Graph, ids: dict[URIRef, str]) -> Table:
    nodes = Table(list(NODE_COLUMNS), multivalued={"category", "synonym", "xref"})
    extra: dict[str, str] = {}
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
                extra[slot] = _kind(values)
        nodes.rows.append(row)
    nodes.columns += sorted(extra)
    nodes.kinds.update(extra)
    return nodes


def _imported_node_rows(graph: Graph, imported: dict[URIRef, str], taken: set[str]) -> list[dict[str, list[str]]]:
    """Rows of the imported nodes that are not a project entity's node (one row per id)."""
    rows: dict[str, dict[str, list[str]]] = {}
    for node in sorted(imported, key=lambda n: (imported[n], str(n))):
        node_id = imported[node]
        if node_id in taken or node_id in rows:
            continue
        labels = sorted({str(v) for v in graph.objects(node, SKOS.prefLabel)}) or sorted(
            {str(v) for v in graph.objects(node, RDFS.label)}
        )
        rows[node_id] = {
            "id": [node_id],
            "category": imported_categories(graph, node),
            "name": labels[:1],
            "description": [],
            "synonym": sorted({str(v) for v in graph.objects(node, RDFS.label)} - set(labels[:1])),
            "xref": [],
            "iri": [str(node)],
        }
    return list(rows.values())


def _claim_row(
    graph: Graph,
    claim: URIRef,
    ids: dict[URIRef, str],
    categories: dict[str, list[str]],
    generalised: dict[str, int],
    not_in_biolink: dict[str, int],
) -> dict:
    subject, obj = graph.value(claim, DKG.subject), graph.value(claim, DKG.object)
    predicate = graph.value(claim, DKG.predicate)
    if subject not in ids or obj not in ids or predicate is None:
        raise DrugkgError(f"claim {curie(claim)} does not join two entities", fix="rebuild the graph")
    certainty = local_name(graph.value(claim, DKG.certainty) or DKG.Asserted)
    evidence = sorted(graph.objects(claim, DKG.hasEvidence))
    imported = not str(predicate).startswith(str(DKG))  # a claim `drugkg merge` imported (DrugMechDB)
    if imported:
        mapped = imported_predicate(predicate)
        if mapped == FALLBACK_PREDICATE and not str(predicate).startswith(str(BIOLINK)):
            not_in_biolink[curie(predicate)] = not_in_biolink.get(curie(predicate), 0) + 1
    else:
        mapped = predicate_of(predicate)
    ends = categories[ids[subject]], categories[ids[obj]]  # of the node each end is written as
    fitting = fitting_predicate(mapped, *ends)
    if fitting != mapped:
        label = f"{curie(predicate)} -> {mapped} -> {fitting}"
        generalised[label] = generalised.get(label, 0) + 1
    negated = graph.value(claim, DKG.negated)
    mined = [c for e in evidence for c in graph.objects(e, DKG.confidence)
             if str(graph.value(e, DKG.agentType)) != "manual_agent"]  # fmt: skip
    row: dict[str, list[str]] = {
        "id": [curie(claim)],
        "subject": [ids[subject]],
        "predicate": [hedged_predicate(fitting, certainty)],
        "object": [ids[obj]],
        "category": ["biolink:Association"],
        "negated": [str(negated is not None and negated.toPython() is True).lower()],
        "knowledge_level": [str(v) for v in graph.objects(claim, DKG.knowledgeLevel)],
        "agent_type": [str(v) for v in graph.objects(claim, DKG.agentType)],
        "has_confidence_level": [f"dkg:{certainty}"],
        "primary_knowledge_source": [DATASET_CURIE],
        "publications": sorted({curie(d) for e in evidence for d in graph.objects(e, DKG.sourceDocument)}),
        "supporting_text": sorted({str(q) for e in evidence for q in graph.objects(e, DKG.quote)}),
        "evidence_count": [str(len(evidence))],
        "extraction_confidence_score": [str(max(Decimal(str(c)) for c in mined))] if mined else [],
        "original_predicate": [curie(predicate)],
        "original_subject": [curie(subject)],
        "original_object": [curie(obj)],
    }
    if imported:  # its source is the collection its evidence documents belong to (DrugMechDB's repository)
        sources = sorted({str(r) for e in evidence for d in graph.objects(e, DKG.sourceDocument)
                          for r in graph.objects(d, DCTERMS.isPartOf)})  # fmt: skip
        row["primary_knowledge_source"] = sources[:1] or [DATASET_CURIE]
        return row
    row.update({slot: [value] for slot, value in predicate_qualifiers(local_name(predicate)).items()})
    return row


def _edge_rows(
    graph: Graph, ids: dict[URIRef, str], categories: dict[str, list[str]]
) -> tuple[Table, dict[str, int], dict[str, int]]:
    edges = Table(list(EDGE_COLUMNS), kinds=dict(FIXED_KINDS), multivalued={"publications", "supporting_text"})
    generalised: dict[str, int] = {}
    not_in_biolink: dict[str, int] = {}
    extra: dict[str, str] = {}
    for claim in sorted(graph.subjects(RDF.type, DKG.Claim)):
        row = _claim_row(graph, claim, ids, categories, generalised, not_in_biolink)
        for column in row:
            if column not in edges.columns and column not in extra:
                extra[column] = "string"
        context: list[str] = []
        for prop in sorted(set(graph.predicates(claim, None)) - SLOTS_DONE):
            if not str(prop).startswith(str(DKG)):
                continue
            values = sorted(graph.objects(claim, prop))
            written = [_value(v, ids) for v in values]
            slot = (
                None
                if local_name(prop) in biolink_slots()["no_slot"]
                else explicit_slot(local_name(prop)) or slot_of(prop)
            )
            if slot and len(values) > 1 and _single_valued(slot):
                context += written  # several values for a one-value slot: all go to `qualifiers`
                slot = None
            column = slot or local_name(prop)
            row[column] = written
            extra[column] = _kind(values)
            if len(values) > 1:
                edges.multivalued.add(column)
        if context:
            row["qualifiers"] = sorted(set(context))
            extra["qualifiers"] = "string"
            edges.multivalued.add("qualifiers")
        edges.rows.append(row)
    edges.columns += sorted(extra)
    edges.kinds.update(extra)
    return edges, dict(sorted(generalised.items())), dict(sorted(not_in_biolink.items()))


def kgx_tables(graph: Graph) -> KgxTables:
    """The graph's entities and claims as KGX node and edge tables (with a merged graph's imported nodes and
    claims: graph_build/export/kgx_merged.py)."""
    ids = node_ids(graph)
    nodes = _node_rows(graph, ids)
    imported = imported_ids(graph, ids)
    if imported:
        nodes.rows += _imported_node_rows(graph, imported, {r["id"][0] for r in nodes.rows})
        nodes.rows.sort(key=lambda r: r["id"][0])
    categories = {r["id"][0]: r["category"] for r in nodes.rows}
    edges, generalised, not_in_biolink = _edge_rows(graph, ids | imported, categories)
    for table in (nodes, edges):
        table.multivalued |= {c for r in table.rows for c, vs in r.items() if len(vs) > 1}
    used = {c.split(":", 1)[0] for t in (nodes, edges) for r in t.rows for vs in r.values() for c in vs}
    prefixes = {p: ns for p, ns in prefix_map().items() if p in used}
    if imported:
        prefixes |= imported_prefixes(r["id"][0] for r in nodes.rows)
    prefixes[DATASET_PREFIX[0]] = DATASET_PREFIX[1]
    return KgxTables(nodes, edges, dict(sorted(prefixes.items())), generalised, not_in_biolink)


def tsv_value(value: str) -> str:
    """A value as a kgx TSV cell can hold it: the list delimiter written as ¦, tabs and line breaks as spaces.

    >>> tsv_value("Drug Class | Benzodiazepine |")
    'Drug Class ¦ Benzodiazepine ¦'
    """
    return TSV_BREAKS.sub(" ", value.replace(DELIMITER, DELIMITER_STANDIN))


def _tsv_cell(table: Table, column: str, values: list[str]) -> str:
    if table.kinds.get(column) == "boolean" and column not in table.multivalued:
        return "True" if values == ["true"] else ""  # as kgx writes booleans (false is an empty cell)
    return DELIMITER.join(tsv_value(v) for v in values)


def _tsv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([_tsv_cell(table, c, row.get(c, [])) for c in table.columns])
    return out.getvalue()


def _json_value(kind: str, value: str) -> object:
    if kind == "boolean":
        return value == "true"
    if kind == "integer":
        return int(value)
    if kind == "decimal":
        return float(value)
    return value


def _jsonl(table: Table) -> str:
    lines = []
    for row in table.rows:
        record: dict[str, object] = {}
        for column in table.columns:
            values = row.get(column, [])
            if not values:
                continue
            kind = table.kinds.get(column, "string")
            typed = [_json_value(kind, v) for v in values]
            record[column] = typed if column in table.multivalued else typed[0]
        line = json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))
        lines.append(LINE_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", line))
    return "".join(line + "\n" for line in lines)


def _metadata(tables: KgxTables, fmt: str) -> str:
    metadata = {
        "name": "drugkg",
        "id": DATASET_IRI,
        "biolink_version": biolink_model().version,
        "format": fmt,
        "curie_map": tables.prefixes,
        "node_count": len(tables.nodes.rows),
        "edge_count": len(tables.edges.rows),
        "edge_identity": "one edge per claim, its `id` the claim's CURIE; kgx transform --stream keeps each as "
        "its own edge (kgx's in-memory graph, without --stream, merges edges with the same subject, predicate "
        "and object)",
        "predicates_generalised": tables.generalised,
        **(
            {
                "predicates_not_in_biolink": {
                    "written_as": FALLBACK_PREDICATE,
                    "kept_in": "original_predicate",
                    "edges": tables.not_in_biolink,
                }
            }
            if tables.not_in_biolink
            else {}
        ),
        "biolink_slot_table": "docs/integration.md; data: ontology/biolink_slots.yaml",
        "project_columns": {str(k): str(v) for k, v in biolink_slots()["no_slot"].items() if k in tables.edges.columns},
    }
    if fmt == "kgx tsv":
        metadata |= {
            "multivalue_delimiter": DELIMITER,
            "boolean_cells": "True, or an empty cell for false (as kgx writes them)",
            "tsv_rewrites": {
                DELIMITER: f"{DELIMITER_STANDIN} (U+00A6) inside a value: {DELIMITER} is the list delimiter",
                "tab, line and paragraph breaks": "a space (kgx cannot hold them in a cell)",
            },
            "exact_values": "the kgx-jsonl export (drugkg export --format kgx-jsonl) keeps every value exactly",
        }
    return json.dumps(metadata, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def checked_tables(graph: Graph) -> KgxTables:
    """The KGX tables, or DrugkgError when they fail the offline Biolink checks."""
    tables = kgx_tables(graph)
    problems = biolink_problems(tables.nodes.rows, tables.edges.rows)
    if problems:
        raise DrugkgError(
            f"the KGX tables fail {len(problems)} Biolink checks (first: {problems[0]})",
            fix="nothing was written; correct the mapping in ontology/drugkg.ttl or ontology/biolink_slots.yaml",
        )
    return tables


def kgx_files(graph: Graph) -> dict[str, str]:
    """KGX TSV: `nodes.tsv`, `edges.tsv` and `metadata.json` (prefixes, Biolink version, conventions)."""
    tables = checked_tables(graph)
    return {"nodes.tsv": _tsv(tables.nodes), "edges.tsv": _tsv(tables.edges),
            "metadata.json": _metadata(tables, "kgx tsv")}  # fmt: skip


def kgx_jsonl_files(graph: Graph) -> dict[str, str]:
    """KGX JSON Lines: `nodes.jsonl`, `edges.jsonl` and `metadata.json`; values exact and natively typed."""
    tables = checked_tables(graph)
    return {"nodes.jsonl": _jsonl(tables.nodes), "edges.jsonl": _jsonl(tables.edges),
            "metadata.json": _metadata(tables, "kgx jsonl")}  # fmt: skip
