"""The agents coordinated as one subject of a use cue (decision 0758): "Lamotrigine and valproate are used for
epilepsy", "A, B or C can help Y" say the use of each agent, not only of the one `agent_subject` picks.

A list is read only when it is a plain coordination that ends right before the cue (at most auxiliaries and adverbs
between: `relate_cues.NEXT_TO_CUE`): its items are agents of the rule's subject classes, joined by commas and one
final "and" / "or" (a list of commas alone is no coordination: "Unlike A, B is used for Y" says B's use), with no
preposition, comparison or contrast right before its first item ("With A and B ...", "Unlike A or B ..."), and no
bracket or dash inside it.
"""

from __future__ import annotations

import re

from graph_build.text.units import Unit

#: Between two items of a coordination.
JOIN = re.compile(r"(,\s+|,?\s+(and|or)\s+)")
#: The last join of a coordination: "and" or "or".
LAST_JOIN = re.compile(r",?\s+(and|or)\s+")
#: Right before the first item: a word that makes the list the complement of something else, not the subject.
NOT_A_SUBJECT_BEFORE = re.compile(
    r"\b(with|without|than|of|to|from|between|like|unlike|versus|vs|besides|except|including|such as|as|after|"
    # (a possessive or article between: "not interact with her blood pressure tablets, and paracetamol is fine for Y"
    # names the tablets as the partner, no subject; decision 1012)
    r"before|plus|and|or|nor|neither|either|both of)\s+((the|an?|his|her|their|my|your|our|its)\s+)?$",
    re.I,
)

#: Before the list: the plural noun phrase opening the sentence and "such as" / "like" / "including", so the examples
#: are the subject ("Ordinary painkillers such as A and B do not work for Y": A's and B's denied use, not only B's, the
#: nearest; decision 0821).
CLASS_OPENING = re.compile(
    r"\W*(?!(unlike|like|than|with|without|besides|except|as)\b)([\w'-]+\s+){0,2}[\w'-]+s,?\s+"
    r"(such\s+as|like|including)\s+",
    re.I,
)


def coordinated_agents(unit: Unit, subject: str, cue: int, classes: set, next_to_cue: re.Pattern) -> list[str]:
    """The other agents coordinated with `subject` as the subject of the cue at offset `cue` ([] when none).

    >>> NEXT = re.compile(r"\\s+((are|is|can|also)\\s+)*")
    >>> u = Unit("A and B are used for Y.", [(0, 1, "a", "Drug"), (6, 7, "b", "Drug"), (21, 22, "y", "Disease")])
    >>> coordinated_agents(u, "a", 12, {"Drug"}, NEXT)
    ['b']
    >>> u = Unit("A, B or C can help Y.", [(0, 1, "a", "Drug"), (3, 4, "b", "Drug"), (8, 9, "c", "Drug")])
    >>> coordinated_agents(u, "a", 14, {"Drug"}, NEXT)
    ['b', 'c']
    >>> u = Unit("Unlike A, B is used for Y.", [(7, 8, "a", "Drug"), (10, 11, "b", "Drug")])
    >>> coordinated_agents(u, "b", 15, {"Drug"}, NEXT)
    []
    >>> ms = [(7, 8, "a", "Drug"), (10, 11, "b", "Drug"), (16, 17, "c", "Drug")]
    >>> u = Unit("Unlike A, B and C are used for Y.", ms)
    >>> coordinated_agents(u, "b", 22, {"Drug"}, NEXT)
    ['c']
    >>> u = Unit("With A and B, C is used for Y.", [(5, 6, "a", "Drug"), (11, 12, "b", "Drug"), (14, 15, "c", "Drug")])
    >>> coordinated_agents(u, "c", 19, {"Drug"}, NEXT)
    []
    >>> u = Unit("Painkillers such as A and B do not help Y.", [(20, 21, "a", "Drug"), (26, 27, "b", "Drug")])
    >>> coordinated_agents(u, "b", 28, {"Drug"}, NEXT)
    ['a']
    """
    text = unit.text
    before = [m for m in unit.mentions if m[1] <= cue]
    if not before or before[-1][3] not in classes or not next_to_cue.fullmatch(text, before[-1][1], cue):
        return []
    items = [before[-1]]
    joins: list[str] = []
    for m in reversed(before[:-1]):
        join = JOIN.fullmatch(text, m[1], items[0][0])
        if m[3] not in classes or join is None:
            break
        items.insert(0, m)
        joins.insert(0, join.group(0))
    while joins and not LAST_JOIN.fullmatch(joins[0]) and NOT_A_SUBJECT_BEFORE.search(text, 0, items[0][0]):
        items, joins = items[1:], joins[1:]  # "Unlike A, B and C are used for Y": A is set apart by its comma
    if len(items) < 2 or not LAST_JOIN.fullmatch(joins[-1]) or any(LAST_JOIN.fullmatch(j) for j in joins[:-1]):
        return []
    before_list = NOT_A_SUBJECT_BEFORE.search(text, 0, items[0][0])
    if before_list and not CLASS_OPENING.fullmatch(text, 0, items[0][0]):
        return []
    slugs = [m[2] for m in items]
    if subject not in slugs:
        return []
    return [s for s in dict.fromkeys(slugs) if s != subject]


def opening_class_example(unit: Unit, cue: int, classes: set, next_to_cue: re.Pattern) -> str | None:
    """The agent right before the cue at `cue` that exemplifies the plural noun phrase opening the sentence ("Creams
    such as X are tried first for Y": X), which the subject rules set apart as an example (decision 0821).

    >>> NEXT = re.compile(r"\\s+((are|is|can|also)\\s+)*")
    >>> opening_class_example(Unit("Creams such as X are used for Y.", [(15, 16, "x", "Drug")]), 21, {"Drug"}, NEXT)
    'x'
    >>> ms = [(22, 23, "x", "Drug")]
    >>> opening_class_example(Unit("Unlike creams such as X, B is used for Y.", ms), 29, {"Drug"}, NEXT) is None
    True
    """
    text = unit.text
    before = [m for m in unit.mentions if m[1] <= cue]
    if not before or before[-1][3] not in classes or not next_to_cue.fullmatch(text, before[-1][1], cue):
        return None
    if not CLASS_OPENING.fullmatch(text, 0, before[-1][0]) or "such" not in text[: before[-1][0]].lower():
        return None
    return before[-1][2]
