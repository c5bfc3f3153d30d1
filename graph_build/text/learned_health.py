"""A relation classifier for health articles, learned from the project's own development golds (decision 0783).

The research classifier (learned.py) was trained on public research corpora and is off for health articles. This
one is trained by `python -m graph_build.text.train_health` on the gold claims of the development sets
(confidence.GOLD_SETS: never the calibration sets final and blind): every ordered pair of two mentions of one
sentence, and the document's own drug with a mention of a sentence whose subject is a pronoun ("It can cause
headaches"), labelled with the gold predicate when a gold claim of the document quotes that sentence and names the
pair's two concepts (the scorer's own concept matching, evaluate.concept_keys), else "none".

The classifier decides the predicate only. Polarity stays with ConText (negation.statuses): a claim is made only
for a pair the rules related in no way, and only when no negation, absence, hedge or question governs either end; a
learned claim is never negated or hedged, it is dropped instead. Its confidence is the leave-one-set-out precision
of its predicate measured on the development sets (health-model.json), and a predicate whose measured precision is
below FLOOR is never emitted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from graph_build.text.learned import Model, Pair, features, read
from graph_build.text.units import Found

MODELS = Path(__file__).with_name("models")
MODEL = MODELS / "health-model.npz"
PROVENANCE = MODELS / "health-model.json"
#: The registers whose documents get the health classifier's claims by default (`extract_document(...,
#: health_learned=...)` decides for one call). Empty: off by default, decision 0783 (on the leave-one-set-out
#: measurement the claims it adds did not raise F1 on the newest sets without costing precision).
REGISTERS: frozenset[str] = frozenset()
#: A predicate is emitted only when its leave-one-set-out precision on the development sets is at least this.
FLOOR = 0.75
#: A label needs at least this probability (below it the pair is "none").
MIN_PROBABILITY = 0.5
#: The lexicon's classes as the classifier's kinds (a class not listed keeps its own name).
KINDS = {
    "Drug": "C",
    "DrugClass": "K",
    "Substance": "S",
    "Disease": "D",
    "DiseaseOrCondition": "D",
    "Symptom": "Y",
    "MolecularTarget": "G",
}
#: A sentence whose subject is the document's drug named by a pronoun or a generic noun phrase ("It can cause ...",
#: "This medicine is used for ...", "- It may ..."): the drug is the subject of the pair with each mention after it.
PRONOUN_SUBJECT = re.compile(
    r"[\W_]*(?:it|this (?:medicine|drug|medication|tablet)|the (?:medicine|drug|medication|tablets?))\b", re.I
)
#: Index 0 is "no relation"; the rest are the predicates between two entities the development golds state often
#: enough in one sentence (counts in health-model.json; a rarer one is "none").
LABELS = (
    "none",
    "treats",
    "hasAdverseEffect",
    "contraindicatedIn",
    "interactsWith",
    "hasPhenotype",
    "isA",
    "bindsTo",
    "causes",
    "increases",
    "decreases",
    "hasWithdrawalEffect",
)
HEADING_WORDS = 4
TOKEN = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Candidate:
    """A pair of one sentence: its span (normalised text), subject and object slugs, the classifier's Pair, the
    words that named the subject by reference (empty when named), whether the rules related the two, and whether a
    negation, absence, hedge or question governs either end (no learned claim then)."""

    span: tuple[int, int]
    subject: str
    object: str
    pair: Pair
    resolved_from: str
    related: bool
    blocked: bool
    extra: tuple[str, ...] = ()

    def features(self) -> list[str]:
        return features(self.pair) + list(self.extra)


def _kind(cls: str) -> str:
    return KINDS.get(cls, cls)


@cache
def _labels_fitting() -> dict[tuple[str, str], tuple[str, ...]]:
    return {}


def fitting(subject_cls: str, object_cls: str, labels: Sequence[str]) -> bool:
    """Whether some label (not none) fits the classes as the predicate's domain and range."""
    from graph_build.text.relate import _fits

    key = (subject_cls, object_cls)
    table = _labels_fitting()
    if key not in table:
        table[key] = tuple(p for p in labels if p != "none" and _fits(subject_cls, p, object_cls))
    return bool(table[key])


