"""Train the learned relation classifier (graph_build/text/learned.py) from public annotated corpora.

    python -m graph_build.text.train              # train on the TRAIN splits, measure, write models/relation-model.*
    python -m graph_build.text.train --evaluate   # also print the DEV-split comparison (rules / learned / combined)
    python -m graph_build.text.train --health     # the health-article classifier instead, from the development
                                                  # sets' golds (train_health.py; add --loso to measure it)

Reads ../shared/data/relations in place (never copied): the TRAIN splits of BC5CDR and BioRED, PHEE's train.json,
and the Roam FDA-label sentences minus a fixed fifth of them kept for development (`roam_dev`: the Roam corpora have
no development split; their official test split is held back). Candidate pairs are the corpora's own (gold) mentions
in one sentence; labels follow the mapping table of the corpora's README (docs/decisions/0450). Deterministic: a fixed
seed, sorted features, a model file whose bytes depend on its content only, and a provenance file without dates.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from graph_build.text.learned import LABELS, MODEL, PROVENANCE, Model, Pair, features, logits, save, softmax

ROOT = Path(__file__).resolve().parents[2]
RELATIONS = ROOT.parent / "shared" / "data" / "relations"
SEED = 13
EPOCHS = 8
BATCH = 64
RATE = 0.2
L2 = 1e-6
MIN_COUNT = 2
#: (corpus, kind of file, path under RELATIONS) of the TRAIN material and of the DEV material.
TRAIN = (
    ("BC5CDR", "pubtator", "bc5cdr/CDR_TrainingSet.PubTator.txt"),
    ("BioRED", "pubtator", "biored/Train.PubTator"),
    ("PHEE", "phee", "phee/json/train.json"),
    ("Roam", "roam", "roam-drug-disease/features_for_healthcare/training.json"),
    ("Roam", "roam", "roam-drug-disease/psl_drugs_diseases/drug_disease_relations-crf_train.json"),
)
DEV = (
    ("BC5CDR", "pubtator", "bc5cdr/CDR_DevelopmentSet.PubTator.txt"),
    ("BioRED", "pubtator", "biored/Dev.PubTator"),
    ("PHEE", "phee", "phee/json/dev.json"),
    ("Roam", "roam", "roam-drug-disease/features_for_healthcare/training.json"),
    ("Roam", "roam", "roam-drug-disease/psl_drugs_diseases/drug_disease_relations-crf_train.json"),
)
PUBTATOR_KINDS = {
    "Chemical": "C",
    "ChemicalEntity": "C",
    "Disease": "D",
    "DiseaseOrPhenotypicFeature": "D",
    "GeneOrGeneProduct": "G",
}
#: BioRED relation types per pair of kinds -> label; None: undirected, the pair is left out.
BIORED = {
    "CD": {"Positive_Correlation": "hasAdverseEffect", "Negative_Correlation": "treats", "Association": None},
    "CG": {
        "Bind": "bindsTo",
        "Positive_Correlation": "positivelyModulates",
        "Negative_Correlation": "decreases",
        "Association": None,
    },
    "CC": {"Drug_Interaction": "interactsWith", "Association": None},
}
ROAM = {
    "TREATS": "treats",
    "PREVENTS": "treats",
    "TREATS_OUTCOMES": "treats",
    "CONTRAINDICATED_FOR": "contraindicatedIn",
    "NOT_RECOMMENDED": "contraindicatedIn",
    "UNRELATED": "none",
}


@dataclass(frozen=True)
class Example:
    """A candidate pair, its label (None: left out of training), where it came from, and its sentence's unit
    (the abstract or sentence id) with the gold status of its relation (asserted, negated, speculated)."""

    pair: Pair
    label: str | None
    corpus: str
    unit: str
    status: str = "asserted"
    offset: int = 0  # where the pair's sentence starts in the unit's text
    document: str = ""  # the unit's text (an abstract, or the sentence itself)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def roam_dev(sentence_id: str) -> bool:
    """The fixed fifth of Roam sentences kept for development (by a hash of the id, not by position)."""
    return hashlib.sha256(sentence_id.encode("utf-8")).digest()[0] % 5 == 0


def _sentences(text: str) -> list[tuple[int, int]]:
    from graph_build.text.segment import segment

    return [(s.start, s.end) for s in segment(text)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def pubtator_examples(path: Path, corpus: str) -> Iterator[Example]:
    """Pairs of a chemical mention with a condition, gene or other chemical mention of the same sentence."""
    from graph_build.text.pubtator import read_pubtator

    for article in read_pubtator(path):
        mentions = [(a, b, PUBTATOR_KINDS[t], ids) for a, b, t, ids in article.mentions if t in PUBTATOR_KINDS]
        for start, end in _sentences(article.text):
            inside = sorted(m for m in mentions if start <= m[0] and m[1] <= end)
            others = tuple((a - start, b - start, k) for a, b, k, _ in inside)
            text = article.text[start:end]
            for i, s in enumerate(inside):
                if s[2] != "C":
                    continue
                for j, o in enumerate(inside):
                    if i == j or _overlaps(s[:2], o[:2]) or s[3] & o[3] or (o[2] == "C" and j < i):
                        continue  # one pair per two chemicals (interactsWith is symmetric)
                    kinds = s[2] + o[2]
                    types = set().union(*(article.relations.get(frozenset({x, y}), set()) for x in s[3] for y in o[3]))
                    label = _pubtator_label(corpus, kinds, types)
                    if label is False:
                        continue
                    pair = Pair(
                        text,
                        (s[0] - start, s[1] - start),
                        (o[0] - start, o[1] - start),
                        s[2],
                        o[2],
                        tuple(
                            x
                            for x in others
                            if x[:2] not in ((s[0] - start, s[1] - start), (o[0] - start, o[1] - start))
                        ),
                    )
                    yield Example(pair, label, corpus, article.pmid, offset=start, document=article.text)


def _pubtator_label(corpus: str, kinds: str, types: set[str]) -> str | bool | None:
    """The label of a pair; None: left out of training (undirected); False: no pair of these kinds is made."""
    if corpus == "BC5CDR":
        return ("hasAdverseEffect" if "CID" in types else "none") if kinds == "CD" else False
    table = BIORED.get(kinds)
    if table is None:
        return False
    labels = [table[t] for t in sorted(types) if t in table and table[t] is not None]
    if labels:
        return labels[0]
    return None if any(t in table for t in types) else "none"


def phee_examples(path: Path, corpus: str = "PHEE") -> Iterator[Example]:
    """Each drug of a sentence with each effect or disorder named in it; a negated or speculated event's pair
    keeps its label and says so in `status` (training leaves it out: polarity is ConText's, not the classifier's)."""
    from graph_build.text.phee import read_phee

    speculated = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            flags = [bool((e.get("Speculated") or {}).get("value")) for a in data["annotations"] for e in a["events"]]
            speculated[data["id"]] = flags
    for sentence in read_phee(path):
        drugs = sorted({s for e in sentence.events for s in e.drugs})
        conditions = sorted({s for e in sentence.events for s in e.effects + e.disorders} - set(drugs))
        spans = [(a, b, "C") for a, b in drugs] + [(a, b, "D") for a, b in conditions]
        for d in drugs:
            for c in conditions:
                if _overlaps(d, c):
                    continue
                label, status = "none", "asserted"
                for e, spec in zip(sentence.events, speculated[sentence.id], strict=False):
                    if not any(_overlaps(d, x) for x in e.drugs):
                        continue
                    if any(_overlaps(c, x) for x in e.effects):
                        found = "hasAdverseEffect" if e.kind == "Adverse_event" else "treats"
                    elif any(_overlaps(c, x) for x in e.disorders):
                        found = "treats"
                    else:
                        continue
                    label = found
                    status = "negated" if e.negated else "speculated" if spec else "asserted"
                    if status == "asserted":
                        break
                others = tuple(x for x in spans if x[:2] not in (d, c))
                yield Example(
                    Pair(sentence.text, d, c, "C", "D", others), label, corpus, sentence.id, status, 0, sentence.text
                )


def roam_examples(path: Path, dev: bool, corpus: str = "Roam") -> Iterator[Example]:
    """Each annotated disease of an FDA-label sentence with the label's drug (not named: no subject span)."""
    for item in json.loads(path.read_text(encoding="utf-8")):
        if roam_dev(item["sentence_id"]) != dev:
            continue
        anns = [a for a in item["annotations"] if a["label"] in ROAM]
        spans = [(a["start"], a["end"], "D") for a in anns]
        for a in anns:
            others = tuple(x for x in spans if x[:2] != (a["start"], a["end"]))
            pair = Pair(item["sentence"], None, (a["start"], a["end"]), "C", "D", others)
            yield Example(pair, ROAM[a["label"]], corpus, item["sentence_id"], document=item["sentence"])


