"""A learned relation classifier: a (subject, object) pair of mentions in one sentence -> one of the ontology's
predicates or none. Multinomial logistic regression over sparse lexical features, trained by
`python -m graph_build.text.train` on public annotated corpora (docs/decisions/0450); inference is pure numpy and
Python, the model loaded once per process.

A pair is described by the words around and between its two mentions (the mentions of other entities replaced by
their kind), the kinds of its ends, their order and distance. Kinds are coarse so that the corpora's entity types
and the lexicon's classes meet: C a chemical (drug, drug class, substance), D a condition (disease, symptom, adverse
effect), G a gene or molecular target. A pair whose subject is not named in the sentence (an FDA label's sentence is
about the label's drug) has no subject span: the words from the sentence start to the object stand between.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from base.atomic import write_bytes
from graph_build.text.units import Found

MODELS = Path(__file__).with_name("models")
MODEL = MODELS / "relation-model.npz"
PROVENANCE = MODELS / "relation-model.json"
#: Index 0 is "no relation"; the rest are drugkg predicates (the mapping table of the corpora's README).
#: A chemical's effect on a gene or target is `positivelyModulates` when it raises its expression or activity and
#: `decreases` when it lowers it (the predicates public_corpora.yaml scores BioRED's Chemical-Gene correlations as,
#: decision 0460); the ontology's `actsOn` ranges over anatomical sites, so a gene object never fits it (0709).
LABELS = (
    "none",
    "treats",
    "contraindicatedIn",
    "hasAdverseEffect",
    "interactsWith",
    "bindsTo",
    "positivelyModulates",
    "decreases",
)
#: The lexicon's classes as the classifier's kinds (classes not listed take part in no pair).
KINDS = {
    "Drug": "C",
    "DrugClass": "C",
    "Substance": "C",
    "Disease": "D",
    "Symptom": "D",
    "DiseaseOrCondition": "D",
    "MolecularTarget": "G",
}
TOKEN = re.compile(r"[a-z]+|[0-9]+(?:\.[0-9]+)?|[^\sa-z0-9]")
WINDOW = 3
#: Token distances between the two ends, as buckets (an upper bound each; beyond the last: "far").
DISTANCES = (0, 1, 2, 4, 7, 12, 20)

Span = tuple[int, int]


@dataclass(frozen=True)
class Pair:
    """A candidate pair in `text`: subject span (None: not named in the sentence), object span, their kinds, and
    the other mentions of the sentence as (start, end, kind)."""

    text: str
    subject: Span | None
    object: Span
    subject_kind: str
    object_kind: str
    others: tuple[tuple[int, int, str], ...] = ()


def _tokens(text: str) -> tuple[list[int], list[str]]:
    starts, words = [], []
    for m in TOKEN.finditer(text.lower()):
        starts.append(m.start())
        w = m.group()
        words.append("0" if w[0].isdigit() else w)
    return starts, words


def _bucket(n: int) -> str:
    return next((str(b) for b in DISTANCES if n <= b), "far")


def features(pair: Pair) -> list[str]:
    """The features of a pair, as strings.

    >>> p = Pair("Aspirin-induced asthma was seen.", (0, 7), (16, 22), "C", "D")
    >>> [f for f in features(p) if f.startswith(("b|", "t|"))]
    ['t|CD|so', 'b|-', 'b|induced']
    """
    starts, words = _tokens(pair.text)
    # words inside another mention become its kind; inside an end: dropped (its words are not features)
    masked = list(words)
    ends = [pair.object] + ([pair.subject] if pair.subject else [])
    for a, b in ends:
        for i in range(bisect_left(starts, a), bisect_left(starts, b)):
            masked[i] = ""
    for a, b, kind in pair.others:
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        if lo < hi and all(masked[i] for i in range(lo, hi)):
            masked[lo] = f"<{kind}>"
            for i in range(lo + 1, hi):
                masked[i] = ""
    o0, o1 = bisect_left(starts, pair.object[0]), bisect_left(starts, pair.object[1])
    kinds = f"{pair.subject_kind}{pair.object_kind}"
    if pair.subject is None:
        first, last, order = (0, 0), (o0, o1), "implicit"
    else:
        s0, s1 = bisect_left(starts, pair.subject[0]), bisect_left(starts, pair.subject[1])
        order = "so" if s0 <= o0 else "os"
        first, last = ((s0, s1), (o0, o1)) if order == "so" else ((o0, o1), (s0, s1))
    between = [w for w in masked[first[1] : last[0]] if w]
    out = ["bias", f"t|{kinds}|{order}"]
    out += [f"b|{w}" for w in between]
    out += [f"b{kinds}|{w}" for w in between]
    out += [f"bb|{a} {b}" for a, b in pairwise(between)]
    if between:
        out += [f"bf|{between[0]}", f"bl|{between[-1]}"]
    else:
        out.append("b|<adjacent>")
    left = [w for w in masked[: first[0]] if w][-WINDOW:]
    right = [w for w in masked[last[1] :] if w][:WINDOW]
    out += [f"l|{w}" for w in left] + [f"r|{w}" for w in right]
    if left:
        out.append(f"l1|{left[-1]}")
    if right:
        out.append(f"r1|{right[0]}")
    out.append(f"d|{_bucket(len(between))}")
    inner = [k for a, _, k in pair.others if first[1] < bisect_left(starts, a) < last[0]]
    out.append(f"m|{min(len(inner), 3)}")
    out += [f"mk|{k}" for k in sorted(set(inner))]
    if o1 > o0:
        out.append(f"oh|{words[o1 - 1]}")
    return out


@dataclass
class Model:
    """Weights (features x labels), the feature index and the label names."""

    weights: np.ndarray
    index: dict[str, int]
    labels: tuple[str, ...]

    def encode(self, pairs: Iterable[Pair]) -> tuple[np.ndarray, np.ndarray]:
        """Feature indices of each pair, concatenated, and where each pair's start (CSR rows without values)."""
        indices: list[int] = []
        offsets = [0]
        get = self.index.get
        for pair in pairs:
            row = sorted({i for f in features(pair) if (i := get(f)) is not None})
            indices += row
            offsets.append(len(indices))
        return np.asarray(indices, dtype=np.int64), np.asarray(offsets, dtype=np.int64)

    def probabilities(self, pairs: Sequence[Pair]) -> np.ndarray:
        """The probability of each label for each pair (rows sum to 1)."""
        if not pairs:
            return np.zeros((0, len(self.labels)), dtype=np.float64)
        indices, offsets = self.encode(pairs)
        return softmax(logits(self.weights, indices, offsets))

    def predict(self, pairs: Sequence[Pair]) -> list[tuple[str, float]]:
        """The most probable label of each pair and its probability."""
        probs = self.probabilities(pairs)
        best = probs.argmax(axis=1)
        return [(self.labels[k], float(probs[i, k])) for i, k in enumerate(best)]


