"""How much to trust a machine-read claim: each extraction rule's precision, measured on annotated development text,
calibrated on text the rules were never written on, and kept as data (graph_build/text/confidence.yaml); and the
threshold below which a claim is only a candidate (docs/decisions/0605).

`python -m graph_build.text.confidence` measures and rewrites the table (deterministic; about ten seconds);
`--loso` prints the development sets' leave-one-set-out figures; `--calibration` the calibration sets' figures;
`--held-out` measures the held-out set (`fresh`), once, at the end of a round.

Three kinds of text (docs/extraction.md):
- development: the seed corpus and the fixture sets articles/unseen/heldout/dev2 against their curated claims, and
  the TRAIN splits of BC5CDR, BioRED (graph_build/text/pubtator.py) and PHEE (graph_build/text/phee.py) in
  ../shared/data/relations. Their errors are read to write rules; the table is measured on them.
- calibration: the fixture sets `final` and `blind` (general writing) and the DEV splits (research reports). Never
  read to write rules; only their right/wrong counts per register, doubt cell and band are used, to say what a
  table figure is worth on new text and to choose the threshold (graph_build/text/calibration.py).
- held-out: the fixture set `fresh`, measured once with `--held-out`, after everything here is fixed.

A rule's precision is smoothed, (right + 1) / (right + wrong + 2) over every claim of the rule that could be
judged. It is then measured per cell of the document's register (a research report, `register`, or general health
writing) and the claim's doubts (`doubts`: negated, hedged, two or more drugs in the sentence, subject and object
apart, subject resolved from a pronoun or description, sentence over LONG words; 0, 1, 2 or more), shrunk toward the
rule's figure, (right + K * rule) / (right + wrong + K). The table's figure places a claim in a band; the calibration
sets say how often claims of its register, doubt cell and band are right, and that is its confidence. The threshold
is chosen by a rule (calibration.choose); a register no threshold passes for is capped below it. A claim whose
subject was resolved never gets more than the same claim with a named subject minus RESOLVED_PENALTY.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
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
THRESHOLD = Decimal("0.88")
#: Confidence of a rule nobody measured (no judged claim): the smoothed precision of zero observations.
UNMEASURED = Decimal("0.5")
RESOLVED_PENALTY = Decimal("0.05")
#: A sentence of more than LONG words is "long" (on the calibration sets, 45 % of the claims from sentences of 21 to
#: 40 words were wrong, 18 % of the shorter ones'; docs/decisions/0605); K: how many observations a rule's precision
#: counts for in a cell.
LONG = 20
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
#: Fixture sets never read for rules: their counts calibrate the table and choose the threshold (general writing).
CALIBRATION_FIXTURES = ("final", "blind")
#: Fixture sets never read for rules nor counted for the table: measured once (`--held-out`), at the end of a round.
HELD_OUT_FIXTURES = ("fresh",)
RESEARCH_SETS = frozenset(name for name, *_ in TRAIN_SETS)
#: Research text never read for rules: calibration sets of the research register.
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


def doubts(
    subject: str,
    obj: str,
    negated: bool,
    text: str,
    mentions: Iterable[tuple[int, int, str, str]],
    hedged: bool = False,
) -> int:
    """How many of four doubts a reader would have about reading a claim from sentence `text` (its `mentions` as
    (start, end, slug, class)), besides a resolved subject and a long sentence: the claim is negated; it is hedged;
    the sentence names two or more drugs; its subject and object, both named in the sentence, are apart (a clause
    break or another drug stands between them).

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
    return int(negated) + int(hedged) + int(len(drugs) >= 2) + int(apart)


def doubt_count(resolved: bool, quote: str, doubts: int) -> int:
    """All doubts of a claim: `doubts`, a resolved subject, a sentence of more than LONG words."""
    return doubts + int(resolved) + int(len(quote.split()) > LONG)


def cell(research: str, doubts: int) -> str:
    """The name of a claim's cell in the table: its register and how many doubts it raises (0, 1, 2 or more).

    >>> cell("general", 0), cell("research", 3)
    ('general 0', 'research 2')
    """
    return f"{research} {min(doubts, 2)}"


