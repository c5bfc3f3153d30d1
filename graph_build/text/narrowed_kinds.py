"""A forbidden condition named with a phrase that makes it a narrower kind the vocabularies do not take in whole: the
kind a drug brought on ("bowel inflammation after taking antibiotics"), the kind named by its origin ("shock from a
failing heart"), the kind at one site ("bleeding at the back of the eye"), or a gloss of the condition before it
("unstable angina, chest pain that comes on at rest"), or a course the condition takes in some people only
("permanent AF", "paroxysmal AF", "long-standing Y": decision 0810), one attack of it or a stage it has reached
("a sudden attack of Y", "Y that has spread through the body": decision 0812). A contraindication in the whole
condition would say more than the sentence (decision 0804); the narrower kind is left unread.
"""

from __future__ import annotations

import re

#: Right after a condition: what brought it on was a medicine ("after taking antibiotics", "from using steroids").
DRUG_INDUCED_AFTER = re.compile(
    r"\s+(after|following|from|caused by|brought on by)\s+(taking|using|a course of|having taken|having used)\b", re.I
)
#: Before a condition a medicine brought on: a person's past ("who has had Y after taking B", "a history of Y after
#: B"); without it "should not be used in Y after a course of B" dates the prohibition, Y is the whole condition
#: (decision 0662's reading, kept by decision 0798).
HISTORY_BEFORE = re.compile(
    r"\b((has|have|had|having)\s+(had|got|developed|suffered|experienced)|history\s+of|who\s+(had|got|developed))\b"
    r"[^.;:]{0,30}$",
    re.I,
)
#: Right after a condition: the failing organ it comes from ("shock from a failing heart", "due to a weak heart").
ORIGIN_AFTER = re.compile(
    r"\s+(from|caused by|due to|because of)\s+(an?\s+|the\s+|your\s+)?"
    r"(failing|weak|weakened|damaged|diseased|struggling)\s+[\w-]+",
    re.I,
)
#: Right after a condition: one site of a part ("at the back of the eye", "on the surface of the skin").
SITE_AFTER = re.compile(
    r"\s+(at|in|on|behind)\s+the\s+(back|front|base|surface|lining|inside|outside|edge|side|top|bottom)\s+of\s+"
    r"(the\s+|your\s+)?[\w-]+",
    re.I,
)
#: Right before a condition: a course it takes in some people only ("people with permanent AF", "not used in
#: paroxysmal AF"), where the vocabularies name the whole condition (decision 0810).
COURSE_BEFORE = re.compile(
    r"\b(permanent|persistent|paroxysmal|long-?standing|end-stage|late-stage|first-episode)\s+[*_]{0,2}$", re.I
)
#: Right before a condition: one attack of it ("a sudden attack of breathlessness", "an attack of gout"): the attack is
#: a narrower kind than the condition the vocabularies name (decision 0812; "a flare of Y", "an episode of Y" are read
#: as Y by the golds, and so is "an asthma attack").
ATTACK_BEFORE = re.compile(r"\battacks?\s+of\s+(an?\s+|the\s+|your\s+)?[*_]{0,2}$", re.I)
#: Right after a condition: the stage it has reached ("a fungal infection that has spread through the body", "an
#: attack of asthma that has already started", "cancer that has spread to the bones"): a narrower kind (decision 0812).
STAGE_AFTER = re.compile(
    r"[*_]{0,2},?\s+(that|which)\s+(has|have|had|is|are)\s+(already\s+)?(spread|started|begun|set\s+in|come\s+on)\b",
    re.I,
)
#: Right before a condition: the first words of a name the vocabularies do not know ("the kind of asthma known as
#: brittle asthma", "a type of migraine called hemiplegic migraine"): the named kind only (decision 0812).
NAMED_KIND_BEFORE = re.compile(r"\b(called|known\s+as|named)\s+([\w-]+\s+){1,2}[*_]{0,2}$", re.I)
#: Between a condition and the next one: a comma only; after the next: a relative clause ("unstable angina, chest
#: pain that comes on at rest": the second glosses the first).
APPOSITION_BETWEEN = re.compile(r",\s*(a |an |the )?([\w-]+\s+){0,2}$")
RELATIVE_AFTER = re.compile(r"\s+(that|which|where|when)\b", re.I)
#: After a condition: what sets it off ("whose asthma is set off by aspirin", "asthma that flares up after
#: ibuprofen"): the kind a trigger brings on (a reaction to B), not every case of the condition (decision 1040). The
#: conditions coordinated before the trigger share it only where the group's clause owns them all ("whose asthma or
#: hives are set off by B", "who has had asthma, a rash or swelling after taking B"): in "severe heart failure, or
#: asthma that flares up after B" the trigger is the asthma's alone (TRIGGER_OWNER_BEFORE).
CONJUNCTS = r"((\s*,\s*|\s+(or|and)\s+|\s*,\s*(or|and)\s+)(an?\s+|the\s+)?[\w'-]+(\s+[\w'-]+)?){0,3}[*_]{0,2}"
TRIGGER = (
    r"(\s+(that|which))?(\s+(is|are|was|were|gets?|got|has\s+been|have\s+been))?\s+"
    r"((set\s+off|brought\s+on|triggered|made\s+worse)\s+by|(flares?|flared|worsens?|gets\s+worse)(\s+up)?\s+"
    r"(after|with|when))\b"
)
TRIGGERED_AFTER = re.compile(r"[*_]{0,2}" + TRIGGER, re.I)
TRIGGERED_AFTER_CONJUNCTS = re.compile(CONJUNCTS + TRIGGER, re.I)
#: Between two coordinated conditions: a comma, "or" / "and", an article, and one word of the next one's name the
#: recogniser left out ("asthma, nettle rash or runny nose": "nettle").
JOINED = re.compile(r"[*_]{0,2}\s*(,\s*)?((or|and)\s+)?(an?\s+|the\s+)?([a-z]+\s+)?[*_]{0,2}", re.I)
#: Before the first of coordinated conditions: the group's clause that owns them all ("whose", "who has had").
TRIGGER_OWNER_BEFORE = re.compile(
    r"\b(whose|(has|have|had|having)\s+(had|got|developed|suffered))\s+(an?\s+)?[*_]{0,2}$", re.I
)
#: After a condition and the conditions coordinated with it: a medicine brought them on ("asthma, a rash or swelling
#: after taking aspirin"), read with HISTORY_BEFORE as DRUG_INDUCED_AFTER is (decision 1040).
INDUCED_AFTER_CONJUNCTS = re.compile(
    CONJUNCTS + r"\s+(after|following|from|caused by|brought on by)\s+(taking|using|a course of|having taken|having"
    r" used)\b",
    re.I,
)


