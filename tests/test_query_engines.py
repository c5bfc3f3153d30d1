"""pyoxigraph (the engine) and rdflib (the reference) give the same answers to the whole library."""

from __future__ import annotations

import pytest
from fixtures.query.support import EXPECTED, FIXTURE, result_key

from queries.engine import OxigraphEngine
from queries.library import load_library
from queries.reference import RdflibEngine
from queries.resolve import bind_params

LIBRARY = load_library()


def compare_library(oxigraph: OxigraphEngine, rdflib_engine: RdflibEngine, params_for) -> list[str]:
    differences = []
    for name, query in LIBRARY.items():
        bindings = bind_params(query, params_for(name), oxigraph)
        ours, reference = oxigraph.query(query.text, bindings), rdflib_engine.query(query.text, bindings)
        if result_key(ours) != result_key(reference):
            differences.append(name)
        assert len(ours) > 0 or ours.kind == "ask", f"{name}: an empty answer proves nothing"
    return differences


def test_same_answers_on_the_fixture():
    oxigraph, reference = OxigraphEngine.from_files([FIXTURE]), RdflibEngine.from_files([FIXTURE])
    assert compare_library(oxigraph, reference, lambda name: EXPECTED[name]["params"]) == []


@pytest.fixture(scope="module")
def built_graph(built):
    return built.outputs[0]


def test_same_answers_on_the_built_graph(built_graph):
    oxigraph, reference = OxigraphEngine.from_files([built_graph]), RdflibEngine.from_files([built_graph])
    params = {"claims-with-predicate": {"predicate": "https://w3id.org/drugkg/ontology#treats"}}
    assert compare_library(oxigraph, reference, lambda name: params.get(name, LIBRARY[name].example_values())) == []


def test_the_comparison_can_fail():
    oxigraph, reference = OxigraphEngine.from_files([FIXTURE]), RdflibEngine.from_files([FIXTURE])
    text = "PREFIX dkg: <https://w3id.org/drugkg/ontology#> SELECT ?c WHERE { ?c dkg:certainty dkg:Possible }"
    assert result_key(oxigraph.query(text)) == result_key(reference.query(text))
    assert result_key(oxigraph.query(text)) != result_key(reference.query(text.replace("Possible", "Believed")))
