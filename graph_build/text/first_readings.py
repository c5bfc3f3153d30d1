"""First readings: what each rule did on text nobody had tuned it to (decision 0939).

Every never-tuned set is measured once, at a recorded commit (graph_build/text/held_out.yaml). That first reading is
the only count of a rule's precision that its authors could not have fitted: once a set is measured its errors are
read and fixed, and the set becomes development text where the rule looks better than it is. Replayed today, each
recorded commit reads its own sets again and judges every machine-read claim as it did then; the counts per rule are
kept as data (graph_build/text/first_readings.yaml) and cap the confidence of every claim the rule finds
(graph_build/text/confidence.py), so a confidence is what the rule has shown on unseen text.

`python -m graph_build.text.first_readings` replays every recorded run (a temporary git worktree per commit, the
current Python) and rewrites the file; it checks that each replay reproduces the recorded first measurement (right
and wrong above that day's threshold) and stops with one error line if one does not. `--calibration` prints how well
the counts of earlier runs predicted each later run (docs/extraction.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml

from base.datafile import safe_load
from base.errors import DrugkgError

FILE = Path(__file__).with_name("first_readings.yaml")
ROOT = Path(__file__).resolve().parents[2]
#: The first recorded run replayed: the earliest whose commit still reads its sets with today's Python and
#: reproduces its recorded measurement (decision 0939 says how far back that held).
FIRST_DECISION = "0620"
#: What a held_out.yaml record without a commit reads as: runs measured before commits were recorded (final, blind,
#: fresh), which cannot be replayed and are left out.
NO_COMMIT = "None"
#: What a replayed commit runs: every judged machine-read claim of the named sets, as the commit judged it.
CHILD = r"""
import json, sys
from graph_build.text import confidence as C
from graph_build.text.judgements import gold_judgements
rows = []
for name in sys.argv[2:]:
    folder = C.FIXTURES / name
    judged = list(gold_judgements(folder, folder / "claims"))
    for (claim, ok, research), row in zip(judged, C.rows_of(name, judged), strict=True):
        top = max(e.confidence for e in claim.evidence)
        rows.append({"set": name, "rule": row.rule, "register": row.register, "right": bool(ok),
                     "above": top >= C.THRESHOLD})
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"threshold": str(C.THRESHOLD), "rows": rows}, out)
"""


@dataclass(frozen=True)
class Run:
    """One recorded first measurement: the sets measured together at one commit and threshold."""

    decision: str
    commit: str
    threshold: Decimal
    sets: tuple[str, ...]
    right: int  # above the threshold, as recorded
    wrong: int


def recorded_runs(records: Iterable[dict]) -> list[Run]:
    """The runs of graph_build/text/held_out.yaml from FIRST_DECISION on, oldest first (sets measured together
    share a decision, commit and threshold)."""
    runs: dict[tuple, list[dict]] = {}
    started = False
    for record in records:
        started = started or str(record.get("decision")) == FIRST_DECISION
        if not started or str(record.get("commit", NO_COMMIT)) == NO_COMMIT:
            continue
        key = (str(record["decision"]), str(record["commit"]), Decimal(str(record["threshold"])))
        runs.setdefault(key, []).append(record)
    return [
        Run(d, c, t, tuple(r["set"] for r in rs), sum(int(r["right"]) for r in rs), sum(int(r["wrong"]) for r in rs))
        for (d, c, t), rs in runs.items()
    ]


def replay(run: Run, *, repo: Path = ROOT, python: str = sys.executable) -> dict:
    """Every judged machine-read claim of `run`'s sets as the run's commit reads and judges them today:
    {"threshold": ..., "rows": [{set, rule, register, right, above}]}. A temporary git worktree of the commit, run
    with the current interpreter and the commit's code first on the path."""
    with tempfile.TemporaryDirectory(prefix="drugkg-replay-") as tmp:
        tree, out = Path(tmp) / "tree", Path(tmp) / "rows.json"
        git = ["git", "-C", str(repo)]
        added = subprocess.run([*git, "worktree", "add", "--detach", str(tree), run.commit], capture_output=True)
        if added.returncode:
            raise DrugkgError(
                f"cannot check out commit {run.commit} of decision {run.decision}: "
                f"{added.stderr.decode().strip()}; replay needs the project's git history"
            )
        try:
            done = subprocess.run(
                [python, "-c", CHILD, str(out), *run.sets],
                cwd=tree,
                env={**os.environ, "PYTHONPATH": str(tree)},
                capture_output=True,
            )
            if done.returncode:
                last = (done.stderr.decode().strip().splitlines() or ["no output"])[-1]
                raise DrugkgError(f"commit {run.commit} could not read {', '.join(run.sets)}: {last}")
            return json.loads(out.read_text(encoding="utf-8"))
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(tree)], capture_output=True)


