"""The W3C SPARQL 1.1 Protocol tests that apply to a read-only endpoint, run against `drugkg serve`.

Read from ../shared/data/w3c-rdf-tests/sparql/sparql11/protocol/manifest.ttl: the query operations (GET,
POST form, POST direct), the content-type tests and every bad_* test. The dataset tests need their data
loaded into the endpoint and the update tests need a writable one, so they do not apply.
"""

from __future__ import annotations

import http.client
import json
from pathlib import Path

import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection

pytestmark = pytest.mark.shared_data
MANIFEST = (
    Path(__file__).parents[1].parent / "shared" / "data" / "w3c-rdf-tests" / "sparql" / "sparql11" / "protocol"
) / "manifest.ttl"
BASE = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest#"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
APPLICABLE = [
    "query_get", "query_post_form", "query_post_direct",
    "query_content_type_select", "query_content_type_ask", "query_content_type_describe",
    "query_content_type_construct",
    "bad_query_method", "bad_multiple_queries", "bad_query_wrong_media_type", "bad_query_missing_form_type",
    "bad_query_missing_direct_type", "bad_query_non_utf8", "bad_query_syntax",
    "bad_update_get", "bad_multiple_updates", "bad_update_wrong_media_type", "bad_update_missing_form_type",
    "bad_update_non_utf8", "bad_update_syntax", "bad_update_dataset_conflict",
]  # fmt: skip
TABULAR = {"application/sparql-results+xml", "application/sparql-results+json", "text/csv", "text/tab-separated-values"}
RDF = {"application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json"}


@pytest.fixture(scope="module")
def manifest() -> Graph:
    if not MANIFEST.is_file():
        pytest.skip(f"W3C protocol tests not found at {MANIFEST} (../shared/data beside the checkout)")
    return Graph().parse(MANIFEST, format="turtle")


def requests_of(manifest: Graph, name: str) -> list:
    test = manifest.resource(BASE + name)
    action = test.value(MF.action)
    return list(Collection(manifest, action.value(HT.requests).identifier))


def test_every_applicable_test_is_in_the_manifest(manifest):
    names = {str(s).removeprefix(BASE) for s in manifest.subjects(MF.action, None)}
    assert set(APPLICABLE) <= names
    assert {n for n in names if n.startswith("bad_")} <= set(APPLICABLE)


@pytest.mark.parametrize("name", APPLICABLE)
def test_w3c_protocol(manifest, query_server, name):
    for node in requests_of(manifest, name):
        request = manifest.resource(node)
        method = str(request.value(HT.methodName))
        path = str(request.value(HT.absolutePath)).replace("/sparql/", "/sparql", 1)
        headers = {}
        header_list = request.value(HT.headers)
        if header_list is not None:
            for header in Collection(manifest, header_list.identifier):
                headers[str(manifest.value(header, HT.fieldName))] = str(manifest.value(header, HT.fieldValue))
        body = None
        body_node = request.value(HT.body)
        if body_node is not None:
            encoding = str(body_node.value(CNT.characterEncoding) or "UTF-8")
            body = str(body_node.value(CNT.chars)).encode(encoding)
        host, port = query_server.httpd.server_address[:2]
        connection = http.client.HTTPConnection(host, port, timeout=60)
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        payload = response.read()
        connection.close()

        expected = request.value(HT.resp)
        classes = {s.identifier for s in expected.objects(MF.expectedStatus)}
        family = {HTS.StatusCode2xx: 2, HTS.StatusCode3xx: 3, HTS.StatusCode4xx: 4, HTS.StatusCode5xx: 5}
        assert response.status // 100 in {family[c] for c in classes}, (response.status, payload)
        media = (response.getheader("Content-Type") or "").split(";")[0]
        expected_format = expected.value(MF.expectedFormat)
        if expected_format is not None and str(expected_format) == "tabular":
            assert media in TABULAR
        if expected_format is not None and str(expected_format) == "RDF":
            assert media in RDF
        expected_boolean = expected.value(MF.expectedBoolean)
        if expected_boolean is not None:
            assert media == "application/sparql-results+json"
            assert json.loads(payload)["boolean"] is expected_boolean.toPython()
