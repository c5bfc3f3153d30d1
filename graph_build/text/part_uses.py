"""What a medicine is taken for when a person's body part or measure stands for it (decision 0959): "I take ibuprofen
for my back", "paracetamol, which Kev takes for his knees", "Derek takes simvastatin for his cholesterol", "atenolol
for their blood pressure". In lay English the part after "for" and a possessive names the part's pain, and the
measure names its raised level (the NHS's "high cholesterol", "high blood pressure"): the words are read as that
concept, as `recognise.LAY_PHRASES` reads other lay wordings, so the use rules that read "X for Y" read them.

Only the parts whose lay "for my <part>" is a pain (the vocabularies' back pain, knee pain, shoulder pain, hip pain,
neck pain, wrist pain, elbow pain), never a part whose trouble the words leave open: "for my ankles" (a water tablet
for swollen ankles), "for his heart", "for her stomach", "for my lungs", "for your kidneys", "for my skin" name an
organ whose illness the sentence does not say. Without "for" and a possessive ("the knee", "his back was sore") the
words name no use and are left to the recogniser.
"""

from __future__ import annotations

import re

#: A person's own, as lay writing puts it before the part: "for my back", "for his bad knee", "for her aching knees".
_OWNER = r"\bfor\s+(my|your|his|her|their|our)\s+"
#: Words of a part that hurts between the possessive and the part ("my bad back", "his dodgy knee", "her aching
#: knees"); they belong to the name of the pain.
_HURTING = r"((bad|dodgy|sore|stiff|aching|achy|painful|creaky|gammy|arthritic|worn)\s+)?"
#: part (singular and plural) -> the vocabulary name of its pain
PART_PAINS = {
    r"back": "back pain",
    r"knees?": "knee pain",
    r"shoulders?": "shoulder pain",
    r"hips?": "hip pain",
    r"neck": "neck pain",
    r"wrists?": "wrist pain",
    r"elbows?": "elbow pain",
}
#: a measure -> the vocabulary name of its raised level ("for his cholesterol": high cholesterol)
MEASURES = {
    r"cholesterol": "high cholesterol",
    r"blood\s+pressure": "high blood pressure",
}

#: After a measure: what is done to it, no use ("for his blood pressure checks", "for your cholesterol test").
_MEASURED = r"\s+(checks?|tests?|readings?|levels?|monitor)"
#: (pattern, concept name, class) in the shape of `recognise.LAY_PHRASES`; the group `name` holds the words named
#: (the part with the words of its hurting, or the measure), the possessive and "for" stay outside the mention.
PART_USES: tuple[tuple[re.Pattern, str, str], ...] = (
    *(
        (re.compile(_OWNER + r"(?P<name>" + _HURTING + part + r")\b(?!['\u2019]s|-)", re.I), name, "Symptom")
        for part, name in PART_PAINS.items()
    ),
    *(
        (re.compile(_OWNER + r"(?P<name>" + measure + r")\b(?!['\u2019]s|-|" + _MEASURED + ")", re.I), name, "Disease")
        for measure, name in MEASURES.items()
    ),
)  # fmt: skip
#: A word one of the patterns needs: the recogniser's gate before scanning for lay phrases.
PART_USE_WORDS = r"back|knees?|shoulders?|hips?|neck|wrists?|elbows?|cholesterol|pressure"


def part_use(text: str) -> list[tuple[str, str]]:
    """The (words, concept name) a text's "for my <part>" wordings name.

    >>> part_use("I take ibuprofen for my back.")
    [('back', 'back pain')]
    >>> part_use("which is what she takes for her aching knees")
    [('aching knees', 'knee pain')]
    >>> part_use("Derek takes simvastatin for his cholesterol.")
    [('cholesterol', 'high cholesterol')]
    >>> part_use("a water tablet for my ankles"), part_use("pain in his back")
    ([], [])
    >>> part_use("for his blood pressure checks")
    []
    """
    found = []
    for pattern, name, _ in PART_USES:
        found += [(m.start("name"), m.group("name"), name) for m in pattern.finditer(text)]
    return [(words, name) for _, words, name in sorted(found)]
