"""`drugkg explain` and `drugkg viz --focus` on a merged graph (project + DrugMechDB + Hetionet): every entity,
the project's or an imported node, is explained or drawn by any of its names (label, CURIE, IRI), and a name
several entities carry lists them and explains each pair.

The fixture is a small merged graph built as `drugkg merge` builds it (graph_build.link.imports.merge_graphs)
from a two-entity project graph and a one-path DrugMechDB / two-node Hetionet data folder in tmp_path. The
project's trigeminal neuralgia is an exact match of MeSH D014277, the DrugMechDB node of that IRI: the name
"trigeminal neuralgia" then names both, and no claim of the project's clonazepam reaches the imported node, which
made `explain` fail with "no entity called 'http://id.nlm.nih.gov/mesh/D014277'".
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph

from base.store import open_graph_store
from drugkg.cli import main
from graph_build.link import doid_mesh, hetionet_nodes, load_drugmechdb
from graph_build.link.imports import merge_graphs
from queries.engine import OxigraphEngine
from queries.library import get_query
from queries.resolve import Ambiguous, to_term
from queries.viz_store import resolve

ENT = "https://w3id.org/drugkg/entity/"
MESH = "http://id.nlm.nih.gov/mesh/"
QUOTE_1 = "Clonazepam acts as a positive allosteric modulator of the GABA-A receptor."
QUOTE_2 = "Calming the GABA-A receptor's nerves eases the shooting pain of trigeminal neuralgia."
PROJECT = f"""
@prefix dkg: <https://w3id.org/drugkg/ontology#> .
@prefix ent: <{ENT}> .
@prefix claim: <https://w3id.org/drugkg/claim/> .
@prefix evidence: <https://w3id.org/drugkg/evidence/> .
@prefix doc: <https://w3id.org/drugkg/doc/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ent:clonazepam a dkg:Drug ; skos:prefLabel "clonazepam" ; dkg:brandName "Klonopin" ;
    skos:exactMatch <{MESH}D002998> .
ent:gaba-a-receptor a dkg:MolecularTarget ; skos:prefLabel "GABA-A receptor" .
ent:trigeminal-neuralgia a dkg:Disease ; skos:prefLabel "trigeminal neuralgia" ;
    skos:exactMatch <{MESH}D014277>, <http://purl.obolibrary.org/obo/MONDO_0008599> .
doc:pain a dkg:SourceDocument ; dcterms:identifier "pain" ; dcterms:title "Clonazepam and pain" .
claim:step1 a dkg:Claim ; dkg:subject ent:clonazepam ; dkg:predicate dkg:positivelyModulates ;
    dkg:object ent:gaba-a-receptor ; dkg:negated false ; dkg:certainty dkg:Asserted ;
    dkg:mechanismOf ent:clonazepam ; dkg:stepIndex "1"^^xsd:positiveInteger ; dkg:agentType "manual_agent" ;
    dkg:hasEvidence evidence:step1 .
evidence:step1 a dkg:Evidence ; dkg:sourceDocument doc:pain ; dkg:quote "{QUOTE_1}" ;
    dkg:startOffset 0 ; dkg:endOffset {len(QUOTE_1)} ; dkg:method "curated" .
claim:step2 a dkg:Claim ; dkg:subject ent:gaba-a-receptor ; dkg:predicate dkg:alleviates ;
    dkg:object ent:trigeminal-neuralgia ; dkg:negated false ; dkg:certainty dkg:Asserted ;
    dkg:mechanismOf ent:clonazepam ; dkg:stepIndex "2"^^xsd:positiveInteger ; dkg:agentType "manual_agent" ;
    dkg:hasEvidence evidence:step2 .
evidence:step2 a dkg:Evidence ; dkg:sourceDocument doc:pain ; dkg:quote "{QUOTE_2}" ;
    dkg:startOffset 100 ; dkg:endOffset {100 + len(QUOTE_2)} ; dkg:method "curated" .
