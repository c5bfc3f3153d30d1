"""ontology/biolink_slots.yaml names only what the pinned Biolink Model has, covers every claim property and
predicate of the ontology, and docs/integration.md shows a row for each."""

from __future__ import annotations

import re

import pytest

from base.paths import PROJECT_ROOT
from graph_build.export.biolink import _slot_curie, biolink_model, fitting_predicate, predicate_of, slot_of
from ontology.biolink_slots import biolink_slots
from ontology.schema import concept_values, predicates, qualifiers
from ontology.vocab import DKG

TABLE = PROJECT_ROOT / "docs" / "integration.md"


def _enum_of(slot: str) -> str | None:
    spec = biolink_model().slots[_slot_curie(slot)]
    return spec.get("range") if spec.get("range") in biolink_model().enums else None


def test_knowledge_levels_cover_every_certainty_and_are_biolink_values() -> None:
    table = biolink_slots()
    enum = biolink_model().enums["KnowledgeLevelEnum"]
    assert set(table["knowledge_level"]) == set(concept_values(DKG.Certainty))
    assert set(table["knowledge_level"].values()) | {table["candidate_knowledge_level"]} <= enum
    assert _slot_curie(table["certainty_slot"]) in biolink_model().slots


def test_hedged_predicates_are_broader_biolink_predicates_that_fit_the_same_ends() -> None:
    model = biolink_model()
    for predicate, by_certainty in biolink_slots()["hedged_predicate"].items():
        assert set(by_certainty) <= set(concept_values(DKG.Certainty)) - {"Asserted"}
        for weaker in by_certainty.values():
            assert model.is_predicate(weaker)
            ends = (["biolink:Drug"], ["biolink:Disease"])
            assert fitting_predicate(weaker, *ends) == weaker and fitting_predicate(predicate, *ends) == predicate


@pytest.mark.parametrize("name", sorted(biolink_slots()["predicate_qualifiers"]))
def test_predicate_qualifiers_are_biolink_slots_with_permissible_values(name: str) -> None:
    assert name in predicates()
    for slot, value in biolink_slots()["predicate_qualifiers"][name].items():
        assert _slot_curie(slot) in biolink_model().slots, slot
        enum = _enum_of(slot)
        if enum:
            assert value in biolink_model().enums[enum], (slot, value)
        if slot == "qualified_predicate":
            assert biolink_model().is_predicate(value)


def test_every_claim_qualifier_has_a_slot_or_a_reason() -> None:
    table = biolink_slots()
    without = set(table["no_slot"])
    with_slot = ({name for name, q in qualifiers().items() if slot_of(q.iri)} | set(table["slots"])) - without
    assert not set(table["slots"]) & without
    assert set(qualifiers()) <= with_slot | without
    for slot in table["slots"].values():
        assert _slot_curie(slot) in biolink_model().slots
    model = biolink_model()
    assert all(p in model.slots and model.is_predicate(p) for p in table["concept_level_predicates"])


def test_the_integration_table_names_every_predicate_and_qualifier() -> None:
    text = TABLE.read_text(encoding="utf-8")
    start = text.index("## What each claim says, in Biolink slots")
    rows = {m for line in text[start:].splitlines() if line.startswith("| `")
            for m in re.findall(r"`dkg:(\w+)`", line.split("|")[1])}  # fmt: skip
    assert set(predicates()) - {"relatedTo"} <= rows
    assert set(qualifiers()) <= rows
    assert {"negated", "certainty", "supportCount", "conflictsWith", "hasEvidence"} <= rows
    for name in predicates():
        if name != "relatedTo":
            assert predicate_of(predicates()[name]).removeprefix("biolink:") in text[start:], name
