"""A condition written as the state of a part of the reader's body after "whose" (decision 0877).

Leaflets name who must not take a medicine by a relative clause: "anyone whose bowel is blocked", "people whose bowel
is blocked or torn". The clause names the condition the vocabularies name as a noun phrase ("a blocked bowel":
intestinal obstruction); the mention spans the state's word (the part before it is the relative clause's subject,
which the prohibition's "whose <part> is" passes over). Only the pairs in STATES, each a name the
vocabularies know ("torn" is left out: the golds name a torn bowel bowel-perforation, the vocabularies intestinal
perforation, a naming split of the measure).
"""

from __future__ import annotations

import re

#: (a part of the body, its state) -> the name the vocabularies know for the condition.
STATES: dict[tuple[str, str], str] = {
    ("bowel", "blocked"): "intestinal obstruction",
    ("bowel", "obstructed"): "intestinal obstruction",
}
#: The part's words (singular and plural) as the text may write them.
PARTS = {"bowel": r"bowels?|guts?|intestines?"}
#: "whose bowel is blocked", "whose bowel might be blocked or torn": the part, the verb, one state or two.
WHOSE = re.compile(
    r"\bwhose\s+(?P<part>" + "|".join(PARTS.values()) + r")\s+(is|are|has\s+been|have\s+been|(might|may|could)\s+be)"
    r"\s+(?P<first>[a-z]+)(\s+or\s+(?P<second>[a-z]+))?\b",
    re.I,
)


def _part(word: str) -> str | None:
    return next((part for part, words in PARTS.items() if re.fullmatch(words, word, re.I)), None)


def find(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The conditions named as "whose <part> is <state>" in `text`, outside the `taken` spans: (start, end, name of
    the condition); each mention spans its state's word.

    >>> find("It must not be used by anyone whose bowel is blocked.", [])
    [(45, 52, 'intestinal obstruction')]
    >>> [n for _, _, n in find("people whose bowel is obstructed or blocked", [])]
    ['intestinal obstruction', 'intestinal obstruction']
    >>> find("people whose bowel is sore", []), find("people whose skin is blocked", [])
    ([], [])
    """
    if "whose" not in text.lower():
        return []
    found = []
    for match in WHOSE.finditer(text):
        part = _part(match.group("part"))
        for group in ("first", "second"):
            name = STATES.get((part or "", (match.group(group) or "").lower()))
            if name is None:
                continue
            a, b = match.span(group)
            if not any(s < b and a < e for s, e in taken):
                found.append((a, b, name))
    return found
