"""The endpoint as clients use it: SPARQLWrapper in every return format, GET and POST, for SELECT, ASK,
CONSTRUCT and DESCRIBE; rdflib's SPARQLStore; a plain HTTP client sending what curl, Jena/ARQ and YASGUI send.

Answers are checked by meaning (the drugs that treat spasticity in the fixture graph: baclofen), not by shape.
"""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
import warnings

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDF, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

ENT = "https://w3id.org/drugkg/entity/"
DKG = "https://w3id.org/drugkg/ontology#"
ALL_FORMATS = [JSON, XML, CSV, TSV, TURTLE, N3, RDF, RDFXML, JSONLD]
# No PREFIX lines: dkg: and ent: are known to the endpoint (issue 16.2).
QUERIES = {
    "select": "SELECT ?drug WHERE { ?drug dkg:treats ent:spasticity }",
    "ask": "ASK { ent:baclofen dkg:treats ent:spasticity }",
    "construct": "CONSTRUCT { ?drug dkg:treats ent:spasticity } WHERE { ?drug dkg:treats ent:spasticity }",
    "describe": "DESCRIBE ent:baclofen",
}
TREATS = (URIRef(ENT + "baclofen"), URIRef(DKG + "treats"), URIRef(ENT + "spasticity"))


@pytest.fixture(scope="module")
def endpoint():
    """`drugkg serve` on the fixture graph, without the per-client rate limit (this module sends ~150 queries)."""
    from fixtures.query.support import FIXTURE

    from queries.server import Limits, SparqlServer

    server = SparqlServer([FIXTURE], limits=Limits(workers=1, rate=0, reload_interval=0))
    server.start()
    yield server.url + "/sparql"
    server.stop()


def answer_of(converted, response_format: str):
    """What an answer says, whatever form it came in: a set of drug IRIs, a boolean, or an rdflib Graph."""
    if isinstance(converted, Graph):
        return converted
    if isinstance(converted, dict):  # SPARQL JSON results
        if "boolean" in converted:
            return converted["boolean"]
        return {b["drug"]["value"] for b in converted["results"]["bindings"]}
    if hasattr(converted, "getElementsByTagName"):  # an XML DOM
        booleans = converted.getElementsByTagName("boolean")
        if booleans:
            return booleans[0].firstChild.data == "true"
        return {u.firstChild.data for u in converted.getElementsByTagName("uri")}
    text = converted.decode("utf-8") if isinstance(converted, bytes) else converted
    if response_format in (TURTLE, N3):
        return Graph().parse(data=text, format="turtle")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t" if response_format == TSV else ","))
    if rows[0] in (["_askResult"], ["?_askResult"]):
        return rows[1][0] == "true"
    return {row[0].strip("<>") for row in rows[1:] if row}


