"""A list's lead that says what an illness does to a person without a word of signs (decision 0840): "It causes:",
"You may:", "During an attack, a person may have:", "People with it may notice:", "Y can show itself as:", and the
illness named as the subject of "cause(s)" ("Y can cause:", "An overactive bladder causes:"; decision 0855).

Such a lead opens the illness's signs only when its owner is unambiguous: the one condition the lead names itself (a
run-in label before it in the same line may name it: "**What Y looks like.** During an attack, a person may have:"),
else the illness the running sentence right before it opened with (no agent named since: `Discourse.lead_illness`,
0839), else the illness the section's heading asks about ("What is Y?", no medicine named since:
`Discourse.asked_condition`, 0805); when these two differ, none (the "it" of "People with it may notice:" may be
either). Never beside an agent, and never under a heading of side effects, stopping, overdose or warnings (the
bullets there are the drug's). A lead saying it with "may", "might" or "could" hedges its list (`illness_lead_hedged`).
"""

from __future__ import annotations

import re

from graph_build.text.owners import NOTICE_LEAD
from graph_build.text.units import AGENT, COND, Discourse, Unit

#: The hedges and frequency words between a lead's subject and its verb ("It can often cause:", "You may also:").
_MODALS = r"(?:\s+(?:can|could|may|might|will|would|often|usually|also|sometimes|commonly|typically))"
#: The lead itself, the whole of it up to its colon.
ILLNESS_LEAD = re.compile(
    r"^[\W_]*(?:"
    # "It causes:", "It can cause:", "This often brings on:", "It gives you:"
    rf"(?:it|this){_MODALS}*\s+(?:causes?|brings?(?:\s+on)?|gives?(?:\s+(?:you|people))?)"
    # "Y can cause:", "An overactive bladder causes:" (the illness the subject: `named_subject`, decision 0855)
    rf"|(?!(?:it|this)\b)(?:[\w'\u2019()-]+\s+){{1,5}}?{_MODALS}*\s*(?:causes?|brings?\s+on)"
    # "You may:", "Later, people may notice:", "During an attack, a person may have:", "People with it may feel:"
    # (never "may get:", whose list is as often what the illness leads to: "Over time, people may get: - kidney
    # disease"; 0721's lead naming its condition still reads it)
    r"|(?:[\w'\u2019]+,?\s+){0,5}?(?:you|they|people|a person|someone|sufferers|patients)"
    rf"(?:\s+with\s+(?:it|this))?{_MODALS}+(?:\s+(?:have|feel|experience|notice|see|spot))?"
    r")\W*:\s*$",
    re.I,
)
#: A lead whose subject is not "it" or "this" and whose verb is "cause(s)" or "bring(s) on": its owner is the illness
#: it names as that subject, or none (`named_subject`).
NAMED_CAUSE_LEAD = re.compile(
    rf"^[\W_]*(?!(?:it|this)\b)(?:[\w'\u2019()-]+,?\s+){{1,5}}?{_MODALS}*\s*(?:causes?|brings?\s+on)\W*:\s*$", re.I
)
#: The words a named illness may stand after at the head of such a lead: a determiner only ("An overactive bladder
#: causes:"; never "Over time, diabetes can cause:" nor "Stopping it can cause:", decision 0855).
DETERMINER = re.compile(r"[\W_]*(?:(?:an?|the|your|their|his|her|untreated|active)\s+)?", re.I)
#: What stands between a named illness and its verb: modals and frequency words only.
NAMED_VERB = re.compile(rf"(?:\s*\([^()]*\))?{_MODALS}*\s+(?:causes?|brings?\s+on)\W*:\s*$", re.I)
#: Where a sentence ends inside a lead's line.
SENTENCE_END = re.compile(r"(?<=[.!?])[*_]*\s+")
#: The hedge of such a lead.
MAY = re.compile(r"\b(?:may|might|could)\b", re.I)
#: What the bullets of a lead under such a heading are not: the drug's effects, or what to do.
NOT_UNDER = re.compile(r"\b(side[- ]effects?|adverse|withdrawal|stopping|overdose|allerg\w*|warnings?)\b", re.I)


