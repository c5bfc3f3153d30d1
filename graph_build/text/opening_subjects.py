"""The drug that opens a sentence is what a later "it" of a use in the same sentence refers to (decision 0941):
"Pindolol is a beta blocker, and doctors also prescribe it for angina", "Paracetamol does not interact with
primaquine, so he can take it for a headache": the "it" of the second clause is the first clause's subject, not the
drug an earlier sentence left in focus.

Strict on purpose: the sentence opens with the drug's name (markup or a list mark before it only), the name is its
subject (a verb follows it at once: no list "A and B", no apposition, no possessive), the pronoun is "it" and stands in
a later clause (after a comma and "and", "so", "but" or "and so"), and no "it" or "its" stands between the name and
that clause ("Paracetamol is safe with it, and he can take it for a headache": the first "it" is the drug in focus,
and so is the second). A drug named in passing (`subjects._aside`) opens nothing.
"""

from __future__ import annotations

import re

from graph_build.text.subjects import _aside
from graph_build.text.units import Unit

#: Before the opening name: markup, a list mark, spaces.
OPENS = re.compile(r"[\s*_>#-]*$")
#: Right after the name: a verb of the clause it is the subject of (an adverb or auxiliary first allowed).
VERB_AFTER = re.compile(
    r"[*_]*\s+(?:(?:also|often|usually|only|still|never|rarely|sometimes|can|may|might|could|will|would|should|does|"
    r"did|do|has|had|have)\s+)*(?:is|are|was|were|does|did|has|had|can|may|might|could|will|would|should|works?|"
    r"[a-z]+s)\b",
    re.I,
)
#: The later clause the pronoun stands in: a comma, then "and", "so", "but" or "and so" before it.
LATER_CLAUSE = re.compile(r",\s+(?:and\s+so|and|so|but)\s+[^,;:.]*$", re.I)
#: A pronoun for a drug between the name and the later clause: the sentence already speaks of another drug by it.
EARLIER_PRONOUN = re.compile(r"\b(?:it|its)\b", re.I)


def opening_subject(unit: Unit, pronoun: int, classes: set | frozenset) -> str | None:
    """The drug opening the sentence that the "it" at `pronoun` refers to, or None (resolve it as before).

    >>> t = "Pindolol is a beta blocker, and doctors also prescribe it for angina."
    >>> opening_subject(Unit(t, [(0, 8, "pindolol", "Drug"), (64, 70, "angina", "Disease")]), 55, {"Drug"})
    'pindolol'
    >>> t = "Paracetamol is safe with it, and he can take it for a headache."
    >>> opening_subject(Unit(t, [(0, 11, "acetaminophen", "Drug")]), 45, {"Drug"}) is None
    True
    >>> t = "Doctors prescribe pindolol, and it is also given for angina."
    >>> opening_subject(Unit(t, [(18, 26, "pindolol", "Drug")]), 32, {"Drug"}) is None
    True
    """
    text = unit.text
    if text[pronoun : pronoun + 2].lower() != "it" or not unit.mentions:
        return None
    first = unit.mentions[0]
    if first[3] not in classes or first[1] > pronoun or not OPENS.match(text[: first[0]]) or _aside(text, first):
        return None
    if not VERB_AFTER.match(text, first[1]):
        return None
    later = LATER_CLAUSE.search(text, first[1], pronoun)
    if not later or EARLIER_PRONOUN.search(text, first[1], later.start()):
        return None
    if any(m[3] in classes and m[2] != first[2] and m[0] >= later.start() and m[1] <= pronoun for m in unit.mentions):
        return None  # ("A is X, so B ... : take it"): a drug of the later clause before the pronoun is nearer
    return first[2]
