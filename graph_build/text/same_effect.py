"""A partner that does "the same" as the last sentence's (decision 0829): "Clarithromycin raises the level of X.
Grapefruit juice can do the same.", "Milk has the same effect.", "The same goes for A and B." The agents of such a
sentence interact with the drug the last sentence's interactions were about, when that drug is the text's (or its
interactions section's) and the last sentence stated them (asserted); a denial or a question gives nothing."""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.owners import INTERACTIONS_HEADING, heading_owner
from graph_build.text.relate_cues import NEGATION_WORD
from graph_build.text.subjects import clause_start
from graph_build.text.units import CHEMICAL, Discourse, Found, Unit

#: "(can / may) do the same", "has the same effect", "can have just the same effect": the agents before it.
DOES_THE_SAME = re.compile(r"\b(do|does|did|have|has)\s+(just\s+|much\s+|exactly\s+)?the\s+same(\s+effects?)?\b", re.I)
#: "The same goes for A and B", "The same applies to A": the agents after it.
SAME_GOES_FOR = re.compile(r"\bthe\s+same\s+(goes\s+for|applies\s+to|is\s+true\s+(of|for))\s+", re.I)
#: Right before a class: a word that narrows it to some of its members ("strong painkillers", "some antibiotics",
#: "older antidepressants"): the class named is broader than the text, no partner.
NARROWED = re.compile(r"\b(strong|stronger|mild|weak|certain|some|older|newer|particular)\s+$", re.I)
#: After the agents of SAME_GOES_FOR: their clause ends.
CLAUSE_END = re.compile(r"[.;:]|,\s*(but|so|and|which|because|as)\b")


def interacted(unit: Unit, ctx: Discourse, found: list[Found]) -> str | None:
    """The drug the unit's asserted interactions are all about, when it is the text's drug or its interactions
    section's: the one end every such claim shares (what "the same" in the next sentence goes back to).

    >>> f = [Found("x", "interactsWith", "a", "r"), Found("b", "interactsWith", "x", "r")]
    >>> interacted(Unit("A and B raise X levels.", []), Discourse(main="x"), f)
    'x'
    >>> interacted(Unit("A and B raise X levels.", []), Discourse(main="y"), f) is None
    True
    """
    claims = [f for f in found if f.predicate == "interactsWith" and not f.negated and f.certainty == "Asserted"]
    if not claims:
        return None
    owner = heading_owner(ctx, unit.heading, INTERACTIONS_HEADING) if unit.heading else None
    for drug in (owner, ctx.main):
        if drug and all(drug in (f.subject, f.object) for f in claims):
            return drug
    return None


def same_as_before(unit: Unit, ctx: Discourse, drug: str) -> list[Found]:
    """The agents of "A (can) do the same" / "The same goes for A": each interacts with `drug` (the last sentence's),
    hedged by a modal before the cue in its clause; nothing under a denial there.

    >>> u = Unit("Spironolactone can do the same.", [(0, 14, "spironolactone", "Drug")])
    >>> [(f.subject, f.object, f.negated) for f in same_as_before(u, Discourse(), "x")]
    [('x', 'spironolactone', False)]
    >>> same_as_before(Unit("Aspirin does not do the same.", [(0, 7, "aspirin", "Drug")]), Discourse(), "x")
    []
    """
    text, low = unit.text, unit.text.lower()
    cue = DOES_THE_SAME.search(text)
    if cue:
        start = clause_start(low, cue.start())
        agents = [m for m in unit.mentions if start <= m[0] and m[1] <= cue.start() and m[3] in CHEMICAL]
        before = (start, cue.start())
    else:
        cue = SAME_GOES_FOR.search(text)
        if cue is None:
            return []
        end = CLAUSE_END.search(text, cue.end())
        agents = [m for m in unit.mentions if cue.end() <= m[0] and m[1] <= (end.start() if end else len(text))]
        agents = [m for m in agents if m[3] in CHEMICAL]
        before = (clause_start(low, cue.start()), cue.start())
    if NEGATION_WORD.search(low, *before) or NEGATION_WORD.search(low, cue.start(), cue.end()):
        return []
    hedges = list(HEDGE_WORD.finditer(low, *before))
    certainty = HEDGES[hedges[-1].group(1)] if hedges else "Asserted"
    return [
        Found(drug, "interactsWith", m[2], "same-as-before", False, certainty, confidence=Decimal("0.6"))
        for m in agents
        if m[2] != drug and not (m[3] == "DrugClass" and NARROWED.search(text, max(0, m[0] - 20), m[0]))
    ]
