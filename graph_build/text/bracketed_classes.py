"""A class in brackets right after the drugs it names (decision 0742): "Verapamil and diltiazem (calcium channel
blockers) must not be combined with ...", "Clarithromycin and erythromycin (antibiotics), itraconazole and
ketoconazole (antifungals): these raise ...", "warfarin (anticoagulant)".

The brackets hold the class's name and nothing else (markup aside); the members are the drugs right before the
opening bracket, joined by commas, "and" or "or" (each drug directly after the one before: a list that another
kind of word interrupts, or a closing bracket of an earlier group, ends the members). A class written in the plural
needs two members or more, one in the singular exactly one ("X and Y (antibiotic)" says nothing of which).
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.units import Found, Unit

#: Between two members of the list (markup around the names allowed).
JOIN = re.compile(r"[*_]{0,2}(,\s+|,?\s+(and|or)\s+|\s*/\s*)[*_]{0,2}", re.I)
#: Between the last member and the class: an opening bracket; between the class and the end: a closing one.
OPEN = re.compile(r"[*_]{0,2}\s*\([*_]{0,2}")
CLOSE = re.compile(r"[*_]{0,2}\)")


def bracketed_classes(unit: Unit) -> list[Found]:
    """bracketed-class: "A and B (Ys)" -> A isA Y, B isA Y.

    >>> u = Unit("A and B (blockers) must not be taken.", [(0, 1, "a", "Drug"), (6, 7, "b", "Drug"),
    ...     (9, 17, "blocker", "DrugClass")])
    >>> [(f.subject, f.object) for f in bracketed_classes(u)]
    [('a', 'blocker'), ('b', 'blocker')]
    """
    text, ms, out = unit.text, unit.mentions, []
    for i, cls in enumerate(ms):
        if cls[3] != "DrugClass" or i == 0 or not CLOSE.match(text, cls[1]):
            continue
        last = ms[i - 1]
        if last[3] != "Drug" or not OPEN.fullmatch(text, last[1], cls[0]):
            continue
        members = [last]
        for j in range(i - 2, -1, -1):
            before = ms[j]
            if before[3] != "Drug" or not JOIN.fullmatch(text, before[1], members[-1][0]):
                break
            members.append(before)
        plural = text[cls[0] : cls[1]].lower().strip("*_").endswith("s")
        if (len(members) > 1) != plural:
            continue
        out += [Found(m[2], "isA", cls[2], "bracketed-class", confidence=Decimal("0.7")) for m in reversed(members)]
    return out
