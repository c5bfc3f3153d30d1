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


# Decision 0636: contraindications and cautions as leaflets write them (sentences invented; drugs and conditions of
# the lexicon and vocabularies).


def contraindications(text, lexicon):
    """Every contraindicatedIn claim of `text` as (subject, object, negated, certainty)."""
    doc = Document("t", "t", "t.md" if text.startswith("#") else "t.txt", "", text, Path("t.txt"))
    claims = extract_document(doc, lexicon).claims
    return {(c.subject, c.object, c.negated, c.certainty) for c in claims if c.predicate == "contraindicatedIn"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge of ConText's right before the cue makes the prohibition Possible
        (
            "People with asthma or epilepsy may be advised to avoid warfarin.",
            {("warfarin", "asthma", False, "Possible"), ("warfarin", "seizure-disorder", False, "Possible")},
        ),
        (
            "Warfarin may not be suitable for people with liver disease.",
            {("warfarin", "liver-disease", False, "Possible")},
        ),
        # a doctor's caution about prescribing it: the drug may be withheld (Possible)
        (
            "Doctors are cautious about prescribing warfarin to people with a history of depression, and may choose "
            "another medicine.",
            {("warfarin", "depression", False, "Possible")},
        ),
        # ... and what the drug causes, before ", so", is the reason, not who is forbidden it
        (
            "Rarely, warfarin can cause seizures, so doctors are careful about prescribing it to people with epilepsy.",
            {("warfarin", "seizure-disorder", False, "Possible")},
        ),
        # the doctor's judgement is the prohibition's only exception: it still forbids
        (
            "Warfarin is not recommended for people who have had a stroke unless a doctor has weighed the risks.",
            {("warfarin", "stroke", False, "Asserted")},
        ),
        # a reason after the cue names why, not who
        (
            "Warfarin should be avoided in pregnancy, as it has been linked to birth defects.",
            {("warfarin", "pregnant-women", False, "Asserted")},
        ),
    ],
)
def test_cautions_and_hedged_prohibitions(text, expected, lexicon):
    assert contraindications(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a caution on how it is used (it is still used): no claim
        "Warfarin should be used with caution in people with epilepsy.",
        # a benefit: helping people avoid something forbids nothing
        "Studies show that warfarin helps people with atrial fibrillation avoid a stroke.",
        # a doctor careful about a use names no one
        "Doctors are careful when prescribing warfarin for pain.",
    ],
)
def test_no_contraindication_in_cautions_of_use_or_benefits(text, lexicon):
    assert contraindications(text, lexicon) == set()


def test_an_ingredient_is_no_topic_for_the_next_sentence(lexicon):
    text = (
        "Montelukast comes as chewable tablets. Children with phenylketonuria should not take the chewable tablets, "
        "because they contain aspartame. It is not recommended for people who have had depression."
    )
    assert ("montelukast", "depression", False, "Asserted") in contraindications(text, lexicon)
    assert not {c for c in contraindications(text, lexicon) if c[0] == "aspartame"}
