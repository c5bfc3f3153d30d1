"""The confidence cells and the threshold rule (graph_build/text/calibration.py, docs/decisions/0620) on invented
judged rows: a lower bound, not a share; more doubt never buys confidence; the rule picks the threshold from
out-of-set figures and says which test it passed; the nested estimate judges each set without it."""

from __future__ import annotations

from decimal import Decimal

from graph_build.text.calibration import (
    GOODS,
    TARGET,
    Row,
    choose,
    fit,
    lower_bound,
    nested,
    out_of_set,
    wilson_interval,
)


def _rows(name: str, rule: str, right: int, wrong: int, doubts: int = 0, register: str = "general") -> list[Row]:
    return [Row(name, rule, register, doubts, False, k < right) for k in range(right + wrong)]


def test_the_lower_bound_needs_evidence():
    """Twenty right of twenty is 0.83, not 1; two hundred right and four wrong is above 0.95."""
    assert lower_bound(20, 0) == Decimal("0.83")
    assert lower_bound(200, 4) >= Decimal("0.95")
    assert lower_bound(0, 0) == 0
    low, high = wilson_interval(5, 100)
    assert low < Decimal("0.05") < high


def test_more_doubt_never_buys_confidence():
    # the doubtful cell happens to be all right, on few claims; it may not rise above the sure cell
    rows = _rows("a", "r", 60, 3, doubts=0) + _rows("a", "r", 30, 0, doubts=1)
    confidence = fit(rows, min(GOODS))
    assert confidence(rows[-1]) <= confidence(rows[0])


def test_out_of_set_figures_are_counted_without_the_set():
    """A set whose rule is right only on the other sets gets the other sets' figure; the bad set's own errors do
    not lower it."""
    rows = _rows("a", "r", 40, 0) + _rows("b", "r", 40, 0) + _rows("c", "r", 5, 5)
    scored = dict((r.set, v) for r, v in out_of_set(rows, min(GOODS)))
    assert scored["c"] == lower_bound(80, 0)
    assert scored["a"] == lower_bound(45, 5)


def test_the_rule_chooses_a_threshold_only_where_new_sets_stay_under_the_target():
    good = [s for name in "abcdef" for s in _rows(name, "sure", 40, 0) + _rows(name, "poor", 10, 10, doubts=1)]
    choice = choose(good, "general")
    assert choice["threshold"] is not None and choice["by"] == "wilson"
    assert choice["wrong"] == 0 and choice["right"] == 240  # only the sure rule's claims are above it
    bad = [s for name in "abc" for s in _rows(name, "poor", 10, 10)]
    assert choose(bad, "general")["threshold"] is None


def test_the_nested_estimate_judges_each_set_with_a_rule_chosen_without_it():
    rows = [s for name in "abcdef" for s in _rows(name, "sure", 40, 0) + _rows(name, "poor", 10, 10, doubts=1)]
    rows += _rows("odd", "sure", 30, 10)  # a set where the sure rule fails: the estimate shows it
    estimate = nested(rows, "general")
    right, wrong, threshold = estimate["odd"]
    assert threshold is not None and (right, wrong) == (30, 10)
    assert all(estimate[name][1] == 0 for name in "abcdef")
    assert Decimal(wrong) / (right + wrong) > TARGET


def test_the_loso_report_gives_each_set_and_the_pool_with_an_interval():
    from graph_build.text.confidence import loso_report

    rows = [s for name in "abcdef" for s in _rows(name, "sure", 40, 0) + _rows(name, "poor", 10, 10, doubts=1)]
    lines = loso_report(rows)
    assert len(lines) == 7 and lines[-1].startswith("general pooled: 240 right / 0 wrong")
    assert all("95 %" in line for line in lines)
    assert lines[0].startswith("general a: 40 right / 0 wrong at or above ")
