"""A denied withdrawal after "can / could stop ... without" is asserted (decision 0899).

"He could stop them without getting any withdrawal symptoms", "You could come off it without any withdrawal effects":
the modal says that stopping is possible, the denial of the withdrawal effect it carries is stated, not hedged. The
ConText reading takes the "could" for a hedge of the whole sentence (Possible); "can" was already read asserted.
Another hedge of the sentence ("might", "may", "possibly", "probably", "perhaps") keeps it Possible.

The same holds of a condition of stopping (decision 0919): "if I stop, there is no withdrawal at all", "when you come
off it, you get no withdrawal symptoms": the "if / when" clause is the stopping, the denial of the main clause is
stated, not hedged (ConText took the "if" for a hedge). Only a denial ("no") opening the main clause right after the
comma; another hedge elsewhere in the sentence keeps it Possible.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import Found

#: "can / could (probably not) stop / come off / quit (it / them / tomorrow ...) without": the stopping the modal
#: says is possible, then "without" and the effect it did not bring.
STOP_WITHOUT = re.compile(
    r"\b(?:can|could)\s+(?:\w+\s+){0,1}?(?:stop|quit|come\s+off|give\s+up)\b[^.;:?!]{0,40}?\bwithout\b",
    re.I,
)
#: "if / when / once I (ever) stop (it), there is no ..." / "..., you get no ...": a condition of stopping, then the
#: main clause's denial (decision 0919).
IF_STOPPED = re.compile(
    r"\b(?:if|when|once)\s+(?:(?:the|my|your|his|her|their|our)\s+)?\w+(?:['’]s)?\s+(?:\w+\s+){0,2}?"
    r"(?:stop|stops|stopped|quit|quits|come\s+off|comes\s+off|came\s+off|give\s+up|gives\s+up)\b[^,.;:?!]{0,40}?"
    r"(?:,\s*|\s+)"
    r"(?:there\s+(?:is|are|was|were|will\s+be|would\s+be)\s+no\b|there['’]s\s+no\b|there['’]d\s+be\s+no\b|"
    r"(?:you|I|he|she|they|we)\s+(?:get|gets|have|has|had|got|will\s+get|will\s+have)\s+no\b)",
    re.I,
)
#: (decision 0954) The condition's subject may be a name ("If Alfie stops taking it"), a few words may stand before its
#: verb ("If she has to stop it"), and the comma before the main clause may be left out ("If she stops it there are no
#: withdrawal effects"). What follows the denial after a semicolon or a concessive "though / although / but" is a
#: clause of its own: its hedge ("though the headaches may come back") is not the denial's.
#: (decision 1082) The condition's subject may be "it's" ("If it's stopped there are no withdrawal effects"), and the
#: main clause may be "there'd / there would be no ..." ("If it was ever stopped there'd be no withdrawal").
AFTER_DENIAL = re.compile(r";|,?\s+\b(?:though|although|but)\b", re.I)
#: Another hedge in the sentence: it stays Possible.
OTHER_HEDGE = re.compile(r"\b(?:may|might|possibly|probably|perhaps|maybe|likely|if)\b", re.I)


def stopping_without(text: str, found: list[tuple[tuple[int, int], Found]]) -> list[tuple[tuple[int, int], Found]]:
    """`found` with each Possible denial of a withdrawal effect asserted when its sentence says the drug could be
    stopped without it.

    >>> f = Found("x", "hasWithdrawalEffect", "withdrawal-syndrome", "r", negated=True, certainty="Possible")
    >>> t = "She could stop it without any withdrawal symptoms."
    >>> [g.certainty for _, g in stopping_without(t, [((0, len(t)), f)])]
    ['Asserted']
    >>> t = "She might stop it without any withdrawal symptoms."
    >>> [g.certainty for _, g in stopping_without(t, [((0, len(t)), f)])]
    ['Possible']
    >>> t = "She said that if I stop, there is no withdrawal at all."
    >>> [g.certainty for _, g in stopping_without(t, [((0, len(t)), f)])]
    ['Asserted']
    >>> t = "If you stop, there may be no withdrawal at all."
    >>> [g.certainty for _, g in stopping_without(t, [((0, len(t)), f)])]
    ['Possible']
    >>> t = "If it's stopped there'd be no withdrawal effects."
    >>> [g.certainty for _, g in stopping_without(t, [((0, len(t)), f)])]
    ['Asserted']
    >>> t = "If Sam has to stop it there are no withdrawal effects, though the itch may return."
    >>> [g.certainty for _, g in stopping_without(t, [((0, len(t)), f)])]
    ['Asserted']
    """
    out = []
    for span, f in found:
        if f.predicate == "hasWithdrawalEffect" and f.negated and f.certainty == "Possible":
            sentence = text[span[0] : span[1]]
            match = STOP_WITHOUT.search(sentence)
            if match and not OTHER_HEDGE.search(sentence):
                f = dataclasses.replace(f, certainty="Asserted")
            condition = IF_STOPPED.search(sentence)
            rest = sentence[condition.end() :] if condition else ""
            ended = AFTER_DENIAL.search(rest)
            rest = rest[: ended.start()] if ended else rest
            if condition and not OTHER_HEDGE.search(sentence[: condition.start()] + " " + rest):
                f = dataclasses.replace(f, certainty="Asserted")  # ("if I stop, there is no withdrawal": 0919)
        out.append((span, f))
    return out
