"""Judge extracted claims against PHEE (pharmacovigilance events in case-report sentences, ../shared/data/relations).

A PHEE sentence lists its events: an `Adverse_event` or a `Potential_therapeutic_event` with the treatment's drug
(and the disorder it was given for) and the effect, possibly `Negated`. An extracted claim is judged when its subject
overlaps the drug of an event of the sentence:

- `hasAdverseEffect` is right when an adverse event of that drug has the object as its effect (with the same
  negation), wrong when the object is what the drug was given for or a therapeutic effect of it;
- `treats` is right when the object is what the drug was given for or the effect of a therapeutic event, wrong when
  it is the effect of an adverse event of the drug (an adverse effect read as treated);
- other claims, and objects that are no annotated span, are not judged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from graph_build.claims import Claim

Span = tuple[int, int]


@dataclass
class Event:
    kind: str  # Adverse_event | Potential_therapeutic_event
    drugs: list[Span] = field(default_factory=list)
    disorders: list[Span] = field(default_factory=list)  # what the drug was given for
    effects: list[Span] = field(default_factory=list)
    negated: bool = False


@dataclass
class Sentence:
    id: str
    text: str
    events: list[Event]


def _spans(part: dict | None) -> list[Span]:
    if not part:
        return []
    return [
        (start, start + len(text))
        for texts, starts in zip(part.get("text", []), part.get("start", []), strict=False)
        for text, start in zip(texts, starts, strict=False)
    ]


def read_phee(path: Path) -> list[Sentence]:
    """The sentences of a PHEE json-lines file with their events.

    >>> import tempfile
    >>> line = {"id": "1_1", "context": "Phenobarbital hepatotoxicity.", "annotations": [{"events": [
    ...     {"event_type": "Adverse_event", "Treatment": {"Drug": {"text": [["Phenobarbital"]], "start": [[0]]}},
    ...      "Effect": {"text": [["hepatotoxicity"]], "start": [[14]]}}]}]}
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "x.json").write_text(json.dumps(line) + "\\n")
    ...     [(e.kind, e.drugs, e.effects) for e in read_phee(Path(d, "x.json"))[0].events]
    [('Adverse_event', [(0, 13)], [(14, 28)])]
    """
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        events = []
        for annotation in data.get("annotations", []):
            for e in annotation.get("events", []):
                treatment = e.get("Treatment") or {}
                events.append(
                    Event(
                        e.get("event_type", ""),
                        _spans(treatment.get("Drug")),
                        _spans(treatment.get("Disorder")),
                        _spans(e.get("Effect")),
                        bool((e.get("Negated") or {}).get("value")),
                    )
                )
        out.append(Sentence(data["id"], data["context"], events))
    return out


def _meets(spans: list[Span], others: list[Span]) -> bool:
    return any(a < d and c < b for a, b in spans for c, d in others)


def judge(sentence: Sentence, claim: Claim, spans: dict[str, list[Span]]) -> bool | None:
    """Right (True), wrong (False) or not judged (None); `spans` maps slugs to their mentions' offsets."""
    if claim.predicate not in ("treats", "hasAdverseEffect"):
        return None
    subject, obj = spans.get(claim.subject, []), spans.get(claim.object, [])
    events = [e for e in sentence.events if _meets(subject, e.drugs)]
    if not events or not obj:
        return None
    adverse = [e for e in events if e.kind == "Adverse_event" and _meets(obj, e.effects)]
    given_for = any(_meets(obj, e.disorders) for e in events)
    helped = [e for e in events if e.kind == "Potential_therapeutic_event" and _meets(obj, e.effects)]
    if claim.predicate == "hasAdverseEffect":
        if adverse:
            return any(e.negated == claim.negated for e in adverse)
        return False if (given_for or helped) and not claim.negated else None
    if given_for or helped:
        return not claim.negated or any(e.negated for e in helped)
    return False if adverse and not claim.negated else None
