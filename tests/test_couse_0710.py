"""Drugs named together are not always an interaction (decision 0710): the co-use table (graph_build/text/couse.py)
reads a combination cue as an interaction, a denied interaction, a co-use, an alternative, a comparison or nothing.
The sentences are invented from the general patterns with names of the lexicon, partners drugs, classes ("NSAIDs",
"other blood thinners") and alcohol; each test asserts the exact set of interaction claims."""

import re

import pytest
from extracting import titled_claims

from graph_build.text import couse


def interactions(lexicon: dict, title: str, sentence: str) -> set:
    return titled_claims(lexicon, title, sentence, "interactsWith")


NSAID = "non-steroidal-anti-inflammatory-agent"
WARFARIN_IBUPROFEN = ("warfarin", "ibuprofen")


# an interaction: a prohibition, a warning, an effect of the pair, a level changed
@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("Warfarin must not be taken with aspirin.", {"aspirin"}),
        ("Do not take warfarin with ibuprofen.", {"ibuprofen"}),
        ("Warfarin cannot be taken with aspirin.", {"aspirin"}),
        ("It is not safe to take warfarin with ibuprofen.", {"ibuprofen"}),
        ("Aspirin raises the level of warfarin in the blood.", {"aspirin"}),
        ("Ibuprofen increases the risk of bleeding when taken with warfarin.", {"ibuprofen"}),
        ("Ibuprofen and naproxen raise the risk of bleeding with warfarin.", {"ibuprofen", "naproxen"}),
        ("Warfarin should be avoided with NSAIDs.", {NSAID}),
        ("Warfarin should be avoided while taking ibuprofen.", {"ibuprofen"}),
        ("Do not give warfarin with other blood thinners.", {"anticoagulant"}),
        ("Warfarin interacts with other blood thinners.", {"anticoagulant"}),
        ("Warfarin commonly interacts with aspirin.", {"aspirin"}),
        ("Avoid alcohol while taking warfarin.", {"alcohol"}),
        ("Do not drink alcohol while taking warfarin.", {"alcohol"}),
        ("Alcohol should not be combined with warfarin.", {"alcohol"}),
        # a compatibility taken back by a warning is a combination to watch (decision 0643)
        ("Warfarin can be taken with NSAIDs, but the risk of bleeding rises.", {NSAID}),
    ],
)
def test_an_interaction_is_asserted(sentence, partners, lexicon):
    assert interactions(lexicon, "Warfarin", sentence) == {("warfarin", "interactsWith", p, False) for p in partners}


# no interaction: the drugs go together safely, or the text denies an interaction (the golds write a denial)
@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("Warfarin can be taken with paracetamol.", "acetaminophen"),
        ("Warfarin is safe to take with paracetamol.", "acetaminophen"),
        ("Warfarin does not interact with paracetamol.", "acetaminophen"),
        ("Warfarin does not interact with NSAIDs.", NSAID),
        ("Paracetamol can be used while taking warfarin.", "acetaminophen"),
        ("Alcohol does not interact with warfarin.", "alcohol"),
    ],
)
def test_a_compatible_pair_is_a_denied_interaction(sentence, partner, lexicon):
    assert interactions(lexicon, "Warfarin", sentence) == {("warfarin", "interactsWith", partner, True)}


