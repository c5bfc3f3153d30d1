"""Conditions a use's sentence names that are not the use (decision 0875).

A treats claim names what the drug is given for. Four kinds of condition mention in a use's sentence are not that:

1. A gloss on the use: "X is used to prevent Y, the itchy, red, watery eyes that pollen brings on", "a spray is used
   for Y, the blocked, runny nose of the same allergy". The appositive after the use describes Y by its signs (and
   names the condition Y belongs to); each sign is Y's, no use of its own. A gloss is told from a list ("for Y, the
   common cold and Z") by its shape: no "and"/"or" in it (a list ends with one), or a comma between its describing
   words ("the itchy, red eyes") before its first condition.
2. A form of the drug named in another clause than the use: "It comes as eye drops, and a nose spray version is used
   for Y". The form before ", and" is what the drug comes as, not what is used for Y (the clause's own subject is
   another form the vocabularies do not name).
3. A place: "it helps the platelets stick together at the site of an injury" - the injury is where, not what for.
4. A condition in a clause of time whose own passive "is treated" names it: "while an infection is treated, she gets
   no withdrawal symptoms" - the "treated" is that clause's, and no condition after its comma is treated by the drug.
5. Who the use is for, after the use (decision 1126): "It treats Y in adults with a large spleen or anaemia", "It is
   prescribed for severe Y in women in whom diarrhoea is the main symptom", "It is for Y in adults who also have Z".
   The condition after "in <people> with / who have / whose / in whom" describes the people the drug is given to for
   Y, no use of its own (a condition that opens the use - "It is used in people with Y" - stays: population_uses).

The golds write none of these as a use; each dropped claim is a claim the sentence does not make.
"""

from __future__ import annotations

import re

from graph_build.text.thing_for import MEDICINE_HEADS
from graph_build.text.units import COND, Found, Unit

#: Right after a use's condition: the start of an appositive gloss (", the ...", ", a ...", ", an ...").
GLOSS_OPENING = re.compile(r"[*_]{0,2},\s+(the|a|an)\s+", re.I)
#: Where a gloss ends: the sentence's end or a stronger stop.
GLOSS_END = re.compile(r"[;:()\u2013\u2014]|\s-\s|\.\s|\.$")
#: A coordination inside a stretch: then it may be a list, not a gloss.
COORDINATION = re.compile(r"\b(and|or|nor|but)\b", re.I)
#: Describing words joined by commas before a gloss's first condition ("the itchy, red, watery eyes").
COORDINATE_ADJECTIVES = re.compile(r"^[\w-]+,\s+", re.I)
#: Between a form of the drug and a use's condition: a new clause with its own subject (", and a spray version is
#: used for", "; the tablets are used for").
CLAUSE_BREAK = re.compile(r",\s+(and|but|while|whereas)\s+(a|an|the|its|this|that|some)\s+|;\s+", re.I)
#: Right before a condition: a place named by it ("at the site of an injury", "at the place of the wound").
PLACE_OF = re.compile(
    r"\b(at|near|around|to)\s+the\s+(site|place|spot|area)s?\s+of\s+((an?|the|your|their)\s+)?$", re.I
)
#: A clause of time whose own passive verb is "treated" ("while an infection is treated,", "when the cancer is being
#: treated,"): the clause's comma closes it.
TREATED_CLAUSE = re.compile(
    r"\b(while|whilst|when|until|as|before|after)\s+[^,.;]{0,40}?\b(is|are|was|were)\s+(being\s+)?treated\b[^,.;]{0,30},",
    re.I,
)

#: After a use's condition: the people it is given to, described by a condition of theirs ("in adults with", "in
#: people who have", "in women in whom", "in children whose"; decision 1126).
PEOPLE_WITH = re.compile(
    r"\)?\s+in\s+whom\b|\)?\s+in\s+(?:(?:some|many|most|all|certain|older|younger|young|elderly|adult|grown-up)\s+)?"
    r"(?:people|persons|patients|adults|children|kids|babies|infants|teenagers|women|men|girls|boys|those|anyone|"
    r"someone|smokers|adolescents)\b(?:\s+(?:aged|over|under|of|from)\s+[\w-]+(?:\s+(?:and|or)\s+(?:over|under|"
    r"older|above))?)?,?\s+(?:with|who\s+(?:also\s+)?(?:have|has|had|get|are)|whose|in\s+whom)\b",
    re.I,
)
#: Where the people's description ends: the sentence's end or a stronger stop, or a new clause.
PEOPLE_END = re.compile(
    r"[;:()\u2013\u2014]|\s-\s|\.\s|\.$|,\s+(?:and|but|so)\s+(?:it|this|they|he|she|i|you|we)\b", re.I
)


