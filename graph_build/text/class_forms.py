"""A dosage form is a product's, never a drug class's (decision 0976).

A formulation names what one medicine comes as; a class of medicines has members that come in many forms, and the
graph gives hasFormulation to drugs only (no gold of any development set gives a class a form). The formulation cue
took the class named before it as its subject in two kinds of sentence:

- the class is the predicate noun of the drug, and the relative clause after it speaks of the drug: "Levocabastine is
  an antihistamine that comes as a nasal spray" - the spray is levocabastine's (a relative clause on a predicate noun
  describes the thing the copula names); the claim is given to the drug;
- the class is named for itself: "unlike strong painkillers given by injection" - no drug of the sentence comes as
  an injection; the claim is dropped.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import Found, Unit

#: Right before the class that is a predicate noun: "is a / an", "is also a".
IS_A_BEFORE = re.compile(r"\b(is|was)\s+((also|really|actually|basically)\s+)?an?\s+[*_]{0,2}$", re.I)
#: Right after the class: a relative clause ("that comes as", ", which comes as").
RELATIVE_AFTER = re.compile(r"[*_]{0,2},?\s+(that|which)\b", re.I)


def class_forms(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each hasFormulation claim of a drug class either given to the drug the class is said of ("X is a
    Y that comes as Z") or dropped.

    >>> text = "Levocabastine is an antihistamine that comes as a nasal spray."
    >>> u = Unit(text, [(0, 13, "levocabastine", "Drug"), (20, 33, "antihistamine", "DrugClass"),
    ...                 (49, 60, "nasal-spray", "Formulation")])
    >>> isa = Found("levocabastine", "isA", "antihistamine", "r")
    >>> form = Found("antihistamine", "hasFormulation", "nasal-spray", "r")
    >>> [(f.subject, f.object) for f in class_forms(u, [isa, form])]
    [('levocabastine', 'antihistamine'), ('levocabastine', 'nasal-spray')]
    >>> u = Unit("unlike strong painkillers given by injection", [(14, 25, "analgesic", "DrugClass"),
    ...                                                        (35, 44, "injection", "Formulation")])
    >>> class_forms(u, [Found("analgesic", "hasFormulation", "injection", "r")])
    []
    """
    classes = {m[2] for m in unit.mentions if m[3] == "DrugClass"}
    drugs = {m[2] for m in unit.mentions if m[3] == "Drug"}
    out: list[Found] = []
    for f in found:
        if f.predicate != "hasFormulation" or f.subject not in classes or f.subject in drugs:
            out.append(f)
            continue
        owner = _owner(unit, f.subject, found)
        if owner is not None and not any(
            g.predicate == f.predicate and g.subject == owner and g.object == f.object for g in found
        ):
            out.append(dataclasses.replace(f, subject=owner))
    return out


def _owner(unit: Unit, cls: str, found: list[Found]) -> str | None:
    """The drug the sentence makes a member of the class `cls` ("X is a Y", "It is a Y": its isA claim) when the class
    is its predicate noun and a relative clause follows it."""
    text = unit.text
    for m in unit.mentions:
        if m[2] != cls or m[3] != "DrugClass" or not RELATIVE_AFTER.match(text, m[1]):
            continue
        if not IS_A_BEFORE.search(text, max(0, m[0] - 30), m[0]):
            continue
        members = {f.subject for f in found if f.predicate == "isA" and f.object == cls and not f.negated}
        if len(members) == 1:
            return members.pop()
    return None
