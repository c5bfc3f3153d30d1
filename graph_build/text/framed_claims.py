"""Claims inside a clause the sentence does not assert (decisions 0810, 0816): what it calls a myth or untrue ("It's a
myth that X causes Y", "It is not true that X helps Y"), what other people worry or believe ("Many people worry that
X causes Y, but studies have not found a link"), a claim named only to be judged ("Claims that X cures Y are not
supported by research"), what was done or thought in the past ("X was once widely used for Y, but this is no longer
recommended", "X used to be given for Y", "Xs used to be avoided in Y", "Doctors once thought that ...", and for uses
"the X he used to take for Y": decision 0959), what an acquaintance says ("My mate says he takes X for Y"), a use
ranked below another ("X works for knee pain but is less useful for back pain": the sentence does not say that X
treats back pain), and the harm of an overdose ("An overdose of X can cause Y": no effect of the drug as it is taken,
and nothing carries the dose).

A myth or an untruth is a denial: its clause's asserted claims are read negated; a claim the clause itself negates
or hedges gives nothing (a double negation is not read). A belief, a judged claim and the past assert nothing about
the drug as it is: their claims are left out. The clause runs from the frame to the first turn of the sentence
(", but", ";", a dash, "although", "whereas"); a claim whose object is named past it is the sentence's own."""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.denial_words import denial_words
from graph_build.text.units import Found, Unit

