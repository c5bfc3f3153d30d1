"""Whole numbers written as words in a value of time: "about fifteen hours", "sixty hours", "twenty-four hours"
(decision 0896).

Health writing spells out many values ("its half-life is about ten to fifteen hours"); the value readers knew the
words one to twelve only. These are the English number words up to ninety-nine: the units and teens, the tens, and
a ten joined to a unit by a hyphen or a space ("twenty-four", "forty eight").
"""

from __future__ import annotations

import re
from decimal import Decimal

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

#: every simple number word -> its value
VALUES: dict[str, Decimal] = {
    **{w: Decimal(i) for i, w in enumerate(_UNITS, 1)},
    **{w: Decimal(i) for i, w in enumerate(_TEENS, 10)},
    **{w: Decimal(i) for i, w in enumerate(_TENS, 2) for i in [i * 10]},
}
#: a number word as a regex alternation (no groups): a ten joined to a unit first, then the longest words first
PATTERN = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")[- ](?:"
    + "|".join(_UNITS)
    + r"))\b|(?:"
    + "|".join(sorted(VALUES, key=len, reverse=True))
    + r")\b"
)


def value(text: str) -> Decimal | None:
    """The value of a number word, None if `text` is none.

    >>> value("fifteen"), value("Sixty"), value("twenty-four"), value("forty eight"), value("a")
    (Decimal('15'), Decimal('60'), Decimal('24'), Decimal('48'), None)
    """
    parts = re.split(r"[- ]", text.lower())
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return VALUES[parts[0]] + VALUES[parts[1]]
    return VALUES.get(text.lower()) if len(parts) == 1 else None
