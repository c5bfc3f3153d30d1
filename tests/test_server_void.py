"""`drugkg serve` describes its dataset with VoID, naming the running endpoint."""

from __future__ import annotations

import urllib.request

from fixtures.query.support import FIXTURE
from rdflib import Graph, Namespace, URIRef

VOID = Namespace("http://rdfs.org/ns/void#")


def test_void_names_the_endpoint_and_counts_the_served_graph(query_server) -> None:
    with urllib.request.urlopen(query_server.url + "/void", timeout=60) as response:
        assert response.headers["Content-Type"].startswith("text/turtle")
        described = Graph().parse(data=response.read().decode("utf-8"), format="turtle")
    [dataset] = set(described.subjects(VOID.sparqlEndpoint, URIRef(query_server.url + "/sparql")))
    served = Graph().parse(FIXTURE, format="turtle")
    assert len(served) > 0
    assert described.value(dataset, VOID.triples).toPython() == len(served)
