""" "Tired" said of a person: HPO's exact lay synonym of Fatigue (HP:0012378, "Tired"), read where the word is what a
person is, gets, feels or is left ("he was tired all the time", "it leaves her tired", "they are often confused and
tired", "I felt tired"), decision 0943.

The bare word is on the index's guard list of common English (vocab_index.GUARD): alone it also qualifies a thing
("tired eyes", "a tired heart", "the tired gland"), wearies of something ("tired of explaining"), describes how
someone looks ("if he looks tired"), or sets a time ("a slur when he is tired"). So only the predicate of a linking
verb, a feeling verb, or a verb that leaves or makes a person so, is read; never before "of" or a noun it
qualifies, never after "look" or "seem", never in a clause of "when / if / until".
"""

from __future__ import annotations

import re

#: The verb before the word: linking, feeling, or leaving / making a person (with up to two adverbs and up to three
#: coordinated feelings between: "are often confused and tired", "feel hopeless, tired and slowed down").
STATED_TIRED = re.compile(
    r"\b(?P<verb>(?:is|are|was|were|am|be|been|get|gets|got|getting|become|becomes|became|feel|feels|felt|feeling"
    r"|grow|grows|grew)"
    r"|(?:leave|leaves|left|leaving|make|makes|made|making|keep|keeps|kept)\s+"
    r"(?:you|her|him|them|me|us|people|someone|patients|children))\s+"
    r"(?:(?:often|also|still|usually|always|sometimes|constantly|now|quite|very|so|really|more|far\s+more"
    r"|much\s+more|unusually|extremely|a\s+bit|a\s+little|too)\s+){0,2}"
    r"(?:[a-z][\w-]*(?:,\s+|\s+(?:and|or)\s+)){0,3}"
    r"(?P<tired>tired)\b"
    r"(?![-'’]|\s+(?:of|eyes?|hearts?|glands?|muscles?|skin|feet|legs|arms|looking|face)\b"
    # ("cold, tired and sick of it": a list that wearies of something)
    r"|\s*,?\s+(?:and|or)\s+[\w-]+\s+of\b)",
    re.I,
)
#: A clause that sets a time or a condition before the verb ("a slight slur when he is tired", "if you get tired").
WHEN_CLAUSE = re.compile(r"\b(?:when|whenever|if|until|unless|once|while)\s+(?:[\w']+\s+){0,2}$", re.I)


def stated_tired(text: str) -> list[tuple[int, int]]:
    """The spans of "tired" said of a person in `text` (decision 0943).

    >>> t = "He was tired all the time, and it leaves her tired."
    >>> [t[a:b] for a, b in stated_tired(t)]
    ['tired', 'tired']
    >>> stated_tired("They are often confused and tired for a while.")
    [(28, 33)]
    >>> stated_tired("She is tired of explaining. It helps tired eyes. If he looks tired, let him rest.")
    []
    >>> stated_tired("I feel cold, tired and sick of it.")
    []
    >>> stated_tired("He has a slight slur when he is tired.")
    []
    """
    out = []
    for match in STATED_TIRED.finditer(text):
        if WHEN_CLAUSE.search(text, max(0, match.start() - 40), match.start()):
            continue
        out.append(match.span("tired"))
    return out
