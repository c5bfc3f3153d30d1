"""A merged graph (`drugkg merge`: DrugMechDB paths as claims between nodes with Biolink classes) is not yet
supported by the KGX, GraphML and Neo4j exports: they refuse it in one line that says so and what to do instead,
and write nothing; the RDF formats export it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from base.errors import DrugkgError
from graph_build.export import export_graph

MERGED = """
@prefix dkg: <https://w3id.org/drugkg/ontology#> .
@prefix ent: <https://w3id.org/drugkg/entity/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix biolink: <https://w3id.org/biolink/vocab/> .
ent:clonazepam a dkg:Drug ; skos:prefLabel "clonazepam" .
<http://purl.uniprot.org/uniprot/Q92769> a biolink:Protein ; skos:prefLabel "HDAC2" .
<https://w3id.org/drugkg/claim/imported-1> a dkg:Claim ; dkg:subject ent:clonazepam ;
    dkg:predicate <https://w3id.org/drugkg/drugmechdb/predicate/positively_regulates> ;
    dkg:object <http://purl.uniprot.org/uniprot/Q92769> ; dkg:negated false ; dkg:certainty dkg:Asserted .
"""


@pytest.mark.parametrize("fmt", ["kgx", "kgx-jsonl", "graphml", "neo4j"])
def test_a_merged_graph_is_refused_in_one_line_that_says_why(fmt: str, tmp_path: Path):
    graph = Graph().parse(data=MERGED, format="turtle")
    with pytest.raises(DrugkgError) as refused:
        export_graph(graph, fmt, tmp_path / "out")
    message = str(refused.value)
    assert "imported by `drugkg merge`" in message and "\n" not in message
    assert "uniprot" in message or "Q92769" in message
    assert not (tmp_path / "out").exists()


def test_the_rdf_formats_export_it(tmp_path: Path):
    graph = Graph().parse(data=MERGED, format="turtle")
    out = export_graph(graph, "ntriples", tmp_path / "merged.nt")
    assert len(Graph().parse(out, format="nt")) == len(graph)
