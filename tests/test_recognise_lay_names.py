"""Issue 13 (docs/decisions/0646): conditions by the everyday names leaflets use.

An organ's diseases are "<organ> problems" or "<organ> trouble" where the vocabulary has "<organ> disease(s)"; a few
everyday names the vocabularies lack (*lupus*, *chest infections*, *a change in taste*) are listed in vocab_index's
INFORMAL and resolved to the disease package's record; "-ised" is the British spelling of "-ized"; a second verb
phrase joined by "and can" is outside the first one's negation. The sentences are invented."""

import pytest
from extracting import claims

from graph_build.text import vocab_index
from graph_build.text.recognise import recognise
from graph_build.text.vocabularies import look_up


@pytest.fixture(scope="module", autouse=True)
def installed():
    if look_up("liver disease") is None or look_up("dysgeusia") is None:
        pytest.skip("the disease vocabulary is not installed")


def mentions(text, lexicon):
    return {(m.text, m.slug) for m in recognise(text, lexicon)[0]}


def test_only_organ_disease_names_have_everyday_names():
    assert vocab_index.lay_names("kidney diseases") == ["kidney problems", "kidney problem", "kidney trouble"]
    assert vocab_index.lay_names("sleep disorders") == []  # no organ
    assert vocab_index.lay_names("rare diseases") == []
    assert vocab_index.lay_names("liver cancer") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy drinkers may develop liver problems.", {("liver problems", "liver-disease")}),
        ("He has had kidney trouble for years.", {("kidney trouble", "kidney-diseases")}),
        ("Skin problems are rare.", {("Skin problems", "skin-diseases")}),
        ("Tell the nurse about any thyroid problem.", {("thyroid problem", "thyroid-diseases")}),
        ("She has heart rhythm problems.", {("heart rhythm problems", "cardiac-arrhythmias")}),
        ("My sister has lupus.", {("lupus", "systemic-lupus-erythematosus")}),
        ("Chest infections are common in winter.", {("Chest infections", "respiratory-tract-infections")}),
        ("An enlarged prostate makes it hard to pass urine.", {("enlarged prostate", "prostatic-hyperplasia")}),
        ("Some notice a change in taste.", {("change in taste", "dysgeusia")}),
        # ("you faint" after its doer is fainting, syncope: decision 0740)
        ("A slow heart rate can make you faint.", {("slow heart rate", "bradycardia"), ("you faint", "syncope")}),
        # ("itchy" is now Pruritus, the sign the sentence gives it: decision 1063)
        ("Vaginal thrush is itchy.", {("Vaginal thrush", "vulvovaginal-candidiasis"), ("itchy", "pruritus")}),
        ("He was treated for generalised anxiety.", {("generalised anxiety", "generalized-anxiety-disorder")}),
    ],
)
def test_an_everyday_name_is_the_vocabulary_condition(text, expected, lexicon):
    assert mentions(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tell us about any problems you have.",
        "It is no trouble to take.",
        "Some people have money trouble and family problems.",
        "It can upset your stomach.",
    ],
)
def test_problems_and_trouble_alone_name_nothing(text, lexicon):
    assert mentions(text, lexicon) == set()


def test_an_everyday_name_keeps_the_record_identifiers(lexicon):
    _, new = recognise("Some notice a change in taste.", lexicon)
    entity = new.get("dysgeusia") or lexicon["dysgeusia"]
    assert "MESH:D004408" in entity.exact  # the disease package's own record, nothing minted


def test_claims_of_an_everyday_name(lexicon):
    found = set(claims("Rarely, Zovirax can cause liver problems.", lexicon))
    assert found == {("acyclovir", "hasAdverseEffect", "liver-disease", False)}


def test_and_can_ends_the_negation_of_the_first_verb_phrase(lexicon):
    found = set(claims("High doses of ibuprofen do not ease pain faster and can cause kidney problems.", lexicon))
    assert ("ibuprofen", "hasAdverseEffect", "kidney-diseases", False) in found
    assert ("ibuprofen", "hasAdverseEffect", "kidney-diseases", True) not in found


def test_a_contracted_not_suitable_forbids_as_the_full_form(lexicon):
    found = set(claims("Naproxen isn't suitable for people with asthma or heart problems.", lexicon))
    assert found == {
        ("naproxen", "contraindicatedIn", "asthma", False),
        ("naproxen", "contraindicatedIn", "heart-diseases", False),
    }