#: The relatives whose word a writer reports as a friend's (decision 1018): what they say or think is hearsay, not
#: the text's claim ("My cousin said it's a steroid. It isn't.").
RELATIVES = (
    "cousin|mum|mother|dad|father|aunt|auntie|uncle|nan|gran|granny|grandma|grandmother|grandad|grandfather|"
    "sister|brother|wife|husband|partner|son|daughter|in-law"
)
#: Before a clause the sentence calls false: "it's a myth that", "it is a common misconception that", "it is simply not
#: true that", "there is no truth in the idea that".
FALSE_FRAME = re.compile(
    r"\b(it(['’]s|\s+is|\s+was)\s+((simply|just|completely|entirely|quite)\s+)?(an?\s+)?"
    r"((common|popular|widespread|persistent|old|urban)\s+)?(myth|untrue|not\s+true|false|misconception|"
    r"mistake\s+to\s+(think|believe|say))\s+that|"
    r"there\s+is\s+no\s+truth\s+(in|to)\s+the\s+(idea|claim|belief|story|rumou?r|notion)\s+that)\b",
    re.I,
)
#: Before a clause that other people hold: "many people worry that", "some patients believe that", "it is often said
#: that", "you may have heard that".
BELIEF_FRAME = re.compile(
    r"\b((many|some|most|lots\s+of|a\s+lot\s+of)\s+(people|patients|parents|women|men|users|of\s+us)|people|patients|"
    r"parents|others|some|many)\s+((often|sometimes|still|also|may|might|wrongly|mistakenly)\s+)?"
    r"(worry|worries|worried|fear|fears|feared|think|thought|believe|believed|assume|assumed|claim|claimed|say|said|"
    r"suspect|suspected|imagine|are\s+(worried|afraid|concerned))\s+that\b|"
    # (never "it is believed that": the writer's own hedge, read as such by negation.HEDGES)
    r"\bit\s+(is|was|has\s+been)\s+((often|commonly|widely|sometimes|once|long)\s+)?(said|claimed|rumou?red|"
    r"suggested\s+online)\s+that\b|"
    r"\byou\s+(may|might)\s+(have\s+)?(heard|read|been\s+told)\s+that\b|"
    # (decision 0959) what an acquaintance says, "that" or not: "My mate at the gym says he takes X for his bad
    # back", "a friend swears she uses it for Y" - hearsay the writer reports, not the writer's claim (never a
    # professional's word: "my doctor says", "the pharmacist said" are the advice the text passes on)
    # (decision 1018) a relative's word is hearsay as a friend's is: "My cousin said it's a steroid"
    rf"\b(my|a|his|her|their|our|your)\s+(mate|friend|pal|neighbou?r|colleague|workmate|{RELATIVES})s?\b[^.;:,]{{0,40}}?\s+"
    r"(says|said|reckons|reckoned|swears|swore|claims|claimed)(\s+that)?\b",
    re.I,
)
#: (decision 0985) A belief without "that" before a clause of its own, its subject one word and its verb a copula or
#: a modal: "People sometimes assume it is a beta-blocker", "Many patients think X will cure Y" (verbs of belief only:
#: "some people say it helps" is a report the writer may pass on). Its clause asserts nothing; a DENIAL there is the
#: writer's correction ("..., but it is not", "It isn't." opening the next sentence: negation.py, decision 0979) and
#: stands.
BELIEF_CLAUSE = re.compile(
    r"\b((many|some|most|lots\s+of|a\s+lot\s+of)\s+(people|patients|parents|women|men|users|of\s+us)|people|"
    # (decision 1018) a friend's or relative's belief: "My mum thinks it's a sedative"
    rf"patients|parents|others|(my|his|her|their|our|your)\s+(mate|friend|pal|neighbou?r|colleague|{RELATIVES})s?)"
    r"\s+((often|sometimes|still|also|may|might|wrongly|mistakenly|usually|tend\s+to)\s+)?"
    r"(think|thinks|thought|believe|believes|believed|assume|assumes|assumed|imagine|imagines|imagined|suspect|"
    r"suspects|suspected|presume|presumes|presumed|reckons?|reckoned)\b"
    r"(?=\s+[\w'’-]+\s+(is|are|was|were|will|would|can|could|must|has|have)\b|\s+it['’]s\b)",
    re.I,
)
#: Before a clause named only to be judged after it: "Claims that X cures Y are not supported", "The idea that X
#: causes Y is wrong" (the verdict, whichever it is, judges the clause; the clause asserts nothing).
JUDGED_FRAME = re.compile(
    r"\b(claims?|the\s+(idea|belief|notion|suggestion|worry|fear|story|rumou?r|myth))\s+that\b(?=[^.;]*\b(is|are|was|"
    r"were|has\s+been|have\s+been)\s+((simply|just|completely|largely|still)\s+)?(not\s+(supported|backed|true|"
    r"proven|borne\s+out)|unsupported|unfounded|unproven|wrong|false|untrue|a\s+myth|nonsense|mistaken))",
    re.I,
)
#: Before a use the drug had in the past: "was once (widely) used for", "were formerly prescribed for", "used to be
#: given for", "in the past it was used for".
PAST_USE_FRAME = re.compile(
    r"\b((was|were)\s+(once|formerly|previously|at\s+one\s+time|in\s+the\s+past)\s+(\w+ly\s+)?|used\s+to\s+be\s+"
    r"(\w+ly\s+)?|in\s+the\s+past,?\s+[^.;,]{0,40}?\b(was|were)\s+(\w+ly\s+)?)"
    r"(used|given|prescribed|taken|recommended|sold|offered|avoided|banned|withheld|thought|believed)\b|"
    # (what people once thought: "Doctors once thought that Y was caused by Z")
    r"\b(once|formerly|previously|used\s+to)\s+(thought|believed|think|believe|assumed|assume)\b",
    re.I,
)
#: Before what a person took in the past: "the ibuprofen I used to keep for my back", "naproxen, which he (or Bill)
#: used to take for his knees" - a habit of the past, no use the sentence says the drug has now (decision 0959: read
#: for uses only; the rest of such a sentence is its own, "Unlike the triptan she used to take, it does not narrow
#: vessels").
HABIT_FRAME = re.compile(
    r"\b(i|he|she|we|they|you|who|(?-i:[A-Z][a-z]+))\s+((also|once|always|often|sometimes|still|never)\s+)?used\s+to\s+"
    r"(take|keep|have|use|be\s+on|get|buy|rely\s+on)\b",
    re.I,
)
#: Right before a condition: a use ranked low ("is less useful for", "less effective in", "not as good for").
LESSER_USE = re.compile(
    r"\b(less|not\s+as|not\s+so)\s+((much\s+)?(use|useful|effective|helpful|good|suitable|reliable|successful))\s+"
    r"(for|in|against|at|with)\s+((the|an?|your)\s+)?$",
    re.I,
)
#: Right before the drug: an overdose of it ("an overdose of X", "overdosing on X"). Never "too much X": a dose too high
#: for the person ("too much levothyroxine can thin the bones") is a side effect the golds write as one.
OVERDOSE_BEFORE = re.compile(
    r"\b(overdoses?|overdosing)\s+(of|on)\s+(your\s+|the\s+)?[*_]{0,2}$",
    re.I,
)
#: Words one of the frames holds, looked for before the frames are (most sentences have none).
FRAME_WORDS = (
    " that ",
    " says ",
    " said ",
    " reckon",
    " swear",
    " swore ",
    " claim",
    "thought",
    "think",
    "believ",
    "assum",
    "imagin",
    "suspect",
    "presum",
    "once ",
    "used to",
    "formerly",
    "previously",
    "in the past",
    "at one time",
    "less ",
    "not as ",
    "not so ",
    "overdos",
)
#: A word of negation: in a frame ("it is not true that") it is the frame's denial that ConText already read; in
#: the framed clause ("it's a myth that X does not help Y") it would make a double negation.
NEGATION = re.compile(denial_words("cannot", apostrophes="'’"), re.I)
#: The turn of a sentence that ends a framed clause.
CLAUSE_TURN = re.compile(r",?\s+(but|although|though|whereas|however|yet)\b|[;:.?!]|\s[-–—]\s", re.I)


