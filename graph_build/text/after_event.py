"""A use after an acute event, to keep it from coming again (decision 0787): "It is used after a heart attack, to
protect the heart", "Doctors prescribe it for Y and, to protect the heart after a heart attack", "It is used after a
TIA or a stroke, to lower the chance of another one", "People take it after a stroke, together with B, to stop another
clot forming". A medicine given after a heart attack or a stroke to prevent the next one treats that condition in the
golds' reading (secondary prevention), as the NHS writes "used to prevent heart attacks and strokes in people who have
had one".

Strict on purpose: "used after a heart attack" alone is not enough ("X is not used after a heart attack", "X can be
taken after a heart attack" say what is safe, not what it is for: decision 0767 measured both); the sentence must
also say the purpose of preventing the event again ("to protect the heart", "to prevent another", "to lower / reduce
the chance (risk) of another", "to stop another"). The event follows "after / following" at once, a verb of use (use,
give, take, prescribe, start) comes before it in the same clause, and the sentence holds no negation and no word of
stopping ("stop taking it after a heart attack"). The subject is an agent named before "after" (never one after
"with", "alongside", "instead of", "unlike"), else a pronoun there for the drug in focus.
"""

from __future__ import annotations

import re

from graph_build.text.denial_words import denial_words
from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.relate_objects import _status
from graph_build.text.subjects import PRONOUN, pronoun_referent
from graph_build.text.units import AGENT, COND, Discourse, Found, Unit

#: Right before the event: "after / following" and at most a determiner.
AFTER = re.compile(r"\b(after|following)\s+((a|an|your|their|his|her|the)\s+)?$", re.I)
#: Between two events of one "after": "a TIA or a stroke", "a heart attack, or a stroke".
EVENT_LIST = re.compile(r"\s*,?\s*(and|or)\s+((a|an|your|their)\s+)?", re.I)
#: The purpose of preventing the event again.
PURPOSE = re.compile(
    r"\bto\s+(help\s+)?(protect\s+(the|your|their|his|her)\s+heart|prevent\s+(another|a\s+further|a\s+second|more)|"
    r"(lower|reduce|cut)\s+(the\s+)?(chances?|risk)\s+of\s+(another|a\s+further|a\s+second|it\s+happening\s+again)|"
    r"stop\s+(another|a\s+further|it\s+happening\s+again))\b",
    re.I,
)
USE_VERB = re.compile(
    r"\b(us(e|es|ed|ing)|giv(e|es|en|ing)|gave|tak(e|es|en|ing)|took|prescrib(e|es|ed|ing)|start(s|ed|ing)?)\b", re.I
)
#: A denial, or a word of stopping the drug ("stop taking it after a heart attack"; the purpose's "to stop another"
#: is no stopping of the drug).
DENIAL = re.compile(denial_words("nor", "cannot", r"(?<!to )stop(s|ped|ping)?", r"avoid\w*", "without"), re.I)
#: Right before an agent: a partner, a comparison or an alternative, not what is used.
NOT_THE_AGENT_BEFORE = re.compile(
    r"\b(with|alongside|plus|than|instead\s+of|unlike|except|rather\s+than|as\s+well\s+as)\s+((the|an?|your)\s+)?$",
    re.I,
)
CLAUSE_BREAK = re.compile(r"[;:]")


def _events(unit: Unit) -> list[tuple[tuple, re.Match]]:
    """The conditions right after "after / following" (with its match), and those listed after the first ("a TIA or a
    stroke")."""
    text, ms, out = unit.text, unit.mentions, {}
    for i, m in enumerate(ms):
        after = AFTER.search(text, max(0, m[0] - 30), m[0]) if m[3] in COND else None
        if after is None or m in out:
            continue
        out[m], last = after, m
        for n in ms[i + 1 :]:
            if n[3] not in COND or not EVENT_LIST.fullmatch(text, last[1], n[0]):
                break
            out.setdefault(n, after)
            last = n
    return list(out.items())


def after_event_uses(unit: Unit, ctx: Discourse) -> list[Found]:
    """The uses after an event, to prevent it again, that a sentence states.

    >>> ms = [(0, 1, "x", "Drug"), (18, 19, "y", "Disease")]
    >>> u = Unit("X is used after a Y, to prevent another.", ms)
    >>> [(f.subject, f.object) for f in after_event_uses(u, Discourse())]
    [('x', 'y')]
    >>> after_event_uses(Unit("X is used after a Y, to ease pain.", ms), Discourse())
    []
    """
    text = unit.text
    if DENIAL.search(text) or not PURPOSE.search(text):
        return []
    found: list[Found] = []
    for event, after in _events(unit):
        breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, 0, after.start())]
        start = breaks[-1] if breaks else 0
        verb = None
        for v in USE_VERB.finditer(text, start, after.start()):
            verb = v
        if verb is None:
            continue
        agents = [
            m
            for m in unit.mentions
            if start <= m[0]
            and m[1] <= after.start()
            and m[3] in AGENT
            and not NOT_THE_AGENT_BEFORE.search(text, max(0, m[0] - 30), m[0])
        ]
        subject, resolved = (agents[0][2], "") if agents else (None, "")
        if subject is None and ctx.focus:
            pronoun = PRONOUN.search(text, start, after.start())
            who = pronoun_referent(unit, pronoun, {"Drug"}, ctx) if pronoun else None
            if who and who.slug and not any(m[2] == who.slug and m[0] > pronoun.start() for m in unit.mentions):
                subject, resolved = who.slug, who.resolved_from
        if subject is None or subject == event[2]:
            continue
        status = _status(unit, event)
        if status.negated or status.absent:
            continue
        hedge = HEDGE_WORD.search(text, start, event[0])
        certainty = HEDGES[hedge.group(1).lower()] if hedge and status.certainty == "Asserted" else status.certainty
        found.append(Found(subject, "treats", event[2], "used-after-event", False, certainty, resolved_from=resolved))
    return found
