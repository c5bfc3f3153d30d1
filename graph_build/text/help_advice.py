"""Advice to a reader or a carer, no use of the drug (decision 0884): help as a thing to get ("get help quickly for
chest pain", "seek medical help for Y", "call for help if Y") and first aid given by a person ("If he cuts himself,
help him press on the wound"), and since decision 1012 a person as the helper ("- She can help with spotting and
warm-ups": a coach's help, no drug's). The "help" of the treats cue is the drug's helping ("X helps Y"); in these
sentences the helper is a person or a service, and the condition is what to watch for or what the person helps with,
never what the drug is for.
"""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: Before a condition in its clause: help, advice or care as a thing to get ("get help quickly for Y", "seek urgent
#: medical advice about Y", "ask for help if Y", "needs medical attention for Y").
HELP_TO_GET_BEFORE = re.compile(
    r"\b(get|gets|getting|got|seek|seeks|seeking|call|calls|calling|ask|asks|asking|need|needs|needing|find|fetch|"
    r"phone|ring|want)\s+(for\s+)?((urgent|emergency|immediate|medical|quick|prompt|expert|professional|some)\s+){0,2}"
    r"(help|advice|attention|care|assistance)\b[^.;:]{0,40}$",
    re.I,
)
#: In the sentence: help given to a person by the reader ("help him press on the wound", "- Help her sit up"): an
#: imperative "help" at the start of a clause with a person as its object.
HELP_A_PERSON = re.compile(
    r"(^|[-\u2022*]\s+|[,;:]\s+|\b(please|then)\s+)help\s+(him|her|them|me|us|someone|the\s+(person|child|patient))\b",
    re.I,
)

#: A person as the helper (decision 1012): "She can help with spotting and warm-ups", "I help with the shopping": a
#: personal pronoun that never stands for a medicine, then auxiliaries or adverbs, then "help"; what follows in the
#: clause is what the person helps with, no use of the drug.
PERSON_HELPS = re.compile(
    r"\b(she|he|I|we|you)\s+((can|could|will|would|may|might|also|often|usually|sometimes|still|always|did|does|do)"
    r"\s+)*help(s|ed|ing)?\b",
    re.I,
)
#: The end of the helping's clause.
CLAUSE_END = re.compile(r"[.;:!?]|,\s+(but|and|so|while|although)\s")


def help_advice(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the uses read from advice to get help or to give first aid.

    >>> u = Unit("If it spreads, get help quickly for swollen lips.", [(32, 44, "lips", "S")])
    >>> help_advice(u, [Found("x", "treats", "lips", "r")])
    []
    >>> u = Unit("X helps swollen lips.", [(8, 20, "lips", "S")])
    >>> [f.object for f in help_advice(u, [Found("x", "treats", "lips", "r")])]
    ['lips']
    >>> u = Unit("She can help with spotting at practice.", [(18, 26, "metrorrhagia", "S")])
    >>> help_advice(u, [Found("x", "treats", "metrorrhagia", "r")])
    []
    """
    person = HELP_A_PERSON.search(unit.text)
    helped = person.end() if person is not None else len(unit.text)
    out = []
    for f in found:
        if f.predicate == "treats" and not f.negated:
            spans = [m for m in unit.mentions if m[2] == f.object]
            # (never "help him take X for Y": the drug named after the helping is its own clause's use)
            after = any(m[2] == f.subject and m[0] >= helped for m in unit.mentions)
            if spans and not after and all(m[0] >= helped for m in spans):
                continue  # "If he cuts himself, help him press on the wound": the object in the helping's clause
            if spans and all(HELP_TO_GET_BEFORE.search(unit.text, max(0, m[0] - 80), m[0]) for m in spans):
                continue  # "get help quickly for chest pain"
            if spans and not after and all(_person_helps(unit.text, m[0]) for m in spans):
                continue  # "She can help with spotting": the person's help (decision 1012)
        out.append(f)
    return out


def _person_helps(text: str, at: int) -> bool:
    """Whether the mention at offset `at` follows a person's "help" in its clause ("She can help with Y").

    >>> _person_helps("She can help with spotting.", 18), _person_helps("It can help with spotting.", 17)
    (True, False)
    """
    return any(not CLAUSE_END.search(text, helps.end(), at) for helps in PERSON_HELPS.finditer(text, 0, at))
