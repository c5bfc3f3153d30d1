"""The hedge of a side effect its sentence says is rare or had by some people only (decision 0813).

The prose rules read "Rarely, X causes A" and "Some people get A" as Occasional (negation's hedge words, 0769's
`SOME_OF_THEM`), but the rules that read a side-effect list item or a frequency line read every effect asserted:

- a list item opening with a frequency adverb or with some of the people: "- Rarely, scarring of the lungs.", "- Very
  rarely, high doses cause A", "- Some people feel dizzy.", "- Less often, people notice A";
- a line labelled with a low frequency: "Uncommon: A and B.", "- **Rare**: A", "**Uncommon** (up to 1 in 100): A",
  "Uncommon but serious: A", "- **Less common:** A";
- the effects first, then a low frequency: "A and B are rare.", "A is very rare", "- A, which is rare" (0757 and 0776
  left these asserted for a polarity round).

The development golds write all of these Occasional (label lines 34 of 37, items 16 of 16, "are rare" 6 of 6). The
frequent words stay asserted as the golds write them ("A and B are common", "Very common: A"), and so does a table
row (its frequency cell is split in the golds). Only an asserted, affirmed side effect changes; a denial, a modal's
Possible or a report's Reported is the sentence's own reading. The lead reaches the effects of the first clause
only (up to ";"); "are rare" reaches the effects of its own clause before it.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import Found, Unit

#: A frequency adverb or some of the people opening the sentence or list item.
LEAD = re.compile(
    r"^[\W_]*(?:(?:very\s+)?(?:rarely|occasionally)|less\s+(?:often|commonly)|(?:some|a\s+few|a\s+small\s+number\s+of)"
    r"\s+(?:people|patients|children|adults|men|women|users))\b",
    re.I,
)
#: A low frequency labelling the line: "Uncommon:", "**Rare**:", "Uncommon (up to 1 in 100):", "Uncommon but serious:".
LABEL = re.compile(
    r"^[\W_]*(?:very\s+rare|rare|uncommon|less\s+common)[*_\s]*(?:\([^)]*\)[*_\s]*)?(?::|but\s+[a-z ]{0,30}:)",
    re.I,
)
#: The effects before it are rare: "A and B are rare", "A is also very rare", "A, which is rare".
ARE_RARE = re.compile(
    r"(?:,\s*which\s+is|\b(?:is|are))\s+(?:also\s+|very\s+|quite\s+|fairly\s+|extremely\s+)*(?:rare|uncommon)\b",
    re.I,
)
#: What ends the clause a lead or a frequency reaches.
CLAUSE_BREAK = re.compile(r";|\.\s")
#: A verb or a contrast between the effect and "are rare": the effect is another clause's ("A is common, but B is
#: rare").
OTHER_VERB = re.compile(r"\b(is|are|was|were|can|could|may|might|will|but|cause[sd]?|get|gets|have|has)\b", re.I)
EFFECTS = ("hasAdverseEffect", "hasWithdrawalEffect")
#: A clause of its own after the lead's, whose effect has its own verb: "Some people get A, and B is less common"
#: (B is the second clause's, read as that clause says; decision 0848).
OWN_CLAUSE_OPENS = re.compile(r",\s*(and|but|while|whereas)\s", re.I)
OWN_VERB_AFTER = re.compile(r"\s+(is|are)\b", re.I)


def _own_clause(text: str, lead_end: int, start: int, end: int) -> bool:
    """Whether the mention at text[start:end] opens a clause of its own after the lead's, with its own verb.

    >>> t = "Some people get A, and itching is less common."
    >>> _own_clause(t, 11, 23, 30), _own_clause("Some people get A, B and C.", 11, 19, 20)
    (True, False)
    """
    return bool(OWN_CLAUSE_OPENS.search(text, lead_end, start) and OWN_VERB_AFTER.match(text, end))


def _reached(text: str, start: int) -> bool:
    """Whether a mention at `start` lies in the clause a lead or a label opens (before the first ";").

    >>> _reached("- Rarely, A; B is common.", 10), _reached("- Rarely, A; B is common.", 13)
    (True, False)
    """
    brk = CLAUSE_BREAK.search(text)
    return brk is None or start < brk.start()


def _before_rare(text: str, start: int) -> bool:
    """Whether the mention at `start` is in the clause that "is / are rare" closes.

    >>> _before_rare("Fits and changes in eyesight are rare.", 0)
    True
    >>> _before_rare("Headache is common; fits are rare.", 0), _before_rare("Headache is common, but fits are rare.", 0)
    (False, False)
    """
    for m in ARE_RARE.finditer(text):
        if m.start() <= start:
            continue
        between = text[start : m.start()]
        return not CLAUSE_BREAK.search(between) and not OTHER_VERB.search(between)
    return False


def frequency_hedges(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each asserted side effect Occasional when its sentence says it is rare or some people's.

    >>> u = Unit("- Rarely, a skin rash.", [(12, 21, "exanthema", "Symptom")], bullet=True)
    >>> [f.certainty for f in frequency_hedges(u, [Found("x", "hasAdverseEffect", "exanthema", "side-effect-list")])]
    ['Occasional']
    >>> u = Unit("Uncommon: hiccups.", [(10, 17, "hiccup", "Symptom")])
    >>> [f.certainty for f in frequency_hedges(u, [Found("x", "hasAdverseEffect", "hiccup", "r")])]
    ['Occasional']
    >>> u = Unit("Common: hiccups.", [(8, 15, "hiccup", "Symptom")])
    >>> [f.certainty for f in frequency_hedges(u, [Found("x", "hasAdverseEffect", "hiccup", "r")])]
    ['Asserted']
    """
    text = unit.text
    lead = LEAD.search(text) or LABEL.search(text)
    rare = ARE_RARE.search(text)
    if not lead and not rare:
        return found
    out = []
    for f in found:
        if f.predicate in EFFECTS and f.certainty == "Asserted" and not f.negated:
            starts = [m[0] for m in unit.mentions if m[2] == f.object]
            spans = [(m[0], m[1]) for m in unit.mentions if m[2] == f.object]
            if starts and (
                (
                    lead
                    # (a person's own effect, "Some people feel A, and Alun gets B", is that person's: decision 0890)
                    and f.rule != "person-effects"
                    # (its first naming: "- Some get A or feel dizzy; a dizzy driver ..." names it again: 0885)
                    and min(starts) >= lead.end()
                    and _reached(text, min(starts))
                    and not any(_own_clause(text, lead.end(), a, b) for a, b in spans)
                )
                or (rare and all(_before_rare(text, s) for s in starts))
            ):
                f = dataclasses.replace(f, certainty="Occasional")
        out.append(f)
    return out
