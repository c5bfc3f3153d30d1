"""N-Triples, N-Quads, TriG, RDF/XML and JSON-LD streamed with pyoxigraph (graph_build/export/rdf_stream.py):
the bytes of the rdflib path, checked by a strict re-read that fails on a lost triple; the graphs the
streamed writers do not cover fall back; integrators' readers (rdflib, Oxigraph, PyLD) read the files."""

from __future__ import annotations

import json
import random
import re

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from test_export_streamed import OBJECTS

import graph_build.export.rdf_stream as rdf_stream
import graph_build.export.turtle_stream as turtle_stream
from base.errors import DrugkgError
from graph_build.export import export_file, export_graph, export_text, load_built_graph
from graph_build.export.check import to_rdflib

FORMATS = ["ntriples", "nquads", "trig", "xml", "jsonld"]
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDFLIB_FORMATS = {"ntriples": "nt", "nquads": "nquads", "trig": "trig", "xml": "xml", "jsonld": "json-ld"}
NOT_CANONICAL = re.compile(r'^"(?:007|\+7|1E0|1)"\^\^<http://www.w3.org/2001/XMLSchema#(?:integer|double|boolean)>')


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_streamed_export_is_the_rdflib_paths_bytes(built, tmp_path, fmt):
    graph_path = built.outputs[0]
    export_graph(load_built_graph(graph_path), fmt, tmp_path / "rdflib")
    export_file(graph_path, fmt, tmp_path / "streamed")
    assert (tmp_path / "streamed").read_bytes() == (tmp_path / "rdflib").read_bytes()


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_n_triples_and_dataset_input_give_the_same_bytes(built, tmp_path, fmt):
    """Read from N-Triples or from a TriG dataset (named graphs merged), the export is the same."""
    expected = rdf_stream.streamed_export(built.outputs[0], fmt)
    for source_format in ("ntriples", "trig"):
        source = export_file(built.outputs[0], source_format, tmp_path / f"g.{source_format[:4]}")
        source = source.rename(source.with_suffix(".nt" if source_format == "ntriples" else ".trig"))
        assert rdf_stream.streamed_export(source, fmt) == expected