def examples(split: str, relations: Path = RELATIONS) -> Iterator[Example]:
    """Every candidate pair of the TRAIN or DEV material."""
    for corpus, kind, name in TRAIN if split == "train" else DEV:
        path = relations / name
        if kind == "pubtator":
            yield from pubtator_examples(path, corpus)
        elif kind == "phee":
            yield from phee_examples(path, corpus)
        else:
            yield from roam_examples(path, dev=split == "dev", corpus=corpus)


def fit(
    rows: list[list[str]],
    labels: list[int],
    *,
    seed: int = SEED,
    epochs: int = EPOCHS,
    names_of: tuple[str, ...] = LABELS,
) -> tuple[np.ndarray, list[str]]:
    """Multinomial logistic regression by AdaGrad over minibatches (sparse rows, L2); returns weights and names.
    `names_of`: the label names (index 0 "none")."""
    counts = Counter(f for row in rows for f in set(row))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT or f == "bias")
    index = {n: i for i, n in enumerate(names)}
    model = Model(np.zeros((len(names), len(names_of)), dtype=np.float64), index, names_of)
    encoded = [sorted({index[f] for f in row if f in index}) for row in rows]
    y = np.asarray(labels, dtype=np.int64)
    weights, squares = model.weights, np.full_like(model.weights, 1e-8)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(len(encoded))
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            idx = np.asarray([i for b in batch for i in encoded[b]], dtype=np.int64)
            offsets = np.cumsum([0] + [len(encoded[b]) for b in batch])
            grad_rows = softmax(logits(weights, idx, offsets))
            grad_rows[np.arange(len(batch)), y[batch]] -= 1.0
            row_of = np.repeat(np.arange(len(batch)), np.diff(offsets))
            uniq, inverse = np.unique(idx, return_inverse=True)
            grad = np.zeros((len(uniq), len(names_of)))
            np.add.at(grad, inverse, grad_rows[row_of])
            grad += L2 * weights[uniq]
            squares[uniq] += grad * grad
            weights[uniq] -= RATE * grad / np.sqrt(squares[uniq])
    return weights.astype(np.float32), names


