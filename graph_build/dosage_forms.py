"""Recognise dosage forms the lexicon does not list: "extended-release capsules", "an oral solution", "a
sublingual tablet".

Dosage forms are a small closed vocabulary (the heads and release or route modifiers below, as in the EDQM Standard
Terms and the FDA's dosage form list), so a phrase of known modifiers before a known head names a form. A new
form becomes a Formulation entity labelled with its singular words ("extended-release capsule"); no identifier is
attached (none is looked up).
"""

from __future__ import annotations

import re

from graph_build.vocabularies import slugify
from ontology.lexicon import Entity

HEADS = {
    "tablet": "tablet",
    "tablets": "tablet",
    "capsule": "capsule",
    "capsules": "capsule",
    "caplet": "caplet",
    "caplets": "caplet",
    "solution": "solution",
    "solutions": "solution",
    "suspension": "suspension",
    "injection": "injection",
    "injections": "injection",
    "infusion": "infusion",
    "patch": "patch",
    "patches": "patch",
    "cream": "cream",
    "gel": "gel",
    "ointment": "ointment",
    "spray": "spray",
    "syrup": "syrup",
    "drops": "drops",
    "lozenge": "lozenge",
    "lozenges": "lozenge",
    "suppository": "suppository",
    "suppositories": "suppository",
    "inhaler": "inhaler",
    "elixir": "elixir",
    "granules": "granules",
    "powder": "powder",
    "film": "film",
    "films": "film",
    "implant": "implant",
    "lotion": "lotion",
}
MODIFIERS = frozenset(
    {
        "immediate-release",
        "extended-release",
        "delayed-release",
        "sustained-release",
        "controlled-release",
        "modified-release",
        "prolonged-release",
        "slow-release",
        "long-acting",
        "short-acting",
        "oral",
        "orally",
        "disintegrating",
        "dissolving",
        "sublingual",
        "buccal",
        "chewable",
        "effervescent",
        "dispersible",
        "film-coated",
        "enteric-coated",
        "coated",
        "liquid",
        "intrathecal",
        "intravenous",
        "intramuscular",
        "subcutaneous",
        "transdermal",
        "topical",
        "nasal",
        "rectal",
        "vaginal",
        "ophthalmic",
        "eye",
        "ear",
        "injectable",
        "soluble",
        "xr",
        "er",
        "sr",
        "cr",
        "dr",
        "ir",
    }
)
#: A single head word names a form only where the text speaks of forms: "comes as tablets", "Forms | Tablets".
LONE_HEAD_CONTEXT = re.compile(
    r"\b(comes?|came|available|supplied|sold|given|taken|prescribed|provided|forms?|formulations?|as|and|or|in)\W*$",
    re.I,
)
WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def find(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Entity]]:
    """Dosage-form phrases in `text` outside the `taken` spans: (start, end, entity).

    >>> [(e.slug, text[a:b]) for text in ["It comes as extended-release capsules and an oral solution."]
    ...  for a, b, e in find(text, [])]
    [('extended-release-capsule', 'extended-release capsules'), ('oral-solution', 'oral solution')]
    """
    if not any(
        head in text.lower()
        for head in (
            "tablet",
            "capsule",
            "solution",
            "injection",
            "patch",
            "caplet",
            "suspension",
            "cream",
            "gel",
            "spray",
            "syrup",
            "drops",
            "lozenge",
            "supposit",
            "inhaler",
            "elixir",
            "granules",
            "powder",
            "film",
            "implant",
            "lotion",
            "ointment",
            "infusion",
        )
    ):
        return []
    words = [(m.start(), m.end(), m.group(0).lower()) for m in WORD.finditer(text)]
    found = []
    for i, (_start, end, word) in enumerate(words):
        head = HEADS.get(word)
        if head is None:
            continue
        j = i
        while j > 0 and words[j - 1][2] in MODIFIERS and text[words[j - 1][1] : words[j][0]] == " ":
            j -= 1
        a = words[j][0]
        if any(s < end and a < e for s, e in taken):
            continue
        modifiers = [w for _, _, w in words[j:i]]
        listed = found and re.fullmatch(r",? ?(and |or )?", text[found[-1][1] : a])  # "capsules, tablets"
        if not modifiers and not listed and not LONE_HEAD_CONTEXT.search(text, max(0, a - 40), a):
            continue
        label = " ".join([*modifiers, head])
        entity = Entity(slugify(label), label, "Formulation")
        found.append((a, end, entity))
    return found
