"""Two amounts tied by "means" in one clause (decision 1014): "Less inflammation means less pain", "More insulin means
less sugar left in the blood", "Less PCSK9 means more LDL receptors", "fewer storms probably means fewer seizures".

Health writing states a mechanism chain's step this way: the first amount's change brings about the second's. The
first end is the clause's subject (an amount word right before it, nothing named before it in its clause but a step's
number or an opener: "4.", "And", "So", "That"); words without a mention may follow it ("Less acid washing back into
the gullet means ..."); then "mean(s)" (a hedge before it allowed, "probably means"; a denial, "does not mean", reads
nothing), then an amount word right before each second end ("means less sneezing, less itching", "less swelling and
redness": the coordinated ends share the word). Both ends moving the same way is a step that raises (the two move
together, as step-relief reads "less X means less Y", decision 0736): *X increases Y*; the other way, *X decreases Y*.
A drug or a drug class at either end is no step of a mechanism (its own effect, read elsewhere). The claims carry
their second end's certainty and polarity (ConText), under the rule id `amount-means`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.relate_objects import _status
from graph_build.text.units import Found, Unit

#: An amount word and whether it says the amount goes down.
AMOUNTS = {"less": True, "fewer": True, "lower": True, "more": False, "higher": False, "extra": False}
_AMOUNT = r"(?P<dir>less|fewer|lower|more|higher|extra)"
#: Before the first end, from its clause's start: a step's number, an opener, then the amount word right before it
#: ("4. More insulin", "And less inflammation", "So fewer germs").
FIRST = re.compile(r"(?:^|[,;:]\s*)[\W\d_]*?(?:(?:and|so|but|then|that|this)\s+)?" + _AMOUNT + r"\s+$", re.I)
#: After the first end: words with no mention (checked by the caller), then "mean(s)", a hedge allowed before it,
#: then "that" and the amount word right before the second end.
MEANS = re.compile(
    r"(?P<gap>(?:\s+[\w'-]+){0,6}?)\s+(?:(?:probably|usually|often|generally|may|might|can|could|should|will|would)"
    r"\s+)?(?:means?|meant)\s+(?:that\s+)?(?:(?:the|your|their)\s+)?" + _AMOUNT + r"\s+$",
    re.I,
)
#: Between two coordinated second ends: a comma or "and", an amount word of its own allowed ("less sneezing, less
#: itching and less ...", "less swelling and redness").
NEXT_END = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:" + _AMOUNT + r"\s+)?$", re.I)
#: A denial among the gap's words ("Less X does not mean less Y", "Less X never means ...").
DENIED = re.compile(r"\b(not|never|no)\b|n't\b", re.I)
#: Ends that are no step of a mechanism: a drug's or a class's own effect.
NOT_STEPS = frozenset({"Drug", "DrugClass"})


def paired_amounts(unit: Unit) -> list[Found]:
    """amount-means claims: "less X means less Y" -> X increases Y; "more X means less Y" -> X decreases Y.

    >>> t = "Less inflammation means less pain."
    >>> u = Unit(t, [(5, 17, "inflammation", "Symptom"), (29, 33, "pain", "Symptom")])
    >>> [(f.subject, f.predicate, f.object, f.negated) for f in paired_amounts(u)]
    [('inflammation', 'increases', 'pain', False)]
    >>> u = Unit("Inflammation means less pain.", [(0, 12, "inflammation", "Symptom"), (24, 28, "pain", "Symptom")])
    >>> paired_amounts(u)
    []
    """
    text, ms = unit.text, sorted(unit.mentions)
    out: list[Found] = []
    for i, first in enumerate(ms):
        if first[3] in NOT_STEPS:
            continue
        opened = FIRST.search(text, 0, first[0])
        if opened is None or any(opened.start() <= m[0] < first[0] for m in ms):
            continue
        down = AMOUNTS[opened.group("dir").lower()]
        rest = ms[i + 1 :]
        if not rest:
            continue
        means = MEANS.fullmatch(text, first[1], rest[0][0])
        if means is None or DENIED.search(means.group("gap")):
            continue
        ends, word, at = [], means.group("dir"), first[1]
        for m in rest:
            link = MEANS.fullmatch(text, at, m[0]) if not ends else NEXT_END.fullmatch(text, at, m[0])
            if link is None:
                break
            word = link.group("dir") or word
            ends.append((m, AMOUNTS[word.lower()]))
            at = m[1]
        for end, end_down in ends:
            if end[3] in NOT_STEPS or end[2] == first[2]:
                continue
            st = _status(unit, end)
            if st.absent:
                continue
            predicate = "increases" if end_down == down else "decreases"
            out.append(
                Found(first[2], predicate, end[2], "amount-means", st.negated, st.certainty, confidence=Decimal("0.5"))
            )
    return out
