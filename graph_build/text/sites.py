"""Recognise the body sites a drug is said to act in: "Furosemide works in the kidneys", "It acts mainly in the
brainstem", "The drug collects inside lysosomes" (decision 0644).

No installed package names anatomy (UBERON is not on PyPI), and the curated sets' `actsOn` objects are organs,
tissues and cell compartments named in plain words. A site is read only where such a verb places the drug in it:
a verb of acting or gathering, perhaps a degree word, a preposition of place, perhaps a determiner, then a word of
`SITES`. Elsewhere ("kidney problems", "the liver breaks it down") the word stays unrecognised. A site becomes an
`AnatomicalSite` entity labelled with its singular name; no identifier is attached (none is looked up).
"""

from __future__ import annotations

import re

from graph_build.text import lowered
from graph_build.text.vocabularies import slugify
from ontology.lexicon import Entity

#: organs, tissues and compartments by the words health texts use -> the site's name
SITES = {
    "kidney": "kidney",
    "kidneys": "kidney",
    "liver": "liver",
    "brain": "brain",
    "brainstem": "brainstem",
    "brain stem": "brainstem",
    "spinal cord": "spinal cord",
    "bone": "bone",
    "bones": "bone",
    "stomach": "stomach",
    "intestine": "intestine",
    "intestines": "intestine",
    "lung": "lung",
    "lungs": "lung",
    "heart": "heart",
    "skin": "skin",
    "bladder": "urinary bladder",
    "prostate": "prostate",
    "prostate gland": "prostate",
    "thyroid gland": "thyroid gland",
    "thyroid": "thyroid gland",
    "pancreas": "pancreas",
    "womb": "uterus",
    "uterus": "uterus",
    "eye": "eye",
    "eyes": "eye",
    "lysosome": "lysosome",
    "lysosomes": "lysosome",
}
#: the sites' names, longest first, as one alternation
_SITE_WORDS = "|".join(sorted(map(re.escape, SITES), key=len, reverse=True))
#: a verb that places the drug in a site ("works in", "acts mainly on", "collects inside"), its degree word, the
#: preposition and a determiner
PLACING = re.compile(
    r"\b(?:acts?|acting|works?|working|collects?|collecting|accumulates?|accumulating|concentrates?|concentrating)"
    r"\s+(?:(?:mainly|mostly|only|chiefly|largely|directly|locally|primarily)\s+)?(?:in|on|at|inside|within)\s+"
    r"(?:(?:the|its|your|their)\s+)?(" + _SITE_WORDS + r")\b",
    re.I,
)
#: The degree words of TARGET_PLACE (a text holding none holds no match of it).
TARGET_DEGREES = ("mainly", "mostly", "chiefly", "largely", "primarily", "especially")
#: where a drug acts on a target: "blocks the enzyme T, mainly in the kidneys" (a target verb earlier in the sentence,
#: then a comma, a degree word and a preposition of place; decision 0671)
TARGET_PLACE = re.compile(
    r"\b(?:block|inhibit|bind|attach|activat|stimulat|antagoni[sz])\w*\b[^.;:!?]{1,80}?,\s+"
    r"(?:" + "|".join(TARGET_DEGREES) + r")\s+(?:in|inside|within)\s+"
    r"(?:(?:the|its|your|their)\s+)?(" + _SITE_WORDS + r")\b",
    re.I,
)


def find(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Entity]]:
    """Sites a placing verb names in `text`, outside the `taken` spans: (start, end, entity).

    >>> [(e.slug, e.cls) for _, _, e in find("Furosemide works in the kidneys.", [])]
    [('kidney', 'AnatomicalSite')]
    >>> find("It works in the same way.", []), find("The liver breaks it down.", [])
    ([], [])
    >>> [e.slug for _, _, e in find("It blocks the enzyme T, mainly in the kidneys.", [])]
    ['kidney']
    >>> find("It can cause pain, mainly in the stomach.", [])
    []
    """
    found = []
    ascii, low = lowered.scanned(text)
    # (TARGET_PLACE needs one of its degree words: an ASCII text holding none is not scanned at each verb)
    placed = not ascii or any(word in low for word in TARGET_DEGREES)
    matches = [*lowered.finditer(PLACING, text), *(lowered.finditer(TARGET_PLACE, text) if placed else ())]
    for m in matches:  # (PLACING's spans, faster)
        a, b = m.span(1)
        if any(s < b and a < e for s, e in taken):
            continue
        name = SITES[m.group(1).lower()]
        found.append((a, b, Entity(slugify(name), name, "AnatomicalSite")))
    return found