def logits(weights: np.ndarray, indices: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Summed weight rows per pair (every pair has the bias feature, so no row is empty)."""
    return np.add.reduceat(weights[indices].astype(np.float64), offsets[:-1], axis=0)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def save(path: Path, weights: np.ndarray, feature_names: list[str], labels: Sequence[str]) -> None:
    """Write a model as an .npz whose bytes depend on its content only (fixed zip entry dates, fixed order)."""
    arrays = {
        "weights": weights.astype(np.float32),
        "features": np.frombuffer("\n".join(feature_names).encode("utf-8"), dtype=np.uint8),
        "labels": np.frombuffer("\n".join(labels).encode("utf-8"), dtype=np.uint8),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            data = io.BytesIO()
            np.lib.format.write_array(data, array, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data.getvalue(), compresslevel=9)
    write_bytes(path, buffer.getvalue())


def read(path: Path) -> Model:
    """A model written by `save`."""
    with np.load(path, allow_pickle=False) as data:
        names = data["features"].tobytes().decode("utf-8").split("\n")
        labels = tuple(data["labels"].tobytes().decode("utf-8").split("\n"))
        weights = np.ascontiguousarray(data["weights"])
    return Model(weights, {n: i for i, n in enumerate(names)}, labels)


@cache
def load() -> Model | None:
    """The committed model, read once per process; None when it is absent."""
    return read(MODEL) if MODEL.exists() else None


@cache
def measured_precision() -> dict[str, dict[str, float]]:
    """Per register and predicate, the precision of learned-only claims measured on development text
    (relation-model.json)."""
    if not PROVENANCE.exists():
        return {}
    data = json.loads(PROVENANCE.read_text(encoding="utf-8"))
    measured = data.get("measured_precision") or {}
    return {r: {p: float(v) for p, v in m.items()} for r, m in measured.items() if isinstance(m, dict)}


# --- in extraction: claims for pairs the rules did not relate ---------------------------------------------------

#: A learned claim needs its label at least this probable (below it the pair is "none").
MIN_PROBABILITY = 0.5
#: The certainties a learned claim may carry: asserted, or "Reported" (a case report's "we report a patient who
#: developed Y on X", "X-induced Y has been reported"), the way research text states what was observed. Under a
#: speculative hedge ("may", "suggest", "possibly") the pair gives no claim: on the TRAIN splits of BC5CDR and BioRED
#: such claims were right less often than the rest (decision 0709); "Reported" ones as often.
CERTAINTIES = frozenset({"Asserted", "Reported"})
#: A report denied ("has not been reported", "was never reported", "no ... were reported", "unreported"): ConText
#: reads "reported" as the hedge and may leave the denial unread, so a learned claim is not made of it.
NOT_REPORTED = re.compile(
    r"\b(not|never|no|none|neither|nor|rarely|seldom)\b[^.;:]{0,60}\breported\b|\bunreported\b", re.I
)


def learned_claims(sentences: Iterable[tuple], classes: dict[str, str]) -> list[tuple[Span, Found]]:
    """Claims of the classifier for pairs of mentions the rules related in no way, as (sentence span, Found).

    `sentences`: (sentence, its mentions, the rules' claims in it). The subject is a chemical (drug, class,
    substance); a pair of two chemicals is taken once, in text order. A claim is dropped when a negation or
    absence-of-evidence cue governs either end (negation.statuses), in a question, and when it does not fit the
    predicate's domain and range; under a hedge it is dropped unless the hedge is one of CERTAINTIES, which it keeps.
    """
    model = load()
    if model is None:
        return []
    from graph_build.text.negation import statuses
    from graph_build.text.relate import keep

    pairs: list[Pair] = []
    where: list[tuple] = []
    for sentence, inside, related in sentences:
        if sentence.text.rstrip().endswith("?"):
            continue
        done = {frozenset((f.subject, f.object)) for f in related}
        base = sentence.start
        kinds = [(m, k) for m in inside if (k := KINDS.get(classes.get(m.slug, "")))]
        seen: set[tuple[str, str]] = set()
        for i, (s, ks) in enumerate(kinds):
            if ks != "C":
                continue
            for j, (o, ko) in enumerate(kinds):
                key = (s.slug, o.slug)
                if s.slug == o.slug or (ko == "C" and j < i) or frozenset(key) in done or key in seen:
                    continue
                if s.start < o.end and o.start < s.end:
                    continue
                seen.add(key)
                others = tuple((m.start - base, m.end - base, k) for m, k in kinds if m is not s and m is not o)
                span_s, span_o = (s.start - base, s.end - base), (o.start - base, o.end - base)
                pairs.append(Pair(sentence.text, span_s, span_o, ks, ko, others))
                where.append((sentence, s.slug, o.slug, span_s, span_o))
    out = []
    for (sentence, subject, obj, span_s, span_o), (label, p) in zip(where, model.predict(pairs), strict=True):
        if label == "none" or p < MIN_PROBABILITY:
            continue
        if not keep(Found(subject, label, obj, f"learned-{label}"), classes):
            continue
        ends = statuses(sentence.text, [span_s, span_o])
        if any(st.negated or st.absent for st in ends):
            continue  # polarity is ConText's: a learned claim never asserts what a cue negates
        # the certainty is ConText's too (the object's, else the subject's), as for the rules' claims
        if any(st.certainty not in CERTAINTIES for st in ends):
            continue
        if any(st.certainty == "Reported" for st in ends) and NOT_REPORTED.search(sentence.text):
            continue
        certainty = next((st.certainty for st in reversed(ends) if st.certainty != "Asserted"), "Asserted")
        out.append(
            ((sentence.start, sentence.end), Found(subject, label, obj, f"learned-{label}", certainty=certainty))
        )
    return out


@cache
def _table_rules() -> frozenset[str]:
    import yaml

    from graph_build.text.confidence import TABLE

    if not TABLE.exists():
        return frozenset()
    return frozenset((yaml.safe_load(TABLE.read_text(encoding="utf-8")) or {}).get("rules") or {})


def learned_confidence(found: Found, quote: str, research: str, doubts: int) -> Decimal:
    """A learned claim's confidence: the confidence table's figure once the table measures `learned-<predicate>`
    (graph_build/text/confidence.py), until then the precision of learned-only claims of that predicate measured on
    development text of the document's register (relation-model.json), else the figure of an unmeasured rule."""
    from graph_build.text.confidence import UNMEASURED, confidence_for

    if found.rule in _table_rules():
        return confidence_for(found.rule, False, quote, research, doubts)
    measured = measured_precision().get(research, {}).get(found.predicate)
    return UNMEASURED if measured is None else Decimal(str(measured)).quantize(Decimal("0.01"))
