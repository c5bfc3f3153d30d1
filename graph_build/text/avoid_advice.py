"""An instruction to avoid a combination is a warning, never a denial of the interaction (decision 0846).

"Please do not pour him a strong coffee with his tablet: caffeine can raise the level of X in the blood" tells the
reader to keep the two apart because they interact; ConText's "do not" reaches over the colon into the reason and
negated the interaction the reason states (*X interactsWith caffeine*, negated). The same holds for "Never give her
grapefruit juice with it, grapefruit juice can double the amount of X", "X should not be taken with A: A raises its
level", "Don't drink alcohol while on it". An interaction a sentence denies in such a scope is read asserted when the
sentence's only denial is the instruction itself: a sentence with a denial of its own ("Do not worry: coffee does not
change its level", "Never mind the tea, X does not interact with it") keeps its reading.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import Found, Unit

#: An instruction not to do something, at the opening of a sentence or clause (after ". : ; (", ", and", "so", "but",
#: or an opening "if / when / while ..." clause and its comma; never after a bare comma or "and", where "do not" is
#: the verb of the subject before it: "A and B, which ..., do not make X weaker"): "(Please) do not / don't / never
#: <verb>" (an imperative, not "you do not need to"), or a prohibition of taking, giving or combining ("X should not
#: be taken with A", "you must not drink A"). Verbs of no combination are left out: "do not worry", "do not stop
#: taking A", "do not forget", "need not"; "should not affect / interact / change" is an expectation, a hedged
#: denial, and is no instruction either.
INSTRUCTION = re.compile(
    r"(?:^|[.:;!?(]\s*|,\s*and\s+|\b(?:so|but|then)\s+|\b(?:if|when|while|whenever|once)\b[^,.;:]{0,80},\s*)"
    r"[\W_]*(?:(?:please|also)\s+)*"
    r"(?P<neg>do\s+not|don['\u2019]t|never)\s+(?!(?:worry|need|needs|have|has|forget|stop|panic|hesitate|mind|be\s+"
    r"(?:afraid|alarmed|worried|surprised))\b)[a-z]+"
    r"|(?P<must>\b(?:should|must)\s*(?:not|n['\u2019]t)|\bmust\s+never)\s+(?:be\s+)?(?:(?:taken|used|given|combined|"
    r"mixed|drunk|eaten|had|take|use|give|combine|mix|drink|eat|have|pour|offer|serve)\b)",
    re.I,
)
#: Any denial word (couse.DENIAL's words): a sentence holding one besides the instruction's is left as it is.
DENIAL_WORD = re.compile(r"\b(not|never|no|cannot|nor|neither|none|nothing|without)\b|n['\u2019]t\b", re.I)


def _instruction_only(text: str) -> bool:
    """Whether every denial word of `text` is that of an instruction not to take, give or combine something.

    >>> _instruction_only("Please do not pour him a coffee with it: caffeine can raise its level.")
    True
    >>> _instruction_only("Do not worry: caffeine does not change its level.")
    False
    >>> _instruction_only("Do not take it with milk; milk does not harm it.")
    False
    >>> _instruction_only("A should not affect the level of X.")
    False
    >>> _instruction_only("X should not be taken with A: A raises its level.")
    True
    >>> _instruction_only("If you take X, do not drink A with it: A can raise its level.")
    True
    >>> _instruction_only("A and B, which are used for Y, do not make X weaker.")
    False
    >>> _instruction_only("A and B do not make X weaker.")
    False
    """
    spans = [m.span("neg") if m.group("neg") else m.span("must") for m in INSTRUCTION.finditer(text)]
    if not spans:
        return False
    rest = list(text)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    return not DENIAL_WORD.search("".join(rest))


def warnings_not_denials(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each interaction that an instruction to avoid the combination negated read as asserted.

    >>> u = Unit("Never give her A with it: A can double the amount of X.", [(15, 16, "a", "Drug"), (53, 54, "x", "D")])
    >>> f = Found("x", "interactsWith", "a", "level-of", True)
    >>> [(f.object, f.negated) for f in warnings_not_denials(u, [f])]
    [('a', False)]
    """
    if not any(f.negated and f.predicate == "interactsWith" for f in found) or not _instruction_only(unit.text):
        return found
    return [dataclasses.replace(f, negated=False) if f.negated and f.predicate == "interactsWith" else f for f in found]
