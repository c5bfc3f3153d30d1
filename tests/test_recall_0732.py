"""Decision 0732: recall of withdrawal effects. The stop cue's cause verbs "brings on A" and "can leave (some people)
with A"; a warning before a colon is no denial of the effects after it; "some people" makes them occasional.
The sentences are invented."""

from pathlib import Path

import pytest
from extracting import claims


def withdrawal(text, lexicon):
    return {k: c for k, c in claims(text, lexicon).items() if k[1] == "hasWithdrawalEffect"}


def test_coming_off_can_leave_people_with_effects(lexicon):
    text = "Paroxetine is an antidepressant. Coming off it too fast can leave you with dizziness and irritability."
    assert set(withdrawal(text, lexicon)) == {
        ("paroxetine", "hasWithdrawalEffect", "dizziness", False),
        ("paroxetine", "hasWithdrawalEffect", "irritability", False),
    }


def test_stopping_can_bring_on_effects(lexicon):
    text = "Clonidine lowers blood pressure. Stopping it suddenly brings on headache and anxiety in some people."
    assert set(withdrawal(text, lexicon)) == {
        ("clonidine", "hasWithdrawalEffect", "headache", False),
        ("clonidine", "hasWithdrawalEffect", "anxiety", False),
    }


def test_a_warning_before_a_colon_is_no_denial_and_some_people_is_occasional(lexicon):
    text = "Never stop venlafaxine all at once: coming off it can leave some people with nausea or headache."
    found = withdrawal(text, lexicon)
    assert set(found) == {
        ("venlafaxine", "hasWithdrawalEffect", "nausea", False),
        ("venlafaxine", "hasWithdrawalEffect", "headache", False),
    }
    assert {c.certainty for c in found.values()} == {"Occasional"}


@pytest.mark.parametrize(
    "text",
    [
        "Varenicline helps people quit. Quitting smoking brings a lower risk of lung cancer and heart disease.",
        "Atenolol is a beta blocker. Stopping smoking brings down the risk of a heart attack.",
        "Ibuprofen is a painkiller. Stop taking it if it leaves you with stomach pain.",
    ],
)
def test_a_benefit_of_stopping_or_a_reason_to_stop_is_no_withdrawal_effect(text, lexicon):
    assert not withdrawal(text, lexicon)


def test_the_more_common_ones_under_a_side_effect_question(lexicon):
    text = (
        "# Sertraline: your questions answered\n\n## What is it for?\n\nSertraline treats depression.\n\n"
        "## What are the side effects?\n\nMost people have few. The more common ones are headache and diarrhoea.\n"
    )
    from extracting import markdown_claims

    found = {k for k in markdown_claims(lexicon, text) if k[1] == "hasAdverseEffect"}
    assert found == {
        ("sertraline", "hasAdverseEffect", "headache", False),
        ("sertraline", "hasAdverseEffect", "diarrhea", False),
    }


def test_a_marked_question_heading_with_no_heading_above_is_the_section():
    from graph_build.text.owners import heading_owner
    from graph_build.text.units import Discourse

    ctx = Discourse(focus="x", main="x", title="Notes on X", section="What side effects should I expect?")
    assert heading_owner(ctx, "") is None  # (a question in running text opens no section)
    ctx.section_marked = True
    assert heading_owner(ctx, "") == "x"
    ctx.section = "Who should not take it?"
    assert heading_owner(ctx, "") is None


def test_a_negation_inside_a_mention_is_its_name_not_a_denial(lexicon):
    text = "Ropinirole can cause confusion, and rarely people see things that aren't there."
    found = {k for k in claims(text, lexicon) if k[1] == "hasAdverseEffect"}
    assert ("ropinirole", "hasAdverseEffect", "hallucinations", True) not in found


def test_bullets_under_a_frequency_label_standing_as_a_line_are_effects(lexicon):
    from extracting import markdown_claims

    text = (
        "# Week 2 handout: high blood pressure\n\nNifedipine is used for high blood pressure.\n\n---\n\n"
        "## Part B: Side effects\n\n**Common:**\n- headache\n- flushing\n\n---\n\n## Part C: Questions\n\n"
        "Write your questions here.\n"
    )
    found = {k for k in markdown_claims(lexicon, text) if k[1] == "hasAdverseEffect"}
    assert found == {
        ("nifedipine", "hasAdverseEffect", "headache", False),
        ("nifedipine", "hasAdverseEffect", "flushing", False),
    }


def test_a_second_effect_list_in_the_sentence_of_a_side_effect_section(lexicon):
    from extracting import markdown_claims

    text = (
        "# Cetirizine: what you need to know\n\nCetirizine treats hay fever.\n\n## Side effects\n\n"
        "Headache and diarrhoea are also common, and some people feel dizzy or tired.\n"
    )
    found = {k for k in markdown_claims(lexicon, text) if k[1] == "hasAdverseEffect"}
    assert found == {
        ("cetirizine", "hasAdverseEffect", "headache", False),
        ("cetirizine", "hasAdverseEffect", "diarrhea", False),
        ("cetirizine", "hasAdverseEffect", "dizziness", False),
        ("cetirizine", "hasAdverseEffect", "fatigue", False),
    }


def test_what_some_people_get_under_a_side_effect_heading_is_occasional(lexicon):
    from graph_build.read import Document
    from graph_build.text.extract import extract_document

    text = "# Cetirizine: what you need to know\n\n## Side effects\n\nSome people feel dizzy. Headache is common.\n"
    doc = Document("d", "t", "d.md", "", text, Path("d.md"))
    found = {c.object: c.certainty for c in extract_document(doc, lexicon).claims if c.predicate == "hasAdverseEffect"}
    assert found == {"dizziness": "Occasional", "headache": "Asserted"}
