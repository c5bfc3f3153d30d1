"""The SPARQL 1.1 Service Description of the endpoint, answered at /sparql when no query is given.

https://www.w3.org/TR/sparql11-service-description/
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyoxigraph as ox

from queries.formats import GRAPH_FORMATS, write_graph
from queries.protocol import negotiate

if TYPE_CHECKING:
    from queries.server import Limits, Response

SD = "http://www.w3.org/ns/sparql-service-description#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV")
RDF_FORMATS = ("Turtle", "N-Triples", "JSON-LD", "RDF_XML")


def service_triples(endpoint: str, limits: Limits) -> list[ox.Triple]:
    """The description of the service at `endpoint` as triples.

    >>> from queries.server import Limits
    >>> any(t.object == ox.NamedNode(SD + "SPARQL11Query") for t in service_triples("http://x/sparql", Limits()))
    True
    """
    service = ox.NamedNode(endpoint + "#service")
    dataset = ox.NamedNode(endpoint + "#dataset")
    default_graph = ox.NamedNode(endpoint + "#default-graph")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("EmptyGraphs")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, sd("Graph")),
        ox.Triple(
            service,
            RDFS_COMMENT,
            ox.Literal(
                "drugkg: a read-only knowledge graph of drugs, conditions and mechanisms, every fact a claim "
                f"traced to its source sentence. SPARQL Update, SERVICE, LOAD and outside graphs are refused; "
                f"queries are cancelled after {limits.time_limit:g} s or {limits.row_limit} rows."
            ),
        ),
    ]
    triples += [
        ox.Triple(service, sd("resultFormat"), ox.NamedNode(f"http://www.w3.org/ns/formats/{name}"))
        for name in RESULT_FORMATS + RDF_FORMATS
    ]
    from queries.prefixes import declaration_triples

    triples += declaration_triples(endpoint + "#service", endpoint)  # prefixes a query may use undeclared
    return triples


def describe_service(endpoint: str, accept: str | None, limits: Limits) -> Response:
    from queries.protocol import ProtocolError
    from queries.server import Response

    try:
        fmt = negotiate(accept, "describe")
    except ProtocolError as exc:
        return Response(exc.status, (exc.line() + "\n").encode("utf-8"))
    return Response(200, write_graph(service_triples(endpoint, limits), fmt), GRAPH_FORMATS[fmt][0])
