"""Normalisation keeps a map back to the original offsets, so evidence points into the text as stored."""

from graph_build.text.normalise import normalise
from graph_build.text.segment import segment

KNOWN = frozenset({"klonopin"})


def test_glued_heading_becomes_its_own_line_and_offsets_point_into_the_original():
    original = "Intro.\n\nKlonopinKlonopin belongs to a class of drugs."
    norm = normalise(original, KNOWN)
    assert "Klonopin\nKlonopin belongs" in norm.text
    sentence = next(s for s in segment(norm.text) if s.text.startswith("Klonopin belongs"))
    start, end = norm.original(sentence.start, sentence.end)
    assert original[start:end] == "Klonopin belongs to a class of drugs."


def test_glued_word_inside_a_line_gets_a_space():
    original = "Mothers KlonopinIt is common."
    norm = normalise(original)
    assert "Klonopin It is" in norm.text
    i = norm.text.index("It is")
    assert original[slice(*norm.original(i, i + 5))] == "It is"


def test_unknown_camel_case_is_left_alone():
    assert normalise("McDonald and iPhone and JavaScript").text == "McDonald and iPhone and JavaScript"


def test_nfc_spaces_and_quotes_keep_offsets():
    original = "Parkinson\u2019s\u00a0disease and cafe\u0301 pain."
    norm = normalise(original)
    assert norm.text == "Parkinson's disease and café pain."
    i = norm.text.index("pain")
    assert original[slice(*norm.original(i, i + 4))] == "pain"
    assert len(norm.offsets) == len(norm.text) + 1


def test_several_cuts_in_a_text_with_combining_marks_map_every_character_back():
    original = "Cafe\u0301 \u200bKlonopinIt helps.\nKlonopinBreastfeeding mothers\u00a0ask."
    norm = normalise(original, KNOWN)
    assert norm.text == "Café Klonopin It helps.\nKlonopin\nBreastfeeding mothers ask."
    assert len(norm.offsets) == len(norm.text) + 1
    for word in ("It helps", "Breastfeeding mothers", "ask"):
        i = norm.text.index(word)
        a, b = norm.original(i, i + len(word))
        assert normalise(original[a:b]).text == word
    assert norm.offsets[norm.text.index("\n")] == original.index("\n")
    cut = norm.text.index("\nBreastfeeding")  # the inserted line break maps to the character after it
    assert norm.offsets[cut] == original.index("Breastfeeding")
