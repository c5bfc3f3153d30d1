"""A reaction named after "instead of" or "rather than", in a contrast of two reactions, is the one a reader expected
and did not get (decision 0954): "A few children become overexcited and restless instead of sleepy", "Young children
occasionally become overexcited on it rather than sleepy" state the excitement; the sleepiness is neither denied nor
asserted by that clause (the golds write it from the side-effect list, or not at all). The clause is a contrast of two
reactions when a verb of becoming or feeling ("become", "get", "feel", "turn", "grow", "go") stands before the cue in
the same clause; then no adverse effect named right after the cue (an optional "being", "feeling" or "getting"
between) is claimed from the sentence. "It acts on the brain rather than on the stomach" and "made by the liver
rather than eaten" are no reactions and keep their reading (a denied actsOn, as the golds write it).
"""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: The cue and the words allowed between it and the reaction it contrasts.
CUE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:(?:being|feeling|getting|becoming)\s+)?$", re.I)
#: Verbs of becoming or feeling: the clause before the cue names a reaction.
REACTION_VERB = re.compile(
    r"\b(?:become|becomes|became|becoming|get|gets|got|getting|feel|feels|felt|feeling|turn|turns|turned|grow|grows"
    r"|grew|go|goes|went)\b",
    re.I,
)
#: Where the clause before the cue begins.
CLAUSE_START = re.compile(r"[.;:!?]|\bbut\b", re.I)
#: The predicates whose object is a reaction.
REACTIONS = frozenset({"hasAdverseEffect"})


def contrasted(unit: Unit, start: int) -> bool:
    """Whether the mention at `start` of `unit` is the reaction contrasted after "instead of" / "rather than".

    >>> contrasted(Unit("A few children become restless instead of sleepy.", []), 42)
    True
    >>> contrasted(Unit("It acts on the brain rather than on the stomach.", []), 41)
    False
    """
    text = unit.text
    cue = CUE.search(text, 0, start)
    if cue is None:
        return False
    before = text[: cue.start()]
    opened = 0
    for mark in CLAUSE_START.finditer(before):
        opened = mark.end()
    return REACTION_VERB.search(before, opened) is not None


def contrasted_reactions_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the adverse effects every mention of which in `unit` is a contrasted reaction.

    >>> u = Unit("A few children become restless instead of sleepy.", [(42, 48, "somnolence", "Symptom")])
    >>> contrasted_reactions_dropped(u, [Found("x", "hasAdverseEffect", "somnolence", "r")])
    []
    """
    kept = []
    for f in found:
        if f.predicate in REACTIONS:
            named = [m for m in unit.mentions if m[2] == f.object]
            if named and all(contrasted(unit, m[0]) for m in named):
                continue
        kept.append(f)
    return kept
