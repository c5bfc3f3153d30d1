"""Any string a document can hold survives every export: written raw or escaped as the format allows, or, for
the XML formats and the characters XML 1.0 cannot hold at all, refused with one clear line. Exports are
byte-identical whatever the hash seed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import networkx as nx
import pytest
from graphcopy import with_quote
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from base.errors import DrugkgError
from graph_build.export import WRITERS, export_text
from graph_build.export.kgx import tsv_value
from graph_build.export.rdf import XML_ILLEGAL
from ontology.vocab import DKG

#: Any Unicode text but lone surrogates (which UTF-8 cannot encode, so no document holds them).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40)
SPECIAL = st.sampled_from(["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\r", "\t", "\n", "|", ";", '"', "\\", "\x00"])
QUOTES = st.builds(lambda a, s, b: a + s + b, TEXT, SPECIAL, TEXT) | TEXT


@pytest.fixture(scope="module")
def small(graph) -> tuple[Graph, object]:
    """One claim of the built graph with its evidence, document and entities; its first evidence node."""
    claim = sorted(graph.subjects(DKG.hasEvidence, None))[0]
    keep = Graph()
    for prefix, ns in graph.namespaces():
        keep.bind(prefix, ns, override=True)
    evidence = sorted(graph.objects(claim, DKG.hasEvidence))
    nodes = [claim, *evidence, graph.value(claim, DKG.subject), graph.value(claim, DKG.object)]
    nodes += [graph.value(e, DKG.sourceDocument) for e in evidence]
    for node in nodes:
        for p, o in graph.predicate_objects(node):
            keep.add((node, p, o))
    s, p, o = graph.value(claim, DKG.subject), graph.value(claim, DKG.predicate), graph.value(claim, DKG.object)
    if (s, p, o) in graph:
        keep.add((s, p, o))
    return keep, evidence[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quote=QUOTES)
def test_any_string_survives_every_export(small, quote: str) -> None:
    graph, _ = with_quote(small[0], quote, small[1])
    xml_illegal = bool(XML_ILLEGAL.search(quote))
    for fmt in ("turtle", "ntriples", "nquads", "trig", "jsonld"):
        export_text(graph, fmt)  # re-read by a strict parser and compared with the graph, or it raises
    for fmt in ("xml", "graphml"):
        if xml_illegal:
            with pytest.raises(DrugkgError, match=r"cannot be written in XML"):
                export_text(graph, fmt)
        elif fmt == "xml":
            export_text(graph, fmt)
        else:
            net = nx.read_graphml(io.BytesIO(export_text(graph, fmt).encode("utf-8")), force_multigraph=True)
            assert [d["supporting_text"] for _, _, d in net.edges(data=True)] in ([quote], [])
    edges = [json.loads(x) for x in export_text(graph, "kgx-jsonl")["edges.jsonl"].split("\n") if x]
    assert quote in edges[0]["supporting_text"]
    rows = list(csv.DictReader(io.StringIO(export_text(graph, "kgx")["edges.tsv"], newline=""), delimiter="\t"))
    assert len(rows) == 1 and tsv_value(quote) in rows[0]["supporting_text"].split("|")
    files = export_text(graph, "neo4j")
    shown = re.search(r"--array-delimiter=(\S+)", files["import.txt"]).group(1)
    delimiter = "\u001f" if shown == "$'\\x1f'" else shown.strip("'")
    table = list(csv.reader(io.StringIO(files["relationships.csv"], newline=""), strict=True))
    column = [h.split(":")[0] for h in table[0]].index("supporting_text")
    assert quote in table[1][column].split(delimiter)


def test_every_export_is_the_same_bytes_whatever_the_hash_seed(built, tmp_path):
    graph_path = built.outputs[0]
    outputs = {}
    for seed in ("1", "2"):
        for fmt in WRITERS:
            target = tmp_path / f"{seed}-{fmt}"
            env = dict(os.environ, PYTHONHASHSEED=seed)
            command = ["drugkg", "export", "--format", fmt, "--graph", str(graph_path), "-o", str(target)]
            script = "import sys; from drugkg.cli import main; sys.argv = sys.argv[1:]; main()"
            subprocess.run([sys.executable, "-c", script, *command], check=True, env=env, capture_output=True,
                           timeout=600)  # fmt: skip
            files = sorted(target.iterdir()) if target.is_dir() else [target]
            outputs[(seed, fmt)] = {f.name if target.is_dir() else fmt: f.read_bytes() for f in files}
    for fmt in WRITERS:
        assert outputs[("1", fmt)] == outputs[("2", fmt)], fmt
