"""A thing that is no medicine is for something (decision 0865): "The ice machine is for injuries, not drinks", "The
first aid kit is for cuts", "This room is for people with asthma". "X is for Y" gives a use only when X is the drug, its
pronoun or a description of a medicine ("The cream is for eczema"); a named object that is no medicine (a machine, a
room, a kit, a box) uses nothing, and the drug the document is about does not stand in for it.
"""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: A sentence (or a list item) that opens with a determiner and a noun phrase, then "is / are for".
THING_FOR = re.compile(
    r"[\W_]*(the|this|that|our|your|their|a|an|each|every)\s+(?P<np>([\w'\u2019-]+\s+){0,3}?[\w-]+)\s+"
    r"(is|are)\s+((only|just|mainly|also|not|strictly|mostly|usually)\s+)*for\b",
    re.I,
)
#: The head nouns that name a medicine, a form of one or its use ("the cream", "the tablets", "this treatment").
MEDICINE_HEADS = frozenset(
    [
        "medicine",
        "medicines",
        "medication",
        "medications",
        "drug",
        "drugs",
        "tablet",
        "tablets",
        "capsule",
        "capsules",
        "pill",
        "pills",
        "cream",
        "creams",
        "gel",
        "gels",
        "ointment",
        "ointments",
        "lotion",
        "lotions",
        "spray",
        "sprays",
        "inhaler",
        "inhalers",
        "injection",
        "injections",
        "jab",
        "jabs",
        "patch",
        "patches",
        "drops",
        "liquid",
        "liquids",
        "syrup",
        "syrups",
        "sachet",
        "sachets",
        "powder",
        "powders",
        "suppository",
        "suppositories",
        "pessary",
        "pessaries",
        "vaccine",
        "vaccines",
        "remedy",
        "remedies",
        "treatment",
        "treatments",
        "therapy",
        "therapies",
        "product",
        "products",
        "dose",
        "doses",
        "granules",
        "solution",
        "solutions",
        "foam",
        "foams",
        "shampoo",
        "shampoos",
        "wash",
        "mouthwash",
        "lozenge",
        "lozenges",
        "pen",
        "pens",
        "one",
        "ones",
        "version",
        "versions",
        "form",
        "forms",
        "strength",
        "strengths",
        "preparation",
        "preparations",
        "antibiotic",
        "antibiotics",
        "course",
    ]
)
#: The mention kinds that make the noun phrase a medicine.
MEDICINE_KINDS = frozenset({"Drug", "DrugClass", "Formulation"})


def thing_for_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the uses read from "the <thing> is for Y" when the thing is no medicine.

    >>> u = Unit("The ice machine is for injuries.", [(23, 31, "wounds-and-injuries", "Disease")])
    >>> thing_for_dropped(u, [Found("x", "treats", "wounds-and-injuries", "treats-cue")])
    []
    >>> u = Unit("The cream is for eczema.", [(17, 23, "eczema", "Disease")])
    >>> len(thing_for_dropped(u, [Found("x", "treats", "eczema", "treats-cue")]))
    1
    """
    match = THING_FOR.match(unit.text)
    if match is None:
        return found
    np_start, np_end = match.span("np")
    if any(m[3] in MEDICINE_KINDS and m[0] < np_end and m[1] > np_start for m in unit.mentions):
        return found
    if any(word.lower() in MEDICINE_HEADS for word in match.group("np").split()):
        return found  # ("the capsule we sell is for Y": a medicine's noun anywhere in the phrase)
    after = {m[2] for m in unit.mentions if m[0] >= match.end()}
    return [f for f in found if not (f.predicate == "treats" and f.object in after and f.subject not in after)]