def candidates(
    learnable: Iterable[tuple],
    headings: dict[int, tuple[str, bool]],
    classes: dict[str, str],
    main: str | None,
    found: Iterable[tuple[tuple[int, int], Found]],
    labels: Sequence[str] = (),
) -> list[Candidate]:
    """Every candidate pair of the sentences `learnable` ((sentence, its mentions, ...)), in text order. `headings`:
    by sentence start, the heading it is under and whether its opening "It" may be the document's drug `main`."""
    from graph_build.text.negation import statuses

    labels = labels or LABELS
    related: dict[tuple[int, int], set[frozenset[str]]] = {}
    for span, f in found:
        related.setdefault(span, set()).add(frozenset((f.subject, f.object)))
    out: list[Candidate] = []
    for sentence, inside, *_ in learnable:
        span = (sentence.start, sentence.end)
        base = sentence.start
        text = sentence.text
        question = text.rstrip().endswith("?")
        mentions = [m for m in inside if m.slug in classes]
        if not mentions:
            continue
        ends = statuses(text, [(m.start - base, m.end - base) for m in mentions])
        blocked = [
            question or st.negated or st.absent or st.certainty != "Asserted" for st in ends
        ]  # (a learned claim is never negated or hedged: dropped instead)
        done = related.get(span, set())
        title, it_is_main = headings.get(sentence.start, ("", False))
        heading = [f"h|{w}" for w in TOKEN.findall(title.lower())[-HEADING_WORDS:]]
        kinds = [_kind(classes[m.slug]) for m in mentions]
        seen: set[tuple[str, str]] = set()
        for i, s in enumerate(mentions):
            for j, o in enumerate(mentions):
                key = (s.slug, o.slug)
                if s.slug == o.slug or key in seen or (s.start < o.end and o.start < s.end):
                    continue
                if not fitting(classes[s.slug], classes[o.slug], labels):
                    continue
                seen.add(key)
                others = tuple(
                    (m.start - base, m.end - base, k)
                    for m, k in zip(mentions, kinds, strict=True)
                    if m is not s and m is not o
                )
                ends = (s.start - base, s.end - base), (o.start - base, o.end - base)
                pair = Pair(text, *ends, kinds[i], kinds[j], others)
                extra = (*heading, f"main|{s.slug == main}")
                out.append(
                    Candidate(span, s.slug, o.slug, pair, "", frozenset(key) in done, blocked[i] or blocked[j], extra)
                )
        named = {m.slug for m in mentions}
        pronoun = PRONOUN_SUBJECT.match(text)
        if main is None or main in named or pronoun is None or main not in classes or not it_is_main:
            continue
        for j, o in enumerate(mentions):
            if o.start - base < pronoun.end() or (main, o.slug) in seen:
                continue
            if not fitting(classes[main], classes[o.slug], labels):
                continue
            seen.add((main, o.slug))
            others = tuple(
                (m.start - base, m.end - base, k) for m, k in zip(mentions, kinds, strict=True) if m is not o
            )
            pair = Pair(text, None, (o.start - base, o.end - base), _kind(classes[main]), kinds[j], others)
            extra = (*heading, "main|True")
            resolved = pronoun.group().strip(" -*\u2022\t")
            out.append(
                Candidate(span, main, o.slug, pair, resolved, frozenset((main, o.slug)) in done, blocked[j], extra)
            )
    return out


@cache
def load() -> Model | None:
    """The committed model, read once per process; None when it is absent."""
    return read(MODEL) if MODEL.exists() else None


@cache
def measured_precision() -> dict[str, float]:
    """Per predicate, the leave-one-set-out precision of the classifier's own claims (health-model.json)."""
    if not PROVENANCE.exists():
        return {}
    data = json.loads(PROVENANCE.read_text(encoding="utf-8"))
    return {p: float(v) for p, v in (data.get("loso_precision") or {}).items()}


def predict(model: Model, cands: Sequence[Candidate]) -> list[tuple[str, float]]:
    """The most probable label of each candidate and its probability."""
    import numpy as np

    from graph_build.text.learned import softmax

    if not cands:
        return []
    get = model.index.get
    indices: list[int] = []
    offsets = [0]
    for c in cands:
        indices += sorted({i for f in c.features() if (i := get(f)) is not None})
        offsets.append(len(indices))
    idx, off = np.asarray(indices, dtype=np.int64), np.asarray(offsets, dtype=np.int64)
    z = np.add.reduceat(model.weights[idx].astype(np.float64), off[:-1], axis=0)
    probs = softmax(z)
    best = probs.argmax(axis=1)
    return [(model.labels[k], float(probs[i, k])) for i, k in enumerate(best)]


def emitted(
    cands: Sequence[Candidate],
    predictions: Sequence[tuple[str, float]],
    classes: dict[str, str],
    precision: dict[str, float],
    floor: float = FLOOR,
) -> list[tuple[tuple[int, int], Found]]:
    """The learned claims: a label (not none) at least MIN_PROBABILITY probable, for a pair the rules did not
    relate and no cue governs, of a predicate whose measured precision reaches `floor` and that fits the classes."""
    from graph_build.text.relate import keep

    out = []
    for c, (label, p) in zip(cands, predictions, strict=True):
        if label == "none" or p < MIN_PROBABILITY or c.related or c.blocked:
            continue
        if precision.get(label, 0.0) < floor:
            continue
        f = Found(c.subject, label, c.object, f"learned-{label}", resolved_from=c.resolved_from)
        if keep(f, classes):
            out.append((c.span, f))
    return out


def health_claims(cands: Sequence[Candidate], classes: dict[str, str]) -> list[tuple[tuple[int, int], Found]]:
    """The committed model's claims for the candidates (none when no model is committed)."""
    model = load()
    if model is None:
        return []
    todo = [c for c in cands if not c.related and not c.blocked]
    return emitted(todo, predict(model, todo), classes, measured_precision())


def health_confidence(found: Found) -> Decimal | None:
    """A health-learned claim's confidence: its predicate's leave-one-set-out precision, smoothed as
    learned_confidence's figures are (two decimals); None for a claim of another rule."""
    if not found.rule.startswith("learned-"):
        return None
    measured = measured_precision().get(found.predicate)
    return None if measured is None else Decimal(str(measured)).quantize(Decimal("0.01"))
