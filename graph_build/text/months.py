"""The month "May", which is no hedge (decision 0909).

ConText reads "may" in any case as a hedge, so "Since May Ray has been on X for his arthritis" and "In May she
started X" were read as possible uses. A capitalised "May" that is not its sentence's first word and stands as a
month names the month: after a word that leads a time ("in", "since", "until", "from", "by", "last", "next",
"early", "late", "mid", "of", ...), before a year or a day number ("May 2024", "May 3rd"), or after a day number
("3 May"). A sentence's first "May" stays the modal ("May cause drowsiness", "May I take it with food?"), and so does
a capitalised "May" in no such place (a heading in title case: "Side Effects You May Notice").
"""

from __future__ import annotations

import re

#: Words before "May" that make it a time: prepositions and qualifiers of a time.
MONTH_LEADS = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "from",
        "by",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "of",
        "during",
        "through",
        "between",
    ]
)
#: A day number ("3", "21st") or a year ("2024").
DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
YEAR = re.compile(r"(?:1[89]|2\d)\d\d")


def month_mays(words: list[str]) -> frozenset[int]:
    """The positions in `words` (a sentence's tokens, as written) of a "May" that names the month.

    >>> month_mays("Since May he has taken it .".split()), month_mays("In May she started it .".split())
    (frozenset({1}), frozenset({1}))
    >>> month_mays("It was 3 May 2024 .".split()), month_mays("He has had colds since mid - May .".split())
    (frozenset({3}), frozenset({7}))
    >>> month_mays("- 14 May : the outing".split()), month_mays("- May I take it ?".split())
    (frozenset({2}), frozenset())
    >>> month_mays("Side Effects You May Notice".split()), month_mays("It may cause a rash in some .".split())
    (frozenset(), frozenset())
    """
    first = next((k for k, w in enumerate(words) if w[:1].isalnum()), None)  # (past a bullet or a bracket)
    found = []
    for k, word in enumerate(words):
        if word != "May" or k == first:
            continue
        before = words[k - 1] if k else ""
        if before == "-" and k > 1:
            before = words[k - 2]  # "mid-May"
        after = words[k + 1] if k + 1 < len(words) else ""
        if before.lower() in MONTH_LEADS or DAY.fullmatch(before) or DAY.fullmatch(after) or YEAR.fullmatch(after):
            found.append(k)
    return frozenset(found)
