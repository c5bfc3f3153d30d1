"""Decision 0716: short names of conditions, guarded against common words, and shorter everyday names.

Names under four letters were never indexed, so "flu" and "TB" named nothing. vocab_index.SHORT_NAMES lists a few,
each resolved to the disease package's record; a word in lower case only when it is no common English word, an
abbreviation in capitals in its own case only ("ms", "Ms" name nothing). "flu-like" is a resemblance, not flu; "not
used to treat Y on its own" denies only the sole use. The sentences are invented."""

import pytest
from extracting import claims

from graph_build.text import vocab_index
from graph_build.text.recognise import recognise
from graph_build.text.vocabularies import look_up


@pytest.fixture(scope="module", autouse=True)
def installed():
    if look_up("tuberculosis") is None or look_up("angina pectoris") is None:
        pytest.skip("the disease vocabulary is not installed")


def mentions(text, lexicon):
    return {(m.text, m.slug) for m in recognise(text, lexicon)[0]}


def keys(text, lexicon):
    return set(claims(text, lexicon))


def test_common_words_are_never_short_names():
    allowed = [vocab_index.short_name_allowed(n) for n in ("flu", "TB", "MS", "UTIs", "AS", "IT", "US", "ALL", "all")]
    assert allowed == [True, True, True, True, False, False, False, False, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My neighbour caught flu last winter.", {("flu", "human-influenza")}),
        ("Her TB was found on an X-ray.", {("TB", "tuberculosis")}),
        ("He has lived with MS for ten years.", {("MS", "multiple-sclerosis")}),
        ("A UTI needs a doctor.", {("UTI", "urinary-tract-infections")}),
        ("Repeated UTIs are common.", {("UTIs", "urinary-tract-infections")}),
        ("Her IBS flares with stress.", {("IBS", "irritable-bowel-syndrome")}),
        ("My angina got worse on the stairs.", {("angina", "angina-pectoris")}),
        ("He was diagnosed with reflux disease.", {("reflux disease", "gastroesophageal-reflux")}),
    ],
)
def test_a_short_or_everyday_name_is_the_vocabulary_condition(text, expected, lexicon):
    assert mentions(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tell us as soon as it starts.",
        "All of it was in the US.",
        "The ms reading was low.",
        "Ms Jones wrote to us.",
        "The tb column is empty.",
        "She had flu-like aches.",
    ],
)
def test_common_words_and_lower_case_abbreviations_name_nothing(text, lexicon):
    assert not {slug for _, slug in mentions(text, lexicon)} & {
        "human-influenza",
        "tuberculosis",
        "multiple-sclerosis",
        "urinary-tract-infections",
    }


def test_a_use_for_a_short_name_is_a_claim(lexicon):
    assert keys("Oseltamivir is used to treat flu.", lexicon) == {("oseltamivir", "treats", "human-influenza", False)}
    assert keys("Rifampicin is used to treat TB.", lexicon) == {("rifampin", "treats", "tuberculosis", False)}
    assert keys("Diltiazem is used to prevent angina.", lexicon) == {("diltiazem", "treats", "angina-pectoris", False)}


def test_a_denied_use_keeps_its_polarity(lexicon):
    assert keys("Amoxicillin will not help a cold or flu.", lexicon) == {
        ("amoxicillin", "treats", "human-influenza", True)
    }


def test_flu_like_is_no_flu(lexicon):
    assert not any(c[2] == "human-influenza" for c in keys("Some people get flu-like symptoms after the jab.", lexicon))


def test_denied_sole_use_is_no_claim(lexicon):
    assert keys("Lisinopril is not used to treat angina on its own.", lexicon) == set()
    assert keys("Bisoprolol is not used to treat angina alone.", lexicon) == set()
    assert keys("Paracetamol is not used to treat migraine.", lexicon) == {
        ("acetaminophen", "treats", "migraine-disorders", True)
    }


def test_a_conditions_pain_is_what_is_reduced(lexicon):
    assert keys("Mebeverine may reduce IBS pain.", lexicon) == {("mebeverine", "decreases", "pain", False)}


def test_a_second_verb_prevents_its_own_object(lexicon):
    assert keys("Amlodipine lowers blood pressure and prevents angina.", lexicon) == {
        ("amlodipine", "decreases", "blood-pressure", False)
    }
