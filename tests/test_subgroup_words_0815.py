"""One list of the words for a small part of the people (decision 0815): the three readers that took "some", "a
few" and "a small number of" read them from subgroup_words.FEW, and no wider quantifier."""

from __future__ import annotations

import pytest

from graph_build.text.condition_passage import SOME_OPENING
from graph_build.text.relate_cues import SOME_OF
from graph_build.text.relate_unowned import SOME_BEFORE


@pytest.mark.parametrize("few", ["Some", "A few", "A small number of"])
def test_each_reader_takes_the_small_part(few):
    assert SOME_OF.match(f"{few} adults notice a dry mouth")
    assert SOME_OPENING.match(f"At first, {few.lower()} adults notice a dry mouth")
    assert SOME_BEFORE.search(f"In {few.lower()} ")


@pytest.mark.parametrize("many", ["Many", "Most", "Several", "Certain"])
def test_no_reader_takes_a_wider_quantifier(many):
    assert not SOME_OF.match(f"{many} adults notice a dry mouth")
    assert not SOME_OPENING.match(f"{many} adults notice a dry mouth")
    assert not SOME_BEFORE.search(f"In {many.lower()} ")


def test_a_time_is_not_a_part_of_the_people():
    assert not SOME_OPENING.match("Some of the time it itches")
