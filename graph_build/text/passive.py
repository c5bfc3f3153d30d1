"""Where the object of a passive cue is named: before the cue ("Y is treated with X", "pain caused by X") or inside
it ("For Y, X is the first choice"); relate.py finds the subject after the cue (rules.yaml, `voice: passive`)."""

from __future__ import annotations

import re

from graph_build.text.units import Unit

#: Between a passive cue's object and the cue: an auxiliary, adverbs, a relative pronoun ("Y, which is often
#: treated with X"; "Y that is caused by X"); nothing else (a noun there would be what the cue is about).
GAP = re.compile(
    r"([*_]{1,2})?\s*(,\s*)?((that|which)\s+)?"
    # ("Antacids taken at the same time may reduce ...": when they are taken, decision 0677)
    r"((taken|used|given) (at the same time|together|with it|with food)\s+)?"
    r"((is|are|was|were|be|been|being|can|could|may|might|must|should|will|would|does|do|did|often|usually|commonly|sometimes|"
    r"typically|also|mostly|generally|frequently|mainly|primarily|best|most|effectively|successfully|still|now|first|"
    # a quantifier floated after a list ("A, B and C all stop X", decision 0723)
    r"all|both|"
    r"not|never|rarely|only|largely|partly|probably|likely|possibly|directly|mainly|increasingly|traditionally|"
    r"[a-z]+ly)\s+)*",
    re.I,
)
#: After a mention: a copula or an apposition and a short noun phrase that says what the mention is ("Y is nerve
#: damage", "Y, a very itchy rash"), before a participle that modifies that noun (decision 0723).
DEFINED_AS = re.compile(
    r"[*_]{0,2}(\s+(is|are)\s+((a|an|the)\s+)?|\s*,\s*(a|an|the)\s+)"
    r"((?!(and|or|but|not|which|that|who|when|if|because)\b)[a-z][\w'-]*\s+){1,4}?",
    re.I,
)
DEFINED_GAP = re.compile(DEFINED_AS.pattern + GAP.pattern, re.I)
#: A mention naming only the general kind a condition is: after "Y is a serious infection", the participle that
#: follows ("caused by X") is said of Y (decision 0740).
KIND_ONLY = frozenset({"infections"})
#: A mention that is the whole of a bracket: another name of the noun before it.
BRACKETED = re.compile(r"\([^()]+\)")
#: In a GAP: a finite verb, so the cue is the sentence's verb and may have a list of subjects before it.
FINITE = re.compile(r"\b(is|are|was|were|be|been|being|can|could|may|might|must|should|will|would|does|do|did)\b", re.I)
#: Right after the last agent before an inverse cue: an aside about it, a bracket or an apposition ("A and B
#: (antifungals) raise X levels", "A, an older indigestion medicine, may raise X levels"; decision 0741).
#: Or how much of it is taken ("Grapefruit juice in large amounts raises X levels"; decision 0770).
#: Or the form it is taken in ("Ketoconazole tablets push up the level of X": the tablets are the agent; 0915).
ASIDE = re.compile(
    r"[*_]{0,2}(\s*\([^()]*\)|\s*,\s*(an?|the|two|three|four|both)\s+[^,;:.()]{1,50}?,|"
    r"\s+in (large|high|big) (amounts|quantities|doses)|\s+(tablets?|capsules?|pills?)(?=\s))",
    re.I,
)
#: Right before the first agent of an inverse cue: a relative clause of what something contains ("pills that
#: contain A lower X levels": the pills do, not A; decision 0741).
CONTAINED_IN = re.compile(r"\b((that|which)\s+(contains?|includes?)|containing)\s+([\w-]+\s+)?[*_]{0,2}$", re.I)
#: Right before an object: "with", so the object is what someone has ("a patient with Y ...").
OWNER_WITH = re.compile(r"\bwith\s+$", re.I)
#: Between a passive cue and its subject: at most three words ("caused by the long-term use of X").
LEAD = re.compile(r"\s*([\w-]+\s+){0,3}?([*_]{1,2})?", re.I)
#: A comma and a conjunction between two mentions: with a verb of its own after the second (OWN_VERB_AFTER), that
#: mention opens a new clause, never one more item of the list before it ("A raises the level of X, and B lowers
#: it": B is the later clause's agent, no partner of A; decision 1031).
OWN_CLAUSE_SEP = re.compile(r"([*_]{1,2})?\s*,\s*(and|or)\s+([*_]{1,2})?", re.I)
#: Right after a mention: a finite verb of its own, after modals and adverbs ("B lowers it", "B may also raise it",
#: "B does the opposite"); a plural noun ("B levels", "B tablets") is no verb, nor is a participle ("B used
#: together").
OWN_VERB_AFTER = re.compile(
    r"[*_]{0,2}\s+((also|then|often|usually|sometimes|can|could|may|might|will|would|does|do|did)\s+)*"
    r"(?!(levels|concentrations|tablets|capsules|doses|injections|drops|products|medicines|drugs|pills)\b)"
    r"(is|are|was|were|has|have|had|can|could|may|might|will|would|does|do|did|[a-z]+s)\b(?!\s+of\b)"
)
#: Between two items of a list of objects: "A, B and C", "A or B".
LIST_SEP = re.compile(r"([*_]{1,2})?\s*(,\s*((and|or)\s+)?|(and|or)\s+|/\s*)((a|an)\s+)?([*_]{1,2})?", re.I)