#: A rule measured on fewer judged development claims than this stays below the calibration's top band (its figure
#: at most UNPROVEN): nine right of nine still leaves a 95 % Wilson lower bound of 0.70 (decision 0607).
MIN_EVIDENCE = 10
UNPROVEN = Decimal("0.84")


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
    """A claim's confidence from a table (`rules`, `calibration`, `caps`): its cell's figure, calibrated (the share of
    right claims of its register, doubt cell and band on the calibration sets, graph_build/text/calibration.py) and
    capped by its register's cap (a register no threshold passes for stays below the threshold); with a resolved
    subject at most the figure of the same claim with a named subject minus RESOLVED_PENALTY. Without a calibration,
    the table's figure."""
    from graph_build.text.calibration import calibrate

    entry = rules.get(rule)
    penalty = RESOLVED_PENALTY if resolved else Decimal(0)
    if entry is None:
        return UNMEASURED - penalty
    cells = entry.get("cells") or {}

    def value(n: int) -> Decimal:
        return Decimal(str(cells.get(cell(research, n), {}).get("confidence", entry["confidence"])))

    figure = min(value(doubts), value(doubts - 1) - penalty) if resolved else value(doubts)
    if not calibration.get(research):
        return figure
    cap = Decimal(str((caps or {}).get(research, 1)))
    return min(calibrate(figure, research, doubts - int(resolved), calibration), cap) - penalty


