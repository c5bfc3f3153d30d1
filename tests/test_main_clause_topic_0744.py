"""Decision 0744: the topic a unit leaves for a following "It" is the drug that is the subject of a main clause
(`graph_build/text/topic.py`), one reading in place of the five patterns of 0622, 0720, 0725 and 0738 (their tests
stay in tests/test_falsehoods_07*.py and tests/test_relate.py); and a heading that names no drug gives "It" back to
the document's drug also when the title names no drug. Every text is invented; the exact claim sets are asserted.
"""

from __future__ import annotations

import pytest
from extracting import markdown_claims, polarity_claims

from graph_build.text.topic import main_clauses, topic
from graph_build.text.units import Unit


def _topic(text: str, names: dict[str, str], focus: str | None = "x") -> str | None:
    """The topic after `text`, whose drugs are the words of `names` (word -> slug)."""
    low = text.lower()
    mentions = sorted((low.index(w), low.index(w) + len(w), slug, "Drug") for w, slug in names.items())
    return topic(Unit(text, mentions), mentions, focus)


# the reading, one sentence at a time (focus "x" before it)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bisoprolol slows the heart.", "bisoprolol"),  # a drug subject
        ("It is gentler than bisoprolol.", "x"),  # a pronoun subject
        ("Doctors often prescribe bisoprolol.", "bisoprolol"),  # a person subject: the drug object
        ("Unlike bisoprolol, it does not slow the heart.", "x"),  # a fronted comparison
        ("Ward note: unlike atenolol, bisoprolol suits asthma less.", "bisoprolol"),  # after a label's colon
        ("It wears off sooner than with bisoprolol.", "x"),
        ("The effect wears off sooner than with bisoprolol.", "x"),  # a comparison, whatever the subject
        ("Try bisoprolol if the pulse stays fast.", "x"),  # advice to the reader
        ("Rest well, and ask your nurse about bisoprolol.", "x"),  # advice in a clause of its own
        ("Some take it alone when they cannot take bisoprolol.", "x"),  # a subordinate clause after the pronoun
        ("Bisoprolol is safe to take with it.", "x"),  # a partner of the drug in focus
        ("Atenolol is fine, and bisoprolol does not interact with it either.", "x"),  # a list of partners
        ("Nurses give it at night; bisoprolol is given in the morning.", "bisoprolol"),  # a clause of its own
    ],
)
def test_the_topic_is_a_main_clause_subject(sentence, expected):
    names = {"bisoprolol": "bisoprolol", "atenolol": "atenolol"}
    assert _topic(sentence, {w: s for w, s in names.items() if w in sentence.lower()}) == expected


def test_with_no_drug_in_focus_the_first_drug_is_the_topic():
    assert _topic("Take bisoprolol in the morning.", {"bisoprolol": "bisoprolol"}, focus=None) == "bisoprolol"


def test_main_clauses_open_after_their_words():
    text = "It is used with A: B is older, whereas C is newer, and D is rare."
    assert [text[a:b] for a, b in main_clauses(text)] == ["It is used with A", "B is older", "C is newer", "D is rare."]


# the reading in documents
def test_a_drug_compared_after_a_label_is_no_topic_but_the_clause_subject_is(lexicon):
    text = (
        "Arthritis clinic notes\n\nNaproxen is taken twice a day. Pharmacist: unlike naproxen, celecoxib is kinder to "
        "the stomach. It can cause heartburn."
    )
    assert polarity_claims(text, lexicon) == {("celecoxib", "hasAdverseEffect", "heartburn", False, False)}


def test_advice_in_a_later_clause_keeps_the_focus(lexicon):
    text = (
        "Mirtazapine notes\n\nMirtazapine helps low mood. Eat regular meals, and ask your pharmacist about "
        "zopiclone if sleep is poor. It can also cause drowsiness."
    )
    assert polarity_claims(text, lexicon) == {("mirtazapine", "hasAdverseEffect", "somnolence", False, False)}


def test_a_comparison_inside_the_sentence_keeps_the_focus(lexicon):
    text = "Apixaban leaflet\n\nApixaban thins the blood. The effect fades sooner than with warfarin. "
    text += "It can cause nosebleeds."
    assert polarity_claims(text, lexicon) == {("apixaban", "hasAdverseEffect", "epistaxis", False, False)}


# a heading naming no drug, under a title naming none: "It" is the document's drug (the one the text names most)
def test_a_markdown_heading_gives_it_back_to_the_most_named_drug(lexicon):
    text = (
        "# Notes from the chest clinic\n\nMontelukast is taken once a day in the evening. Montelukast helps prevent "
        "asthma attacks. Montelukast is a tablet for children too. Cetirizine may be taken for hay fever as well.\n\n"
        "## Forms\n\nIt comes as granules."
    )
    got = markdown_claims(lexicon, text)
    assert not {c for c in got if c[0] == "cetirizine" and c[1] == "hasFormulation"}
    # ("Montelukast is a tablet for children too" states a form as well: decision 0826)
    assert {c for c in got if c[1] == "hasFormulation"} == {
        ("montelukast", "hasFormulation", "granules", False),
        ("montelukast", "hasFormulation", "tablet", False),
    }


def test_a_heading_line_of_its_own_gives_it_back_to_the_most_named_drug(lexicon):
    text = (
        "Practice nurse handout\n\nLevothyroxine replaces thyroid hormone. Levothyroxine is taken every morning. "
        "Levothyroxine needs a blood test each year. Omeprazole can be taken later in the day.\n\nWhat to avoid\n\n"
        "It should not be taken with calcium tablets."
    )
    got = polarity_claims(text, lexicon)
    assert not {c for c in got if c[0] == "omeprazole" and c[1] == "interactsWith"}


def test_a_question_heading_gives_it_back_to_the_most_named_drug(lexicon):
    text = (
        "Practice nurse handout\n\nLevothyroxine replaces thyroid hormone. Levothyroxine is taken every morning. "
        "Omeprazole can be taken later in the day.\n\nCan I take it in pregnancy?\n\nIt is not a treatment for goitre."
    )
    assert polarity_claims(text, lexicon) == {("levothyroxine", "treats", "goiter", True, False)}


def test_a_heading_naming_a_drug_leaves_the_focus(lexicon):
    text = (
        "# Notes from the chest clinic\n\nMontelukast is taken once a day. Montelukast helps prevent asthma attacks. "
        "Montelukast suits children. Cetirizine eases hay fever.\n\n## More on cetirizine\n\nIt comes as a liquid."
    )
    got = markdown_claims(lexicon, text)
    assert {c for c in got if c[1] == "hasFormulation"} == {("cetirizine", "hasFormulation", "oral-liquid", False)}
