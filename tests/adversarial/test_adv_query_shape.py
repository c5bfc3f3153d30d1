"""Property: no parameter value changes a library query's shape.

Parameters are bound as RDF terms (pyoxigraph substitutions), never pasted into the text, so a value that
looks like SPARQL (`"} UNION { ?s ?p ?o } #`) is only ever a string, an IRI or an entity looked up in the
graph. Checked with Hypothesis on random and SPARQL-shaped text, for every parameter type, at the engine and
over HTTP.
"""

from __future__ import annotations

import json
import urllib.parse

import pyoxigraph as ox
import pytest
from fixtures.query.support import FIXTURE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from netclient import call

from base.errors import DrugkgError
from queries.engine import OxigraphEngine
from queries.library import get_query
from queries.resolve import bind_params
from queries.server import Limits, SparqlServer

FRAGMENTS = [
    '"} UNION { ?s ?p ?o } #',
    "> } ; DROP ALL ; SELECT * WHERE { <x",
    "' . ?x ?y ?z . FILTER(true) } #",
    "clonazepam> . ?s ?p ?o . <x:y",
    "\\u0022) } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #",
    "$drug ?drug ?@ VALUES ?drug { <http://x/y> }",
    "https://w3id.org/drugkg/entity/clonazepam> ?p ?o } UNION { ?s",
    "1 ; LOAD <file:///etc/passwd>",
    "\x00\n\r\t\u2028",
]
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(FRAGMENTS),
    st.builds(lambda a, b: a + b, st.sampled_from(FRAGMENTS), st.text(max_size=10)),
)
CASES = ["find-entities", "claims-with-predicate", "adverse-effects", "well-supported-claims", "is-contraindicated"]
ENGINE = OxigraphEngine.from_files([FIXTURE])
ENTITIES = {str(t.subject.value) for t in ENGINE.store.quads_for_pattern(None, None, None)}


def shape(result) -> tuple:
    return (result.kind, tuple(str(v) for v in result.variables))


EXAMPLES = {name: get_query(name).example_values() for name in CASES}  # required parameters have no default
DEFAULT_SHAPES = {
    name: shape(ENGINE.query(get_query(name).text, bind_params(get_query(name), EXAMPLES[name], ENGINE)))
    for name in CASES
}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(CASES), value=VALUES)
def test_no_parameter_value_changes_a_querys_shape(name: str, value: str) -> None:
    query = get_query(name)
    param = query.params[0]
    try:
        bindings = bind_params(query, {**EXAMPLES[name], param.name: value}, ENGINE)
    except DrugkgError:
        return  # refused with one line: an unknown entity, not an IRI, not a number
    term = bindings[param.name]
    assert isinstance(term, ox.NamedNode | ox.Literal)
    if param.type == "string":
        assert term == ox.Literal(value)  # the value exactly, as one literal
    if param.type == "entity":
        assert str(term.value) in ENTITIES  # only ever a node the graph holds
    if param.type == "iri":
        assert not set(str(term.value)) & set(' <>"{}|^`\\\n')
    seen = []
    original = ENGINE.query

    def recording(text, *args, **kwargs):
        seen.append(text)
        return original(text, *args, **kwargs)

    ENGINE.query = recording
    try:
        result = ENGINE.query(query.text, bindings, row_limit=100000)
    finally:
        ENGINE.query = original
    assert seen == [query.text]  # the text run is the library's text, unchanged
    assert shape(result) == DEFAULT_SHAPES[name]


@pytest.fixture(scope="module")
def server():
    server = SparqlServer([FIXTURE], limits=Limits(workers=1, rate=0, reload_interval=0))
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize("value", FRAGMENTS)
def test_over_http_a_sparql_shaped_value_is_only_a_value(server, value: str) -> None:
    path = "/library/find-entities?text=" + urllib.parse.quote(value)
    status, _, body = call(server, "GET", path, headers={"Accept": "application/json"})
    assert status == 200
    plain = call(server, "GET", "/library/find-entities?text=relax", headers={"Accept": "application/json"})
    assert json.loads(body)["head"] == json.loads(plain[2])["head"]
    status, _, body = call(server, "GET", "/library/adverse-effects?drug=" + urllib.parse.quote(value))
    assert status == 400 and b"no entity called" in body
