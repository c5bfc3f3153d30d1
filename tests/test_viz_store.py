"""Focus views and explanations read from a graph's store (queries/viz_store.py) select what the in-memory view
selects, and a name several entities carry is drawn or explained for all of them instead of failing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from base.store import open_graph_store
from drugkg.cli import main
from queries.viz import choose_view, write_explanation
from queries.viz_model import read_model
from queries.viz_store import explain_graph, focus_graph, resolve, subgraph

ENT = "https://w3id.org/drugkg/entity/"
TWINS = """
@prefix dkg: <https://w3id.org/drugkg/ontology#> .
@prefix ent: <https://w3id.org/drugkg/entity/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
ent:clonazepam a dkg:Drug ; skos:prefLabel "clonazepam" .
<http://id.nlm.nih.gov/mesh/D002998> a dkg:Drug ; skos:prefLabel "Clonazepam" .
ent:panic-disorder a dkg:Disease ; skos:prefLabel "panic disorder" .
ent:seizure a dkg:Disease ; skos:prefLabel "seizure" .
<https://w3id.org/drugkg/claim/a> a dkg:Claim ; dkg:subject ent:clonazepam ; dkg:predicate dkg:treats ;
    dkg:object ent:panic-disorder ; dkg:negated false ; dkg:certainty dkg:Asserted .
<https://w3id.org/drugkg/claim/b> a dkg:Claim ; dkg:subject <http://id.nlm.nih.gov/mesh/D002998> ;
    dkg:predicate dkg:treats ; dkg:object ent:seizure ; dkg:negated false ; dkg:certainty dkg:Asserted .
"""


@pytest.fixture(scope="module")
def graph_file(graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "drugkg.ttl"
    graph.serialize(path, format="turtle")
    return path


@pytest.mark.parametrize(
    ("name", "depth", "max_nodes"),
    [("clonazepam", 2, 300), ("Klonopin", 1, 10), ("baclofen", 2, 40), ("spasticity", 2, 25), ("tremor", 3, 7)],
)
def test_the_store_selects_what_the_whole_model_selects(graph, graph_file: Path, name: str, depth: int, max_nodes):
    whole = choose_view(read_model(graph), graph, focus=name, depth=depth, max_nodes=max_nodes)
    _sub, chosen = focus_graph(open_graph_store(graph_file), [name], depth, max_nodes)
    assert chosen.entities == whole.entities
    assert sorted(e.claim for e in chosen.edges) == whole.claims
    assert chosen.note == whole.note


def test_the_subgraph_holds_each_kept_claim_with_its_evidence(graph, graph_file: Path):
    sub, chosen = focus_graph(open_graph_store(graph_file), ["clonazepam"], 1, 300)
    small, full = read_model(sub), read_model(graph)
    assert set(small.claims) == {e.claim for e in chosen.edges}
    for iri, claim in small.claims.items():
        assert claim == full.claims[iri]  # qualifiers, evidence, agent, candidate: all of it


@pytest.mark.parametrize(
    ("name", "depth", "max_nodes"), [("clonazepam", 2, 300), ("baclofen", 3, 40), ("tremor", 1, 7)]
)
def test_the_model_read_from_the_rows_is_the_one_read_from_the_subgraph(graph_file: Path, name, depth, max_nodes):
    store = open_graph_store(graph_file)
    rows, chosen = focus_graph(store, [name], depth, max_nodes)
    claims = [e.claim for e in chosen.edges]
    fast, slow = read_model(rows), read_model(subgraph(store, chosen.entities, claims))
    assert fast.claims and fast == slow
    for part in ("entities", "claims", "documents"):  # in the same order too: the page lists them so
        assert list(getattr(fast, part)) == list(getattr(slow, part))


def test_kept_entities_read_from_the_store_are_the_whole_graphs(graph, graph_file: Path):
    rows, chosen = focus_graph(open_graph_store(graph_file), ["clonazepam"], 2, 300)
    small, full = read_model(rows), read_model(graph)
    assert set(chosen.entities) <= set(small.entities)
    for iri in chosen.entities:
        assert small.entities[iri] == full.entities[iri]  # names, definition, identifiers, facts


def test_explanations_from_the_store_are_the_whole_graphs(graph, graph_file: Path):
    store = open_graph_store(graph_file)
    for drug, condition in [
        ("clonazepam", "trigeminal neuralgia"),
        ("clonazepam", "tremor"),
        ("baclofen", "spasticity"),
    ]:
        sub, _drugs, _conditions = explain_graph(store, drug, condition)
        assert write_explanation(sub, drug, condition) == write_explanation(graph, drug, condition)


@pytest.fixture()
def twins(tmp_path: Path) -> Path:
    path = tmp_path / "twins.ttl"
    path.write_text(TWINS, encoding="utf-8")
    return path


def test_a_name_two_entities_carry_resolves_to_both(twins: Path):
    assert resolve(open_graph_store(twins), "CLONAZEPAM") == ["http://id.nlm.nih.gov/mesh/D002998", ENT + "clonazepam"]
    assert resolve(open_graph_store(twins), "ent:seizure") == [ENT + "seizure"]


def test_viz_draws_around_every_entity_the_name_names_and_lists_them(twins: Path, tmp_path: Path):
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["viz", "--graph", str(twins), "--focus", "clonazepam", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "'clonazepam' names 2 entities: Clonazepam (D002998), clonazepam (clonazepam)" in result.output
    text = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="drugkg-data">(.*?)</script>', text, re.S)[1])
    assert {n["id"] for n in data["nodes"]} == {
        "http://id.nlm.nih.gov/mesh/D002998",
        ENT + "clonazepam",
        ENT + "panic-disorder",
        ENT + "seizure",
    }


def test_explain_explains_each_entity_the_name_names(twins: Path):
    result = CliRunner().invoke(main, ["explain", "--graph", str(twins), "clonazepam", "seizure"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("'clonazepam' names 2 entities: Clonazepam (D002998), clonazepam (clonazepam)")
    assert result.output.count("How ") == 2
    assert "Clonazepam treats seizure" in result.output
    assert "No claim in the graph links clonazepam and seizure directly either." in result.output


def test_an_unknown_name_is_one_error_line(twins: Path, tmp_path: Path):
    result = CliRunner().invoke(main, ["viz", "--graph", str(twins), "--focus", "nothing", "-o", str(tmp_path / "x")])
    assert result.exit_code != 0
    assert "no entity called 'nothing' in the graph" in result.output
    assert not (tmp_path / "x").exists()