# co-use, alternatives, comparisons and narrowed denials: no claim either way
@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Rifaximin", "Rifaximin is taken together with lactulose, not instead of it."),
        ("Rifaximin", "Rifaximin is not taken together with lactulose."),
        ("Clopidogrel", "Clopidogrel is usually given with aspirin after a heart attack."),
        ("Clopidogrel", "Clopidogrel is usually taken together with aspirin."),
        ("Clopidogrel", "Clopidogrel and aspirin are often combined after a stent."),
        ("Warfarin", "Warfarin is not usually given with aspirin."),
        ("Isoniazid", "Isoniazid is part of a combination of four antibiotics."),
        ("Isoniazid", "Isoniazid is combined with rifampicin to treat tuberculosis."),
        ("Warfarin", "Use paracetamol for aches while on warfarin."),
        ("Warfarin", "You can take paracetamol for pain while taking warfarin."),
        ("Warfarin", "Take paracetamol instead of ibuprofen while taking warfarin."),
        ("Warfarin", "Use paracetamol rather than ibuprofen with warfarin."),
        ("Warfarin", "You can take paracetamol while taking warfarin."),
        ("Warfarin", "You can take paracetamol or codeine while on warfarin."),
        ("Warfarin", "Paracetamol or codeine are better choices than ibuprofen while on warfarin."),
        ("Warfarin", "If you need a painkiller, take paracetamol, not ibuprofen, while on warfarin."),
        ("Sertraline", "Sertraline can be used instead of fluoxetine."),
        ("Warfarin", "Warfarin does not interact with paracetamol directly, but both can upset the stomach."),
    ],
)
def test_co_use_alternative_and_comparison_are_no_interaction(title, sentence, lexicon):
    assert interactions(lexicon, title, sentence) == set()


# the negated forms: a prohibition of co-use is an interaction; a compared or replaced drug is no partner
@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        ("Rifaximin", "Rifaximin should not be taken together with lactulose.", {("rifaximin", "lactulose")}),
        ("Warfarin", "Unlike aspirin, warfarin should not be combined with ibuprofen.", {WARFARIN_IBUPROFEN}),
        ("Warfarin", "Warfarin should not be combined with ibuprofen, unlike paracetamol.", {WARFARIN_IBUPROFEN}),
        ("Warfarin", "Warfarin should not be taken with ibuprofen rather than paracetamol.", {WARFARIN_IBUPROFEN}),
    ],
)
def test_negated_co_use_and_a_compared_drug(title, sentence, expected, lexicon):
    assert interactions(lexicon, title, sentence) == {(s, "interactsWith", o, False) for s, o in expected}


# the table itself: one reading per cue, from one clause start
@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("X must not be taken with Y.", "taken with", "interaction"),
        ("X can be taken with Y.", "taken with", "no-interaction"),
        ("X does not interact with Y.", "interact with", "no-interaction"),
        ("X does not interact with Y directly, but Y raises Z.", "interact with", "none"),
        ("X is taken together with Y.", "together with", "co-use"),
        ("X is not taken together with Y.", "together with", "none"),
        ("Take A instead of B while on X.", "while on", "alternative"),
        ("Do not take A instead of B while on X.", "while on", "interaction"),
        ("A can be used while taking X.", "while taking", "no-interaction"),
        ("You can take A while taking X.", "while taking", "co-use"),
        ("You must not take A while taking X.", "while taking", "interaction"),
        ("Use A for aches while on X.", "while on", "co-use"),
        ("It is one part of a combination of four antibiotics.", "combination", "co-use"),
        ("B can slow the heart further when taken together with X.", "together with", "interaction"),
    ],
)
def test_the_table_reads_each_class(sentence, cue, expected):
    assert couse.reading(sentence, re.search(cue, sentence))[0] == expected


def test_a_partner_compared_or_replaced():
    assert couse.partner_reading("Unlike A, X must not be taken with B.", 7) == "comparison"
    assert couse.partner_reading("Use A instead of B.", 17) == "alternative"
    assert couse.partner_reading("Do not take X with B.", 19) is None


def test_the_clause_starts_after_a_comma_semicolon_or_colon():
    assert couse.clause_start("A is fine: X does not interact with it", 20) == 10
    assert couse.clause_start("X does not interact with it", 5) == 0


def test_the_table_is_checked_when_it_loads(monkeypatch):
    monkeypatch.setattr(couse, "CUES", (*couse.CUES[:-1], ("combined", "interaction", "nowhere", ())))
    with pytest.raises(ValueError, match=r"unknown reading|cue form"):
        couse._compiled()
    monkeypatch.setattr(couse, "CUES", (*couse.CUES[:-1], ("warning", "interaction", "any", ())))
    with pytest.raises(ValueError, match="repeated"):
        couse._compiled()
