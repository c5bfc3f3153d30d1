"""A generic head word alone is no one protein: "isomerase", "reductase", "kinase", "receptor" name a kind of enzyme
or target, and a vocabulary that lists such a word as a synonym of one protein ("isomerase" for PIN1,
NIMA-interacting peptidylprolyl isomerase) grounds every isomerase to it. A mention that is only such a word keeps
its entity only when the entity's own name is that word; one with a code right before it ("delta-7,8 isomerase",
"3CL protease") names another enzyme than the word's entity, so it grounds to nothing either (decision 0860).
"""

from __future__ import annotations

import re

#: Words that name a kind of enzyme or target, not one: the enzyme classes by the reaction they catalyse and the
#: common generic heads. A family the texts name as one target ("phosphodiesterase", "protease", "lipase", the
#: golds' target of dipyridamole and pentoxifylline) is no such word.
GENERIC = frozenset(
    [
        "isomerase",
        "reductase",
        "kinase",
        "oxidase",
        "oxidoreductase",
        "synthase",
        "synthetase",
        "transferase",
        "dehydrogenase",
        "hydrolase",
        "esterase",
        "ligase",
        "lyase",
        "mutase",
        "hydroxylase",
        "oxygenase",
        "monooxygenase",
        "dioxygenase",
        "carboxylase",
        "decarboxylase",
        "deaminase",
        "epimerase",
        "racemase",
        "aminotransferase",
        "transaminase",
        "enzyme",
        "receptor",
        "channel",
        "transporter",
    ]
)
#: Right before a mention: a code word (a word with a digit: "delta-7,8", "3CL", "type-2") that says which one.
CODE_BEFORE = re.compile(r"(?<![\w,-])[\w,'-]*[0-9][\w,'-]*\s+$")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in GENERIC else word


def generic_grounding(text: str, start: int, word: str, label: str) -> bool:
    """Whether the mention of `word` at `start`, grounded to the entity named `label`, is a generic head given one
    protein's identity: the word names a kind, and the entity is named otherwise or a code before the word names
    another one.

    >>> generic_grounding("It blocks an isomerase.", 13, "isomerase", "nima-interacting peptidylprolyl isomerase")
    True
    >>> generic_grounding("It blocks delta-7,8 isomerase.", 20, "isomerase", "isomerase")
    True
    >>> generic_grounding("It blocks lipase.", 10, "lipase", "lipase")
    False
    >>> generic_grounding("It blocks aromatase.", 10, "aromatase", "aromatase")
    False
    """
    head = _singular(word.lower())
    if head not in GENERIC:
        return False
    if _singular(label.lower()) != head:
        return True
    return CODE_BEFORE.search(text, max(0, start - 20), start) is not None
