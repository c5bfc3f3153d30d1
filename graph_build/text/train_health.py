"""Train the health-article relation classifier (learned_health.py) from the development sets' gold claims.

    python -m graph_build.text.train_health            # train on every development set, write models/health-model.*
    python -m graph_build.text.train_health --loso     # also measure leave-one-set-out and print the tables

(`python -m graph_build.text.train --health` does the same.) The sets are confidence.GOLD_SETS: the calibration sets
final and blind are never read. Candidate pairs are the extractor's own (extract_document's `capture`); a pair is
labelled with a gold predicate when a gold claim of its document quotes a span overlapping the pair's sentence and
names its two concepts (evaluate.concept_keys, the scorer's matching), else "none". Negated and hedged gold claims
label their pair as their predicate too (the classifier decides the predicate; polarity is ConText's). Features are
cached under drugkg's cache folder (`cachedir.cache_root()` / health-features; never in the repository).
Deterministic: fixed seed, sorted features, a model file whose bytes depend on its content only and a provenance file
without dates.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from graph_build.cachedir import cache_root
from graph_build.text.learned import save
from graph_build.text.learned_health import (
    FLOOR,
    LABELS,
    MIN_PROBABILITY,
    MODEL,
    PROVENANCE,
    Candidate,
    emitted,
    predict,
)
from graph_build.text.train import BATCH, L2, MIN_COUNT, RATE, fit

CACHE = cache_root() / "health-features"
#: Raised when learned_health.candidates or the labelling changes (the cache's key).
CANDIDATES_VERSION = "2"
SEED = 29
EPOCHS = 6
#: The six newest development sets, which stand in for new text.
NEWEST = ("sealed23", "sealed24", "sealed25", "sealed26", "sealed27", "sealed28")


@dataclass
class Document:
    """One document of a set: its candidates with their labels and their sentences' spans in the original text,
    the lexicon classes, and the rules' claims."""

    id: str
    candidates: list[Candidate]
    labels: list[str]
    negated: list[bool]
    spans: dict[tuple[int, int], tuple[int, int]]
    classes: dict[str, str]


@dataclass
class GoldSet:
    name: str
    documents: list[Document]
    gold: list = field(default_factory=list)  # the gold claims as `extracted_and_gold` reads them
    found: list = field(default_factory=list)  # the rules' claims
    gold_files: dict[str, str] = field(default_factory=dict)  # path -> sha256


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def gold_sets() -> list[tuple[str, Path, Path | None]]:
    from graph_build.text.confidence import GOLD_SETS

    return [(name, Path(corpus), None if gold is None else Path(gold)) for name, corpus, gold in GOLD_SETS]


def gold_files(corpus: Path, gold: Path | None) -> list[Path]:
    return sorted((gold or corpus / "claims").glob("*.yaml"))


def collect(name: str, corpus: Path, gold: Path | None) -> GoldSet:
    """A set's documents with their labelled candidates (as `extracted_and_gold` reads the set)."""
    from graph_build.read import read_corpus
    from graph_build.text.evaluate import load_gold, salt_names_as_acids, target_headings_as_entities
    from graph_build.text.extract import extract_document
    from ontology.lexicon import load_lexicon

    documents = read_corpus(corpus)
    lexicon = load_lexicon()
    gold_root = gold.parent if gold is not None else corpus
    captured: list[list] = []
    results = []
    for d in documents:
        capture: list = []
        results.append(extract_document(d, lexicon, capture=capture))
        captured.append(capture)
    gold_claims = salt_names_as_acids(load_gold(gold_root, documents, lexicon, [r.entities for r in results]), lexicon)
    gold_claims = target_headings_as_entities(gold_claims, lexicon)
    scored = {e.document for c in gold_claims for e in c.evidence}
    found = [c for r in results for c in r.claims if c.evidence[0].document in scored]
    by_doc: dict[str, list] = {}
    for c in gold_claims:
        for e in c.evidence:
            by_doc.setdefault(e.document, []).append((c, e.start, e.end))
    docs = []
    for d, capture in zip(documents, captured, strict=True):
        if d.id not in scored or not capture:
            continue
        cands, spans, classes = capture[0]
        labels, negated = [], []
        for c in cands:
            label, neg = label_of(c, spans[c.span], by_doc.get(d.id, []), lexicon)
            labels.append(label)
            negated.append(neg)
        docs.append(Document(d.id, cands, labels, negated, spans, classes))
    files = {_relative(p): sha256(p) for p in gold_files(corpus, gold)}
    return GoldSet(name, docs, gold_claims, found, files)


def _relative(path: Path) -> str:
    """A gold file's path under the checkout (as given when outside it: a test's fixture)."""
    root = Path(__file__).resolve().parents[2]
    return str(path.resolve().relative_to(root)) if path.resolve().is_relative_to(root) else str(path)


_KEYS: dict[str, frozenset] = {}


