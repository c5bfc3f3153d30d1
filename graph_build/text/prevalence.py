"""Prevalence statements: "<P>% (or <N> million) of <population> are living with / have <condition>".

A general pattern over a percentage, an optional population mention and the condition named after it. The
object is a dkg:Statistic: a lexicon statistic with the same percentage (and population, when both name one),
else a new statistic when the text states percentage, count and population (the graph needs all three), else
nothing: no figure is guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.relate import COND, Found, Unit
from ontology.lexicon import Entity

PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)")
COUNT = re.compile(r"(\d+(?:\.\d+)?)\s+(million|billion|thousand)\b", re.I)
SCALE = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
#: What links the figure to the condition: "are living with", "have", "had", "suffer from", "experience".
LINK = re.compile(r"\b(living with|live with|have|has|had|suffer\w* from|experienc\w*|affected by|diagnosed with)\b")


def prevalence(unit: Unit, statistics: dict[str, Entity], labels: dict[str, str]) -> tuple[list[Found], dict]:
    """hasPrevalence claims of one sentence and any new statistic entities.

    >>> from ontology.lexicon import load_lexicon
    >>> lx = load_lexicon()
    >>> stats = {s: e for s, e in lx.items() if e.cls == "Statistic"}
    >>> mention = (29, 53, "high-impact-chronic-pain", "Symptom")
    >>> u = Unit("8% of adults are living with high impact chronic pain.", [mention])
    >>> [(f.subject, f.object) for f in prevalence(u, stats, {})[0]]
    [('high-impact-chronic-pain', 'high-impact-chronic-pain-prevalence-us')]
    """
    percent = PERCENT.search(unit.text)
    link = LINK.search(unit.text, percent.end()) if percent else None
    if link is None:
        return [], {}
    conditions = [m for m in unit.mentions if m[0] >= link.end() and m[3] in COND]
    if not conditions:
        return [], {}
    populations = [m[2] for m in unit.mentions if percent.end() <= m[0] < link.start() and m[3] == "Population"]
    population = populations[0] if populations else None
    value = Decimal(percent.group(1))
    known = sorted(
        slug
        for slug, e in statistics.items()
        if e.statistic.get("percentage") == value and population in (None, e.statistic.get("population"))
    )
    count = COUNT.search(unit.text)
    new: dict[str, Entity] = {}
    condition = conditions[0][2]
    if known:
        obj = known[0]
    elif population and count:
        obj = f"{condition}-prevalence-{population}"
        label = f"prevalence of {labels.get(condition, condition)} among {labels.get(population, population)}"
        stat = {
            "percentage": value,
            "count": int(Decimal(count.group(1)) * SCALE[count.group(2).lower()]),
            "estimate": bool(re.search(r"\b(about|estimated|around|approximately|nearly)\b", unit.text, re.I)),
            "population": population,
        }
        new[obj] = Entity(obj, label, "Statistic", statistic=stat)
    else:
        return [], {}
    return [Found(condition, "hasPrevalence", obj, "prevalence-percent", confidence=Decimal("0.7"))], new