def _clauses(text: str, frame: re.Pattern[str]) -> list[tuple[int, int, bool]]:
    """The spans of `text` a frame governs, from each match's end to the next turn of the sentence, and whether the
    frame's own words hold a negation ("it is not true that")."""
    spans = []
    for m in frame.finditer(text):
        turn = CLAUSE_TURN.search(text, m.end())
        spans.append((m.end(), turn.start() if turn else len(text), NEGATION.search(m.group(0)) is not None))
    return spans


def _inside(unit: Unit, found: Found, spans: list[tuple[int, int, bool]]) -> tuple[int, int, bool] | None:
    """The first of `spans` the claim's object is named inside, if any."""
    return next(
        (span for span in spans for m in unit.mentions if m[2] == found.object and span[0] <= m[0] < span[1]), None
    )


def _ranked_low(unit: Unit, found: Found) -> bool:
    """Whether every mention of the claim's object follows a low rank of use ("less useful for Y")."""
    spans = [m for m in unit.mentions if m[2] == found.object]
    return bool(spans) and all(LESSER_USE.search(unit.text, max(0, m[0] - 50), m[0]) for m in spans)


def _overdosed(unit: Unit, found: Found) -> bool:
    """Whether the claim's subject is named right after words of an overdose ("an overdose of X")."""
    return any(
        m[2] == found.subject and OVERDOSE_BEFORE.search(unit.text, max(0, m[0] - 60), m[0]) for m in unit.mentions
    )


