"""The confidence cells and the threshold rule (graph_build/text/calibration.py, docs/decisions/0620) on invented
judged rows: a lower bound, not a share; more doubt never buys confidence; the rule picks the threshold from
out-of-set figures and says which test it passed; the nested estimate judges each set without it."""

from __future__ import annotations

from decimal import Decimal

from graph_build.text.calibration import (
    GOODS,
    TARGET,
    Row,
    cell_counts,
    cell_figures,
    choose,
    consistent,
    fit,
    lower_bound,
    nested,
    out_of_set,
    wilson_interval,
)


def _rows(
    name: str, rule: str, right: int, wrong: int, doubts: int = 0, register: str = "general", unread: bool = True
) -> list[Row]:
    """Judged rows of one set; `unread` (the default here): text nobody read to write a rule, which proves rules."""
    return [Row(name, rule, register, doubts, False, k < right, unread) for k in range(right + wrong)]


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


# --- decision 0621 -----------------------------------------------------------------------------------------------


def test_only_unread_text_proves_a_rule():
    """A rule right on all of the development text it was written on, but often wrong on text nobody read, is not
    proven: its development counts are in sample by construction."""
    tuned = _rows("dev", "tuned", 100, 0, unread=False) + _rows("cal", "tuned", 20, 9)
    honest = _rows("dev", "honest", 10, 0, unread=False) + _rows("cal", "honest", 40, 0)
    rows = tuned + honest
    counts = cell_counts(rows, min(GOODS))
    assert counts[("general", 0, False, True)] == [50, 0]  # only the rule proven on unread text
    assert counts[("general", 0, False, False)] == [120, 9]
    confidence = fit(rows, min(GOODS))
    assert confidence(tuned[0]) < confidence(honest[0])


def test_a_small_named_cell_does_not_cap_a_well_counted_resolved_one():
    """A named cell of 5 / 0 (lower bound 0.56) and its resolved twin of 200 / 2 count the other way round: both get
    the bound of their pooled counts; a resolved cell that is worse keeps its own, below the named one."""
    cells = {("general", 0, False, True): [5, 0], ("general", 0, True, True): [200, 2]}
    figures = cell_figures(cells)
    pooled = lower_bound(205, 2)
    assert figures[("general", 0, False, True)] == figures[("general", 0, True, True)] == pooled
    worse = cell_figures({("general", 0, False, True): [200, 0], ("general", 0, True, True): [50, 10]})
    assert worse[("general", 0, True, True)] == lower_bound(50, 10) < worse[("general", 0, False, True)]


def test_every_first_measurement_so_far_is_inconsistent_with_the_target():
    """The per-set test the threshold rule applies: the historical first measurements of never-tuned sets above the
    threshold (final 58 / 9, blind 37 / 9, fresh 19 / 8, sealed 6 / 3) each fail it; one wrong in fifteen does not."""
    for right, wrong in [(58, 9), (37, 9), (19, 8), (6, 3)]:
        assert not consistent(wrong, right + wrong)
    assert consistent(1, 15) and consistent(0, 40) and consistent(2, 60)


def test_a_pool_under_the_target_does_not_hide_one_bad_set():
    """Six sets all right and one set as bad as a first measurement: pooled the band is under the target (expected
    share 4 %), but the bad set, judged out of set, is not consistent with it, so no threshold passes."""
    rows = [s for name in "abcdef" for s in _rows(name, "sure", 40, 0) + _rows(name, "poor", 10, 10, doubts=1)]
    assert choose(rows, "general")["threshold"] is not None
    bad = rows + _rows("g", "sure", 9, 6)
    scored = out_of_set(bad, min(GOODS))
    right = sum(1 for r, v in scored if r.right and v >= Decimal("0.9"))
    wrong = sum(1 for r, v in scored if not r.right and v >= Decimal("0.9"))
    assert Decimal(wrong + 1) / (right + wrong + 2) <= TARGET  # the pool alone would pass
    assert choose(bad, "general")["threshold"] is None
