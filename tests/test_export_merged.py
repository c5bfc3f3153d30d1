"""A merged graph (`drugkg merge`: DrugMechDB paths as claims between nodes with Biolink classes, Hetionet as
plain triples) in the KGX, GraphML and Neo4j exports: imported nodes are nodes with their Biolink category,
imported claims are edges with the Biolink predicate of the same name or biolink:related_to (the imported
predicate kept in `original_predicate`), a node one project entity names with skos:exactMatch is that entity's
node, and Hetionet's plain triples are left out (docs/integration.md). kgx itself reads the result.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from kgx_offline import run_kgx
from rdflib import Graph

from graph_build.export import export_graph

MERGED = """
@prefix dkg: <https://w3id.org/drugkg/ontology#> .
@prefix ent: <https://w3id.org/drugkg/entity/> .
@prefix claim: <https://w3id.org/drugkg/claim/> .
@prefix evidence: <https://w3id.org/drugkg/evidence/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix biolink: <https://w3id.org/biolink/vocab/> .
@prefix hetio: <https://w3id.org/drugkg/hetionet/> .
@prefix mesh: <http://id.nlm.nih.gov/mesh/> .
@prefix uniprot: <http://purl.uniprot.org/uniprot/> .

ent:clonazepam a dkg:Drug ; skos:prefLabel "clonazepam" ; skos:exactMatch mesh:D002998 .
mesh:D002998 a biolink:Drug ; rdfs:label "Clonazepam" .
uniprot:Q92769 a biolink:Protein ; rdfs:label "HDAC2" .
<https://bioregistry.io/GO:0007268> a biolink:BiologicalProcess ; rdfs:label "chemical synaptic transmission" .
<https://bioregistry.io/InterPro:IPR006028> rdfs:label "GABA-A receptor" .

<https://w3id.org/drugkg/drugmechdb/path/DB01068_MESH_D012640_1> a dkg:SourceDocument ;
    dcterms:isPartOf <https://github.com/SuLab/DrugMechDB> .
claim:drugmechdb-1 a dkg:Claim ; dkg:subject mesh:D002998 ;
    dkg:predicate <https://w3id.org/drugkg/drugmechdb/predicate/positively_regulates> ;
    dkg:object uniprot:Q92769 ; dkg:negated false ; dkg:knowledgeLevel "knowledge_assertion" ;
    dkg:agentType "manual_agent" ; dkg:hasEvidence evidence:drugmechdb-1 .
evidence:drugmechdb-1 a dkg:Evidence ;
    dkg:sourceDocument <https://w3id.org/drugkg/drugmechdb/path/DB01068_MESH_D012640_1> .
claim:drugmechdb-2 a dkg:Claim ; dkg:subject uniprot:Q92769 ; dkg:predicate biolink:participates_in ;
    dkg:object <https://bioregistry.io/GO:0007268> ; dkg:negated false ;
    dkg:knowledgeLevel "knowledge_assertion" ; dkg:agentType "manual_agent" .
claim:drugmechdb-3 a dkg:Claim ; dkg:subject mesh:D002998 ; dkg:predicate biolink:interacts_with ;
    dkg:object <https://bioregistry.io/InterPro:IPR006028> ; dkg:negated false ;
    dkg:knowledgeLevel "knowledge_assertion" ; dkg:agentType "manual_agent" .