def listed_back(text: str, earlier: list[tuple], listed: list[tuple]) -> list[tuple]:
    """`listed` (changed in place) with the mentions of `earlier` (in text order, all before it) that run back from
    its first one, each joined to the next by a list separator (LIST_SEP); the walk stops at the first gap that is
    none. (Read by objects_before and agents_before; decision 0815.)

    >>> u = Unit("A, B and C", [(0, 1, "a", "Drug"), (3, 4, "b", "Drug"), (9, 10, "c", "Drug")])
    >>> [m[2] for m in listed_back(u.text, u.mentions[:2], [u.mentions[2]])]
    ['a', 'b', 'c']
    >>> u = Unit("A with B and C", [(0, 1, "a", "Drug"), (7, 8, "b", "Drug"), (13, 14, "c", "Drug")])
    >>> [m[2] for m in listed_back(u.text, u.mentions[:2], [u.mentions[2]])]
    ['b', 'c']
    """
    for m in reversed(earlier):
        if not LIST_SEP.fullmatch(text, m[1], listed[0][0]):
            break
        listed.insert(0, m)
    return listed


def objects_before(
    unit: Unit, start: int, end: int, classes: frozenset[str] | set[str], *, finite: bool = False
) -> list[tuple]:
    """The objects of a passive cue spanning `start`..`end`: the mentions of `classes` inside the cue, else the list
    of them that ends right before it (only an auxiliary or adverbs between: GAP). `finite`: the cue is a finite
    verb whose subjects are the objects ("A, B and C raise the level of X": voice "inverse"), so the whole list
    before it counts, as before a finite passive.

    >>> u = Unit("Pain and spasticity are often treated with X.", [(0, 4, "pain", "Symptom"),
    ...     (9, 19, "spasticity", "Symptom"), (43, 44, "x", "Drug")])
    >>> [m[2] for m in objects_before(u, 30, 42, {"Symptom"})]
    ['pain', 'spasticity']
    >>> u = Unit("It treats A and pain caused by X.", [(10, 11, "a", "Symptom"), (16, 20, "pain", "Symptom")])
    >>> [m[2] for m in objects_before(u, 21, 30, {"Symptom"})]
    ['pain']
    >>> u = Unit("Pain in people with Y is treated with X.", [(0, 4, "pain", "Symptom"), (20, 21, "y", "Disease")])
    >>> [m[2] for m in objects_before(u, 25, 37, {"Symptom"})]
    []
    >>> u = Unit("Y is nerve damage caused by X.", [(0, 1, "y", "Disease"), (28, 29, "x", "Symptom")])
    >>> [m[2] for m in objects_before(u, 18, 27, {"Disease"})]
    ['y']
    """
    fitting = [m for m in unit.mentions if m[3] in classes]
    inside = [m for m in fitting if start <= m[0] and m[1] <= end]
    if inside:
        return inside
    before = [m for m in fitting if m[1] <= start]
    if finite and len(before) > 1 and before[-1][3] != "Drug":
        # a class in brackets right after the agents is their gloss, no agent ("A and B (both antifungals) raise X
        # levels"; decisions 0741, 0742)
        # ... and so is one in an apposition after them ("A and B, two other epilepsy medicines, speed up the
        # breakdown of X": A and B do, not every epilepsy medicine; decision 0774)
        gloss = ASIDE.match(unit.text, before[-2][1])
        if gloss and gloss.group(1).lstrip()[:1] in "(," and before[-1][1] <= gloss.end():
            before = before[:-1]
    # a name in brackets right before the cue is the object ("excess fluid (oedema) caused by X"; decision 0670)
    bracketed = bool(before) and bool(BRACKETED.fullmatch(unit.text, max(0, before[-1][0] - 1), before[-1][1] + 1))
    after_last = before[-1][1] + bracketed if before else 0
    aside = ASIDE.match(unit.text, after_last) if finite and before else None
    if aside and not any(after_last <= m[0] < aside.end() for m in unit.mentions if m[3] in classes - {"DrugClass"}):
        after_last = aside.end()
    gap = GAP.fullmatch(unit.text, after_last, start) if before else None
    if gap is None and before and not finite and not any(before[-1][1] <= m[0] < start for m in unit.mentions):
        # "Y is nerve damage caused by X", "Y, a rash caused by X": the participle modifies a noun that says what Y
        # is, so Y is its object (decision 0723)
        gloss = DEFINED_GAP.fullmatch(unit.text, before[-1][1] + bracketed, start)
        return [before[-1]] if gloss else []
    if gap is None:
        return []
    finite = finite or bool(FINITE.search(gap.group(0)))
    kind_of = len(before) > 1 and before[-1][2] in KIND_ONLY
    if not finite and kind_of and DEFINED_AS.fullmatch(unit.text, before[-2][1], before[-1][0]):
        return [before[-2]]  # ("Malaria is a serious infection caused by X": malaria; decision 0740)
    if not finite and OWNER_WITH.search(unit.text, max(0, before[-1][0] - 6), before[-1][0]):
        return []  # "a patient with Y treated with X": the participle is about the patient, not Y
    listed = [before[-1]]
    # a list before a finite passive ("A and B are treated with X"); a participle modifies the noun right before it
    # ("treats A, B and pain caused by X": only the pain is caused by X)
    if finite:
        listed_back(unit.text, before[:-1], listed)
    if finite and CONTAINED_IN.search(unit.text, max(0, listed[0][0] - 40), listed[0][0]):
        return []
    return listed


