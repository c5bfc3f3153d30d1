"""A low frequency labelling the list below it: "Rare:", "Uncommon (up to 1 in 100 people):", "Less common but more
serious side effects include:" (decision 0885).

frequency_hedges (decision 0813) reads a low-frequency label on the effects' own line ("Uncommon: A and B", "- **Rare**:
A"), and lead_hedges (0867) a lead that says some people get the items or that they may happen. A label standing
alone on its line, with the items below it, was read by neither: its items came out asserted and in the top band
(four of the seventeen certainty differences at or above 0.96 on the development sets). The development golds write
the items under such a label Occasional, as they write the label's own line (0813: 34 of 37). Only an asserted,
affirmed side-effect-list effect changes, and only when its item holds no frequency word of its own. "Less often:"
is left out: the golds split on it (0876: Occasional 9, asserted 4; sealed20's writer asserts its items).
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import Found, Unit

#: A lead line that is a low frequency label: "Rare:", "Very rare (up to 1 in 10,000):", "Uncommon but serious:",
#: "Less common but more serious side effects include:", "Rarer side effects:".
FREQUENCY_LEAD = re.compile(
    r"^[\W_]*(?:very\s+rare|rarer|rare|uncommon|less\s+common|infrequent)\b(?!\s+to\b)[^.!?:]{0,80}:\s*$",
    re.I,
)
#: A word of frequency in the item itself: the item's own reading stands.
ITEM_FREQUENCY = re.compile(
    r"\b(rare(ly)?|occasional(ly)?|uncommon(ly)?|common(ly)?|often|sometimes|frequent(ly)?|some|a\s+few)\b", re.I
)
#: The end of a sentence inside a lead's line.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def frequency_lead(unit: Unit, lead: str, found: list[Found]) -> list[Found]:
    """`found` with each asserted side-effect-list effect of an item under a low-frequency label Occasional.

    >>> u = Unit("- hair loss", [(2, 11, "alopecia", "Symptom")], bullet=True)
    >>> f = [Found("x", "hasAdverseEffect", "alopecia", "side-effect-list")]
    >>> [g.certainty for g in frequency_lead(u, "Uncommon (up to 1 in 100 people):", f)]
    ['Occasional']
    >>> [g.certainty for g in frequency_lead(u, "Common:", f) + frequency_lead(u, "Rare side effects to report:", f)]
    ['Asserted', 'Occasional']
    """
    last = SENTENCE_END.split(lead.strip())[-1] if lead else ""
    if not FREQUENCY_LEAD.search(last) or ITEM_FREQUENCY.search(unit.text):
        return found
    return [
        dataclasses.replace(f, certainty="Occasional")
        if f.rule == "side-effect-list" and f.certainty == "Asserted" and not f.negated
        else f
        for f in found
    ]
