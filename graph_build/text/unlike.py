"""What a contrast opening a sentence says of the medicine it names (decision 0790): "Unlike beta blockers, it does
not lower the heart rate" denies the lowering for the sentence's drug and says it of beta blockers; "Unlike levodopa,
it does not add dopamine", "Unlike water tablets, it does not make you pass more urine". The development golds write
the contrasted medicine's step asserted wherever a text says so (sealed22, sealed23, sealed24, sealed25, sealed27).

Read only for a raising or lowering step (increases, decreases) that the sentence's own clause denies plainly
(asserted, negated: "does not lower"), when the sentence opens with "Unlike" and a medicine or a class of them
(at most a determiner or "most"/"other"/"older" between; never "some" or "many", a part of the class only: decision
0927), the contrast closed by a comma before the denying clause, and the denied claim's subject is another agent. A
hedged denial ("may not lower") or an asserted main clause ("Unlike A, X lowers Y") says nothing of A.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph_build.text.units import Found, Unit

#: The sentence's opening contrast: "Unlike", then at most a determiner or a quantifier before the medicine.
UNLIKE = re.compile(r"[\W_]*unlike\s+(?:(?:the|most|many|other|older|some)\s+)*", re.I)
#: A contrast with only part of a class ("Unlike some blood pressure tablets", "Unlike many older sleeping tablets"):
#: what the main clause denies is true of some of them only, so no step is carried over to the class (decision 0927,
#: as 0818 for a use). "most" stays: "Unlike beta blockers and most other angina tablets" names beta blockers first.
PART_OF_CLASS = re.compile(r"[\W_]*unlike\s+(?:(?:the|other|older)\s+)*(?:some|many)\b", re.I)
#: The steps a contrast carries over.
STEPS = frozenset({"increases", "decreases"})
#: After the contrast's comma: the main clause's subject and its plain denial.
DENYING = re.compile(
    r",\s+(?:it|they|this\s+medicine|[\w-]+)\s+(?:does\s+not|do\s+not|doesn't|don't|will\s+not|won't|cannot|can't)\b",
    re.I,
)


def contrasted_agents(unit: Unit, found: list[Found]) -> list[Found]:
    """The contrasted medicine's steps: each plainly denied step of the sentence, asserted of the medicine after
    "Unlike".

    >>> t = "Unlike beta blockers, it does not lower the heart rate."
    >>> u = Unit(t, [(7, 20, "beta-blocker", "DrugClass"), (44, 54, "heart-rate", "BiologicalProcess")])
    >>> f = [Found("ivabradine", "decreases", "heart-rate", "decreases-cue", True)]
    >>> [(x.subject, x.predicate, x.object, x.negated) for x in contrasted_agents(u, f)]
    [('beta-blocker', 'decreases', 'heart-rate', False)]
    >>> contrasted_agents(Unit("Unlike beta blockers, it lowers the heart rate.", u.mentions), [])
    []
    >>> t = "Unlike some beta blockers, it does not lower the heart rate."
    >>> v = Unit(t, [(12, 25, "beta-blocker", "DrugClass"), (49, 59, "heart-rate", "BiologicalProcess")])
    >>> contrasted_agents(v, f)
    []
    """
    first = _contrasted(unit, UNLIKE)
    if first is None or PART_OF_CLASS.match(unit.text):
        return []
    return [
        replace(f, subject=first[2], negated=False)
        for f in found
        if f.predicate in STEPS and f.negated and f.certainty == "Asserted" and f.subject != first[2]
    ]


#: The opening contrast of a use: "(And / But) unlike", at most "the / a / an" before the medicine; never a quantified
#: class ("Unlike some other antibiotics for Y" is true of some of them only: decision 0818).
UNLIKE_USE = re.compile(r"[\W_]*((and|but)\s+)?unlike\s+((the|an?)\s+)?", re.I)
#: The cue rules of a use whose plain denial the contrast carries over.
USE_RULES = frozenset({"treats-cue", "medicine-for", "taken-for", "fine-for"})


def contrasted_uses(unit: Unit, found: list[Found]) -> list[Found]:
    """The contrasted medicine's use (decision 0861): "Unlike paracetamol, it does not relieve pain", "And unlike
    ibuprofen, it does not ease back ache" deny the use for the sentence's drug and say it of the medicine after
    "unlike" (the golds of sealed27 and sealed45 write it so). Only a plainly denied, asserted use of another agent
    whose clause is the contrast's main clause, the medicine named right after "unlike" (a determiner at most).

    >>> u = Unit("Unlike aspirin, it does not ease gout.", [(7, 14, "aspirin", "Drug"), (33, 37, "gout", "Disease")])
    >>> f = [Found("x", "treats", "gout", "treats-cue", True)]
    >>> [(x.subject, x.object, x.negated) for x in contrasted_uses(u, f)]
    [('aspirin', 'gout', False)]
    >>> contrasted_uses(Unit("Unlike some aspirins, it does not ease gout.", [(12, 20, "aspirin", "Drug")]), f)
    []
    """
    first = _contrasted(unit, UNLIKE_USE)
    if first is None:
        return []
    return [
        replace(f, subject=first[2], negated=False, qualifiers=())
        for f in found
        if f.predicate == "treats" and f.rule in USE_RULES and f.negated and f.certainty == "Asserted"
        and f.subject != first[2] and f.object != first[2]
    ]  # fmt: skip


def _contrasted(unit: Unit, opening_pattern: re.Pattern) -> tuple | None:
    """The medicine right after the sentence's opening contrast (`opening_pattern`), when a comma then closes the
    contrast before a plainly denying main clause; else None."""
    text = unit.text
    opening = opening_pattern.match(text)
    if opening is None:
        return None
    first = next((m for m in unit.mentions if m[0] >= opening.end()), None)
    if first is None or first[0] != opening.end() or first[3] not in ("Drug", "DrugClass"):
        return None
    comma = text.find(",", first[1])
    if comma < 0 or not DENYING.match(text, comma):
        return None
    return first


#: After the contrast's comma: the main clause's subject is the sentence's drug by a pronoun or a description ("Unlike
#: A, it works only in Y", "Unlike A, this medicine acts on Y").
DRUG_MAIN_CLAUSE = re.compile(
    r",\s+(it|they|this(\s+(medicine|drug|tablet|cream|one))?|the\s+(medicine|drug|tablet|cream))\b", re.I
)


def contrasted_subject(unit: Unit, found: list[Found], drug: str | None) -> list[Found]:
    """`found` with a claim of the main clause given to the sentence's drug, never to the medicine it is contrasted
    with (decision 0865): "Unlike an antibiotic, it works only in the bladder" says where the drug acts, nothing of
    antibiotics. A claim whose subject is the contrasted medicine and whose object lies after the contrast's comma is
    the drug's (`drug`, the one in focus), or left out when no drug is in focus. (The plainly denied steps and uses
    the contrast carries over, contrasted_agents and contrasted_uses, are added after this.)

    >>> u = Unit("Unlike a painkiller, it works only in the bladder.",
    ...     [(9, 19, "analgesic", "DrugClass"), (41, 48, "urinary-bladder", "Site")])
    >>> f = [Found("analgesic", "actsOn", "urinary-bladder", "r")]
    >>> [(x.subject, x.object) for x in contrasted_subject(u, f, "x")]
    [('x', 'urinary-bladder')]
    >>> contrasted_subject(u, f, None)
    []
    """
    text = unit.text
    ends = {o.end() for o in (UNLIKE.match(text), UNLIKE_USE.match(text)) if o is not None}
    if not ends:
        return found
    first = next((m for m in unit.mentions if m[0] >= min(ends)), None)
    if first is None or first[0] not in ends or first[3] not in ("Drug", "DrugClass"):
        return found
    comma = text.find(",", first[1])
    if comma < 0 or not DRUG_MAIN_CLAUSE.match(text, comma):
        return found
    after = {m[2] for m in unit.mentions if m[0] > comma}
    out = []
    for f in found:
        if f.subject != first[2] or f.object not in after or f.object == first[2]:
            out.append(f)
        elif drug and drug != first[2]:
            out.append(replace(f, subject=drug))
    return out
