"""`drugkg serve`: the SPARQL 1.1 Protocol endpoint, its limits, its refusals and its web page."""

from __future__ import annotations

import http.client
import json
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox
import pytest
from fixtures.query.support import FIXTURE

from queries.server import ROUTES, Limits, Response, SparqlServer, route

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~10^9 rows to count


@pytest.fixture(scope="module")
def server():
    server = SparqlServer([FIXTURE], limits=Limits(time_limit=3, row_limit=50, max_body=4096, workers=2))
    server.start()
    yield server
    server.stop()


def call(server, method: str, path: str, body: bytes | str | None = None, headers: dict | None = None):
    host, port = server.httpd.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=60)
    data = body.encode() if isinstance(body, str) else body
    connection.request(method, path, body=data, headers=headers or {})
    response = connection.getresponse()
    payload = response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, payload


def get(server, query: str, accept: str | None = None, path: str = "/sparql"):
    return call(
        server, "GET", f"{path}?query={urllib.parse.quote(query)}", headers={"Accept": accept} if accept else {}
    )


def count_of(payload: bytes) -> int:
    return int(json.loads(payload)["results"]["bindings"][0]["n"]["value"])


def test_listens_on_loopback_by_default(server):
    assert server.httpd.server_address[0] == "127.0.0.1"


def test_query_by_get_post_form_and_post_direct(server):
    status, headers, payload = get(server, COUNT)
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+json")
    assert count_of(payload) > 1000  # the fixture's triples
    form = call(server, "POST", "/sparql", "query=" + urllib.parse.quote(COUNT),
                {"Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    direct = call(server, "POST", "/sparql", COUNT, {"Content-Type": "application/sparql-query"})
    assert count_of(form[2]) == count_of(direct[2]) == count_of(payload)


@pytest.mark.parametrize(
    ("accept", "media", "query"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml", COUNT),
        ("text/csv", "text/csv", COUNT),
        ("text/tab-separated-values", "text/tab-separated-values", COUNT),
        ("text/csv;q=0.2, application/sparql-results+json", "application/sparql-results+json", COUNT),
        ("application/n-triples", "application/n-triples", "CONSTRUCT WHERE { ?s a ?c } LIMIT 3"),
        ("application/ld+json", "application/ld+json", "CONSTRUCT WHERE { ?s a ?c } LIMIT 3"),
        ("application/rdf+xml", "application/rdf+xml", "DESCRIBE <https://w3id.org/drugkg/entity/baclofen>"),
        ("*/*", "text/turtle", "CONSTRUCT WHERE { ?s a ?c } LIMIT 3"),
    ],
)
def test_content_negotiation(server, accept, media, query):
    status, headers, payload = get(server, query, accept)
    assert status == 200, payload
    assert headers["content-type"].split(";")[0] == media
    if media in ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"):
        fmt = ox.RdfFormat.from_media_type(media)
        assert len(list(ox.parse(payload, format=fmt))) >= 1


def test_service_description_at_the_endpoint(server):
    status, headers, payload = call(server, "GET", "/sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    store = ox.Store()
    store.load(payload, format=ox.RdfFormat.TURTLE)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    ask = (
        f"ASK {{ ?s a <{sd}Service> ; <{sd}endpoint> <{server.url}/sparql> ;"
        f" <{sd}supportedLanguage> <{sd}SPARQL11Query> }}"
    )
    assert bool(store.query(ask))


def test_cors(server):
    _, headers, _ = get(server, "ASK {}")
    assert headers["access-control-allow-origin"] == "*"
    preflight = {"Origin": "http://elsewhere.example", "Access-Control-Request-Method": "POST"}
    status, headers, _ = call(server, "OPTIONS", "/sparql", headers=preflight)
    assert status == 204
    assert (
        "POST" in headers["access-control-allow-methods"] and "Content-Type" in headers["access-control-allow-headers"]
    )


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }", 403, "SPARQL Update refused"),
        ("DELETE WHERE { ?s ?p ?o }", 403, "SPARQL Update refused"),
        ("LOAD <http://example.org/data.ttl>", 403, "LOAD refused"),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", 403, "SERVICE"),
        ("ASK FROM <file:///etc/passwd> { ?s ?p ?o }", 403, "FROM <file:///etc/passwd> refused"),
        ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", 403, "FROM NAMED"),
        ("SELECT * WHERE { ?s ?p }", 400, "SPARQL syntax error"),
    ],
)
def test_hostile_and_malformed_queries_are_refused(server, query, status, message):
    for response in (
        get(server, query),
        call(server, "POST", "/sparql", query, {"Content-Type": "application/sparql-query"}),
    ):
        assert response[0] == status
        assert message in response[2].decode()