<http://identifiers.org/hetionet/Compound/DB00001> a hetio:Compound ; rdfs:label "Lepirudin" .
<http://identifiers.org/hetionet/Compound/DB00001> hetio:binds uniprot:Q92769 .
"""

#: The project entity's node: clonazepam, whose exact match is the DrugMechDB node MESH:D002998.
CLONAZEPAM = "MESH:D002998"
NODES = {
    (CLONAZEPAM, "biolink:Drug"),
    ("UniProtKB:Q92769", "biolink:Protein"),
    ("GO:0007268", "biolink:BiologicalProcess"),
    ("InterPro:IPR006028", "biolink:NamedThing"),  # no Biolink class in the source: the documented fallback
}
EDGES = {
    (CLONAZEPAM, "biolink:related_to", "UniProtKB:Q92769"),  # positively_regulates is no Biolink 4.4.6 predicate
    # participates_in's domain in Biolink 4.4.6 is `occurrent`, which a Protein is not: the nearest broader
    # predicate that fits is written, as for the project's claims (metadata.json `predicates_generalised`)
    ("UniProtKB:Q92769", "biolink:related_to_at_instance_level", "GO:0007268"),
    (CLONAZEPAM, "biolink:interacts_with", "InterPro:IPR006028"),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, Path]:
    graph = Graph().parse(data=MERGED, format="turtle")
    out = tmp_path_factory.mktemp("merged")
    return {fmt: export_graph(graph, fmt, out / fmt) for fmt in ("kgx", "kgx-jsonl", "graphml", "neo4j")}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_kgx_jsonl_has_the_imported_nodes_and_claims(exported):
    nodes = _jsonl(exported["kgx-jsonl"] / "nodes.jsonl")
    edges = _jsonl(exported["kgx-jsonl"] / "edges.jsonl")
    assert {(n["id"], c) for n in nodes for c in n["category"]} == NODES
    assert {(e["subject"], e["predicate"], e["object"]) for e in edges} == EDGES
    original = {e["predicate"]: e["original_predicate"] for e in edges}
    assert original["biolink:related_to"] == "https://w3id.org/drugkg/drugmechdb/predicate/positively_regulates"
    sources = {e["id"]: e["primary_knowledge_source"] for e in edges}
    assert sources["claim:drugmechdb-1"] == "https://github.com/SuLab/DrugMechDB"
    clonazepam = next(n for n in nodes if n["id"] == CLONAZEPAM)
    assert clonazepam["iri"] == "https://w3id.org/drugkg/entity/clonazepam"  # one node: the project's entity


def test_kgx_metadata_declares_the_prefixes_and_the_fallback(exported):
    metadata = json.loads((exported["kgx"] / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["curie_map"]["InterPro"] == "https://bioregistry.io/InterPro:"
    fallback = metadata["predicates_not_in_biolink"]
    assert fallback["written_as"] == "biolink:related_to"
    assert set(fallback["edges"]) == {"https://w3id.org/drugkg/drugmechdb/predicate/positively_regulates"}
    assert set(metadata["predicates_generalised"]) == {
        "biolink:participates_in -> biolink:participates_in -> biolink:related_to_at_instance_level"
    }


def test_kgx_tsv_holds_the_same_edges(exported):
    with (exported["kgx"] / "edges.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert {(r["subject"], r["predicate"], r["object"]) for r in rows} == EDGES


def test_graphml_and_neo4j_hold_the_same_graph(exported):
    net = nx.read_graphml(exported["graphml"], force_multigraph=True)
    assert {(n, d["category"]) for n, d in net.nodes(data=True)} == NODES
    assert {(s, d["predicate"], o) for s, o, d in net.edges(data=True)} == EDGES
    with (exported["neo4j"] / "relationships.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert {(r[0], r[2], r[1]) for r in rows[1:]} == {(s, p.removeprefix("biolink:"), o) for s, p, o in EDGES}
    with (exported["neo4j"] / "nodes.csv").open(encoding="utf-8", newline="") as handle:
        labels = {(r[0], r[1]) for r in list(csv.reader(handle))[1:]}
    assert labels == {(n, c.removeprefix("biolink:")) for n, c in NODES}


@pytest.mark.parametrize(("fmt", "suffix"), [("kgx", "tsv"), ("kgx-jsonl", "jsonl")])
def test_kgx_reads_it_back(exported, fmt, suffix, tmp_path):
    folder = exported[fmt]
    out = tmp_path / "back"
    result = run_kgx("transform", "--stream", "--input-format", suffix, "--output-format", "jsonl",
                     "--output", out, folder / f"nodes.{suffix}", folder / f"edges.{suffix}")  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    edges = _jsonl(out.with_name(out.name + "_edges.jsonl"))
    nodes = _jsonl(out.with_name(out.name + "_nodes.jsonl"))
    assert {(e["subject"], e["predicate"], e["object"]) for e in edges} == EDGES
    assert {(n["id"], c) for n in nodes for c in n["category"]} == NODES


def test_the_rdf_formats_export_it_whole(tmp_path: Path):
    graph = Graph().parse(data=MERGED, format="turtle")
    out = export_graph(graph, "ntriples", tmp_path / "merged.nt")
    assert len(Graph().parse(out, format="nt")) == len(graph)
