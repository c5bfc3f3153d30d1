"""Three turns of what "it" refers to that the discourse reading (topic.py, relate.update) missed (decision 0866):

1. A running sentence that defines a thing other than a medicine as a germ or an illness ("Giardia is a parasite that
   lives in the gut.", "MRSA is an infection that ..."): the next "It causes A" is that thing's, as under a heading
   asking "What is giardia?" (Discourse.asked_about, decision 0781), never the medicine's side effect.
2. A drug named as what causes a condition ("Opioids and other strong painkillers commonly cause it", "constipation
   caused by codeine") is no medicine of the document's when every drug is named once: the document's drug is the
   one named otherwise (decision 0845's reading of a drug named once in passing).
3. "The reverse can happen too: it may raise the level of B" after "A may raise the level of X": the roles swap, the
   document's drug now acts on the other; "it" is the document's drug, not the A of the sentence before.

The words of each reading are data (the tuples below).
"""

from __future__ import annotations

import re

from graph_build.text.owners import EFFECTS_HEADING, in_section
from graph_build.text.units import Discourse, Unit

#: What a germ or an illness is defined as ("X is a germ", "X is a common infection").
ILLNESS_KINDS = (
    "germs?",
    "bacteri(?:um|a)",
    "bugs?",
    "virus(?:es)?",
    "fung(?:us|i)",
    "parasites?",
    "infections?",
    "illness(?:es)?",
    "diseases?",
    "conditions?",
    "disorders?",
    "syndromes?",
)
#: A sentence's opening subject that names nothing defined: a pronoun, or a determiner ("The main risk is a serious
#: infection" says what a risk is, not what a thing is).
NOT_A_NAME = ("it", "this", "that", "these", "those", "they", "he", "she", "the", "a", "an", "your", "its", "one", "my")
DEFINES_ILLNESS = re.compile(
    r"[\W_]*(?!(?i:" + "|".join(NOT_A_NAME) + r")\b)(?P<name>[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,3}?)\s+(?:is|are)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:" + "|".join(ILLNESS_KINDS) + r")\b",
)

#: After a drug: it (with others of its kind) is the subject of causing ("Codeine and other strong painkillers
#: commonly cause it", "B can cause constipation").
CAUSES_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+(?:other|some|many)\s+[\w -]{1,40}?)?\s+(?:(?:can|may|often|commonly|sometimes|also|"
    r"frequently|usually)\s+)*(?:cause[sd]?|bring(?:s)?\s+on|trigger(?:s|ed)?)\b",
    re.I,
)
#: Before a drug: the condition it causes comes first ("constipation caused by codeine").
CAUSED_BY_BEFORE = re.compile(r"\b(?:caused|brought\s+on|triggered)\s+by\s+(?:the\s+|some\s+)?$", re.I)

#: What opens a sentence whose "it" swaps the roles of the sentence before ("The reverse can happen too:", "The
#: opposite is also true:", "Conversely,", "It works the other way round too:").
REVERSE = re.compile(
    r"[\W_]*(?:the\s+(?:reverse|opposite)\s+(?:can|may|also|is|does|happens|applies)\b|conversely\b|vice\s+versa\b"
    r"|(?:it\s+(?:also\s+)?works\s+)?the\s+other\s+way\s+(?:round|around)\b)",
    re.I,
)


def defines_illness(unit: Unit, ctx: Discourse) -> bool:
    """Whether a running sentence defines a thing that is no medicine as a germ or an illness, naming no agent, outside
    a side-effect section: its next "It causes A" is that thing's (set `asked_about`).

    >>> defines_illness(Unit("Giardia is a parasite that lives in the gut.", []), Discourse())
    True
    >>> defines_illness(Unit("The main risk is a serious infection.", []), Discourse())
    False
    >>> defines_illness(Unit("It is an infection of the gut.", []), Discourse())
    False
    """
    if unit.bullet or unit.item or any(m[3] in ("Drug", "DrugClass") for m in unit.mentions):
        return False
    if not DEFINES_ILLNESS.match(unit.text):
        return False
    return not (unit.heading and in_section(ctx, unit.heading, EFFECTS_HEADING))


def named_as_cause(text: str, start: int, end: int) -> bool:
    """Whether the drug named at `start`:`end` is named as what causes a condition.

    >>> t = "Codeine and other strong painkillers commonly cause it."
    >>> named_as_cause(t, 0, 7), named_as_cause("Constipation caused by codeine.", 23, 30)
    (True, True)
    >>> named_as_cause("Codeine is a painkiller.", 0, 7)
    False
    """
    return bool(CAUSES_AFTER.match(text, end) or CAUSED_BY_BEFORE.search(text, max(0, start - 40), start))


def reverse_turn(unit: Unit, ctx: Discourse) -> None:
    """A sentence opening with "The reverse can happen too" after one about another drug acting on the document's:
    its "it" is the document's drug (`Discourse.main`).

    >>> ctx = Discourse(focus="b", main="a")
    >>> reverse_turn(Unit("The reverse can happen too: it may raise the level of C.", []), ctx); ctx.focus
    'a'
    """
    if ctx.main and ctx.focus != ctx.main and REVERSE.match(unit.text):
        ctx.focus = ctx.main