#: The end of what stands before an inverse cue: modals and adverbs of its verb.
MODALS = r"((can|could|may|might|will|would|also|often|usually|then|both|all|sometimes|do|does|not|never)\s+)*$"
#: Right before an inverse cue: a relative clause about its agents ("A and B, which are used for Y, may make X work
#: less well"; decision 0763), then what GAP allows.
RELATIVE_ASIDE = re.compile(r"[*_]{0,2}\s*,\s*(which|who)\s+[^,;:.()]{1,60}?,\s*" + MODALS, re.I)
#: Right before an inverse cue: a first verb of its agents, coordinated with the cue ("A and B block this enzyme and
#: may make X less effective", "A and B bind to it in the gut and stop it being absorbed"; decision 0763): a verb
#: of what one medicine does to another or to the body, up to six words, then "and" and what GAP allows.
FIRST_VERB = re.compile(
    r"[*_]{0,2}\s*,?\s+(also\s+)?(block|bind|slow|speed|lower|rais|reduc|increas|compet|interfer|inhibit|affect|"
    r"chang|stick|attach|clear)\w*\s+([^\s,;:.()]+\s+){0,6}?and\s+" + MODALS,
    re.I,
)
#: Right before an inverse cue: a first verb phrase of its agents that compares them with the agents of the sentence
#: before, coordinated with the cue ("A and B do the opposite and make X work less well", "A goes the other way and
#: can stop it working", "A does the same and may raise X levels"; decision 0915), then what GAP allows.
COMPARED_VERB = re.compile(
    r"[*_]{0,2}\s+(also\s+)?((do|does|did)\s+(just\s+)?the\s+(opposite|same|reverse)|"
    r"(go|goes|went|work|works|act|acts)\s+the\s+(other|opposite)\s+way|"
    r"(has|have|had)\s+the\s+(opposite|same|reverse)\s+effect)\s*,?\s+and\s+" + MODALS,
    re.I,
)
#: Between two agents of an inverse cue: a list separator and the second one's class, named as its gloss (", and the
#: antifungal B", "A and the antibiotic B"; decision 0763).
GLOSS_BEFORE = re.compile(r"[*_]{0,2}\s*(,\s*(and\s+)?|and\s+)the\s+[*_]{0,2}$", re.I)


