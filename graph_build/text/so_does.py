"""A partner added by "and so does B" (decision 0986): "Some antifungal medicines raise its level, and so does
grapefruit juice", "The antibiotic A lowers the level of X, and so does B", "Alcohol makes the drowsiness worse, and so
do sleeping tablets". The clause before the cue stated an interaction of the text's drug (or its interactions
section's drug) with the agents it opens with; "so does B" says B does what those agents do, so B interacts with the
same drug, as certain as the clause it repeats ("and so may B" hedges it). The drug must not be the clause's own
subject: in "It raises the level of A, and so does B" B raises A's level, not the drug's (no claim). "so do not drive"
(the imperative after "so") names no agent; a class narrowed by "some" or "strong" is not taken (as in same_effect,
decision 0829)."""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.negation import HEDGES
from graph_build.text.owners import INTERACTIONS_HEADING, heading_owner
from graph_build.text.same_effect import CLAUSE_END, NARROWED
from graph_build.text.units import CHEMICAL, Discourse, Found, Unit

#: ", and so does B", "; so do B and C", "and so can B": the agents right after it, in its clause.
SO_DOES = re.compile(r"(?:\band|[,;])\s+so\s+(?P<verb>do|does|did|can|could|may|might|will|would)\s+(?!not\b)", re.I)
#: Before the clause's first agent: a pronoun or a word for the drug, its subject ("It raises A, and so does B").
OWN_SUBJECT = re.compile(r"\b(it|they|this|these|the\s+(drug|medicine|medication|tablets?))\b", re.I)
#: The words between the cue and its agent: a determiner or a describing word or two, no verb ("the antifungal B").
LEAD_IN = re.compile(r"^(\*\*?|__?)?([\w'-]+\s+){0,3}$")


def so_does_partners(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """The interactions of the agents of "and so does B" with the drug the clause before it related its agents to
    (rule `and-so-does`).

    >>> ms = [(0, 14, "clarithromycin", "Drug"), (35, 44, "maraviroc", "Drug"), (58, 67, "ritonavir", "Drug")]
    >>> u = Unit("Clarithromycin raises the level of maraviroc, and so does ritonavir.", ms)
    >>> f = [Found("maraviroc", "interactsWith", "clarithromycin", "level-of")]
    >>> [(x.subject, x.object, x.negated, x.certainty) for x in so_does_partners(u, Discourse(main="maraviroc"), f)]
    [('maraviroc', 'ritonavir', False, 'Asserted')]
    >>> so_does_partners(u, Discourse(main="other"), f)
    []
    """
    text = unit.text
    cue = SO_DOES.search(text)
    if cue is None:
        return []
    claims = [f for f in found if f.predicate == "interactsWith" and not f.negated]
    if not claims:
        return []
    owner = heading_owner(ctx, unit.heading, INTERACTIONS_HEADING) if unit.heading else None
    drug = next((d for d in (owner, ctx.main) if d and all(d in (f.subject, f.object) for f in claims)), None)
    if drug is None:
        return []
    partners = {f.object if f.subject == drug else f.subject for f in claims}
    before = [m for m in unit.mentions if m[1] <= cue.start() and m[3] in CHEMICAL]
    first = next((m for m in before if m[2] in partners), None)
    if first is None or any(m[2] == drug for m in before if m[0] < first[0]) or OWN_SUBJECT.search(text, 0, first[0]):
        return []
    opening = next(f for f in claims if first[2] in (f.subject, f.object))
    end = CLAUSE_END.search(text, cue.end())
    stop = end.start() if end else len(text)
    agents = [m for m in unit.mentions if cue.end() <= m[0] and m[1] <= stop and m[3] in CHEMICAL]
    if not agents or not LEAD_IN.match(text[cue.end() : agents[0][0]]):
        return []
    verb = cue.group("verb").lower()
    certainty = HEDGES.get(verb, opening.certainty)
    return [
        Found(
            drug,
            "interactsWith",
            m[2],
            "and-so-does",
            False,
            certainty,
            confidence=Decimal("0.6"),
            resolved_from=opening.resolved_from,
        )
        for m in agents
        if m[2] != drug
        and m[2] not in partners
        and not (m[3] == "DrugClass" and NARROWED.search(text, max(0, m[0] - 20), m[0]))
    ]
