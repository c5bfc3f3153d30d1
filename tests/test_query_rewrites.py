"""The library queries rewritten for speed (decision 0980) answer exactly as the texts they replaced.

find-entities and entities-without-identifiers find the entities through their one skos:prefLabel
instead of reading every typed or labelled node of the graph; single-source-claims looks up the highest
confidence with a nested EXISTS. The previous texts are kept here as the definitions: both engines must give
the same rows (as multisets, in the same order where the query orders them) on the fixture graph and on the
built graph, and the assumption the rewrite rests on (every entity has exactly one preferred label) is
checked on both graphs and in the shapes.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from fixtures.query.support import FIXTURE, result_key, value_key
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH, SKOS

from ontology import ONTOLOGY_TTL
from queries.engine import OxigraphEngine
from queries.library import load_library
from queries.reference import RdflibEngine
from queries.resolve import bind_params

LIBRARY = load_library()
PREFIXES = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dkg: <https://w3id.org/drugkg/ontology#>
"""
#: The texts before decision 0980: every typed or labelled node read and its IRI tested.
PREVIOUS = {
    "entities-without-identifiers": PREFIXES
    + """SELECT ?entity ?label ?class
WHERE {
  ?entity a ?class ;
    rdfs:label ?label .
  FILTER(STRSTARTS(STR(?entity), "https://w3id.org/drugkg/entity/"))
  FILTER NOT EXISTS { ?entity skos:exactMatch|skos:closeMatch ?identifier }
}
ORDER BY ?class ?label""",
    "find-entities": PREFIXES
    + """SELECT ?text ?entity ?label ?class ?matched
WHERE {
  ?entity rdfs:label ?label ;
    a ?class ;
    rdfs:label|skos:altLabel ?matched .
  FILTER(STRSTARTS(STR(?entity), "https://w3id.org/drugkg/entity/"))
  FILTER(CONTAINS(LCASE(STR(?matched)), LCASE(STR(?text))))
}
ORDER BY ?label ?matched""",
    "single-source-claims": PREFIXES
    + """SELECT DISTINCT ?claim ?label ?document ?source ?confidence
WHERE {
  {
    SELECT ?claim ?label (SAMPLE(?oneDocument) AS ?document)
    WHERE {
      { SELECT ?claim WHERE { ?claim a dkg:Claim } }
      { SELECT ?claim ?label WHERE { ?claim rdfs:label ?label } }
      OPTIONAL { ?claim dkg:hasEvidence/dkg:sourceDocument ?oneDocument }
    }
    GROUP BY ?claim ?label
    HAVING (COUNT(DISTINCT ?oneDocument) = 1)
  }
  OPTIONAL { ?claim dkg:agentType ?agentType }
  OPTIONAL { ?claim dkg:candidate ?candidateFlag }
  BIND(IF(COALESCE(?candidateFlag, false), "candidate",
       IF(COALESCE(?agentType, "") IN ("text_mining_agent", "automated_agent"), "machine-read", "curated")) AS ?source)
  OPTIONAL {
    ?claim dkg:hasEvidence ?bestEvidence .
    ?bestEvidence dkg:confidence ?confidence .
    FILTER NOT EXISTS {
      ?claim dkg:hasEvidence ?otherEvidence .
      ?otherEvidence dkg:confidence ?higher .
      FILTER(?higher > ?confidence || (?higher = ?confidence && STR(?otherEvidence) < STR(?bestEvidence)))
    }
  }
}
ORDER BY ?label ?claim""",
}
#: find-entities' texts: the example, upper case, one letter (most entities), none, a brand name, no match.
SEARCHES = ["relax", "KLONO", "e", "", "Klonopin", "no such name"]
ENTITY = "https://w3id.org/drugkg/entity/"


def cases() -> list[tuple[str, dict[str, str]]]:
    return [(name, {}) for name in PREVIOUS if name != "find-entities"] + [
        ("find-entities", {"text": text}) for text in SEARCHES
    ]


def ordered_keys(result) -> list:
    """The rows in their order, each as comparable values (the library's ORDER BY must order alike)."""
    return [tuple(value_key(term) for term in row) for row in result.rows]


