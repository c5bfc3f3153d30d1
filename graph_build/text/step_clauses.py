"""Words after a cue of raising or lowering that belong to a clause of their own, not to the cue (decision 0944).

increases-cue and decreases-cue (rules.yaml) read "subject cue objects", every mention after the cue up to the end
of the sentence a candidate object. Two kinds of clause after the cue hold mentions that the cue does not change:

- a relative clause about what the cue changes, when that is a noun no mention names: "it can lower the number of
  white blood cells that fight infection" lowers the cells; the infection is what the cells fight
  (`unnamed-relative-is-no-object`; the relative clause about a named object is 0773's relative-clause-of-object);
- a clause of its own coordinated after the cue's object, with its own subject and verb: "it may lower the white
  blood cells, and a low white cell count leaves you open to infections": the infections are the later clause's
  (`later-clause-is-no-object`).

An -ing cue right before a word for medicines is an adjective of them ("Diazepam and similar calming tablets add to
the sleepiness"), as one after a determiner is (0846's participle-as-attribute, widened here); nothing after it is
calmed or lowered.

And "lower" after a determiner, a possessive or a preposition is the adjective ("the lower chambers", "in her lower
back"), never the verb (rules.yaml: lower-as-adjective, widened here).
"""

from __future__ import annotations

import re

#: Between the cue and its object: a relative pronoun and a word that is no copula ("the cells that fight Y",
#: "the chemicals which keep Y going"); "the chance / risk that" opens what is lowered, not a relative clause.
UNNAMED_RELATIVE = re.compile(
    r"(?<!chance )(?<!risk )(?<!chances )(?<!risks )(?<!odds )\b(that|which|who)\s+(?!is\b|are\b)\w", re.I
)
#: Between the cue and its object: a comma, a conjunction and at most five words, then a finite verb or a modal of a
#: clause of its own (", and a low white cell count leaves you open to Y", ", so the heart can ...").
LATER_CLAUSE = re.compile(
    r",\s+(and|but|so|which)\s+(?:[\w'-]+\s+){0,5}?"
    r"(leaves?|means?|can|could|may|might|will|would|is|are|was|were|makes?|lets?|helps?|gives?|puts?)\b",
    re.I,
)
#: "lower" right after a determiner, a possessive or a preposition other than "to" is the adjective ("the lower
#: chambers", "her lower back", "from the lower part"), with an adverb of degree between at most.
LOWER_AS_ADJECTIVE = re.compile(
    r"\b(the|its|your|their|his|her|our|my|from|at|in|on|of|for|into)\s+((much|far|slightly)\s+)?lower$", re.I
)


def unnamed_relative(text: str, cue_end: int, obj: tuple, objects: list[tuple]) -> bool:
    """Whether `obj` stands in a relative clause opened after the cue about a noun no mention names (no other object
    between the cue and the clause).

    >>> t = "It can lower the number of white blood cells that fight infection."
    >>> unnamed_relative(t, 12, (56, 65, "infections", "Disease"), [(56, 65, "infections", "Disease")])
    True
    >>> t = "It lowers the chance that a migraine starts."
    >>> unnamed_relative(t, 9, (28, 36, "migraine-disorders", "Disease"), [(28, 36, "migraine-disorders", "Disease")])
    False
    >>> t = "It lowers blood pressure."
    >>> unnamed_relative(t, 9, (10, 24, "blood-pressure", "Process"), [(10, 24, "blood-pressure", "Process")])
    False
    """
    rel = UNNAMED_RELATIVE.search(text, cue_end, obj[0])
    return bool(rel) and not any(o is not obj and cue_end <= o[0] and o[1] <= rel.start() for o in objects)


#: Right before an object: a comma, a conjunction and at most two words ("..., and low potassium makes Y worse").
COORDINATED_BEFORE = re.compile(r",\s+(and|but|so)\s+([\w'-]+\s+){0,2}$", re.I)
#: Right after an object: a finite verb or a modal, the object its subject ("low potassium makes ...").
FINITE_AFTER = re.compile(
    r"[*_]{0,2}\s+(makes?|means?|leaves?|can|could|may|might|will|would|is|are|was|were)\b(?!\s+(also\s+)?(lowered|reduced|raised|increased)\b)",
    re.I,
)
#: The sentence up to the cue: a fronted clause of cause, time or condition ("Because it lowers A, ...", "If it
#: raises A, ...") with no comma yet, so the first comma after the cue may close it.
FRONTED_CLAUSE = re.compile(r"^\W*(because|since|as|if|when|once|while)\b[^,;:.!?]*$", re.I)
#: After the cue: the comma that closes a fronted clause, then the main clause's subject (at most four words) and
#: its finite verb or modal (", she may pick up infections", ", he may feel faint").
MAIN_CLAUSE = re.compile(
    r",\s+(?:[\w'-]+\s+){1,4}?(can|could|may|might|will|would|should|must|is|are|was|were|has|have|had|feels?|"
    r"gets?|needs?|makes?|means?|leaves?|picks?)\b",
    re.I,
)


