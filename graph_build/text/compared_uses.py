"""A use said of the things a drug is compared with (decision 0841): "It is a corticosteroid, the same family of
medicines as the steroid inhalers used for asthma" says the inhalers are used for asthma, not the drug; "It works
faster than the tablets given for migraine" names the tablets' use. The comparison's noun is a plural of medicines
that no vocabulary names, after "as", "than", "like" or "unlike"; the use that follows it at once ("used / given /
taken / prescribed for Y") is theirs, and the drug in focus gets none. "Other medicines used for Y" is left alone:
"as effective as other medicines used for Y" counts the drug among them.
"""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: Right before the use's object: a comparison, its plural noun of medicines, and a reduced relative of use.
COMPARED_USE = re.compile(
    r"\b(as|than|like|unlike)\s+((the|some|many|most)\s+)?([\w-]+\s+){0,2}"
    r"(medicines|medications|drugs|inhalers|tablets|pills|creams|sprays|injections|treatments)\s+"
    r"((also|often|usually|commonly|mainly|sometimes)\s+)?(used|given|taken|prescribed)\s+"
    r"(for|to\s+(treat|prevent|control|manage|ease|relieve))\s+((the|an?)\s+)?$",
    re.I,
)
#: How far before the object the comparison may start.
REACH = 100


def compared_use(unit: Unit, found: Found) -> bool:
    """Whether `found` is a use the sentence says only of what the drug is compared with.

    >>> t = "It is a steroid, the same family as the steroid inhalers used for asthma."
    >>> u = Unit(t, [(66, 72, "asthma", "Disease")])
    >>> compared_use(u, Found("x", "treats", "asthma", "r"))
    True
    >>> u = Unit("It is as effective as other medicines used for asthma.", [(48, 54, "asthma", "Disease")])
    >>> compared_use(u, Found("x", "treats", "asthma", "r"))
    False
    """
    if found.predicate != "treats":
        return False
    objects = [m for m in unit.mentions if m[2] == found.object]
    return bool(objects) and all(
        (c := COMPARED_USE.search(unit.text, max(0, m[0] - REACH), m[0])) is not None
        and not any(s[2] == found.subject and c.start() <= s[0] < m[0] for s in unit.mentions)
        for m in objects
    )
