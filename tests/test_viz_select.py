"""Choosing what to draw: neighbourhoods, CONSTRUCT results, and cuts that say what they left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from base.errors import DrugkgError
from ontology.vocab import ENT
from queries.viz_model import read_model
from queries.viz_select import construct, cut, from_result, neighbourhood, whole

PREFIXES = "PREFIX dkg: <https://w3id.org/drugkg/ontology#>\nPREFIX ent: <https://w3id.org/drugkg/entity/>\n"


@pytest.fixture(scope="module")
def model(graph):
    return read_model(graph)


def _linked_to(graph, entity) -> set[str]:
    rows = graph.query(
        PREFIXES
        + "SELECT ?x WHERE { { ?c dkg:subject ?e ; dkg:object ?x } UNION { ?c dkg:object ?e ; dkg:subject ?x } }",
        initBindings={"e": entity},
    )
    return {str(r[0]) for r in rows}


def test_depth_one_neighbourhood_is_the_entities_one_claim_away(graph, model):
    view = neighbourhood(model, "Klonopin", 1)
    assert set(view.entities) == _linked_to(graph, ENT["clonazepam"]) | {str(ENT["clonazepam"])}
    assert view.focus == str(ENT["clonazepam"])
    assert all({model.claims[c].subject, model.claims[c].object} <= set(view.entities) for c in view.claims)


def test_depth_two_reaches_the_mechanism_two_steps_away(model):
    # clonazepam -> GABA-A receptor -> chloride channel opening (clonazepam-pain-management)
    assert str(ENT["chloride-channel-opening"]) in neighbourhood(model, "clonazepam", 2).entities
    assert str(ENT["chloride-channel-opening"]) not in neighbourhood(model, "clonazepam", 1).entities


def test_a_cut_keeps_the_focus_side_and_says_what_it_left_out(model):
    full = neighbourhood(model, "clonazepam", 2)
    small = cut(model, full, 10)
    assert len(small.entities) == 10
    assert str(ENT["clonazepam"]) in small.entities
    assert all({model.claims[c].subject, model.claims[c].object} <= set(small.entities) for c in small.claims)
    left_out = len(full.entities) - 10
    assert f"Showing 10 of {len(full.entities)} entities" in small.note
    assert f"Left out {left_out} entities farthest from clonazepam" in small.note


def test_no_cut_and_no_note_when_the_view_is_readable(model):
    view = whole(model)
    assert cut(model, view, len(view.entities)).note == ""


def test_construct_result_draws_the_claims_that_state_its_triples(graph, model, tmp_path: Path):
    query = tmp_path / "treats.rq"
    query.write_text(PREFIXES + "CONSTRUCT { ent:clonazepam dkg:treats ?c } WHERE { ent:clonazepam dkg:treats ?c }")
    view = from_result(model, construct(graph, query), "t")
    stated = {
        str(r[0])
        for r in graph.query(
            PREFIXES + "SELECT ?k WHERE { ?k dkg:subject ent:clonazepam ; dkg:predicate dkg:treats ; "
            "dkg:negated false ; dkg:certainty dkg:Asserted }"
        )
    }
    assert set(view.claims) == stated
    assert not view.extra_claims


def test_construct_triple_no_claim_states_is_drawn_as_unsupported(graph, model, tmp_path: Path):
    query = tmp_path / "made-up.rq"
    query.write_text(PREFIXES + "CONSTRUCT { ent:clonazepam dkg:causes ent:cancer } WHERE {}")
    view = from_result(model, construct(graph, query), "t")
    assert [(c.subject, c.predicate, c.object) for c in view.extra_claims.values()] == [
        (str(ENT["clonazepam"]), "causes", str(ENT["cancer"]))
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "not a CONSTRUCT query"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "uses SERVICE"),
        ("CONSTRUCT { ?s ?p ?o WHERE", "not a valid SPARQL query"),
    ],
)
def test_bad_queries_are_one_clear_error(graph, tmp_path: Path, text, message):
    query = tmp_path / "bad.rq"
    query.write_text(text)
    with pytest.raises(DrugkgError, match=message):
        construct(graph, query)
