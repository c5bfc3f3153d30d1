"""First readings (decision 0939): every recorded first measurement of a never-tuned set, replayed at its commit,
counts each rule's precision on text nobody had tuned it to; that count caps the confidence of the rule's claims."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import pytest
import yaml

from graph_build.text import confidence, first_readings
from graph_build.text.calibration import lower_bound
from graph_build.text.first_readings import FILE, Run, calibration_lines, check, pooled, recorded_runs, run_entry

DATA = yaml.safe_load(FILE.read_text(encoding="utf-8"))


def test_every_recorded_run_is_replayed_and_reproduces_its_measurement() -> None:
    """The file holds exactly the runs held_out.yaml records from FIRST_DECISION on (same commit, threshold and sets),
    and each replay found the right / wrong above that day's threshold the record states: the counts are that
    reading, not a later one."""
    runs = recorded_runs(confidence.held_out_measurements())
    assert [(e["decision"], e["commit"], Decimal(str(e["threshold"])), tuple(e["sets"])) for e in DATA["runs"]] == [
        (r.decision, r.commit, r.threshold, r.sets) for r in runs
    ]
    assert [e["above"] for e in DATA["runs"]] == [[r.right, r.wrong] for r in runs]
    for entry in DATA["runs"]:
        per_rule = [c for by in entry["rules"].values() for c in by.values()]
        assert [sum(c[0] for c in per_rule), sum(c[1] for c in per_rule)] == entry["judged"]


def test_pooled_counts_are_the_sum_of_the_runs() -> None:
    assert DATA["pooled"] == pooled(DATA["runs"])


def test_runs_are_grouped_from_the_first_decision_and_need_a_commit() -> None:
    records = [
        {"set": "a", "decision": "0604", "threshold": 0.87, "right": 5, "wrong": 1},
        {"set": "b", "decision": "0620", "commit": "abc1234", "threshold": 0.83, "right": 6, "wrong": 3},
        {"set": "c", "decision": "0700", "commit": "def5678", "threshold": 0.9, "right": 1, "wrong": 0},
        {"set": "d", "decision": "0700", "commit": "def5678", "threshold": 0.9, "right": 2, "wrong": 1},
    ]
    assert recorded_runs(records) == [
        Run("0620", "abc1234", Decimal("0.83"), ("b",), 6, 3),
        Run("0700", "def5678", Decimal("0.9"), ("c", "d"), 3, 1),
    ]


def test_an_entry_counts_rules_and_a_replay_that_does_not_reproduce_is_refused() -> None:
    run = Run("0700", "def5678", Decimal("0.9"), ("c",), 1, 0)
    rows = [
        {"set": "c", "rule": "x", "register": "general", "right": True, "above": True},
        {"set": "c", "rule": "x", "register": "general", "right": False, "above": False},
        {"set": "c", "rule": "y", "register": "research", "right": True, "above": False},
    ]
    entry = run_entry(run, {"threshold": "0.9", "rows": rows})
    assert entry["judged"] == [2, 1] and entry["above"] == [1, 0]
    assert entry["rules"] == {"x": {"general": [1, 1]}, "y": {"research": [1, 0]}}
    check(run, entry)
    with pytest.raises(first_readings.DrugkgError, match="not reproduced"):
        check(Run("0700", "def5678", Decimal("0.9"), ("c",), 2, 0), entry)


def test_no_claim_is_surer_than_its_rule_showed_on_first_readings() -> None:
    """In the general register (the only one first readings count), a claim's confidence never exceeds the lower
    bound of its rule's first-reading precision; a rule never read there stays at most UNMEASURED; the research
    register keeps its table figures (its rules are proven on the DEV splits, decision 0621)."""
    table = yaml.safe_load(confidence.TABLE.read_text(encoding="utf-8"))
    read = {rule: by["general"] for rule, by in DATA["pooled"].items() if "general" in by}
    for rule in table["rules"]:
        bound = lower_bound(*read[rule]) if rule in read else confidence.UNMEASURED
        for doubts in range(3):
            for resolved in (False, True):
                value = confidence.confidence_for(rule, resolved, "A short sentence.", "general", doubts)
                assert value <= bound
                assert value == min(confidence.score(table, rule, resolved, doubts + int(resolved), "general"), bound)
    assert confidence.first_reading_bound("interaction-denied", "research") == Decimal(1)


def test_earlier_runs_predict_later_ones() -> None:
    """What makes the cap a confidence: claims of each later run, binned by the bound their rule had on the runs
    before it, were at least that precise in every bin of 100 or more claims (docs/decisions/0939)."""
    lines = calibration_lines(DATA["runs"])
    checked = 0
    for line in lines:
        label = line.split("bound ")[1].split(":")[0]
        right, wrong = (int(part.split()[0]) for part in line.split(": ")[1].split(" / "))
        if label != "none" and right + wrong >= 100:
            assert Decimal(right) / (right + wrong) >= Decimal(label), line
            checked += 1
    assert checked >= 4


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_run_replays_to_its_recorded_counts() -> None:
    """The smallest recorded run, replayed now at its commit, gives the counts the file holds (the data is
    reproducible, not typed in)."""
    inside = subprocess.run(["git", "-C", str(first_readings.ROOT), "rev-parse"], capture_output=True)
    runs = recorded_runs(confidence.held_out_measurements())
    run = min(runs, key=lambda r: (len(r.sets), r.decision))
    known = subprocess.run(
        ["git", "-C", str(first_readings.ROOT), "cat-file", "-e", f"{run.commit}^{{commit}}"], capture_output=True
    )
    if inside.returncode or known.returncode:
        pytest.skip("the project's git history is absent (a source archive, or a shallow clone)")
    entry = run_entry(run, first_readings.replay(run))
    assert entry == next(e for e in DATA["runs"] if e["commit"] == run.commit)


def test_new_replays_only_runs_the_file_lacks(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--new` keeps every run the file holds and replays only a newly recorded one."""
    copy = tmp_path / "first_readings.yaml"
    copy.write_text(FILE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(first_readings, "FILE", copy)
    monkeypatch.setattr(first_readings.write, "__defaults__", (copy,))
    first_readings.readings.cache_clear()
    records = list(confidence.held_out_measurements())
    new = {"set": "x", "decision": "9999", "commit": "abc1234", "threshold": 0.97, "right": 1, "wrong": 0}
    monkeypatch.setattr(confidence, "held_out_measurements", lambda: (*records, new))
    replayed = []

    def fake(run: Run) -> dict:
        replayed.append(run.commit)
        return {
            "threshold": "0.97",
            "rows": [{"set": "x", "rule": "r", "register": "general", "right": True, "above": True}],
        }

    monkeypatch.setattr(first_readings, "replay", fake)
    try:
        assert first_readings.main(["--new"]) == 0
    finally:
        first_readings.readings.cache_clear()
    assert replayed == ["abc1234"]
    written = yaml.safe_load(copy.read_text(encoding="utf-8"))
    assert written["runs"][:-1] == DATA["runs"]
    assert written["runs"][-1]["rules"] == {"r": {"general": [1, 0]}}
