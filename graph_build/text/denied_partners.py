"""The partners and the subject of a denied interaction ("X does not interact with Y") in the shapes lay writing
gives them beyond a plain list right after the cue (decision 0992):

- a medicine named by what it is for, then by its name in apposition: "X does not interact with my blood pressure
  tablet, ramipril", "with Jo's inhaler, salbutamol" (the name is the partner; the gloss names no other);
- a list that repeats "with" or a possessive: "with A or with B", "with A, nor with B", "with my A or my B";
- "it" after the cue when the drug is the cue's own subject: "Jo takes A for her back, and X does not interact with
  it" (the one other medicine the sentence named before the cue's clause is "it": X cannot interact with itself);
- the subject of the cue right after a colon: "Her A is fine: X does not interact with A" (X, not the A before the
  colon).
"""

from __future__ import annotations

import re

from graph_build.text.couse import clause_start, partner_reading
from graph_build.text.units import CHEMICAL, DRUG, Unit

#: Right after a denied "interact with": a gloss of what a medicine is for, with an owner (a possessive or "the"), then
#: a comma and the medicine's name: "with my cholesterol tablet, simvastatin", "with Derek's blood pressure tablet,
#: ramipril" (decision 0992); the name may take "the" ("with my blood pressure tablet, the ramipril": decision 1121).
APPOSED = re.compile(
    r"\s+[*_]{0,2}(?:(?:my|your|his|her|their|our|the)\s+|[A-Z][\w-]*['’]s\s+)(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"[*_]{0,2},\s+[*_]{0,2}(?:the\s+[*_]{0,2})?"
)
#: After the name in apposition: the apposition closes (a comma, the clause's end), so the name is no list's first item.
APPOSITION_CLOSED = re.compile(r"[*_]{0,2}\s*([,.;:)]|$|\s+either\b)")
#: Between two partners of a denied interaction: "or with", ", nor with", "and also with", or a possessive repeated
#: without a comma ("my A or my B"); a bare ", and the" may open a new clause, so it is left to the list reader.
REPEATED_WITH = re.compile(
    r"[*_]{0,2}(?:\s*,?\s*(?:and|or|nor)\s+(?:also\s+)?with\s+(?:(?:my|your|his|her|their|our|the|a|an)\s+)?"
    r"|\s+(?:and|or|nor)\s+(?:my|your|his|her|their|our)\s+)[*_]{0,2}",
    re.I,
)
#: Between a colon and the subject of the cue after it: nothing but emphasis or an article.
COLON_OPENS = re.compile(r":\s*[*_]{0,2}\s*((the|this)\s+)?[*_]{0,2}", re.I)


def apposed_partner(unit: Unit, end: int) -> list[tuple]:
    """The medicine named in apposition after a gloss right after the cue ending at `end` ("with my cholesterol
    tablet, simvastatin."), as a one-item list; [] when none, when the gloss names a drug itself, or when the name
    goes on as a list.

    >>> u = Unit("X does not interact with my heart tablet, B.", [(0, 1, "x", "Drug"), (42, 43, "b", "Drug")])
    >>> [m[2] for m in apposed_partner(u, 24)]
    ['b']
    >>> u = Unit("X does not interact with my heart tablet, B or C.", [(0, 1, "x", "Drug"), (42, 43, "b", "Drug"),
    ...     (47, 48, "c", "Drug")])
    >>> apposed_partner(u, 24)
    []
    """
    match = APPOSED.match(unit.text, end)
    if match is None:
        return []
    named = [m for m in unit.mentions if m[0] == match.end() and m[3] == "Drug"]
    if not named or not APPOSITION_CLOSED.match(unit.text, named[0][1]):
        return []
    if any(end <= m[0] and m[1] <= match.end() and m[3] == "Drug" for m in unit.mentions):
        return []  # ("with her warfarin tablet, B": the gloss names a drug of its own)
    return named[:1]


def repeated_partners(unit: Unit, listed: list[tuple]) -> list[tuple]:
    """`listed` with the chemicals that follow it joined by a repeated "with" or possessive ("with A or with B", "with
    my A or my B").

    >>> u = Unit("It does not interact with A or with B.", [(26, 27, "a", "Drug"), (36, 37, "b", "Drug")])
    >>> [m[2] for m in repeated_partners(u, u.mentions[:1])]
    ['a', 'b']
    """
    out = list(listed)
    for m in unit.mentions:
        if not out or m[0] < out[-1][1]:
            continue
        if m[3] not in CHEMICAL or not REPEATED_WITH.fullmatch(unit.text, out[-1][1], m[0]):
            break
        out.append(m)
    return out


