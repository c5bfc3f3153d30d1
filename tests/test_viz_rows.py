"""The focus page's model read from the store's TSV rows (queries/viz_rows.py) is the model `read_model` reads
from `viz_store.rows`: the same entities, claims and documents, in the same order, value for value."""

from __future__ import annotations

from pathlib import Path

import pytest

from base.errors import DrugkgError
from base.store import open_graph_store
from queries.viz_model import read_model
from queries.viz_rows import literal_parts, page_rows, rdflib_term, read_page_model, text, truthy
from queries.viz_store import focus_selection, rows

#: Values that a string reader gets wrong easily: escapes, languages, numbers, booleans, empty strings, several
#: values of one property (sorted by rdflib), a qualifier naming a thing outside the view, blank nodes.
TRICKY = r"""
@prefix dkg: <https://w3id.org/drugkg/ontology#> .
@prefix ent: <https://w3id.org/drugkg/entity/> .
@prefix claim: <https://w3id.org/drugkg/claim/> .
@prefix evidence: <https://w3id.org/drugkg/evidence/> .
@prefix doc: <https://w3id.org/drugkg/document/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ent:a a dkg:Drug, dkg:Intervention ; skos:prefLabel "drug \"A\"\ttab" ; rdfs:label "drug A" ;
    skos:altLabel "Ä-drug"@de, "a\\b", "" ; skos:definition "line one\nline two" ;
    skos:exactMatch <http://purl.obolibrary.org/obo/CHEBI_1>, <http://id.nlm.nih.gov/mesh/D1> ;
    dkg:halfLife 30, "12.50"^^xsd:decimal, "7"^^xsd:integer ; dkg:note "n"@en ; dkg:flag false ;
    dkg:linksTo ent:b ; <http://example.org/other> ent:b, "outside the ontology" .
ent:b a dkg:Disease ; skos:prefLabel "" ; rdfs:label "disease B" .
ent:c a dkg:Symptom ; rdfs:label "symptom C" .
ent:outside rdfs:label "a thing outside the view" .
claim:1 a dkg:Claim ; rdfs:label "A treats B" ; dkg:subject ent:a ; dkg:predicate dkg:treats ; dkg:object ent:b ;
    dkg:negated false ; dkg:certainty dkg:Asserted ; dkg:agentType "text_mining_agent" ;
    dkg:knowledgeLevel "knowledge_assertion" ; dkg:stepIndex 2 ; dkg:mechanismOf ent:a ;
    dkg:population ent:outside, ent:c, "adults", "Erwachsene"@de ; dkg:minValue "0.500"^^xsd:decimal ;
    dkg:conflictsWith claim:2 ; dkg:qualifiedBy [ rdfs:label "blank" ] ;
    dkg:hasEvidence evidence:1b, evidence:1a .
claim:2 a dkg:Claim ; rdfs:label "B is not caused by C" ; dkg:subject ent:b ; dkg:predicate dkg:causes ;
    dkg:object ent:c ; dkg:negated true ; dkg:certainty dkg:Possible ; dkg:candidate true ; dkg:agentType "" ;
    dkg:hasEvidence evidence:2 .
evidence:1a a dkg:Evidence ; dkg:quote "He said \"yes\"." ; dkg:sourceDocument doc:x ; dkg:startOffset 5 ;
    dkg:endOffset 20 ; dkg:method "rule" ; dkg:confidence "0.870"^^xsd:decimal .
evidence:1b a dkg:Evidence ; dkg:quote "" ; dkg:sourceDocument doc:y ; dkg:confidence 1 .
evidence:2 a dkg:Evidence ; dkg:sourceDocument doc:x ; dkg:method "curated" ; dkg:resolvedFrom ent:c .
doc:x a dkg:SourceDocument ; dcterms:title "Article X" ; dcterms:identifier "x" ; dkg:fileName "x.txt" ;
    dkg:sha256 "abc" ; dcterms:references doc:y .
doc:y a dkg:SourceDocument ; rdfs:label "Article Y" .
"""


def compare(graph_file: Path, name: str, depth: int, max_nodes: int) -> None:
    store = open_graph_store(graph_file)
    chosen = focus_selection(store, [name], depth, max_nodes)
    claims = [e.claim for e in chosen.edges]
    fast, slow = (
        read_page_model(page_rows(store, chosen.entities, claims)),
        read_model(rows(store, chosen.entities, claims)),
    )
    assert fast.claims and fast == slow
    for part in ("entities", "claims", "documents"):  # in the same order: the page lists them so
        assert list(getattr(fast, part)) == list(getattr(slow, part))


@pytest.fixture(scope="module")
def graph_file(graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "drugkg.ttl"
    graph.serialize(path, format="turtle")
    return path


@pytest.mark.parametrize(
    ("name", "depth", "max_nodes"), [("clonazepam", 2, 300), ("baclofen", 3, 40), ("tremor", 1, 7), ("pain", 3, 2000)]
)
def test_the_model_is_the_one_read_from_the_stores_rows(graph_file: Path, name: str, depth: int, max_nodes: int):
    compare(graph_file, name, depth, max_nodes)


def test_tricky_values_read_alike(tmp_path: Path):
    path = tmp_path / "tricky.ttl"
    path.write_text(TRICKY, encoding="utf-8")
    compare(path, "ent:a", 2, 300)
    store = open_graph_store(path)
    chosen = focus_selection(store, ["ent:a"], 2, 300)
    model = read_page_model(page_rows(store, chosen.entities, [e.claim for e in chosen.edges]))
    a = model.entities["https://w3id.org/drugkg/entity/a"]
    assert a.label == 'drug "A"\ttab' and a.definition == "line one\nline two"
    assert ("half life", "12.5") in a.facts  # a decimal in its canonical form
    assert model.entities["https://w3id.org/drugkg/entity/b"].label == "disease B"  # an empty label is no label
    first = model.claims["https://w3id.org/drugkg/claim/1"]
    assert ("population", "a thing outside the view") in first.qualifiers
    assert [e.quote for e in first.evidence] == ['He said "yes".', ""]


def test_terms_read_as_rdflib_reads_them():
    assert literal_parts('"a\\"b\\\\c\\u00e9"') == ('a"b\\cé', "http://www.w3.org/2001/XMLSchema#string", None)
    assert literal_parts("-3") == ("-3", "http://www.w3.org/2001/XMLSchema#integer", None)
    assert text('"1.50"^^<http://www.w3.org/2001/XMLSchema#decimal>') == "1.50"
    assert text('"01"^^<http://www.w3.org/2001/XMLSchema#integer>') == str(
        rdflib_term('"01"^^<http://www.w3.org/2001/XMLSchema#integer>')
    )
    assert [truthy(t) for t in ('""', '"x"', "false", "0", "true", None)] == [False, True, False, False, True, False]


def test_a_name_that_is_no_iri_is_one_error_line(tmp_path: Path):
    path = tmp_path / "tricky.ttl"
    path.write_text(TRICKY, encoding="utf-8")
    with pytest.raises(DrugkgError, match="no entity called 'no such drug'"):
        focus_selection(open_graph_store(path), ["no such drug"], 1, 10)
