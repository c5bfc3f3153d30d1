"""Another maker of "make" is not the drug (decision 0942): "dust makes her cough", "a low blood count makes you
breathless", "The mix can make you very sick" say what the dust, the count or the mix does; the adverse "make" cue
(0664) takes the document's drug for its subject when the sentence names none, so the effect went to the drug.

The word right before the verb (past its auxiliaries, adverbs and a negation) is looked at: a lower-case noun that is
no pronoun, relative or conjunction, no word for the medicine itself ("the tablets", "the drops", "this dose") and
not the end of a drug's or class's mention is another maker, and the cue gives no claim (rules.CHECKS
"other-maker-is-no-drug"). "It can make you dizzy", "which makes people drowsy", "Bromocriptine can make you dizzy",
"the tablets may make you sleepy" are unchanged.
"""

from __future__ import annotations

import re

from graph_build.text.units import AGENT, Unit

#: Before the verb, right to left: auxiliaries, adverbs and a negation between the maker and "make".
BETWEEN = re.compile(
    r"(?:\s+(?:can|may|might|could|will|would|should|shall|must|does|do|did|has|have|had|often|also|sometimes|usually|"
    r"commonly|rarely|occasionally|really|still|then|just|always|never|not|n't|can't|cannot|won't|doesn't|don't|"
    r"didn't|generally|typically|even|further|too|only|quickly|easily|certainly|probably|possibly))*\s*$",
    re.I,
)
#: Between an agent and the word before "make": a postmodifier of the agent ("antihistamines for hay fever",
#: "older antihistamines such as chlorphenamine"), so the agent heads the subject.
POSTMODIFIER = re.compile(r"\s+(?:for|with|of|in|on|from|against|such\s+as|like)\s+[^,;:.()]{0,40}", re.I)
#: The last word before them.
LAST_WORD = re.compile(r"([A-Za-z][a-z'-]*)$")
#: Words before "make" that are not another maker: pronouns, relatives, conjunctions, prepositions and verbs a gerund
#: follows ("known for making people sleepy", "avoid making"), the medicine's own nouns, and words that leave the
#: subject to the clause ("to make", "together", "suddenly").
# fmt: off
NOT_MAKERS = frozenset((
    "it", "its", "itself", "this", "that", "these", "those", "they", "them", "which", "who", "what", "whatever",
    "and", "or", "but", "nor", "so", "then", "also", "to", "together", "both", "either", "one", "ones", "suddenly",
    "alone", "medicine", "medicines", "medication", "medications", "drug", "drugs", "tablet", "tablets", "pill",
    "pills", "capsule", "capsules", "dose", "doses", "drops", "spray", "sprays", "cream", "creams", "gel", "gels",
    "patch", "patches", "injection", "injections", "jab", "jabs", "treatment", "treatments", "inhaler", "inhalers",
    "liquid", "liquids", "lozenge", "lozenges", "sachet", "sachets", "suppository", "suppositories", "ointment",
    "lotion", "shampoo", "implant", "implants", "infusion", "infusions", "product", "products", "version",
    "versions", "form", "forms", "formulation", "preparation", "preparations", "brand", "brands", "type", "types",
    "kind", "kinds", "effect", "effects", "side", "for", "of", "by", "from", "with", "without", "in", "on", "at",
    "about", "after", "before", "into", "than", "as", "like", "avoid", "avoids", "keep", "keeps", "stop", "stops",
))
# fmt: on


def other_maker(unit: Unit, cue_start: int) -> bool:
    """Whether the noun right before the "make" cue at `cue_start` names another maker than the drug.

    >>> other_maker(Unit("Pat avoids the room, because dust makes her cough.", []), 35)
    True
    >>> other_maker(Unit("It can make you dizzy.", []), 7)
    False
    >>> other_maker(Unit("The tablets may make you sleepy.", []), 16)
    False
    >>> other_maker(Unit("Diazepam can make you sleepy.", [(0, 8, "diazepam", "Drug")]), 13)
    False
    >>> other_maker(Unit("Antihistamines for hay fever can make you drowsy.", [(0, 14, "antihistamine", "DrugClass"),
    ...                  (19, 28, "hay-fever", "Disease")]), 33)
    False
    """
    text = unit.text
    between = BETWEEN.search(text, 0, cue_start)
    end = between.start() if between else cue_start
    word = LAST_WORD.search(text, 0, end)
    if word is None or word.group(1)[0].isupper():
        return False  # (the sentence's first word or a name: left to the subject rules)
    if word.group(1).lower() in NOT_MAKERS:
        return False
    agents = [m for m in unit.mentions if m[3] in AGENT]
    if any(m[0] < end <= m[1] + 1 for m in agents):
        return False  # (the drug's or class's own name)
    # ("Antihistamines for hay fever can make you drowsy": the word ends a postmodifier of the agent, its head)
    return not any(m[1] <= word.start() and POSTMODIFIER.fullmatch(text, m[1], word.start()) for m in agents)