#: Right after a denied "interact with": a medicine the text gives no name the reader knows, up to four words with an
#: optional owner ("with his inhaler", "with my thyroid tablets", "with them"), before a repeated "with" (decision
#: 1106). The words themselves are no partner; they only open the list.
UNNAMED_FIRST = re.compile(
    r"\s+[*_]{0,2}(?:(?:my|your|his|her|their|our|the)\s+|[A-Z][\w-]*['’]s\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"[*_]{0,2}(?=\s*,?\s*(?:or|nor|and)\s+(?:also\s+)?with\b)"
)
#: Words that end a list's first item as a clause would: no unnamed medicine spans them.
CLAUSE_WORDS = frozenset({"that", "which", "who", "when", "if", "because", "so", "but", "as", "while", "unless"})
#: A first item that is the drug itself ("A does not interact with it or with B"): the cue's subject is then unsure.
SELF_WORDS = frozenset({"it", "itself", "this", "this medicine", "this drug", "the medicine", "the drug"})


def partners_after_unnamed(unit: Unit, end: int) -> list[tuple]:
    """The chemicals joined by a repeated "with" to a first partner the text names in words no vocabulary knows:
    "X does not interact with his inhaler or with B" denies B as well (decision 1106); the first words make no
    partner. None when a chemical is named inside the first item (the plain list reader's) or none follows.

    >>> u = Unit("It does not interact with his inhaler or with B.", [(46, 47, "b", "Drug")])
    >>> [m[2] for m in partners_after_unnamed(u, 25)]
    ['b']
    >>> u = Unit("It does not interact with what he takes so or with B.", [(50, 51, "b", "Drug")])
    >>> partners_after_unnamed(u, 25)
    []
    """
    match = UNNAMED_FIRST.match(unit.text, end)
    if match is None or CLAUSE_WORDS & set(match.group(0).lower().split()):
        return []
    if match.group(0).strip(" *_").lower() in SELF_WORDS:
        return []
    if any(end <= m[0] < match.end() and m[3] in CHEMICAL for m in unit.mentions):
        return []
    first = (match.end(), match.end(), "", "")
    return repeated_partners(unit, [first])[1:]


def pronoun_partner_before(unit: Unit, drug: str, cue: int) -> tuple | None:
    """The medicine "it" after the cue at `cue` stands for when `drug` is the cue's own subject: the one chemical
    other than `drug` named before the cue's clause, not compared ("unlike A"), else None.

    >>> u = Unit("Jo takes A, and X does not interact with it.", [(9, 10, "a", "Drug"), (16, 17, "x", "Drug")])
    >>> pronoun_partner_before(u, "x", 29)[2]
    'a'
    >>> u = Unit("Jo takes A and B, and X does not interact with it.", [(9, 10, "a", "Drug"), (15, 16, "b", "Drug"),
    ...     (22, 23, "x", "Drug")])
    >>> pronoun_partner_before(u, "x", 35) is None
    True
    """
    opened = clause_start(unit.text, cue)
    if not any(opened <= m[0] and m[1] <= cue and m[2] == drug for m in unit.mentions):
        return None  # (the drug must be named in the cue's own clause)
    before = [m for m in unit.mentions if m[1] <= opened and m[3] in CHEMICAL and m[2] != drug]
    if len({m[2] for m in before}) != 1 or any(partner_reading(unit.text, m[0]) for m in before):
        return None
    return before[-1]


def colon_subject(unit: Unit, cue: int) -> str | None:
    """The drug that opens the clause after the last colon before the cue at `cue` ("Her A is fine: X does not
    interact with A" gives X), else None.

    >>> u = Unit("A is fine: X does not interact with A.", [(0, 1, "a", "Drug"), (11, 12, "x", "Drug"),
    ...     (36, 37, "a", "Drug")])
    >>> colon_subject(u, 22)
    'x'
    """
    colon = unit.text.rfind(":", 0, cue)
    if colon < 0:
        return None
    opening = COLON_OPENS.match(unit.text, colon)
    named = [m for m in unit.mentions if m[0] == opening.end() and m[1] <= cue and m[3] in DRUG]
    return named[0][2] if named and named[0][3] == "Drug" else None
