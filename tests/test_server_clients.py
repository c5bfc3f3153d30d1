"""Real SPARQL clients against `drugkg serve`: SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

ENT = "https://w3id.org/drugkg/entity/"
TREATS = (
    "PREFIX dkg: <https://w3id.org/drugkg/ontology#> SELECT ?drug WHERE { ?drug dkg:treats <" + ENT + "spasticity> }"
)


@pytest.fixture(scope="module")
def endpoint(query_server) -> str:
    return query_server.url + "/sparql"


def wrapper(endpoint: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_json(endpoint, method):
    answer = wrapper(endpoint, TREATS, JSON, method).queryAndConvert()
    assert {b["drug"]["value"] for b in answer["results"]["bindings"]} == {ENT + "baclofen"}


def test_sparqlwrapper_select_xml_and_csv(endpoint):
    document = wrapper(endpoint, TREATS, XML).queryAndConvert()
    assert [u.firstChild.data for u in document.getElementsByTagName("uri")] == [ENT + "baclofen"]
    assert wrapper(endpoint, TREATS, CSV).queryAndConvert().decode().split() == ["drug", ENT + "baclofen"]


def test_sparqlwrapper_ask_and_construct(endpoint):
    ask = f"PREFIX dkg: <https://w3id.org/drugkg/ontology#> ASK {{ <{ENT}clonazepam> dkg:contraindicatedIn ?p }}"
    assert wrapper(endpoint, ask, JSON).queryAndConvert()["boolean"] is True
    construct = "PREFIX dkg: <https://w3id.org/drugkg/ontology#> CONSTRUCT WHERE { ?d dkg:bindsTo ?t }"
    turtle = wrapper(endpoint, construct, TURTLE).queryAndConvert()
    graph = Graph().parse(data=turtle, format="turtle")
    assert (URIRef(ENT + "baclofen"), None, URIRef(ENT + "gaba-b-receptor")) in graph


def test_sparqlwrapper_sees_refusals(endpoint):
    with pytest.raises(QueryBadFormed):
        wrapper(endpoint, "SELECT * WHERE { ?s ?p", JSON).queryAndConvert()


def test_rdflib_sparqlstore(endpoint):
    store = SPARQLStore(endpoint, returnFormat="xml")
    graph = Graph(store=store)
    rows = list(graph.query(TREATS))
    assert [row.drug for row in rows] == [URIRef(ENT + "baclofen")]
    assert (URIRef(ENT + "cyclobenzaprine"), None, None) in graph  # triple patterns become queries too
    store.close()
