"""Decision 0956: the threshold is read on the scale of first readings.

Since decision 0939 no claim's confidence exceeds its rule's first-reading bound, so a threshold chosen on the
development rows alone (0.97) could not be reached. The same documented rule (calibration.choose: every run
consistent with 1 wrong in 20, expected wrong share at most 1 in 20, lowest Wilson upper bound) is applied to the
first readings read prequentially: a claim of run k counts at threshold t when its rule's bound over the runs BEFORE
k is at least t.
"""

from __future__ import annotations

from decimal import Decimal

import yaml

from graph_build.text import confidence
from graph_build.text.calibration import Row, lower_bound
from graph_build.text.first_readings import chosen_threshold, prequential, readings


def run(**rules: tuple[int, int]) -> dict:
    return {"rules": {name: {"general": list(counts)} for name, counts in rules.items()}}


def test_a_run_is_judged_with_the_counts_of_the_runs_before_it_only() -> None:
    first, second = run(a=(30, 0), b=(5, 5)), run(a=(10, 2), c=(4, 0))
    assert prequential([first, second], "general") == [
        [(None, 30, 0), (None, 5, 5)],
        [(lower_bound(30, 0), 10, 2), (None, 4, 0)],
    ]


def test_registers_are_counted_apart() -> None:
    entries = [
        {"rules": {"a": {"general": [30, 0], "research": [0, 9]}}},
        {"rules": {"a": {"general": [10, 0], "research": [3, 0]}}},
    ]
    assert prequential(entries, "general")[1] == [(lower_bound(30, 0), 10, 0)]
    assert prequential(entries, "research")[1] == [(lower_bound(0, 9), 3, 0)]
    assert prequential(entries)[1] == [(lower_bound(30, 0), 10, 0), (lower_bound(0, 9), 3, 0)]


def test_the_rule_chooses_the_threshold_whose_claims_held_on_the_runs_after() -> None:
    # a: always right; b: right half the time. After one run a's bound is 0.91, b's 0.29
    entries = [run(a=(40, 0), b=(10, 10))] * 5
    assert chosen_threshold(entries, skip=1) == {
        "threshold": Decimal("0.91"),
        "right": 160,
        "wrong": 0,
        "by": "wilson",
    }


def test_one_run_worse_than_one_in_twenty_rules_its_threshold_out() -> None:
    # a is proven by three clean runs, then a fourth run finds it wrong 6 times in 20: at a's bound that run is not
    # consistent with 1 wrong in 20, so no threshold a reaches passes; below b's bound both count (44 right / 7
    # wrong in the fourth run), still not consistent, and the clean runs before do not make up for it: every run
    # must be consistent, as every set must be in the development rule (decision 0621)
    assert chosen_threshold([run(a=(60, 0))] * 3 + [run(a=(14, 6))], skip=1)["threshold"] is None
    assert chosen_threshold([run(a=(60, 0), b=(30, 1))] * 3 + [run(a=(14, 6), b=(30, 1))], skip=1)["threshold"] is None
    # the same fourth run without a's six wrong: the threshold a's bound allows
    assert chosen_threshold([run(a=(60, 0), b=(30, 1))] * 3 + [run(a=(20, 0), b=(30, 1))], skip=1)["threshold"] == (
        lower_bound(60, 0)
    )


def test_too_few_claims_choose_nothing() -> None:
    # nineteen claims above any threshold: one wrong in twenty could not show (HELD_OUT_MINIMUM)
    assert chosen_threshold([run(a=(40, 0)), run(a=(19, 0))], skip=1)["threshold"] is None
    assert chosen_threshold([run(a=(40, 0)), run(a=(20, 0))], skip=1)["threshold"] == lower_bound(40, 0)


def test_the_table_and_threshold_are_the_ones_the_first_readings_choose() -> None:
    table = yaml.safe_load(confidence.TABLE.read_text(encoding="utf-8"))
    choice = chosen_threshold(readings().get("runs") or [])
    assert {k: (Decimal(str(v)) if isinstance(v, float) else v) for k, v in table["first_readings"].items()} == choice
    passing = [r["threshold"] for r in table["registers"].values() if r["threshold"] is not None]
    developed = Decimal(str(max(passing))) if passing else Decimal(1)
    expected = developed if choice["threshold"] is None else min(developed, choice["threshold"])
    assert Decimal(str(table["threshold"])) == expected == confidence.THRESHOLD


def test_a_register_without_first_readings_stays_below_the_threshold() -> None:
    # research reports have no first readings (every never-tuned set is lay writing): their claims never reach the
    # threshold, whatever their cells say
    table = yaml.safe_load(confidence.TABLE.read_text(encoding="utf-8"))
    for rule in table["rules"]:
        for doubts in range(3):
            assert confidence.confidence_for(rule, False, "x", "research", doubts) < confidence.THRESHOLD


def test_a_register_bounded_by_first_readings_is_capped_by_them_only() -> None:
    # two registers whose development rows pass no threshold (one set half wrong): with a first-reading choice,
    # general writing (bounded by first readings) is not capped and the threshold is that choice; research reports
    # (no first readings) are capped below it; without a first-reading choice both are capped
    rows = [
        Row(f"s{k}", "r", register, 0, False, right)
        for register in ("general", "research")
        for k in range(3)
        for right in (True, False)
    ]
    chosen = {"threshold": Decimal("0.87"), "right": 239, "wrong": 7, "by": "expected"}
    table = confidence.table_from(rows, [], chosen)
    assert table["threshold"] == 0.87
    assert {name: entry["cap"] for name, entry in table["registers"].items()} == {"general": None, "research": 0.86}
    table = confidence.table_from(rows, [], None)
    assert table["threshold"] == 1.0
    assert {name: entry["cap"] for name, entry in table["registers"].items()} == {"general": 0.99, "research": 0.99}
