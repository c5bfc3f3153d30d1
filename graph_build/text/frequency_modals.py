"""A frequency word with a modal: the effect is rare or some people's, not merely possible (decision 0888).

Run 9 (decision 0886) read "Rarely, it may cause Y", "Rarely, some people may get Y" and "It may also cause Y in a
few people" as Possible: negation's hedge words give the first cue ConText reports ("may"), and frequency_hedges
(0813) turns only an asserted effect Occasional. The development golds write a side effect with a frequency word and
a modal in the same clause Occasional: "rarely / very rarely / occasionally ... may" 124 Occasional to 2 Possible (both
dev2's "Very rarely, sumatriptan may cause ... in people who have ..."), "some people / a few people / in a few
people ... may" for side effects 33 Occasional to 2 Possible. Where the golds write Possible or asserted, the modal
is another clause's: a consequence ("Rarely, it can lower the sodium, which may cause confusion"), a clause after
", and" ("Vomiting may happen, and rarely it may slow your breathing": the vomiting), a contrast.

So a Possible, affirmed side effect (or withdrawal effect) becomes Occasional when, in its own clause,
- the sentence or item opens with the frequency ("Rarely,", "Very rarely,", "Occasionally", "Some people", "A few
  patients") and no clause break lies between it and the effect;
- the modal is followed by the frequency adverb before the effect ("It may rarely cause Y", "X may occasionally
  cause Y");
- "in a few / in some / in a small number of people" follows the effect in its clause ("It may cause Y in a few
  people").
A break is ";", ":", a sentence end, a dash, or ", which / so / and / but / while / because / although / though".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from graph_build.text.units import Found, Unit

EFFECTS = ("hasAdverseEffect", "hasWithdrawalEffect")
#: The frequency opening the sentence or item ("Rarely,", "Very rarely", "Occasionally", "Some people", "A few ...").
OPENING = re.compile(
    r"^[\W_]*(?:(?:very\s+)?(?:rarely|occasionally)|(?:some|a\s+few|a\s+small\s+number\s+of)"
    r"\s+(?:people|patients|children|adults|men|women|users|babies|clients))\b[*_]*",
    re.I,
)
#: (decision 0979) ... or opening a later clause of the sentence: ", and some people may get Y", "Y is common; a few
#: patients may get Z", "After longer use, though, some people may feel Y"; and "Others may get Y" opening it (the
#: golds write these Occasional as they write the sentence-opening "Some people may get Y").
CLAUSE_FEW = re.compile(
    r"[,;]\s*(?:(?:and|but|though|although|while|yet|however)\s*,?\s*)?(?:some|a\s+few|a\s+small\s+number\s+of)"
    r"\s+(?:people|patients|children|adults|men|women|users|babies|clients)\b|^[\W_]*others\b",
    re.I,
)
#: A modal and then a frequency adverb: "may rarely", "might occasionally", "may, very rarely,".
MODAL_FREQUENCY = re.compile(r"\b(?:may|might|could)\s*,?\s+(?:very\s+)?(?:rarely|occasionally)\b", re.I)
#: Some of the people, after the effect: "in a few people", "in some patients", "in a small number of children".
SOME_OF_THEM = re.compile(
    r"\bin\s+(?:a\s+few|some|a\s+small\s+number\s+of)\s+(?:people|patients|children|adults|men|women|users|babies)\b",
    re.I,
)
#: The modal of possibility (not "can").
MODAL = re.compile(r"\b(?:may|might|could)\b", re.I)
#: What ends the clause a frequency reaches.
BREAK = re.compile(
    r"[;:!?\n]|\.(?:\s|$)|\s[-\u2013\u2014]\s|,\s*(?:which|so|and|but|while|whereas|because|although|though|as|if)\b"
    r"|\b(?:which|who|that)\s+(?:may|might|could|can)\b",
    re.I,
)


def _clause(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds no clause break.

    >>> _clause("Rarely, it may cause A, which may cause B.", 6, 21), _clause("Rarely, it may cause A, which B", 6, 30)
    (True, False)
    """
    return a <= b and not BREAK.search(text, a, b)


