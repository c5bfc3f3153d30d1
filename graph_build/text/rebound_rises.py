"""A blood pressure that shoots back up when the drug is stopped: rebound hypertension (decision 0826).

Leaflets of blood pressure medicines warn about stopping them in words, not by the name: "stopping suddenly can make
your blood pressure shoot back up", "Stopping it all at once may make the blood pressure rise sharply", "Stopping
suddenly can make your blood pressure go up fast". A rise of the blood pressure that stopping brings is rebound
hypertension, the withdrawal effect every development gold that quotes such a sentence writes (sealed13, 18, 21, 23).
The vocabularies the project reads hold no such term, so the condition is minted for the document that states it, as
pk_phrases mints its parameters (no identifier is written).

Read only in one sentence where stopping comes first and the rise is what it makes, with no denial between them
("stopping it does not make your blood pressure shoot up") and no other drug named; the owner is the drug the stop
names ("Stopping guanfacine suddenly"), else the drug in focus. A hedge word between them ("may", "might", "could")
is the claim's certainty.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text import lowered
from graph_build.text.denial_words import DENIAL
from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.units import AGENT, DRUG, Discourse, Found, Unit
from ontology.lexicon import Entity

SLUG = "rebound-hypertension"
ENTITY = Entity(
    SLUG,
    "rebound hypertension",
    "Symptom",
    "A rise of the blood pressure above its treated level when a drug is stopped.",
)
#: Stopping the drug: "stopping (it) suddenly", "stopping guanfacine", "coming off it", "if you stop".
STOPPING = re.compile(r"\b(stopping|coming\s+off|(if|when)\s+you\s+(suddenly\s+)?stop)\b", re.I)
#: What stopping makes of the blood pressure: "make your blood pressure shoot back up", "cause the blood pressure
#: to rise sharply", "make your blood pressure go up fast".
RISE = re.compile(
    r"\b(make|makes|cause|causes|send|sends)\s+(your|the)\s+blood\s+pressure\s+(to\s+)?"
    r"(shoot|rise|go|jump|climb|spring|bounce)\s+(back\s+)?(up\b|sharply|quickly|fast|steeply|suddenly)",
    re.I,
)
DENIED = re.compile(DENIAL, re.I)
ANCHOR = re.compile(r"blood pressure", re.I)


def rebound_rises(unit: Unit, ctx: Discourse) -> tuple[list[Found], dict[str, Entity]]:
    """rebound-rise: "Stopping X suddenly can make your blood pressure shoot back up" -> X hasWithdrawalEffect
    rebound-hypertension; with the condition minted.

    >>> u = Unit("Stopping it all at once may make the blood pressure rise sharply.", [])
    >>> found, minted = rebound_rises(u, Discourse(focus="x", main="x"))
    >>> [(f.subject, f.object, f.negated, f.certainty) for f in found], sorted(minted)
    ([('x', 'rebound-hypertension', False, 'Possible')], ['rebound-hypertension'])
    """
    text = unit.text
    if not lowered.search(ANCHOR, text):
        return [], {}
    rise = RISE.search(text)
    stop = STOPPING.search(text, 0, rise.start()) if rise else None
    if stop is None or DENIED.search(text, stop.end(), rise.start()):
        return [], {}
    drugs = [m for m in unit.mentions if m[3] in DRUG and stop.end() <= m[0] <= stop.end() + 1]
    owner = drugs[0][2] if drugs else ctx.focus
    if owner is None or any(m[3] in AGENT and m[2] != owner for m in unit.mentions):
        return [], {}
    hedge = HEDGE_WORD.search(text, stop.end(), rise.start())
    certainty = HEDGES[hedge.group(1).lower()] if hedge else "Asserted"
    words = "" if drugs else text[stop.start() : stop.end()]  # (the drug the stop leaves unnamed: the focus)
    found = Found(owner, "hasWithdrawalEffect", SLUG, "rebound-rise", False, certainty, (), Decimal("0.5"), words)
    return [found], {SLUG: ENTITY}