def train(relations: Path = RELATIONS, *, out: Path = MODEL, seed: int = SEED, limit: int | None = None) -> dict:
    """Train on the TRAIN material (`limit`: the first N pairs of each corpus file, for tests), write the model and
    return its provenance (without measured precision)."""
    used = [e for e in _limited(examples("train", relations), limit) if e.label is not None and e.status == "asserted"]
    weights, names = fit([features(e.pair) for e in used], [LABELS.index(e.label) for e in used], seed=seed)
    save(out, weights, names, LABELS)
    per_corpus: dict[str, Counter] = {}
    for e in used:
        per_corpus.setdefault(e.corpus, Counter())[e.label] += 1
    return {
        "model": out.name,
        "model_sha256": sha256(out),
        "model_bytes": out.stat().st_size,
        "labels": list(LABELS),
        "features": len(names),
        "seed": seed,
        "hyperparameters": {"epochs": EPOCHS, "batch": BATCH, "rate": RATE, "l2": L2, "min_count": MIN_COUNT},
        "limit": limit,
        "training_files": [
            {"corpus": c, "path": f"relations/{name}", "sha256": sha256(relations / name)} for c, _, name in TRAIN
        ],
        "roam_development": "sentences whose sha256(sentence_id) first byte % 5 == 0 are development, not training",
        "left_out": "BioRED undirected Association pairs; PHEE pairs of negated or speculated events",
        "pairs_per_label": {c: dict(sorted(n.items())) for c, n in sorted(per_corpus.items())},
    }


def _limited(items: Iterator[Example], limit: int | None) -> Iterator[Example]:
    if limit is None:
        yield from items
        return
    seen: Counter = Counter()
    for e in items:
        seen[e.corpus] += 1
        if seen[e.corpus] <= limit:
            yield e


def write_provenance(data: dict, path: Path = PROVENANCE) -> None:
    from base.atomic import write_text

    write_text(path, json.dumps(data, indent=2, sort_keys=True) + "\n")


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    if "--health" in argv:
        from graph_build.text.train_health import main as train_health

        return train_health([a for a in argv if a != "--health"])
    if not RELATIONS.is_dir():
        print(f"train: {RELATIONS} not found; fix: put the corpora beside the checkout", file=sys.stderr)
        return 2
    data = train()
    if "--no-measure" not in argv:
        from graph_build.text.learned_eval import measure_learned

        data["measured_precision"], data["measured_on"] = measure_learned()
    write_provenance(data)
    print(f"wrote {MODEL} ({data['model_bytes']:,} bytes, {data['features']:,} features)")
    if "--evaluate" in argv:
        from graph_build.text.learned_eval import report

        print(report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
