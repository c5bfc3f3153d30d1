"""`drugkg export --format turtle` streamed with pyoxigraph (graph_build/export/__init__.py `export_file`): the same
text as the rdflib path, checked by a strict re-read that fails on a lost triple; blank nodes fall back."""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

import graph_build.export.turtle_stream as turtle_stream
from base.errors import DrugkgError
from graph_build.export import export_file, export_graph, load_built_graph, streamed_turtle
from graph_build.export.check import to_rdflib
from graph_build.export.turtle_check import compare, frame
from graph_build.write import turtle_from_triples


def test_the_streamed_turtle_is_the_rdflib_paths_text(built, tmp_path):
    graph_path = built.outputs[0]
    export_graph(load_built_graph(graph_path), "turtle", tmp_path / "rdflib.ttl")
    export_file(graph_path, "turtle", tmp_path / "streamed.ttl")
    assert (tmp_path / "streamed.ttl").read_bytes() == (tmp_path / "rdflib.ttl").read_bytes()


def test_n_triples_input_gives_the_same_turtle(built, tmp_path):
    graph_path = built.outputs[0]
    export_graph(load_built_graph(graph_path), "ntriples", tmp_path / "g.nt")
    assert streamed_turtle(tmp_path / "g.nt") == Path(graph_path).read_text(encoding="utf-8")


def _without_one_triple(groups):
    subject = min(groups)
    predicate = min(groups[subject])
    del groups[subject][predicate][0]
    if not groups[subject][predicate]:
        del groups[subject][predicate]
    if not groups[subject]:
        del groups[subject]
    return groups


@pytest.mark.parametrize("in_process", [False, True], ids=["checked beside the writer", "checked after it"])
def test_a_writer_that_loses_a_triple_is_refused(built, tmp_path, monkeypatch, in_process):
    real = turtle_stream.turtle_from_groups
    monkeypatch.setattr(turtle_stream, "CHECK_IN_PROCESS", in_process)
    monkeypatch.setattr(
        turtle_stream, "turtle_from_groups", lambda groups, sink=None: real(_without_one_triple(groups), sink)
    )
    with pytest.raises(DrugkgError, match=r"differs from the graph \(1 triples lost"):
        export_file(built.outputs[0], "turtle", tmp_path / "out.ttl")
    assert not (tmp_path / "out.ttl").exists()


def test_blank_nodes_take_the_rdflib_path(tmp_path):
    source = tmp_path / "b.ttl"
    source.write_text('<http://x/a> <http://x/p> [ <http://x/q> "v" ] .\n', encoding="utf-8")
    assert streamed_turtle(source) is None
    export_file(source, "turtle", tmp_path / "out.ttl")
    assert "_:" in (tmp_path / "out.ttl").read_text(encoding="utf-8")


def test_invalid_input_is_one_clear_error(tmp_path):
    source = tmp_path / "bad.ttl"
    source.write_text("<http://x/a> <http://x/p> .\n", encoding="utf-8")
    with pytest.raises(DrugkgError, match="cannot parse the graph"):
        export_file(source, "turtle", tmp_path / "out.ttl")
    with pytest.raises(DrugkgError, match="not found"):
        export_file(tmp_path / "missing.ttl", "turtle", tmp_path / "out.ttl")


def test_exporting_the_build_onto_itself_leaves_it_alone(built, tmp_path):
    folder = tmp_path / "copy"
    shutil.copytree(Path(built.outputs[0]).resolve().parent, folder, symlinks=True)
    graph_path = folder / "drugkg.ttl"
    before = graph_path.stat().st_mtime_ns
    export_file(graph_path, "turtle", graph_path)
    assert graph_path.stat().st_mtime_ns == before


