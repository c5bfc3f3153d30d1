"""The signs an effect comes with are no effects of their own (decision 0912): "Rarely, it may cause inflammation of
the bowel, with pain and diarrhoea", "a severe skin reaction with a rash and fever", "a serious allergic reaction, with
a swollen face and trouble breathing".

The list after "with" says what the named effect looks like: the effect is the drug's, its signs are the effect's
(the development golds write the reaction, not a rash and a fever of their own: decision 0889 already gives an
allergic reaction no signs). So an adverse effect named in a "with" list (no clause break) right after an event that
has signs - a disease named, or a reaction, inflammation, infection, illness, syndrome or disorder, named by a
vocabulary or not - gives no claim; the event's own claim stands where it is read. A symptom before "with" ("a
headache with nausea") is read as before: a symptom is no event that has signs; nor is a vague "<organ> problems"
("liver problems with jaundice": the sign says what the problem is, and is the effect, decision 0712).
"""

from __future__ import annotations

import re

from graph_build.text.units import DISEASE, Found, Unit

#: Before a sign: "with" (after a comma or not) and the list up to the sign, no clause break.
WITH_SIGNS = re.compile(
    r"[*_]*\s*,?\s+with\s+(?:(?!\b(?:and\s+then|which|but|so|while|although|if|when)\b)[^.;:()!?])*$", re.I
)
#: The head of an event that has signs, right before them: a reaction, an inflammation, an infection, an illness
#: ("a serious skin reaction with", "inflammation of the bowel, with", "a bad bowel infection with").
EVENT_HEAD = re.compile(
    r"\b(?:reactions?|inflammation|infections?|illness(?:es)?|syndromes?|disorders?)(?:\s+(?:of|in)\s+(?:the\s+)?"
    r"[a-z]+)?$",
    re.I,
)
#: A vague event, "<organ> problems", that the sign after "with" names what it is ("liver problems with jaundice",
#: "stomach problems with bleeding": the sign is the effect, decision 0712), no event with signs of its own.
VAGUE = re.compile(r"\b(?:problems?|trouble|issues?|upsets?)\W*$", re.I)
#: How far after the event its signs may be named.
REACH = 90


def signs_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the adverse effects named in a "with" list right after an event that has signs (a reaction, an
    inflammation, an infection, an illness, or a disease named).

    >>> u = Unit("It may cause colitis, with pain and diarrhoea.", [(13, 20, "colitis", "Disease"),
    ...          (27, 31, "pain", "Symptom"), (36, 45, "diarrhea", "Symptom")])
    >>> f = [Found("x", "hasAdverseEffect", s, "r") for s in ("colitis", "pain", "diarrhea")]
    >>> [g.object for g in signs_dropped(u, f)]
    ['colitis']
    >>> u = Unit("It may cause a headache with nausea.", [(15, 23, "headache", "Symptom"),
    ...          (29, 35, "nausea", "Symptom")])
    >>> [g.object for g in signs_dropped(u, [Found("x", "hasAdverseEffect", s, "r") for s in ("headache", "nausea")])]
    ['headache', 'nausea']
    """
    text, signs = unit.text, set()
    for m in unit.mentions:
        at = text.rfind(" with ", max(0, m[0] - REACH), m[0])
        gap = WITH_SIGNS.search(text[: m[0]], max(0, at - 4)) if at >= 0 else None
        if gap is None:
            continue
        head = text[: gap.start()]
        named = [
            e for e in unit.mentions if e[1] == gap.start() and e[2] != m[2] and not VAGUE.search(text[e[0] : e[1]])
        ]
        if EVENT_HEAD.search(head) or any(e[3] in DISEASE for e in named):
            signs.add(m[2])
    if not signs:
        return found
    return [f for f in found if not (f.predicate == "hasAdverseEffect" and not f.negated and f.object in signs)]
