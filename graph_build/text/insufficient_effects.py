"""An effect said to be too small is no denial of the use (decision 0846).

"The valproate alone was not controlling his seizures, so lacosamide was added", "Levetiracetam on its own did not
fully control her seizures", "X by itself was not enough to control Y": the sentence says the drug did not do enough
alone, or not completely; it takes the use for granted (the drug was given for Y, and usually stays). A negated
`treats` (or a denied lowering or relief) read from it would deny a use the drug has. No claim either way is made of
such a denial: the golds write the use itself where the sentence says it, and no qualifier carries "not enough".
"""

from __future__ import annotations

import re

from graph_build.text.couse import clause_start
from graph_build.text.units import Found, Unit

#: The predicates of a use or an effect on a condition whose denial an insufficiency is not.
USE_PREDICATES = frozenset({"treats", "alleviates", "decreases", "prevents"})
#: In the denial's clause, before the condition: the drug alone ("X alone", "on its own", "by itself", "in
#: isolation"), or an effect denied only in its degree ("not fully / completely / properly / adequately", "not
#: enough", "not strong enough", "not sufficient").
INSUFFICIENT_BEFORE = re.compile(
    r"\b(alone|on\s+(its|their|his|her)\s+own|by\s+(itself|themselves)|in\s+isolation|singly|"
    r"(not|n['\u2019]t|never)\s+((been|be|quite|always|yet)\s+)*(fully|completely|entirely|totally|properly|adequately|"
    r"sufficiently|quite)|"
    r"(not|n['\u2019]t)\s+((been|be|quite|always)\s+)*(enough|sufficient|strong\s+enough|effective\s+enough|"
    r"working\s+well\s+enough))\b",
    re.I,
)
#: Right after the condition: its degree ("did not control her seizures well enough / fully / completely").
INSUFFICIENT_AFTER = re.compile(
    r"[*_]{0,2}\s+((well|fast|quickly|completely|fully|entirely|properly)\s+enough|enough|fully|completely|entirely|"
    r"properly|adequately|on\s+(its|their)\s+own|alone|by\s+(itself|themselves))\b",
    re.I,
)
#: How far before the condition the clause's words are read.
REACH = 120


def insufficiency_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without a denied use or effect whose clause says the drug did not do enough, alone or in degree.

    >>> u = Unit("The X alone was not controlling her Y, so Z was added.", [(4, 5, "x", "Drug"), (36, 37, "y", "D")])
    >>> insufficiency_dropped(u, [Found("x", "treats", "y", "r", negated=True)])
    []
    >>> u = Unit("X does not treat Y.", [(0, 1, "x", "Drug"), (17, 18, "y", "D")])
    >>> len(insufficiency_dropped(u, [Found("x", "treats", "y", "r", negated=True)]))
    1
    """
    text, low = unit.text, unit.text.lower()
    out = []
    for f in found:
        if f.negated and f.predicate in USE_PREDICATES:
            spans = [m for m in unit.mentions if m[2] == f.object]
            if spans:
                start, end = spans[0][0], spans[0][1]
                opened = max(clause_start(low, start), start - REACH, 0)
                if INSUFFICIENT_BEFORE.search(text, opened, start) or INSUFFICIENT_AFTER.match(text, end):
                    continue
        out.append(f)
    return out
