"""Decision 1059: one concept, one name in the measure - more terms of a MeSH descriptor's preferred concept, and an
international nonproprietary name written without its modifier word ("certolizumab" for "certolizumab pegol").

Invented gold/found lists (other drugs, other documents than the development sets); exact `score` results."""

import pytest
from test_naming_0868 import scored, shared  # the measure's helpers of decision 0868's tests, one copy

AE, CI, TR = "hasAdverseEffect", "contraindicatedIn", "treats"


@pytest.mark.parametrize(
    ("gold", "found"),
    [
        ("kidney-stones", "kidney-calculi"),
        ("skin-cancer", "skin-neoplasms"),
        ("benign-prostatic-hyperplasia", "prostatic-hyperplasia"),
        ("g6pd-deficiency", "glucosephosphate-dehydrogenase-deficiency"),
        ("glucose-6-phosphate-dehydrogenase-deficiency", "glucosephosphate-dehydrogenase-deficiency"),
        ("jet-lag", "jet-lag-syndrome"),
        ("dengue-fever", "dengue"),
        ("hashimoto-disease", "hashimoto-thyroiditis"),
        ("gastroesophageal-reflux-disease", "gastroesophageal-reflux"),
        ("postural-tachycardia-syndrome", "postural-orthostatic-tachycardia-syndrome"),
        ("acne", "acne-vulgaris"),
        ("allergic-reaction", "hypersensitivity"),
        ("hay-fever", "rhinitis-allergic-seasonal"),  # the heading in MeSH's order, its commas lost in a slug
        ("bleeding", "hemorrhage"),
        ("certolizumab", "certolizumab-pegol"),  # the INN without its modifier: one DrugBank record
    ],
)
def test_one_concept_under_two_names_shares_a_key(gold, found, lexicon):
    assert shared(gold, found, lexicon)


@pytest.mark.parametrize(
    ("gold", "found"),
    [
        ("kidney-stones", "kidney-diseases"),  # broader
        ("skin-cancer", "melanoma"),  # narrower
        ("prostatic-hyperplasia", "prostatic-neoplasms"),
        ("jet-lag", "insomnia"),
        ("dengue-fever", "severe-dengue"),
        ("acne", "rosacea"),
        ("allergic-reaction", "anaphylaxis"),  # a narrower reaction stays apart
        ("hypersensitivity-reaction", "hypersensitivity"),  # no vocabulary files the name: not joined
        ("allergic-rhinitis", "rhinitis-allergic-seasonal"),  # hay fever is narrower than allergic rhinitis
        ("peptic-ulcer", "stomach-ulcer"),  # two MeSH descriptors
        ("bleeding", "gastrointestinal-hemorrhage"),
        ("hay-fever", "rhinitis-allergic-perennial"),
        ("sickle-cell-disease", "anemia-sickle-cell"),  # the disease holds more than the anaemia
        ("epoetin", "epoetin-alfa"),  # two records with modifiers (alfa, beta): the bare name is neither
        ("interferon", "interferon-beta-1a"),
        ("pentosan-hypersensitivity", "pentosan-polysulfate-hypersensitivity"),  # not a modifier word
        ("certolizumab", "adalimumab"),
    ],
)
def test_a_broader_narrower_or_other_concept_shares_none(gold, found, lexicon):
    assert not shared(gold, found, lexicon)


def test_score_takes_the_gold_names_of_one_record_as_the_extractor_names_them(lexicon):
    gold = [
        ("certolizumab", TR, "psoriasis", False),
        ("certolizumab", AE, "skin-cancer", False),
        ("certolizumab", CI, "allergic-reaction", True),
        ("certolizumab", AE, "jet-lag", False),
    ]
    found = [
        ("certolizumab-pegol", TR, "psoriasis", False),
        ("certolizumab-pegol", AE, "skin-neoplasms", False),
        ("certolizumab-pegol", CI, "hypersensitivity", True),
        ("certolizumab-pegol", AE, "insomnia", False),
    ]
    assert scored(gold, found, lexicon) == (
        (3, 1, 1),
        [("d", "certolizumab-pegol", AE, "jet-lag", False)],
        [("d", "certolizumab-pegol", AE, "insomnia", False)],
        1.0,
    )


def test_a_negated_gold_under_the_other_name_is_now_a_flip(lexicon):
    """The join shows a reading the two names hid: the gold denies what the extractor asserts."""
    gold = [("tofacitinib", CI, "kidney-stones", True)]
    found = [("tofacitinib", CI, "kidney-calculi", False)]
    assert scored(gold, found, lexicon) == (
        (0, 1, 1),
        [("d", "tofacitinib", CI, "kidney-calculi", True)],
        [("d", "tofacitinib", CI, "kidney-calculi", False)],
        0.0,
    )


def test_a_gold_name_the_extractor_also_uses_stays_as_written(lexicon):
    gold = [("x-drug", AE, "acne", False)]
    found = [("x-drug", AE, "acne", False), ("x-drug", AE, "acne-vulgaris", False)]
    assert scored(gold, found, lexicon)[0] == (1, 1, 0)
