"""`drugkg serve` describes its dataset with VoID, naming the running endpoint."""

from __future__ import annotations

import urllib.request

import pytest
from fixtures.query.support import FIXTURE
from rdflib import Graph, Namespace, URIRef

from queries.server import Limits, SparqlServer

VOID = Namespace("http://rdfs.org/ns/void#")


@pytest.fixture(scope="module")
def server():
    server = SparqlServer([FIXTURE], limits=Limits(workers=1))
    server.start()
    yield server
    server.stop()


def test_void_names_the_endpoint_and_counts_the_served_graph(server) -> None:
    with urllib.request.urlopen(server.url + "/void", timeout=60) as response:
        assert response.headers["Content-Type"].startswith("text/turtle")
        described = Graph().parse(data=response.read().decode("utf-8"), format="turtle")
    [dataset] = set(described.subjects(VOID.sparqlEndpoint, URIRef(server.url + "/sparql")))
    served = Graph().parse(FIXTURE, format="turtle")
    assert len(served) > 0
    assert described.value(dataset, VOID.triples).toPython() == len(served)