"""


def _path(ident: str, drug: tuple[str, str, str], disease: tuple[str, str], nodes, links) -> dict:
    """A DrugMechDB indication path as drugmechdb_indication_paths.json holds it."""
    (drug_mesh, drug_name, drugbank), (disease_mesh, disease_name) = drug, disease
    graph = {"_id": ident, "disease": disease_name, "disease_mesh": disease_mesh, "drug": drug_name}
    graph |= {"drug_mesh": drug_mesh, "drugbank": drugbank}
    keys = ("source", "key", "target")
    return {
        "directed": True,
        "graph": graph,
        "links": [dict(zip(keys, link, strict=True)) for link in links],
        "multigraph": True,
        "nodes": [
            {"id": drug_mesh, "label": "Drug", "name": drug_name},
            *({"id": i, "label": kind, "name": name} for i, kind, name in nodes),
            {"id": disease_mesh, "label": "Disease", "name": disease_name},
        ],
        "references": [],
    }


# Two of DrugMechDB's paths, shortened to two steps (identifiers and names as DrugMechDB has them): its
# clonazepam path ends at Seizures, and only carbamazepine's path reaches its trigeminal neuralgia node.
PATHS = [
    _path(
        "DB01068_MESH_D012640_1",
        ("MESH:D002998", "clonazepam", "DB:DB01068"),
        ("MESH:D012640", "Seizures"),
        [("InterPro:IPR006028", "GeneFamily", "Gamma-aminobutyric acid A receptor/Glycine receptor alpha")],
        [
            ("MESH:D002998", "increases activity of", "InterPro:IPR006028"),
            ("InterPro:IPR006028", "positively correlated with", "MESH:D012640"),
        ],
    ),
    _path(
        "DB00564_MESH_D014277_1",
        ("MESH:D002220", "carbamazepine", "DB:DB00564"),
        ("MESH:D014277", "Trigeminal neuralgia"),
        [("GO:1904058", "BiologicalProcess", "positive regulation of sensory perception of pain")],
        [
            ("MESH:D002220", "decreases activity of", "GO:1904058"),
            ("GO:1904058", "causes", "MESH:D014277"),
        ],
    ),
]


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    (data / "drugmechdb").mkdir()
    (data / "drugmechdb" / "drugmechdb_indication_paths.json").write_text(json.dumps(PATHS), encoding="utf-8")
    (data / "hetionet").mkdir()
    (data / "hetionet" / "hetionet-v1.0-nodes.tsv").write_text(
        "id\tname\tkind\nCompound::DB01068\tClonazepam\tCompound\nDisease::DOID:8778\tCrohn's disease\tDisease\n",
        encoding="utf-8",
    )
    with gzip.open(data / "hetionet" / "hetionet-v1.0-edges-subset16.sif.gz", "wt", encoding="utf-8") as handle:
        handle.write("source\tmetaedge\ttarget\nCompound::DB01068\tCtD\tDisease::DOID:8778\n")
    (data / "hetionet" / "metaedges.tsv").write_text(
        "metaedge\tabbreviation\tedges\tsource_nodes\ttarget_nodes\tunbiased\n"
        "Compound - treats - Disease\tCtD\t1\t1\t1\t1\n",
        encoding="utf-8",
    )
    (data / "disease-ontology").mkdir()
    (data / "disease-ontology" / "MESHinDO.tsv").write_text("id\tlabel\txrefs\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("merged") / "merged.nt"
    merge_graphs(Graph().parse(data=PROJECT, format="turtle"), data, out)
    for cached in (load_drugmechdb, hetionet_nodes, doid_mesh):
        cached.cache_clear()  # keyed by folder: leave no tmp folder in them
    return out


def explain(merged: Path, drug: str, condition: str) -> str:
    result = CliRunner().invoke(main, ["explain", "--graph", str(merged), drug, condition])
    assert result.exit_code == 0, result.output
    return result.output


def sections(text: str) -> dict[str, str]:
    """Each explanation of the output by its heading ("How X relates to Y (n)", n counting equal headings)."""
    found: dict[str, str] = {}
    heading = None
    for line in text.splitlines():
        if line.startswith("How "):
            heading = line
            number = 1
            while f"{heading} ({number})" in found:
                number += 1
            heading = f"{heading} ({number})"
            found[heading] = ""
        elif heading is not None:
            found[heading] += line + "\n"
    return found


def test_the_merge_gives_the_name_to_the_project_entity_and_the_imported_node(merged: Path):
    store = open_graph_store(merged)
    assert resolve(store, "trigeminal neuralgia") == [MESH + "D014277", ENT + "trigeminal-neuralgia"]
    assert resolve(store, "clonazepam") == [MESH + "D002998", ENT + "clonazepam"]


def test_a_name_of_a_project_entity_and_an_imported_node_explains_each_pair(merged: Path):
    text = explain(merged, "clonazepam", "trigeminal neuralgia")
    assert text.startswith(
        "'clonazepam' names 2 entities: clonazepam (D002998), clonazepam (clonazepam); each is explained below.\n"
    )
    assert (
        "'trigeminal neuralgia' names 2 entities: Trigeminal neuralgia (D014277), trigeminal neuralgia "
        "(trigeminal-neuralgia); each is explained below." in text
    )
    parts = sections(text)
    assert set(parts) == {
        "How clonazepam relates to Trigeminal neuralgia (1)",
        "How clonazepam relates to Trigeminal neuralgia (2)",
        "How clonazepam relates to trigeminal neuralgia (1)",
        "How clonazepam relates to trigeminal neuralgia (2)",
    }
    # the project's path, from its clonazepam to its trigeminal neuralgia, with the article's quotes
    project = parts["How clonazepam relates to trigeminal neuralgia (2)"]
    assert "every step stated by a source" in project
    assert "1. clonazepam positively modulates GABA-A receptor  [curated]" in project
    assert "2. GABA-A receptor alleviates trigeminal neuralgia  [curated]" in project
    assert f"“{QUOTE_1}”" in project and f"“{QUOTE_2}”" in project
    # the other three pairs (DrugMechDB's clonazepam with either, the project's clonazepam with DrugMechDB's
    # trigeminal neuralgia, which no claim of its reaches): no path and no claim, said instead of failing
    for heading in (
        "How clonazepam relates to Trigeminal neuralgia (1)",
        "How clonazepam relates to trigeminal neuralgia (1)",
        "How clonazepam relates to Trigeminal neuralgia (2)",
    ):
        assert "No mechanism path" in parts[heading]
        assert "No claim in the graph links" in parts[heading]


@pytest.mark.parametrize(
    ("drug", "condition"),
    [
        ("ent:clonazepam", "MESH:D014277"),
        ("Klonopin", "http://id.nlm.nih.gov/mesh/D014277"),
        (ENT + "clonazepam", "mesh:D014277"),  # a CURIE's prefix in any case (its local part as written)
    ],
)
def test_an_imported_node_no_claim_of_the_drug_reaches_is_explained_by_its_curie_or_iri(merged, drug, condition):
    text = explain(merged, drug, condition)
    assert list(sections(text)) == ["How clonazepam relates to Trigeminal neuralgia (1)"]
    assert "No mechanism path from clonazepam to Trigeminal neuralgia in the graph." in text


def test_an_imported_drug_and_condition_have_their_drugmechdb_path(merged: Path):
    text = explain(merged, "carbamazepine", "MESH:D014277")
    assert list(sections(text)) == ["How carbamazepine relates to Trigeminal neuralgia (1)"]
    assert "1. carbamazepine decreases_activity_of positive regulation of sensory perception of pain" in text
    assert "2. positive regulation of sensory perception of pain causes Trigeminal neuralgia  [curated]" in text
    assert "DrugMechDB path DB00564_MESH_D014277_1: carbamazepine -> Trigeminal neuralgia" in text
    assert "“”" not in text and "None" not in text  # evidenced by the path alone: no empty quote, no span
    text = explain(merged, "MESH:D002998", "Seizures")
    assert "2. Gamma-aminobutyric acid A receptor/Glycine receptor alpha positively_correlated_with Seizures" in text
    text = explain(merged, "carbamazepine", "trigeminal-neuralgia")  # the slug: only the project's entity
    assert "No mechanism path from carbamazepine to trigeminal neuralgia" in text  # DrugMechDB's ends at its own


def test_a_hetionet_node_no_claim_reaches_is_explained_not_refused(merged: Path):
    text = explain(merged, "DRUGBANK:DB01068", "Crohn's disease")
    assert list(sections(text)) == ["How Clonazepam relates to Crohn's disease (1)"]
    assert "No claim in the graph links Clonazepam and Crohn's disease directly either." in text


def test_an_identifier_no_node_carries_names_the_entities_it_is_an_exact_match_of(merged: Path):
    store = open_graph_store(merged)
    assert resolve(store, "MONDO:0008599") == [ENT + "trigeminal-neuralgia"]
    for name in ("MESH:D014277", "http://id.nlm.nih.gov/mesh/D014277"):
        assert resolve(store, name) == [MESH + "D014277"]  # the node itself, when the graph has it
    result = CliRunner().invoke(main, ["explain", "--graph", str(merged), "clonazepam", "MESH:D000001"])
    assert result.exit_code != 0
    assert "no entity called 'MESH:D000001' in the graph" in result.output


def test_a_claim_is_no_entity_to_explain(merged: Path):
    claim = "https://w3id.org/drugkg/claim/step1"
    result = CliRunner().invoke(main, ["explain", "--graph", str(merged), "clonazepam", claim])
    assert result.exit_code != 0
    assert f"no entity called '{claim}' in the graph" in result.output


def test_viz_draws_an_imported_node_no_kept_claim_reaches(merged: Path, tmp_path: Path):
    out = tmp_path / "page.html"
    args = ["viz", "--graph", str(merged), "--focus", "MESH:D014277", "--depth", "0", "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    data = page.split('<script type="application/json" id="drugkg-data">', 1)[1].split("</script>", 1)[0]
    nodes = {n["id"]: n for n in json.loads(data)["nodes"]}
    assert set(nodes) == {MESH + "D014277"}
    assert "Trigeminal neuralgia" in json.dumps(nodes[MESH + "D014277"])
    assert "<title>Trigeminal neuralgia: neighbourhood, depth 0" in page


def test_viz_draws_a_hetionet_node_no_claim_reaches_by_its_name(merged: Path, tmp_path: Path):
    out = tmp_path / "page.html"
    args = ["viz", "--graph", str(merged), "--focus", "Crohn's disease", "--depth", "2", "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    data = page.split('<script type="application/json" id="drugkg-data">', 1)[1].split("</script>", 1)[0]
    assert {n["id"] for n in json.loads(data)["nodes"]} == {"http://purl.obolibrary.org/obo/DOID_8778"}
    assert "<title>Crohn&#x27;s disease: neighbourhood, depth 2" in page


def test_query_parameters_name_an_imported_node_by_its_curie_as_by_its_iri(merged: Path):
    engine = OxigraphEngine.from_files([merged])
    drug = get_query("uses-of-drug").param("drug")
    condition = get_query("drugs-for-condition").param("condition")
    for value in ("MESH:D014277", "mesh:D014277", "http://id.nlm.nih.gov/mesh/D014277"):
        assert to_term(condition, value, engine) == ox.NamedNode(MESH + "D014277"), value
    assert to_term(condition, "MONDO:0008599", engine) == ox.NamedNode(ENT + "trigeminal-neuralgia")
    hetionet = to_term(drug, "DRUGBANK:DB01068", engine)  # a Hetionet node only: no claim, no exact match
    assert hetionet == ox.NamedNode("http://identifiers.org/drugbank/DB01068")
    with pytest.raises(Ambiguous) as names:
        to_term(condition, "trigeminal neuralgia", engine)
    assert {iri.value for iri, _label, _cls in names.value.candidates} == {
        MESH + "D014277",
        ENT + "trigeminal-neuralgia",
    }