def _rdflib_writer_text(path: Path) -> str:
    """What the project's writer makes of the terms pyoxigraph reads (the streamed path before decision 0940)."""
    triples = [
        (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
        for q in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    ]
    return turtle_from_triples(triples)


XSD_NS = "http://www.w3.org/2001/XMLSchema#"
OBJECTS = [
    "<https://w3id.org/drugkg/entity/b>",
    "<https://w3id.org/drugkg/entity/a/b>",  # not a local name: written in full
    "<http://purl.obolibrary.org/obo/CHEBI_3756>",  # the longest namespace wins
    "<http://purl.obolibrary.org/obo/CHEBI_a.>",  # CHEBI_ does not fit, a shorter one may
    "<http://example.org/x>",
    '"plain"',
    '"plain"^^<' + XSD_NS + "string>",
    '"1"^^<' + XSD_NS + "decimal>",
    '"1.0"^^<' + XSD_NS + "decimal>",
    '"+7"^^<' + XSD_NS + "integer>",
    '"007"^^<' + XSD_NS + "integer>",
    '"1E0"^^<' + XSD_NS + "double>",
    '"true"^^<' + XSD_NS + "boolean>",
    '"1"^^<' + XSD_NS + "boolean>",
    '"P2D"^^<' + XSD_NS + "duration>",
    '"douleur"@fr',
    '"Pain"@EN-gb',
    r'"say \"hi\"\n\ttab\\ back"',
    r'"\u0001\u007F\u0085 \u2028 \u00E9 \U0001F600 \b\f\r"',
    '"a"',
    '"a"@en',
    '"a"^^<http://example.org/dt>',
    '"' + "long value " * 9 + '"',
]


def test_the_streamed_writer_writes_the_bytes_of_the_rdflib_terms_writer(tmp_path):
    """Edge cases of order, shorthand, escapes, prefixes and duplicates, in a shuffled file, give the same
    bytes as the project's writer on rdflib terms; so does a random mix of them."""
    rng = random.Random(17)
    subjects = ["<https://w3id.org/drugkg/entity/s>", "<https://w3id.org/drugkg/claim/c1>", "<http://example.org/s>"]
    predicates = [
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
        "<https://w3id.org/drugkg/ontology#p>",
        "<http://www.w3.org/2000/01/rdf-schema#label>",
        "<http://example.org/p>",
    ]
    lines = [f"{s} {p} {o} .\n" for s in subjects for p in predicates for o in OBJECTS]
    lines += rng.choices(lines, k=40)  # duplicates
    for trial in range(3):
        rng.shuffle(lines)
        chosen = lines if trial == 0 else rng.sample(lines, k=len(lines) // 3)
        source = tmp_path / f"g{trial}.nt"
        source.write_text("".join(chosen), encoding="utf-8")
        assert streamed_turtle(source) == _rdflib_writer_text(source)


@pytest.mark.parametrize("in_process", [False, True], ids=["checked beside the writer", "checked after it"])
def test_text_the_strict_parser_refuses_is_not_written(built, tmp_path, monkeypatch, in_process):
    """The re-read is of the very bytes written, header included: a prefix the header does not declare fails."""
    real = turtle_stream.TextTurtleWriter._iri
    monkeypatch.setattr(turtle_stream, "CHECK_IN_PROCESS", in_process)
    monkeypatch.setattr(
        turtle_stream.TextTurtleWriter,
        "_iri",
        lambda self, text: "undeclared:x" if text.endswith("/clonazepam") else real(self, text),
    )
    with pytest.raises(DrugkgError, match="does not parse strictly"):
        export_file(built.outputs[0], "turtle", tmp_path / "out.ttl")
    assert not (tmp_path / "out.ttl").exists()


def test_the_checker_counts_lost_and_added_triples(tmp_path):
    source = tmp_path / "g.nt"
    source.write_text('<http://x/a> <http://x/p> <http://x/b> .\n<http://x/a> <http://x/p> "1" .\n', encoding="utf-8")
    same = b'<http://x/a> <http://x/p> <http://x/b>, "1" .\n'
    other = b'<http://x/a> <http://x/p> <http://x/b>, "2", "3" .\n'
    assert compare(str(source), io.BytesIO(same)) == {"lost": 0, "added": 0}
    assert compare(str(source), io.BytesIO(other)) == {"lost": 1, "added": 2}
    assert "syntax" in compare(str(source), io.BytesIO(b"<http://x/a> <http://x/p> ."))


def test_the_checker_counts_against_the_lines_the_writer_read(tmp_path):
    # the writers hand the checking process the graph's canonical lines as read ("-"), then the export
    read = frame(["<http://x/a> <http://x/p> <http://x/b>", '<http://x/a> <http://x/p> "1"']) + frame([])
    same = b'<http://x/a> <http://x/p> <http://x/b>, "1" .\n'
    other = b'<http://x/a> <http://x/p> <http://x/b>, "2", "3" .\n'
    assert compare("-", io.BytesIO(read + same)) == {"lost": 0, "added": 0}
    assert compare("-", io.BytesIO(read + other)) == {"lost": 1, "added": 2}
    assert "syntax" in compare("-", io.BytesIO(read + b"<http://x/a> <http://x/p> ."))
    assert "input" in compare("-", io.BytesIO(read[:20]))  # the writer stopped while sending the lines


def test_the_check_runs_in_a_second_process_beside_the_writer(built, tmp_path, monkeypatch):
    def not_here(*_):
        raise AssertionError("the check ran in the writing process")

    monkeypatch.setattr(turtle_stream, "compare", not_here)
    export_file(built.outputs[0], "turtle", tmp_path / "out.ttl")
    assert (tmp_path / "out.ttl").read_bytes() == Path(built.outputs[0]).read_bytes()
