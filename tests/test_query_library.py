"""The query library: headers linted, queries parsed, parameters agree with variables, answers as expected."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from fixtures.query.support import EXPECTED, FIXTURE

from base.errors import DrugkgError
from queries.engine import OxigraphEngine
from queries.formats import compact
from queries.guard import check_query
from queries.library import PARAM_TYPES, load_library, parse_query_file, query_variables
from queries.resolve import bind_params

LIBRARY = load_library()


@pytest.fixture(scope="module")
def engine() -> OxigraphEngine:
    return OxigraphEngine.from_files([FIXTURE])


def test_library_answers_the_analysts_questions():
    assert len(LIBRARY) >= 20
    for needed in (
        "drugs-for-condition", "drug-interactions", "adverse-effects", "contraindications", "mechanism-chain",
        "single-source-claims", "conflicting-claims", "negated-claims", "hedged-claims",
        "muscle-relaxant-comparison", "entities-without-identifiers", "claim-evidence",
    ):  # fmt: skip
        assert needed in LIBRARY


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_header_is_linted(name):
    query = LIBRARY[name]
    assert query.problems == ()
    assert query.title and query.description
    assert all(p.type in PARAM_TYPES and p.label for p in query.params)
    # the full PREFIX block is in the file: the query parses without any predefined prefixes
    assert query.text.lstrip().startswith("PREFIX")


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_query_parses_with_both_parsers_and_passes_the_guard(name):
    text = LIBRARY[name].text
    assert check_query(text).form in ("select", "ask", "construct")  # no SERVICE, FROM, update
    ox.Store().query(text)  # pyoxigraph's parser (raises SyntaxError)


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_declared_parameters_and_query_variables_agree(name, engine):
    query = LIBRARY[name]
    variables = query_variables(query.text)
    for param in query.params:
        assert param.name in variables, f"{name}: parameter {param.name} is not a variable of the query"
    result = engine.query(query.text, bind_params(query, query.example_values(), engine))  # examples bind
    if result.kind == "select":  # SEP-0007 substitution binds projected variables
        assert {p.name for p in query.params} <= set(result.variables)
        bound = [dict(zip(result.variables, row, strict=True)) for row in result.rows]
        for param in query.params:
            assert len({compact(row[param.name]) for row in bound}) <= 1, "a parameter must keep its value"


def test_every_library_query_has_expected_answers():
    assert sorted(EXPECTED) == sorted(LIBRARY)


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_expected_answers_on_the_fixture(name, engine):
    expected = EXPECTED[name]
    query = LIBRARY[name]
    result = engine.query(query.text, bind_params(query, expected["params"], engine))
    if "boolean" in expected:
        assert result.boolean is expected["boolean"]
        return
    if "triples" in expected:
        got = {f"{compact(t.subject)} {compact(t.predicate)} {compact(t.object)}" for t in result.triples}
        assert got == set(expected["triples"])
        return
    index = [result.variables.index(c) for c in expected["columns"]]
    got = [[compact(row[i]) for i in index] for row in result.rows]
    want = [[str(v) for v in row] for row in expected["rows"]]
    if expected.get("ordered"):
        deduplicated = [row for i, row in enumerate(got) if row not in got[:i]]
        assert deduplicated == want
    else:
        assert {tuple(r) for r in got} == {tuple(r) for r in want}


def test_negated_and_hedged_claims_never_answer_as_facts(engine):
    query = LIBRARY["drugs-in-class"]
    # "it is not traditionally classified as a direct analgesic": no member
    assert engine.query(query.text, bind_params(query, {"class": "analgesic"}, engine)).rows == []
    ask = LIBRARY["is-contraindicated"]
    no = bind_params(ask, {"drug": "baclofen", "population": "pregnant women"}, engine)
    assert engine.query(ask.text, no).boolean is False


#: Library queries whose rows are not claims: built on direct triples, entities, documents or counts.
NOT_CLAIMS = {
    "claims-per-predicate", "drug-graph", "drugs-in-class", "entities-without-identifiers", "entity-identifiers",
    "find-entities", "is-contraindicated", "source-documents",
}  # fmt: skip
SOURCES = {"curated", "machine-read", "candidate"}


@pytest.mark.parametrize("name", sorted(set(LIBRARY) - NOT_CLAIMS))
def test_every_claim_row_says_who_said_it(name, engine):
    query = LIBRARY[name]
    result = engine.query(query.text, bind_params(query, EXPECTED[name]["params"], engine))
    assert "source" in result.variables
    column = result.variables.index("source")
    assert result.rows and {compact(row[column]) for row in result.rows} <= SOURCES


def test_machine_read_claims_and_candidates_are_marked_with_their_confidence(engine):
    # the fixture's two claims only the text miner made (graph.ttl, ADDED in make_fixture.py)
    query = LIBRARY["single-source-claims"]
    result = engine.query(query.text, bind_params(query, {}, engine))
    rows = {
        tuple(compact(row[result.variables.index(c)]) for c in ("label", "source", "confidence")) for row in result.rows
    }
    assert ("minor injury is a acute pain", "machine-read", "0.7") in rows
    assert ("memory impairment is a cognitive impairment", "candidate", "0.7") in rows
    assert ("clonazepam treats trigeminal neuralgia", "curated", "1") in rows  # a curator and a rule: curated


def test_candidates_never_answer_as_facts(engine):
    members = LIBRARY["drugs-in-class"]
    # the candidate "memory impairment is a cognitive impairment" has no direct triple: no member
    assert engine.query(members.text, bind_params(members, {"class": "cognitive impairment"}, engine)).rows == []
    # a machine-read claim above the threshold keeps its direct triple, and says who said it where it is a claim
    found = engine.query(members.text, bind_params(members, {"class": "acute pain"}, engine))
    assert [compact(row[found.variables.index("member")]) for row in found.rows] == ["ent:minor-injury"]
    graph = LIBRARY["drug-graph"]
    triples = engine.query(graph.text, bind_params(graph, {"drug": "memory impairment"}, engine)).triples
    assert not [t for t in triples if compact(t.predicate) == "dkg:isA"]


def test_parameter_values_name_entities_in_many_ways(engine):
    query = LIBRARY["uses-of-drug"]
    clonazepam = ox.NamedNode("https://w3id.org/drugkg/entity/clonazepam")
    iri = clonazepam.value
    for value in ("clonazepam", "CLONAZEPAM", "Klonopin", iri, f"<{iri}>", "CHEBI:3756", "MESH:D002998"):
        assert bind_params(query, {"drug": value}, engine)["drug"] == clonazepam, value


def test_bad_parameter_values_are_one_clear_error(engine):
    query = LIBRARY["uses-of-drug"]
    with pytest.raises(DrugkgError, match=r"no entity called 'klonopine' in the graph"):
        bind_params(query, {"drug": "klonopine"}, engine)
    with pytest.raises(DrugkgError, match=r"has no parameter 'dose'; its parameters are: drug"):
        bind_params(query, {"dose": "1"}, engine)
    with pytest.raises(DrugkgError, match="not a whole number"):
        bind_params(LIBRARY["well-supported-claims"], {"minSources": "two"}, engine)
    with pytest.raises(DrugkgError, match="not an absolute IRI"):
        bind_params(LIBRARY["claims-with-predicate"], {"predicate": "treats"}, engine)


def test_a_bad_header_is_reported(tmp_path):
    bad = tmp_path / "Bad_Name.rq"
    bad.write_text("# description: first\n# title: second\n# param: x | colour | red |\nSELECT ?x {}\n")
    problems = " ".join(parse_query_file(bad).problems)
    assert "in that order" in problems
    assert "unknown type 'colour'" in problems
    assert "empty label" in problems
    assert "blank line" in problems
    assert "lower-case words" in problems


def test_required_parameters_and_classes_in_the_header(tmp_path):
    good = tmp_path / "yes-no.rq"
    good.write_text(
        "# title: T\n# description: D.\n# param: drug | entity:Intervention | (required, e.g. clonazepam) | Drug\n"
        "# param: n | integer | 2 | N\n\nASK { ?drug ?p ?n }\n"
    )
    query = parse_query_file(good)
    assert query.problems == ()
    drug, n = query.params
    assert (drug.required, drug.default, drug.example, drug.classes) == (True, None, "clonazepam", ("Intervention",))
    assert (n.required, n.default) == (False, "2")
    bad = tmp_path / "bad-ask.rq"
    bad.write_text(
        "# title: T\n# description: D.\n# param: drug | entity | clonazepam | Drug\n# param: x | string |  | X\n"
        "# param: y | string:Drug | a | Y\n\nPREFIX a: <http://a/>\nASK { ?drug ?x ?y }\n"
    )
    problems = " ".join(parse_query_file(bad).problems)
    assert "'drug': it names what the question is about, so it must be `(required)`" in problems
    assert "empty default; write `(required)`" in problems
    assert "classes are for entities" in problems


def test_parameter_classes_are_classes_of_the_ontology():
    from ontology import ONTOLOGY_TTL

    declared = {line.split()[0][4:] for line in ONTOLOGY_TTL.read_text().splitlines() if " a owl:Class" in line}
    used = {c for q in LIBRARY.values() for p in q.params for c in p.classes}
    assert used and used <= declared, used - declared


def test_a_missing_required_parameter_is_one_line_naming_it(engine):
    query = LIBRARY["is-contraindicated"]
    with pytest.raises(DrugkgError, match=r"needs --param population=VALUE .*e\.g\. pregnant-women"):
        bind_params(query, {"drug": "clonazepam"}, engine)
    assert bind_params(query, query.example_values(), engine)  # the examples resolve