def _keys(slug: str, lexicon: dict) -> frozenset:
    from graph_build.text.evaluate import concept_keys

    if slug not in _KEYS:
        _KEYS[slug] = concept_keys(slug, lexicon) | {("slug", slug)}
    return _KEYS[slug]


def label_of(c: Candidate, span: tuple[int, int], gold: list, lexicon: dict) -> tuple[str, bool]:
    """The gold predicate of a candidate (the most frequent label first when two apply) and whether it is negated."""
    hits = []
    for claim, start, end in gold:
        if not (start < span[1] and span[0] < end) or claim.predicate not in LABELS:
            continue
        if _keys(claim.subject, lexicon) & _keys(c.subject, lexicon) and _keys(claim.object, lexicon) & _keys(
            c.object, lexicon
        ):
            hits.append((LABELS.index(claim.predicate), claim.negated or claim.hedged))
    if not hits:
        return "none", False
    return LABELS[min(hits)[0]], min(hits)[1]


def load_sets(refresh: bool = False, log=print) -> list[GoldSet]:
    """Every development set, collected (cached under CACHE by the sha256 of its gold files and of the code)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    out = []
    for name, corpus, gold in gold_sets():
        key = hashlib.sha256(
            json.dumps([name, [sha256(p) for p in gold_files(corpus, gold)], _code_hash()]).encode()
        ).hexdigest()[:16]
        path = CACHE / f"{name.replace(' ', '_')}-{key}.pkl"
        if path.exists() and not refresh:
            out.append(pickle.loads(path.read_bytes()))
            continue
        s = collect(name, corpus, gold)
        path.write_bytes(pickle.dumps(s))
        log(f"collected {name}: {sum(len(d.candidates) for d in s.documents)} pairs")
        out.append(s)
    return out


def _code_hash() -> str:
    here = Path(__file__).parent
    parts = [(here / n).read_bytes() for n in ("extract.py", "relate.py", "rules.yaml", "evaluate.py")] + [
        CANDIDATES_VERSION.encode()
    ]
    return hashlib.sha256(b"".join(parts)).hexdigest()


def rows_of(sets: list[GoldSet]) -> tuple[list[list[str]], list[int]]:
    rows, ys = [], []
    for s in sets:
        for d in s.documents:
            for c, label in zip(d.candidates, d.labels, strict=True):
                rows.append(c.features())
                ys.append(LABELS.index(label))
    return rows, ys


def train_model(sets: list[GoldSet], out: Path, seed: int = SEED) -> int:
    rows, ys = rows_of(sets)
    weights, names = fit(rows, ys, seed=seed, epochs=EPOCHS, names_of=LABELS)
    save(out, weights, names, LABELS)
    return len(names)


def learned_claims_of(s: GoldSet, model, precision: dict[str, float] | None, floor: float = 0.0) -> list:
    """The classifier's claims on a set as scorer claims (one evidence each)."""
    from graph_build.claims import Claim, Evidence

    out = []
    for d in s.documents:
        todo = [c for c in d.candidates if not c.related and not c.blocked]
        prec = precision if precision is not None else dict.fromkeys(LABELS, 1.0)
        for span, f in emitted(todo, predict(model, todo), d.classes, prec, floor):
            a, b = d.spans[span]
            ev = Evidence(d.id, "", a, b, f"rule:{f.rule}", resolved_from=f.resolved_from)
            out.append(Claim(f.subject, f.predicate, f.object, evidence=[ev]))
    return out


def scores(s: GoldSet, learned: list) -> tuple[dict, dict, Counter]:
    """(a) the rules alone, (b) rules and the learned claims, (c) learned-only items right/wrong per predicate."""
    from graph_build.text.evaluate import _items, one_concept_one_name, score
    from ontology.lexicon import load_lexicon

    lexicon = load_lexicon()
    a = score(one_concept_one_name(s.gold, s.found, lexicon), s.found)
    both = s.found + learned
    gold_b = one_concept_one_name(s.gold, both, lexicon)
    b = score(gold_b, both)
    gold_items = set(_items(gold_b))
    rules_items = set(_items(s.found))
    c: Counter = Counter()
    for item in set(_items(learned)) - rules_items:
        c[(item[2], item in gold_items)] += 1
    return a.overall.as_dict(), b.overall.as_dict(), c


def loso(sets: list[GoldSet], log=print) -> dict:
    """Leave one set out: train on the others, predict on it. Returns the learned claims per set (no floor)."""
    from graph_build.text.learned import read

    out = {}
    tmp = CACHE / "loso-model.npz"
    for k, s in enumerate(sets):
        train_model(sets[:k] + sets[k + 1 :], tmp)
        model = read(tmp)
        out[s.name] = learned_claims_of(s, model, None)
        log(f"loso {s.name}: {len(out[s.name])} claims")
    return out


