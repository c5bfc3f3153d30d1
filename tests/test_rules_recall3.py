"""General constructions of issue 13's third recall round (docs/decisions/0632): a side-effect table whose header
names no drug is the titled drug's (code rule `effects-table`), a vocabulary's combined concept written as its two
parts is read as the two ("nausea and vomiting"), and a count class whose heading is not the name people use is
named by its common name (*antidepressant*, not MeSH's *antidepressive agent*). The texts are invented from the
general patterns with names of the lexicon and vocabularies."""

import pytest
from extracting import claims

from graph_build.text.recognise import recognise
from graph_build.text.vocab_index import look_up


def _methods(found: dict, key: tuple) -> set[str]:
    return {e.method for e in found[key].evidence}


TABLE = """# Metoprolol for high blood pressure

## Side effects

| Side effect | How often |
|---|---|
| Headache | Common |
| Dizziness and nausea | Uncommon |
| Severe fainting | Rare |
| Stomach bleeding | Rare |
| Swelling with blisters | Rare |
"""


def test_drugless_effects_table_is_the_titled_drugs(lexicon):
    found = claims(TABLE, lexicon)
    for effect in ("headache", "dizziness", "nausea", "syncope"):
        key = ("metoprolol", "hasAdverseEffect", effect, False)
        assert key in found, effect
        assert _methods(found, key) == {"rule:effects-table"}
        assert found[key].evidence[0].resolved_from == "Side effect"


def test_effects_table_reads_the_rows_named_effects_not_their_modifiers(lexicon):
    found = claims(TABLE, lexicon)
    objects = {k[2] for k in found if k[1] == "hasAdverseEffect"}
    assert "blister" not in objects  # a part of another effect ("swelling with blisters")
    # a modifier's word before it: not the coarser *hemorrhage*; *stomach bleeding* is the everyday name of
    # gastrointestinal hemorrhage (decision 0689)
    assert {o for o in objects if "hemorrhage" in o or "bleeding" in o} == {"gastrointestinal-hemorrhage"}


def test_effects_table_needs_a_titled_drug_and_a_side_effect_column(lexicon):
    untitled = TABLE.replace("# Metoprolol for high blood pressure", "# Your blood pressure treatment")
    untitled += "\nMetoprolol is taken once a day.\n"
    # (under a side-effect heading the document's drug owns the table though the title names none: decision 1061)
    assert ("metoprolol", "hasAdverseEffect", "headache", False) in claims(untitled, lexicon)
    unheaded = untitled.replace("## Side effects", "## Your week")
    assert not any(k[1] == "hasAdverseEffect" for k in claims(unheaded, lexicon))
    other = TABLE.replace("| Side effect | How often |", "| Symptom | What to do |")
    assert not any(k[1] == "hasAdverseEffect" for k in claims(other, lexicon))


def test_table_naming_a_drug_keeps_its_own_reading(lexicon):
    text = "# Two medicines\n\n| Feature | Metoprolol |\n|---|---|\n| Side effects | headache |\n"
    found = claims(text, lexicon)
    assert _methods(found, ("metoprolol", "hasAdverseEffect", "headache", False)) == {"rule:table-row-hasAdverseEffect"}


def test_combined_concept_listed_apart_is_read_as_its_two_parts(lexicon):
    mentions, _ = recognise("Some people get nausea and vomiting after a dose.", lexicon)
    assert [m.slug for m in mentions] == ["nausea", "vomiting"]
    found = claims("Metoprolol can cause nausea and vomiting.", lexicon)
    assert ("metoprolol", "hasAdverseEffect", "nausea", False) in found
    assert ("metoprolol", "hasAdverseEffect", "vomiting", False) in found


def test_a_longer_combined_name_keeps_its_concept(lexicon):
    mentions, _ = recognise("It prevents postoperative nausea and vomiting.", lexicon)
    assert [m.slug for m in mentions] == ["postoperative-nausea-and-vomiting"]
    mentions, _ = recognise("Signs and symptoms vary.", lexicon)
    assert "signs" not in [m.slug for m in mentions]


@pytest.mark.parametrize(
    ("written", "slug"),
    [
        ("antidepressants", "antidepressant"),
        ("antidepressive agents", "antidepressant"),
        ("beta-blockers", "beta-blocker"),
        ("adrenergic beta-antagonists", "beta-blocker"),
        ("ACE inhibitors", "ace-inhibitor"),
        ("blood thinners", "anticoagulant"),
    ],
)
def test_a_class_is_named_by_its_common_name(lexicon, written, slug):
    if look_up(written) is None:
        pytest.skip("vocabularies not installed")
    mentions, new = recognise(f"Some {written} interact with it.", lexicon)
    assert [m.slug for m in mentions] == [slug]
    assert new[slug].cls == "DrugClass"


def test_short_forms_do_not_name_a_class(lexicon):
    if look_up("SSRIs") is None:
        pytest.skip("vocabularies not installed")
    mentions, _ = recognise("Some SSRIs interact with it.", lexicon)
    assert [m.slug for m in mentions] == ["selective-serotonin-reuptake-inhibitor"]