def narrowed_kind(text: str, mention: tuple, mentions: list, conditions: frozenset[str]) -> bool:
    """Whether the condition `mention` is named as a narrower kind, or as a gloss of the condition before it.

    >>> t = "anyone with bleeding at the back of the eye"
    >>> narrowed_kind(t, (12, 20, "hemorrhage", "Disease"), [], frozenset({"Disease"}))
    True
    >>> t = "anyone with unstable angina, chest pain that comes on at rest"
    >>> ms = [(12, 27, "angina-unstable", "Disease"), (29, 39, "chest-pain", "Symptom")]
    >>> narrowed_kind(t, ms[1], ms, frozenset({"Disease", "Symptom"})), narrowed_kind(t, ms[0], ms, frozenset())
    (True, False)
    >>> narrowed_kind("people with heart failure", (12, 25, "heart-failure", "Disease"), [], frozenset())
    False
    >>> narrowed_kind("people with permanent AF", (22, 24, "atrial-fibrillation", "Disease"), [], frozenset())
    True
    >>> t = "anyone who has had colitis after taking antibiotics"
    >>> narrowed_kind(t, (19, 26, "colitis", "Disease"), [], frozenset()), narrowed_kind(
    ...     "not in asthma after a course of antibiotics", (7, 13, "asthma", "Disease"), [], frozenset())
    (True, False)
    >>> t = "people whose asthma or hives are set off by aspirin"
    >>> narrowed_kind(t, (13, 19, "asthma", "Disease"), [], frozenset())
    True
    """
    end = mention[1]
    induced = "induced" in mention[2]  # (the vocabulary's concept is already the kind a drug brought on)
    if COURSE_BEFORE.search(text, max(0, mention[0] - 30), mention[0]):
        return True
    if ORIGIN_AFTER.match(text, end):
        return True
    if DRUG_INDUCED_AFTER.match(text, end) and not induced:
        return bool(HISTORY_BEFORE.search(text, max(0, mention[0] - 60), mention[0]))
    if SITE_AFTER.match(text, end) or TRIGGERED_AFTER.match(text, end):
        return True  # ("whose asthma is set off by aspirin": decision 1040)
    if TRIGGERED_AFTER_CONJUNCTS.match(text, end) or (INDUCED_AFTER_CONJUNCTS.match(text, end) and not induced):
        # ("whose asthma or hives are set off by B", "who has had asthma, a rash or swelling after taking B")
        return _first_owned(text, mention, mentions)
    if NAMED_KIND_BEFORE.search(text, max(0, mention[0] - 40), mention[0]):
        return True  # ("the kind of Y known as brittle Y": decision 0812)
    if ATTACK_BEFORE.search(text, max(0, mention[0] - 30), mention[0]) or STAGE_AFTER.match(text, end):
        return True  # ("a sudden attack of Y", "a Y that has spread through the body": decision 0812)
    if not RELATIVE_AFTER.match(text, end):
        return False
    return any(
        m[1] <= mention[0] and m[3] in conditions and APPOSITION_BETWEEN.fullmatch(text, m[1], mention[0])
        for m in mentions
    )


def _first_owned(text: str, mention: tuple, mentions: list) -> bool:
    """Whether the first of the conditions coordinated up to `mention` (itself, or one before it joined by a comma,
    "or" or "and") stands right after a group's clause that owns them all ("whose", "who has had"; decision 1040)."""
    first = mention
    while True:
        joined = [m for m in mentions if m[1] <= first[0] and JOINED.fullmatch(text, m[1], first[0])]
        if not joined:
            return bool(TRIGGER_OWNER_BEFORE.search(text, max(0, first[0] - 40), first[0]))
        first = max(joined, key=lambda m: m[1])
