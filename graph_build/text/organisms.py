"""Organisms and treatments named as the cause of a condition (decision 0740): "Most cellulitis is caused by
staphylococci or streptococci", "a serious infection caused by *Plasmodium* parasites", "nausea caused by
chemotherapy and radiotherapy".

No vocabulary the recogniser reads holds organisms, and the ontology has no class of its own for them: the golds
write such a cause as a coined end (staphylococcus, plasmodium, viruses, varicella-zoster-virus), which the scorer
loads as a placeholder of the root class Entity (the domain of causes). An organism named right after "caused by" is
minted here under that name (one name for the singular and the plural a text writes), of class Entity, with no
identifier (none is written here: no vocabulary the project reads was there to confirm one). Nowhere else is an
organism read: "antibiotics kill bacteria" names none. A treatment no vocabulary holds either (chemotherapy,
radiotherapy) is minted the same way as a NonDrugTherapy, the ontology's class for it.
"""

from __future__ import annotations

import re

#: How a text writes each organism (lower case) -> the name it is minted under (its slug is the golds' coined end).
NAMES = {
    "staphylococci": "staphylococcus",
    "staphylococcus": "staphylococcus",
    "streptococci": "streptococcus",
    "streptococcus": "streptococcus",
    "plasmodium": "plasmodium",
    "bacteria": "bacteria",
    "viruses": "viruses",
    "influenza virus": "influenza virus",
    "flu virus": "influenza virus",
    "chickenpox virus": "varicella-zoster virus",
    "varicella-zoster virus": "varicella-zoster virus",
    "varicella zoster virus": "varicella-zoster virus",
    "chemotherapy": "chemotherapy",
    "radiotherapy": "radiotherapy",
    "radiation therapy": "radiotherapy",
}
#: The names above that are treatments (class NonDrugTherapy); the others are organisms (class Entity).
THERAPIES = frozenset({"chemotherapy", "radiotherapy"})
_NAME = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in NAMES), key=len, reverse=True))
#: "caused by" and what follows it up to the end of its clause (a comma, semicolon, colon or full stop).
CAUSED_BY = re.compile(r"\bcaused\s+by\s+(?P<rest>[^,;:.!?]*)", re.I)
#: An organism's name inside that clause (emphasis around it is no part of it: "*Plasmodium* parasites").
NAME = re.compile(rf"(?<![\w-])(?:the\s+)?[*_]*(?P<name>{_NAME})[*_]*(?![\w-])", re.I)


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each organism named after "caused by" in `text`, in its clause.

    >>> find("Most cellulitis is caused by staphylococci or streptococci, bacteria that live on the skin.")
    [(29, 42, 'staphylococcus'), (46, 58, 'streptococcus')]
    >>> find("Antibiotics kill bacteria.")
    []
    """
    if "caused" not in text.lower():
        return []
    out = []
    for cue in CAUSED_BY.finditer(text):
        for m in NAME.finditer(text, cue.start("rest"), cue.end("rest")):
            out.append((m.start("name"), m.end("name"), NAMES[" ".join(m.group("name").lower().split())]))
    return out
