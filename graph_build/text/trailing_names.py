"""A drug named only after a statement, in a later clause and not as that clause's subject, does not own the
statement (decision 0990).

A sentence that states a denied withdrawal or a value with no owner before it names its owner elsewhere (the drug the
passage is about): "When the spinal had worn off there was nothing to come off: no withdrawal, no lingering
after-effects, just a sore knee that he is treating with ice, B and rest" denies the spinal's withdrawal, not B's;
"Less than one per cent of each dose gets into the bloodstream, so it doesn't interact with tablets such as B" gives
the document's drug's share, not B's. The drug named later is what a later clause names as an object, an example or
another person's medicine. A drug that opens a later clause as its subject ("..., so B is taken twice a day") and a
drug named in the statement's own clause ("There are no withdrawal effects with B") keep the statement.
"""

from __future__ import annotations

import re

from graph_build.text.document_drugs import in_passing
from graph_build.text.opening_subjects import VERB_AFTER
from graph_build.text.units import Unit

#: Between a statement and a drug: what ends the statement's clause (a comma, semicolon, colon, dash or bracket).
CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
#: Right before a drug that opens a later clause as its subject: a clause break and at most a conjunction and a
#: determiner ("..., so B is taken twice a day", "; the B is ...").
SUBJECT_OPENS = re.compile(
    r"(?:[,;:]\s*(?:(?:and|but|so|while|whereas|because|as|since|then|and\s+so)\s+)?"
    r"|\b(?:and|but|so|because|since|while|whereas)\s+)(?:(?:the|this|that)\s+)?$",
    re.I,
)
#: How far before a drug its clause's opening is looked for.
OPENING_REACH = 30


def named_after_only(unit: Unit, at: int, slug: str) -> bool:
    """Whether every mention of `slug` in `unit` stands after offset `at` (the end of the statement) past a clause
    break, none of them as the subject of its clause: the drug does not own the statement.

    >>> t = "There was nothing to come off: no withdrawal, just a sore knee he treats with ice and B."
    >>> named_after_only(Unit(t, [(84, 85, "b", "Drug")]), 44, "b")
    True
    >>> t = "There is no withdrawal, so B can be stopped at once."
    >>> named_after_only(Unit(t, [(27, 28, "b", "Drug")]), 22, "b")
    False
    >>> t = "There are no withdrawal effects with B."
    >>> named_after_only(Unit(t, [(37, 38, "b", "Drug")]), 31, "b")
    False
    >>> t = "B causes no withdrawal, and its effect fades, as with C."
    >>> named_after_only(Unit(t, [(0, 1, "b", "Drug"), (53, 54, "c", "Drug")]), 22, "b")
    False
    """
    text = unit.text
    named = [m for m in unit.mentions if m[2] == slug]
    if not named or any(m[0] < at for m in named):
        return False
    for m in named:
        if not CLAUSE_BREAK.search(text, at, m[0]):
            return False  # (in the statement's own clause)
        if SUBJECT_OPENS.search(text, max(at, m[0] - OPENING_REACH), m[0]) and VERB_AFTER.match(text, m[1]):
            return False  # (the subject of a later clause)
    return True


def named_in_passing_only(unit: Unit, at: int, slug: str) -> bool:
    """Whether every mention of `slug` in `unit` names it in passing (`document_drugs.in_passing`: a partner it is
    taken with, a kin or a comparison, a modifier) or after the statement ending at `at` in a later clause, not as its
    subject (`named_after_only`): the drug does not own the statement ("I take it with B, and there's no withdrawal
    when I stop"; decision 0990).

    >>> t = "I take it with B, and there's no withdrawal when I stop."
    >>> named_in_passing_only(Unit(t, [(15, 16, "b", "Drug")]), 43, "b")
    True
    >>> t = "B is fine, and there's no withdrawal when I stop."
    >>> named_in_passing_only(Unit(t, [(0, 1, "b", "Drug")]), 36, "b")
    False
    """
    named = [m for m in unit.mentions if m[2] == slug]
    later = [m for m in named if m[0] >= at]
    if not named or (later and not named_after_only(Unit(unit.text, later), at, slug)):
        return False
    return all(in_passing(unit.text, m[0], m[1]) for m in named if m[0] < at)


#: In the clause of a denied withdrawal, the stopped drug named by a reference: "if it's ever stopped", "once it
#: stops", "when you stop it", "coming off it" (decision 1081).
STOPPED_REFERENCE = re.compile(
    r"\b(?:stop(?:s|ped|ping)?|come\s+off|comes\s+off|came\s+off|coming\s+off|quit(?:s|ting)?)\s+(?:taking\s+)?"
    r"(?P<a>it|them)\b"
    r"|\b(?P<b>it|they)(?:['’]s|\s+is|\s+are|\s+was|\s+were|\s+has\s+been|\s+have\s+been)?\s+(?:\w+\s+)?"
    r"(?:stop(?:s|ped)?|ends?|ended|finish(?:es|ed)?)\b",
    re.I,
)


def stopped_by_reference(unit: Unit, start: int, at: int, slug: str) -> str:
    """The reference word ("it") by which the clause of the statement from `start` to `at` names the drug stopped,
    when that clause names it so before its first clause break and every mention of `slug` stands after that break:
    the later clause's drug, even as its subject, is not what was stopped ("There's no withdrawal if it's ever
    stopped, but the B would climb again", "... once it stops; B is only needed while ..."); empty otherwise
    (decision 1081).

    >>> t = "There's no withdrawal if it's ever stopped, but the B would climb again."
    >>> stopped_by_reference(Unit(t, [(52, 53, "b", "Drug")]), 11, 21, "b")
    'it'
    >>> t = "There's no withdrawal with B if it's stopped."
    >>> stopped_by_reference(Unit(t, [(27, 28, "b", "Drug")]), 11, 21, "b")
    ''
    >>> t = "There's no withdrawal, so B can be stopped at once."
    >>> stopped_by_reference(Unit(t, [(26, 27, "b", "Drug")]), 11, 21, "b")
    ''
    """
    text = unit.text
    end = CLAUSE_BREAK.search(text, at)
    if end is None:
        return ""
    lead = CLAUSE_BREAK.search(text[:start][::-1])
    opened = start - lead.start() if lead else 0
    named = [m for m in unit.mentions if m[2] == slug]
    if not named or any(m[0] < end.start() for m in named):
        return ""
    said = STOPPED_REFERENCE.search(text, opened, end.start())
    return (said.group("a") or said.group("b")) if said else ""
