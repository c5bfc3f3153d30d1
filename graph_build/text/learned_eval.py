"""Measuring the learned relation classifier against the rules on DEV material (docs/extraction.md, "Learned relation
classifier"; docs/decisions/0450).

Two measures:

- **pairs with gold mentions** (`pair_scores`): every candidate pair of the DEV material (train.examples("dev")) gets
  a label from the rules alone (the extractor's asserted claims whose two ends overlap the pair's mentions), from
  the classifier alone, and from both (the rules' label where they gave one, else the classifier's); P/R/F1 per corpus
  and predicate. A pair of a negated or speculated PHEE event counts as "none" (nothing may be asserted of it).
- **claims of the whole extractor** (`claim_scores`): extraction with and without the classifier on the development
  fixture sets (against their curated claims) and on the DEV splits (judged by graph_build/text/judgements.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph_build.text.learned import LABELS, MIN_PROBABILITY, load
from graph_build.text.train import RELATIONS, Example, examples

#: The predicates each corpus annotates (a figure for any other would be meaningless).
ANNOTATED = {
    "BC5CDR": ("hasAdverseEffect",),
    "BioRED": ("treats", "hasAdverseEffect", "interactsWith", "bindsTo", "positivelyModulates", "decreases"),
    "PHEE": ("treats", "hasAdverseEffect"),
    "Roam": ("treats", "contraindicatedIn"),
}
SYSTEMS = ("rules", "learned", "combined")


@contextmanager
def learned_on(value: bool = True) -> Iterator[None]:
    """Extraction with (or without) the classifier while inside."""
    from graph_build.text import extract

    before = extract.LEARNED_REGISTERS
    extract.LEARNED_REGISTERS = frozenset({"research", "general"} if value else ())
    try:
        yield
    finally:
        extract.LEARNED_REGISTERS = before


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def rule_labels(dev: list[Example]) -> list[set[str]]:
    """For each pair, the predicates of the rules' asserted claims whose ends overlap its mentions."""
    from graph_build.read import Document
    from graph_build.text.extract import extract_document
    from graph_build.text.normalise import normalise
    from graph_build.text.recognise import recognise
    from ontology.lexicon import load_lexicon

    lexicon = load_lexicon()
    by_unit: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(dev):
        by_unit[(e.corpus, e.unit)].append(i)
    out: list[set[str]] = [set() for _ in dev]
    for (corpus, unit), members in by_unit.items():
        text = dev[members[0]].document
        doc = Document(unit, unit, f"{unit}.txt", "", text, Path("x"))
        research = "research" if corpus in ("PHEE", "BC5CDR", "BioRED") else None
        with learned_on(False):
            claims = [c for c in extract_document(doc, lexicon, research=research).claims]
        claims = [c for c in claims if not c.negated and c.certainty == "Asserted" and c.predicate in LABELS]
        if not claims:
            continue
        norm = normalise(text)
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in recognise(norm.text, lexicon)[0]:
            spans[m.slug].append(norm.original(m.start, m.end))
        for c in claims:
            ev = c.evidence[0]
            here = [(a, b) for a, b in spans.get(c.subject, []) if ev.resolved_from or (ev.start <= a and b <= ev.end)]
            there = [(a, b) for a, b in spans.get(c.object, []) if ev.start <= a and b <= ev.end]
            for i in members:
                pair, off = dev[i].pair, dev[i].offset
                obj = (pair.object[0] + off, pair.object[1] + off)
                sub = None if pair.subject is None else (pair.subject[0] + off, pair.subject[1] + off)
                ends = [(here, there)] + ([(there, here)] if c.predicate == "interactsWith" else [])
                for xs, ys in ends:
                    if any(_overlaps(obj, y) for y in ys) and (sub is None or any(_overlaps(sub, x) for x in xs)):
                        out[i].add(c.predicate)
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pair_scores(relations: Path = RELATIONS) -> dict[tuple[str, str, str], tuple[int, int, int]]:
    """(corpus, predicate, system) -> (tp, fp, fn) over the DEV pairs with gold mentions."""
    model = load()
    dev = [e for e in examples("dev", relations) if e.label is not None]
    learned = [label if p >= MIN_PROBABILITY else "none" for label, p in model.predict([e.pair for e in dev])]
    rules = rule_labels(dev)
    counts: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for e, lab, rule in zip(dev, learned, rules, strict=True):
        gold = e.label if e.status == "asserted" else "none"
        predicted = {"rules": rule, "learned": {lab} - {"none"}, "combined": rule or ({lab} - {"none"})}
        for predicate in ANNOTATED[e.corpus]:
            for system, labels in predicted.items():
                c = counts[(e.corpus, predicate, system)]
                if predicate in labels:
                    c["tp" if gold == predicate else "fp"] += 1
                elif gold == predicate:
                    c["fn"] += 1
    return {k: (c["tp"], c["fp"], c["fn"]) for k, c in sorted(counts.items())}


