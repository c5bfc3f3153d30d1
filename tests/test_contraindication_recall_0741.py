"""Recall of contraindications (decision 0741): "pregnant" alone names pregnant women as "breastfeeding" names
breastfeeding mothers ("pregnant or breastfeeding women" is the two groups, never women in general); "if you're" and
"if you've" are read as "if you are" and "if you have". The sentences are invented; each test asserts the exact set
of contraindications, polarity included."""

import pytest
from extracting import titled_claims


def claims(lexicon: dict, title: str, sentence: str) -> set:
    return titled_claims(lexicon, title, sentence, "contraindicatedIn")


@pytest.mark.parametrize(
    ("sentence", "groups"),
    [
        ("It is not for pregnant or breastfeeding women.", {"pregnant-women", "breastfeeding-mothers"}),
        ("Don't take it if you're pregnant or breastfeeding.", {"pregnant-women", "breastfeeding-mothers"}),
        ("Do not use it if you've had liver disease.", {"liver-disease"}),
        ("You should not take it if:\n- you are pregnant\n- you have gout", {"pregnant-women", "gout"}),
    ],
)
def test_groups_and_conditions_forbidden(sentence, groups, lexicon):
    assert claims(lexicon, "Acitretin", sentence) == {("acitretin", "contraindicatedIn", g, False) for g in groups}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a denial keeps its polarity
        (
            "You do not need to avoid it if you're pregnant.",
            {("acitretin", "contraindicatedIn", "pregnant-women", True)},
        ),
        # a medicine the reader takes is no condition
        ("Don't take it if you're taking warfarin.", set()),
        # becoming pregnant while on it forbids nothing by itself
        ("If you become pregnant while taking it, tell your doctor.", set()),
    ],
)
def test_denied_or_no_contraindication(sentence, expected, lexicon):
    assert claims(lexicon, "Acitretin", sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "objects"),
    [
        # whoever gives or prescribes it forbids it (decision 0741)
        ("Do not give ramipril to a patient with very low blood pressure.", {"hypotension"}),
        ("Ramipril must not be given to someone with gout.", {"gout"}),
        ("We will not use ramipril if you have liver disease.", {"liver-disease"}),
        ("Your doctor won't prescribe it for anyone who has ever had a stroke.", {"stroke"}),
        ("The leaflet rules it out for people with gout or severe liver disease.", {"gout", "liver-disease"}),
        ("Do not give ramipril if your child:\n- has heart failure\n- already has gout", {"heart-failure", "gout"}),
        ("Do not give ramipril to a patient in shock or with gout.", {"shock", "gout"}),
        # who it is not for use in
        ("It is not for use in pregnancy or while breastfeeding.", {"pregnant-women", "breastfeeding-mothers"}),
        # the reader's condition before or after "it is not for you"
        ("If you have had a stroke in the last year, it is not for you.", {"stroke"}),
        ("Ramipril is not for you if you have gout.", {"gout"}),
        # a condition's name before another's only says which kind: no object of its own
        ("It should not be used by people with a bleeding stomach ulcer.", {"stomach-ulcer"}),
        # everyday names
        (
            "It must not be taken by people with:\n- a blocked bowel\n- bleeding in the brain",
            {"intestinal-obstruction", "intracranial-hemorrhages"},
        ),
    ],
)
def test_prohibitions_by_whoever_gives_it(sentence, objects, lexicon):
    assert claims(lexicon, "Ramipril", sentence) == {("ramipril", "contraindicatedIn", o, False) for o in objects}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Unlike some others, ramipril is not ruled out in pregnancy.",
            {("ramipril", "contraindicatedIn", "pregnant-women", True)},
        ),
        # only until someone is asked: a caution
        ("We won't prescribe it if you have gout, without first talking it through.", set()),
        # a use withheld, no contraindication
        ("Do not give it for headaches.", set()),
        ("This advice is not for you if you have gout.", set()),
        ("It is not for use on the face.", set()),
        ("We will not use it for headaches.", set()),
    ],
)
def test_denied_cautious_or_no_prohibition(sentence, expected, lexicon):
    assert claims(lexicon, "Ramipril", sentence) == expected
