"""The hedge of a side-effect list item that says its effect only may happen (decision 0808).

A list item under a side-effect heading names the drug's effects as asserted ("- Headache", "- Feeling sick"), and
the list rule (relate_sentence_rules, side-effect-list) read every item so. An item whose own verb is hedged, "-
Hallucinations and swollen ankles may occur", "- Blurred vision may happen", "- Constipation is also possible",
says the effect is possible (the development golds write these Possible; running text with the same words was already
read Possible by effects-under-heading). A frequency word in the item ("rarely", "very rarely") is left to the rules
that read frequency.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import Found, Unit

#: After the item's effects: a modal of their happening, or "is / are (also) possible".
ITEM_MAY = re.compile(
    r"\b((may|might|could)\s+(also\s+|sometimes\s+)?(occur|happen|develop|appear)|(is|are)\s+(also\s+)?possible)\b",
    re.I,
)
#: A word of frequency in the item: its certainty is the frequency rules' to read.
FREQUENCY = re.compile(r"\b(rare(ly)?|occasional(ly)?|uncommon(ly)?|common(ly)?|often|sometimes|frequent(ly)?)\b", re.I)


def item_hedges(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each asserted side-effect-list effect Possible when its item says it only may happen.

    >>> u = Unit("- Blurred vision may occur.", [(2, 16, "blurred-vision", "Symptom")], bullet=True)
    >>> [f.certainty for f in item_hedges(u, [Found("x", "hasAdverseEffect", "blurred-vision", "side-effect-list")])]
    ['Possible']
    >>> u = Unit("- Blurred vision.", [(2, 16, "blurred-vision", "Symptom")], bullet=True)
    >>> [f.certainty for f in item_hedges(u, [Found("x", "hasAdverseEffect", "blurred-vision", "side-effect-list")])]
    ['Asserted']
    """
    out = []
    for f in found:
        if f.rule == "side-effect-list" and f.certainty == "Asserted" and not f.negated:
            ends = [m[1] for m in unit.mentions if m[2] == f.object]
            if ends and ITEM_MAY.search(unit.text, min(ends)) and not FREQUENCY.search(unit.text):
                f = dataclasses.replace(f, certainty="Possible")
        out.append(f)
    return out