def claim_scores(relations: Path = RELATIONS) -> dict[str, dict[str, Counter]]:
    """Per development set, for the rules alone and with the classifier: right and wrong claims (all, and the
    classifier's own per predicate)."""
    from graph_build.text.confidence import DEV_SETS, GOLD_SETS
    from graph_build.text.judgements import gold_judgements, relation_judgements

    sets = [(name, lambda c=corpus, g=gold: gold_judgements(c, g)) for name, corpus, gold in GOLD_SETS]
    if relations.is_dir():
        sets += [(name, lambda p=relations / f, o=only: relation_judgements(p, o)) for name, f, only in DEV_SETS]
    out: dict[str, dict[str, Counter]] = {}
    for name, judged in sets:
        out[name] = {}
        for system, value in (("rules", False), ("combined", True)):
            tally: Counter = Counter()
            with learned_on(value):
                for claim, right, register in judged():
                    key = "right" if right else "wrong"
                    tally[key] += 1
                    rule = claim.evidence[0].method.removeprefix("rule:")
                    if rule.startswith("learned-"):
                        tally[f"{rule} {register} {key}"] += 1
            out[name][system] = tally
    return out


def measure_learned(relations: Path = RELATIONS) -> tuple[dict[str, dict[str, float]], dict]:
    """Per register (general health writing, research reports) and predicate, the smoothed precision, (right + 1) /
    (right + wrong + 2), of the classifier's own claims over every development set (the fixture sets and the DEV
    splits), and the counts it was measured from."""
    scores = claim_scores(relations)
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for tallies in scores.values():
        for key, n in tallies["combined"].items():
            if key.startswith("learned-"):
                rule, register, verdict = key.split()
                counts[(register, rule.removeprefix("learned-"))][verdict] += n
    precision: dict[str, dict[str, float]] = defaultdict(dict)
    for (register, predicate), c in sorted(counts.items()):
        precision[register][predicate] = round((c["right"] + 1) / (c["right"] + c["wrong"] + 2), 2)
    measured_on = {
        "sets": sorted(scores),
        "counts": {f"{r} {p}": dict(sorted(c.items())) for (r, p), c in sorted(counts.items())},
        "per_set": {name: {s: dict(sorted(t.items())) for s, t in v.items()} for name, v in sorted(scores.items())},
    }
    return dict(precision), measured_on


def report(relations: Path = RELATIONS) -> str:
    """The per-corpus, per-predicate table (Markdown) of the rules, the classifier and both on DEV pairs."""
    scores = pair_scores(relations)
    lines = [
        "| corpus | predicate | gold | rules P / R / F1 | learned P / R / F1 | combined P / R / F1 |",
        "|---|---|---|---|---|---|",
    ]
    for corpus, predicates in ANNOTATED.items():
        for predicate in predicates:
            cells = []
            gold = 0
            for system in SYSTEMS:
                tp, fp, fn = scores.get((corpus, predicate, system), (0, 0, 0))
                gold = tp + fn
                p, r, f = _prf(tp, fp, fn)
                cells.append(f"{p:.2f} / {r:.2f} / {f:.2f}")
            lines.append(f"| {corpus} | {predicate} | {gold} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
