"""Decision 0891, uses (treats) on new text: the treatment a text names for what it has just denied the drug is for
("not a treatment for Y; for that, A is given", "Y, which may need A", "A does that job"); the use a clause states of
a medicine named in passing when its takers are a group of people ("A, which some women take for Y", "A, a medicine
some people take for Y", "A (the cream some patients use for Y)"); and ", and it is not a treatment for Y" after a
denied class is the drug's denial, not the class's. Whole claim sets (subject, predicate, object, negated,
certainty), including sentences where nothing may be read. The sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def read(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    """Every claim of `text` read as one plain-text document: (subject, predicate, object, negated, certainty)."""
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for that" after the denial's clause names what treats it
        (
            "Naproxen eases joint pain. It is not a treatment for gout; for that, colchicine is given.",
            {
                ("naproxen", "treats", "arthralgia", False, "Asserted"),
                ("naproxen", "treats", "gout", True, "Asserted"),
                ("colchicine", "treats", "gout", False, "Asserted"),
            },
        ),
        # ... or opening the next sentence, its subject a person
        (
            "Bisoprolol lowers blood pressure. It will not ease a migraine. For that, Rosa takes sumatriptan.",
            {
                ("bisoprolol", "decreases", "blood-pressure", False, "Asserted"),
                ("bisoprolol", "treats", "migraine-disorders", True, "Asserted"),
                ("sumatriptan", "treats", "migraine-disorders", False, "Asserted"),
            },
        ),
        # "A does that job"
        (
            "Omeprazole reduces stomach acid. It is not a treatment for constipation: lactulose does that job.",
            {
                ("omeprazole", "treats", "constipation", True, "Asserted"),
                ("lactulose", "treats", "constipation", False, "Asserted"),
            },
        ),
        # the alternative clause's own hedge
        (
            "Tamsulosin treats an enlarged prostate. It is not a treatment for cystitis. He may need an antibiotic for"
            " that.",
            {
                ("tamsulosin", "treats", "prostatic-hyperplasia", False, "Asserted"),
                ("tamsulosin", "treats", "cystitis", True, "Asserted"),
                ("antibiotic", "treats", "cystitis", False, "Possible"),
            },
        ),
        # "for that reason" points at no condition
        (
            "Omeprazole reduces stomach acid. It is not a treatment for constipation. For that reason lactulose is kept"
            " in the cupboard.",
            {("omeprazole", "treats", "constipation", True, "Asserted")},
        ),
        # a denied clause of its own gives nothing
        (
            "Omeprazole reduces stomach acid. It is not a treatment for constipation. Unlike lactulose, it is not used"
            " for that.",
            {("omeprazole", "treats", "constipation", True, "Asserted")},
        ),
        # a clause the sentence opened with is what "that" points at, read or not: never the sentence before's denial
        (
            "Omeprazole is not a treatment for constipation. Nor is it meant for a short bout of wind after a big meal;"
            " simeticone is better for that.",
            {("omeprazole", "treats", "constipation", True, "Asserted")},
        ),
        # no denial before: nothing to point back to
        (
            "Tamsulosin treats an enlarged prostate. He may need an antibiotic for that.",
            {("tamsulosin", "treats", "prostatic-hyperplasia", False, "Asserted")},
        ),
    ],
)
def test_the_treatment_named_for_a_denied_use(text, expected, lexicon):
    assert read(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the takers of the relative clause are a group of people the recogniser names
        (
            "Sumatriptan treats migraine. Ibuprofen, which some women take for period pain, can be taken with it.",
            {
                ("sumatriptan", "treats", "migraine-disorders", False, "Asserted"),
                ("sumatriptan", "interactsWith", "ibuprofen", True, "Asserted"),
                ("ibuprofen", "treats", "dysmenorrhea", False, "Asserted"),
            },
        ),
        # an apposition: a noun of medicine and who takes it for the condition
        (
            "Donepezil treats dementia. It can interact with neostigmine, a medicine some people take for muscle"
            " weakness.",
            {
                ("donepezil", "treats", "dementia", False, "Asserted"),
                ("donepezil", "interactsWith", "neostigmine", False, "Asserted"),
                ("neostigmine", "treats", "muscle-weakness", False, "Asserted"),
            },
        ),
        # the same in brackets
        (
            "Mirtazapine treats depression.\n\n- Emollients (the cream some patients use for eczema) are fine to use"
            " with it.",
            {
                ("mirtazapine", "treats", "depression", False, "Asserted"),
                ("emollients", "treats", "eczema", False, "Asserted"),
            },
        ),
        # "for" naming no condition
        (
            "Donepezil treats dementia. It can interact with neostigmine, a medicine that people take for granted.",
            {
                ("donepezil", "treats", "dementia", False, "Asserted"),
                ("donepezil", "interactsWith", "neostigmine", False, "Asserted"),
            },
        ),
    ],
)
def test_a_use_stated_in_passing(text, expected, lexicon):
    assert read(text, lexicon) == expected


def test_a_denied_class_is_no_subject_of_the_next_clause(lexicon):
    text = "Tenofovir treats HIV infection. It is not an antibiotic, and it is not a treatment for syphilis."
    assert read(text, lexicon) == {
        ("tenofovir", "treats", "hiv-infections", False, "Asserted"),
        ("tenofovir", "treats", "syphilis", True, "Asserted"),
        ("tenofovir", "isA", "antibiotic", True, "Asserted"),
    }
