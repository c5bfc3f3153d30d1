"""A condition glossed in apposition by its signs (decision 0923): "rosacea, the flushing and redness of the cheeks",
"allergic conjunctivitis, the itchy, red, watery eyes that an allergy brings on", "myasthenia gravis, a disease of
muscle weakness". Lay texts name a condition and say in the next breath what it looks like; the signs so named are
its phenotype, as "Y, with A and B" (disease-with) and "Y, a reaction with A" (described_conditions.py, 0862) are
read already, and these readings keep that rule's id.

Strict, so that a list ("children with glaucoma, an overactive thyroid or ...") is never read as a gloss:
- the condition (class Disease, no drug's own reaction, no allergic reaction) stands right before the comma;
- "the" gloss: "the", at most three describing words each closed by a comma ("the itchy, red, watery eyes"), then a
  sign (class Symptom) at once - not a kind word ("the kind where A is the main problem": no comma, so no gloss);
- "of" gloss: "a (long-term / rare ...) disease / condition / illness / disorder of" and a sign at once ("a disease of
  the lungs" names an organ, no sign);
- the gloss's signs are the first and those joined to it by list separators only (passive.subjects_after);
- a denial inside the gloss before the sign ("the lack of ...") is none of these: only describing words may stand
  there; a denial of the sentence around it ("It is not a treatment for rosacea, the flushing ...") denies the use,
  not the condition's signs.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.described_conditions import DRUGS_REACTION, allergic_reaction
from graph_build.text.listed_owners import last_of_pair
from graph_build.text.passive import subjects_after
from graph_build.text.units import COND, DISEASE, Found, Unit

#: ", the A": "the", then at most three describing words, each closed by a comma, right before the sign.
THE_GLOSS = re.compile(r"[*_]{0,2}\s*,\s+the\s+(?:[a-z'-]+,\s+){0,3}", re.I)
#: ", a disease of A": a condition's kind word and "of", right before the sign.
OF_GLOSS = re.compile(
    r"[*_]{0,2}\s*,\s+an?\s+(?:(?:rare|serious|long-term|lifelong|life-long|chronic|common|inherited|rare inherited)"
    r"\s+)?(?:disease|condition|illness|disorder)\s+of\s+",
    re.I,
)

#: A bare gloss, "the" and the sign alone ("cluster headache, the pain that comes when ..."), and a clause after the
#: sign that says what it is: the condition is defined as that kind of thing, not shown by it as a sign.
BARE_THE = re.compile(r"[*_]{0,2}\s*,\s+the\s+$", re.I)
DEFINING_AFTER = re.compile(r"\s+(that|which|who|when|where)\b", re.I)


def glossed_signs(unit: Unit) -> list[Found]:
    """disease-with (decision 0923): the signs a condition is glossed by in apposition.

    >>> u = Unit("It does not treat rosacea, the flushing and redness of the cheeks.", [(18, 25, "rosacea",
    ...     "Disease"), (31, 39, "flushing", "Symptom"), (44, 51, "erythema", "Symptom")])
    >>> [(f.subject, f.object) for f in glossed_signs(u)]
    [('rosacea', 'flushing'), ('rosacea', 'erythema')]
    >>> u = Unit("It helps hay fever, the blocked, runny nose of an allergy.", [(9, 18, "hay-fever", "Disease"),
    ...     (33, 43, "rhinorrhea", "Symptom")])
    >>> [(f.subject, f.object) for f in glossed_signs(u)]
    [('hay-fever', 'rhinorrhea')]
    >>> u = Unit("Not with myasthenia gravis, a disease of muscle weakness.", [(9, 26, "myasthenia-gravis",
    ...     "Disease"), (41, 56, "muscle-weakness", "Symptom")])
    >>> [(f.subject, f.object) for f in glossed_signs(u)]
    [('myasthenia-gravis', 'muscle-weakness')]
    >>> u = Unit("I have IBS, the kind where diarrhoea is the main problem.", [(7, 10, "ibs", "Disease"),
    ...     (27, 36, "diarrhea", "Symptom")])
    >>> glossed_signs(u)
    []
    >>> u = Unit("Not for cluster headache, the pain that comes at night.", [(8, 24, "cluster-headache",
    ...     "Disease"), (30, 34, "pain", "Symptom")])
    >>> glossed_signs(u)
    []
    >>> u = Unit("Not for glaucoma, the flu or a cough.", [(8, 16, "glaucoma", "Disease"),
    ...     (22, 25, "influenza", "Disease"), (31, 36, "cough", "Symptom")])
    >>> glossed_signs(u)
    []
    """
    out: list[Found] = []
    text, ms = unit.text, unit.mentions
    for owner in ms:
        if owner[3] not in DISEASE or owner[2] in DRUGS_REACTION or allergic_reaction(owner[2]):
            continue
        if last_of_pair(unit, owner):
            continue  # ("the sore throat and the rash, the night sweats": a list goes on, no gloss; decision 1036)
        cue = THE_GLOSS.match(text, owner[1]) or OF_GLOSS.match(text, owner[1])
        if cue is None:
            continue
        first = next((m for m in ms if m[0] >= cue.end()), None)
        if first is None or first[0] != cue.end() or first[3] != "Symptom":
            continue
        if BARE_THE.match(cue.group()) and DEFINING_AFTER.match(text, first[1]):
            continue  # (a definition of the condition as a kind: "Y, the pain that comes when ...")
        for m in subjects_after(unit, cue.end(), COND):
            claim = Found(owner[2], "hasPhenotype", m[2], "disease-with", confidence=Decimal("0.7"))
            if m[2] != owner[2] and claim not in out:
                out.append(claim)
    return out
