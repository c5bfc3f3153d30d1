"""How much to trust a machine-read claim: each extraction rule's precision, measured on annotated development text
and kept as data (graph_build/text/confidence.yaml), and the threshold below which a claim is only a candidate.

`python -m graph_build.text.confidence` measures and rewrites the table (deterministic; about ten seconds);
`--loso` prints the leave-one-set-out figures the threshold is chosen from; `--held-out` measures the held-out sets.
Development text: the seed corpus and the fixture sets articles/unseen/heldout/dev2 against their curated claims, and
the TRAIN splits of BC5CDR, BioRED (judged by graph_build/text/pubtator.py) and PHEE (graph_build/text/phee.py) in
../shared/data/relations (skipped with a note when absent). The DEV splits and the `final` and `blind` fixture sets
are never read here: they measure the threshold's precision (`measure_held_out`, docs/extraction.md).

A rule's precision is smoothed, (right + 1) / (right + wrong + 2) over every claim of the rule that could be
judged, so that a rule seen a few times cannot look certain. It is then measured per cell of the document's register
(a research report, `register`, or general health writing) and the claim's doubts (`doubts`: negated, two or more
drugs in the sentence, subject and object apart, subject resolved from a pronoun or description, sentence over LONG
words; 0, 1, 2 or more). A cell's confidence is its precision shrunk toward the rule's, (right + K * rule) / (right +
wrong + K), so a cell seen rarely says what the rule says. It is capped by leave-one-set-out calibration
(graph_build/text/calibration.py): never above what claims as sure turned out to be on a development set the table was
measured without. The threshold is chosen by a rule (calibration.choose: the lowest whose pooled leave-one-set-out
wrong share has a 95 % upper bound at most 1 in 20, per register); a register no threshold passes for is capped
below it. A claim whose subject was resolved never gets more than the same claim with a named subject minus
RESOLVED_PENALTY.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml

from graph_build.claims import Claim
from graph_build.text.calibration import Row
from graph_build.text.judgements import Judged, gold_judgements, relation_judgements

TABLE = Path(__file__).with_name("confidence.yaml")
#: Claims whose best evidence is below this confidence are candidates (docs/extraction.md says how it was chosen).
THRESHOLD = Decimal("0.87")
#: Confidence of a rule nobody measured (no judged claim): the smoothed precision of zero observations.
UNMEASURED = Decimal("0.5")
RESOLVED_PENALTY = Decimal("0.05")
#: A sentence of more than LONG words is "long"; K: how many observations a rule's precision counts for in a cell.
LONG = 30
K = 2
#: Words of research reports (abstracts, trials): four or more in a document make its register "research".
RESEARCH = re.compile(
    r"\b(we|our|study|studies|trial|trials|randomi[sz]ed|mice|rats|subjects|placebo|cohort|CONCLUSIONS?|RESULTS|"
    r"METHODS|BACKGROUND|OBJECTIVES?|significantly|patients|mg/kg|p ?[<=]|[0-9]+ ?%)(?!\w)"
)
ROOT = Path(__file__).resolve().parents[2]
RELATIONS = ROOT.parent / "shared" / "data" / "relations"
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
#: (name, corpus folder, gold folder) of the development sets with curated gold claims.
GOLD_SETS = (
    ("seed corpus", ROOT / "corpus", None),
    ("articles", FIXTURES / "articles", FIXTURES / "articles" / "claims"),
    ("unseen", FIXTURES / "unseen", FIXTURES / "unseen" / "claims"),
    ("heldout", FIXTURES / "heldout", FIXTURES / "heldout" / "claims"),
    # written after the rules (docs/decisions/0604): development text the rules were not written on
    ("dev2", FIXTURES / "dev2", FIXTURES / "dev2" / "claims"),
)
#: (name, file under RELATIONS, whether only chemical-induced disease is annotated).
TRAIN_SETS = (
    ("BC5CDR train", "bc5cdr/CDR_TrainingSet.PubTator.txt", True),
    ("BioRED train", "biored/Train.PubTator", False),
    ("PHEE train", "phee/json/train.json", False),
)
#: Fixture sets never read for rules or the table: measured once (`--held-out`), never tuned to.
HELD_OUT_FIXTURES = ("final", "blind")
RESEARCH_SETS = frozenset(name for name, *_ in TRAIN_SETS)
DEV_SETS = (
    ("BC5CDR dev", "bc5cdr/CDR_DevelopmentSet.PubTator.txt", True),
    ("BioRED dev", "biored/Dev.PubTator", False),
    ("PHEE dev", "phee/json/dev.json", False),
)


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0

    def add(self, ok: bool) -> None:
        if ok:
            self.right += 1
        else:
            self.wrong += 1

    @property
    def smoothed(self) -> Decimal:
        return (Decimal(self.right + 1) / Decimal(self.right + self.wrong + 2)).quantize(Decimal("0.01"))


def register(text: str) -> str:
    """ "research" for a research report (an abstract, a trial), else "general".

    >>> register("We randomized 40 patients; RESULTS: pain fell by 30% (p < 0.05)."), register("Take it with food.")
    ('research', 'general')
    """
    return "research" if len(RESEARCH.findall(text)) >= 4 else "general"


#: Between a claim's subject and object: a clause break, so the two may belong to different clauses.
APART = re.compile(
    r";|,\s*(and|but|while|whereas|which|although|however)\b|\b(but|whereas|while|although|unlike)\b", re.I
)
AGENTS = frozenset({"Drug", "DrugClass"})


def doubts(subject: str, obj: str, negated: bool, text: str, mentions: Iterable[tuple[int, int, str, str]]) -> int:
    """How many of three doubts a reader would have about reading a claim from sentence `text` (its `mentions` as
    (start, end, slug, class)), besides a resolved subject and a long sentence: the claim is negated; the sentence
    names two or more drugs; its subject and object, both named in the sentence, are apart (a clause break or another
    drug stands between them).

    >>> m = [(0, 1, "x", "Drug"), (13, 17, "pain", "Symptom"), (23, 24, "y", "Drug")]
    >>> doubts("x", "pain", False, "X helps with pain, and Y helps too.", m)
    1
    >>> doubts("x", "pain", False, "X helps with pain.", m[:2])
    0
    """
    mentions = list(mentions)
    drugs = {slug for _, _, slug, cls in mentions if cls in AGENTS}
    ends = [m for m in mentions if m[2] == subject], [m for m in mentions if m[2] == obj]
    apart = False  # an end not named in the sentence is a resolved subject (counted as such) or a table's column
    if ends[0] and ends[1]:
        a, b = min(((x, y) for x in ends[0] for y in ends[1]), key=lambda p: abs(p[0][0] - p[1][0]))
        lo, hi = min(a[1], b[1]), max(a[0], b[0])
        other = any(lo <= m[0] < hi and m[3] in AGENTS and m[2] not in (subject, obj) for m in mentions)
        apart = other or bool(APART.search(text, lo, hi)) if lo < hi else False
    return int(negated) + int(len(drugs) >= 2) + int(apart)


def doubt_count(resolved: bool, quote: str, doubts: int) -> int:
    """All doubts of a claim: `doubts`, a resolved subject, a sentence of more than LONG words."""
    return doubts + int(resolved) + int(len(quote.split()) > LONG)


def cell(research: str, doubts: int) -> str:
    """The name of a claim's cell in the table: its register and how many doubts it raises (0, 1, 2 or more).

    >>> cell("general", 0), cell("research", 3)
    ('general 0', 'research 2')
    """
    return f"{research} {min(doubts, 2)}"


def rule_key(claim: Claim) -> tuple[str, bool]:
    """The rule that found an extracted claim, and whether its subject was resolved (first evidence)."""
    ev = claim.evidence[0]
    return ev.method.removeprefix("rule:"), bool(ev.resolved_from)


@cache
def _table() -> dict:
    if not TABLE.exists():
        return {}
    return yaml.safe_load(TABLE.read_text(encoding="utf-8")) or {}


def score(
    rules: dict, calibration: dict, rule: str, resolved: bool, doubts: int, research: str, caps: dict | None = None
) -> Decimal:
    """A claim's confidence from a table (`rules`, `calibration`, `caps`): its cell's figure capped by the
    out-of-set precision of its register's band (graph_build/text/calibration.py) and by its register's cap (a register
    no threshold passes for stays below the threshold); with a resolved subject at most the figure of the same claim
    with a named subject minus RESOLVED_PENALTY."""
    from graph_build.text.calibration import calibrate

    entry = rules.get(rule)
    if entry is None:
        return UNMEASURED - (RESOLVED_PENALTY if resolved else 0)
    cells = entry.get("cells") or {}
    cap = Decimal(str((caps or {}).get(research, 1)))

    def value(n: int) -> Decimal:
        figure = Decimal(str(cells.get(cell(research, n), {}).get("confidence", entry["confidence"])))
        return min(calibrate(figure, research, calibration), cap)

    named = value(doubts - int(resolved))
    return min(value(doubts), named - RESOLVED_PENALTY) if resolved else named


def confidence_for(
    rule: str, resolved: bool = False, quote: str = "", research: str = "general", doubts: int = 0
) -> Decimal:
    """The confidence of a claim found by `rule` in sentence `quote` of a document of register `research`, with
    `doubts` (see `doubts`): the measured precision of its cell, capped by out-of-set precision (lower when the
    subject was resolved).

    >>> confidence_for("no-such-rule") == UNMEASURED
    True
    >>> confidence_for("treats-cue", resolved=True) < confidence_for("treats-cue")
    True
    """
    table = _table()
    n = doubt_count(resolved, quote, doubts)
    caps = {name: r["cap"] for name, r in (table.get("registers") or {}).items() if r.get("cap") is not None}
    return score(table.get("rules") or {}, table.get("calibration") or {}, rule, resolved, n, research, caps)


def is_candidate(claim: Claim) -> bool:
    """Machine-read only (no curated evidence) and no evidence at or above THRESHOLD."""
    from graph_build.claims import MANUAL

    if any(e.agent_type == MANUAL for e in claim.evidence):
        return False
    return max((e.confidence for e in claim.evidence), default=Decimal(0)) < THRESHOLD


# --- measuring -------------------------------------------------------------------------------------------------


def rows_of(name: str, judged: Iterable[Judged]) -> list[Row]:
    """The judged claims of development set `name` as calibration rows (rule, register, doubts, right)."""
    rows = []
    for claim, ok, research in judged:
        rule, resolved = rule_key(claim)
        ev = claim.evidence[0]
        rows.append(Row(name, rule, research, doubt_count(resolved, ev.quote, ev.doubts), resolved, ok))
    return rows


def table_of(rows: Iterable[Row]) -> dict[str, dict]:
    """The rules' entries: overall smoothed precision, and each observed cell's precision shrunk toward it."""
    counts: dict[tuple[str, str], Tally] = {}
    for r in rows:
        counts.setdefault((r.rule, cell(r.register, r.doubts)), Tally()).add(r.right)
    rules: dict[str, dict] = {}
    for rule in sorted({r for r, _ in counts}):
        mine = {name: t for (r, name), t in counts.items() if r == rule}
        both = Tally(sum(t.right for t in mine.values()), sum(t.wrong for t in mine.values()))
        overall = both.smoothed
        cells = {
            name: {
                "confidence": float(((t.right + K * overall) / (t.right + t.wrong + K)).quantize(Decimal("0.01"))),
                "right": t.right,
                "wrong": t.wrong,
            }
            for name, t in sorted(mine.items())
        }
        rules[rule] = {"confidence": float(overall), "right": both.right, "wrong": both.wrong, "cells": cells}
    return rules


def fit(rows: list[Row]):
    """A table measured on `rows`, as a function scoring a row (uncalibrated): the unit of leave-one-set-out."""
    rules = table_of(rows)
    return lambda r: score(rules, {}, r.rule, r.resolved, r.doubts, r.register)


def development_rows(*, relations: Path = RELATIONS, log=print) -> list[Row]:
    """Every judged machine-read claim of the development sets (never the held-out ones)."""
    rows: list[Row] = []
    for name, corpus, gold in GOLD_SETS:
        rows += rows_of(name, gold_judgements(corpus, gold))
        log(f"measured {name}")
    for name, file, cid_only in TRAIN_SETS:
        if not (relations / file).exists():
            log(f"skipped {name}: {relations / file} is absent")
            continue
        rows += rows_of(name, relation_judgements(relations / file, cid_only))
        log(f"measured {name}")
    return rows


def measure(*, relations: Path = RELATIONS, log=print) -> dict:
    """Measure every rule on the development sets, and the calibration leave-one-set-out gives; the table as
    written to confidence.yaml."""
    from graph_build.text.calibration import above, calibration_of, choose, nested, out_of_set

    rows = development_rows(relations=relations, log=log)
    sources = list(dict.fromkeys(r.set for r in rows))
    scored = nested(rows, fit)
    registers = choose(scored)
    passing = [r["threshold"] for r in registers.values() if r["threshold"] is not None]
    threshold = Decimal(str(max(passing))) if passing else Decimal(1)
    for name, entry in registers.items():
        right, wrong = above(scored, threshold, name)
        entry.update(right=right, wrong=wrong, cap=None)
        if entry["threshold"] is None:  # never at or above the threshold: its out-of-set precision, at most below it
            entry["cap"] = float(min(Tally(right, wrong).smoothed, threshold - Decimal("0.01")))
    return {
        "threshold": float(threshold),
        "measured_on": sources,
        "rules": table_of(rows),
        "calibration": calibration_of(out_of_set(rows, fit)),
        "registers": registers,
    }


def write_table(table: dict, path: Path = TABLE) -> None:
    from base.atomic import write_text

    header = (
        "# Measured precision of each extraction rule (graph_build/text/confidence.py). Generated: do not edit;\n"
        "# regenerate with `python -m graph_build.text.confidence`. right/wrong: judged claims of the rule;\n"
        "# confidence = (right + 1) / (right + wrong + 2); cells: register and doubts (0, 1, 2 or more),\n"
        "# confidence = (right + K * rule's) / (right + wrong + K), K = 2. calibration: per register and band of\n"
        "# confidence, the leave-one-set-out precision that caps it; registers: the threshold the rule chose.\n"
    )
    write_text(path, header + yaml.safe_dump(table, sort_keys=True, allow_unicode=True))


def measure_held_out(*, relations: Path = RELATIONS, threshold: Decimal = THRESHOLD) -> dict[str, dict]:
    """Precision of the machine-read claims at or above `threshold`, and below it, on text the table never saw:
    the `final` and `blind` fixture sets and the DEV splits of BC5CDR, BioRED and PHEE. Confidence comes from the
    current table."""
    sets: list[tuple[str, Iterable[Judged]]] = [
        (name, gold_judgements(FIXTURES / name, FIXTURES / name / "claims"))
        for name in HELD_OUT_FIXTURES
        if (FIXTURES / name / "claims").is_dir()
    ]
    for name, file, cid_only in DEV_SETS:
        if (relations / file).exists():
            sets.append((name, relation_judgements(relations / file, cid_only)))
    ordered = {  # the same claims judged in one order only (as before interactsWith was judged as symmetric)
        name: above_in_order(FIXTURES / name, threshold) for name in HELD_OUT_FIXTURES if (FIXTURES / name).is_dir()
    }
    out = {}
    for name, judged in sets:
        above, below = Tally(), Tally()
        wrong_above = []
        for claim, ok, _ in judged:
            confident = max(e.confidence for e in claim.evidence) >= threshold
            (above if confident else below).add(ok)
            if confident and not ok:
                wrong_above.append((claim.evidence[0].document, claim.subject, claim.predicate, claim.object))
        out[name] = {"above": above, "below": below, "wrong_above": wrong_above, "ordered_above": ordered.get(name)}
    return out


def above_in_order(folder: Path, threshold: Decimal) -> Tally:
    """Right / wrong at or above `threshold` on a fixture set, every predicate judged in its written order."""
    tally = Tally()
    for claim, ok, _ in gold_judgements(folder, folder / "claims", symmetric=False):
        if max(e.confidence for e in claim.evidence) >= threshold:
            tally.add(ok)
    return tally


def loso_report(rows: list[Row]) -> list[str]:
    """Lines of the nested leave-one-set-out figures: per threshold, the claims at or above it, right / wrong, per
    register and per set, each set judged by a table and calibration measured without it (register caps aside)."""
    from graph_build.text.calibration import CHOICES, above, nested, wilson_upper

    scored = nested(rows, fit)
    lines = []
    for t in CHOICES:
        parts = []
        for register in sorted({r.register for r in rows}):
            right, wrong = above(scored, t, register)
            parts.append(f"{register} {right}/{wrong} (upper {wilson_upper(wrong, right + wrong):.3f})")
        for name in dict.fromkeys(r.set for r in rows):
            right, wrong = above([(r, v) for r, v in scored if r.set == name], t)
            parts.append(f"{name} {right}/{wrong}")
        lines.append(f"{t}: " + "; ".join(parts))
    return lines


def main(argv: list[str]) -> int:
    if argv[:1] == ["--loso"]:
        for line in loso_report(development_rows(log=lambda line: print(line, file=sys.stderr))):
            print(line)
        return 0
    if argv[:1] == ["--held-out"]:
        for name, r in measure_held_out().items():
            a, b = r["above"], r["below"]
            n = a.right + a.wrong
            share = f"{a.wrong / n:.3f}" if n else "n/a"
            print(f"{name}: at or above threshold {a.right} right / {a.wrong} wrong (wrong share {share}); ", end="")
            print(f"below {b.right} right / {b.wrong} wrong", end="")
            o = r.get("ordered_above")
            print(f"; judged in written order only: above {o.right} / {o.wrong}" if o else "")
            if "--list" in argv:  # the wrong claims themselves: reading them is studying the held-out text
                for item in r["wrong_above"]:
                    print("   wrong above:", *item)
        return 0
    write_table(measure(log=lambda line: print(line, file=sys.stderr)))
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