def run_entry(run: Run, replayed: dict) -> dict:
    """A run's entry of the file: what it was, and its counts per rule and register."""
    rows = replayed["rows"]
    above = [r for r in rows if r["above"]]
    rules: dict[str, dict[str, list[int]]] = {}
    for row in rows:
        counts = rules.setdefault(row["rule"], {}).setdefault(row["register"], [0, 0])
        counts[0 if row["right"] else 1] += 1
    return {
        "decision": run.decision,
        "commit": run.commit,
        "threshold": float(run.threshold),
        "sets": list(run.sets),
        "judged": [sum(r["right"] for r in rows), sum(not r["right"] for r in rows)],
        "above": [sum(r["right"] for r in above), sum(not r["right"] for r in above)],
        "rules": {rule: dict(sorted(by.items())) for rule, by in sorted(rules.items())},
    }


def check(run: Run, entry: dict) -> None:
    """The replay must reproduce the recorded first measurement, else its counts are not that reading."""
    if entry["above"] != [run.right, run.wrong]:
        raise DrugkgError(
            f"replaying {run.commit} (decision {run.decision}) gave {entry['above'][0]} right / {entry['above'][1]} "
            f"wrong above {run.threshold}, the record says {run.right} / {run.wrong}: the reading is not reproduced"
        )


def pooled(entries: Iterable[dict]) -> dict[str, dict[str, list[int]]]:
    """Right / wrong per rule and register over every run."""
    total: dict[str, dict[str, list[int]]] = {}
    for entry in entries:
        for rule, by in entry["rules"].items():
            for register, (right, wrong) in by.items():
                counts = total.setdefault(rule, {}).setdefault(register, [0, 0])
                counts[0] += right
                counts[1] += wrong
    return {rule: dict(sorted(by.items())) for rule, by in sorted(total.items())}


HEADER = """\
# First readings (graph_build/text/first_readings.py, decision 0939). Generated: do not edit; regenerate with
# `python -m graph_build.text.first_readings`. Each run is a first measurement recorded in held_out.yaml, replayed at
# its commit: judged = right / wrong of every machine-read claim of its sets, above = right / wrong at or above that
# day's threshold (equal to the record), rules = right / wrong per rule and register. pooled = the sum over runs:
# a rule's precision on text nobody had tuned it to, which caps the confidence of its claims.
"""


def write(entries: list[dict], path: Path = FILE) -> None:
    from base.atomic import write_text

    data = {"runs": entries, "pooled": pooled(entries)}
    write_text(
        path, HEADER + yaml.safe_dump(data, sort_keys=True, allow_unicode=True, width=120, default_flow_style=None)
    )


@cache
def readings() -> dict:
    if not FILE.exists():
        return {}
    return safe_load(FILE.read_text(encoding="utf-8"), FILE) or {}


@cache
def counts_by_register() -> dict[str, dict[str, tuple[int, int]]]:
    """{register: {rule: (right, wrong)}} pooled over every first reading; a register absent here has none."""
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for rule, by in (readings().get("pooled") or {}).items():
        for register, (right, wrong) in by.items():
            out.setdefault(register, {})[rule] = (int(right), int(wrong))
    return out


def proof_readings(entries: Iterable[dict], registers: Iterable[str]) -> tuple:
    """Each run's counts in `registers` as calibration.Reading: what proves a rule there (decision 0977). A rule's
    first readings are text nobody had tuned it to, as the calibration sets are; in general writing they are 42 runs
    against the calibration sets' two.

    >>> run = {"sets": ["s1"], "rules": {"a": {"general": [3, 1], "research": [1, 0]}}}
    >>> proof_readings([run], {"general"})[0].counts
    ((('a', 'general'), (3, 1)),)
    """
    from graph_build.text.calibration import Reading

    registers = set(registers)
    return tuple(
        Reading(
            frozenset(entry["sets"]),
            tuple(
                ((rule, name), (int(right), int(wrong)))
                for rule, by in sorted(entry["rules"].items())
                for name, (right, wrong) in sorted(by.items())
                if name in registers
            ),
        )
        for entry in entries
    )


def prequential(entries: list[dict], register: str | None = None) -> list[list[tuple[Decimal | None, int, int]]]:
    """For each run, oldest first, each rule's (bound, right, wrong) per register (only `register` if named): its right
    / wrong in that run and the 95 % Wilson lower bound of its precision in that register over the runs BEFORE it
    (None for a rule no earlier run judged there) - the cap its claims would have had with the counts of their day."""
    from graph_build.text.calibration import lower_bound

    prior: dict[tuple[str, str], list[int]] = {}
    out = []
    for entry in entries:
        rows = []
        for rule, by in sorted(entry["rules"].items()):
            for name, (right, wrong) in sorted(by.items()):
                if register in (None, name):
                    before = prior.get((rule, name), [0, 0])
                    rows.append((lower_bound(*before) if sum(before) else None, int(right), int(wrong)))
        out.append(rows)
        for rule, by in entry["rules"].items():
            for name, (right, wrong) in by.items():
                tally = prior.setdefault((rule, name), [0, 0])
                tally[0] += int(right)
                tally[1] += int(wrong)
    return out


