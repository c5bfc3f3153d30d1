"""Negation and hedging of mentions with medspacy's ConText (a maintained NegEx/ConText implementation).

spaCy and medspacy load lazily (about a second) and only for sentences that hold a candidate claim. The
default ConText rules are used, plus a few hedges common in health writing (sometimes, occasionally,
reported, believed), each mapped to a dkg:Certainty value. See docs/decisions/0402-negation-context.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import Any

#: Extra hedge cues -> certainty; ConText sees them as POSSIBLE_EXISTENCE.
HEDGES = {
    "sometimes": "Occasional",
    "occasionally": "Occasional",
    "at times": "Occasional",
    "in some cases": "Occasional",
    "in some clinical cases": "Reported",
    "reported": "Reported",
    "has been reported": "Reported",
    "believed": "Believed",
    "it is believed": "Believed",
    "thought to": "Believed",
    "may": "Possible",
    "might": "Possible",
    "could": "Possible",
    "possibly": "Possible",
    "potentially": "Possible",
}


@dataclass(frozen=True)
class Status:
    """What ConText says about one mention: negated, and the certainty of its statement."""

    negated: bool = False
    certainty: str = "Asserted"


@cache
def _pipeline() -> Any:
    os.environ.setdefault("LOGURU_LEVEL", "INFO")
    import spacy
    from medspacy.context import ConText, ConTextRule  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    context = nlp.add_pipe("medspacy_context", config={"rules": "default"})
    context.add(
        [ConTextRule(cue, "POSSIBLE_EXISTENCE", direction="BIDIRECTIONAL", max_scope=12) for cue in sorted(HEDGES)]
    )
    # the first word of every rule's literal: a sentence without any of them cannot be modified
    cues = {rule.literal.lower().split()[0] for rule in context.rules if rule.literal.split()}
    return nlp, context, frozenset(cues)


def statuses(sentence: str, spans: list[tuple[int, int]]) -> list[Status]:
    """ConText's verdict for each span (character offsets in `sentence`).

    >>> s = "It is not appropriate for acute pain. "
    >>> statuses(s, [(26, 36)])
    [Status(negated=True, certainty='Asserted')]
    >>> statuses("Klonopin is sometimes used for tremors.", [(31, 38)])
    [Status(negated=False, certainty='Occasional')]
    """
    nlp, context, cues = _pipeline()
    if not cues.intersection(sentence.lower().replace(",", " ").split()):
        return [Status() for _ in spans]  # no word of the sentence starts any ConText rule
    doc = nlp.make_doc(sentence)
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0
    ents, index = [], {}
    for k, (start, end) in enumerate(spans):
        span = doc.char_span(start, end, label="ENTITY", alignment_mode="expand")
        if span is None or any(span.start < e.end and e.start < span.end for e in ents):
            continue
        ents.append(span)
        index[k] = span
    doc.ents = sorted(ents, key=lambda e: e.start)
    doc = context(doc)
    by_start = {e.start: e for e in doc.ents}
    result = []
    for k in range(len(spans)):
        ent = by_start.get(index[k].start) if k in index else None
        if ent is None:
            result.append(Status())
            continue
        certainty = "Asserted"
        for modifier in ent._.modifiers:
            if modifier.category in ("POSSIBLE_EXISTENCE", "HYPOTHETICAL"):
                cue = modifier.rule.literal.lower()
                certainty = HEDGES.get(cue, "Possible")
                break
        result.append(Status(negated=bool(ent._.is_negated), certainty=certainty))
    return result