def confidence_for(
    rule: str, resolved: bool = False, quote: str = "", research: str = "general", doubts: int = 0
) -> Decimal:
    """The confidence of a claim found by `rule` in sentence `quote` of a document of register `research`, with
    `doubts` (see `doubts`): the share of right claims like it on the calibration sets (lower when the subject was
    resolved).

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
    """The judged claims of development set `name` as calibration rows (rule, register, doubts, right).

    The learned classifier's claims on the TRAIN splits it was trained on are left out: measured there, its
    precision would be its fit to its own training text (0.96), not what it does on new text.
    """
    rows = []
    for claim, ok, research in judged:
        rule, resolved = rule_key(claim)
        if rule.startswith("learned-") and name in RESEARCH_SETS:
            continue
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
        if both.right + both.wrong < MIN_EVIDENCE:  # too few judged claims to place it in the top band
            overall = min(overall, UNPROVEN)
            for entry in cells.values():
                entry["confidence"] = min(entry["confidence"], float(UNPROVEN))
        rules[rule] = {"confidence": float(overall), "right": both.right, "wrong": both.wrong, "cells": cells}
    return rules


def fit(rows: list[Row]):
    """A table measured on `rows`, as a function scoring a row (uncalibrated): the unit of leave-one-set-out."""
    rules = table_of(rows)
    return lambda r: score(rules, {}, r.rule, r.resolved, r.doubts, r.register)


def development_rows(*, relations: Path = RELATIONS, log=print) -> list[Row]:
    """Every judged machine-read claim of the development sets."""
    rows: list[Row] = []
    for name, corpus, gold in GOLD_SETS:
        rows += rows_of(name, gold_judgements(corpus, gold))
        log(f"measured {name}")
    for name, judged in split_judgements(TRAIN_SETS, relations, log):
        rows += rows_of(name, judged)
        log(f"measured {name}")
    return rows


def split_judgements(splits: Iterable[tuple], relations: Path, log=print) -> Iterator[tuple[str, Iterable[Judged]]]:
    """(name, judged claims) of each relation-corpus split present in `relations` (an absent one is logged)."""
    for name, file, cid_only in splits:
        if (relations / file).exists():
            yield name, relation_judgements(relations / file, cid_only)
        else:
            log(f"skipped {name}: {relations / file} is absent")


def calibration_rows(*, relations: Path = RELATIONS, log=print) -> list[Row]:
    """Every judged machine-read claim of the calibration sets (`final`, `blind`, the DEV splits): counted, never
    read for rules."""
    rows: list[Row] = []
    for name, judged in judged_sets(CALIBRATION_FIXTURES, relations=relations, dev_splits=True, log=log):
        rows += rows_of(name, judged)
        log(f"counted {name}")
    return rows


def measure(*, relations: Path = RELATIONS, log=print) -> dict:
    """Measure every rule on the development sets, calibrate the figures on the calibration sets, choose the
    threshold from the cross-fitted calibration counts: the table as written to confidence.yaml."""
    from graph_build.text.calibration import above, calibration_of, choose, cross_fitted

    development = development_rows(relations=relations, log=log)
    calibrating = calibration_rows(relations=relations, log=log)
    rules = table_of(development)
    figures = [(r, score(rules, {}, r.rule, r.resolved, r.doubts, r.register)) for r in calibrating]
    crossed = _with_penalty(cross_fitted(figures), figures)
    registers = choose(crossed)
    passing = [r["threshold"] for r in registers.values() if r["threshold"] is not None]
    threshold = Decimal(str(max(passing))) if passing else Decimal(1)
    for name, entry in registers.items():
        right, wrong = above(crossed, threshold, name)
        entry.update(right=right, wrong=wrong, cap=None)
        if entry["threshold"] is None:  # never at or above the threshold: its cross-fitted precision, below it
            entry["cap"] = float(min(Tally(right, wrong).smoothed, threshold - Decimal("0.01")))
    return {
        "threshold": float(threshold),
        "measured_on": list(dict.fromkeys(r.set for r in development)),
        "calibrated_on": list(dict.fromkeys(r.set for r in calibrating)),
        "rules": rules,
        "calibration": calibration_of(figures),
        "registers": registers,
    }


def _with_penalty(scored: list[tuple[Row, Decimal]], figures: list[tuple[Row, Decimal]]) -> list[tuple[Row, Decimal]]:
    """Calibrated rows, a resolved subject's confidence lowered by RESOLVED_PENALTY below the calibrated figure of
    the same claim with a named subject (as `score` does), so the rule chooses on the confidences the build gives."""
    return [(r, v - RESOLVED_PENALTY if r.resolved else v) for r, v in scored]


def write_table(table: dict, path: Path = TABLE) -> None:
    from base.atomic import write_text

    header = (
        "# Measured precision of each extraction rule (graph_build/text/confidence.py). Generated: do not edit;\n"
        "# regenerate with `python -m graph_build.text.confidence`. rules: judged claims of the development sets,\n"
        "# confidence = (right + 1) / (right + wrong + 2); cells: register and doubts (0, 1, 2 or more),\n"
        "# confidence = (right + K * rule's) / (right + wrong + K), K = 2. calibration: per register, [doubt cell,\n"
        "# band of the table's figure, the confidence it gives, right, wrong] counted on the calibration sets;\n"
        "# registers: the threshold the rule chose and the cross-fitted right/wrong at or above it.\n"
    )
    write_text(path, header + yaml.safe_dump(table, sort_keys=True, allow_unicode=True))


def judged_sets(
    names: Iterable[str], *, relations: Path = RELATIONS, dev_splits: bool = False, log=lambda _line: None
) -> list:
    """(name, judged claims) of fixture sets `names` (those with gold claims), and the DEV splits if asked."""
    sets: list[tuple[str, Iterable[Judged]]] = [
        (name, gold_judgements(FIXTURES / name, FIXTURES / name / "claims"))
        for name in names
        if (FIXTURES / name / "claims").is_dir()
    ]
    if dev_splits:
        sets += split_judgements(DEV_SETS, relations, log)
    return sets


def measure_sets(sets: list, threshold: Decimal = THRESHOLD) -> dict[str, dict]:
    """Right / wrong at or above `threshold` and below it, per set, with the current table's confidences."""
    out = {}
    for name, judged in sets:
        above, below = Tally(), Tally()
        wrong_above = []
        for claim, ok, _ in judged:
            confident = max(e.confidence for e in claim.evidence) >= threshold
            (above if confident else below).add(ok)
            if confident and not ok:
                wrong_above.append((claim.evidence[0].document, claim.subject, claim.predicate, claim.object))
        out[name] = {"above": above, "below": below, "wrong_above": wrong_above}
    return out