def _people_spans(unit: Unit, uses: set[str]) -> list[tuple[int, int, str]]:
    """The descriptions of who gets the drug after a mention of one of `uses`: (start, end, that use's slug).

    >>> u = Unit("It treats Y in adults with Z.", [(10, 11, "y", "Disease"), (27, 28, "z", "Disease")])
    >>> _people_spans(u, {"y"})
    [(26, 28, 'y')]
    """
    text = unit.text
    spans = []
    for m in unit.mentions:
        if m[2] not in uses:
            continue
        people = PEOPLE_WITH.match(text, m[1])  # (right after the use: "Y in adults with Z", "Y in whom Z")
        if people is None:
            continue
        stop = PEOPLE_END.search(text, people.end())
        spans.append((people.end(), stop.start() if stop else len(text), m[2]))
    return spans


def _gloss_spans(unit: Unit, uses: set[str]) -> list[tuple[int, int, str]]:
    """The glosses of `uses` in the unit: (start, end, the glossed use's slug)."""
    text = unit.text
    spans = []
    for m in unit.mentions:
        if m[2] not in uses:
            continue
        opening = GLOSS_OPENING.match(text, m[1])
        if opening is None:
            continue
        stop = GLOSS_END.search(text, opening.end())
        end = stop.start() if stop else len(text)
        inside = [n for n in unit.mentions if opening.end() <= n[0] < end and n[3] in COND]
        if not inside:
            continue
        before_first = text[opening.end() : min(n[0] for n in inside)]
        if COORDINATION.search(text, opening.end(), end) and not COORDINATE_ADJECTIVES.match(before_first):
            continue  # ("for Y, the common cold and Z": a list)
        spans.append((opening.end(), end, m[2]))
    return spans


def _a_form(text: str, mention: tuple) -> bool:
    """Whether `mention` names a form of a medicine: the Formulation class, or a name ending in a form's word ("eye
    drops" read as a class of drops)."""
    words = text[mention[0] : mention[1]].lower().split()
    return mention[3] == "Formulation" or bool(words and words[-1] in MEDICINE_HEADS)


def _form_across_clause(unit: Unit, f: Found) -> bool:
    """Whether the subject of a use is a form of the drug named only in a clause before the use's ("It comes as eye
    drops, and a spray version is used for Y").

    >>> u = Unit("It comes as eye drops, and a spray version is used for hay fever.",
    ...     [(12, 21, "ophthalmic-solution", "Formulation"), (55, 64, "hay-fever", "Disease")])
    >>> _form_across_clause(u, Found("ophthalmic-solution", "treats", "hay-fever", "r"))
    True
    """
    forms = [m for m in unit.mentions if m[2] == f.subject]
    ends = [m for m in unit.mentions if m[2] == f.object]
    if not forms or not ends or not all(_a_form(unit.text, m) for m in forms):
        return False
    return all(any(CLAUSE_BREAK.search(unit.text, s[1], e[0]) for e in ends if e[0] > s[1]) for s in forms) and all(
        e[0] > max(s[1] for s in forms) for e in ends
    )


def use_contexts(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the uses whose condition is only a gloss's sign, a place or another clause's, or whose subject
    is a form of the drug named in another clause.

    >>> u = Unit("X is used for hay fever, the itchy, watery eyes of pollen allergy.",
    ...     [(0, 1, "x", "Drug"), (14, 23, "hay-fever", "Disease"), (36, 47, "epiphora", "Symptom")])
    >>> [f.object for f in use_contexts(u, [Found("x", "treats", "hay-fever", "r"), Found("x", "treats", "epiphora",
    ...     "r")])]
    ['hay-fever']
    """
    uses = {f.object for f in found if f.predicate == "treats" and not f.negated}
    glosses = _gloss_spans(unit, uses) if uses and ", " in unit.text else []
    treated = TREATED_CLAUSE.search(unit.text) if "treated" in unit.text.lower() else None
    people = _people_spans(unit, uses) if uses and " in " in unit.text else []
    out = []
    for f in found:
        if f.predicate != "treats":
            out.append(f)
            continue
        ends = [m for m in unit.mentions if m[2] == f.object]
        if ends and glosses and all(any(g[0] <= m[0] < g[1] and g[2] != f.object for g in glosses) for m in ends):
            continue  # a sign in a gloss of another use
        if (
            not f.negated
            and ends
            and people
            and all(any(p[0] <= m[0] < p[1] and p[2] != f.object for p in people) for m in ends)
        ):
            continue  # "It treats Y in adults with Z": who gets it for Y (decision 1126)
        if ends and all(PLACE_OF.search(unit.text, max(0, m[0] - 40), m[0]) for m in ends):
            continue  # "at the site of an injury": a place
        if treated and ends and all(m[0] >= treated.end() for m in ends):
            subjects = [m for m in unit.mentions if m[2] == f.subject]
            if not any(s[0] >= treated.end() for s in subjects):
                continue  # "while an infection is treated, she gets no Y": that clause's verb
        if _form_across_clause(unit, f):
            continue
        out.append(f)
    return out
