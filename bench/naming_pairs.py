"""Pairs of names for one end of a claim: the extractor's spurious claims beside the gold claims it missed in the same
document, same predicate and polarity, that differ only in one end's name (decision 1059).

usage: PYTHONPATH=<worktree> python bench/naming_pairs.py DUMP.json [--top N]
DUMP.json is an allsets dump (`missed` and `spurious` per set). Each pair is classed roughly, for a person to check:
SAME where the evaluator's `concept_keys` of the two names share a key (one record, one name: the measure joins them
once the extractor uses only the one name in the set), NARROWER/BROADER where one name's words hold the other's (a
modifier added: "dyspnea", "exertional-dyspnea"), else OTHER (a different concept, or a synonym no vocabulary the
project reads joins: read the top pairs).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict


def pairs(dump: dict) -> Counter:
    """(extractor's name, gold's name) -> the number of claim pairs that differ only in that end."""
    out: Counter = Counter()
    for result in dump.values():
        missed = defaultdict(list)
        for doc, s, p, o, neg in result["missed"]:
            missed[(doc, p, neg)].append((s, o))
        for doc, s, p, o, neg in result["spurious"]:
            for gs, go in missed.get((doc, p, neg), []):
                if (gs == s) != (go == o):
                    out[(o, go) if gs == s else (s, gs)] += 1
    return out


def kind(found: str, gold: str, lexicon: dict) -> str:
    from graph_build.text.evaluate import concept_keys

    if concept_keys(found, lexicon) & concept_keys(gold, lexicon):
        return "SAME"
    a, b = set(found.split("-")), set(gold.split("-"))
    return "NARROWER/BROADER" if a < b or b < a else "OTHER"


def main(argv: list[str]) -> None:
    from ontology.lexicon import load_lexicon

    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 40
    with open(argv[0]) as dump:
        found = pairs(json.load(dump))
    lexicon = load_lexicon()
    classed = {pair: kind(*pair, lexicon) for pair in found}
    totals: Counter = Counter()
    for pair, n in found.items():
        totals[classed[pair]] += n
    print("claim pairs per class:", dict(totals), "name pairs:", len(found))
    for cls in ("SAME", "NARROWER/BROADER", "OTHER"):
        print(f"\n{cls}")
        for (a, b), n in [item for item in found.most_common() if classed[item[0]] == cls][:top]:
            print(f"  {n:3d} {a} | {b}")


if __name__ == "__main__":
    main(sys.argv[1:])
