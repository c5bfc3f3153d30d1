"""`drugkg query` and `drugkg queries` through click's runner: library, ad-hoc, formats, files, errors."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from fixtures.query.support import FIXTURE
from rdflib import Graph
from rdflib.compare import isomorphic

from drugkg.cli import main
from queries.library import load_library

ENT = "https://w3id.org/drugkg/entity/"


def run(*args: str):
    return CliRunner().invoke(main, [*args, "--graph", str(FIXTURE)] if args[0] == "query" else list(args))


def test_library_query_by_name_with_a_label_parameter():
    result = run("query", "drugs-for-condition", "--param", "condition=Trigeminal Neuralgia", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    drugs = {b["intervention"]["value"] for b in data["results"]["bindings"]}
    assert drugs == {ENT + "clonazepam"}
    quotes = {b["quote"]["value"] for b in data["results"]["bindings"]}
    assert any("trigeminal neuralgia" in q for q in quotes)


def test_table_on_the_terminal_by_default():
    result = run("query", "adverse-effects", "-p", "drug=Klonopin")
    assert result.exit_code == 0, result.output
    header, rule, *rows, count = result.output.splitlines()
    assert header.split()[:3] == ["drug", "effect", "effectLabel"]
    assert set(rule) <= {"-", " "}
    assert any("ent:seizure" in row and "withdrawal effect" in row for row in rows)
    assert count.startswith("(") and count.endswith("rows)")


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_result_formats_parse_back(fmt):
    result = run("query", "uses-of-drug", "-p", "drug=clonazepam", "--format", fmt)
    assert result.exit_code == 0, result.output
    formats = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "tsv": ox.QueryResultsFormat.TSV}
    parsed = ox.parse_query_results(result.stdout_bytes, format=formats[fmt])
    conditions = {s["condition"].value for s in parsed}
    assert ENT + "acute-pain" in conditions and ENT + "trigeminal-neuralgia" in conditions


def test_csv_and_ask():
    result = run("query", "contraindications", "-p", "drug=clonazepam", "--format", "csv")
    lines = result.output.splitlines()
    assert lines[0].startswith("drug,population,")
    assert any("Pregnant women should not take the drug as well." in line for line in lines)
    yes = run("query", "is-contraindicated", "-p", "drug=Klonopin", "-p", "population=pregnant women")
    assert yes.output == "yes\n"
    no = run(
        "query", "is-contraindicated", "-p", "drug=baclofen", "-p", "population=pregnant-women", "--format", "json"
    )
    assert json.loads(no.output) == {"head": {}, "boolean": False}


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld", "rdfxml"])
def test_construct_formats_are_the_same_graph(fmt):
    result = run("query", "drug-graph", "-p", "drug=cyclobenzaprine", "--format", fmt)
    assert result.exit_code == 0, result.output
    parser = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}[fmt]
    got = Graph().parse(data=result.stdout_bytes, format=parser)
    reference = Graph().parse(
        data=run("query", "drug-graph", "-p", "drug=cyclobenzaprine").stdout_bytes, format="turtle"
    )
    assert isomorphic(got, reference)
    assert len(got) == 8


def test_inline_and_file_queries_and_output_file(tmp_path):
    text = "PREFIX dkg: <https://w3id.org/drugkg/ontology#> SELECT ?d WHERE { ?d dkg:treats ?c } ORDER BY ?d"
    inline = run("query", "-e", text, "--format", "tsv")
    path = tmp_path / "q.rq"
    path.write_text(text)
    out = tmp_path / "out" / "answer.tsv"
    from_file = run("query", "-f", str(path), "--format", "tsv", "-o", str(out))
    assert from_file.exit_code == 0 and inline.exit_code == 0
    assert out.read_text() == inline.output
    assert f"<{ENT}baclofen>" in inline.output


def test_output_is_deterministic():
    first = run("query", "muscle-relaxant-comparison", "--format", "csv").output
    assert first == run("query", "muscle-relaxant-comparison", "--format", "csv").output


def test_reasoning_finds_biolink_terms_and_class_members():
    text = (
        "PREFIX biolink: <https://w3id.org/biolink/vocab/> SELECT DISTINCT ?x WHERE { "
        "{ ?x biolink:treats <" + ENT + "spasticity> } UNION { ?x a biolink:Drug } "
        "UNION { ?x biolink:subclass_of <" + ENT + "pain> } }"
    )
    plain = run("query", "-e", text, "--format", "tsv")
    assert plain.output.strip() == "?x"  # nothing without inference
    inferred = run("query", "-e", text, "--format", "tsv", "--reason", "rdfs")
    found = {line.strip("<>") for line in inferred.output.split()[1:]}
    # dkg:treats is a sub-property of biolink:treats; dkg:Drug a subclass of biolink:Drug; isA is transitive
    assert {ENT + "baclofen", ENT + "clonazepam", ENT + "cyclobenzaprine", ENT + "trigeminal-neuralgia"} <= found
    assert ENT + "acute-pain" not in found  # not a claim of the fixture: no invention


def test_rdflib_engine_gives_the_same_rows():
    oxigraph = run("query", "hedged-claims", "--format", "csv").output.splitlines()
    rdflib = run("query", "hedged-claims", "--format", "csv", "--engine", "rdflib").output.splitlines()
    assert sorted(oxigraph) == sorted(rdflib)


def test_queries_lists_and_shows_the_library():
    listing = CliRunner().invoke(main, ["queries"])
    assert listing.exit_code == 0
    for name, query in load_library().items():
        assert name in listing.output and query.title in listing.output
    assert "params: condition=trigeminal-neuralgia (entity)" in listing.output
    shown = CliRunner().invoke(main, ["queries", "show", "mechanism-chain"])
    assert shown.output.startswith("# title: The mechanism of a drug, step by step\n")
    assert "dkg:stepIndex ?step" in shown.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "no-such-query"], "no library query called 'no-such-query'"),
        (["query", "uses-of-drug", "-p", "drug=aspirin"], "no entity called 'aspirin'"),
        (["query", "uses-of-drug", "-p", "drug"], "is not NAME=VALUE"),
        (["query", "-e", "SELECT * WHERE {"], "SPARQL syntax error"),
        (["query", "-e", "INSERT DATA { <a:b> <a:c> <a:d> }"], "SPARQL Update refused"),
        (["query", "-e", "SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }"], "SERVICE"),
        (["query", "-e", "ASK FROM <file:///etc/passwd> {}"], "FROM <file:///etc/passwd> refused"),
        (["query", "-e", "ASK {}", "-p", "x=1"], "--param works with library queries only"),
        (["query", "uses-of-drug", "-e", "ASK {}"], "give exactly one query"),
        (["query", "drug-graph", "--format", "csv"], "this query returns a graph"),
        (["query", "hedged-claims", "--format", "turtle"], "this query returns a table"),
    ],
)
def test_errors_are_one_line_and_exit_non_zero(args, message):
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_missing_graph_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["query", "hedged-claims", "--graph", str(tmp_path / "none.ttl")])
    assert result.exit_code == 1 and "graph file not found" in result.output and "drugkg build" in result.output
    output = tmp_path / "kept.csv"
    output.write_text("old")
    failed = CliRunner().invoke(main, ["query", "-e", "ASK {", "-o", str(output), "--graph", str(FIXTURE)])
    assert failed.exit_code == 1 and output.read_text() == "old"  # never a half-written output
