"""Decision 0890: side effects stated in sentences after a sentence that makes them the paragraph's topic, a person's
own side effects, the drug named by its form as a side effect's subject, side-effect headings asked with any modal,
and a few more words of the section's cues. The sentences are invented; each case asserts the whole set of side
effects the text gives (object -> (negated, certainty)), including texts where no rule may fire."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

TITLE = "Sertraline: notes from our members\n\nSertraline is an antidepressant. It comes as tablets.\n\n"


def effects(text: str, lexicon: dict, drug: str = "sertraline") -> dict[str, tuple[bool, str]]:
    """The adverse effects extracted from `text`: object -> (negated, certainty); every one is `drug`'s."""
    doc = Document("case", "case", "case.md", "", text, Path("case.md"))
    found = [c for c in extract_document(doc, lexicon).claims if c.predicate == "hasAdverseEffect"]
    assert {c.subject for c in found} <= {drug}
    return {c.object: (c.negated, c.certainty) for c in found}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lead line that makes the side effects its topic, and the lines under it
        (
            "The side effects my doctor mentioned:\nA dry mouth is very common.\nSome people get a headache.\n"
            "Other people get a rash.\n",
            {
                "xerostomia": (False, "Asserted"),
                "headache": (False, "Occasional"),
                "exanthema": (False, "Occasional"),
            },
        ),
        # a topic sentence that only says how they are, then two sentences of the paragraph
        (
            "Side effects are usually mild. Some people feel dizzy. Diarrhoea can also happen.\n",
            {"dizziness": (False, "Occasional"), "diarrhea": (False, "Asserted")},
        ),
        # the paragraph ends the passage: the next paragraph's bare sentence names no drug's effect
        ("My doctor talked about side effects for a while.\n\nSome people get a headache.\n", {}),
        # no topic sentence: no passage
        ("Our walks start at ten.\nSome people get a headache.\n", {}),
        # a topic sentence right after a class's effects: the class's, not the document's drug's
        (
            "Beta blockers can cause side effects as well. These are called cold-weather side effects. "
            "Some people get cold hands.\n",
            {},
        ),
    ],
)
def test_effects_passage(body, expected, lexicon):
    assert effects(TITLE + body, lexicon) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person's own side effects in a paragraph whose topic is the side effects
        (
            "Side effects? In the first week I had a headache and felt dizzy.\n",
            {"headache": (False, "Asserted"), "dizziness": (False, "Asserted")},
        ),
        # ... and in a side-effect section; a person's own frequency asserts, a modal hedges
        (
            "## Side effects\n\nShe sometimes gets a headache the day after. Ken felt very tired for a week. "
            "He may feel sick after a dose.\n",
            {"headache": (False, "Asserted"), "fatigue": (False, "Asserted"), "nausea": (False, "Possible")},
        ),
        # a person's clause after a clause of "some people": each as its own words say
        (
            "## Side effects\n\nSome people feel dizzy after a dose, and Ken sometimes gets a dry mouth.\n",
            {"dizziness": (False, "Occasional"), "xerostomia": (False, "Asserted")},
        ),
        # one person's not having it denies nothing; what to do should it happen, and the time before the drug, name
        # no effect
        (
            "## Side effects\n\nI have not had any nausea. If Tom gets a rash, we call his mother. "
            "Before she started it, she had headaches.\n",
            {},
        ),
        # a person's experience outside a side-effect section or passage is no side effect
        ("## Our walk on Sunday\n\nKen had a headache after the climb.\n", {}),
    ],
)
def test_person_effects(body, expected, lexicon):
    assert effects(TITLE + body, lexicon) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the drug named by its form as the subject of a side-effect verb
        ("The tablets do not cause constipation.\n", {"constipation": (True, "Asserted")}),
        ("The tablets rarely cause a rash.\n", {"exanthema": (False, "Occasional")}),
        # the form as a place, not the subject right before the verb, is no subject
        ("The tablets in the kitchen drawer are older than the cough they were for.\n", {}),
        # "made", the past of "make(s) you"
        ("It has not made her drowsy.\n", {"somnolence": (True, "Asserted")}),
    ],
)
def test_form_subjects_and_made(body, expected, lexicon):
    assert effects(TITLE + body, lexicon) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a heading that asks what one will notice, with any modal of the future
        (
            "### What will I notice?\n\n- A dry mouth\n- Feeling dizzy\n",
            {"xerostomia": (False, "Asserted"), "dizziness": (False, "Asserted")},
        ),
        ("### What might she notice?\n\n- a headache\n", {"headache": (False, "Asserted")}),
        ("### What to expect\n\n- Some people feel sick.\n", {"nausea": (False, "Occasional")}),
        # a past question is a person's own signs, no side-effect heading
        ("### What did I notice?\n\n- a headache\n", {}),
        # the section's cues: "may appear", "were the most common", "The most common is A"
        (
            "## Side effects\n\nA skin rash may appear. Headache and nausea were the most common. "
            "The most common is diarrhoea.\n",
            {
                "exanthema": (False, "Possible"),
                "headache": (False, "Asserted"),
                "nausea": (False, "Asserted"),
                "diarrhea": (False, "Asserted"),
            },
        ),
    ],
)
def test_headings_and_cues(body, expected, lexicon):
    assert effects(TITLE + body, lexicon) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a frequency set off by a comma before the list that opens the sentence
        (
            "## Side effects\n\nRarely, a rash or a headache may appear.\n",
            {"exanthema": (False, "Occasional"), "headache": (False, "Occasional")},
        ),
        # an item and its examples open the sentence together (the coarser item gives way to its kind, as before)
        (
            "## Side effects\n\nAllergic reactions, including anaphylaxis, are rare.\n",
            {"anaphylaxis": (False, "Occasional")},
        ),
        # a report stays a report whatever its frequency
        (
            "## Side effects\n\nRarely, confusion and hallucinations have been reported.\n",
            {"confusion": (False, "Reported"), "hallucinations": (False, "Reported")},
        ),
        # the labels "Most common:" and "Very common in adults (...):"
        (
            "## Side effects\n\nMost common: a dry mouth, which is why he carries water.\n",
            {"xerostomia": (False, "Asserted")},
        ),
        (
            "## Side effects\n\nVery common in adults (more than 1 in 10): headache and nausea.\n",
            {"headache": (False, "Asserted"), "nausea": (False, "Asserted")},
        ),
        # one of the people; never what to do if it happens
        (
            "## Side effects\n\nRarely, a child may become confused. If your child has a headache, call us.\n",
            {"confusion": (False, "Occasional")},
        ),
        # a form the recogniser names, opening the sentence, as the drug's subject
        ("- The nasal spray very often causes a headache.\n", {"headache": (False, "Asserted")}),
    ],
)
def test_openings_labels_and_people(body, expected, lexicon):
    assert effects(TITLE + body, lexicon) == expected


def test_a_topic_line_of_its_own_reaches_the_paragraph_after_it(lexicon):
    text = (
        "A BLOCKED NOSE IN WINTER\n\nMy neighbour swears by sertraline, and sertraline helps her mood.\n\n"
        "WHAT SIDE EFFECTS MIGHT SHE GET?\n\nSome people feel sick.\n\nThe club meets on Fridays. Some people get a "
        "headache.\n"
    )
    assert effects(text, lexicon) == {"nausea": (False, "Occasional")}
