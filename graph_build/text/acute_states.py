"""A condition the text calls acute, at that grain (decision 0822).

"Must not be taken by anyone who is acutely confused", "people who are in an acute state of confusion": the
prohibition is for the acute confusional state, a narrower kind of confusion (one that comes on over hours or days);
read as the lexicon's "confused" it said more than the text (a contraindication in all confusion). No vocabulary the
extractor indexes names the kind, so its entity is written here with the identifiers a public file confirms
(`SOURCES`): UMLS's Acute confusional state as skos:exactMatch, HPO's and MeSH's Confusion as skos:broadMatch.
"""

from __future__ import annotations

import re

from graph_build.text.recognise import Mention
from ontology.lexicon import Entity

#: The words of the acute confusional state ("acutely confused", "acute confusion", "an acute state of confusion").
ACUTE_CONFUSION = re.compile(
    r"\b(acutely\s+confused|acute\s+confusion(al\s+states?)?|acute\s+states?\s+of\s+confusion)\b", re.I
)
ENTITY = Entity(
    "acute-confusional-state",
    "acute confusional state",
    "Symptom",
    definition="Confusion that comes on suddenly, over hours or days.",
    exact=("UMLS:C1285577",),
    broad=("HP:0001289", "MESH:D003221"),
)
#: Where each identifier above was confirmed (public files read in place, ../shared/data).
SOURCES = {
    "UMLS:C1285577": "shared/data/hetionet/hetionet-v1.0-nodes.tsv: Side Effect::C1285577 Acute confusional state",
    "HP:0001289": 'shared/data/drugmechdb/drugmechdb_edges.tsv: node HP:0001289 "Confusion (PhenotypicFeature)"',
    "MESH:D003221": "shared/data/hetionet/hetionet-v1.0-nodes.tsv: Symptom::D003221 Confusion",
}


def acute_states(text: str, mentions: list[Mention], new: dict[str, Entity]) -> list[Mention]:
    """`mentions` with "acutely confused" and its like read as one mention of the acute confusional state (the
    mentions inside the phrase, the lexicon's "confused", give way); the entity is added to `new`.

    >>> ms = acute_states("Not for anyone who is acutely confused.", [Mention(30, 38, "confusion", "confused")], {})
    >>> [(m.text, m.slug) for m in ms]
    [('acutely confused', 'acute-confusional-state')]
    """
    found = list(ACUTE_CONFUSION.finditer(text))
    if not found:
        return mentions
    spans = [m.span() for m in found]
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
    taken = [(m.start, m.end) for m in kept]
    added = [
        Mention(a, b, ENTITY.slug, text[a:b], "acute-state")
        for a, b in spans
        if not any(s < b and a < e for s, e in taken)
    ]
    if added:
        new.setdefault(ENTITY.slug, ENTITY)
    return sorted(kept + added, key=lambda m: (m.start, m.end))