def expected(form: str):
    if form == "select":
        return {ENT + "baclofen"}
    if form == "ask":
        return True
    return TREATS


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", ALL_FORMATS)
@pytest.mark.parametrize("form", list(QUERIES))
def test_sparqlwrapper_every_return_format(endpoint, form: str, fmt: str, method: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(QUERIES[form])
    client.setReturnFormat(fmt)
    client.setMethod(method)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # SPARQLWrapper warns when it sends */* (e.g. CSV for a graph)
        result = client.query()
        got = answer_of(result.convert(), result._get_responseFormat())
    assert result.response.status == 200
    want = expected(form)
    if isinstance(want, tuple):
        assert isinstance(got, Graph) and want in got
    else:
        assert got == want


SUITABLE = {
    "select": {JSON: JSON, XML: XML, CSV: CSV, TSV: TSV},
    "construct": {TURTLE: TURTLE, N3: TURTLE, RDF: RDFXML, RDFXML: RDFXML, JSONLD: JSONLD, XML: RDFXML, JSON: JSONLD},
}


@pytest.mark.parametrize(
    "form, fmt", [(form, fmt) for form, table in SUITABLE.items() for fmt in table], ids=lambda v: str(v)
)
def test_sparqlwrapper_gets_the_format_it_asked_for(endpoint, form: str, fmt: str) -> None:
    """A format that suits the query form is the one answered (TSV, RDF/XML and JSON-LD used to get 400)."""
    client = SPARQLWrapper(endpoint)
    client.setQuery(QUERIES[form])
    client.setReturnFormat(fmt)
    with warnings.catch_warnings():
        # SPARQLWrapper warns when the answer is in another format than it asked for
        warnings.filterwarnings("error", message="Format requested", category=RuntimeWarning)
        warnings.filterwarnings("ignore", message="Sending Accept header", category=RuntimeWarning)
        assert client.query()._get_responseFormat() == SUITABLE[form][fmt]


def test_construct_as_jsonld_is_compacted_with_the_shipped_context(endpoint) -> None:
    status, media, body = http(endpoint, QUERIES["construct"], "application/ld+json")
    assert status == 200 and media.startswith("application/ld+json")
    document = json.loads(body)
    assert document["@context"]["dkg"] == DKG and document["@context"]["treats"]["@id"] == "dkg:treats"
    assert document["@id"] == "ent:baclofen" and document["treats"] == "ent:spasticity"
    assert TREATS in Graph().parse(data=body, format="json-ld")


@pytest.mark.parametrize("return_format", ["xml", "json"])
def test_rdflib_sparqlstore_all_forms(endpoint, return_format: str) -> None:
    store = SPARQLStore(endpoint, returnFormat=return_format)
    graph = Graph(store=store)
    assert {str(r.drug) for r in graph.query(QUERIES["select"])} == expected("select")
    assert graph.query(QUERIES["ask"]).askAnswer is True
    assert TREATS in graph.query(QUERIES["construct"]).graph
    assert TREATS in graph.query(QUERIES["describe"]).graph
    assert (URIRef(ENT + "baclofen"), None, None) in graph  # triple patterns become queries too
    store.close()


def http(endpoint: str, query: str, accept: str | None, extra: str = "", method: str = "GET"):
    url = endpoint + "?" + urllib.parse.urlencode({"query": query}) + extra
    data = None
    if method == "POST":
        url, data = endpoint + ("?" + extra.lstrip("&") if extra else ""), query.encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Accept": accept} if accept else {})
    if data is not None:
        request.add_header("Content-Type", "application/sparql-query")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode("utf-8")


# What real clients send (Accept header as they send it; the answer's media type we expect).
CLIENT_ACCEPTS = [
    ("curl", "select", "*/*", "application/sparql-results+json"),
    ("curl", "construct", "*/*", "text/turtle"),
    ("no Accept", "select", None, "application/sparql-results+json"),
    (
        "Jena ARQ",
        "select",
        "application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.7,"
        " text/csv;q=0.5, application/json;q=0.2, application/xml;q=0.2, */*;q=0.1",
        "application/sparql-results+json",
    ),
    (
        "Jena ARQ",
        "ask",
        "application/sparql-results+json, application/sparql-results+xml;q=0.9, */*;q=0.1",
        "application/sparql-results+json",
    ),
    (
        "Jena ARQ",
        "construct",
        "text/turtle,application/n-triples;q=0.9,application/rdf+xml;q=0.7,application/ld+json;q=0.5,*/*;q=0.1",
        "text/turtle",
    ),
    ("YASGUI", "select", "application/sparql-results+json,*/*;q=0.9", "application/sparql-results+json"),
    ("YASGUI", "construct", "text/turtle,*/*;q=0.9", "text/turtle"),
    (
        "browser",
        "select",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "application/sparql-results+xml",
    ),
    ("text/*", "describe", "text/*", "text/turtle"),
    ("q=0 refuses", "select", "application/sparql-results+json;q=0, text/csv", "text/csv"),
]


@pytest.mark.parametrize("client, form, accept, media", CLIENT_ACCEPTS, ids=lambda v: str(v)[:20])
def test_accept_headers_of_real_clients(endpoint, client, form, accept, media) -> None:
    status, answered, body = http(endpoint, QUERIES[form], accept)
    assert status == 200, body
    assert answered.split(";")[0] == media


@pytest.mark.parametrize("form", ["select", "construct"])
def test_an_accept_nothing_can_satisfy_is_406(endpoint, form: str) -> None:
    status, _, body = http(endpoint, QUERIES[form], "image/png, text/html")
    assert status == 406 and "cannot answer" in body and "image/png" in body


def test_format_parameters_are_hints_repeated_or_not(endpoint) -> None:
    # SPARQLWrapper style: format, output and results, twice each, a name and a media type
    hints = "&format=tsv&format=text/tab-separated-values&output=tsv&results=tsv"
    assert http(endpoint, QUERIES["select"], "*/*", hints)[1].startswith("text/tab-separated-values")
    # a hint that does not suit the form is ignored; Accept decides
    status, media, _ = http(endpoint, QUERIES["construct"], "application/n-triples", "&format=csv")
    assert status == 200 and media.startswith("application/n-triples")
    # an unknown hint with a satisfiable Accept is not an error
    assert http(endpoint, QUERIES["select"], "text/csv", "&format=foo")[:2][0] == 200
    # hints also work with a direct POST
    assert http(endpoint, QUERIES["ask"], None, "&output=xml", method="POST")[1].startswith(
        "application/sparql-results+xml"
    )


def test_a_one_line_service_query_is_403_and_a_syntax_error_says_where(endpoint) -> None:
    status, _, body = http(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", None)
    assert status == 403 and "SERVICE <http://127.0.0.1:9/sparql> refused" in body
    status, _, body = http(endpoint, "SELECT ?d WHERE {\n  ?d dkg:treats ent:spasticity", None)
    assert status == 400 and "line 2, column" in body and body[-1] == "\n" and body.count("\n") == 1
    status, _, body = http(endpoint, "SELECT ?d WHERE { ?d nope:treats ?c }", None)
    assert status == 400 and "unknown prefix 'nope:'" in body


def test_a_declared_prefix_wins_over_a_known_one(endpoint) -> None:
    query = "PREFIX ent: <http://example.org/> ASK { ?d dkg:treats ent:spasticity }"
    assert json.loads(http(endpoint, query, "application/sparql-results+json")[2])["boolean"] is False


PREFIX_QUERY = """PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?prefix ?namespace WHERE { ?owner sh:declare ?d . ?d sh:prefix ?prefix ; sh:namespace ?namespace }"""


@pytest.mark.parametrize("path", ["/sparql", "/void"])
def test_service_description_and_void_list_the_known_prefixes(endpoint, path: str) -> None:
    base = endpoint.removesuffix("/sparql")
    request = urllib.request.Request(base + path, headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(request, timeout=60) as response:
        described = Graph().parse(data=response.read().decode("utf-8"), format="turtle")
    declared = {str(r.prefix): str(r.namespace) for r in described.query(PREFIX_QUERY)}
    assert declared["dkg"] == DKG and declared["ent"] == ENT
    assert declared["owl"] == "http://www.w3.org/2002/07/owl#" and declared["CHEBI"].endswith("CHEBI_")
    # every declared prefix works undeclared in a query
    for prefix, namespace in declared.items():
        ask = f"ASK {{ FILTER(STR({prefix}:x) = {json.dumps(namespace + 'x')}) }}"
        status, _, body = http(endpoint, ask, "application/sparql-results+json")
        assert status == 200 and json.loads(body)["boolean"] is True, (prefix, body)