def test_update_operations_are_refused(server):
    assert call(server, "POST", "/sparql", "CLEAR ALL", {"Content-Type": "application/sparql-update"})[0] == 403
    form = call(server, "POST", "/sparql", "update=CLEAR%20ALL", {"Content-Type": "application/x-www-form-urlencoded"})
    assert form[0] == 403
    assert call(server, "PUT", "/sparql", "x", {"Content-Type": "text/turtle"})[0] == 405
    # and the data are untouched
    assert count_of(get(server, COUNT)[2]) > 1000


def test_time_limit_cancels_and_the_server_recovers(server):
    status, _, payload = get(server, SLOW)
    assert status == 503 and b"time limit of 3 s" in payload
    assert get(server, "ASK { ?s ?p ?o }")[0] == 200  # the worker was replaced


def test_row_limit_cancels(server):
    status, _, payload = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 422 and b"more than 50 rows" in payload
    assert get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 50")[0] == 200
    assert get(server, "CONSTRUCT WHERE { ?s ?p ?o }")[0] == 422


def test_request_bodies_are_capped(server):
    big = "ASK {} #" + "x" * 5000
    status, _, payload = call(server, "POST", "/sparql", big, {"Content-Type": "application/sparql-query"})
    assert status == 413 and b"over the limit of 4096" in payload


def test_concurrent_first_requests_on_a_fresh_server():
    # twelve queries at once from one address: allowed here (client_jobs), this test is about the parser
    server = SparqlServer([FIXTURE], limits=Limits(time_limit=20, workers=2, client_jobs=12))
    server.start()
    try:
        queries = [f"PREFIX dkg: <https://w3id.org/drugkg/ontology#> SELECT ?c WHERE {{ ?c dkg:supportCount {n} }}"
                   for n in (1, 2, 3)] * 4  # fmt: skip
        barrier = threading.Barrier(len(queries))

        def first(query):
            barrier.wait()
            return get(server, query)[0]

        with ThreadPoolExecutor(len(queries)) as pool:
            assert list(pool.map(first, queries)) == [200] * len(queries)
    finally:
        server.stop()


def test_library_over_http(server):
    status, _, payload = call(server, "GET", "/library")
    library = {q["name"]: q for q in json.loads(payload)}
    assert status == 200 and library["drugs-for-condition"]["params"][0]["name"] == "condition"
    status, headers, payload = call(server, "GET", "/library/drug-interactions?drug=Klonopin",
                                    headers={"Accept": "text/csv"})  # fmt: skip
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert b"https://w3id.org/drugkg/entity/alcohol" in payload
    missing = call(server, "GET", "/library/drug-interactions?drug=aspirin")
    assert missing[0] == 400 and b"no entity called 'aspirin'" in missing[2]
    assert call(server, "GET", "/library/nothing-here")[0] == 404  # not found (was 400 with the install path)


def test_web_page_and_script(server):
    status, headers, page = call(server, "GET", "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert b'<select id="library">' in page and b'src="app.js"' in page
    status, _, script = call(server, "GET", "/app.js")
    assert status == 200 and b"textContent" in script and b"innerHTML" not in script


def test_extra_routes_can_be_mounted(server):
    @route("/hello/*")
    def hello(request):
        return Response(200, f"hello {request.path.rsplit('/', 1)[-1]}".encode())

    try:
        assert call(server, "GET", "/hello/world")[2] == b"hello world"
    finally:
        del ROUTES["/hello/*"]
    assert call(server, "GET", "/hello/world")[0] == 404
