"""Examples that name where something comes from, and a second description of a predicate noun (decision 0877).

"people who are bleeding, such as from a stomach ulcer": the example names the source of the bleeding, so the ulcer
is neither a kind of bleeding nor a condition the prohibition names (only a bleeding one is). "X is an opioid, a
strong painkiller": the apposition describes X a second time, not the opioids.
"""

from __future__ import annotations

import re

#: Right before a condition: an example cue, then "from" and a few words ("such as from a bleeding ulcer", "for
#: example from the gut"): the condition is the example's source, not the example.
SOURCE_EXAMPLE_BEFORE = re.compile(
    r"\b(such as|for example|for instance|e\.g\.|like|especially|including),?\s+from\s+"
    r"(?:(?:a|an|the|their|your|his|her|its)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: Right after an example cue: "from" opens a source ("bleeding, such as from an ulcer"); "a reaction to" names the
#: example by what it is a reaction to ("an allergy, such as a reaction to a wasp sting": the sting is no allergy).
SOURCE_AFTER_CUE = re.compile(r"\s*,?\s*(from\b|(an?\s+|the\s+)?(allergic\s+)?reactions?\s+to\b)", re.I)
#: Right before a noun: a copula and its article ("X is an Y", "X is one of the Ys"): the noun is X's description.
PREDICATE_NOUN_BEFORE = re.compile(r"\b(is|are|was|were)\s+(also\s+)?(an?|the|one of the)\s+([\w-]+\s+)?$", re.I)


def source_example(text: str, start: int) -> bool:
    """Whether the mention starting at `start` is the source an example names ("such as from a Y").

    >>> source_example("anyone who is bleeding, for example from a stomach ulcer", 51)
    True
    >>> source_example("anyone with a bleeding disorder, such as haemophilia", 42)
    False
    """
    return SOURCE_EXAMPLE_BEFORE.search(text, max(0, start - 60), start) is not None


def source_opens(text: str, cue_end: int) -> bool:
    """Whether the examples after a cue ending at `cue_end` open with "from" or "a reaction to" (a source, no kind).

    >>> source_opens("people who are bleeding, such as from an ulcer", 32)
    True
    >>> source_opens("an allergy, such as a reaction to nuts", 19)
    True
    >>> source_opens("heart rhythm problems such as heart block", 34)
    False
    """
    return SOURCE_AFTER_CUE.match(text, cue_end) is not None


def second_description(text: str, first: int) -> bool:
    """Whether the noun starting at `first` is the predicate of a copula, so that an apposition after it ("X is an
    A, a B") describes the copula's subject again, not A.

    >>> second_description("Hydromorphone is an opioid, a strong painkiller.", 20)
    True
    >>> second_description("Gout, a kind of arthritis, ...", 0)
    False
    """
    return PREDICATE_NOUN_BEFORE.search(text, max(0, first - 40), first) is not None
