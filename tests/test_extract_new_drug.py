"""A document about a drug the lexicon does not list yields its claims and a new entity; the build writes them."""

from pathlib import Path

import pytest
from rdflib import RDF, Literal
from rdflib.namespace import SKOS

from graph_build.build import build_graph
from graph_build.text.cache import extraction_cache
from graph_build.text.vocabularies import look_up
from ontology.vocab import DKG, ENT

ARTICLES = Path(__file__).parent / "fixtures" / "extract" / "articles"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    if look_up("gabapentin") is None:
        pytest.skip("drug-named-entity-recognition is not installed")
    patch = pytest.MonkeyPatch()
    patch.setenv("DRUGKG_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    corpus = tmp_path_factory.mktemp("corpus")
    for name in ("gabapentin-nerve-pain.txt", "amitriptyline-pain.md"):
        (corpus / name).write_bytes((ARTICLES / name).read_bytes())  # no manifest: ids from file names
    out = tmp_path_factory.mktemp("out")
    yield build_graph(corpus, out, extract=True), out
    patch.undo()


def test_new_drug_entity_with_vocabulary_identifier(built):
    graph = built[0].graph
    assert (ENT.gabapentin, RDF.type, DKG.Drug) in graph
    assert (ENT.gabapentin, SKOS.prefLabel, Literal("gabapentin")) in graph
    # machine-read only: a claim node with its evidence; a direct triple only when its rule's measured precision
    # reaches the threshold (graph_build/text/confidence.py), else it is a candidate
    claims = set(graph.subjects(DKG.subject, ENT.gabapentin)) & set(
        graph.subjects(DKG.object, ENT["postherpetic-neuralgia"])
    )
    assert {graph.value(c, DKG.predicate) for c in claims} == {DKG.treats}
    for claim in claims:
        candidate = (claim, DKG.candidate, Literal(True)) in graph
        assert ((ENT.gabapentin, DKG.treats, ENT["postherpetic-neuralgia"]) in graph) != candidate


def test_claims_carry_text_mined_evidence_with_original_offsets(built):
    graph = built[0].graph
    text = (ARTICLES / "gabapentin-nerve-pain.txt").read_text(encoding="utf-8")
    claims = set(graph.subjects(DKG.subject, ENT.gabapentin))
    assert claims
    for claim in claims:
        for ev in graph.objects(claim, DKG.hasEvidence):
            quote = str(graph.value(ev, DKG.quote))
            start, end = int(graph.value(ev, DKG.startOffset)), int(graph.value(ev, DKG.endOffset))
            assert text[start:end] == quote
            assert str(graph.value(ev, DKG.agentType)) == "text_mining_agent"


def test_negated_claim_has_no_direct_triple(built):
    graph = built[0].graph
    assert (ENT.gabapentin, DKG.treats, ENT["acute-pain"]) not in graph
    negated = {c for c in graph.subjects(DKG.object, ENT["acute-pain"]) if graph.value(c, DKG.negated).toPython()}
    assert negated


def test_rebuild_of_unchanged_corpus_uses_the_cache_and_gives_the_same_graph(built):
    from rdflib.compare import isomorphic

    first, out = built
    cached = sorted(extraction_cache().iterdir())
    assert len(cached) == 2
    stamps = [p.stat().st_mtime_ns for p in cached]
    tmp = out.parent / "again"
    tmp.mkdir(exist_ok=True)
    for name in ("gabapentin-nerve-pain.txt", "amitriptyline-pain.md"):
        (tmp / name).write_bytes((ARTICLES / name).read_bytes())
    second = build_graph(tmp, out, extract=True)
    assert [p.stat().st_mtime_ns for p in sorted(extraction_cache().iterdir())] == stamps
    assert isomorphic(first.graph, second.graph)
    # only graph files (besides the hidden folder the outputs are published through, base/publish.py)
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(p.name for p in first.outputs)
    assert second.changes[0].startswith("changes since the last build: entities: 0 added, 0 removed, 0 changed")
