"""Contraindication constructions of issue 13 (recall): a population named right after a soft cue ("not usually
recommended in pregnancy", "not recommended for children"), "should also not be taken by ...", "should not be
started in people with X", and an exception in a later clause ("..., unless there is no other choice"). The
sentences are invented from general patterns with names of the lexicon and vocabularies."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def forbidden(text, lexicon):
    doc = Document("t", "t", "t.txt", "", text, Path("t.txt"))
    claims = extract_document(doc, lexicon).claims
    return {(c.subject, c.object, c.negated) for c in claims if c.predicate == "contraindicatedIn"}


@pytest.mark.parametrize(
    ("text", "whom"),
    [
        ("Warfarin is not usually recommended in pregnancy.", "pregnant-women"),
        ("Warfarin is not recommended for children.", "children"),
        ("Warfarin is generally not recommended in pregnancy, unless no other medicine can be used.", "pregnant-women"),
        ("Warfarin should not be taken by pregnant women, because it can harm the baby.", "pregnant-women"),
        ("Warfarin should also not be taken by people who have had a stroke.", "stroke"),
        ("Warfarin should not be started in people with liver disease.", "liver-disease"),
    ],
)
def test_a_prohibition_names_who_may_not_take_the_drug(text, whom, lexicon):
    assert ("warfarin", whom, False) in forbidden(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        # a soft cue before a condition denies a use, it forbids nobody
        "Warfarin is not recommended for back pain.",
        # an exception inside the cue's clause: a condition of use, not a prohibition
        "Warfarin should not be taken in pregnancy without a doctor's advice.",
    ],
)
def test_a_denied_use_or_a_condition_of_use_is_no_contraindication(text, lexicon):
    assert forbidden(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Warfarin is safe to take during breastfeeding.", True),
        ("Warfarin is safe for children.", True),
        ("Warfarin is not safe to take during pregnancy.", False),
    ],
)
def test_safe_in_a_population_denies_a_contraindication(text, negated, lexicon):
    whom = {o for s, o, n in forbidden(text, lexicon) if s == "warfarin" and n == negated}
    assert whom & {"breastfeeding-mothers", "children", "pregnant-women"}
    assert not {o for s, o, n in forbidden(text, lexicon) if n != negated}


def test_not_used_in_a_population_forbids_it(lexicon):
    assert ("warfarin", "children", False) in forbidden("Warfarin is not used in children.", lexicon)
