"""The use a sentence gives the partner it has just cleared (decision 0982): "X does not interact with paracetamol, so
she can take that for her back", "... so that's fine for a headache", "... so that can be taken for the pain": the
demonstrative after "so" points back to the medicine the denied interaction names last, and the clause states what
that medicine is taken for.

Strict on purpose: the medicine (or a list "A or B") follows "not interact with" / "n't interact with" at once (a
possessive or article and markup may stand between); between it and ", so" only the noun of its product ("his
salbutamol inhaler", "antihistamine tablets"); then "that" / "these" / "those" (never "it", which may as well be the
sentence's subject: "Paracetamol does not interact with primaquine, so he can take it for a headache" is the
paracetamol's, decision 0941) in one of three shapes:
- "<taker> (can / could / may) (still / also) take / use / have <that> for Y" (a pronoun, a word of people, a name);
- "<that> is / 's / are (still / also) fine for Y";
- "<that> can (still / also) be taken / used / given for Y".
The condition(s) follow "for" with at most a determiner or possessive and one modifier, then the clause's end or a
short adjunct of the occasion ("after practice", "as usual"). A negation or a modal of doubt in the clause gives
nothing ("so she cannot take that for her back" is no use stated).
"""

from __future__ import annotations

import re

from graph_build.text.relative_uses import uses
from graph_build.text.units import AGENT, COND, Found, Unit

#: Right before the partner: the denied interaction ("does not interact with", "doesn't interact with his").
DENIED_WITH = re.compile(
    r"(\bnot|n['\u2019]t|\bnever)\s+interact\s+with\s+((his|her|their|my|your|our|the|any)\s+)?(\*\*|__)?$", re.I
)
#: Between two partners of one list: "paracetamol or ibuprofen".
LIST_GAP = re.compile(r"(\*\*|__)?(\s*,\s*|\s+)(and|or)\s+(\*\*|__)?|(\*\*|__)?\s*,\s*(\*\*|__)?", re.I)
#: From the (last) partner to the condition: at most two words of its product, ", so", the demonstrative in one of
#: the three shapes, "for", at most a determiner or possessive and one modifier.
SO_THAT_FOR = re.compile(
    r"(\*\*|__)?(\s+[a-z]+){0,2}?,?\s+so\s+("
    r"(((I|you|we|they|s?he|people|patients|members|everyone|(?-i:[A-Z][a-z]+))\s+)"
    r"((can|could|may)\s+)?((still|also|just)\s+)?(take|takes|took|use|uses|used|have|has|had)\s+(that|those|these|them)"
    r"|(that|these|those)(['\u2019]s|\s+is|\s+are)\s+((still|also|just)\s+)?fine"
    r"|(that|these|those)\s+can\s+((still|also)\s+)?be\s+(taken|used|given)))"
    r"\s+for\s+((the|an?|her|his|their|my|your|our|any)\s+)?([a-z'-]+\s+)?$",
    re.I,
)
#: Between two conditions the clause names: "and", "or", a comma before a last "and / or".
CONDITION_GAP = re.compile(r"\s*(,\s*|\s+)(and|or)\s+((the|an?|her|his|their|my|your|our)\s+)?", re.I)
#: Right after the last condition: the clause's end, or a short adjunct of the occasion (no verb, negation or second
#: "for": "after practice", "after a long day", "as usual").
CLAUSE_END = re.compile(
    r"(['\u2019]s)?(\*\*|__)?(\s+((after|before|on|during)\s+(?![^,.;:!?]*\b(not|no|never|for|is|are|was|were|can|"
    r"may|might|will|would)\b)[^,.;:!?()]{1,40}?|as\s+(usual|normal|before|prescribed|needed|always)))?"
    r"(\s*[,.;:!?)]|\s+[-\u2013\u2014]\s|\s*$)",
    re.I,
)


def partner_uses(unit: Unit, found: list[Found]) -> list[Found]:
    """The uses "X does not interact with A (or B), so she can take that for Y" states of A (and B), not in `found`.

    >>> t = "X does not interact with paracetamol, so she can take that for a headache."
    >>> ms = [(25, 36, "acetaminophen", "Drug"), (65, 73, "headache", "Disease")]
    >>> [(f.subject, f.object, f.rule) for f in partner_uses(Unit(t, ms), [])]
    [('acetaminophen', 'headache', 'partner-use')]
    >>> t = "X does not interact with paracetamol, so she can take it for a headache."
    >>> partner_uses(Unit(t, [(25, 36, "acetaminophen", "Drug"), (63, 71, "headache", "Disease")]), [])
    []
    """
    text, mentions = unit.text, unit.mentions
    known = {(f.subject, f.predicate, f.object) for f in found}
    out: list[Found] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        if first[3] not in AGENT or not DENIED_WITH.search(text, 0, first[0]):
            i += 1
            continue
        agents, j = [first], i
        while (
            j + 1 < len(mentions)
            and mentions[j + 1][3] in AGENT
            and LIST_GAP.fullmatch(text, mentions[j][1], mentions[j + 1][0])
        ):
            j += 1
            agents.append(mentions[j])
        i = j + 1
        k = j + 1
        while k < len(mentions) and mentions[k][3] not in COND and mentions[k][3] not in AGENT:
            k += 1  # (a taker the recogniser names: "so people with diabetes ..." never reaches "for" by the pattern)
        if k >= len(mentions) or mentions[k][3] not in COND:
            continue
        if not SO_THAT_FOR.fullmatch(text, agents[-1][1], mentions[k][0]):
            continue
        conditions = [mentions[k]]
        while k + 1 < len(mentions) and mentions[k + 1][3] in COND:
            if not CONDITION_GAP.fullmatch(text, mentions[k][1], mentions[k + 1][0]):
                break
            k += 1
            conditions.append(mentions[k])
        if not CLAUSE_END.match(text, conditions[-1][1]):
            continue
        out += uses(unit, agents, conditions, known, "partner-use")
    return out