def precision_per_predicate(sets: list[GoldSet], claims: dict) -> tuple[dict[str, float], dict]:
    """Pooled leave-one-set-out precision of the learned-only items per predicate, smoothed ((right+1)/(n+2))."""
    total: Counter = Counter()
    for s in sets:
        total += scores(s, claims[s.name])[2]
    counts = {p: {"right": total[(p, True)], "wrong": total[(p, False)]} for p in LABELS[1:]}
    prec = {p: round((n["right"] + 1) / (n["right"] + n["wrong"] + 2), 4) for p, n in counts.items()}
    return prec, counts


def table(sets: list[GoldSet], claims: dict, precision: dict[str, float], floor: float) -> tuple[str, dict]:
    """Per set and pooled: (a) rules, (b) rules + the learned claims of predicates at or above `floor`."""
    lines = [f"{'set':<12} {'(a) P':>6} {'R':>6} {'F1':>6} | {'(b) P':>6} {'R':>6} {'F1':>6} | learned right/wrong"]
    pooled = {"all": [Counter(), Counter()], "newest": [Counter(), Counter()]}
    per_set = {}
    for s in sets:
        kept = [c for c in claims[s.name] if precision.get(c.predicate, 0.0) >= floor]
        a, b, c = scores(s, kept)
        right, wrong = sum(n for (_, ok), n in c.items() if ok), sum(n for (_, ok), n in c.items() if not ok)
        per_set[s.name] = {"rules": a, "combined": b, "learned_right": right, "learned_wrong": wrong}
        lines.append(
            f"{s.name:<12} {a['precision']:>6.3f} {a['recall']:>6.3f} {a['f1']:>6.3f} | "
            f"{b['precision']:>6.3f} {b['recall']:>6.3f} {b['f1']:>6.3f} | {right}/{wrong}"
        )
        for group in ("all", "newest") if s.name in NEWEST else ("all",):
            for x, d in zip(pooled[group], (a, b), strict=True):
                x.update({"tp": d["tp"], "fp": d["fp"], "fn": d["fn"]})
    for group, (a, b) in pooled.items():
        fa, fb = _prf(a), _prf(b)
        per_set[f"pooled {group}"] = {"rules": fa, "combined": fb}
        lines.append(
            f"{'pooled ' + group:<12} {fa['precision']:>6.3f} {fa['recall']:>6.3f} {fa['f1']:>6.3f} | "
            f"{fb['precision']:>6.3f} {fb['recall']:>6.3f} {fb['f1']:>6.3f} | "
            f"tp {a['tp']}->{b['tp']} fp {a['fp']}->{b['fp']}"
        )
    return "\n".join(lines), per_set


def _prf(c: Counter) -> dict:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    rounded = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
    return {"tp": c["tp"], "fp": c["fp"], "fn": c["fn"], **rounded}


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    sets = load_sets(refresh="--refresh" in argv)
    counts: Counter = Counter(label for s in sets for d in s.documents for label in d.labels)
    print("pairs per label:", dict(sorted(counts.items())))
    provenance: dict = {}
    if PROVENANCE.exists():
        provenance = json.loads(PROVENANCE.read_text(encoding="utf-8"))
    if "--loso" in argv:
        claims = loso(sets)
        precision, right_wrong = precision_per_predicate(sets, claims)
        text, per_set = table(sets, claims, precision, FLOOR)
        text_all, per_set_all = table(sets, claims, precision, 0.0)
        print("learned-only items per predicate (LOSO):", json.dumps(right_wrong))
        print("smoothed precision:", json.dumps(precision))
        print(f"\n(b) with the floor {FLOOR}:\n{text}\n\n(b) every predicate:\n{text_all}")
        provenance["loso_precision"] = precision
        provenance["loso_counts"] = right_wrong
        provenance["loso_per_set"] = per_set
        provenance["loso_per_set_every_predicate"] = per_set_all
    features = train_model(sets, MODEL)
    provenance.update(
        {
            "model": MODEL.name,
            "model_sha256": sha256(MODEL),
            "model_bytes": MODEL.stat().st_size,
            "labels": list(LABELS),
            "features": features,
            "seed": SEED,
            "hyperparameters": {
                "epochs": EPOCHS,
                "batch": BATCH,
                "rate": RATE,
                "l2": L2,
                "min_count": MIN_COUNT,
                "min_probability": MIN_PROBABILITY,
                "floor": FLOOR,
            },
            "labelling": "a candidate pair gets a gold claim's predicate when one of the claim's quotes overlaps the "
            "pair's sentence and evaluate.concept_keys joins both ends; negated and hedged gold claims too",
            "grouping": "leave one set out (GOLD_SETS); final and blind are never read",
            "sets": [s.name for s in sets],
            "gold_files": {p: h for s in sets for p, h in sorted(s.gold_files.items())},
            "pairs_per_label": dict(sorted(counts.items())),
        }
    )
    from base.atomic import write_text

    write_text(PROVENANCE, json.dumps(provenance, indent=2, sort_keys=True) + "\n")
    print(f"wrote {MODEL} ({provenance['model_bytes']:,} bytes, {features:,} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
