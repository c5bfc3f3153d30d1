"""The drug named by its form as the subject of a side-effect verb (decision 0890).

Lay writers name the medicine by what it comes as: "The drops do not cause sleepiness.", "The patch does not cause
constipation, which is a relief to him.", "The tablets rarely cause a rash." `subjects.PRONOUN` has read a sentence
opening with the drug's form as the drug in focus since decision 0809 (for uses), but the verb rules whose subject
must stand right before their cue (`adverse-verb`: "causes", "triggers", "brings on") took only "it", "the drug" and
"the medicine" there, so such a denial or statement gave no claim. Here the form opening the sentence, followed by
nothing but auxiliaries, adverbs and a negation, is the drug in focus, for hasAdverseEffect only, and
`pronoun_referent` decides as for "it" (no drug after a condition a passage is about, the main clause's subject
first). A form the recogniser names ("The nasal powder very often causes A") is read so too, when it is the only
mention before the verb.
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


#: Before a form the recogniser names, opening the sentence: "The" only.
THE = re.compile(r"[\W_]*the\s+", re.I)


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
    if not ctx.focus:
        return None
    before = [m for m in unit.mentions if m[0] < cue]
    if not before:
        opening = FORM_OPENS.match(unit.text)
        pronoun = PRONOUN.match(unit.text)
        if opening is None or pronoun is None or pronoun.end() != opening.end():
            return None
    elif len(before) == 1 and before[0][3] == "Formulation" and THE.fullmatch(unit.text, 0, before[0][0]):
        # ("The nasal powder very often causes A": a form the recogniser names)
        pronoun = re.compile(rf".{{{before[0][1]}}}", re.S).match(unit.text)
    else:
        return None
    if not between.fullmatch(unit.text, pronoun.end(), cue):
        return None
    who = pronoun_referent(unit, pronoun, {"Drug"}, ctx)
    return who if who.slug else None
