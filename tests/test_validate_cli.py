"""`drugkg validate`: SHACL problems of any Turtle file and Biolink problems of a KGX folder, in plain words."""

from __future__ import annotations

from click.testing import CliRunner

from drugkg.cli import main
from graph_build.export import export_graph


def test_the_built_graph_conforms(built):
    result = CliRunner().invoke(main, ["validate", str(built.outputs[0])])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_violations_are_listed_in_plain_words(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix dkg: <https://w3id.org/drugkg/ontology#> .\n"
        '<https://w3id.org/drugkg/claim/x> a dkg:Claim ; dkg:negated "maybe" .\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "claim:x: needs at least 1 value(s) of dkg:subject" in result.output
    assert "dkg:negated must be a literal of type xsd:boolean (found: maybe)" in result.output


def test_broken_turtle_is_one_error_line(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("<http://a> <http://b", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "not valid Turtle" in result.output
    assert "Traceback" not in result.output


def test_kgx_folder_is_checked_against_biolink(graph, tmp_path):
    folder = export_graph(graph, "kgx", tmp_path / "kgx")
    assert CliRunner().invoke(main, ["validate", str(folder)]).exit_code == 0
    edges = (folder / "edges.tsv").read_text(encoding="utf-8")
    (folder / "edges.tsv").write_text(edges.replace("biolink:treats", "biolink:heals", 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(folder)])
    assert result.exit_code == 1
    assert "biolink:heals is not a Biolink" in result.output


def test_kgx_jsonl_folder_is_checked_for_enums_and_single_values(graph, tmp_path):
    import json

    folder = export_graph(graph, "kgx-jsonl", tmp_path / "kgx")
    result = CliRunner().invoke(main, ["validate", str(folder)])
    assert result.exit_code == 0, result.output
    edges = [json.loads(line) for line in (folder / "edges.jsonl").read_text(encoding="utf-8").splitlines()]
    edges[0]["disease_context_qualifier"] = ["MONDO:0005148", "MONDO:0005015"]  # a one-value slot, two values
    edges[1]["object_direction_qualifier"] = "sideways"
    target = folder.resolve() / "edges.jsonl"
    target.write_text("".join(json.dumps(e) + "\n" for e in edges), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(folder)])
    assert result.exit_code == 1
    assert "disease_context_qualifier holds 2 values but is single-valued in Biolink" in result.output
    assert "object_direction_qualifier 'sideways' is not in DirectionQualifierEnum" in result.output
