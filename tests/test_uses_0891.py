"""Decision 0891, uses (treats) on new text: the treatment a text names for what it has just denied the drug is for
("not a treatment for Y; for that, A is given", "Y, which may need A", "A does that job"); the use a clause states of
a medicine named in passing when its takers are a group of people ("A, which some women take for Y", "A, a medicine
some people take for Y", "A (the cream some patients use for Y)"); and ", and it is not a treatment for Y" after a
denied class is the drug's denial, not the class's. Whole claim sets (subject, predicate, object, negated,
certainty), including sentences where nothing may be read. The sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extracting import certainty_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document

read = certainty_claims


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of medicine named by its use, denied or stated; the stated degree kept as the use's severity
        (
            "Codeine notes\n\nCodeine is not a painkiller for period pain or migraine.",
            {
                ("codeine", "treats", "dysmenorrhea", True, "Asserted"),
                ("codeine", "treats", "migraine-disorders", True, "Asserted"),
                # (the class itself is not denied since decision 0916: "not a painkiller for Y" denies the use)
            },
        ),
        (
            "Codeine notes\n\nCodeine is a painkiller for moderate pain.",
            {("codeine", "isA", "analgesic", False, "Asserted"), ("codeine", "treats", "pain", False, "Asserted")},
        ),
        # a second verb phrase of when it is taken names no further use
        (
            "Zolmitriptan notes\n\nZolmitriptan treats the migraine attack and is taken at the first sign of a"
            " headache.",
            {("zolmitriptan", "treats", "migraine-disorders", False, "Asserted")},
        ),
        # "are first given": a rank of first place (a bare "are given" stays no use)
        (
            "Denosumab notes\n\nDenosumab treats osteoporosis. Most people with osteoporosis are first given"
            " alendronic acid.",
            {
                ("denosumab", "treats", "osteoporosis", False, "Asserted"),
                ("alendronic-acid", "treats", "osteoporosis", False, "Asserted"),
            },
        ),
        (
            "Denosumab notes\n\nDenosumab treats osteoporosis. Most people with osteoporosis are given alendronic"
            " acid.",
            {("denosumab", "treats", "osteoporosis", False, "Asserted")},
        ),
        # "X, the main medicine for Y's"
        (
            "Rasagiline notes\n\nRasagiline is used in Parkinson's disease. Meg also takes levodopa, the main medicine"
            " for Parkinson's.",
            {
                ("rasagiline", "treats", "parkinsons-disease", False, "Asserted"),
                ("levodopa", "treats", "parkinsons-disease", False, "Asserted"),
            },
        ),
    ],
)
def test_more_shapes_of_a_stated_use(text, expected, lexicon):
    assert read(text, lexicon) == expected


def qualified(text: str, lexicon: dict) -> set[tuple]:
    """The treats claims of `text` with their qualifiers."""
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {
        (c.subject, c.object, c.negated, c.qualifiers)
        for c in extract_document(doc, lexicon).claims
        if c.predicate == "treats"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the use keeps the degree its sentence names
        (
            "Morphine notes\n\nMorphine is used for severe pain after an operation.",
            {("morphine", "pain", False, (("severity", ("severe",)),))},
        ),
        # a status said in a sentence of its own is the drug's one use's
        (
            "Sotalol notes\n\nSotalol treats an irregular heartbeat. It is a long-term treatment.",
            {
                ("sotalol", "cardiac-arrhythmias", False, ()),
                ("sotalol", "cardiac-arrhythmias", False, (("useStatus", ("LongTermUse",)),)),
            },
        ),
        (
            "Acetylcysteine notes\n\nAcetylcysteine is used for COPD. He takes it alongside his inhalers, not instead"
            " of them.",
            {
                ("acetylcysteine", "chronic-obstructive-pulmonary-disease", False, ()),
                ("acetylcysteine", "chronic-obstructive-pulmonary-disease", False, (("useStatus", ("AdjunctUse",)),)),
            },
        ),
        # two uses: whose status it is, the sentence does not say
        (
            "Sotalol notes\n\nSotalol treats an irregular heartbeat and high blood pressure. It is a long-term"
            " treatment.",
            {("sotalol", "cardiac-arrhythmias", False, ()), ("sotalol", "hypertension", False, ())},
        ),
        # a word of degree in a sentence of what the drug does is no status of its use
        (
            "Sotalol notes\n\nSotalol treats an irregular heartbeat. Sotalol blocks beta receptors, mainly in the"
            " heart.",
            {("sotalol", "cardiac-arrhythmias", False, ())},
        ),
        # a denied status is none
        (
            "Sotalol notes\n\nSotalol treats an irregular heartbeat. It is not a long-term treatment.",
            {("sotalol", "cardiac-arrhythmias", False, ())},
        ),
    ],
)
def test_degrees_and_statuses_of_a_use(text, expected, lexicon):
    assert qualified(text, lexicon) == expected
