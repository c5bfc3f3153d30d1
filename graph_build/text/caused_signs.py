"""An illness that "causes" a symptom, said by a sentence that opens with the illness: its sign (decision 0840).

"Very high blood pressure may cause headaches or blurred vision", "Low sodium causes headache, feeling sick and
vomiting": the golds write the signs an illness brings as its phenotype and the illnesses it leads to as what it causes
(decision 0695; `relate_unowned.COURSE_VERBS` reads "It causes A" so). The causes-cue rule reads the verb "cause" as
`causes` whatever its ends are; here, when the sentence opens with the illness (a Disease, at most two words before
it) as the subject of "cause(s)" and the object is a symptom (a Symptom), the claim is the illness's hasPhenotype,
with its polarity and hedge. Not for an illness it leads to ("raises the risk of a stroke", "can cause kidney
disease": a Disease stays caused), not for "the commonest cause of Y" (a noun), and not for a relative clause
("inflammation of the gullet, which causes heartburn": the sentence opens with no illness).
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import Found, Unit

#: Before the illness that opens the sentence: at most two words ("Very high blood pressure", "Untreated, low sodium").
OPENING = re.compile(r"[\W_]*(?:[\w'\u2019-]+,?\s+){0,2}?")
#: Right after it: the verb "cause", with its modals, frequencies and denials ("may cause", "does not usually cause").
CAUSE_VERB = re.compile(
    r"\s*(?:\([^()]*\)\s*)?"  # ("Low sodium (hyponatraemia) can cause ...")
    r"(?:(?:can|could|may|might|will|would|often|usually|also|sometimes|commonly|typically|rarely|does not|do not"
    r"|doesn't|don't|doesn\u2019t|don\u2019t|not|seldom|never)\s+)*causes?\b",
    re.I,
)
RULE = "condition-causes-sign"


def caused_signs(unit: Unit, found: list[Found]) -> list[Found]:
    """The found claims of a unit with an opening illness's caused symptoms read as its signs (module docstring).

    >>> u = Unit("Very high blood pressure may cause headaches or a stroke.",
    ...          [(10, 24, "hypertension", "Disease"), (35, 44, "headache", "Symptom"), (50, 56, "stroke", "Disease")])
    >>> found = [Found("hypertension", "causes", "headache", "causes-cue", certainty="Possible"),
    ...          Found("hypertension", "causes", "stroke", "causes-cue", certainty="Possible")]
    >>> [(f.predicate, f.object, f.certainty) for f in caused_signs(u, found)]
    [('hasPhenotype', 'headache', 'Possible'), ('causes', 'stroke', 'Possible')]
    """
    if not unit.mentions or not any(f.rule == "causes-cue" and f.predicate == "causes" for f in found):
        return found
    first = unit.mentions[0]
    if first[3] != "Disease" or unit.bullet or not OPENING.fullmatch(unit.text, 0, first[0]):
        return found
    verb = CAUSE_VERB.match(unit.text, first[1])
    if not verb:
        return found
    signs = {m[2] for m in unit.mentions if m[3] == "Symptom" and m[0] >= verb.end()}
    return [
        dataclasses.replace(f, predicate="hasPhenotype", rule=RULE)
        if f.rule == "causes-cue" and f.predicate == "causes" and f.subject == first[2] and f.object in signs
        else f
        for f in found
    ]
