"""A denied withdrawal after "can / could stop ... without" is asserted (decision 0899).

"He could stop them without getting any withdrawal symptoms", "You could come off it without any withdrawal effects":
the modal says that stopping is possible, the denial of the withdrawal effect it carries is stated, not hedged. The
ConText reading takes the "could" for a hedge of the whole sentence (Possible); "can" was already read asserted.
Another hedge of the sentence ("might", "may", "possibly", "probably", "perhaps") keeps it Possible.
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
    """
    out = []
    for span, f in found:
        if f.predicate == "hasWithdrawalEffect" and f.negated and f.certainty == "Possible":
            sentence = text[span[0] : span[1]]
            match = STOP_WITHOUT.search(sentence)
            if match and not OTHER_HEDGE.search(sentence):
                f = dataclasses.replace(f, certainty="Asserted")
        out.append((span, f))
    return out
