"""Incremental SHACL (graph_build/validate_changes.py): only changed nodes are checked, and a violation in
what changed is still caught, including one that a change elsewhere (an entity's type, a direct triple) causes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal

from base.errors import DrugkgError
from graph_build.build import build_graph
from graph_build.validate import shacl_violations
from graph_build.validate_changes import _shares, node_contexts, validate_changes, validate_in_parts
from ontology.vocab import DKG, DOC, ENT


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    for triple in graph:
        copy.add(triple)
    return copy


@pytest.fixture(scope="module")
def on_record(graph: Graph) -> set[str]:
    """The digests a successful build of the seed corpus records."""
    violations, digests, checked = validate_changes(_copy(graph), None)
    assert violations == [] and checked == len(digests) == len(set(graph.subjects()))
    return digests


def test_an_unchanged_graph_checks_nothing(graph: Graph, on_record: set[str]) -> None:
    assert validate_changes(_copy(graph), on_record) == ([], on_record, 0)


def test_a_changed_quote_is_checked_and_caught(graph: Graph, on_record: set[str]) -> None:
    changed = _copy(graph)
    evidence = sorted(changed.subjects(DKG.sourceDocument, DOC["klonopin-pain"]))[0]
    changed.set((evidence, DKG.quote, Literal("a quote of the wrong length")))
    violations, _, checked = validate_changes(changed, on_record)
    assert checked < 5  # the evidence node itself and the claims pointing at it, not the whole graph
    assert {(v.focus, v.message) for v in violations} == {
        (changed.namespace_manager.normalizeUri(evidence), "the quote's length does not match its offsets")
    }


def test_an_entity_type_change_rechecks_the_claims_about_it(graph: Graph, on_record: set[str]) -> None:
    changed = _copy(graph)
    changed.remove((ENT.clonazepam, RDF.type, None))
    changed.add((ENT.clonazepam, RDF.type, DKG.Symptom))  # a symptom cannot treat anything
    violations, _, _ = validate_changes(changed, on_record)
    whole = shacl_violations(changed)
    assert whole and set(violations) == set(whole)  # every violation the whole check finds, found incrementally
    assert any("not in the domain of its predicate" in v.message for v in violations)


def test_a_removed_direct_triple_is_caught(graph: Graph, on_record: set[str]) -> None:
    changed = _copy(graph)
    claim = next(
        c
        for c in sorted(changed.subjects(DKG.negated, Literal(False)))
        if (c, DKG.certainty, DKG.Asserted) in changed and (c, DKG.candidate, None) not in changed
    )
    spo = (changed.value(claim, DKG.subject), changed.value(claim, DKG.predicate), changed.value(claim, DKG.object))
    changed.remove(spo)
    violations, _, checked = validate_changes(changed, on_record)
    assert checked < 20
    assert "a positive, asserted claim needs its direct triple" in {v.message for v in violations}
    assert set(violations) == set(shacl_violations(changed))


def test_every_node_has_a_context_holding_its_own_triples(graph: Graph) -> None:
    contexts = node_contexts(graph)
    assert contexts is not None and set(contexts.own) == set(graph.subjects())
    node = ENT.clonazepam
    assert set(graph.triples((node, None, None))) <= set(contexts.context(node))


def test_validation_in_parts_finds_what_the_whole_check_finds(graph: Graph) -> None:
    changed = _copy(graph)
    changed.remove((ENT.clonazepam, RDF.type, None))
    changed.add((ENT.clonazepam, RDF.type, DKG.Symptom))
    evidence = sorted(changed.subjects(DKG.sourceDocument, DOC["klonopin-pain"]))[0]
    changed.set((evidence, DKG.quote, Literal("a quote of the wrong length")))
    contexts = node_contexts(changed)
    assert contexts is not None
    nodes = sorted(contexts.own)
    assert sorted(n for checked, _ in _shares(contexts, nodes, 3) for n in checked) == nodes  # each node once
    assert validate_in_parts(contexts, nodes, 2) == shacl_violations(changed) != []


def test_a_rebuild_checks_what_changed_and_still_refuses_a_violation(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRUGKG_CACHE_DIR", str(tmp_path / "cache"))  # no whole build cached by other tests
    out = tmp_path / "out"
    first = build_graph(corpus_copy, out)
    assert first.validated is not None and first.validated[0] == first.validated[1]  # nothing on record yet
    claims = corpus_copy / "claims" / "klonopin-pain.yaml"
    text = claims.read_text(encoding="utf-8")
    start = text.index("  - id: benzodiazepine-acts-on-cns")
    end = text.index("  - id: clonazepam-slows-nerve-signals")
    claims.write_text(text[:start] + text[end:], encoding="utf-8")  # one claim fewer
    second = build_graph(corpus_copy, out)
    assert second.validated is not None and 0 < second.validated[0] < second.validated[1] / 10
    assert build_graph(corpus_copy, out, validate_all=True).validated == (second.validated[1],) * 2

    import graph_build.assemble

    real = graph_build.assemble.assemble_graph

    def broken(documents, merged, lexicon):  # a changed claim whose evidence breaks a shape
        graph = real(documents, merged, lexicon)
        evidence = sorted(graph.subjects(DKG.sourceDocument, DOC["klonopin-pain"]))[0]
        graph.set((evidence, DKG.quote, Literal("wrong length")))
        return graph

    monkeypatch.setattr(graph_build.assemble, "assemble_graph", broken)
    before = (out / "drugkg.ttl").read_bytes()
    claims.write_text(text + "\n", encoding="utf-8")  # the claim is back (other bytes: no whole-build cache)
    with pytest.raises(DrugkgError, match="quote's length does not match its offsets"):
        build_graph(corpus_copy, out)
    assert (out / "drugkg.ttl").read_bytes() == before


def test_cli_validate_all_checks_the_whole_graph(corpus_copy: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from drugkg.cli import main

    args = ["build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "out"), "--no-extract", "-q"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    whole = CliRunner().invoke(main, [*args, "--validate-all"])  # inputs unchanged: no cached build reused
    assert whole.exit_code == 0, whole.output
    assert "SHACL: conforms; checked the whole graph" in whole.output
