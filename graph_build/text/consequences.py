"""An effect stated as a consequence of another, and a frequency word that governs its own item only (decision 0885).

Run 8 (decision 0883) put two wrong claims in the top band: "- It may lower the number of white cells, so infections
can be harder to fight off." and "- It lowers the white cells that fight bacteria, so I catch infections more
easily." were read as *hasAdverseEffect infections*, asserted. The golds write the lowered count (leukopenia, a
decreased neutrophil count) and a susceptibility to infection: what the consequence clause names is a greater risk of
the thing ("so you bruise more easily", "so cuts take longer to heal", "which makes infections more likely"), not the
thing itself. Such an object is in doubt (`in_consequence`, counted by doubts.doubts as the end's doubt: never in the
top band), and a consequence is no more certain than its cause: "It may lower ..., so ..." is Possible
(`consequence_hedges`).

"A, B and C, and rarely D" says D is rare, not A, B and C (run 8: the "rarely" was read over the whole list):
`own_frequency` gives the frequency word to the items after it only.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import COND, Found, Unit

#: What opens a clause of consequence before the effect: ", so (that)", ", which / that make(s)", ", making".
CONSEQUENCE_OPENS = re.compile(
    r"(?:,\s*(?:and\s+)?so(?:\s+that)?|\bso\s+that|,\s*(?:which|this|that)\s+(?:can\s+|may\s+|might\s+|could\s+)?"
    r"(?:makes?|making)|,\s*making)\s",
    re.I,
)
#: A greater risk or ease in the clause: "more easily", "more likely", "harder to fight off", "take longer to heal".
GREATER_RISK = re.compile(
    r"\b(?:more\s+(?:easily|likely|often|readily|prone)|harder\s+to|longer\s+to|less\s+able\s+to|easier\s+to)\b",
    re.I,
)
#: What ends a clause: a sentence or a ";" / ":" / a dash, or a contrast.
CLAUSE_END = re.compile(r"[.;:!?\n]|\s[-\u2013\u2014]\s|,\s*but\b", re.I)
#: A modal of possibility (not "can", which asserts).
MAY = re.compile(r"\b(?:may|might|could)\b", re.I)


def _consequence_clause(text: str, start: int) -> tuple[int, int] | None:
    """The (opening, end) of the consequence clause holding offset `start` of `text`, if it speaks of a greater risk.

    >>> t = "- It may lower the white cells, so infections can be harder to fight off."
    >>> _consequence_clause(t, t.index("infections")) is not None
    True
    >>> _consequence_clause("- Infections, so see your doctor.", 2) is None
    True
    """
    opening = None
    for m in CONSEQUENCE_OPENS.finditer(text, 0, start):
        opening = m
    if opening is None or CLAUSE_END.search(text, opening.end(), start):
        return None
    stop = CLAUSE_END.search(text, start)
    end = stop.start() if stop else len(text)
    if not GREATER_RISK.search(text, opening.end(), end):
        return None
    return opening.start(), end


def in_consequence(text: str, mention: tuple[int, int, str, str]) -> bool:
    """Whether the condition `mention` (start, end, slug, class) stands in a clause of consequence that speaks of a
    greater risk of it ("..., so infections can be harder to fight off", "..., which makes infections more likely").

    >>> t = "- It lowers platelets, so you bruise more easily."
    >>> in_consequence(t, (t.index("bruise"), t.index("bruise") + 6, "contusions", "Symptom"))
    True
    >>> in_consequence("- Bruising, so tell your doctor.", (2, 10, "contusions", "Symptom"))
    False
    """
    return mention[3] in COND and _consequence_clause(text, mention[0]) is not None


def consequence_hedges(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each asserted effect of a consequence clause Possible when the clause it follows only may happen.

    >>> t = "- It may lower the white cells, so infections can be harder to fight off."
    >>> u = Unit(t, [(t.index("infections"), t.index("infections") + 10, "infections", "Disease")])
    >>> [f.certainty for f in consequence_hedges(u, [Found("x", "hasAdverseEffect", "infections", "r")])]
    ['Possible']
    """
    out = []
    for f in found:
        if f.certainty == "Asserted" and not f.negated:
            for a, _b, slug, cls in unit.mentions:
                if slug != f.object or cls not in COND:
                    continue
                clause = _consequence_clause(unit.text, a)
                if clause and MAY.search(unit.text, 0, clause[0]):
                    f = dataclasses.replace(f, certainty="Possible")
                    break
        out.append(f)
    return out


