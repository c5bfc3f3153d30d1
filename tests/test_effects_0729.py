"""Decision 0729: everyday wordings of common side effects name their terms; the bare adjective does not."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.recognise import recognise
from ontology.lexicon import load_lexicon


def named(text):
    return [(m.text, m.slug) for m in recognise(text, load_lexicon())[0]]


def test_a_feeling_after_feel_is_named_and_a_second_one_shares_the_verb():
    assert named("A few patients feel restless or anxious at first.") == [
        ("feel restless", "restlessness"),
        ("anxious", "anxiety"),
    ]
    assert named("She was feeling anxious.") == [("feeling anxious", "anxiety")]


def test_the_bare_adjective_names_nothing():
    assert named("He was anxious about the injection.") == []
    assert named("The dog is restless at night.") == []


def test_thoughts_of_harming_oneself_and_difficulty_passing_urine():
    assert named("Tell your doctor about any thoughts of harming yourself.") == [
        ("thoughts of harming yourself", "suicidal-ideation")
    ]
    assert named("Rare: trouble passing urine.") == [("trouble passing urine", "urinary-retention")]


def test_a_drug_causing_difficulty_passing_urine():
    text = "Oxybutynin can cause constipation and difficulty passing urine."
    doc = Document("d", "d", "d.txt", "", text, Path("d.txt"))
    found = {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, load_lexicon()).claims}
    assert found == {
        ("oxybutynin", "hasAdverseEffect", "constipation", False),
        ("oxybutynin", "hasAdverseEffect", "urinary-retention", False),
    }


def test_seeing_or_hearing_things_that_are_not_there_is_one_hallucination():
    assert named("Very rarely, patients hear or see things that are not there.") == [
        ("hear or see things that are not there", "hallucinations"),
    ]
    assert named("Put away the things that are not needed.") == []


def test_dizziness_on_standing_up_is_postural_dizziness_and_plain_dizziness_is_not():
    # (decision 0851: postural dizziness, no longer orthostatic hypotension: HPO gives no such synonym)
    assert named("It can make you feel light-headed when you get up.") == [
        ("feel light-headed when you get up", "postural-dizziness")
    ]
    assert named("Some people feel dizzy after the first dose.") == [("dizzy", "dizziness")]
