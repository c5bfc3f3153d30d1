"""Exports: every RDF format re-reads strictly to the same graph; KGX, GraphML and Neo4j open in their tools."""

from __future__ import annotations

import csv
import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from base.errors import DrugkgError
from drugkg.cli import main
from drugkg.cli_build import EXPORT_FORMATS
from graph_build.export import WRITERS, export_graph, export_text
from graph_build.export.biolink import biolink_model, biolink_problems
from graph_build.export.check import OX_FORMATS, check_export
from graph_build.write import turtle_text
from ontology.vocab import DKG, ENT

RDF_FORMATS = sorted(OX_FORMATS)


def _rows(path, delimiter):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


@pytest.fixture(scope="module")
def exported(graph, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    return {fmt: export_graph(graph, fmt, out / f"drugkg-{fmt}") for fmt in ("kgx", "graphml", "neo4j")}


def test_cli_choices_are_the_registry():
    assert list(WRITERS) == EXPORT_FORMATS


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_exports_are_deterministic_and_checked(graph, fmt):
    assert export_text(graph, fmt) == export_text(graph, fmt)  # export_text raises unless the re-read matches


def test_the_check_rejects_an_export_that_lost_a_triple(graph):
    smaller = Graph()
    for triple in graph:
        smaller.add(triple)
    smaller.remove((ENT.clonazepam, None, None))
    with pytest.raises(DrugkgError, match="differs from the graph"):
        check_export(turtle_text(smaller), "turtle", graph)


def test_the_check_rejects_text_a_strict_parser_refuses(graph):
    with pytest.raises(DrugkgError, match="does not parse strictly"):
        check_export("<http://a b> <http://p> 1 .", "turtle", graph)


def test_kgx_nodes_use_established_identifiers(exported):
    nodes = {r["iri"]: r for r in _rows(exported["kgx"] / "nodes.tsv", "\t")}
    clonazepam = nodes[str(ENT.clonazepam)]
    assert clonazepam["id"] == "CHEBI:3756"  # Biolink lists CHEBI before DRUGBANK and MESH for drugs
    assert clonazepam["category"] == "biolink:Drug"
    assert {"DRUGBANK:DB01068", "MESH:D002998", "ent:clonazepam"} <= set(clonazepam["xref"].split("|"))
    assert "Klonopin" in clonazepam["synonym"].split("|")
    assert nodes[str(ENT.alcohol)]["id"] == "ent:alcohol"  # only close matches: keeps the project's CURIE
    metadata = json.loads((exported["kgx"] / "metadata.json").read_text())
    used = {v.split(":")[0] for r in nodes.values() for v in [r["id"], *r["xref"].split("|")] if v}
    assert used <= set(metadata["curie_map"])


def test_kgx_edges_keep_negation_evidence_and_sources(exported):
    nodes = {r["iri"]: r["id"] for r in _rows(exported["kgx"] / "nodes.tsv", "\t")}
    edges = _rows(exported["kgx"] / "edges.tsv", "\t")
    acute = [e for e in edges if e["subject"] == nodes[str(ENT.clonazepam)]
             and e["object"] == nodes[str(ENT["acute-pain"])] and e["original_predicate"] == "dkg:treats"]  # fmt: skip
    assert [e["negated"] for e in acute] == ["True"]  # as kgx writes a boolean; false is an empty cell
    assert {e["negated"] for e in edges} == {"True", ""}
    assert acute[0]["predicate"] == "biolink:treats"
    assert acute[0]["publications"].startswith("doc:")
    assert "acute" in acute[0]["supporting_text"].lower()
    hedged = [e for e in edges if e["has_confidence_level"] != "dkg:Asserted"]
    assert hedged and {e["knowledge_level"] for e in edges} <= {"knowledge_assertion", "prediction", "observation",
                                                               "not_provided"}  # fmt: skip
    assert all(e["primary_knowledge_source"] and e["agent_type"] for e in edges)


def test_kgx_files_pass_the_offline_biolink_checks(exported, graph):
    split = lambda rows: [{k: v.split("|") if v else [] for k, v in r.items()} for r in rows]  # noqa: E731
    nodes = split(_rows(exported["kgx"] / "nodes.tsv", "\t"))
    edges = split(_rows(exported["kgx"] / "edges.tsv", "\t"))
    assert len(edges) == len(set(graph.subjects(None, DKG.Claim)) | set(graph.subjects(DKG.subject, None)))
    assert biolink_problems(nodes, edges) == []
    model = biolink_model()
    assert all(n["category"][0] in model.classes for n in nodes)


def test_biolink_checks_find_what_is_wrong():
    nodes = [{"id": ["X:1"], "category": ["biolink:Disease"]}, {"id": ["X:2"], "category": ["biolink:Nonsense"]}]
    edges = [
        {"id": ["e1"], "subject": ["X:1"], "predicate": ["biolink:treats"], "object": ["X:1"]},
        {"id": ["e2"], "subject": ["X:1"], "predicate": ["biolink:cures_all"], "object": ["X:1"]},
        {"id": ["e3"], "subject": ["X:1"], "predicate": ["biolink:related_to"], "object": ["X:1"],
         "agent_type": ["robot"]},
    ]  # fmt: skip
    problems = "\n".join(biolink_problems(nodes, edges))
    assert "Nonsense is not in Biolink" in problems
    assert "outside the domain" in problems and "e1" in problems
    assert "cures_all is not a Biolink" in problems
    assert "'robot' is not in AgentTypeEnum" in problems


def test_networkx_reads_the_graphml(exported, graph):
    net = nx.read_graphml(exported["graphml"], force_multigraph=True)
    entities = {r["iri"]: r["id"] for r in _rows(exported["kgx"].with_name("drugkg-kgx") / "nodes.tsv", "\t")}
    assert net.number_of_nodes() == len(entities)
    negated_claims = set(graph.subjects(DKG.negated, Literal(True)))
    candidates = set(graph.subjects(DKG.candidate, Literal(True)))
    assert net.number_of_edges() == len(set(graph.subjects(DKG.subject, None)) - negated_claims - candidates)
    clonazepam = entities[str(ENT.clonazepam)]
    assert net.nodes[clonazepam]["label"] == "clonazepam"
    assert not any(d["negated"] for _, _, d in net.out_edges(clonazepam, data=True))
    assert "acute pain" not in {net.nodes[o]["label"] for _, o in net.out_edges(clonazepam)}  # "not for acute pain"


NEO4J_HEADER = re.compile(r"^(\w*)(:(ID|LABEL|START_ID|END_ID|TYPE|string|boolean|long|double)(\[\])?)?$")


def test_neo4j_csv_follows_the_import_format(exported):
    with open(exported["neo4j"] / "nodes.csv", encoding="utf-8", newline="") as handle:
        node_rows = list(csv.reader(handle))
    with open(exported["neo4j"] / "relationships.csv", encoding="utf-8", newline="") as handle:
        rel_rows = list(csv.reader(handle))
    node_header, rel_header = node_rows[0], rel_rows[0]
    assert node_header[:2] == ["id:ID", ":LABEL"] and rel_header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert all(NEO4J_HEADER.match(h) for h in node_header + rel_header), node_header + rel_header
    ids = {r[0] for r in node_rows[1:]}
    assert len(ids) == len(node_rows) - 1
    assert all(r[0] in ids and r[1] in ids for r in rel_rows[1:])
    for header, rows in ((node_header, node_rows[1:]), (rel_header, rel_rows[1:])):
        for i, h in enumerate(header):
            cells = [r[i] for r in rows if r[i]]
            if h.endswith(":boolean"):
                assert set(cells) <= {"true", "false"}
            elif h.endswith(":long"):
                assert all(int(c) >= 0 for c in cells)
            elif h.endswith(":double"):
                assert all(float(c) >= 0 for c in cells)
    assert "neo4j-admin database import full" in (exported["neo4j"] / "import.txt").read_text()


def test_cli_writes_a_folder_and_replaces_it_whole(tmp_path, graph):
    src = tmp_path / "drugkg.ttl"
    src.write_text(turtle_text(graph), encoding="utf-8")
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(main, ["export", "--format", "kgx", "--graph", str(src)])
        assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "drugkg-kgx").iterdir()) == ["edges.tsv", "metadata.json", "nodes.tsv"]
    # the folder is a link into its published version (base.publish); no staging is left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["drugkg-kgx", "drugkg-kgx.versions", "drugkg.ttl"]
    versions = list((tmp_path / "drugkg-kgx.versions").iterdir())
    assert [v.resolve() for v in versions] == [(tmp_path / "drugkg-kgx").resolve()]
    (tmp_path / "file").write_text("x")
    result = runner.invoke(main, ["export", "--format", "neo4j", "--graph", str(src), "-o", str(tmp_path / "file")])
    assert result.exit_code == 1 and "not a folder" in result.output


def test_an_iri_with_a_space_never_reaches_an_export(graph):
    bad = Graph()
    bad.add((URIRef("https://w3id.org/drugkg/entity/a b"), DKG.quote, Literal("x")))
    with pytest.raises(DrugkgError):
        export_text(bad, "turtle")
    with pytest.raises(DrugkgError):
        export_text(bad, "ntriples")


def test_turtle_export_of_the_build_onto_itself_leaves_the_published_link(tmp_path):
    from base.paths import DEFAULT_CORPUS
    from graph_build.build import build_graph
    from graph_build.export import load_built_graph

    out = tmp_path / "build"
    build_graph(DEFAULT_CORPUS, out, extract=False)
    graph_file = out / "drugkg.ttl"
    before = graph_file.read_bytes()
    export_graph(load_built_graph(graph_file), "turtle", graph_file)
    assert graph_file.is_symlink() and graph_file.read_bytes() == before
