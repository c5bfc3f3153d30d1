"""The drug named by its form as the subject of a side-effect verb (decision 0890).

Lay writers name the medicine by what it comes as: "The drops do not cause sleepiness.", "The patch does not cause
constipation, which is a relief to him.", "The tablets rarely cause a rash." `subjects.PRONOUN` has read a sentence
opening with the drug's form as the drug in focus since decision 0809 (for uses), but the verb rules whose subject
must stand right before their cue (`adverse-verb`: "causes", "triggers", "brings on") took only "it", "the drug" and
"the medicine" there, so such a denial or statement gave no claim. Here the form opening the sentence, followed by
nothing but auxiliaries, adverbs and a negation, is the drug in focus, for hasAdverseEffect only; the form is no
mention (a recognised formulation, "the nasal powder", stays its own subject) and `pronoun_referent` decides as for
"it" (no drug after a condition a passage is about, the main clause's subject first).
"""

from __future__ import annotations

import re

from graph_build.text.subjects import PRONOUN, Subject, pronoun_referent
from graph_build.text.units import Discourse, Unit

#: The drug's form opening the sentence (subjects.PRONOUN's own alternation, decision 0809).
FORM_OPENS = re.compile(
    r"^\s*(\*\*|__)?the (nasal |soft mist |skin |eye |ear )?(capsules?|tablets?|sprays?|plasters?|patch(es)?|"
    r"inhalers?|creams?|gels?|injections?|drops|liquid|ointment)\b",
    re.I,
)


def form_subject(unit: Unit, cue: int, between: re.Pattern, ctx: Discourse) -> Subject | None:
    """The drug in focus when the sentence opens with its form right before the cue at `cue` (`between`: what may
    stand between a subject and its verb, relate_cues.NEXT_TO_CUE), else None.

    >>> import re
    >>> aux = re.compile(r"\\s+((does|do|not|can|rarely)\\s+)*")
    >>> u = Unit("The drops do not cause sleepiness.", [(23, 33, "somnolence", "Symptom")])
    >>> form_subject(u, 17, aux, Discourse(focus="x")).slug
    'x'
    >>> u = Unit("The drops in the fridge cause no harm.", [])
    >>> form_subject(u, 24, aux, Discourse(focus="x")) is None
    True
    """
    opening = FORM_OPENS.match(unit.text)
    if not (opening and ctx.focus) or any(m[0] < cue for m in unit.mentions):
        return None
    if not between.fullmatch(unit.text, opening.end(), cue):
        return None
    pronoun = PRONOUN.match(unit.text)
    if pronoun is None or pronoun.end() != opening.end():
        return None
    who = pronoun_referent(unit, pronoun, {"Drug"}, ctx)
    return who if who.slug else None
