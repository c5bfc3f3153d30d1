"""A use named by whom the drug is given to (decision 0809): "It is mainly used for people with very high
triglycerides", "X is prescribed to adults with alcohol dependence", "It is also used for people who have had a heart
attack", "It is also sometimes given to children with gastroenteritis who keep vomiting". A present passive verb of
use with no modal says what the drug is used for; the condition is what the people it is used for have.

Strict on purpose, as decisions 0714 and 0767 read "for people with Y" as who may take it: the sentence's own subject
(an agent right before "is / are", a bracket allowed between, or a pronoun for the drug in focus opening the
sentence); "is / are", adverbs of frequency or scope only ("also", "mainly", "sometimes"; never a modal: "can be used
for people with asthma" says who may take it, "should not be given to people with Y" forbids), a verb of use, "for /
to", a group of people and "with" or "who have (had)" right before the condition; no negation before it; and no word of
how it is given after it in the sentence ("at a lower dose", "with care", "under supervision", "only if": the
condition is then the dose's context, no use).
"""

from __future__ import annotations

import re

from graph_build.text.condition_medicine import NEGATION, copula_subject
from graph_build.text.people_words import people
from graph_build.text.relate_cues import _use_status
from graph_build.text.relate_objects import _status
from graph_build.text.units import COND, Discourse, Found, Unit

#: Right before the condition: the copula, adverbs, a verb of use, the people and what they have.
ADVERBS = r"also|mainly|mostly|chiefly|largely|usually|often|commonly|generally|sometimes|only|now"
USED_FOR_PEOPLE = re.compile(
    rf"\b(is|are)((\s+({ADVERBS}))*)\s+(used|prescribed|given|licensed|offered)\s+(for|to)\s+(some\s+)?"
    rf"({people()})(\s+aged\s+[\w-]+(\s+(and|or)\s+(over|older|above))?)?"
    r"\s+(with|who\s+(have|has|had|have\s+had|has\s+had))\s+((an?|the|their)\s+)?((very|severe|severely|persistent|"
    r"persistently|long-term)\s+)?$",
    re.I,
)
#: After the condition, in its sentence: how the drug is given to those people, not what it is for.
MANNER_AFTER = re.compile(
    r"\b(at\s+(a\s+)?(lower|reduced|smaller|higher|low|different)\s+doses?|with\s+(care|caution)|carefully|cautiously|"
    r"under\s+(close\s+)?supervision|only\s+(if|when|under|after)|safely)\b",
    re.I,
)


def population_uses(unit: Unit, ctx: Discourse) -> list[Found]:
    """The uses "X is used for people with Y" states.

    >>> ms = [(0, 1, "x", "Drug"), (33, 34, "y", "Disease")]
    >>> [(f.subject, f.object) for f in population_uses(Unit("X is mainly used for people with Y.", ms), Discourse())]
    [('x', 'y')]
    >>> ms = [(0, 1, "x", "Drug"), (26, 27, "y", "Disease")]
    >>> population_uses(Unit("X is given to people with Y at a lower dose.", ms), Discourse())
    []
    """
    text, found = unit.text, []
    for i, condition in enumerate(unit.mentions):
        if condition[3] not in COND:
            continue
        cue = USED_FOR_PEOPLE.search(text, 0, condition[0])
        if cue is None or cue.end() != condition[0]:
            continue
        subject, resolved = copula_subject(unit, ctx, i, cue.start())
        if subject is None or subject == condition[2] or NEGATION.search(text, 0, condition[0]):
            continue
        if MANNER_AFTER.search(text, condition[1]):
            continue
        status = _status(unit, condition)
        if status.negated or status.absent:
            continue
        found.append(
            Found(
                subject,
                "treats",
                condition[2],
                "used-for-people-with",
                False,
                status.certainty,
                _use_status(text[cue.start() :].lower()),
                resolved_from=resolved,
            )
        )
    return found
