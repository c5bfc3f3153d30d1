"""A partner that lowers or raises "it" or "the level" of the drug interacts with it (decision 0915): "St John's wort
lowers it, and it may then work less well", "Carbamazepine and rifampicin drop the level so far it may not work at
all", "A pulls the level down until it stops working", "B raises its level, and C lowers it". Lay texts name the
drug's level by a pronoun or by "the level" alone; what ties it to the drug is said in the same sentence:
- what follows the verb says the drug then works less or not at all ("so far it may not work", "and that may stop it
  working", "until it stops doing its job"), or
- "it" takes up a level the sentence has just named ("A raises its level, and B lowers it", "A pushes the level of X
  up, while B lowers it").
A bare "A lowers it" says nothing of what "it" is (blood pressure, a sugar level, the drug): no claim (decision 0893
left it for that reason). The agents are the chemicals the recogniser names right before the verb (a list, with
modals between: passive.agents_before); the drug is the text's drug named in the sentence, else the one its pronoun or
section speaks of (`pronoun_partner`). Nothing for a verb denied in its clause, nor for a pair the sentence's own
claims already relate."""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.passive import agents_before
from graph_build.text.relate_cues import NEGATION_WORD
from graph_build.text.relate_interactions import pronoun_partner
from graph_build.text.units import CHEMICAL, Discourse, Found, Unit

#: The verb of a changed level and its object, "it" or "the (blood) level(s)" with no "of" after it: "lowers it",
#: "pull the level down", "pushes it up", "drop the level".
LEVEL_VERB = re.compile(
    r"\b(lower|lowers|lowered|drop|drops|dropped|pull|pulls|pulled|push|pushes|pushed|raise|raises|raised|reduce|"
    r"reduces|reduced|bring|brings|cut|cuts)\s+(?P<what>it|the\s+(blood\s+)?levels?)(\s+(down|up))?\b(?!\s+of\b)",
    re.I,
)
#: After the verb, in its sentence: the drug then works less or not at all ("it may then work less well", "so far it
#: may not work", "that may stop it working", "until it stops doing its job"); "work" as a noun ("before work") is none.
WORKS_LESS = re.compile(
    r"[^.;:!?]{0,60}?\b(works?\s+((much|far|a\s+lot)\s+)?(less|as\s+well|properly|at\s+all)\b|not\s+work\b|"
    r"stop(s|ped|ping)?\s+(\w+\s+)?(from\s+)?working\b|working\s+(less|properly)\b|doing\s+its\s+job\b|"
    r"(less|more)\s+effective\b)",
    re.I,
)
#: Before the verb, in its sentence: a level already named, which "it" takes up ("raises its level, and B lowers it").
LEVEL_BEFORE = re.compile(r"\b(levels?|concentrations?)\b", re.I)


def level_pronoun_partners(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """The interactions of agents that lower or raise the drug's level named by "it" or "the level" (rule
    `level-pronoun`, the certainty of a modal of the verb).

    >>> ms = [(0, 15, "st-johns-wort", "Substance")]
    >>> u = Unit("St John's wort lowers it, and it may then work less well.", ms)
    >>> [(f.subject, f.object, f.negated, f.certainty) for f in level_pronoun_partners(u, Discourse(focus="x",
    ...     main="x"), [])]
    [('x', 'st-johns-wort', False, 'Asserted')]
    >>> level_pronoun_partners(Unit("St John's wort lowers it.", ms), Discourse(focus="x", main="x"), [])
    []
    >>> level_pronoun_partners(Unit("St John's wort lowers it, so take it before work.", ms), Discourse(focus="x",
    ...     main="x"), [])
    []
    >>> level_pronoun_partners(Unit("St John's wort does not lower it, so it works.", ms), Discourse(focus="x",
    ...     main="x"), [])
    []
    """
    text = unit.text
    named = next((m[2] for m in unit.mentions if m[2] in {ctx.main, ctx.focus} - {None}), None)
    drug = named or pronoun_partner(unit, ctx)
    if drug is None:
        return []
    stated = {frozenset((f.subject, f.object)) for f in found if f.predicate == "interactsWith"}
    out: list[Found] = []
    for verb in LEVEL_VERB.finditer(text):
        pronoun = verb.group("what").lower() == "it"
        tied = WORKS_LESS.match(text, verb.end()) is not None or (
            pronoun and LEVEL_BEFORE.search(text, 0, verb.start()) is not None
        )
        if not tied:
            continue
        agents = [m for m in agents_before(unit, verb.start(), verb.end(), CHEMICAL) if m[2] != drug]
        if not agents:
            continue
        between = text[agents[-1][1] : verb.start()]
        if NEGATION_WORD.search(between.lower()):
            continue
        hedges = list(HEDGE_WORD.finditer(between))
        certainty = HEDGES[hedges[0].group(1).lower()] if hedges else "Asserted"
        for partner in dict.fromkeys(m[2] for m in agents):
            if frozenset((drug, partner)) in stated:
                continue
            stated.add(frozenset((drug, partner)))
            out.append(
                Found(drug, "interactsWith", partner, "level-pronoun", False, certainty, confidence=Decimal("0.6"),
                      resolved_from="" if named else "it")
            )  # fmt: skip
    return out
