"""Decision 0994: the text's drug named only as "It" raising or lowering a partner's level in the lay shapes the cue
rule level-of reads only after a named agent: "It raises lithium levels", "It can push up the level of X", "It can
also nudge up the level of X", "It pushes X levels right up", "It pushes up the X level". Near misses: a denial keeps
its negation, a hedge its certainty, a bare "pushes X levels" (no "up") says nothing, a body chemical's level is a
change of it (no interaction), a question asserts nothing, and an "It" that takes up another drug named just before
gives nothing (only the document's drug is read). Each case asserts the whole set of claims of the short text:
(subject, predicate, object, negated, certainty, rule). The sentences are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.pronoun_levels import pronoun_levels
from graph_build.text.units import Discourse, Unit


def claims(text: str, lexicon: dict) -> set[tuple]:
    """Every claim the extractor reads in `text` with a final newline: (subject, predicate, object, negated,
    certainty, rule)."""
    return rule_claims(text + "\n", lexicon)


NAPROXEN = "Naproxen for joint pain\n\nNaproxen is taken twice a day.\n\n"
FORM = ("naproxen", "hasFormulation", "tablet", False, "Asserted", "rule:dose-line")
LEVEL = "rule:level-of"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partner named before "levels"
        (
            NAPROXEN + "It raises lithium levels, so the lithium dose may be cut.",
            {("naproxen", "interactsWith", "lithium", False, "Asserted", LEVEL)},
        ),
        # hedged: the modal's certainty
        (
            NAPROXEN + "It may raise lithium levels.",
            {("naproxen", "interactsWith", "lithium", False, "Possible", LEVEL)},
        ),
        # a particle verb before "the level of"
        (
            NAPROXEN + "It can push up the level of methotrexate in the blood.",
            {("naproxen", "interactsWith", "methotrexate", False, "Asserted", LEVEL)},
        ),
        (
            NAPROXEN + "It can also nudge up the level of digoxin, a heart medicine.",
            {("naproxen", "interactsWith", "digoxin", False, "Asserted", LEVEL)},
        ),
        # the particle after the level
        (
            NAPROXEN + "It pushes methotrexate levels right up.",
            {("naproxen", "interactsWith", "methotrexate", False, "Asserted", LEVEL)},
        ),
        (
            NAPROXEN + "It pushes up the lithium level too.",
            {("naproxen", "interactsWith", "lithium", False, "Asserted", LEVEL)},
        ),
        # denied: the negation stays
        (
            NAPROXEN + "It does not raise lithium levels.",
            {("naproxen", "interactsWith", "lithium", True, "Asserted", LEVEL)},
        ),
        # "pushes" with no "up": no direction, no claim
        (NAPROXEN + "It pushes methotrexate levels.", set()),
        # a body chemical's level: a change of it, never an interaction
        (
            NAPROXEN + "It raises potassium levels.",
            {("naproxen", "increases", "potassium", False, "Asserted", "rule:increases-cue")},
        ),
        # a question asserts nothing
        (NAPROXEN + "Does it raise lithium levels?", set()),
        # "It" taking up another drug just named: not the document's drug, no interaction read
        (
            NAPROXEN + "Fluconazole is an antifungal. It raises lithium levels.",
            {("fluconazole", "isA", "antifungal-agent", False, "Asserted", "rule:class-membership")},
        ),
        # the partner as the subject: no agent "It" before the verb
        (NAPROXEN + "Lithium levels rise with it.", set()),
    ],
)
def test_pronoun_levels(lexicon, text, expected):
    assert claims(text, lexicon) - {FORM} == expected


def test_named_agent_is_the_cue_rules():
    """A named agent ("Naproxen raises lithium levels") is the cue rule level-of's: this module reads only "It"."""
    u = Unit("Naproxen raises lithium levels.", [(0, 8, "naproxen", "Drug"), (16, 23, "lithium", "Drug")])
    assert pronoun_levels(u, Discourse(focus="naproxen", main="naproxen")) == []
