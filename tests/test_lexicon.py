"""The lexicon: names, classes and identifiers of every entity, loaded and checked as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from base.errors import DrugkgError
from ontology.lexicon import STRENGTHS, converter, load_lexicon


def test_brand_names_and_abbreviations(lexicon) -> None:
    by_name = {name: slug for slug, e in lexicon.items() for name in (*e.brand_names, *e.abbreviations)}
    assert by_name["Klonopin"] == "clonazepam"
    assert by_name["Flexeril"] == "cyclobenzaprine"
    assert by_name["Lioresal"] == "baclofen"
    assert by_name["BMS"] == "burning-mouth-syndrome"
    assert by_name["MS"] == "multiple-sclerosis"
    assert by_name["GABA-A"] == "gaba-a-receptor"
    assert by_name["TCAs"] == "tricyclic-antidepressant"


def test_every_entry_has_a_definition(lexicon) -> None:
    assert [slug for slug, e in lexicon.items() if not e.definition] == []


def test_identifiers_expand_to_standard_iris(lexicon) -> None:
    conv = converter()
    clonazepam = lexicon["clonazepam"]
    assert "http://purl.obolibrary.org/obo/CHEBI_3756" in {conv.expand(c) for c in clonazepam.exact}
    for entity in lexicon.values():
        for curie in (c for key in STRENGTHS for c in getattr(entity, key)):
            assert conv.expand(curie), curie


def test_every_entity_is_used_by_a_curated_claim(graph, lexicon) -> None:
    """The lexicon lists what the articles mention: each entry appears in the built graph."""
    from ontology.vocab import ENT

    unused = sorted(slug for slug in lexicon if (ENT[slug], None, None) not in graph)
    assert unused == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("clonazepam:\n  label: clonazepam\n  class: Drugg\n", "unknown class 'Drugg'"),
        ("clonazepam:\n  class: Drug\n", "has no label"),
        ("Bad Slug:\n  label: x\n  class: Drug\n", "bad slug"),
        ("clonazepam:\n  label: x\n  class: Drug\n  colour: red\n", "unknown field(s) colour"),
        ("clonazepam: [\n", "malformed YAML"),
    ],
)
def test_bad_lexicon_is_rejected_with_its_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DrugkgError) as info:
        load_lexicon(path, tmp_path / "none.yaml")
    assert message in info.value.line()
    assert str(path) in info.value.line()


def test_unknown_identifier_prefix_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "lexicon.yaml").write_text("clonazepam:\n  label: x\n  class: Drug\n", encoding="utf-8")
    (tmp_path / "ids.yaml").write_text("clonazepam:\n  exact: [FOO:1]\n", encoding="utf-8")
    with pytest.raises(DrugkgError, match="unknown identifier prefix"):
        load_lexicon(tmp_path / "lexicon.yaml", tmp_path / "ids.yaml")


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        ("  exact: [CHEBI:3756]\n  close: [CHEBI:3756]\n", "'CHEBI:3756' is both exact and close"),
        ("  exact: [CHEBI:3756]\n  sources: {CHEBI:3756: x}\n", "no label for CHEBI:3756"),
        ("  exact: [CHEBI:3756]\n  labels: {CHEBI:3756: clonazepam}\n", "no source for CHEBI:3756"),
        ("  labels: {CHEBI:3756: clonazepam}\n", "labels given for unmapped CHEBI:3756"),
        ("  exactly: [CHEBI:3756]\n", "unknown field(s) exactly"),
    ],
)
def test_bad_mapping_entry_is_rejected(tmp_path: Path, ids: str, message: str) -> None:
    """Each mapped CURIE has one strength, a label and a source; nothing else is accepted."""
    (tmp_path / "lexicon.yaml").write_text("clonazepam:\n  label: x\n  class: Drug\n", encoding="utf-8")
    (tmp_path / "ids.yaml").write_text("clonazepam:\n" + ids, encoding="utf-8")
    with pytest.raises(DrugkgError) as info:
        load_lexicon(tmp_path / "lexicon.yaml", tmp_path / "ids.yaml")
    assert message in info.value.line()
    assert str(tmp_path / "ids.yaml") in info.value.line()


def test_broad_narrow_and_related_mappings_load(tmp_path: Path) -> None:
    (tmp_path / "lexicon.yaml").write_text("opioid:\n  label: opioid\n  class: DrugClass\n", encoding="utf-8")
    (tmp_path / "ids.yaml").write_text(
        "opioid:\n  close: [CHEBI:35482]\n  related: [MESH:D000701]\n"
        "  labels: {CHEBI:35482: opioid analgesic, MESH:D000701: 'Analgesics, Opioid'}\n"
        "  sources: {CHEBI:35482: a, MESH:D000701: b}\n",
        encoding="utf-8",
    )
    opioid = load_lexicon(tmp_path / "lexicon.yaml", tmp_path / "ids.yaml")["opioid"]
    assert (opioid.exact, opioid.close, opioid.related) == ((), ("CHEBI:35482",), ("MESH:D000701",))
    assert opioid.target_labels == {"CHEBI:35482": "opioid analgesic", "MESH:D000701": "Analgesics, Opioid"}
