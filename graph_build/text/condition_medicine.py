"""A use named by a medicine noun the condition modifies (decision 0767): "X is a migraine medicine", "It is a
Parkinson's medicine taken each morning", "X is one of the epilepsy drugs": the copula says what the agent is, and
the noun of medicine says it is the condition's medicine; the agent treats the condition.

Strict on purpose: the sentence's own subject (an agent right before "is / are", or a pronoun for the drug in focus
opening the sentence), a copula and an article ("is a", "is also an", "is one of the") right before the condition,
and a noun of medicine right after it ("medicine", "medication", "drug", "tablet", in either number). An apposition
("phenytoin, an epilepsy medicine, raises ...") is left alone: it names a partner by its use in passing, and the golds
do not write that use. No negation before the condition ("X is not a migraine medicine" is left to the cue rules),
and nothing a name of a class already holds ("a blood pressure medicine" is the class's name, read by the class
rules).
"""

from __future__ import annotations

import re

from graph_build.text.denial_words import denial_words
from graph_build.text.relate_cues import _use_status
from graph_build.text.relate_objects import _status
from graph_build.text.subjects import PRONOUN, pronoun_referent
from graph_build.text.units import AGENT, COND, Discourse, Found, Unit

#: Right before the condition: a copula and an article ("is a", "is also an", "are one of the").
COPULA_BEFORE = re.compile(r"\b(is|are)\s+(also\s+)?(an?|one of the)\s+$", re.I)
#: Right after the condition: (a possessive cut off by the recogniser and) a noun of medicine.
MEDICINE_AFTER = re.compile(r"('s)?\s+(medicines?|medications?|drugs?|tablets?)\b", re.I)
#: Between the subject and the copula: nothing, or a bracket ("X (brand name Y) is a ...", "**X** (Y) is ...").
SUBJECT_GAP = re.compile(r"\s*(\*\*|__)?\s*(\([^()]*\)\s*)?$")
#: A pronoun for the drug in focus opening the sentence ("It is a Parkinson's medicine").
OPENING_PRONOUN = re.compile(r"\s*(\*\*|__)?(it|this medicine|this drug)\s+$", re.I)
NEGATION = re.compile(denial_words("neither", "nor"), re.I)


def copula_subject(unit: Unit, ctx: Discourse, i: int, cut: int) -> tuple[str | None, str]:
    """The sentence's own subject before offset `cut` (a copula or verb of use), and the words it was resolved from:
    an agent named right before it (a bracket or emphasis between allowed), or a pronoun for the drug in focus
    opening the sentence. `i`: the index of the condition's mention (the agent is named before it)."""
    before = unit.text[:cut]
    head_end = SUBJECT_GAP.search(before).start()  # (the name's end, before a bracket)
    agents = [m for m in unit.mentions[:i] if m[3] in AGENT and m[1] <= head_end]
    if agents and not before[agents[-1][1] : head_end].strip(" *_"):
        return agents[-1][2], ""
    if OPENING_PRONOUN.fullmatch(before) and ctx.focus:
        pronoun = PRONOUN.search(unit.text, 0, cut)
        who = pronoun_referent(unit, pronoun, {"Drug"}, ctx) if pronoun else None
        if who and who.slug:
            return who.slug, who.resolved_from
    return None, ""


def condition_medicines(unit: Unit, ctx: Discourse) -> list[Found]:
    """The uses "X is a <condition> medicine" states.

    >>> ms = [(0, 1, "x", "Drug"), (7, 8, "y", "Disease")]
    >>> [(f.subject, f.object) for f in condition_medicines(Unit("X is a Y medicine.", ms), Discourse())]
    [('x', 'y')]
    >>> apposition = [(0, 1, "x", "Drug"), (5, 6, "y", "Disease")]
    >>> condition_medicines(Unit("X, a Y medicine, is fine.", apposition), Discourse())
    []
    """
    text, found = unit.text, []
    for i, condition in enumerate(unit.mentions):
        if condition[3] not in COND or not MEDICINE_AFTER.match(text, condition[1]):
            continue
        copula = COPULA_BEFORE.search(text, 0, condition[0])
        if copula is None:
            continue
        subject, resolved = copula_subject(unit, ctx, i, copula.start())
        if subject is None or subject == condition[2] or NEGATION.search(text, 0, condition[0]):
            continue
        status = _status(unit, condition)
        if status.negated or status.absent:
            continue
        qualifiers = _use_status(text[copula.start() :].lower())
        found.append(
            Found(
                subject,
                "treats",
                condition[2],
                "condition-medicine",
                False,
                status.certainty,
                qualifiers,
                resolved_from=resolved,
            )
        )
    return found