#: Right before an inverse cue: a label's colon and a pronoun of what the label lists ("A and B (antibiotics): these
#: raise X levels", "- A, an antibiotic: it raises the level of X"; decision 0770), then what GAP allows.
LABEL_PRONOUN = re.compile(r"[*_]{0,2}\s*:[*_]{0,2}\s+(it|they|these)\s+" + MODALS, re.I)
#: Before a label's first agent: a list mark or emphasis only.
LABEL_OPENS = re.compile(r"[\W_]*")
#: After an agent of a label: its gloss, a bracket or an apposition ("A (an antibiotic)", "A, an antibiotic").
LABEL_GLOSS = re.compile(r"[*_]{0,2}(\s*\([^()]*\)|\s*,\s*(an?|the)\s+[^,;:.()]{1,50}?(?=\s*[,:]))?[*_]{0,2}", re.I)


def label_agents(unit: Unit, start: int, classes: frozenset[str] | set[str]) -> list[tuple]:
    """The agents a label lists when a pronoun after its colon is the subject of the inverse cue at `start` ("A and B
    (antibiotics), C (an antifungal): these raise X levels"): the label must be only the list, each agent with at
    most its gloss (a bracket or an apposition, whose classes are no agents), from the line's start to the colon;
    nothing otherwise ("Other medicines: these raise X levels" names none; "A is fine, but B: ..." is no label).

    >>> u = Unit("- A (an antifungal), B: these raise X levels.", [(2, 3, "a", "Drug"), (8, 18, "c", "DrugClass"),
    ...     (21, 22, "b", "Drug"), (42, 43, "x", "Drug")])
    >>> [m[2] for m in label_agents(u, 30, {"Drug", "DrugClass"})]
    ['a', 'b']
    >>> u = Unit("Tests for A: these raise X levels.", [(10, 11, "a", "Drug"), (25, 26, "x", "Drug")])
    >>> label_agents(u, 19, {"Drug"})
    []
    """
    text = unit.text
    label = LABEL_PRONOUN.search(text, 0, start)
    if label is None or label.end() != start:
        return []
    colon = text.index(":", label.start())
    fitting = [m for m in unit.mentions if m[1] <= colon and m[3] in classes]
    if not fitting or not LABEL_OPENS.fullmatch(text, 0, fitting[0][0]):
        return []
    listed, at = [], 0
    for m in fitting:
        if m[0] < at:
            continue  # (inside the gloss of the agent before it)
        if listed and not LIST_SEP.fullmatch(text, at, m[0]):
            return []
        listed.append(m)
        at = LABEL_GLOSS.match(text, m[1]).end()
    return listed if at == colon else []


