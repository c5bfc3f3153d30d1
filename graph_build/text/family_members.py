"""A drug named as one of the family a sentence gives its subject (decision 0928): "Etodolac is an NSAID, from the
same family as ibuprofen and naproxen", "Hydromorphone is an opioid, a strong painkiller from the same family as
morphine", "It belongs to the PDE5 inhibitors, the same family as sildenafil".

The family is the sentence's first drug class, named before "the same family / group / class as" with no denial
between ("it is not an NSAID, nor from the same family as ibuprofen" says nothing of ibuprofen's class); the members
are the drugs right after "as", joined by commas, "and" or "or". A class or a product after "as" ("the same family as
the sulpha antibiotics", "as the steroid inhalers") is no drug: nothing is read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.units import Found, Unit

#: The comparison that names the family's other members: "(from / in) the same (big / chemical) family as".
SAME_FAMILY = re.compile(
    r"\bthe\s+same\s+((big|wide|large|broad|chemical|drug)\s+)?(family|group|class)\s+(of\s+(medicines|drugs)\s+)?as\s+",
    re.I,
)
#: Between two members: a comma, "and" or "or" (markup around the names allowed).
JOIN = re.compile(r"[*_]{0,2}(,\s+|,?\s+(and|or)\s+)[*_]{0,2}", re.I)
#: Between the family and the comparison: a denial.
DENIED = re.compile(r"\b(not|never|no|nor|neither)\b|n['’]t\b", re.I)


def family_members(unit: Unit) -> list[Found]:
    """same-family-members: "X is a Y, from the same family as A and B" -> A isA Y, B isA Y.

    >>> u = Unit("X is a Y, from the same family as A and B.", [(0, 1, "x", "Drug"), (7, 8, "y", "DrugClass"),
    ...     (34, 35, "a", "Drug"), (40, 41, "b", "Drug")])
    >>> [(f.subject, f.object) for f in family_members(u)]
    [('a', 'y'), ('b', 'y')]
    >>> u = Unit("X is not a Y, nor from the same family as A.", [(0, 1, "x", "Drug"), (11, 12, "y", "DrugClass"),
    ...     (42, 43, "a", "Drug")])
    >>> family_members(u)
    []
    """
    text, ms, out = unit.text, unit.mentions, []
    for match in SAME_FAMILY.finditer(text):
        classes = [m for m in ms if m[1] <= match.start() and m[3] == "DrugClass"]
        if not classes or DENIED.search(text, 0, match.start()):
            continue
        after = [m for m in ms if m[0] >= match.end()]
        if not after or after[0][0] != match.end() or after[0][3] != "Drug":
            continue
        listed = [after[0]]
        for m in after[1:]:
            if m[3] != "Drug" or not JOIN.fullmatch(text, listed[-1][1], m[0]):
                break
            listed.append(m)
        family = classes[0][2]
        out += [
            Found(m[2], "isA", family, "same-family-members", confidence=Decimal("0.7"))
            for m in listed
            if m[2] != family
        ]
    return out
