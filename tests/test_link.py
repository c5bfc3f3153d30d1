"""Linking with DrugMechDB and Hetionet; the clonazepam agreement report; the merged graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from drugkg.cli import main
from graph_build.link import link_entities
from graph_build.link.agree import compare_mechanism
from graph_build.link.imports import drugmechdb_triples, merge_graphs, node_iri
from ontology.vocab import DKG, ENT

pytestmark = pytest.mark.shared_data


def test_clonazepam_links_to_both(graph, shared_data):
    links = link_entities(graph, shared_data)
    assert "MESH:D002998" in links.drugmechdb[ENT.clonazepam]  # DrugMechDB's clonazepam node
    assert links.hetionet[ENT.clonazepam] == ["Compound::DB01068"]  # Hetionet: Clonazepam
    counts = links.counts()
    assert counts["Drug"]["hetionet"] >= 1 and counts["Drug"]["drugmechdb"] >= 1
    assert sum(row["entities"] for row in counts.values()) == len(links.classes)


def test_disease_ontology_cross_references_link_through_doid(shared_data):
    # an entity known only by its MeSH id reaches Hetionet's Disease::DOID:594 (panic disorder) via MESHinDO
    g = Graph()
    g.add((ENT.x, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), DKG.Disease))
    g.add((ENT.x, SKOS.exactMatch, URIRef("http://id.nlm.nih.gov/mesh/D016584")))
    assert link_entities(g, shared_data).hetionet[ENT.x] == ["Disease::DOID:594"]


def test_clonazepam_mechanism_agrees_on_the_gaba_a_receptor(graph, shared_data):
    report = compare_mechanism(graph, ENT.clonazepam, shared_data)
    assert len(report.paths) == 5  # epilepsies, seizures, Lennox-Gastaut, panic disorder
    matched = {node: entity for node, (entity, _) in report.matched.items()}
    assert matched["InterPro:IPR006028"] == ENT["gaba-a-receptor"]  # by name: no shared identifier
    assert report.matched["InterPro:IPR006028"][1] == "name"
    assert matched["GO:0060081"] == ENT.hyperpolarization
    assert all(good == pairs for _, good, pairs in report.orders.values())
    assert "GO:0019228" not in matched  # neuronal action potential: DrugMechDB only


def test_link_command_prints_counts_and_report(built, shared_data, tmp_path):
    report = tmp_path / "agreement.md"
    result = CliRunner().invoke(
        main, ["link", "--graph", str(built.outputs[0]), "--data", str(shared_data), "--report", str(report)]
    )
    assert result.exit_code == 0, result.output
    assert "Drug:" in result.output and "GABA-A receptor" in report.read_text()


def test_missing_data_folder_is_one_error_line(built, tmp_path):
    result = CliRunner().invoke(main, ["link", "--graph", str(built.outputs[0]), "--data", str(tmp_path / "no")])
    assert result.exit_code == 1 and "data folder not found" in result.output


def test_drugmechdb_paths_become_claims_of_their_own_source(shared_data):
    clonazepam = node_iri("MESH:D002998")
    triples = [t for t in drugmechdb_triples(shared_data)]
    claims = {s for s, p, o in triples if p == DKG.mechanismOf and o == clonazepam}
    assert len(claims) == 28  # five paths: 6 + 6 + 6 + 4 + 6 links
    by_claim = {}
    for s, p, o in triples:
        if s in claims:
            by_claim.setdefault(s, {})[p] = o
    receptor = node_iri("InterPro:IPR006028")
    assert any(c[DKG.subject] == clonazepam and c[DKG.object] == receptor for c in by_claim.values())
    assert all(c[DKG.negated] == Literal(False) for c in by_claim.values())


def test_merged_graph_parses_strictly_and_holds_every_source(graph, shared_data, tmp_path):
    result = merge_graphs(graph, shared_data, tmp_path / "merged.nt")
    store = ox.Store()
    store.bulk_load(path=str(result.path), format=ox.RdfFormat.N_TRIPLES)
    assert len(store) == result.triples > 1_000_000
    ask = (
        "ASK { <https://w3id.org/drugkg/entity/clonazepam> <http://www.w3.org/2004/02/skos/core#exactMatch> ?n ."
        " ?n <https://w3id.org/drugkg/hetionet/palliates> ?d ."
        ' ?d <http://www.w3.org/2000/01/rdf-schema#label> "multiple sclerosis" }'
    )
    assert store.query(ask)
