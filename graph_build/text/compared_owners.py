"""A medicine or class named in a list item's comparison is not the item's owner (decision 0937): "- drowsiness,
though less than older antihistamines", "- sleepiness, unlike with diphenhydramine", "- a dry mouth, as with other
antihistamines", "- nausea (compared with placebo)". The item lists an effect of the list's drug; the agent after
"than", "unlike", "as with", "compared with / to", "in comparison with / to" or "versus" is only what the item measures
it against, so the item is read as if that agent were not named there (its effects are the list's drug's, or nobody's
when no drug owns the list: nothing rather than the compared agent).

Only list items (a bullet or a numbered line): prose names its subject in the sentence itself ("Drowsiness is less
common than with older antihistamines" is for the prose rules). Only an agent right after the comparison, with at
most three words between and no punctuation ("less than older antihistamines", "than with most other ones"); an
agent named elsewhere in the item ("- warfarin: bleeding more than usual") is left as it is. What the item says of
the compared agent besides an effect stays ("- cheese: unlike the older MAO inhibitors used for depression, ..." keeps
the inhibitors' use).
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph_build.text.units import DRUG, Found, Unit

#: A comparison right before an agent: "than (with / on / in / for)", "unlike (with)", "as with / as for / as on",
#: "compared with / to", "in comparison with / to", "relative to", "versus", "vs"; then at most three words
#: ("older", "the other", "most first-generation") and no mark.
COMPARED = re.compile(
    r"\b(?:than(?:\s+(?:with|on|for|in|from|by))?|unlike(?:\s+(?:with|on))?|as\s+(?:with|for|on)|"
    r"compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?)"
    r"(?:\s+[\w'-]+){0,3}?\s+\W{0,2}$",
    re.I,
)
#: A cheap test before the pattern.
CUE = re.compile(r"\b(than|unlike|as\s+(with|for|on)|compared|comparison|relative\s+to|versus|vs)\b", re.I)


def compared_agents(text: str, mentions: list) -> list:
    """The agent mentions of `text` that stand right after a comparison (start, end, slug, class).

    >>> t = "- drowsiness, though less than older antihistamines"
    >>> m = [(2, 12, "somnolence", "Symptom"), (37, 51, "antihistamine", "DrugClass")]
    >>> compared_agents(t, m)
    [(37, 51, 'antihistamine', 'DrugClass')]
    >>> compared_agents("- bleeding with warfarin", [(16, 24, "warfarin", "Drug")])
    []
    """
    if not CUE.search(text):
        return []
    return [m for m in mentions if m[3] in DRUG and COMPARED.search(text[max(0, m[0] - 60) : m[0]])]


def without_compared(unit: Unit) -> Unit:
    """`unit` without the agents its comparison names, when it is a list item (a bullet or a numbered line); else
    `unit` itself.

    >>> m = [(2, 8, "nausea", "Symptom"), (24, 35, "antibiotic", "DrugClass")]
    >>> u = Unit("- nausea, as with other antibiotics", m, bullet=True)
    >>> without_compared(u).mentions
    [(2, 8, 'nausea', 'Symptom')]
    >>> without_compared(Unit(u.text, u.mentions)) is not None
    True
    """
    if not (unit.bullet or unit.item):
        return unit
    gone = compared_agents(unit.text, unit.mentions)
    if not gone:
        return unit
    return replace(unit, mentions=[m for m in unit.mentions if m not in gone])


#: The predicates of an item's owner: a compared agent is never given one of them by the item.
OWNER_PREDICATES = frozenset({"hasAdverseEffect", "hasWithdrawalEffect"})


def owners_effects(whole: list[Found], owned: list[Found], unit: Unit, stripped: Unit) -> list[Found]:
    """The claims of an item: those read from `unit` whole (`whole`) but for the effects it gives a compared agent,
    and the effects read without the compared agents (`owned`, from `stripped`) that the whole reading lacks. Only
    effects are taken from the reading without them: what else it gives ("- sleepiness, less than with B, which is
    used for Y" read as the owner's use of Y) would be read from a sentence the text did not write.

    >>> u = Unit("- sleepiness, unlike with B", [(2, 12, "somnolence", "Symptom"), (26, 27, "b", "Drug")], bullet=True)
    >>> whole = [Found("b", "hasAdverseEffect", "somnolence", "r", False), Found("b", "treats", "y", "r", False)]
    >>> owned = [Found("x", "hasAdverseEffect", "somnolence", "r", False), Found("x", "treats", "y", "r", False)]
    >>> [(f.subject, f.predicate) for f in owners_effects(whole, owned, u, without_compared(u))]
    [('b', 'treats'), ('x', 'hasAdverseEffect')]
    """
    gone = {m[2] for m in unit.mentions} - {m[2] for m in stripped.mentions}
    kept = [f for f in whole if not (f.subject in gone and f.predicate in OWNER_PREDICATES)]
    known = {(f.subject, f.predicate, f.object, f.negated) for f in kept}
    return kept + [
        f
        for f in owned
        if f.predicate in OWNER_PREDICATES and (f.subject, f.predicate, f.object, f.negated) not in known
    ]
