"""The exports, read by the tools integrators run: kgx (validate, transform), PyLD, networkx and a strict CSV
reader. Each must see every claim, its polarity, its hedge and its quotes as the graph states them.

kgx runs offline on the pinned Biolink Model (tests/kgx_offline.py shows how).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from graphcopy import with_quote
from kgx_offline import run_kgx
from rdflib import Graph, Literal, URIRef

from graph_build.export import export_graph
from graph_build.export.kgx import curie, tsv_value
from graph_build.export.neo4j import ARRAY_DELIMITERS
from ontology.context import load_context
from ontology.lexicon import converter
from ontology.schema import local_name
from ontology.vocab import DKG

pytest.importorskip("kgx", reason="kgx is in the test extras: pip install -e '.[test]'")

#: Entities no vocabulary knows: their KGX id keeps the project prefix `ent:`, which kgx (rightly) does not
#: find in Biolink's prefix map. These are the only kgx validation errors allowed.
PROJECT_ONLY = {
    "ent:alcohol", "ent:anticonvulsant-effect", "ent:anxiolytic-effect", "ent:benzodiazepine",
    "ent:breastfeeding-mothers", "ent:burning-sensation", "ent:central-nervous-system",
    "ent:chloride-channel-opening", "ent:chloride-influx", "ent:chronic-pain-prevalence-us", "ent:cns-depressant",
    "ent:cognitive-impairment", "ent:dissolving-tablet", "ent:elimination-half-life",
    "ent:enhanced-gaba-inhibition", "ent:epileptic-patients", "ent:gaba-b-receptor",
    "ent:gaba-mimetic-muscle-relaxant", "ent:high-impact-chronic-pain",
    "ent:high-impact-chronic-pain-prevalence-us", "ent:hypnotic", "ent:inhibitory-neurotransmitter",
    "ent:minor-injury", "ent:mood-change", "ent:movement-exercise", "ent:ms-patients", "ent:muscle-overactivity",
    "ent:muscle-relaxant-effect", "ent:muscle-tension", "ent:musculoskeletal-condition", "ent:nerve-stabilisation",
    "ent:neuropathic-pain", "ent:nocturnal-spasm", "ent:non-benzodiazepine-muscle-relaxant",
    "ent:non-pharmacological-treatment", "ent:opioid", "ent:oral-rinse", "ent:pain", "ent:physical-dependence",
    "ent:pregnant-women", "ent:psychological-dependence", "ent:reduced-neuronal-excitability", "ent:sedative",
    "ent:sedative-effect", "ent:skeletal-muscle-relaxant", "ent:slowed-nerve-signalling",
    "ent:spinal-reflex-inhibition", "ent:stretching-exercise", "ent:supervised-taper", "ent:topical-formulation",
    "ent:tricyclic-antidepressant", "ent:us-adults",
}  # fmt: skip


def _claims(graph: Graph) -> dict[str, dict]:
    """Claim CURIE -> what a reader must see: polarity, certainty, candidate flag and quotes."""
    out = {}
    for claim in graph.subjects(DKG.hasEvidence, None):
        quotes = sorted(str(graph.value(e, DKG.quote)) for e in graph.objects(claim, DKG.hasEvidence))
        out[curie(claim)] = {
            "negated": graph.value(claim, DKG.negated) == Literal(True),
            "certainty": local_name(graph.value(claim, DKG.certainty)),
            "candidate": graph.value(claim, DKG.candidate) == Literal(True),
            "quotes": quotes,
        }
    return out


def _report(output: str) -> dict:
    """The JSON error report kgx validate prints (the last JSON object of its output)."""
    start, end = output.find("{"), output.rfind("}")
    return json.loads(output[start : end + 1]) if start >= 0 else {}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _to_jsonl(folder: Path, suffix: str, out: Path) -> dict[str, dict]:
    """`kgx transform --stream` of a KGX folder into JSON Lines; the edges read back, by id."""
    result = run_kgx("transform", "--stream", "--input-format", suffix, "--output-format", "jsonl",
                     "--output", out, folder / f"nodes.{suffix}", folder / f"edges.{suffix}")  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return {e["id"]: e for e in _jsonl(out.with_name(out.name + "_edges.jsonl"))}


@pytest.fixture(scope="module")
def exported(graph, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("tools")
    paths = {fmt: export_graph(graph, fmt, out / fmt) for fmt in ("kgx", "kgx-jsonl", "graphml", "neo4j", "jsonld")}
    paths["graphml-all"] = export_graph(graph, "graphml", out / "graphml-all", all_claims=True)
    return paths


@pytest.fixture(scope="module")
def claims(graph) -> dict[str, dict]:
    return _claims(graph)


@pytest.mark.parametrize(("fmt", "suffix"), [("kgx", "tsv"), ("kgx-jsonl", "jsonl")])
def test_kgx_validate_reports_only_the_project_prefix(exported, fmt, suffix):
    folder = exported[fmt]
    result = run_kgx("validate", "--input-format", suffix, folder / f"nodes.{suffix}", folder / f"edges.{suffix}")
    report = _report(result.stdout + result.stderr)
    messages = [m for level in report.values() for kind in level.values() for m in kind]
    others = [m for m in messages if "CURIE prefix 'ent'" not in m]
    assert others == []
    flagged = {found for m in messages for found in re.findall(r"value '(ent:[^'>]+)", m)}
    nodes = {json.loads(line)["id"] for line in (exported["kgx-jsonl"] / "nodes.jsonl").read_text().splitlines()}
    assert flagged == {n for n in nodes if n.startswith("ent:")} == PROJECT_ONLY


def test_kgx_transform_keeps_every_claim_its_polarity_hedge_and_quotes(exported, claims, tmp_path):
    edges = _to_jsonl(exported["kgx"], "tsv", tmp_path / "round")
    assert set(edges) == set(claims)
    for claim_id, expected in claims.items():
        edge = edges[claim_id]
        assert edge.get("negated", False) is expected["negated"], claim_id
        assert edge["has_confidence_level"] == f"dkg:{expected['certainty']}", claim_id
        assert (edge["knowledge_level"] == "knowledge_assertion") is (
            expected["certainty"] in ("Asserted", "Occasional") and not expected["candidate"]
        ), claim_id
        assert set(edge["supporting_text"]) == {tsv_value(q) for q in expected["quotes"]}, claim_id


def test_kgx_writes_back_the_tsv_it_read(exported, tmp_path):
    """TSV -> JSON Lines -> TSV with kgx (streaming, with the columns kgx needs to stream into TSV): every cell
    of every claim comes back as drugkg wrote it."""
    folder = exported["kgx"]
    _to_jsonl(folder, "tsv", tmp_path / "mid")
    with open(folder / "edges.tsv", encoding="utf-8", newline="") as handle:
        ours = {r["id"]: r for r in csv.DictReader(handle, delimiter="\t")}
    with open(folder / "nodes.tsv", encoding="utf-8", newline="") as handle:
        node_columns = next(csv.reader(handle, delimiter="\t"))
    edge_columns = list(next(iter(ours.values())))
    script = (
        "import sys, json; sys.path.insert(0, sys.argv[1]); import kgx_offline; kgx_offline.patch_kgx_offline();"
        "from kgx.transformer import Transformer;"
        "Transformer(stream=True).transform("
        "{'filename': [sys.argv[2], sys.argv[3]], 'format': 'jsonl'},"
        "{'filename': sys.argv[4], 'format': 'tsv', 'node_properties': json.loads(sys.argv[5]),"
        " 'edge_properties': json.loads(sys.argv[6])})"
    )
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent), str(tmp_path / "mid_nodes.jsonl"),
                    str(tmp_path / "mid_edges.jsonl"), str(tmp_path / "back"), json.dumps(node_columns),
                    json.dumps(edge_columns)], check=True, capture_output=True, timeout=600)  # fmt: skip
    with open(tmp_path / "back_edges.tsv", encoding="utf-8", newline="") as handle:
        back = {r["id"]: r for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    assert set(back) == set(ours)
    for claim_id, row in ours.items():
        differing = {c: (v, back[claim_id].get(c)) for c, v in row.items() if _cell(back[claim_id].get(c)) != _cell(v)}
        assert differing == {}, claim_id


def _cell(value: str | None) -> frozenset[str]:
    """A TSV cell as kgx means it: a list of values whose order carries no meaning."""
    return frozenset((value or "").split("|")) - {""}


def test_kgx_reads_the_jsonl_export_with_every_quote_exact(exported, claims, tmp_path):
    folder = exported["kgx-jsonl"]
    ours = {e["id"]: e for e in _jsonl(folder / "edges.jsonl")}
    for claim_id, expected in claims.items():
        assert ours[claim_id]["supporting_text"] == sorted(set(expected["quotes"]))  # exact, `|` included
        assert ours[claim_id]["negated"] is expected["negated"]
    again = _to_jsonl(folder, "jsonl", tmp_path / "again")
    assert set(again) == set(claims)
    for claim_id, expected in claims.items():
        assert set(again[claim_id]["supporting_text"]) == set(expected["quotes"]), claim_id
        assert again[claim_id]["negated"] is expected["negated"], claim_id


def test_a_hedge_is_visible_in_biolink_slots_alone(exported, claims):
    edges = {e["id"]: e for e in _jsonl(exported["kgx-jsonl"] / "edges.jsonl")}
    hedged = {c for c, e in claims.items() if e["certainty"] != "Asserted"}
    assert hedged, "the seed articles hedge some claims"
    seen_hedged = {c for c, e in edges.items() if e["has_confidence_level"] != "dkg:Asserted"}
    assert seen_hedged == hedged
    treats = {c for c in hedged if edges[c]["original_predicate"] == "dkg:treats"}
    assert treats and all(edges[c]["predicate"] != "biolink:treats" for c in treats)


def test_pyld_sees_booleans_numbers_and_the_context_terms(exported, graph):
    jsonld = pytest.importorskip("pyld").jsonld
    document = json.loads(exported["jsonld"].read_text(encoding="utf-8"))
    expanded = jsonld.expand(document)
    compacted = jsonld.compact(expanded, load_context())
    nodes = {n["@id"]: n for n in compacted["@graph"]}
    claims = {n: v for n, v in nodes.items() if "negated" in v}
    assert len(claims) == len(set(graph.subjects(DKG.hasEvidence, None)))
    for node_id, node in claims.items():
        iri = URIRef(converter().expand_strict(node_id))
        assert node["negated"] is (graph.value(iri, DKG.negated) == Literal(True)), node_id
        assert node["supportCount"] == int(graph.value(iri, DKG.supportCount)), node_id
    evidence = [n for n in nodes.values() if "quote" in n]
    assert evidence and not any("dkg:quote" in n for n in nodes.values())
    assert Counter(type(n["negated"]) for n in claims.values()) == Counter({bool: len(claims)})


def test_networkx_paths_never_walk_a_negated_claim(exported, claims):
    net = nx.read_graphml(exported["graphml"], force_multigraph=True)
    walkable = {c for c, e in claims.items() if not e["negated"] and not e["candidate"]}
    assert {k for _, _, k in net.edges(keys=True)} == walkable
    assert not any(d.get("negated") for _, _, d in net.edges(data=True))
    everything = nx.read_graphml(exported["graphml-all"], force_multigraph=True)
    assert {k for _, _, k in everything.edges(keys=True)} == set(claims)
    negated = {k for _, _, k, d in everything.edges(keys=True, data=True) if d["negated"] is True}
    assert negated == {c for c, e in claims.items() if e["negated"]}
    for u, v, key in everything.edges(keys=True):
        if key in negated and nx.has_path(net, u, v):
            path = nx.shortest_path(net, u, v)
            assert all(net.has_edge(a, b) for a, b in itertools.pairwise(path))


def test_neo4j_csv_read_strictly_gives_back_every_value(exported, claims):
    folder = exported["neo4j"]
    command = (folder / "import.txt").read_text(encoding="utf-8")
    shown = re.search(r"--array-delimiter=(\S+)", command).group(1)
    delimiter = "\u001f" if shown == "$'\\x1f'" else shown.strip("'")
    assert delimiter in ARRAY_DELIMITERS
    with open(folder / "relationships.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, strict=True))
    header, body = rows[0], rows[1:]
    column = {h.split(":")[0] if h.split(":")[0] else h: i for i, h in enumerate(header)}
    assert len(body) == len(claims)
    for row in body:
        claim_id = row[column["id"]]
        expected = claims[claim_id]
        assert sorted(row[column["supporting_text"]].split(delimiter)) == expected["quotes"], claim_id
        kind = row[column[":TYPE"]]
        assert kind.startswith("NOT_") is expected["negated"], claim_id
        assert row[column["negated"]] == str(expected["negated"]).lower()
        plain = not (expected["negated"] or expected["candidate"] or expected["certainty"] != "Asserted")
        assert plain is not bool(re.match(r"(NOT|HEDGED|CANDIDATE)_", kind)), claim_id


HOSTILE = 'He said "stop"; then | left\n\tand\r\u2028 \u0085 end \\ back'


@pytest.fixture(scope="module")
def hostile(graph) -> tuple[Graph, str]:
    """The built graph with one quote holding every character a format might mangle; that claim's CURIE."""
    copy, evidence = with_quote(graph, HOSTILE)
    return copy, curie(next(copy.subjects(DKG.hasEvidence, evidence)))


