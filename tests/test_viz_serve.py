"""The /explore page of `drugkg serve`: the graph page served beside the SPARQL box, growing on expand."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

import pytest

from ontology.vocab import ENT
from queries.server import ROUTES
from queries.viz_select import DEFAULT_MAX_NODES
from queries.viz_serve import DEFAULT_MAX_NODES as SERVED_MAX_NODES
from queries.viz_serve import mount

PREFIXES = "PREFIX dkg: <https://w3id.org/drugkg/ontology#>\n"


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def _json(url: str) -> tuple[int, str, dict | str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            return answer.status, answer.headers["Content-Type"], json.loads(answer.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode("utf-8")


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
    assert data["expand"] == {
        "base": "/explore",
        "focus": [str(ENT["clonazepam"])],
        "depth": 1,
        "maxNodes": DEFAULT_MAX_NODES,
        "sparqlPage": "/",
    }


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


def _facts_within(graph, near: set[str]) -> set[tuple]:
    """The distinct (subject, predicate, object, negated) of the claims between entities in `near`."""
    rows = graph.query(
        PREFIXES + "SELECT ?s ?p ?o ?n WHERE { ?c a dkg:Claim ; dkg:subject ?s ; dkg:predicate ?p ; dkg:object ?o ; "
        "dkg:negated ?n }"
    )
    return {(str(s), str(p).split("#")[1], str(o), n.toPython()) for s, p, o, n in rows if {str(s), str(o)} <= near}


def _drawn_facts(data: dict) -> set[tuple]:
    facts = data["claims"]
    return {(e["from"], e["rel"], e["to"], facts[e["id"]]["negated"]) for e in data["edges"]}


def test_neighbours_route_answers_the_view_explore_would_draw_as_json(graph, base_url: str):
    status, media, data = _json(f"{base_url}/explore/neighbours?focus={ENT['clonazepam']}&focus=baclofen&depth=1")
    assert status == 200 and media == "application/json; charset=utf-8"
    near_c, near_b = _neighbours(graph, ENT["clonazepam"]), _neighbours(graph, ENT["baclofen"])
    assert {n["id"] for n in data["nodes"]} == near_c | near_b == set(data["entities"])
    assert _drawn_facts(data) == _facts_within(graph, near_c) | _facts_within(graph, near_b)
    assert set(data["claims"]) == {e["id"] for e in data["edges"]} and len(data["edges"]) == len(_drawn_facts(data))
    assert data["focus"] == [str(ENT["clonazepam"]), str(ENT["baclofen"])] and data["depth"] == 1
    assert data["note"] == ""
    # the same as the page for that focus list (what a reload would have drawn)
    page = _data(_get(f"{base_url}/explore?focus={ENT['clonazepam']}&focus=baclofen&depth=1")[1])
    assert data["nodes"] == page["nodes"] and data["edges"] == page["edges"] and data["claims"] == page["claims"]


def test_neighbours_route_values_are_the_graphs_text_exactly(graph, base_url: str):
    _status, _media, data = _json(f"{base_url}/explore/neighbours?focus=Klonopin")
    clonazepam = data["entities"][str(ENT["clonazepam"])]
    skos = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    rows = graph.query(
        skos + "SELECT ?l ?d WHERE { ?e skos:prefLabel ?l ; skos:definition ?d }", initBindings={"e": ENT["clonazepam"]}
    )
    row = next(iter(rows))
    assert clonazepam["label"] == str(row[0]) and clonazepam["definition"] == str(row[1])
    assert "Klonopin" in clonazepam["brands"]
    quotes = graph.query(
        PREFIXES
        + "SELECT ?c ?q WHERE { ?c dkg:hasEvidence/dkg:quote ?q { ?c dkg:subject ?x } UNION { ?c dkg:object ?x } }",
        initBindings={"x": ENT["clonazepam"]},
    )
    expected: dict[str, set[str]] = {}
    for claim, quote in quotes:
        expected.setdefault(str(claim), set()).add(str(quote))
    assert expected
    fact_of = {claim: fid for fid, fact in data["claims"].items() for claim in fact["claims"]}
    for fact in data["claims"].values():
        wanted = set().union(*(expected.get(c, set()) for c in fact["claims"]))
        if wanted:
            assert {s["quote"] for s in fact["sentences"]} == wanted
    assert set(expected) <= set(fact_of)


def test_neighbours_route_cuts_to_max_nodes_with_a_note(graph, base_url: str):
    status, _media, data = _json(f"{base_url}/explore/neighbours?focus=clonazepam&depth=1&max_nodes=5")
    assert status == 200
    total = len(_neighbours(graph, ENT["clonazepam"]))
    assert total > 5 and len(data["nodes"]) == 5
    assert data["note"].startswith(f"Showing 5 of {total} entities")
    assert str(ENT["clonazepam"]) in {n["id"] for n in data["nodes"]}  # the cut keeps the focus
    kept = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "focus is required"),
        ("focus=no-such-thing", "no entity called 'no-such-thing'"),
        ("focus=clonazepam&depth=x", "depth must be"),
        ("focus=clonazepam&depth=6", "depth must be"),
        ("focus=clonazepam&depth=1&depth=2", "depth may be given once"),
        ("focus=clonazepam&max_nodes=0", "max_nodes must be"),
        ("&".join(["focus=clonazepam"] * 21), "at most 20 focus entities"),
    ],
)
def test_neighbours_route_bad_parameters_are_one_line_400(base_url: str, query: str, message: str):
    status, media, body = _json(f"{base_url}/explore/neighbours?{query}")
    assert status == 400 and media.startswith("text/plain")
    assert message in body and len(body.strip().splitlines()) == 1


def test_neighbours_route_is_read_only(base_url: str):
    request = urllib.request.Request(f"{base_url}/explore/neighbours?focus=clonazepam", data=b"x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=60)
    assert error.value.code == 405


def test_served_page_may_fetch_its_own_server_and_the_standalone_page_may_not(graph, base_url: str):
    from queries.viz_html import render_page
    from queries.viz_model import read_model
    from queries.viz_select import neighbourhood

    served = _get(base_url + "/explore?focus=clonazepam")[1]
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', served)[1].replace("&#x27;", "'")
    assert "connect-src 'self'" in csp and "default-src 'none'" in csp
    scripts = re.compile(r"^<script", re.M)
    assert csp.count("'sha256-") == 4  # vis-network, app.js, story.js, served.js: each allowed by its hash
    assert len(scripts.findall(served)) == 5  # and the JSON data block
    assert "/neighbours" in served
    model = read_model(graph)
    alone = render_page(model, neighbourhood(model, "clonazepam", 1))
    assert "connect-src 'none'" in alone.replace("&#x27;", "'") and "/neighbours" not in alone
    assert len(scripts.findall(alone)) == 4  # data, vis-network, app.js, story.js: no served-mode script
    assert alone == render_page(model, neighbourhood(model, "clonazepam", 1))  # byte-identical


@pytest.mark.parametrize(
    ("path", "start"),
    [
        ("/explore/page/clonazepam", f"page/{ENT['clonazepam']}"),
        ("/explore/page/Klonopin", f"page/{ENT['clonazepam']}"),
        ("/explore/topic/safety", "topic/safety"),
        ("/explore", "start"),
        ("/explore?focus=baclofen", "graph"),
    ],
)
def test_pages_and_topics_have_stable_addresses(base_url: str, path: str, start: str):
    status, page = _get(base_url + path)
    assert status == 200
    data = _data(page)
    assert data["start"] == start
    assert str(ENT["clonazepam"]) in data["story"]["pages"]


@pytest.mark.parametrize(
    ("path", "message"),
    [("/explore/page/no-such-drug", "no entity called 'no-such-drug'"), ("/explore/topic/nope", "no topic 'nope'")],
)
def test_an_unknown_page_or_topic_is_a_one_line_404(base_url: str, path: str, message: str):
    status, body = _get(base_url + path)
    assert status == 404
    assert message in body and len(body.strip().splitlines()) == 1
