"""The /explore page of `drugkg serve`: the graph page served beside the SPARQL box, growing on expand."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from ontology.vocab import ENT
from queries.server import ROUTES, Limits, SparqlServer
from queries.viz_select import DEFAULT_MAX_NODES
from queries.viz_serve import DEFAULT_MAX_NODES as SERVED_MAX_NODES
from queries.viz_serve import mount

PREFIXES = "PREFIX dkg: <https://w3id.org/drugkg/ontology#>\n"


@pytest.fixture(scope="module")
def base_url(graph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("served") / "drugkg.ttl"
    graph.serialize(path, format="turtle")
    mount()
    server = SparqlServer([path], "127.0.0.1", 0, Limits(workers=1))
    url = server.start()
    try:
        yield url
    finally:
        server.stop()


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def _data(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="drugkg-data">(.*?)</script>', page, re.S)[1])


def _neighbours(graph, entity) -> set[str]:
    rows = graph.query(
        PREFIXES
        + "SELECT ?x WHERE { { ?c dkg:subject ?e ; dkg:object ?x } UNION { ?c dkg:object ?e ; dkg:subject ?x } }",
        initBindings={"e": entity},
    )
    return {str(r[0]) for r in rows} | {str(entity)}


def test_explore_is_mounted_beside_the_endpoint():
    mount()
    assert "/explore" in ROUTES and "/sparql" in ROUTES
    assert SERVED_MAX_NODES == DEFAULT_MAX_NODES


def test_explore_draws_a_neighbourhood_with_expand_links(graph, base_url: str):
    status, page = _get(base_url + "/explore?focus=Klonopin&depth=1")
    assert status == 200
    data = _data(page)
    assert {n["id"] for n in data["nodes"]} == _neighbours(graph, ENT["clonazepam"])
    assert data["expand"] == {"base": "/explore", "focus": [str(ENT["clonazepam"])], "depth": 1}


def test_expanding_a_second_entity_adds_its_neighbours(graph, base_url: str):
    query = f"/explore?focus={ENT['clonazepam']}&focus=baclofen&depth=1"
    data = _data(_get(base_url + query)[1])
    expected = _neighbours(graph, ENT["clonazepam"]) | _neighbours(graph, ENT["baclofen"])
    assert {n["id"] for n in data["nodes"]} == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [("focus=no-such-thing", "no entity called 'no-such-thing'"), ("focus=clonazepam&depth=x", "depth must be")],
)
def test_bad_parameters_are_one_line_400(base_url: str, query: str, message: str):
    status, body = _get(f"{base_url}/explore?{query}")
    assert status == 400
    assert message in body and len(body.strip().splitlines()) == 1
