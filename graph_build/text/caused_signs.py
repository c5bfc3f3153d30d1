"""An illness that causes a sign has it (decision 0842): "Very high blood pressure can cause headaches", "Epilepsy
causes repeated seizures", "A stroke can also cause sudden confusion" name what the illness shows. The development
golds write each such sentence as the illness's phenotype (hasPhenotype), not as a cause; causes-cue reads the verb
"cause" alike for every condition, so its claim of an illness (class Disease) causing a sign (class Symptom) is read
again here. An illness or a state that brings on another illness ("can cause a stroke", "can cause dehydration")
stays a cause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph_build.text.named_causes import GAP
from graph_build.text.units import Found, Unit

#: The finite verb "cause(s)" (not the noun of "the most common cause of", nor a participle: "conditions causing
#: spasms" names a group by what it brings on): an illness that causes a sign has it (decision 0842).
SIGN_VERB = re.compile(r"\bcauses?\b(?!\s+of\b)", re.I)


def caused_signs(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each causes-cue claim of an illness (class Disease) causing a sign (class Symptom), both named in
    the sentence, the illness the subject of the verb "cause(s)" (only modals and adverbs between), read as the
    illness's phenotype (sign-caused, decision 0842):
    "Very high blood pressure can cause headaches", "Epilepsy causes repeated seizures", "A stroke can also cause
    sudden confusion" name what the illness shows, as the development golds write it (12 claims, 7 documents, 6 sets);
    an illness or a state that brings on another illness ("can cause a stroke", "can cause dehydration") stays a cause.
    Polarity and hedge are the claim's.

    >>> u = Unit("Gout can cause fever.", [(0, 4, "gout", "Disease"), (15, 20, "fever", "Symptom")])
    >>> cue = Found("gout", "causes", "fever", "causes-cue")
    >>> [(f.subject, f.predicate, f.object, f.rule) for f in caused_signs(u, [cue])]
    [('gout', 'hasPhenotype', 'fever', 'sign-caused')]
    >>> u = Unit("Gout is a common cause of fever.", [(0, 4, "gout", "Disease"), (26, 31, "fever", "Symptom")])
    >>> [f.predicate for f in caused_signs(u, [Found("gout", "causes", "fever", "causes-cue")])]
    ['causes']
    """
    classes = {m[2]: m[3] for m in unit.mentions}
    out: list[Found] = []
    for f in found:
        if f.rule == "causes-cue" and classes.get(f.subject) == "Disease" and classes.get(f.object) == "Symptom":
            ill = next(m for m in unit.mentions if m[2] == f.subject)
            sign = next((m for m in unit.mentions if m[2] == f.object and m[0] >= ill[1]), None)
            verb = SIGN_VERB.search(unit.text, ill[1], sign[0]) if sign is not None else None
            # (the illness the verb's own subject, only modals and adverbs between: ", which causes" says what an
            # effect before it brings on, no sign of the illness)
            if verb is not None and GAP.fullmatch(unit.text, ill[1], verb.start()):
                f = replace(f, predicate="hasPhenotype", rule="sign-caused")
        if f not in out:
            out.append(f)
    return out
