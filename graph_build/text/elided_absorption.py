"""The drug of an absorption the reason clause leaves unnamed (decision 0847): "It must be taken on an empty stomach,
because food reduces how much is absorbed", "He takes it before breakfast, as food cuts how much gets absorbed". The
clause of the cue names the agent (food) and what is absorbed is the drug of the main clause before the reason: the
one drug that clause names, or its pronoun's drug. A sentence that names no drug before a reason opening ("Food
reduces how much is absorbed." on its own) gives nothing: whose absorption it is, the sentence does not say.
"""

from __future__ import annotations

import re

from graph_build.text.units import Discourse, Unit

#: Right after an absorption cue that names no drug: "(reduces how much) is absorbed", "(how much) gets absorbed".
ELIDED_AFTER = re.compile(r"\s+(is|gets)\s+absorbed\b")
#: The opening of a reason clause: ", because", " because", ", as", ", since".
REASON = re.compile(r",?\s+(because|since)\s+|,\s+as\s+")
#: In the main clause: a pronoun for the drug taken ("It must be taken", "He takes it", "it should be swallowed").
DRUG_PRONOUN = re.compile(r"\b(it|this (medicine|drug|tablet))\b", re.I)


def elided_drug(unit: Unit, ctx: Discourse, partner: str | None, cue_end: int, agents: int) -> tuple | None:
    """The mention (start, end, slug, class) of the drug whose absorption the cue at `cue_end` speaks of without
    naming it, when the agents (from `agents`) open a reason clause after a main clause naming one drug or its
    pronoun; else None. `partner` is the pronoun's drug (relate_interactions.pronoun_partner).

    >>> u = Unit("It is taken fasting, because food reduces how much is absorbed.", [(29, 33, "food", "Food")])
    >>> elided_drug(u, Discourse(), "x", 50, 29)[2]
    'x'
    >>> elided_drug(Unit("Food reduces how much is absorbed.", [(0, 4, "food", "Food")]), Discourse(), "x", 21, 0)
    """
    text = unit.text
    if not ELIDED_AFTER.match(text, cue_end):
        return None
    openings = [m for m in REASON.finditer(text, 0, agents) if not text[m.end() : agents].strip(" *_").count(" ") > 1]
    if not openings:
        return None
    main = openings[-1].start()
    drugs = {m[2]: m for m in unit.mentions if m[1] <= main and m[3] == "Drug"}
    if len(drugs) == 1:
        return next(iter(drugs.values()))
    pronoun = DRUG_PRONOUN.search(text, 0, main)
    if not drugs and pronoun and partner:
        return (pronoun.start(), pronoun.end(), partner, "Drug")
    return None
