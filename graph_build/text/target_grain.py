"""A target at the grain the text names it (decision 0896): a binding's object that is only the kind of the target
the text names, never the target itself.

- An apposition after a named target gives its kind: "attaches to PARP, a repair enzyme", "latches on to TRPV4, an
  ion channel". The target is the name before the comma (read as a target where a vocabulary knows it); the kind
  after it ("repair enzyme", "ion channel") is no second target, and never the target when the name was not read.
- A kind narrowed by a target's name in capitals right before it: "binds to the EGFR tyrosine kinase" is bound to
  EGFR's kinase, not to every tyrosine kinase; where the name is no part of the mention the kind alone says more
  than the text, so nothing is said.
- A family whose members the sentence names right after it (decision 0929): "fits into two serotonin receptors
  there, 5-HT1B and 5-HT1D", "attaches to both types of orexin receptor, called OX1 and OX2" binds the members,
  not every receptor of the family; the family is no target of the drug's (the members are, where read).
"""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: Right before a target's kind: a word, a comma and an indefinite article, perhaps one word more ("PARP, a repair
#: enzyme", "TRPV4, an ion channel"): the kind in apposition to the name before the comma.
APPOSED_KIND = re.compile(r"[\w)-][*_]{0,2},\s+an?\s+(?:[\w-]+\s+)?$")
#: Right before a target's kind: a name in capitals ("the EGFR tyrosine kinase", "the HER2 receptor").
NAMED_BY_CAPITALS = re.compile(r"\b(?:the|a|an|its)\s+[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*\s+$")
#: Right after a family of targets: its members by their codes, two or more coordinated after a comma (perhaps after
#: "there"), optionally "called" or "known as" first: "serotonin receptors there, 5-HT1B and 5-HT1D", "orexin
#: receptor, called OX1 and OX2". A code has a capital and a digit (5-HT1B, OX1, D2, M3, AT1, CB1).
_CODE = r"(?=[\w-]*[A-Z])(?=[\w-]*\d)[A-Za-z0-9][\w-]*"
LISTED_MEMBERS = re.compile(
    r"[*_]{0,2}(?:\s+(?:there|here))?,\s+(?:(?:called|known\s+as|named)\s+)?"
    + _CODE
    + r"(?:,\s+"
    + _CODE
    + r")*,?\s+(?:and|or)\s+"
    + _CODE
    + r"\b"
)
#: How far before the kind the pattern may start.
REACH = 40


def kind_targets_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the bindsTo claims whose object the sentence names only as the kind of a target named before
    it (an apposition after the name, or a name in capitals right before the kind).

    >>> u = Unit("X attaches to PARP, a repair enzyme.", [(0, 1, "x", "Drug"), (22, 35, "repair-enzyme", "Target")])
    >>> kind_targets_dropped(u, [Found("x", "bindsTo", "repair-enzyme", "r")])
    []
    >>> u = Unit("X binds to the EGFR tyrosine kinase.", [(0, 1, "x", "Drug"), (20, 35, "ptk", "Target")])
    >>> kind_targets_dropped(u, [Found("x", "bindsTo", "ptk", "r")])
    []
    >>> u = Unit("X binds to two serotonin receptors, 5-HT1B and 5-HT1D.", [(0, 1, "x", "Drug"),
    ...          (15, 34, "serotonin-receptor", "Target")])
    >>> kind_targets_dropped(u, [Found("x", "bindsTo", "serotonin-receptor", "r")])
    []
    >>> u = Unit("X binds to tubulin, a protein.", [(0, 1, "x", "Drug"), (11, 18, "tubulin", "Target")])
    >>> [f.object for f in kind_targets_dropped(u, [Found("x", "bindsTo", "tubulin", "r")])]
    ['tubulin']
    """
    text = unit.text
    kinds = set()
    for m in unit.mentions:
        before = text[max(0, m[0] - REACH) : m[0]]
        members = LISTED_MEMBERS.match(text, m[1]) and m[2].endswith(("receptor", "channel"))
        if APPOSED_KIND.search(before) or NAMED_BY_CAPITALS.search(before) or members:
            kinds.add(m[2])
    if not kinds:
        return found
    # (a kind also named where nothing narrows it is meant whole there)
    kinds -= {
        m[2]
        for m in unit.mentions
        if m[2] in kinds
        and not (
            APPOSED_KIND.search(text[max(0, m[0] - REACH) : m[0]])
            or NAMED_BY_CAPITALS.search(text[max(0, m[0] - REACH) : m[0]])
            or LISTED_MEMBERS.match(text, m[1])
        )
    }
    return [f for f in found if not (f.predicate == "bindsTo" and not f.negated and f.object in kinds)]
