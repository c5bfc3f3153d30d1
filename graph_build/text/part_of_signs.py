"""A sign said to be part of an illness (decision 0913): "insomnia is often part of depression", "Poor sleep is a
common part of depression", "Tiredness is part of heart failure". Lay writers say that a complaint belongs to an
illness this way; the development golds write the complaint as the illness's phenotype (condition -> sign).

Strict: the sign (a condition's mention) ends right before "is / are", then at most a few frequency words and an
adjective of how usual ("a common / usual / typical part of"), then "part of" and the illness (class Disease, another
concept) right after it (an article or "this" before it allowed). A modal ("can be part of") or a denial ("is not part
of") is no match: what it says is left; nor is a sign ConText reads denied from outside the clause ("X is not a
treatment for Y, even if A is often part of Y"). Nothing for "part of the condition" (which illness is the passage's).
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.relate_objects import _status
from graph_build.text.units import COND, DISEASE, Found, Unit

#: Between the sign and its illness: "is (often) (a common) part of (the)".
PART_OF = re.compile(
    r"\s+(?:is|are)\s+(?:(?:often|usually|commonly|also|always|frequently|very\s+often|just)\s+)*"
    r"(?:an?\s+)?(?:(?:common|usual|typical|normal|main|key|frequent|early|regular)\s+)?part\s+of\s+"
    r"(?:(?:the|this|an?)\s+)?",
    re.I,
)


def part_of_signs(unit: Unit, found: list[Found]) -> list[Found]:
    """signs-part-of: "A is (often) part of Y" gives Y hasPhenotype A, A's polarity and hedge (ConText's).

    >>> u = Unit("Insomnia is often part of y.", [(0, 8, "insomnia", "Symptom"), (26, 27, "y", "Disease")])
    >>> [(f.subject, f.predicate, f.object) for f in part_of_signs(u, [])]
    [('y', 'hasPhenotype', 'insomnia')]
    >>> part_of_signs(Unit("Insomnia is not part of y.", [(0, 8, "insomnia", "Symptom"), (24, 25, "y", "Disease")]), [])
    []
    """
    stated = {(f.subject, f.predicate, f.object) for f in found}
    starts = {m[0]: m for m in unit.mentions}
    out = []
    for sign in unit.mentions:
        if sign[3] not in COND or not (cue := PART_OF.match(unit.text, sign[1])):
            continue
        owner = starts.get(cue.end())
        if owner is None or owner[3] not in DISEASE or owner[2] == sign[2]:
            continue
        if (owner[2], "hasPhenotype", sign[2]) in stated:
            continue
        st = _status(unit, sign)
        if st.absent or st.negated:
            # (the clause has no denial of its own: one ConText reads from around it, "X is not a treatment for Y,
            # even if A is often part of Y", is no denial of the sign; nothing said rather than a flip)
            continue
        out.append(Found(owner[2], "hasPhenotype", sign[2], "signs-part-of", False, st.certainty, (), Decimal("0.5")))
    return out
