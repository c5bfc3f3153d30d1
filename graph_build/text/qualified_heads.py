"""A condition narrowed by the words before it that the recognizer did not take in whole (decision 0920).

A quality the vocabularies compose with the head may stand apart from it, before a second quality after a comma ("a
dry, tickly cough"): the recognizer sees the bare head ("cough"), coarser than the text (HPO names "Dry cough"). The
first of the two words is composed with the head and looked up whole; a vocabulary's name for the kind replaces the
head. Neither word may be part of another mention ("feeling sick, headache" lists two effects), and "and" or a bare
second word is left alone ("feeling sick and headache", "fungal skin infections": the development texts name two
conditions or a site there, and their golds split on "a dry tickly cough"). A word that names a kind of bleeding
("irregular bleeding", "breakthrough bleeding") is looked up the same way; where no vocabulary names that kind, the
bare head would say more than the text, and nothing is read of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Two words before the head, the first set apart from the second by a comma.
TWO_BEFORE = re.compile(r"\b([a-z]+),\s*([a-z]+)\s+$", re.I)
#: The words the second of the two may not be (the first is then no quality of the head: "causes a cough").
NOT_QUALITY = frozenset(
    {"a", "an", "the", "any", "some", "no", "your", "her", "his", "their", "its", "or", "and", "of"}
)
#: A word naming a kind of a general head, right before it.
KIND_BEFORE = re.compile(r"\b(irregular|breakthrough)\s+$", re.I)
#: Heads a kind word narrows.
KIND_HEADS = frozenset({"bleeding", "bleed", "bleeds"})


def qualified(text: str, start: int, end: int, look: Callable, spans: tuple = ()) -> tuple[int, object | None] | None:
    """For the condition named at text[start:end]: (start, entity) of the narrower kind the words before it name when
    a vocabulary knows it, (start, None) when they name a kind none knows, None when they narrow nothing. `spans`:
    the (start, end) of the other mentions, which no quality is part of.

    >>> look = {"dry cough": "DC"}.get
    >>> t = "- a dry, tickly cough"
    >>> qualified(t, 16, 21, look)
    (4, 'DC')
    >>> qualified("- a tickly cough", 11, 16, look) is None, qualified("It causes a cough", 12, 17, look) is None
    (True, True)
    >>> qualified(t, 16, 21, look, ((4, 7),)) is None
    True
    >>> qualified("- irregular bleeding", 12, 20, look)
    (2, None)
    """
    before = text[max(0, start - 40) : start]
    two = TWO_BEFORE.search(before)
    first = start - len(before) + two.start(1) if two else start
    if (
        two
        and two.group(2).lower() not in NOT_QUALITY
        and two.group(1).lower() not in NOT_QUALITY
        and not any(a < start and b > first for a, b in spans)
    ):
        hit = look(f"{two.group(1).lower()} {text[start:end].lower()}")
        if hit is not None:
            return first, hit
    kind = KIND_BEFORE.search(before)
    if kind and text[start:end].lower() in KIND_HEADS:
        return start - len(before) + kind.start(1), look(f"{kind.group(1).lower()} {text[start:end].lower()}")
    return None