def measure_held_out(*, threshold: Decimal = THRESHOLD, names: Iterable[str] = HELD_OUT_FIXTURES) -> dict[str, dict]:
    """Precision of the machine-read claims at or above `threshold`, and below it, on the held-out fixture sets
    (`fresh`): text neither the rules, the table nor the calibration saw. Run once, at the end of a round."""
    return measure_sets(judged_sets(names), threshold)


def loso_report(rows: list[Row], calibration: dict) -> list[str]:
    """Lines of the development sets' leave-one-set-out figures: per threshold, right / wrong at or above it, per
    register and per set, each set judged by a table measured without it and calibrated by `calibration`."""
    from graph_build.text.calibration import CHOICES, above, calibrate, out_of_set, wilson_upper

    scored = [(r, calibrate(v, r.register, r.cell, calibration)) for r, v in out_of_set(rows, fit)]
    scored = _with_penalty(scored, scored)
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


def calibration_report(table: dict) -> list[str]:
    """Lines of the calibration sets' figures: per register, the threshold the rule chose, how, and the
    cross-fitted right / wrong at or above it with its Wilson upper bound and expected wrong share."""
    from graph_build.text.calibration import expected_wrong, wilson_upper

    lines = [f"threshold {table['threshold']}"]
    for name, r in table["registers"].items():
        n = r["right"] + r["wrong"]
        lines.append(
            f"{name}: threshold {r['threshold']} by {r['by']}, cap {r['cap']}; cross-fitted at or above "
            f"{table['threshold']}: {r['right']} right / {r['wrong']} wrong (upper {wilson_upper(r['wrong'], n):.3f}, "
            f"expected {expected_wrong(r['wrong'], n):.3f})"
        )
    return lines


def _print_sets(results: dict[str, dict], listing: bool) -> None:
    for name, r in results.items():
        a, b = r["above"], r["below"]
        n = a.right + a.wrong
        share = f"{a.wrong / n:.3f}" if n else "n/a"
        print(f"{name}: at or above threshold {a.right} right / {a.wrong} wrong (wrong share {share}); ", end="")
        print(f"below {b.right} right / {b.wrong} wrong")
        if listing:  # the wrong claims themselves: reading them is studying the text
            for item in r["wrong_above"]:
                print("   wrong above:", *item)


USAGE = """usage: python -m graph_build.text.confidence [--loso | --calibration | --held-out [--list]]

  (no option)     measure the rules on the development sets, calibrate on the calibration sets, choose the
                  threshold and rewrite graph_build/text/confidence.yaml
  --loso          the development sets, each judged by a table measured without it
  --calibration   the threshold rule's cross-fitted counts on the calibration sets (counts only)
  --held-out      the held-out set (fresh), once at the end of a round; --list prints each claim"""


def main(argv: list[str]) -> int:
    quiet = {"log": lambda line: print(line, file=sys.stderr)}
    if argv[:1] == ["--loso"]:
        for line in loso_report(development_rows(**quiet), _table().get("calibration") or {}):
            print(line)
        return 0
    if argv[:1] == ["--calibration"]:  # counts only: the calibration sets are never read for rules
        for line in calibration_report(_table()):
            print(line)
        _print_sets(measure_sets(judged_sets(CALIBRATION_FIXTURES, dev_splits=True)), listing=False)
        return 0
    if argv[:1] == ["--held-out"]:
        _print_sets(measure_held_out(), listing="--list" in argv)
        return 0
    if argv:  # -h, --help or anything unknown: say what the command does instead of rewriting the table
        print(USAGE, file=sys.stdout if argv[0] in ("-h", "--help") else sys.stderr)
        return 0 if argv[0] in ("-h", "--help") else 2
    write_table(measure(**quiet))
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
