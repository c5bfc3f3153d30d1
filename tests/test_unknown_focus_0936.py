"""Decision 0936: an article whose drug no vocabulary knows (an INN-stemmed word, "corvisartan", standing where a
drug's name stands and written more than any recognised drug) hands none of its "It", headless-section or
subjectless claims to another drug it names; claims whose sentence names their drug stand, and articles whose drug is
recognised are untouched; a drug written without its ester or salt ("azilsartan", where the vocabularies know only
"azilsartan medoxomil") and repeated as the text's subject is its own drug, related to that record, not the same.
"Corvisartan" and "Bravix" are invented names. The sentences are invented."""

from collections import Counter
from pathlib import Path

import pytest
from extracting import certainty_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.unknown_focus import stems, unknown_focus


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    return certainty_claims(text, lexicon, ".md")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (before 0936: lisinopril hasAdverseEffect dizziness, a denied gout use and a pregnancy contraindication)
        (
            "# Club news\n\nPeter takes corvisartan, sold as Bravix, for his high blood pressure. His doctor once tried"
            " lisinopril. Corvisartan is taken once a day. It can cause dizziness. Corvisartan is not a diuretic. It"
            " is not used for gout.\n\n## Who should not take it?\n\n- women who are pregnant",
            # (decision 1051: an INN-shaped word given with its brand, "corvisartan, sold as Bravix", is minted as a
            # drug, so its "It", its heading's list and its own sentences are its; nothing goes to lisinopril)
            {
                ("corvisartan", "hasAdverseEffect", "dizziness", False, "Asserted"),
                ("corvisartan", "isA", "diuretic", True, "Asserted"),
                ("corvisartan", "treats", "gout", True, "Asserted"),
                ("corvisartan", "contraindicatedIn", "pregnant-women", False, "Asserted"),
            },
        ),
        # the title names it (before 0936: lithium decreases blood-pressure, hasAdverseEffect dizziness)
        (
            "# Corvisartan and you\n\nIt lowers blood pressure. It can cause dizziness. Lithium levels may rise when"
            " it is taken with lithium.",
            set(),
        ),
        # a sentence that names its drug stands
        (
            "# Club news\n\nPeter takes corvisartan for his high blood pressure. Lisinopril can cause a dry cough."
            " Corvisartan works well. Corvisartan is taken once a day. It can cause dizziness.",
            # (decision 1055: an INN-shaped word written three times that opens a sentence is minted as a drug, so its
            # use and its "It" are its own)
            {
                ("lisinopril", "hasAdverseEffect", "nonproductive-cough", False, "Asserted"),
                ("corvisartan", "treats", "hypertension", False, "Asserted"),
                ("corvisartan", "hasAdverseEffect", "dizziness", False, "Asserted"),
            },
        ),
        (
            "# Club news\n\nTom takes ramipril for high blood pressure. It can cause a dry cough. Corvisartan suits his"
            " brother. Corvisartan is newer. Corvisartan is dearer.",
            {("ramipril", "treats", "hypertension", False, "Asserted")},
        ),
    ],
)
def test_an_unknown_drug_article_lends_no_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article's drug is recognised: an unknown one named in passing changes nothing
        (
            "# Losartan\n\nLosartan treats high blood pressure. It can cause dizziness. Corvisartan is a newer drug.",
            {
                ("losartan", "treats", "hypertension", False, "Asserted"),
                ("losartan", "hasAdverseEffect", "dizziness", False, "Asserted"),
            },
        ),
        # written twice only: not the article's drug
        (
            "# Club news\n\nTom takes ramipril for high blood pressure. It can cause a dry cough. His brother takes"
            " corvisartan. Corvisartan suits him.",
            {
                ("ramipril", "treats", "hypertension", False, "Asserted"),
                ("ramipril", "hasAdverseEffect", "nonproductive-cough", False, "Asserted"),
            },
        ),
        # a class word that is the stem itself ("a triptan") is no drug's name
        (
            "# Club news\n\nTom takes sumatriptan for migraine. It can cause dizziness. A triptan suits him. Triptan"
            " tablets work. Triptan users say so.",
            {
                ("sumatriptan", "treats", "migraine-disorders", False, "Asserted"),
                ("sumatriptan", "hasAdverseEffect", "dizziness", False, "Asserted"),
            },
        ),
    ],
)
def test_a_recognised_drug_article_is_untouched(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_the_word_must_stand_where_a_name_stands():
    # (written three times, never opening a sentence, in the title or before a brand: no evidence it is the subject)
    text = "# News\n\nTed takes corvisartan. He likes corvisartan. He buys corvisartan."
    assert unknown_focus(text, [], Counter(), 6, False) is None
    assert unknown_focus(text.replace("He likes", "Then. Corvisartan"), [], Counter(), 6, False) == "corvisartan"


def test_the_stems_are_data():
    assert {"sartan", "pril", "olol", "mab", "tinib", "gliflozin", "triptan", "dipine", "azole"} <= set(stems())
    assert "ine" not in stems()  # ("medicine": a stem that ends ordinary words is not listed)


AZILSARTAN = (
    "# Club news\n\nPeter takes azilsartan for his high blood pressure. His doctor once tried lisinopril. Azilsartan"
    " is taken once a day. It can cause dizziness. Azilsartan is not a diuretic."
)


def test_a_drug_named_without_its_ester_is_its_own_drug(lexicon):
    # (the vocabularies know only "azilsartan medoxomil", DRUGBANK:DB08822: before 0936 lisinopril took the dizziness)
    assert claims(AZILSARTAN, lexicon) == {
        ("azilsartan", "treats", "hypertension", False, "Asserted"),
        ("azilsartan", "hasAdverseEffect", "dizziness", False, "Asserted"),
        ("azilsartan", "isA", "diuretic", True, "Asserted"),
    }


def test_the_ester_record_is_related_not_the_same(lexicon):
    doc = Document("case", "case", "case.md", "", AZILSARTAN + "\n", Path("case.md"))
    entity = extract_document(doc, lexicon).entities["azilsartan"]
    assert (entity.cls, entity.exact, entity.related) == ("Drug", (), ("DRUGBANK:DB08822",))


def test_an_ester_named_base_needs_the_subject_the_text_repeats(lexicon):
    # (written twice, never opening a sentence: no drug of its own, and too few times for the guard: nothing)
    text = "# Club news\n\nPeter takes azilsartan for high blood pressure. It can cause dizziness. He likes azilsartan."
    assert claims(text, lexicon) == set()
