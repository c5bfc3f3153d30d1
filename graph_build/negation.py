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


#: Words too common to tell whether a rule can match; a token of a rule made of other words is preferred.
COMMON_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "for",
        "in",
        "on",
        "as",
        "at",
        "be",
        "is",
        "was",
        "are",
        "were",
        "have",
        "has",
        "had",
        "been",
        "it",
        "its",
        "with",
    ]
)
#: The ConText categories whose modifiers `statuses` reads.
USED = frozenset({"NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HYPOTHETICAL"})


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
    return nlp, context, _triggers(nlp, context.rules)


@dataclass(frozen=True)
class Triggers:
    """What a sentence must contain for some rule to negate or hedge in it, as spaCy tokens (lower case).

    A phrase rule needs its phrase's tokens in a row; a token-pattern rule needs one of the values of its most
    selective non-optional token. A sentence with none of them cannot be modified, so ConText is skipped.
    """

    words: frozenset[str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first token -> the phrases starting with it

    def found_in(self, tokens: list[str]) -> bool:
        if self.words.intersection(tokens):
            return True
        for i, token in enumerate(tokens):
            for phrase in self.phrases.get(token, ()):
                if tuple(tokens[i : i + len(phrase)]) == phrase:
                    return True
        return False


def _triggers(nlp: Any, rules: list) -> Triggers | None:
    """The triggers of the rules whose categories `statuses` reads (None when a rule cannot be analysed)."""
    words: set[str] = set()
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for rule in rules:
        if rule.category.upper() not in USED:
            continue  # family and history cues never negate or hedge
        if rule.pattern is None:
            tokens = tuple(t.lower_ for t in nlp.make_doc(rule.literal))
            if len(tokens) == 1:
                words.add(tokens[0])
            elif tokens:
                phrases.setdefault(tokens[0], set()).add(tokens)
            continue
        options = []
        for token in rule.pattern if isinstance(rule.pattern, list) else []:
            if not set(token) <= {"LOWER", "OP"}:
                return None
            if token.get("OP") in ("?", "*"):
                continue
            value = token.get("LOWER")
            if isinstance(value, str):
                options.append([value])
            elif isinstance(value, dict) and set(value) == {"IN"}:
                options.append([str(v) for v in value["IN"]])
            else:
                return None
        if not options:
            return None
        words.update(min(options, key=lambda values: (sum(v in COMMON_WORDS for v in values), len(values))))
    return Triggers(frozenset(words), {k: tuple(sorted(v)) for k, v in sorted(phrases.items())})


def statuses(sentence: str, spans: list[tuple[int, int]]) -> list[Status]:
    """ConText's verdict for each span (character offsets in `sentence`).

    >>> s = "It is not appropriate for acute pain. "
    >>> statuses(s, [(26, 36)])
    [Status(negated=True, certainty='Asserted')]
    >>> statuses("Klonopin is sometimes used for tremors.", [(31, 38)])
    [Status(negated=False, certainty='Occasional')]
    """
    nlp, context, triggers = _pipeline()
    doc = nlp.make_doc(sentence)
    if triggers is not None and not triggers.found_in([t.lower_ for t in doc]):
        return [Status() for _ in spans]  # no ConText rule that negates or hedges can match this sentence
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