def _pyoxigraph_graph(path) -> Graph:
    """The graph as pyoxigraph reads it, as rdflib terms that keep each literal's lexical form."""
    graph = Graph()
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def _edge_cases(tmp_path, fmt: str, seed: int):
    rng = random.Random(seed)
    subjects = ["<https://w3id.org/drugkg/entity/s>", "<https://w3id.org/drugkg/claim/c1>", "<http://example.org/s&t>"]
    predicates = [
        TYPE,
        "<https://w3id.org/drugkg/ontology#negated>",  # a boolean term of the JSON-LD context
        "<https://w3id.org/drugkg/ontology#confidence>",  # a term typed xsd:decimal
        "<https://w3id.org/drugkg/ontology#subject>",  # a term typed @id
        "<http://www.w3.org/2000/01/rdf-schema#label>",
        "<http://example.org/p>",
    ]
    objects = [o for o in OBJECTS if fmt != "xml" or "\\u0001" not in o]  # XML cannot hold U+0001
    if fmt == "jsonld":  # a JSON number or boolean cannot keep "007", "+7", "1E0" or "1" (both paths refuse them)
        objects = [o for o in objects if not NOT_CANONICAL.search(o)]
    # a literal rdf:type is left out: rdflib's JSON-LD writer makes "@type" of it, which no reader accepts
    lines = [f"{s} {p} {o} .\n" for s in subjects for p in predicates for o in objects if o[0] == "<" or p != TYPE]
    lines += rng.choices(lines, k=40)  # duplicates
    rng.shuffle(lines)
    source = tmp_path / f"edge-{seed}.nt"
    source.write_text("".join(lines if seed == 0 else rng.sample(lines, k=len(lines) // 3)), encoding="utf-8")
    return source


@pytest.mark.parametrize("fmt", FORMATS)
def test_edge_cases_give_the_rdflib_writers_bytes(tmp_path, fmt):
    """Order, escapes, controls, language tags, shorthand and non-canonical forms, prefixes, keys and types of
    the JSON-LD context, duplicates: the bytes the rdflib path's writers give for the same terms."""
    for seed in range(3):
        source = _edge_cases(tmp_path, fmt, seed)
        expected = export_text(_pyoxigraph_graph(source), fmt)
        assert rdf_stream.streamed_export(source, fmt).decode("utf-8") == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_streamed_export_means_what_the_rdflib_path_wrote(tmp_path, fmt):
    """Where rdflib's parser rewrites the input (`"007"` as `"7"`, `"1"^^xsd:boolean` as `"true"`, `@EN-gb`
    kept where pyoxigraph reads `@en-gb`), the bytes may differ; the graphs are the same."""
    source = _edge_cases(tmp_path, fmt, 0)
    streamed = export_file(source, fmt, tmp_path / "streamed")
    old = export_graph(Graph().parse(source, format="nt"), fmt, tmp_path / "rdflib")
    read = [Dataset().parse(path, format=RDFLIB_FORMATS[fmt]) for path in (streamed, old)]
    union = [Graph() for _ in read]
    for dataset, graph in zip(read, union, strict=True):
        for s, p, o, _ in dataset.quads():
            graph.add((s, p, o))
    # no blank nodes: the same set of triples (rdflib compares language tags case-insensitively, as RDF does)
    assert len(union[0]) >= 250 and set(union[0]) == set(union[1])


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_rdflib_reads_each_document_graph(built, tmp_path, fmt):
    """Each named graph holds a document's claims, their evidence and the direct triples they give."""
    path = export_file(built.outputs[0], fmt, tmp_path / f"out.{fmt}")
    dataset = Dataset().parse(path, format=fmt)
    graph = load_built_graph(built.outputs[0])
    documents = {g.identifier for g in dataset.graphs() if len(g) and g.identifier != dataset.default_graph.identifier}
    assert documents == set(graph.objects(None, rdf_stream.DKG.sourceDocument))
    for document in documents:
        named = dataset.graph(document)
        for claim in named.subjects(rdf_stream.DKG.hasEvidence, None):
            evidence = named.objects(claim, rdf_stream.DKG.hasEvidence)
            assert any((e, rdf_stream.DKG.sourceDocument, document) in named for e in evidence)
        assert set(named.objects(None, rdf_stream.DKG.sourceDocument)) == {document}


def test_pyld_expands_the_streamed_json_ld_to_the_graph(built, tmp_path):
    jsonld = pytest.importorskip("pyld").jsonld
    path = export_file(built.outputs[0], "jsonld", tmp_path / "out.jsonld")
    nquads = jsonld.to_rdf(json.loads(path.read_text(encoding="utf-8")), {"format": "application/n-quads"})
    assert isomorphic(Graph().parse(data=nquads, format="nquads"), load_built_graph(built.outputs[0]))


def _edited(writer, edit):
    """The writer with its bytes edited before they are handed on (the graph's lines still go to the check)."""

    def edited(graph_path, out):
        inner = rdf_stream.Output()
        inner.expect, inner.expecting = out.expect, out.expecting
        writer(graph_path, inner)
        out.write(edit(inner.data()))

    return edited


def _lose_one_line(writer):
    def without_the_last_but_one(data):
        lines = data.splitlines(keepends=True)
        return b"".join(lines[:-2] + lines[-1:])

    return _edited(writer, without_the_last_but_one)


@pytest.mark.parametrize("in_process", [False, True], ids=["checked beside the writer", "checked after it"])
def test_a_writer_that_loses_a_triple_is_refused(built, tmp_path, monkeypatch, in_process):
    monkeypatch.setattr(turtle_stream, "CHECK_IN_PROCESS", in_process)
    monkeypatch.setitem(rdf_stream.WRITERS, "ntriples", _lose_one_line(rdf_stream.WRITERS["ntriples"]))
    with pytest.raises(DrugkgError, match=r"differs from the graph \(1 triples lost, 0 added"):
        export_file(built.outputs[0], "ntriples", tmp_path / "out.nt")
    assert not (tmp_path / "out.nt").exists()


@pytest.mark.parametrize("in_process", [False, True], ids=["checked beside the writer", "checked after it"])
@pytest.mark.parametrize("fmt", ["ntriples", "trig"])
def test_a_writer_that_adds_a_triple_is_refused(built, tmp_path, monkeypatch, in_process, fmt):
    monkeypatch.setattr(turtle_stream, "CHECK_IN_PROCESS", in_process)
    extra = b'<https://w3id.org/drugkg/entity/aspirin> <http://www.w3.org/2000/01/rdf-schema#label> "not said" .\n'
    monkeypatch.setitem(rdf_stream.WRITERS, fmt, _edited(rdf_stream.WRITERS[fmt], lambda data: data + extra))
    with pytest.raises(DrugkgError, match=r"differs from the graph \(0 triples lost, 1 added"):
        export_file(built.outputs[0], fmt, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("in_process", [False, True], ids=["checked beside the writer", "checked after it"])
def test_a_writer_that_changes_a_literal_is_refused(built, tmp_path, monkeypatch, in_process):
    monkeypatch.setattr(turtle_stream, "CHECK_IN_PROCESS", in_process)

    def changed(data):  # the first '"' of N-Triples opens a literal (an IRI cannot hold one)
        assert b'"' in data
        return data.replace(b'"', b'"changed ', 1)

    monkeypatch.setitem(rdf_stream.WRITERS, "ntriples", _edited(rdf_stream.WRITERS["ntriples"], changed))
    with pytest.raises(DrugkgError, match=r"differs from the graph \(1 triples lost, 1 added"):
        export_file(built.outputs[0], "ntriples", tmp_path / "out.nt")
    assert not (tmp_path / "out.nt").exists()


@pytest.mark.parametrize("in_process", [False, True], ids=["checked beside the writer", "checked after it"])
def test_text_the_strict_parser_refuses_is_not_written(built, tmp_path, monkeypatch, in_process):
    monkeypatch.setattr(turtle_stream, "CHECK_IN_PROCESS", in_process)
    real = rdf_stream.WRITERS["jsonld"]
    monkeypatch.setitem(rdf_stream.WRITERS, "jsonld", lambda path, out: (real(path, out), out.write("}")))
    with pytest.raises(DrugkgError, match="jsonld export does not parse strictly"):
        export_file(built.outputs[0], "jsonld", tmp_path / "out.jsonld")
    assert not (tmp_path / "out.jsonld").exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_blank_nodes_take_the_rdflib_path(tmp_path, fmt):
    source = tmp_path / "b.ttl"
    source.write_text('<http://x/a> <http://x/p> [ <http://x/q> "v" ] ; <http://x/r> "w" .\n', encoding="utf-8")
    assert rdf_stream.streamed_export(source, fmt) is None
    out = export_file(source, fmt, tmp_path / "out")
    union = Graph()
    for s, p, o, _ in Dataset().parse(out, format=RDFLIB_FORMATS[fmt]).quads():
        union.add((s, p, o))
    assert isomorphic(union, load_built_graph(source))


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_a_claim_with_two_subjects_takes_the_rdflib_path(tmp_path, fmt):
    """Which direct triple such a claim gives depends on rdflib's hash order: not the streamed writer's call."""
    dkg = "https://w3id.org/drugkg/ontology#"
    e = "https://w3id.org/drugkg/entity/"
    source = tmp_path / "two.nt"
    source.write_text(
        f"<{e}c> <{dkg}hasEvidence> <{e}ev> .\n<{e}ev> <{dkg}sourceDocument> <{e}d> .\n"
        f"<{e}c> <{dkg}subject> <{e}a> .\n<{e}c> <{dkg}subject> <{e}b> .\n",
        encoding="utf-8",
    )
    assert rdf_stream.streamed_export(source, fmt) is None
    assert rdf_stream.streamed_export(source, "ntriples") is not None


def test_xml_refuses_a_control_character_with_one_clear_line(tmp_path):
    source = tmp_path / "c.nt"
    source.write_text('<http://x/a> <http://x/p> "a\\u000Bb" .\n<http://x/b> <http://x/p> "c" .\n', encoding="utf-8")
    with pytest.raises(DrugkgError, match=r"U\+000B cannot be written in XML"):
        export_file(source, "xml", tmp_path / "out.rdf")
    assert not (tmp_path / "out.rdf").exists()


def test_invalid_input_is_one_clear_error(tmp_path):
    source = tmp_path / "bad.nt"
    source.write_text("<http://x/a> <http://x/p> .\n", encoding="utf-8")
    for fmt in FORMATS:
        with pytest.raises(DrugkgError, match="cannot parse the graph"):
            export_file(source, fmt, tmp_path / "out")


@pytest.mark.parametrize("fmt", ["turtle", *FORMATS])
@pytest.mark.parametrize(
    "bad",
    ["<http://x/a> <http://x/p> <http://x/{b}> .", '<http://x/a> <http://x/p> "x"@en_US .'],
    ids=["IRI", "language tag"],
)
def test_a_graph_only_the_lenient_reader_takes_is_the_graphs_error(tmp_path, fmt, bad):
    """The writers read leniently (decision 0972); a graph the strict parser refuses is still refused as the
    graph's fault, not as a writer's, and nothing is written."""
    source = tmp_path / "bad.nt"
    source.write_text(bad + '\n<http://x/b> <http://x/p> "c" .\n', encoding="utf-8")
    with pytest.raises(DrugkgError, match="cannot parse the graph"):
        export_file(source, fmt, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_checker_that_dies_leaves_the_check_to_the_writer(built, tmp_path, monkeypatch):
    """The pipe's thread meets a broken pipe, the writer does not wait on it, and checks in its own process."""
    real = turtle_stream.start_checker

    def dying(*args):
        checker = real(*args)
        checker.kill()
        checker.wait()
        return checker

    monkeypatch.setattr(turtle_stream, "start_checker", dying)
    export_file(built.outputs[0], "trig", tmp_path / "out.trig")
    expected = export_text(load_built_graph(built.outputs[0]), "trig")
    assert (tmp_path / "out.trig").read_text(encoding="utf-8") == expected
    monkeypatch.setitem(rdf_stream.WRITERS, "ntriples", _lose_one_line(rdf_stream.WRITERS["ntriples"]))
    with pytest.raises(DrugkgError, match=r"differs from the graph \(1 triples lost, 0 added"):
        export_file(built.outputs[0], "ntriples", tmp_path / "out.nt")
    assert not (tmp_path / "out.nt").exists()


def test_json_ld_refuses_a_lexical_form_a_json_number_cannot_keep(tmp_path):
    """`"007"^^xsd:integer` becomes the JSON number 7, read back as "7": both paths refuse it by the check."""
    source = tmp_path / "n.nt"
    integer = "<http://www.w3.org/2001/XMLSchema#integer>"
    source.write_text(f'<http://x/a> <http://x/p> "007"^^{integer} .\n<http://x/b> <http://x/p> "c" .\n')
    with pytest.raises(DrugkgError, match="differs from the graph"):
        export_file(source, "jsonld", tmp_path / "out.jsonld")
    with pytest.raises(DrugkgError, match="differs from the graph"):
        export_text(_pyoxigraph_graph(source), "jsonld")
