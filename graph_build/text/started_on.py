"""The usual start of treatment for a group with a condition, and what is kept for later (decision 0821): "Most people
with Y start on a common medicine such as Z" (Z treats Y, the first thing tried: PrimaryUse), and its second clause
", and X is kept for those whom that has not helped" / "X is added when that has not been enough" (X treats Y, kept
for a failure: ReservedAfterFailure).

Strict on purpose: the condition is named in the clause itself, as what "most / many people with" have; the verb is
"start on / with" or "begin on / with" (never "are given", which may say who may take a drug, but "are first given":
a rank of first place, decision 0891); the agent follows at
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
    # ("are first given Z", "are usually first offered Z": a rank of first place, never a bare "are given", decision
    # 0891)
    r"\s+(((usually|normally|generally|often|first)\s+)?(start|begin)\s+(on|with)|(are|is)\s+((usually|normally|"
    r"generally|often)\s+)?first\s+(given|offered|prescribed|treated\s+with))\s+((an?|the|one)\s+)?"
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


#: A choice of what to start on whose clause names no condition (decision 0841), at the clause's start: "Most people
#: start on Z", "people normally start on Z", "Doctors often start with Z", "Most people are first given Z" ("are
#: given" alone may say who may take a drug: only with "first"); then an article and at most three modifiers.
WHO_STARTS = re.compile(
    r"[*_]{0,2}\s*(((most|many)\s+)?(people|patients|adults|children|women|men)\s+"
    r"((usually|normally|generally|often|first)\s+)?((start|begin)\s+(on|with)|are\s+((usually|normally)\s+)?first\s+"
    r"given)|((most|many)\s+)?(doctors|gps)\s+((usually|normally|generally|often|tend\s+to)\s+)?(start|begin)\s+"
    r"((people|patients)\s+)?(on|with))\s+((an?|the|one)\s+)?"
    r"((?!(dose|doses|dosage|low|lower|small|smaller|such)\b)[\w'-]+\s+){0,3}?(such\s+as\s+)?$",
    re.I,
)
#: At the clause's start, before its agent: an article at most.
AGENT_OPENS = re.compile(r"[*_]{0,2}\s*((an?|the)\s+)?$", re.I)
#: After the agent opening the clause: it is what is tried first ("Z is often tried first").
TRIED_FIRST = re.compile(
    r"[*_]{0,2}\s+(is|are)\s+((usually|often|normally|generally)\s+)?(tried|given|used|offered|prescribed|chosen)\s+"
    r"first\b(?!\s+thing)",
    re.I,
)
#: Where the choice's clause ends: as the first clause above, or at a comma before a relative or adverbial clause
#: ("Doctors often start with Z, which can cause a cough").
CHOICE_END = re.compile(
    CLAUSE_END.pattern + r"|,\s*(which|who|because|as|so|although|though|while|whereas|if|when|unless)\b", re.I
)
#: Where a clause of the choice may open inside the sentence: after ":" or ";" ("In Y it is not the first tablet
#: tried: people normally start on Z").
CLAUSE_BREAK = re.compile(r"[:;]\s*")


def started_on_for_use(unit: Unit, ctx: Discourse) -> list[Found]:
    """What people start on, or what is tried first, for a use named just before (decision 0841): "It is used to treat
    Y. An ACE inhibitor such as Z is often tried first." (Z treats Y: PrimaryUse), "It is not a first-line treatment for
    Y. Most patients start on A or B.", "In Y it is not the first tablet tried: people normally start on Z".

    Strict on purpose: the choice's clause names no condition; its condition is the one use the clause before it in
    the same sentence names (after ":" or ";"), else the one use the sentence just before stated (`ctx.used_for`: the
    object of its asserted `treats` claims, when they have one), or the one before that when the sentence between
    only ranks the drug down and names nothing else (`keeps_use`: "It is not the first tablet tried."; 0854). A
    dose, a negation or a modal in the clause gives nothing; a class named by its example gives the example's use
    only; "A or B" gives each.

    >>> t = "An ACE inhibitor such as Z is often tried first."
    >>> ms = [(3, 16, "ace-inhibitor", "DrugClass"), (25, 26, "z", "Drug")]
    >>> [(f.subject, f.object) for f in started_on_for_use(Unit(t, ms), Discourse(used_for=("y", "")))]
    [('z', 'y')]
    >>> started_on_for_use(Unit(t, ms), Discourse())
    []
    >>> ms = [(28, 29, "z", "Drug")]
    >>> started_on_for_use(Unit("Most people start on a low Z dose.", ms), Discourse(used_for=("y", "")))
    []
    """
    text, mentions = unit.text, unit.mentions
    starts = [0, *(b.end() for b in CLAUSE_BREAK.finditer(text))]
    for start in starts:
        before = [m for m in mentions if m[1] <= start and m[3] in COND]
        if before:  # (the clause before names it: one condition, not denied)
            one = {m[2] for m in before}
            condition = one.pop() if len(one) == 1 and not any(_denied(unit, m) for m in before) else None
        else:  # (the sentence just before, under the same heading)
            condition = ctx.used_for[0] if ctx.used_for and ctx.used_for[1] == unit.heading else None
        if condition is None:
            continue
        agents = [m for m in mentions if m[0] >= start and m[3] in AGENT]
        if not agents:
            continue
        end_match = CHOICE_END.search(text, agents[0][1])
        clause_end = end_match.start() if end_match else len(text)
        chosen = _chosen(text, start, agents, clause_end)
        if not chosen:
            continue
        if NOT_A_USE.search(text, start, clause_end) or any(
            start <= m[0] < clause_end and m[3] in COND for m in mentions
        ):
            continue
        primary = (("useStatus", ("PrimaryUse",)),)
        return [Found(a[2], "treats", condition, "started-on", False, "Asserted", primary) for a in chosen]
    return []


def _denied(unit: Unit, mention: tuple) -> bool:
    status = _status(unit, mention)
    return status.negated or status.absent


def _chosen(text: str, start: int, agents: list, clause_end: int) -> list:
    """The agents a clause opening at `start` starts on or tries first: after "Most people start on", or opening it
    before "is (often) tried first"; a class's example for the class, each of "A or B"."""
    first = agents[0]
    opened = WHO_STARTS.fullmatch(text, start, first[0])
    if opened is None and not AGENT_OPENS.fullmatch(text, start, first[0]):
        return []
    chosen = [first]
    if first[3] == "DrugClass" and len(agents) > 1 and EXAMPLE_OPENS.fullmatch(text, first[1], agents[1][0]):
        chosen = [agents[1]]  # ("an antidepressant such as Z": the example's use only)
    for m in agents[agents.index(chosen[0]) + 1 :]:
        if m[0] >= clause_end:
            break
        if not LIST_GAP.fullmatch(text, chosen[-1][1], m[0]):
            return []  # (a partner or a comparison after the agent: left to the cue rules)
        chosen.append(m)  # ("start on a beta blocker or a calcium channel blocker": each)
    if opened is None and not TRIED_FIRST.match(text, chosen[-1][1]):
        return []
    return chosen