def _last_sentence(lead: str) -> str:
    """The last sentence of a lead's line (after a run-in label: "What Y looks like. During an attack, ...:")."""
    return SENTENCE_END.split(lead.strip())[-1]


def is_illness_lead(lead: str) -> bool:
    """Whether a lead says what an illness does to a person, without a word of signs.

    >>> [is_illness_lead(t) for t in ("It causes:", "You may:", "People with it may notice:", "It is used for:")]
    [True, True, True, False]
    >>> is_illness_lead("Low blood pressure can show itself as:")
    True
    >>> is_illness_lead("**What Y looks like.** During an attack, a person may have:")
    True
    """
    if not lead.strip().endswith(":"):
        return False  # (before the split into sentences: most leads are none, decision 0894)
    last = _last_sentence(lead)
    return bool(ILLNESS_LEAD.search(last) or NOTICE_LEAD.search(last))


def illness_lead_hedged(lead: str) -> bool:
    """Whether a lead of what one notices says it with "may", "might" or "could" ("You may:", "Walkers with Y may
    notice:", "a person may have:"): its list's signs are possible, as the golds write them; "Y can show itself as:"
    and "It causes:" state them.

    >>> [illness_lead_hedged(t) for t in ("You may:", "It causes:", "Y can show itself as:", "You might notice:")]
    [True, False, False, True]
    """
    return is_illness_lead(lead) and bool(MAY.search(_last_sentence(lead)))


def illness_lead_owner(ctx: Discourse, unit: Unit, lead: str) -> str | None:
    """The illness whose signs an illness lead opens (module docstring), or None when it is not unambiguous.

    >>> ctx = Discourse(lead_illness="gout")
    >>> illness_lead_owner(ctx, Unit("It causes:", []), "It causes:")
    'gout'
    >>> illness_lead_owner(Discourse(), Unit("Anaemia can show itself as:", [(0, 7, "anemia", "Disease")]),
    ...                    "Anaemia can show itself as:")
    'anemia'
    >>> illness_lead_owner(Discourse(lead_illness="gout", section="Side effects"), Unit("You may:", []), "You may:")
    """
    if any(m[3] in AGENT for m in unit.mentions) or NOT_UNDER.search(f"{unit.heading} {ctx.section} {lead}"):
        return None
    last = _last_sentence(lead)
    if NAMED_CAUSE_LEAD.search(last):
        return named_subject(unit, last)  # ("Y can cause:": only the illness the subject names; decision 0855)
    named = {m[2] for m in unit.mentions if m[3] in COND}
    if named:
        return named.pop() if len(named) == 1 else None
    if ctx.lead_illness and ctx.asked_condition and ctx.lead_illness != ctx.asked_condition:
        return None  # ("What is Y? ... Being overweight is one cause. People with it may notice:": which one?)
    return ctx.lead_illness or ctx.asked_condition


def named_subject(unit: Unit, last: str) -> str | None:
    """The illness a lead "Y (can) cause(s):" names as its subject (decision 0855): one condition, standing at the
    head of the lead's last sentence after a determiner at most, with only modals and frequency words before its
    verb; else None (a time, a person, an act or a medicine before the verb names no illness whose signs follow).

    >>> u = Unit("Gout can cause:", [(0, 4, "gout", "Disease")])
    >>> named_subject(u, u.text)
    'gout'
    >>> u = Unit("Over time, gout can cause:", [(11, 15, "gout", "Disease")])
    >>> named_subject(u, u.text) is None
    True
    >>> named_subject(Unit("Too much of it can cause:", []), "Too much of it can cause:") is None
    True
    """
    start = unit.text.find(last)
    if start < 0:
        return None
    conditions = [m for m in unit.mentions if m[3] in COND]
    if len({m[2] for m in conditions}) != 1:
        return None
    first = min(conditions, key=lambda m: m[0])
    head = DETERMINER.match(unit.text, start)
    if head is None or head.end() != first[0] or not NAMED_VERB.match(unit.text, first[1]):
        return None
    return first[2]