def frequency_modal(text: str, start: int, end: int) -> bool:
    """Whether the effect named at text[start:end] is in a clause that a frequency word and a modal both hedge.

    >>> t = "Rarely, it may cause hiccups or dizziness, and a rash may appear."
    >>> frequency_modal(t, t.index("hiccups"), t.index("hiccups") + 7), frequency_modal(t, t.index("rash"), 53)
    (True, False)
    >>> t = "It may also cause cramps in a few people."
    >>> frequency_modal(t, 18, 24)
    True
    >>> t = "Taken with food it may occasionally cause wind."
    >>> frequency_modal(t, 42, 46)
    True
    >>> frequency_modal("It may cause cramps, which is rare in older people.", 13, 19)
    False
    >>> t = "Nausea is common, and some people may get wind."
    >>> frequency_modal(t, t.index("wind"), len(t) - 1), frequency_modal(t, 0, 6)
    (True, False)
    >>> t = "Some people get wind, and it may cause cramps."
    >>> frequency_modal(t, t.index("cramps"), len(t) - 1)
    False
    """
    opening = OPENING.search(text)
    if opening and _clause(text, opening.end(), start) and MODAL.search(text, opening.end(), start):
        return True
    for m in MODAL_FREQUENCY.finditer(text, 0, start):
        if _clause(text, m.end(), start):
            return True
    for m in CLAUSE_FEW.finditer(text, 0, start):
        if _clause(text, m.end(), start) and MODAL.search(text, m.end(), start):
            return True
    some = SOME_OF_THEM.search(text, end)
    if some and _clause(text, end, some.start()):
        modals = list(MODAL.finditer(text, 0, start))
        return bool(modals) and _clause(text, modals[-1].end(), start)
    return False


def frequency_modals(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each Possible, affirmed side effect Occasional when a frequency word and a modal hedge its clause.

    >>> u = Unit("Rarely, it may cause hiccups.", [(21, 28, "hiccup", "Symptom")])
    >>> f = Found("x", "hasAdverseEffect", "hiccup", "r", certainty="Possible")
    >>> [f.certainty for f in frequency_modals(u, [f])]
    ['Occasional']
    >>> f = Found("x", "treats", "hiccup", "r", certainty="Possible")
    >>> [f.certainty for f in frequency_modals(u, [f])]
    ['Possible']
    """
    return recast(unit, found, ("Possible",), frequency_modal, "Occasional")


def recast(
    unit: Unit, found: list[Found], before: tuple[str, ...], reached: Callable[[str, int, int], bool], after: str
) -> list[Found]:
    """`found` with each affirmed side effect or withdrawal effect whose certainty is one of `before` given the
    certainty `after` when `reached(text, start, end)` holds for every mention of its object in `unit` (the reading
    of frequency_modals here, some_people_effects and later_modals, decision 0938).

    >>> u = Unit("A, then B.", [(0, 1, "a", "Symptom"), (8, 9, "b", "Symptom")])
    >>> f = [Found("x", "hasAdverseEffect", o, "r") for o in "ab"] + [Found("x", "treats", "b", "r")]
    >>> [g.certainty for g in recast(u, f, ("Asserted",), lambda t, a, b: a > 5, "Possible")]
    ['Asserted', 'Possible', 'Asserted']
    """
    text, out = unit.text, []
    for f in found:
        if f.predicate in EFFECTS and f.certainty in before and not f.negated:
            spans = [(m[0], m[1]) for m in unit.mentions if m[2] == f.object]
            if spans and all(reached(text, a, b) for a, b in spans):
                f = dataclasses.replace(f, certainty=after)
        out.append(f)
    return out


#: A table cell of low frequency: "Rare", "Very rare", "Uncommon", "Uncommon (up to 1 in 100)", "Less common"; and a
#: share of the people who get it, "Some people", "A few people", "Occasionally" (a frequency, as "some people get Y"
#: is in running text: decision 0942; decision 1053).
LOW_FREQUENCY_CELL = re.compile(
    r"(?:very\s+rare|rare|uncommon|less\s+common|occasional(?:ly)?|(?:some|a\s+few|few)\s+(?:people|patients))"
    r"\s*(?:\([^)]*\))?",
    re.I,
)


def row_certainty(line: str, start: int) -> str:
    """The certainty a table row's frequency cell gives the effect at `start` of the row `line` (decision 0888).

    A side-effect table's frequency cell governs its row as a label line governs its effects (0813: "Uncommon: A"
    Occasional): the development golds write a row under "Rare" / "Very rare" Occasional 9 of 9 and "Uncommon" 7 of
    12 (two older sets assert it), label lines and rows together 50 of 58. A frequent cell ("Common") asserts.

    >>> row_certainty("| Uncommon (up to 1 in 100) | Hiccups, wind |", 30)
    'Occasional'
    >>> row_certainty("| Hiccups | Very rare |", 2), row_certainty("| Common | Hiccups |", 11)
    ('Occasional', 'Asserted')
    >>> row_certainty("| Rare cases of hiccups | Common |", 2), row_certainty("| Hiccups | Some people |", 2)
    ('Asserted', 'Occasional')
    """
    offset = 0
    for cell in line.split("|"):
        here = offset <= start < offset + len(cell)
        offset += len(cell) + 1
        if not here and LOW_FREQUENCY_CELL.fullmatch(cell.strip(" *_")):
            return "Occasional"
    return "Asserted"
