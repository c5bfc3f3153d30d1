"""Decision 0983: who is "not given / not prescribed it", who "should steer clear of it", "should leave it alone",
"shouldn't touch it" or "is warned off it" must not take the drug, as who "should avoid it"; older people named only
to carry their condition ("elderly people whose confusion comes from dementia") are not themselves forbidden it, as
children and women so named are not (decision 0973). The sentences are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

LEAFLET = "Apixaban\n\nApixaban is taken twice a day.\n\n"


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    """Every claim the leaflet with `text` after its opening states: (subject, predicate, object, negated,
    certainty)."""
    doc = Document("case", "case", "case.txt", "", LEAFLET + text + "\n", Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


def contra(*objects: str) -> set[tuple[str, str, str, bool, str]]:
    return {("apixaban", "contraindicatedIn", o, False, "Asserted") for o in objects}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive with its people as subject and the drug's pronoun as object
        ("People with epilepsy are not given it.", contra("seizure-disorder")),
        ("Pregnant women are not given it either.", contra("pregnant-women")),
        ("People with liver disease are not prescribed it.", contra("liver-disease")),
        ("Men with an enlarged prostate aren't given it.", contra("prostatic-hyperplasia")),
        # ... "not given to Y" as before
        ("It is not given to people with epilepsy.", contra("seizure-disorder")),
        # no pronoun of the drug after it: nothing forbidden
        ("Most people with epilepsy are not given the injection at home.", set()),
    ],
)
def test_not_given_it(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("People with asthma should steer clear of it.", contra("asthma")),
        ("Anyone with epilepsy must steer clear of it.", contra("seizure-disorder")),
        ("People who are allergic to apixaban should leave it alone.", contra("apixaban-hypersensitivity")),
        ("People with asthma shouldn't touch it.", contra("asthma")),
        ("People with asthma are warned off it.", contra("asthma")),
        # a question, or someone told "to steer clear": nothing
        ("Who should steer clear of it?", set()),
        ("Her friend with asthma told her to steer clear of it.", set()),
    ],
)
def test_lay_avoiding(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # older people named only to carry their condition: the condition, not the group
        ("It is not given to elderly people whose confusion comes from dementia.", set()),
        ("It should not be given to older people whose memory is failing.", set()),
        ("Older adults with kidney disease should not take it.", contra("kidney-diseases")),
        # the group itself, plainly named, stays forbidden
        ("It is not recommended for older people.", contra("older-adults")),
    ],
)
def test_older_people_carrying_a_condition(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past reaction to the drug, without "badly": the allergy to it
        ("Anyone who has reacted to apixaban before must not use it again.", contra("apixaban-hypersensitivity")),
        (
            "Please don't take it if you have ever reacted to apixaban before, or if you have glaucoma.",
            contra("apixaban-hypersensitivity", "glaucoma"),
        ),
        # no "has / have / ever" before it: no allergy named
        ("His eyes reacted to it, so apixaban is his second choice.", set()),
        ("People allergic to sulfonamides may react to apixaban too.", set()),
    ],
)
def test_has_reacted_to(text, expected, lexicon):
    assert claims(text, lexicon) == expected