#: A sentence that ranks the drug in focus down among its use's treatments and names nothing else (decision 0854):
#: "It is usually not the very first tablet tried.", "For many people it is not the first tablet tried.", "It is not
#: usually the first antidepressant a GP prescribes.", "It is not a first choice." It names no condition, so the use
#: the sentence before it stated stays the one a following "Most people start on Z" is for.
RANK_DOWN = re.compile(
    r"[*_]{0,2}\s*((for\s+(many|most|some)\s+(people|patients|adults|women|men)\s*,?\s+)?(it|this\s+medicine|"
    r"this\s+tablet))\s+is\s+((usually|normally|often|generally)\s+)?not\s+((usually|normally|often|generally)\s+)?"
    r"(the|an?)\s+((very|usual)\s+)?(first|first-line|first\s+line)\s+"
    r"(?P<noun>[\w-]+)(\s+(tried|given|used|offered|prescribed|chosen|(an?|the|your|most|many)\s+"
    r"(gp|gps|doctor|doctors)\s+(prescribes?|tries|try|gives?|uses?|chooses?)))?\s*[.!]?\s*",
    re.I,
)
#: The noun a rank names: a kind of treatment (or the drug's own class: "the first antidepressant").
RANK_NOUNS = frozenset(
    {"choice", "treatment", "therapy", "medicine", "medication", "tablet", "drug", "option", "thing", "one"}
)


def keeps_use(unit: Unit) -> bool:
    """Whether `unit` only ranks the drug in focus down, naming no condition and no other agent: the use the
    sentence before it stated carries over it to the next sentence's "Most people start on Z" (decision 0854).

    >>> keeps_use(Unit("For many people it is not the first tablet tried.", []))
    True
    >>> keeps_use(Unit("It is not the first treatment for Y.", [(32, 33, "y", "Disease")]))
    False
    >>> keeps_use(Unit("It is not usually the first medicine.", []))
    True
    >>> keeps_use(Unit("It is not a treatment.", []))
    False
    """
    rank = RANK_DOWN.fullmatch(unit.text)
    if rank is None:
        return False
    noun = rank.group("noun")
    class_noun = [m for m in unit.mentions if m[0] == rank.start("noun") and m[3] == "DrugClass"]
    if noun.lower() not in RANK_NOUNS and not class_noun:
        return False
    return all(m in class_noun or m[3] == "Formulation" for m in unit.mentions)