def framed_claims(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with the claims of framed clauses negated (a myth, an untruth) or left out (a belief, a judged claim, a
    past use).

    >>> u = Unit("It's a myth that X causes Y.", [(17, 18, "x", "Drug"), (26, 27, "y", "Symptom")])
    >>> [(f.object, f.negated) for f in framed_claims(u, [Found("x", "hasAdverseEffect", "y", "r")])]
    [('y', True)]
    >>> u = Unit("Many people worry that X causes Y, but it does not.",
    ...     [(23, 24, "x", "Drug"), (32, 33, "y", "Symptom")])
    >>> framed_claims(u, [Found("x", "hasAdverseEffect", "y", "r")])
    []
    >>> u = Unit("My mate says he takes X for Y.", [(22, 23, "x", "Drug"), (28, 29, "y", "Symptom")])
    >>> framed_claims(u, [Found("x", "treats", "y", "r")])
    []
    >>> u = Unit("X, which he used to take for Y, is stopped.", [(0, 1, "x", "Drug"), (29, 30, "y", "Disease")])
    >>> framed_claims(u, [Found("x", "treats", "y", "r")])
    []
    >>> u = Unit("X used to be given for Y.", [(0, 1, "x", "Drug"), (23, 24, "y", "Disease")])
    >>> framed_claims(u, [Found("x", "treats", "y", "r")])
    []
    """
    text = unit.text
    false = _clauses(text, FALSE_FRAME)
    unheld = _clauses(text, BELIEF_FRAME) + _clauses(text, JUDGED_FRAME)
    believed = _clauses(text, BELIEF_CLAUSE)
    past = _clauses(text, PAST_USE_FRAME)
    habit = _clauses(text, HABIT_FRAME) if "used to" in text.lower() else []
    low = text.lower()
    lesser = "less " in low or "not as " in low or "not so " in low
    overdose = "overdos" in low
    if not (false or unheld or believed or past or habit or lesser or overdose):
        return found
    out = []
    for f in found:
        if overdose and f.predicate == "hasAdverseEffect" and _overdosed(unit, f):
            continue
        if lesser and f.predicate == "treats" and not f.negated and _ranked_low(unit, f):
            continue
        if unheld and _inside(unit, f, unheld):
            continue
        if believed and not f.negated and _inside(unit, f, believed):
            continue
        if past and _inside(unit, f, past):
            continue
        if habit and f.predicate == "treats" and _inside(unit, f, habit):
            continue
        span = _inside(unit, f, false) if false else None
        if span is not None:
            start, end, frame_denies = span
            if f.certainty != "Asserted" or NEGATION.search(unit.text, start, end):
                continue  # "it's a myth that X does not help Y", "... that X may cause Y": no double negation read
            if not f.negated:
                f = dataclasses.replace(f, negated=True)
            elif not frame_denies:
                continue  # (a denial from no word of the frame or the clause: not read)
        out.append(f)
    return out


#: A condition that opens the sentence ("If B does not suit you, because it has not controlled the pain, ..."; "Unless
#: B has helped your Y, ..."): what its clause says of a drug is supposed, not stated (decision 0812). It runs to the
#: first comma not followed by words that carry it on (topic.CONDITION_COMMA).
OPENING_SUPPOSITION = re.compile(r"[\W_]*(if|unless)\b", re.I)
#: The claims a supposition cannot state: a use, a class, a step. (A prohibition or an interaction is what a
#: condition is for: "If you have asthma, do not take X"; a side effect it names is presupposed: "If X makes you
#: dizzy, do not drive".)
SUPPOSED = frozenset({"treats", "isA", "increases", "decreases"})
#: ... but the examples the writer gives of a group inside the condition are the writer's own aside ("If you have
#: reacted to another tetracycline, such as B, ...": B is a tetracycline).
EXAMPLE_RULES = re.compile(r"such-as")


def supposed_claims(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the uses, classes and steps whose object is named only inside a condition that opens the
    sentence ("If B does not suit you, because it has not controlled the pain, A is tried": no denied use of B).

    >>> u = Unit("If X has not helped your Y, Z is tried.", [(3, 4, "x", "Drug"), (24, 25, "y", "Symptom")])
    >>> supposed_claims(u, [Found("x", "treats", "y", "r", negated=True)])
    []
    >>> u = Unit("If you have Y, do not take X.", [(12, 13, "y", "Disease"), (27, 28, "x", "Drug")])
    >>> [f.object for f in supposed_claims(u, [Found("x", "contraindicatedIn", "y", "r")])]
    ['y']
    """
    from graph_build.text.topic import CONDITION_COMMA

    opening = OPENING_SUPPOSITION.match(unit.text)
    comma = CONDITION_COMMA.search(unit.text, opening.end()) if opening else None
    if comma is None:
        return found
    end = comma.start()
    return [
        f
        for f in found
        if f.predicate not in SUPPOSED
        or EXAMPLE_RULES.search(f.rule)
        or not (spans := [m for m in unit.mentions if m[2] == f.object])
        or any(m[0] >= end for m in spans)
    ]
