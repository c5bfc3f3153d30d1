"""One home for the words for people (decision 0824): the readers whose lists were the same set read
people_words.COMMON_PEOPLE and name what they add; each takes its own words and no word another reader adds."""

from __future__ import annotations

import re

import pytest

from graph_build.text import negation, people_words, topic
from graph_build.text.population_uses import USED_FOR_PEOPLE
from graph_build.text.relate import TAKEN_FOR
from graph_build.text.relate_cues import (
    AT_RISK,
    OTHER_TREATMENT_FOR,
    PEOPLE_CONTEXT,
    POPULATION_BEFORE,
    POPULATION_GOAL,
)
from graph_build.text.relate_sentence_rules import WHO_WITH
from graph_build.text.relate_unowned import PEOPLE_WITH
from graph_build.text.restricted_denials import PEOPLE_AFTER, PEOPLE_BEFORE
from graph_build.text.subjects import GROUP_WITH

EXTRA = ("persons", "individuals", "someone", "many", "users", "residents")
#: Each reader with a phrase that holds a word for people at {}, and the words it adds to the common ones.
READERS = [
    (USED_FOR_PEOPLE, "It is used for {} with ", ()),
    (TAKEN_FOR, "{} taking ", ()),
    (POPULATION_GOAL, " {} with Y avoid Z", ()),
    (OTHER_TREATMENT_FOR, "{} having chemotherapy for ", ("persons",)),
    (POPULATION_BEFORE, "in {} with", ("persons", "individuals")),
    (AT_RISK, "{} who are at risk", ("persons", "individuals", "someone")),
    (PEOPLE_CONTEXT, "in {} with ", ("persons", "someone")),
    (WHO_WITH, "{} with ", ("persons", "someone")),
    (GROUP_WITH, "in {} with ", ("someone",)),
    (PEOPLE_WITH, "{} with asthma often get wheezing", ("someone", "many")),
]


@pytest.mark.parametrize(("pattern", "phrase", "more"), READERS, ids=[r[1].strip() for r in READERS])
def test_each_reader_takes_the_common_words_and_its_own(pattern: re.Pattern, phrase: str, more: tuple) -> None:
    for word in (*people_words.COMMON_PEOPLE, *EXTRA):
        assert bool(pattern.search(phrase.format(word))) == (word in people_words.COMMON_PEOPLE or word in more), word


def test_the_word_sets_the_readers_hold_as_data() -> None:
    assert (*people_words.COMMON_PEOPLE, "someone") == topic.TAKERS
    assert {*people_words.COMMON_PEOPLE, "someone", "individuals", "persons"} == negation.PEOPLE


@pytest.mark.parametrize("group", people_words.GROUPS)
def test_a_denial_narrowed_to_a_group_reads_each_group_before_and_after(group: str) -> None:
    assert PEOPLE_AFTER.match(f" in older {group}")
    assert PEOPLE_BEFORE.search(f"for frail {group} with ")


def test_those_and_anyone_are_no_group_of_a_narrowed_denial() -> None:
    assert not PEOPLE_AFTER.match(" in those")
    assert not PEOPLE_BEFORE.search("for anyone with ")