def later_clause(text: str, cue_end: int, obj: tuple) -> bool:
    """Whether `obj` belongs to a clause of its own after the cue's: a comma, a conjunction, its subject and finite
    verb open between the cue and `obj` (0944); `obj` is itself the subject of a coordinated clause ("..., and low
    potassium makes Y worse"), or stands in the main clause after a fronted clause that holds the cue ("Because it
    lowers the white cells, she may pick up infections"; both decision 0987).

    >>> t = "It may lower the white blood cells, and a low white cell count leaves you open to infections."
    >>> later_clause(t, 12, (82, 92, "infections", "Disease"))
    True
    >>> t = "It lowers blood pressure, heart rate and cholesterol."
    >>> later_clause(t, 9, (26, 36, "heart-rate", "Process"))
    False
    >>> t = "It can lower sodium, and low potassium makes the heart beat unevenly."
    >>> later_clause(t, 12, (25, 38, "hypokalemia", "Disease"))
    True
    >>> t = "Because it lowers the white cells, she may pick up infections more easily."
    >>> later_clause(t, 17, (51, 61, "infections", "Disease"))
    True
    >>> t = "Because it lowers blood pressure, heart rate and cholesterol, it helps the heart."
    >>> later_clause(t, 17, (34, 44, "heart-rate", "Process"))
    False
    """
    if LATER_CLAUSE.search(text, cue_end, obj[0]):
        return True
    if COORDINATED_BEFORE.search(text, cue_end, obj[0]) and FINITE_AFTER.match(text, obj[1]):
        return True
    if not FRONTED_CLAUSE.match(text, 0, cue_end):
        return False
    if MAIN_SUBJECT_BEFORE.search(text, cue_end, obj[0]) and FINITE_AFTER.match(text, obj[1]):
        return True  # ("Because it lowers antibodies, infections may be more likely": decision 1104)
    return bool(MAIN_CLAUSE.search(text, cue_end, obj[0]))


#: Right after the comma that closes a fronted clause holding the cue: at most two words, then the object, the main
#: clause's subject before its finite verb ("Because it lowers antibodies, infections may be more likely": the
#: infections are what may rise, not what it lowers; decision 1104).
MAIN_SUBJECT_BEFORE = re.compile(r",\s+(?:[\w'-]+\s+){0,2}$", re.I)
#: Right before a condition: an amount the cue changes and the bracket that opens its gloss ("can lower the red blood
#: count (anaemia)": the anaemia names the amount once lowered, so it is no object the cue lowers; decision 1104).
GLOSSED_AMOUNT = re.compile(r"\b(?:count|counts|level|levels|pressure|sugar|amount|rate)[*_]{0,2}\s*\(\s*$", re.I)
#: Between the cue and the gloss: a word that says which way the amount stood before the cue moved it ("lowers high
#: blood pressure (hypertension)": the gloss names the state lowered, a true object).
STATE_BEFORE = re.compile(r"\b(?:high|raised|elevated|low|reduced)\b", re.I)


def glossed_amount(text: str, cue_end: int, obj: tuple) -> bool:
    """Whether `obj` is the bracketed gloss of an amount the cue moves, with no word saying its state before.

    >>> t = "It can lower the red blood count (anaemia)."
    >>> glossed_amount(t, 12, (34, 41, "anemia", "Disease"))
    True
    >>> t = "It lowers high blood pressure (hypertension)."
    >>> glossed_amount(t, 9, (31, 43, "hypertension", "Disease"))
    False
    """
    before = GLOSSED_AMOUNT.search(text, max(cue_end, obj[0] - 30), obj[0])
    return bool(before) and not STATE_BEFORE.search(text, cue_end, before.start())


def lower_as_adjective(low: str, cue_start: int) -> bool:
    """Whether the cue "lower" at `cue_start` is the adjective after a determiner, a possessive or a preposition.

    >>> t = "it can set off a fast rhythm from the lower chambers"
    >>> lower_as_adjective(t, t.index("lower"))
    True
    >>> t = "it is used to lower blood pressure"
    >>> lower_as_adjective(t, t.index("lower"))
    False
    """
    return low.startswith("lower ", cue_start) and bool(
        LOWER_AS_ADJECTIVE.search(low, max(0, cue_start - 30), cue_start + 5)
    )


#: Right after an -ing cue: a word for medicines, whose adjective the cue is ("calming tablets", "lowering medicines").
KIND_AFTER_ING = re.compile(r"\s+(tablets?|pills?|medicines?|medications?|drugs?|remedies)\b", re.I)


def adjective_of_medicines(low: str, cue: re.Match) -> bool:
    """Whether the cue ends in -ing and a word for medicines follows it ("similar calming tablets").

    >>> t = "diazepam and similar calming tablets add to the sleepiness"
    >>> adjective_of_medicines(t, re.search("calming", t))
    True
    >>> t = "it works by calming the nerves"
    >>> adjective_of_medicines(t, re.search("calming", t))
    False
    """
    return cue.group(0).lower().endswith("ing") and bool(KIND_AFTER_ING.match(low, cue.end()))
