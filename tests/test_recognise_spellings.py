"""Issues 12 and 13 (docs/decisions/0641): drugs and conditions named as UK and other English texts spell them.

A drug the vocabulary knows by its US name (*acyclovir*, *cephalexin*, *beclomethasone*) is recognised in the
spellings the WHO's INN principle gives (*aciclovir*, *cefalexin*, *beclometasone*), only where that spelling names
nothing else; a condition spelt in British English (*haemorrhage*, *phaeochromocytoma*, *septicaemia*) is the
American name's condition. The sentences are invented."""

import pytest
from extracting import claims

from graph_build.text.recognise import recognise
from graph_build.text.vocabularies import INN_SPELLINGS, _inn_spellings, look_up


@pytest.fixture(scope="module", autouse=True)
def installed():
    if look_up("acyclovir") is None or look_up("hemorrhage") is None:
        pytest.skip("the drug and disease vocabularies are not installed")


def mentions(text, lexicon):
    return {(m.text, m.slug) for m in recognise(text, lexicon)[0]}


def test_every_spelling_correspondence_names_its_source():
    assert all(source for _, _, source in INN_SPELLINGS)


def test_the_spellings_of_a_name_combine_the_correspondences():
    assert _inn_spellings("cyclosporine") == {"ciclosporin", "ciclosporine", "cyclosporin"}
    assert _inn_spellings("cephalexin") == {"cefalexin"}
    assert _inn_spellings("ibuprofen") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aciclovir tablets are taken five times a day.", {("Aciclovir", "acyclovir")}),
        ("She was given cefalexin for the infection.", {("cefalexin", "cephalexin")}),
        ("A beclometasone inhaler is used twice daily.", {("beclometasone", "beclomethasone")}),
    ],
)
def test_a_drug_in_its_inn_spelling_is_the_vocabulary_drug(text, expected, lexicon):
    found = mentions(text, lexicon)
    assert expected <= found
    assert all(slug != "aciclovir" and slug != "cefalexin" for _, slug in found)


def test_the_spelling_is_kept_as_a_name_of_the_drug(lexicon):
    _, new = recognise("Aciclovir eases cold sores.", lexicon)
    assert "Aciclovir" in new["acyclovir"].names()
    assert "DRUGBANK:DB00787" in new["acyclovir"].exact  # the vocabulary's own record, nothing minted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A haemorrhage in the brain is rare.", {("haemorrhage", "hemorrhage")}),
        ("People with a phaeochromocytoma should not take it.", {("phaeochromocytoma", "pheochromocytoma")}),
        ("It can lead to septicaemia.", {("septicaemia", "sepsis")}),
        ("Gonorrhoea is treated with an injection.", {("Gonorrhoea", "gonorrhea")}),
    ],
)
def test_a_condition_in_british_spelling_is_the_american_names_condition(text, expected, lexicon):
    assert expected <= mentions(text, lexicon)


def test_a_known_drug_is_not_turned_into_another(lexicon):
    # *ciclosporin* and *lignocaine* are names the vocabulary holds: they keep their own drug
    found = mentions("Ciclosporin and lignocaine were given.", lexicon)
    assert found == {("Ciclosporin", "cyclosporine"), ("lignocaine", "lidocaine")}


@pytest.mark.parametrize("word", ["time", "regain", "within", "method"])
def test_a_common_word_is_no_drug_spelling(word, lexicon):
    assert look_up(word) is None
    assert mentions(f"It took some {word} to settle.", lexicon) == set()


def test_an_unknown_name_with_no_known_spelling_names_nothing(lexicon):
    assert look_up("zorbaciclovir") is None
    assert mentions("Zorbaciclovir is a new medicine.", lexicon) == set()


def test_an_inn_spelt_drug_keeps_its_claims(lexicon):
    found = set(claims("Aciclovir can cause nausea and headache.", lexicon))
    assert found == {
        ("acyclovir", "hasAdverseEffect", "nausea", False),
        ("acyclovir", "hasAdverseEffect", "headache", False),
    }
