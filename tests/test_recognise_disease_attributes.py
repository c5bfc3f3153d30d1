"""vocabularies.DISEASE_ATTRIBUTES (decision 0687): a MeSH record filed only under Disease Attributes (recurrence,
chronic disease, disease progression, ...) names an attribute of some disease, no condition; a disease also filed
there but elsewhere too (COPD, chronic hepatitis) stays a condition."""

from extracting import claims


def _treats(text, lexicon):
    return {c for c in claims(text, lexicon) if c[1] == "treats"}


def test_a_recurrence_is_no_condition(lexicon):
    assert _treats("Famciclovir is used to treat recurrences.", lexicon) == set()


def test_the_disease_whose_recurrence_it_is_stays(lexicon):
    assert _treats("Famciclovir is used to treat recurrences of genital herpes.", lexicon) == {
        ("famciclovir", "treats", "herpes-genitalis", False)
    }


def test_a_disease_filed_elsewhere_too_stays_a_condition(lexicon):
    assert _treats("Tiotropium is used to treat chronic obstructive pulmonary disease.", lexicon) == {
        ("tiotropium", "treats", "chronic-obstructive-pulmonary-disease", False)
    }
