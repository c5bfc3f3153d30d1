"""Decision 1026: one concept under two names is one concept to the measure - a word written whole or in two
("lightheadedness", "light-headedness"), a type numbered in Arabic or Roman numerals (HPO's "Type I diabetes
mellitus"), a MeSH heading closed by "Disorders"/"Syndromes" and the entry term that is its other words ("Migraine
Disorders", "migraine"), British and American names of one symptom ("hot flush", "hot flash") - while a broader or
narrower concept stays another concept. The pairs are extractor objects and gold objects of the development sets."""

from __future__ import annotations

import pytest

from graph_build.text.evaluate import concept_keys
from ontology.lexicon import load_lexicon

#: one concept, two names (the first eight are pairs of the development sets; the rest their other numbers/spellings)
JOINED = [
    ("hot-flashes", "hot-flush"),
    ("type-1-diabetes-mellitus", "type-1-diabetes"),
    ("dry-eye-syndromes", "dry-eye"),
    ("type-2-diabetes-mellitus", "type-2-diabetes"),
    ("sleep-apnea-syndromes", "sleep-apnoea"),
    ("migraine-disorders", "migraine"),
    ("lightheadedness", "light-headedness"),
    ("st-johns-wort", "st-john-s-wort"),
    ("hot-flash", "hot-flushes"),
    ("hot-flushes", "hot-flashes"),
    ("type-ii-diabetes-mellitus", "type-2-diabetes"),
    ("sleep-apnea", "sleep-apnea-syndromes"),
]

#: a broader, narrower or related concept: never one (pairs of the development sets, and near misses of the joins)
APART = [
    ("stomach-ulcer", "peptic-ulcer"),
    ("children", "children-under-12"),
    ("hypersensitivity", "anaphylaxis"),
    ("infections", "urinary-tract-infection"),
    ("pharyngitis", "sore-throat"),
    ("opioid", "opioid-analgesic"),
    ("myocardial-infarction", "recent-myocardial-infarction"),
    ("hot-flashes", "flushing"),
    ("sleep-onset-insomnia", "insomnia"),
    ("kidney-diseases", "renal-insufficiency"),
    ("dry-eye-syndromes", "eye-strain"),
    ("lightheadedness", "dizziness"),  # MeSH files it under Dizziness: the lexicon keeps them apart
    ("migraine-disorders", "headache"),
    ("type-1-diabetes-mellitus", "type-2-diabetes"),  # the numerals read alike, never across numbers
    ("type-1-diabetes", "diabetes-mellitus"),
    ("sleep-apnea-syndromes", "obstructive-sleep-apnoea"),
    ("light-headedness", "headache"),
]


@pytest.fixture(scope="module")
def lexicon() -> dict:
    return load_lexicon()


@pytest.mark.parametrize(("one", "other"), JOINED)
def test_one_concept_under_two_names(one: str, other: str, lexicon: dict) -> None:
    assert concept_keys(one, lexicon) & concept_keys(other, lexicon)


@pytest.mark.parametrize(("one", "other"), APART)
def test_a_broader_or_narrower_concept_stays_apart(one: str, other: str, lexicon: dict) -> None:
    assert not concept_keys(one, lexicon) & concept_keys(other, lexicon)
