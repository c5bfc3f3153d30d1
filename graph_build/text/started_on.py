"""The usual start of treatment for a group with a condition, and what is kept for later (decision 0821): "Most people
with Y start on a common medicine such as Z" (Z treats Y, the first thing tried: PrimaryUse), and its second clause
", and X is kept for those whom that has not helped" / "X is added when that has not been enough" (X treats Y, kept
for a failure: ReservedAfterFailure).

Strict on purpose: the condition is named in the clause itself, as what "most / many people with" have; the verb is
"start on / with" or "begin on / with" (never "are given", which may say who may take a drug); the agent follows at
once (an article and at most three modifiers between), a class named by its example gives the example's use only (as
decision 0787's ranks do: "an antidepressant such as Z"); a dose ("start on a low dose of Z"), a negation or a modal in
the clause gives nothing. The second clause is read only after the first gave a use, with its own agent before "is /
are", a verb of keeping or adding, and a word of failure or of those left over ("for those", "when", "if", "once").
"""

from __future__ import annotations

import re

from graph_build.text.exemplified import EXAMPLE_OPENS
from graph_build.text.relate_objects import _status
from graph_build.text.units import AGENT, COND, Discourse, Found, Unit

#: Before the condition: the group that has it.
GROUP_WITH = re.compile(r"\b(most|many)\s+(people|patients|adults|children|women|men)\s+with\s+((an?|the)\s+)?$", re.I)
#: After the condition: the start of treatment, then an article and at most three modifiers before the agent.
STARTS_ON = re.compile(
    r"\s+((usually|normally|generally|often|first)\s+)?(start|begin)\s+(on|with)\s+((an?|the|one)\s+)?"
    r"((?!(dose|doses|dosage|low|lower|small|smaller|such)\b)[\w'-]+\s+){0,3}?(such\s+as\s+)?$",
    re.I,
)
#: In the first clause: a dose, a negation or a modal: no use stated.
NOT_A_USE = re.compile(r"\b(doses?|dosage|not|never|no|n't|cannot|may|might|could|should|must|can)\b|n't\b", re.I)
#: The first clause ends here.
CLAUSE_END = re.compile(r"[;:.]|,\s*(and|but)\b|\s(and|but)\s|$")
#: The second clause: its agent, then a verb of keeping or adding for those left over or after a failure.
KEPT_FOR = re.compile(
    r"\s+(is|are)\s+((then|usually|often|only)\s+)?(kept|reserved|saved|added|used|given|tried|offered)\s+"
    r"(for\s+(those|people|patients|anyone)\b|(only\s+)?(when|if|once|after)\b)",
    re.I,
)
#: Between two agents of one list: a comma, "and" or "or", and an article.
LIST_GAP = re.compile(r"\s*(,\s*|\s+)(and\s+|or\s+)?((an?|the)\s+)?", re.I)
#: Between the two clauses.
AND_THEN = re.compile(r"\s*(,|;)?\s*(and|but|while)?\s*((the|a|an)\s+)?$", re.I)


def started_on(unit: Unit, ctx: Discourse) -> list[Found]:
    """The uses "Most people with Y start on Z, and X is kept for those whom that has not helped" states.

    >>> t = "Most people with Y start on a common C such as Z, and X is kept for those whom Z has not helped."
    >>> ms = [(17, 18, "y", "Disease"), (37, 38, "c", "DrugClass"), (47, 48, "z", "Drug"), (54, 55, "x", "Drug")]
    >>> [(f.subject, f.object, f.qualifiers) for f in started_on(Unit(t, ms), Discourse())]
    [('z', 'y', (('useStatus', ('PrimaryUse',)),)), ('x', 'y', (('useStatus', ('ReservedAfterFailure',)),))]
    >>> ms = [(17, 18, "y", "Disease"), (43, 44, "z", "Drug")]
    >>> started_on(Unit("Most people with Y start on a low dose of Z.", ms), Discourse())
    []
    """
    text, found = unit.text, []
    mentions = unit.mentions
    for i, condition in enumerate(mentions):
        if condition[3] not in COND:
            continue
        group = GROUP_WITH.search(text, 0, condition[0])
        if group is None or group.end() != condition[0]:
            continue
        rest = [m for m in mentions[i + 1 :] if m[3] in AGENT]
        if not rest or not STARTS_ON.fullmatch(text, condition[1], rest[0][0]):
            continue
        end = CLAUSE_END.search(text, rest[0][1])
        clause_end = end.start() if end else len(text)
        if NOT_A_USE.search(text, group.start(), clause_end) or any(
            condition[1] <= m[0] < rest[0][0] for m in mentions
        ):
            continue
        status = _status(unit, condition)
        if status.negated or status.absent:
            continue
        agents = [rest[0]]
        if rest[0][3] == "DrugClass" and len(rest) > 1 and EXAMPLE_OPENS.fullmatch(text, rest[0][1], rest[1][0]):
            agents = [rest[1]]  # ("a common antidepressant such as Z": the example's use only)
        for m in rest[len(agents) + (agents[0] is not rest[0]) :]:
            if m[0] >= clause_end:
                break
            if not LIST_GAP.fullmatch(text, agents[-1][1], m[0]):
                agents = []  # (a partner or a comparison after the agent: left to the cue rules)
                break
            agents.append(m)  # ("start on a beta blocker or a calcium channel blocker": each)
        primary = (("useStatus", ("PrimaryUse",)),)
        found += [Found(a[2], "treats", condition[2], "started-on", False, status.certainty, primary) for a in agents]
        if not agents:
            continue
        kept = [m for m in rest if m[0] >= clause_end and all(m[2] != a[2] for a in agents)]
        if (
            end is not None
            and kept
            and AND_THEN.fullmatch(text, clause_end, kept[0][0])
            and KEPT_FOR.match(text, kept[0][1])
        ):
            reserved = (("useStatus", ("ReservedAfterFailure",)),)
            found.append(Found(kept[0][2], "treats", condition[2], "started-on", False, "Asserted", reserved))
    return found