def compare(engines: list, name: str, params: dict[str, str]) -> None:
    """pyoxigraph: the library text gives the previous text's rows in the same order; rdflib: the library
    text gives pyoxigraph's rows. (rdflib answered the previous find-entities with a name that is both the
    label and a synonym twice when the text was empty, pyoxigraph once; both now answer once.)"""
    oxigraph, reference = engines
    query = LIBRARY[name]
    bindings = bind_params(query, params, oxigraph)
    now, before = oxigraph.query(query.text, bindings), oxigraph.query(PREVIOUS[name], bindings)
    assert now.variables == before.variables
    assert ordered_keys(now) == ordered_keys(before), f"{name} {params}"
    assert result_key(reference.query(query.text, bindings)) == result_key(now), f"{name} {params} on rdflib"
    if params.get("text") != "":  # outside that quirk, rdflib's answers to both texts are alike too
        assert result_key(reference.query(PREVIOUS[name], bindings)) == result_key(now), f"{name} {params}"


@pytest.fixture(scope="module")
def fixture_engines() -> list:
    return [OxigraphEngine.from_files([FIXTURE]), RdflibEngine.from_files([FIXTURE])]


@pytest.fixture(scope="module")
def built_engines(built) -> list:
    graph = built.outputs[0]
    return [OxigraphEngine.from_files([graph]), RdflibEngine.from_files([graph])]


@pytest.mark.parametrize(("name", "params"), cases())
def test_same_rows_as_before_on_the_fixture(fixture_engines, name, params):
    compare(fixture_engines, name, params)


@pytest.mark.parametrize(("name", "params"), cases())
def test_same_rows_as_before_on_the_built_graph(built_engines, name, params):
    compare(built_engines, name, params)


def test_the_answers_compared_are_not_empty(fixture_engines):
    oxigraph = fixture_engines[0]
    for name, params in cases():
        if params.get("text") == "no such name":
            continue
        query = LIBRARY[name]
        assert len(oxigraph.query(query.text, bind_params(query, params, oxigraph))) > 0, (name, params)


ENTITIES_AND_PREFERRED_LABELS = (
    PREFIXES
    + f"""SELECT ?entity (COUNT(DISTINCT ?preferred) AS ?n)
WHERE {{
  ?entity a ?class ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?entity), "{ENTITY}"))
  OPTIONAL {{ ?entity skos:prefLabel ?preferred }}
}}
GROUP BY ?entity"""
)


@pytest.mark.parametrize("which", ["fixture", "built"])
def test_every_entity_has_one_preferred_label(which, fixture_engines, built_engines):
    oxigraph = (fixture_engines if which == "fixture" else built_engines)[0]
    counts = {row[0].value: int(row[1].value) for row in oxigraph.query(ENTITIES_AND_PREFERRED_LABELS).rows}
    assert len(counts) > 20
    assert {entity for entity, n in counts.items() if n != 1} == set()


def test_the_shapes_require_one_preferred_label_per_entity():
    shapes = Graph().parse(ONTOLOGY_TTL.with_name("shapes.ttl"))
    dkg = Namespace("https://w3id.org/drugkg/ontology#")
    (shape,) = shapes.subjects(SH.targetClass, dkg.Entity)
    paths = {shapes.value(p, SH.path): p for p in shapes.objects(shape, SH.property)}
    preferred = paths[SKOS.prefLabel]
    assert (shapes.value(preferred, SH.minCount), shapes.value(preferred, SH.maxCount)) == (Literal(1), Literal(1))
    assert (shape, RDF.type, SH.NodeShape) in shapes


def test_an_entity_without_a_preferred_label_is_what_the_rewrite_would_miss():
    """The comparison can fail: a node outside the data model (no preferred label) tells the texts apart."""
    store = ox.Store()
    node, label = ox.NamedNode(ENTITY + "stray"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    store.add(ox.Quad(node, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(URIRef(ENTITY + "Thing")))))
    store.add(ox.Quad(node, label, ox.Literal("stray relaxant")))
    engine = OxigraphEngine(store)
    query = LIBRARY["find-entities"]
    bindings = bind_params(query, {"text": "relax"}, engine)
    assert len(engine.query(PREVIOUS["find-entities"], bindings)) == 1
    assert len(engine.query(query.text, bindings)) == 0
