"""Side effects named in everyday words and effects named by a likeness (decision 0876), on invented sentences with
other drugs and wording (exact claim sets, polarity and certainty included).

1. An everyday name of an infection as a side effect ("colds", "thrush", "flu", "a water infection", "cold sores") is
   a name another writer names otherwise (an upper respiratory tract infection, oral or vaginal candidiasis, a
   flu-like illness, a urinary tract infection, oral herpes): the claim stays, with the end's doubt
   (`doubts.informally_named`), so it never stands in the top band. "The common cold" and "cold" as a temperature
   raise none, nor a use ("not a treatment for colds": a use names the illness). An effect "on the treated skin" is
   a site reaction, doubted as decision 0872 doubts one "where the cream goes on".
2. What an effect is likened to is no effect: "movement problems like those of Parkinson's disease", "achy, as if
   they had flu" give no claim of Parkinson's disease or flu.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.doubts import coarse, informally_named
from graph_build.text.extract import extract_document


def _read(lexicon: dict, text: str) -> dict[tuple, int]:
    """The (subject, predicate, object, negated, certainty) of every claim of a markdown `text`, with its evidence's
    doubts."""
    doc = Document("d", "t", "d.md", "", text, Path("d.md"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty): c.evidence[0].doubts
        for c in extract_document(doc, lexicon).claims
    }


def _effects(drug: str, item: str) -> str:
    return f"# {drug.title()} for a test\n\n## Side effects\n\n- {item}\n"


@pytest.mark.parametrize(
    "drug, item, expected",
    [
        ("tocilizumab", "Colds are very common.", {("common-cold", "Asserted")}),
        ("abatacept", "Getting head colds is common.", {("common-cold", "Asserted")}),
        ("empagliflozin", "Thrush in the vagina.", {("vulvovaginal-candidiasis", "Asserted")}),
        ("tocilizumab", "A water infection.", {("infections", "Asserted")}),
        ("abatacept", "Cold sores.", {("herpes-labialis", "Asserted")}),
    ],
)
def test_an_everyday_name_of_an_infection_is_doubted(lexicon: dict, drug: str, item: str, expected: set) -> None:
    found = {k: d for k, d in _read(lexicon, _effects(drug, item)).items() if k[1] == "hasAdverseEffect"}
    assert {(k[2], k[4]) for k in found} == expected
    assert not any(k[3] for k in found)
    assert all(d >= 1 for d in found.values())


@pytest.mark.parametrize(
    "drug, item, expected",
    [
        ("tocilizumab", "the common cold", {"common-cold"}),
        ("propranolol", "Headache and nausea are common.", {"headache", "nausea"}),
    ],
)
def test_a_vocabulary_name_is_not_doubted(lexicon: dict, drug: str, item: str, expected: set) -> None:
    found = {k: d for k, d in _read(lexicon, _effects(drug, item)).items() if k[1] == "hasAdverseEffect"}
    assert {k[2] for k in found} == expected
    assert all(d == 0 for d in found.values())


@pytest.mark.parametrize(
    "text, name, slug, doubted",
    [
        ("- Colds are common.", "Colds", "common-cold", True),
        ("- Catching a cold is common.", "cold", "common-cold", True),
        ("- Some women get thrush.", "thrush", "candidiasis", True),
        ("- Flu is common.", "Flu", "human-influenza", True),
        ("- A water infection.", "infection", "infections", True),
        ("- The common cold.", "common cold", "common-cold", False),
        ("- Cold hands and feet.", "Cold hands", "cold-extremities", False),
        ("- A cold sweat.", "sweat", "hyperhidrosis", False),
        ("- Chills.", "Chills", "chills", False),
        ("- Feeling cold all the time.", "cold", "cold-intolerance", False),
    ],
)
def test_informally_named(text: str, name: str, slug: str, doubted: bool) -> None:
    start = text.index(name)
    assert informally_named(text, (start, start + len(name), slug, "Disease")) is doubted


def test_a_use_of_an_everyday_name_keeps_its_confidence(lexicon: dict) -> None:
    text = "# Amoxicillin for a test\n\nAmoxicillin is not a treatment for colds.\n"
    found = {k: d for k, d in _read(lexicon, text).items() if k[1] == "treats"}
    assert found == {("amoxicillin", "treats", "common-cold", True, "Asserted"): 1}  # (the denial's doubt alone)


@pytest.mark.parametrize(
    "drug, item, expected",
    [
        (
            "metoclopramide",
            "Rarely, it can cause muscle stiffness like that of Parkinson's disease.",
            {("muscle-stiffness", "Occasional")},
        ),
        ("interferon beta", "Some people feel achy, as if they had the flu.", set()),
        ("zoledronic acid", "A few people feel shivery, as though they were coming down with flu.", set()),
        ("metoclopramide", "Shaking similar to that seen in Parkinson's disease.", {("tremor", "Asserted")}),
    ],
)
def test_what_an_effect_is_likened_to_is_no_effect(lexicon: dict, drug: str, item: str, expected: set) -> None:
    found = {k for k in _read(lexicon, _effects(drug, item)) if k[1] == "hasAdverseEffect"}
    assert {(k[2], k[4]) for k in found} == expected
    assert not any(k[3] for k in found)


def test_a_named_effect_stays_beside_a_likeness(lexicon: dict) -> None:
    text = _effects("ropinirole", "Nausea, and sleepiness as if you had not slept.")
    found = {k for k in _read(lexicon, text) if k[1] == "hasAdverseEffect"}
    assert {(k[2], k[3]) for k in found} == {("nausea", False), ("somnolence", False)}


@pytest.mark.parametrize(
    "text, name, slug, doubted",
    [
        ("- Redness and flaking on the treated skin are common.", "Redness", "erythema", True),
        ("- Itching of the treated area.", "Itching", "pruritus", True),
        ("- Soreness around the treated patches for a day or two.", "Soreness", "pain", True),
        ("- Itching all over; the treated skin is fine.", "Itching", "pruritus", False),
        ("- Redness, and a headache the next day.", "Redness", "erythema", False),
    ],
)
def test_an_effect_on_the_treated_skin_is_a_site_reaction(text: str, name: str, slug: str, doubted: bool) -> None:
    start = text.index(name)
    assert coarse(text, (start, start + len(name), slug, "Symptom"), []) is doubted


def _plain(lexicon: dict, text: str) -> set[tuple]:
    """The (object, negated, certainty) of the hasAdverseEffect claims of a plain-text `text`."""
    doc = Document("d", "t", "d.txt", "", text, Path("d.txt"))
    return {
        (c.object, c.negated, c.certainty)
        for c in extract_document(doc, lexicon).claims
        if c.predicate == "hasAdverseEffect"
    }


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            "Side effects are usually mild. Some people feel dizzy. Others may get a headache.",
            {("dizziness", False, "Occasional"), ("headache", False, "Possible")},
        ),
        (
            "Most people have no side effects at all. A few notice nausea at first.",
            {("nausea", False, "Occasional")},
        ),
        (
            "The side effects are real. Constipation and drowsiness are very common, so plan the day around them.",
            {("constipation", False, "Asserted"), ("somnolence", False, "Asserted")},
        ),
        # (no topic sentence: a paragraph about the walk, whose people are no takers of the drug)
        ("The walk is long. Some people get blisters on the way up.", set()),
        # (the topic sentence is about another thing's side effects)
        ("Side effects of the old tablets were many. Some people get blisters.", set()),
    ],
)
def test_a_paragraph_that_opens_with_how_the_side_effects_are(lexicon: dict, paragraph: str, expected: set) -> None:
    text = f"Codeine for a sore back\n\nCodeine is a painkiller.\n\n{paragraph}\n"
    assert _plain(lexicon, text) == expected


@pytest.mark.parametrize(
    "drug, item, expected",
    [
        ("ticagrelor", "Feeling short of breath is very common.", {("dyspnea", False, "Asserted")}),
        ("olsalazine", "Loose stools in the first week.", {("diarrhea", False, "Asserted")}),
        ("orlistat", "Oily, loose stools are common.", {("diarrhea", False, "Asserted")}),
        ("nifedipine", "A flushed face, mostly in the first week.", {("flushing", False, "Asserted")}),
        ("amlodipine", "Feeling flushed after a dose.", {("flushing", False, "Asserted")}),
        ("phenytoin", "Swollen gums after months of use.", {("gingival-hyperplasia", False, "Asserted")}),
    ],
)
def test_everyday_names_of_side_effects(lexicon: dict, drug: str, item: str, expected: set) -> None:
    found = {k for k in _read(lexicon, _effects(drug, item)) if k[1] == "hasAdverseEffect"}
    assert {(k[2], k[3], k[4]) for k in found} == expected


def test_short_of_breath_after_make(lexicon: dict) -> None:
    text = "# Amiodarone for a test\n\nAmiodarone can make some people short of breath.\n"
    found = {k[:4] for k in _read(lexicon, text) if k[1] == "hasAdverseEffect"}
    assert found == {("amiodarone", "hasAdverseEffect", "dyspnea", False)}


def test_the_drugs_own_use_is_never_its_unowned_side_effect(lexicon: dict) -> None:
    text = (
        "Rizatriptan for migraine\n\nRizatriptan is a tablet for migraine. It can cause nausea.\n\n"
        "Migraine is common. Some people get headaches every week.\n"
    )
    assert _plain(lexicon, text) == {("nausea", False, "Asserted")}


def test_an_unowned_effect_after_an_effect_still_counts(lexicon: dict) -> None:
    text = (
        "Rizatriptan for migraine\n\nRizatriptan is a tablet for migraine. It can cause nausea. "
        "Dizziness is less common.\n"
    )
    assert _plain(lexicon, text) == {("nausea", False, "Asserted"), ("dizziness", False, "Asserted")}