#: A frequency word that opens the last item of a list: "..., and rarely D", "... or, occasionally, D".
LAST_ITEM_FREQUENCY = re.compile(
    r",?\s+(?:and|or)\s*,?\s+(?:(?:very|only)\s+)?(?:rarely|occasionally|seldom|infrequently)\b,?", re.I
)
#: Any other word that hedges or gives a frequency before it.
OTHER_HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|some|a\s+few|rare(?:ly)?|occasional(?:ly)?|uncommon(?:ly)?|"
    r"common(?:ly)?|often|sometimes|frequent(?:ly)?|seldom|reported|if|when|not|no|never)\b",
    re.I,
)


def own_frequency(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with "..., and rarely D" read as D rare and the items before it as their own words say.

    >>> t = "- Nausea and headache, and rarely hair loss."
    >>> m = [(2, 8, "nausea", "Symptom"), (13, 21, "headache", "Symptom"), (34, 43, "alopecia", "Symptom")]
    >>> fs = [Found("x", "hasAdverseEffect", s, "r", certainty=c) for s, c in
    ...       (("nausea", "Occasional"), ("headache", "Occasional"), ("alopecia", "Asserted"))]
    >>> [f.certainty for f in own_frequency(Unit(t, m), fs)]
    ['Asserted', 'Asserted', 'Occasional']
    """
    text = unit.text
    last = LAST_ITEM_FREQUENCY.search(text)
    if last is None:
        return found
    plain_before = not OTHER_HEDGE.search(text, 0, last.start())
    stop = CLAUSE_END.search(text, last.end())
    end = stop.start() if stop else len(text)
    out = []
    for f in found:
        spans = [(a, b) for a, b, slug, cls in unit.mentions if slug == f.object and cls in COND]
        if spans and not f.negated:
            if all(b <= last.start() for _a, b in spans) and f.certainty == "Occasional" and plain_before:
                f = dataclasses.replace(f, certainty="Asserted")
            elif all(last.end() <= a and b <= end for a, b in spans) and f.certainty == "Asserted":
                f = dataclasses.replace(f, certainty="Occasional")
        out.append(f)
    return out


#: A list item whose subject (the drug, "it", "this") only may act on the effect: "- It may also make gout more
#: likely", "- Ramipril might make dizziness worse", "- The tablets could make acne flare".
ITEM_SUBJECT_MAY = re.compile(
    r"^[\W_]*(?:(?:the|your|this|these)\s+)?[a-z][\w-]*\s+(?:(?:also|sometimes)\s+)?(?:may|might|could)\s+"
    r"(?:also\s+|sometimes\s+|even\s+)?(?!not\b|n't\b|be\b|help\b|ease\b|relieve\b)[a-z]+",
    re.I,
)
#: A word of frequency in the item: its certainty is the frequency rules' to read (as item_hedges.FREQUENCY).
FREQUENCY = re.compile(r"\b(rare(ly)?|occasional(ly)?|uncommon(ly)?|common(ly)?|often|sometimes|frequent(ly)?)\b", re.I)


def subject_may(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each asserted side-effect-list effect Possible when the item's subject only may act on it, in the
    same clause ("- It may also make gout a little more likely": the golds write these Possible).

    >>> t = "- It may also make gout a little more likely."
    >>> u = Unit(t, [(19, 23, "gout", "Disease")])
    >>> [f.certainty for f in subject_may(u, [Found("x", "hasAdverseEffect", "gout", "side-effect-list")])]
    ['Possible']
    >>> u = Unit("- Gout, which may flare.", [(2, 6, "gout", "Disease")])
    >>> [f.certainty for f in subject_may(u, [Found("x", "hasAdverseEffect", "gout", "side-effect-list")])]
    ['Asserted']
    """
    text = unit.text
    lead = ITEM_SUBJECT_MAY.match(text)
    if lead is None or FREQUENCY.search(text):
        return found
    out = []
    for f in found:
        if f.rule == "side-effect-list" and f.certainty == "Asserted" and not f.negated:
            spans = [a for a, _b, slug, cls in unit.mentions if slug == f.object and cls in COND]
            if spans and all(
                lead.end() <= a
                and not CLAUSE_END.search(text, lead.end(), a)
                and not CONSEQUENCE_OPENS.search(text, lead.end(), a)
                for a in spans
            ):
                f = dataclasses.replace(f, certainty="Possible")
        out.append(f)
    return out