def calibration_lines(entries: list[dict], skip: int = 3) -> list[str]:
    """How well the counts of earlier runs predict a later run: each claim of run k (k > `skip`) binned by the 95 %
    Wilson lower bound of its rule's precision over runs before k, with the precision the bin then had."""
    from graph_build.text.calibration import lower_bound

    bins: dict[str, list[int]] = {}
    for rows in prequential(entries)[skip:]:
        for bound, right, wrong in rows:
            label = "none" if bound is None else f"{(bound * 20).to_integral_value('ROUND_FLOOR') / 20:.2f}"
            tally = bins.setdefault(label, [0, 0])
            tally[0] += right
            tally[1] += wrong
    lines = []
    for label, (right, wrong) in sorted(bins.items()):
        lines.append(
            f"earlier runs' bound {label}: {right} right / {wrong} wrong, precision "
            f"{right / (right + wrong):.3f}, its bound {lower_bound(right, wrong)}"
        )
    return lines


def threshold_line(entries: list[dict], skip: int = 3) -> str:
    """What `chosen_threshold` chose, in one line."""
    choice = chosen_threshold(entries, skip)
    if choice["threshold"] is None:
        return "threshold by the rule on first readings: none passes"
    return (
        f"threshold by the rule on first readings: {choice['threshold']} ({choice['right']} right / "
        f"{choice['wrong']} wrong at or above it after earlier runs' counts, by {choice['by']}; decision 0956)"
    )


def chosen_threshold(entries: list[dict], skip: int = 3) -> dict:
    """The threshold the documented rule (graph_build/text/calibration.py `choose`, decisions 0620, 0621) chooses on
    first readings, read prequentially (decision 0956): a claim of run k counts at threshold t when its rule's bound
    over the runs before k is at least t, the runs taking the place of the sets. Among CHOICES whose claims, pooled
    over the runs after the first `skip`, are at least HELD_OUT_MINIMUM, whose expected wrong share is at most TARGET
    and where EVERY run is consistent with at most TARGET wrong, the one with the lowest 95 % Wilson upper bound of
    the wrong share (then the most claims, the higher threshold). None passing: threshold None.

    >>> run = {"rules": {"a": {"general": [40, 0]}, "b": {"general": [10, 10]}}}
    >>> chosen_threshold([run] * 5, skip=1)
    {'threshold': Decimal('0.91'), 'right': 160, 'wrong': 0, 'by': 'wilson'}
    """
    from graph_build.text.calibration import CHOICES, TARGET, passing
    from graph_build.text.confidence import HELD_OUT_MINIMUM

    runs = prequential(entries, "general")[skip:]
    candidates = []
    for t in CHOICES:
        per_run = []
        for rows in runs:
            above = [(right, wrong) for bound, right, wrong in rows if bound is not None and bound >= t]
            per_run.append((sum(r for r, _ in above), sum(w for _, w in above)))
        key = passing(t, per_run, HELD_OUT_MINIMUM)
        if key is not None:
            candidates.append(key)
    if not candidates:
        return {"threshold": None, "right": 0, "wrong": 0, "by": None}
    upper, _, t, right, wrong = min(candidates)
    return {"threshold": -t, "right": right, "wrong": wrong, "by": "wilson" if upper <= TARGET else "expected"}


USAGE = """usage: python -m graph_build.text.first_readings [--new | --calibration]

  (no option)     replay every first measurement recorded in graph_build/text/held_out.yaml at its commit (needs
                  the project's git history; ten minutes or so) and rewrite graph_build/text/first_readings.yaml
  --new           replay only the recorded runs the file does not hold yet (after a new measurement), keep the rest
  --calibration   print how well earlier runs' counts predicted each later run, and the threshold the rule chooses
                  on them (decision 0956; from the file, no replay)"""


def main(argv: list[str]) -> int:
    if argv[:1] == ["--calibration"]:
        for line in calibration_lines(readings().get("runs") or []):
            print(line)
        print(threshold_line(readings().get("runs") or []))
        return 0
    if argv and argv != ["--new"]:
        print(USAGE, file=sys.stdout if argv[0] in ("-h", "--help") else sys.stderr)
        return 0 if argv[0] in ("-h", "--help") else 2
    from graph_build.text.confidence import held_out_measurements

    kept = {(e["decision"], e["commit"]): e for e in readings().get("runs") or []} if argv else {}
    entries = []
    for run in recorded_runs(held_out_measurements()):
        if (run.decision, run.commit) in kept:
            entries.append(kept[(run.decision, run.commit)])
            continue
        entry = run_entry(run, replay(run))
        check(run, entry)
        entries.append(entry)
        print(
            f"replayed {run.commit} ({', '.join(run.sets)}): {entry['judged'][0]} right / {entry['judged'][1]} wrong",
            file=sys.stderr,
        )
    write(entries)
    print(f"wrote {FILE}")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main(sys.argv[1:]))
    except DrugkgError as error:
        print(f"python -m graph_build.text.first_readings: error: {error}", file=sys.stderr)
        raise SystemExit(1) from None
