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
    assert "params: condition=REQUIRED (e.g. trigeminal-neuralgia) (entity)" in listing.output
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
        (["query", "drug-graph", "-p", "drug=clonazepam", "--format", "csv"], "this query returns a graph"),
        (["query", "adverse-effects"], "needs --param drug=VALUE"),
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


def test_a_parameter_the_answer_depends_on_is_required():
    """is-contraindicated used to answer "yes" for a default population nobody typed."""
    result = run("query", "is-contraindicated", "-p", "drug=Klonopin")
    assert result.exit_code != 0 and "yes" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "needs --param population=VALUE" in lines[0] and "e.g. pregnant-women" in lines[0]


def test_a_required_parameter_is_asked_for_on_a_terminal(monkeypatch):
    import drugkg.cli_query

    monkeypatch.setattr(drugkg.cli_query, "_interactive", lambda: True)
    result = CliRunner().invoke(
        main, ["query", "is-contraindicated", "--graph", str(FIXTURE)], input="Klonopin\npregnant women\n"
    )
    assert result.exit_code == 0, result.output
    assert "Population or condition (population, e.g. pregnant-women)" in result.output
    assert result.output.rstrip().endswith("yes")


def test_a_default_that_is_used_is_named():
    result = CliRunner().invoke(main, ["query", "well-supported-claims", "--graph", str(FIXTURE), "--format", "csv"])
    assert result.exit_code == 0
    assert "note: minSources not given; used the default '2'" in result.stderr
    assert "note:" not in result.stdout


@pytest.mark.parametrize(
    "value, suggested",
    [("Klonopine", "'Klonopin' (ent:clonazepam)"), ("baclofn", "'baclofen' (ent:baclofen)")],
)
def test_did_you_mean_suggests_entities_of_the_expected_class(value, suggested):
    result = run("query", "adverse-effects", "-p", f"drug={value}")
    assert result.exit_code != 0
    assert f"no entity called {value!r}" in result.output and f"did you mean {suggested}" in result.output
    assert "doc:" not in result.output  # documents are not drugs (it used to suggest article titles)


def test_suggestions_are_ranked_by_closeness_within_the_class():
    from queries.engine import OxigraphEngine
    from queries.suggest import suggestions

    engine = OxigraphEngine.from_files([FIXTURE])
    assert suggestions("trigeminal neuralgi", engine, ("DiseaseOrCondition",))[0].endswith("(ent:trigeminal-neuralgia)")
    assert all("ent:clonazepam" not in s for s in suggestions("klonopin", engine, ("DiseaseOrCondition",)))
    found = suggestions("Can Klonopin Help", engine, ("SourceDocument",))
    assert found and found[0].startswith("'Can Klonopin Help With Pain?'")


def test_tables_fit_the_width_asked_for():
    full = run("query", "drug-interactions", "-p", "drug=clonazepam", "--width", "0")
    assert max(len(line) for line in full.output.splitlines()) > 100  # the table as it is
    narrow = run("query", "drug-interactions", "-p", "drug=clonazepam", "--width", "70")
    assert narrow.exit_code == 0
    assert max(len(line) for line in narrow.output.splitlines()) <= 70
    # nothing is lost: every word of every cell is still there
    assert set(full.output.replace("…", " ").split()) <= set(narrow.output.replace("…", " ").split()) | {
        "-" * n for n in range(200)
    }


def test_narrow_tables_keep_columns_and_wrap():
    natural = run("query", "drugs-in-class", "-p", "class=cns-depressant", "--width", "0").output.splitlines()
    assert len(natural[0]) <= 60 < max(len(line) for line in natural) + 15  # the table is ~58 wide
    result = run("query", "drugs-in-class", "-p", "class=cns-depressant", "--width", "45")
    header, _, *rows, count = result.output.splitlines()
    assert header.split() == ["class", "member", "label", "type"] and count == "(1 row)"
    assert len(rows) > 1 and all(len(line) <= 45 for line in result.output.splitlines())  # one row, wrapped


def test_ad_hoc_queries_need_no_prefix_lines():
    for engine in ("oxigraph", "rdflib"):
        result = run("query", "-e", "SELECT ?d WHERE { ?d dkg:treats ent:spasticity }", "--engine", engine)
        assert result.exit_code == 0, result.output
        assert "ent:baclofen" in result.output
    bad = run("query", "-e", "SELECT ?d WHERE { ?d nope:treats ?c }")
    assert bad.exit_code != 0 and "unknown prefix 'nope:'" in bad.output


def test_a_misspelt_query_name_gets_did_you_mean():
    result = run("query", "druggs-for-condition")
    assert result.exit_code != 0 and "did you mean drugs-for-condition?" in result.output
