"""The words for people that several readers share, in one place (decision 0824): "people with Y", "patients taking
B", "in those who have Y", "anyone on B". Each reader takes the common words and names what it adds ("someone",
"persons", "individuals", "many"), so a list is shared only where the readers' words were the same.

Readers with another set keep their own words (decision 0824 lists them): those with "users", "residents", "pupils",
"parents" or "of them", and those that leave a common word out (relate_cues.IN_CONTEXT has no "anyone",
relate_unowned.PEOPLE_WITH_IT no "women" or "men"); a reader would otherwise read words it was never measured with.
"""

from __future__ import annotations

#: The common words for the people a statement is about ("people", "patients", "those", "anyone", ...).
COMMON_PEOPLE = ("people", "patients", "adults", "children", "women", "men", "those", "anyone")
#: The people a denied use or a caution is narrowed to, by age or state ("in children", "for older people", "in
#: pregnant women"): the group's noun and the words that may stand before it (restricted_denials).
GROUPS = ("children", "adults", "people", "patients", "women", "men", "babies", "infants", "teenagers", "adolescents")
GROUPS += ("elderly", "pensioners")
GROUP_ADJECTIVES = ("healthy", "older", "younger", "young", "elderly", "frail", "pregnant", "most", "all", "the")


def people(*more: str) -> str:
    """The common words and `more`, as a regex alternation of whole words (the caller writes the group and the word
    boundaries around it; the words are distinct and none begins another, so their order does not change a match).

    >>> people("someone")
    'people|patients|adults|children|women|men|those|anyone|someone'
    """
    return "|".join((*COMMON_PEOPLE, *more))