def agents_before(unit: Unit, start: int, end: int, classes: frozenset[str] | set[str]) -> list[tuple]:
    """The agents of an interaction's inverse cue spanning `start`..`end` (objects_before, finite), also across a
    relative clause about them or a first coordinated verb of theirs before the cue, and across a class named as the
    gloss of a later agent (decision 0763). A mention of `classes` inside what is crossed stops the reading.

    >>> u = Unit("A and B, which treat Y, make X work less well.", [(0, 1, "a", "Drug"), (6, 7, "b", "Drug"),
    ...     (21, 22, "y", "Disease"), (29, 30, "x", "Drug")])
    >>> [m[2] for m in agents_before(u, 24, 29, {"Drug"})]
    ['a', 'b']
    >>> u = Unit("A and B block the enzyme and may make X less effective.", [(0, 1, "a", "Drug"),
    ...     (6, 7, "b", "Drug"), (38, 39, "x", "Drug")])
    >>> [m[2] for m in agents_before(u, 33, 38, {"Drug"})]
    ['a', 'b']
    >>> u = Unit("A, and the antifungal B, raise X levels.", [(0, 1, "a", "Drug"), (11, 21, "c", "DrugClass"),
    ...     (22, 23, "b", "Drug"), (31, 32, "x", "Drug")])
    >>> [m[2] for m in agents_before(u, 25, 31, {"Drug", "DrugClass"})]
    ['a', 'b']
    """
    listed = objects_before(unit, start, end, classes, finite=True)
    if not listed:
        text = unit.text
        crossed = (
            RELATIVE_ASIDE.search(text, 0, start)
            or FIRST_VERB.search(text, 0, start)
            or COMPARED_VERB.search(text, 0, start)
        )
        if crossed and not any(crossed.start() < m[1] and m[0] < start for m in unit.mentions if m[3] in classes):
            listed = objects_before(unit, crossed.start(), crossed.start(), classes, finite=True)
    if not listed:
        listed = label_agents(unit, start, classes)
    while listed:
        before = [m for m in unit.mentions if m[1] <= listed[0][0] and m[3] in classes]
        if len(before) < 2 or before[-1][3] != "DrugClass" or unit.text[before[-1][1] : listed[0][0]].strip(" *_"):
            break
        gloss = GLOSS_BEFORE.search(unit.text, before[-2][1], before[-1][0])
        if gloss is None or gloss.start() != before[-2][1]:
            break
        listed.insert(0, before[-2])
        listed_back(unit.text, before[:-2], listed)
    return listed


def subjects_after(unit: Unit, end: int, classes: frozenset[str] | set[str]) -> list[tuple]:
    """The subjects of a passive cue ending at `end`: the list of mentions of `classes` that starts with the first
    mention after the cue (at most three words after it) and goes on while only list separators come between.

    >>> u = Unit("Y caused by A and B in a man with C.", [(0, 1, "y", "Symptom"), (12, 13, "a", "Disease"),
    ...     (18, 19, "b", "Disease"), (34, 35, "c", "Disease")])
    >>> [m[2] for m in subjects_after(u, 11, {"Disease"})]
    ['a', 'b']
    >>> u = Unit("Y caused by X in a man with C.", [(12, 13, "x", "Drug"), (28, 29, "c", "Disease")])
    >>> subjects_after(u, 11, {"Disease"})
    []
    >>> u = Unit("A raises the level of X, and B lowers it.", [(22, 23, "x", "Drug"), (29, 30, "b", "Drug")])
    >>> [m[2] for m in subjects_after(u, 21, {"Drug"})]
    ['x']
    """
    after = [m for m in unit.mentions if m[0] >= end]
    if not after or after[0][3] not in classes or not LEAD.fullmatch(unit.text, end, after[0][0]):
        return []
    listed = [after[0]]
    for m in after[1:]:
        if m[3] not in classes or not LIST_SEP.fullmatch(unit.text, listed[-1][1], m[0]):
            break
        if OWN_CLAUSE_SEP.fullmatch(unit.text, listed[-1][1], m[0]) and OWN_VERB_AFTER.match(unit.text, m[1]):
            break  # ("A raises the level of X, and B lowers it": B opens a clause of its own; decision 1031)
        listed.append(m)
    return listed
