"""Contraindication constructions of issue 13 (recall): a population named right after a soft cue ("not usually
recommended in pregnancy", "not recommended for children"), "should also not be taken by ...", "should not be
started in people with X", and an exception in a later clause ("..., unless there is no other choice"). The
sentences are invented from general patterns with names of the lexicon and vocabularies."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "must not be taken by" reads as "should not be taken by"; an allergy to the drug is drug hypersensitivity
        (
            "Warfarin must not be taken by people who are allergic to it or to other coumarins.",
            {("warfarin", "warfarin-hypersensitivity", False, "Asserted")},
        ),
        # a rash named with the allergic reaction to the drug is that reaction, not a condition of its own
        (
            "People who have had an allergic reaction or a serious rash with warfarin must not take it again.",
            {("warfarin", "warfarin-hypersensitivity", False, "Asserted")},
        ),
        (
            "Warfarin should not be taken by anyone who has had a rash or an allergic reaction to it before.",
            {("warfarin", "warfarin-hypersensitivity", False, "Asserted")},
        ),
        # leaflets' words for groups: "anyone under 18" (children and adolescents), "women who are pregnant", "babies"
        (
            "Warfarin is not recommended during pregnancy or for anyone under 18.",
            {
                ("warfarin", "pregnant-women", False, "Asserted"),
                ("warfarin", "children", False, "Asserted"),
                ("warfarin", "adolescents", False, "Asserted"),  # (under 18: the teenage years too, decision 0699)
            },
        ),
        (
            "Warfarin is not given to babies or to women who are pregnant.",
            {("warfarin", "infants", False, "Asserted"), ("warfarin", "pregnant-women", False, "Asserted")},
        ),
        # (a stated part of pregnancy is that trimester, not every pregnant woman: decision 0782)
        (
            "Warfarin should be avoided in the first trimester.",
            {("warfarin", "pregnancy-trimester-first", False, "Asserted")},
        ),
        # "your doctor may prefer a different treatment" if you have Y: Y a Possible contraindication of the drug
        (
            "Warfarin thins the blood. If you have had a stomach ulcer, your doctor may prefer a different treatment.",
            {("warfarin", "stomach-ulcer", False, "Possible")},
        ),
        (
            "Warfarin thins the blood. Your doctor may prefer a different medicine if you have asthma.",
            {("warfarin", "asthma", False, "Possible")},
        ),
    ],
)
def test_prohibitions_as_leaflets_write_them(text, expected, lexicon):
    assert contraindications(text, lexicon) == expected


def test_bullets_under_a_contraindications_heading(lexicon):
    text = (
        "# Warfarin\n\n## Contraindications and cautions\n\n"
        "- pregnancy, labour and delivery: risk of a stroke in the newborn\n"
        "- severe liver disease\n"
        "- Caution in pre-existing kidney disease or asthma.\n"
        "- People with epilepsy can take it.\n"
    )
    assert contraindications(text, lexicon) == {
        ("warfarin", "pregnant-women", False, "Asserted"),
        ("warfarin", "liver-disease", False, "Asserted"),
        # a bullet that is a caution is hedged
        ("warfarin", "kidney-diseases", False, "Possible"),
        ("warfarin", "asthma", False, "Possible"),
        # a bullet with its own verb says its own thing
        ("warfarin", "seizure-disorder", True, "Asserted"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a caution that does not withhold the drug ("tell your doctor"): no claim
        "Tell your doctor if you have liver disease, because you may need a lower dose of warfarin.",
        # what the drug causes is no contraindication
        "Warfarin can cause a rash or an allergic reaction.",
        # a doctor's different treatment with no condition of the reader's
        "Warfarin can cause headaches. Because of this, your doctor may prefer a different medicine.",
        # a denied use
        "Warfarin should not be used to treat a stroke.",
    ],
)
def test_near_misses_are_no_contraindication(text, lexicon):
    assert contraindications(text, lexicon) == set()


def test_an_interaction_is_no_contraindication(lexicon):
    doc = Document("t", "t", "t.txt", "", "Warfarin should not be taken with aspirin.", Path("t.txt"))
    claims = {(c.subject, c.predicate, c.object) for c in extract_document(doc, lexicon).claims}
    assert not {c for c in claims if c[1] == "contraindicatedIn"}
    assert ("warfarin", "interactsWith", "aspirin") in claims


def test_taken_while_breastfeeding_denies_it(lexicon):
    assert contraindications("Warfarin can be taken while breastfeeding.", lexicon) == {
        ("warfarin", "breastfeeding-mothers", True, "Asserted")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Do not take warfarin if you have liver disease.", {("warfarin", "liver-disease", False, "Asserted")}),
        ("If you have asthma, do not take warfarin.", {("warfarin", "asthma", False, "Asserted")}),
        ("You should not take warfarin if you have asthma.", {("warfarin", "asthma", False, "Asserted")}),
        ("Warfarin must not be taken if you have had a stroke.", {("warfarin", "stroke", False, "Asserted")}),
        (
            "It is not suitable if you are allergic to warfarin.",
            {("warfarin", "warfarin-hypersensitivity", False, "Asserted")},
        ),
        # "avoid X in Y": the drug between the cue and the condition
        ("Avoid warfarin in severe kidney disease.", {("warfarin", "kidney-diseases", False, "Asserted")}),
        # "not given to children under 12" after a firm cue too
        ("Warfarin should not be given to children under 12.", {("warfarin", "children", False, "Asserted")}),
        # a soft cue of advice with "in" and a condition forbids
        ("Warfarin is not recommended in severe kidney disease.", {("warfarin", "kidney-diseases", False, "Asserted")}),
        (
            "Warfarin can be harmful to people with kidney disease.",
            {("warfarin", "kidney-diseases", False, "Asserted")},
        ),
        ("Warfarin may be dangerous for people with asthma.", {("warfarin", "asthma", False, "Possible")}),
    ],
)
def test_the_common_ways_of_forbidding(text, expected, lexicon):
    assert contraindications(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what makes one take less is no contraindication ("if you get" is not "if you have")
        "If you get a headache, do not take more warfarin.",
        # a denied use, after an imperative or a soft cue with "for"
        "Do not take warfarin for back pain.",
        "Warfarin is not recommended for back pain.",
        # an imperative about dosing names no one
        "Never take two doses of warfarin at once.",
        # the other drug the reader takes is an interaction, not a contraindication of it
        "Warfarin thins the blood. Do not take it if you are taking aspirin for back pain.",
        # what a combination causes is why, not who
        "Combining warfarin with aspirin can cause bleeding, and warfarin must not be taken within 14 days of aspirin.",
    ],
)
def test_imperatives_and_soft_cues_that_forbid_no_one(text, lexicon):
    assert contraindications(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list of who goes on after a reason clause
        (
            "Warfarin is not given to children under 12, because it can cause bleeding, or to women who are pregnant "
            "or breastfeeding.",
            {
                ("warfarin", "children", False, "Asserted"),
                ("warfarin", "pregnant-women", False, "Asserted"),
                ("warfarin", "breastfeeding-mothers", False, "Asserted"),
            },
        ),
        # women as a group
        (
            "Warfarin is not used by women or children.",
            {("warfarin", "women", False, "Asserted"), ("warfarin", "children", False, "Asserted")},
        ),
        # a group opening a clause of its own is no further item of the list
        (
            "Warfarin is considered safe in pregnancy, and women with asthma are usually advised to keep taking it.",
            {("warfarin", "pregnant-women", True, "Asserted")},
        ),
        # "may" inside the group's own words hedges nothing
        ("Women who may become pregnant must not take warfarin.", {("warfarin", "women", False, "Asserted")}),
    ],
)
def test_lists_of_groups(text, expected, lexicon):
    assert contraindications(text, lexicon) == expected


def test_a_form_of_the_drug_in_focus_and_a_group_qualifying_a_condition(lexicon):
    text = (
        "Warfarin comes as chewable tablets. Children with phenylketonuria should not take the chewable tablets, "
        "because they contain aspartame."
    )
    assert contraindications(text, lexicon) == {("warfarin", "phenylketonurias", False, "Asserted")}


def test_a_bullet_naming_examples_with_such_as(lexicon):
    text = (
        "# Warfarin\n\nDoctors take extra care, and may decide it is unsuitable, for people with:\n\n"
        "- heart problems such as sick sinus syndrome\n"
    )
    # (decision 0646: "heart problems" is now read as heart diseases, the category the examples belong to)
    assert contraindications(text, lexicon) == {
        ("warfarin", "sick-sinus-syndrome", False, "Possible"),
        ("warfarin", "heart-diseases", False, "Possible"),
    }


def test_every_prohibition_of_a_sentence(lexicon):
    text = (
        "Warfarin remains contraindicated in pregnancy because it can cause miscarriage and birth defects, and it "
        "should not be taken by people with severe kidney disease."
    )
    assert contraindications(text, lexicon) == {
        ("warfarin", "pregnant-women", False, "Asserted"),
        ("warfarin", "kidney-diseases", False, "Asserted"),
    }
    # a first cue that forbids no one does not hide a later one
    text = "Warfarin is not recommended for back pain, and it should not be taken by people with asthma."
    assert contraindications(text, lexicon) == {("warfarin", "asthma", False, "Asserted")}