def test_kgx_jsonl_and_neo4j_keep_every_character(hostile):
    from graph_build.export.kgx import kgx_files, kgx_jsonl_files
    from graph_build.export.neo4j import neo4j_files

    graph, claim_id = hostile
    edges = {json.loads(line)["id"]: json.loads(line) for line in kgx_jsonl_files(graph)["edges.jsonl"].splitlines()}
    assert HOSTILE in edges[claim_id]["supporting_text"]
    tsv = list(csv.DictReader(kgx_files(graph)["edges.tsv"].splitlines(), delimiter="\t"))
    cell = next(r["supporting_text"] for r in tsv if r["id"] == claim_id)
    assert tsv_value(HOSTILE) in cell.split("|")  # | written as ¦, breaks as spaces: one value, one row
    assert len(tsv) == len(edges)
    files = neo4j_files(graph)
    assert "--array-delimiter='\u00a6'" in files["import.txt"]  # ; and | both occur in a value
    rows = list(csv.reader(io.StringIO(files["relationships.csv"], newline=""), strict=True))
    column = [h.split(":")[0] for h in rows[0]].index("supporting_text")
    assert HOSTILE in next(r[column] for r in rows if claim_id in r).split("\u00a6")


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "nquads", "trig", "jsonld", "xml", "graphml"])
def test_rdf_exports_hold_every_character(hostile, fmt):
    from graph_build.export import export_text

    graph, _ = hostile
    text = export_text(graph, fmt)  # RDF formats: re-read strictly and compared with the graph, or it raises
    assert isinstance(text, str) and text == export_text(graph, fmt)


def test_xml_refuses_what_xml_cannot_hold_with_one_clear_line(hostile):
    from base.errors import DrugkgError
    from graph_build.export import export_text

    graph, _ = hostile
    broken, _ = with_quote(graph, "a\x0bb")
    with pytest.raises(DrugkgError, match=r"U\+000B cannot be written in XML") as raised:
        export_text(broken, "xml")
    assert "\n" not in str(raised.value)
    assert "ntriples" in str(raised.value)
    assert export_text(broken, "ntriples").count("\\u000B") == 1


@pytest.mark.parametrize("fmt", ["kgx", "neo4j", "turtle"])
def test_exports_are_readable_as_the_umask_allows(graph, tmp_path, fmt):
    import os
    import stat

    old = os.umask(0o022)
    try:
        target = export_graph(graph, fmt, tmp_path / f"out-{fmt}")
    finally:
        os.umask(old)
    paths = [target.resolve(), *target.resolve().iterdir()] if target.is_dir() else [target.resolve()]
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in paths}
    assert modes == {p.name: 0o755 if p.is_dir() else 0o644 for p in paths}
