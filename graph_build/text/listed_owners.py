"""An illness that is one item of a list, never the owner of the signs that follow it (decision 1036).

The disease-with readings ("Y, with A and B": relate_sentence_rules; "Y, the A and B of ...": glossed_signs.py) take
the illness right before the comma as the owner of what follows. Two list shapes of lay writing put an illness there
that owns nothing after it:
- a list of who a medicine is not for, each item a "with" phrase: "not for people with a slow heartbeat or heart
  block, with heart failure that is not controlled, or with kidney failure" - the second "with" repeats the first
  ("people with ... , with ..."), so heart failure is another condition of those people, no sign of heart block;
- a list whose items run on past a comma: "the sore throat and the rash, the night sweats, the swollen glands" - the
  illness is the last item of a coordinated pair ("A and the rash"), and what follows is the next item, no gloss.
"""

from __future__ import annotations

import re

from graph_build.text.units import COND, Unit

#: Who a list of conditions belongs to, before the first of them: "people with", "patients who have", "anyone with".
#: A later ", with" in the same sentence (no clause break between) continues that list.
PEOPLE_WITH = re.compile(
    r"\b(?:people|patients|anyone|anybody|someone|somebody|those|children|adults|women|men|babies)"
    r"\s+(?:who\s+(?:have|had|has)|with)\b(?P<rest>[^.;:!?]*)$",
    re.I,
)
#: Right before an illness: the conjunction that makes it the last item of a pair ("... and the rash", "or a fever").
LAST_ITEM = re.compile(r"\b(?:and|or)\s+(?:(?:the|a|an|his|her|my|your|their|some)\s+)?$", re.I)
#: How far before the conjunction the pair's other item may start.
PAIR_SPAN = 40


def in_people_list(text: str, start: int) -> bool:
    """Whether the illness at `start` is one of the conditions a "people with" list names earlier in its sentence.

    >>> t = "It is not for people with heart block, with heart failure, or with kidney failure."
    >>> in_people_list(t, t.index("heart block"))
    True
    >>> in_people_list("Rarely it causes meningitis, with headache and fever.", 17)
    False
    >>> in_people_list("People with asthma. Later, meningitis, with a fever.", 27)
    False
    """
    return bool(PEOPLE_WITH.search(text, 0, start))


def last_of_pair(unit: Unit, owner: tuple) -> bool:
    """Whether the illness `owner` is the second item of a coordinated pair of conditions ("the sore throat and the
    rash"): a list item, whose comma goes on to the list's next item, not to a gloss.

    >>> u = Unit("He had a sore throat and the rash, the night sweats.", [(9, 20, "sore-throat", "Symptom"),
    ...     (29, 33, "rash", "Disease"), (39, 51, "night-sweats", "Symptom")])
    >>> last_of_pair(u, u.mentions[1])
    True
    >>> u = Unit("It does not treat rosacea, the flushing.", [(18, 25, "rosacea", "Disease"), (31, 39, "flushing",
    ...     "Symptom")])
    >>> last_of_pair(u, u.mentions[0])
    False
    """
    conj = LAST_ITEM.search(unit.text, max(0, owner[0] - 30), owner[0])
    if conj is None:
        return False
    return any(m[3] in COND and conj.start() - PAIR_SPAN <= m[0] and m[1] <= conj.start() for m in unit.mentions)
