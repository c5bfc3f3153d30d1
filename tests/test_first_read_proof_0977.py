"""Decision 0977: first readings prove a rule in general writing.

A rule is PROVEN in a register when the 95 % lower bound of its precision on unread text is at least the register's
GOOD (decision 0621); only proven rules reach the top cells. Until 0977 unread text meant the calibration sets alone
(final, blind, the DEV splits): two sets of general writing, where the rules whose first-reading record reaches the
threshold are rare, so their cells stopped below it (run 14, decision 0975: nothing judged above 0.87). First
readings are unread text too - each never-tuned set judged once, at the commit of its day - and in general writing
they are 42 runs. They now prove rules beside the calibration sets; judged out of set, a set's own run is left out.
"""

from __future__ import annotations

from decimal import Decimal

import yaml

from graph_build.text import confidence
from graph_build.text.calibration import (
    GOODS,
    Reading,
    Row,
    cell_counts,
    fit,
    lower_bound,
    out_of_set,
    proof_counts,
    without,
)
from graph_build.text.first_readings import counts_by_register, proof_readings


def reading(sets: set[str], **rules: tuple[int, int]) -> Reading:
    return Reading(frozenset(sets), tuple(((rule, "general"), counts) for rule, counts in sorted(rules.items())))


def rows(name: str, rule: str, right: int, wrong: int = 0) -> list[Row]:
    return [Row(name, rule, "general", 0, False, k < right) for k in range(right + wrong)]


def test_first_readings_add_to_the_calibration_sets_counts() -> None:
    calibration = [Row("final", "a", "general", 0, False, True, unread=True), *rows("dev", "a", 5)]
    counts = proof_counts(calibration, [reading({"s1"}, a=(30, 1), b=(4, 4)), reading({"s2"}, a=(10, 0))])
    # the development rows prove nothing (in sample); the calibration row and both runs do
    assert counts == {("a", "general"): [41, 1], ("b", "general"): [4, 4]}
    assert proof_counts(calibration) == {("a", "general"): [1, 0]}


def test_only_the_registers_named_are_read_from_a_run() -> None:
    run = {"sets": ["s1", "s2"], "rules": {"a": {"general": [9, 1], "research": [2, 2]}, "b": {"research": [1, 0]}}}
    assert proof_readings([run], {"general"}) == (Reading(frozenset({"s1", "s2"}), ((("a", "general"), (9, 1)),)),)
    assert proof_readings([run], set()) == (Reading(frozenset({"s1", "s2"}), ()),)


def test_a_rule_proven_by_first_readings_counts_in_the_proven_cells() -> None:
    good = min(GOODS)
    development = rows("d1", "a", 18, 2) + rows("d1", "b", 10, 10)
    proofs = [reading({"s1"}, a=(60, 2))]
    assert cell_counts(development, good) == {("general", 0, False, False): [28, 12]}
    assert cell_counts(development, good, proofs) == {
        ("general", 0, False, True): [18, 2],
        ("general", 0, False, False): [10, 10],
    }
    confidence = fit(development, good, proofs)
    assert confidence(development[0]) == lower_bound(18, 2)
    assert confidence(development[-1]) == min(lower_bound(10, 10), lower_bound(18, 2))


def test_judged_out_of_set_a_sets_own_first_reading_proves_nothing() -> None:
    # rule a is proven only by the run that read s1: judging s1 out of set, that run is left out with its rows, so a
    # is unproven there; judging s2, the run counts and a is proven. Rule c is proven by a run of another set.
    good = min(GOODS)
    development = [
        row for name in ("s1", "s2") for row in rows(name, "a", 20) + rows(name, "b", 5, 5) + rows(name, "c", 20)
    ]
    proofs = (reading({"s1"}, a=(60, 0)), reading({"s9"}, c=(60, 0)))
    assert without(proofs, "s1") == proofs[1:] and without(proofs, "s2") == proofs
    scored = {(r.set, r.rule): value for r, value in out_of_set(development, good, proofs)}
    # s1 judged by s2's rows, a unproven: the unproven cell holds a (20 / 0) and b (5 / 5)
    assert scored[("s1", "a")] == lower_bound(25, 5)
    # s2 judged by s1's rows, a proven by the run: the proven cell holds a and c (40 / 0)
    assert scored[("s2", "a")] == lower_bound(40, 0)


def test_the_table_records_the_first_readings_among_a_rules_proof() -> None:
    calibration = [Row("final", "a", "general", 0, False, True, unread=True)]
    development = rows("d1", "a", 10)
    table = confidence.table_from(development, calibration, None, [reading({"s1"}, a=(30, 1), c=(2, 0))])
    assert table["rules"]["a"]["proof"] == {"general": [31, 1]}
    # a rule only first readings judged is listed with its proof, no development counts
    assert table["rules"]["c"]["proof"] == {"general": [2, 0]}
    assert (table["rules"]["c"]["right"], table["rules"]["c"]["wrong"]) == (0, 0)


def test_the_committed_table_counts_every_first_reading_as_proof() -> None:
    # in general writing each rule's proof holds at least its pooled first readings (with the calibration sets')
    table = yaml.safe_load(confidence.TABLE.read_text(encoding="utf-8"))
    pooled = counts_by_register()["general"]
    for rule, (right, wrong) in pooled.items():
        proof = table["rules"][rule]["proof"]["general"]
        assert proof[0] >= right and proof[1] >= wrong, rule


def test_a_rule_whose_first_readings_reach_the_threshold_reaches_it_in_a_clean_cell() -> None:
    # the claims the threshold was chosen for (0956: counted at the rule's first-reading bound) can now carry that
    # bound: a named subject, no doubt, a rule proven in general writing - the lower of its cell and its bound
    table = yaml.safe_load(confidence.TABLE.read_text(encoding="utf-8"))
    good = Decimal(str(table["registers"]["general"]["good"]))
    cells = {(c, r, p): Decimal(str(v)) for c, r, p, v, *_ in table["cells"]["general"]}
    bounds = {rule: lower_bound(right, wrong) for rule, (right, wrong) in counts_by_register()["general"].items()}
    # the rules whose bound reaches the threshold; while none does (decision 1050: THRESHOLD 1, no threshold passes),
    # the rules with the highest bound
    floor = min(confidence.THRESHOLD, max(bounds.values()))
    reaching = [rule for rule, bound in bounds.items() if bound >= floor]
    assert reaching
    for rule in reaching:
        assert lower_bound(*table["rules"][rule]["proof"]["general"]) >= good, rule
        bound = confidence.first_reading_bound(rule)
        assert confidence.confidence_for(rule, False, "x", "general", 0) == min(cells[(0, False, True)], bound)
