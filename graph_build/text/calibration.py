"""What a machine-read claim's confidence is, and the rule that chooses the threshold (docs/decisions/0620, 0621).

A claim falls in a CELL: its register (research report or general writing), its doubts besides a resolved subject
(0, 1, 2 or more: graph_build/text/confidence.doubts), whether its subject was resolved, and whether its rule is
PROVEN (the 95 % Wilson lower bound of the rule's precision in that register, counted on unread text only - the
calibration sets and, in general writing, the rule's first readings: docs/decisions/0621, 0977 - is at least
GOOD). A cell's confidence is the 95 % Wilson lower bound of the precision of the judged claims in it, counted over
every judged set: development sets and calibration sets alike (counts only: no calibration set's claims are read to
write rules). A lower bound, not a share: a cell seen twenty times with no error says 0.84, not 0.95, so a handful
of lucky claims never makes a top band.

How well that carries to new text is measured by leave one set out (`out_of_set`): each set judged by cells counted
without it. The threshold and GOOD are chosen by a rule on those out-of-set figures (`choose`), and the estimate
of what the rule gives on unseen text is NESTED (`nested`): for each set, the rule chooses threshold and GOOD
without that set, then the set is judged. A choice passes only when every set, judged out of set, is `consistent`
with at most 1 wrong in 20 (decision 0621). The functions work on judged claims reduced to `Row`s: no extraction,
cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import comb

Z = Decimal("1.96")  # Wilson interval, 95 %
#: Doubt cells: 0, 1, 2 or more doubts (a resolved subject is a dimension of its own).
CELLS = (0, 1, 2)
#: The thresholds the rule chooses among, the rule-proof levels (GOOD) it chooses among, and the most wrong claims
#: it accepts above a threshold: 1 in 20.
CHOICES = tuple(Decimal(t) / 100 for t in range(80, 100))
GOODS = (Decimal("0.6"), Decimal("0.7"), Decimal("0.8"))
TARGET = Decimal("0.05")


@dataclass(frozen=True)
class Row:
    """One judged machine-read claim, reduced to what the table and the calibration need."""

    set: str
    rule: str
    register: str  # "research" or "general" (confidence.register)
    doubts: int  # every doubt, a resolved subject and a long sentence included (confidence.doubt_count)
    resolved: bool
    right: bool
    #: Whether its set is text nobody read to write or tune a rule (a calibration set): only such rows can PROVE a
    #: rule (decision 0621); a development set's counts are in sample for the rules written on it.
    unread: bool = False

    @property
    def cell(self) -> int:
        """The doubt cell: doubts besides a resolved subject, 0, 1, 2 or more."""
        return min(self.doubts - int(self.resolved), 2)


@dataclass(frozen=True)
class Reading:
    """One run of first readings (graph_build/text/first_readings.py): the sets it read and its right / wrong per
    (rule, register), counted at the run's commit on text nobody had tuned the rules to. Such counts prove a rule
    as the calibration sets' do (decision 0977)."""

    sets: frozenset[str]
    counts: tuple[tuple[tuple[str, str], tuple[int, int]], ...]


def without(readings: Iterable[Reading], name: str) -> tuple[Reading, ...]:
    """The readings of runs that did not read set `name`: what proves a rule when `name` is judged out of set (its
    own first reading is a count of the same text)."""
    return tuple(r for r in readings if name not in r.sets)


def wilson_upper(wrong: int, n: int) -> Decimal:
    """Upper end of the 95 % Wilson interval of a wrong share.

    >>> round(wilson_upper(3, 254), 3)
    Decimal('0.034')
    """
    if n == 0:
        return Decimal(1)
    p, n_ = Decimal(wrong) / n, Decimal(n)
    z2 = Z * Z
    centre = p + z2 / (2 * n_)
    spread = Z * ((p * (1 - p) / n_ + z2 / (4 * n_ * n_)).sqrt())
    return (centre + spread) / (1 + z2 / n_)


def wilson_interval(wrong: int, n: int) -> tuple[Decimal, Decimal]:
    """The 95 % Wilson interval of a wrong share (0 to 1 when nothing was counted).

    >>> [round(x, 3) for x in wilson_interval(1, 20)]
    [Decimal('0.009'), Decimal('0.236')]
    """
    if n == 0:
        return Decimal(0), Decimal(1)
    return max(Decimal(0), 1 - wilson_upper(n - wrong, n)), wilson_upper(wrong, n)


def lower_bound(right: int, wrong: int) -> Decimal:
    """The 95 % Wilson lower bound of a precision, to two places, rounded down (0 when nothing was counted).

    >>> lower_bound(20, 0), lower_bound(65, 2), lower_bound(0, 0)
    (Decimal('0.83'), Decimal('0.89'), Decimal('0.00'))
    """
    value = 1 - wilson_upper(wrong, right + wrong) if right + wrong else Decimal(0)
    return value.quantize(Decimal("0.01"), rounding="ROUND_FLOOR")


def expected_wrong(wrong: int, n: int) -> Decimal:
    """The expected wrong share on new text of the same kind, (wrong + 1) / (n + 2) (Laplace: a uniform prior).

    >>> expected_wrong(2, 63)
    Decimal('0.04615384615384615384615384615')
    """
    return Decimal(wrong + 1) / Decimal(n + 2)


def _count(rows: Iterable[Row], key) -> dict:
    counts: dict = {}
    for row in rows:
        tally = counts.setdefault(key(row), [0, 0])
        tally[0 if row.right else 1] += 1
    return counts


def rule_counts(rows: Iterable[Row]) -> dict[tuple[str, str], list[int]]:
    """(rule, register) -> [right, wrong]."""
    return _count(rows, lambda r: (r.rule, r.register))


def cell_key(row: Row, proven: bool) -> tuple[str, int, bool, bool]:
    return row.register, row.cell, row.resolved, proven


def proof_counts(rows: Iterable[Row], readings: Iterable[Reading] = ()) -> dict[tuple[str, str], list[int]]:
    """(rule, register) -> [right, wrong] on text nobody read to write a rule: the calibration sets' rows
    (`Row.unread`, decision 0621) and the first readings given (decision 0977) - what proves a rule. A rule's counts
    on the development text it was written on are in sample by construction (on the calibration sets treats-cue was
    19 right / 9 wrong, on development text 106 / 10).

    >>> read = Reading(frozenset({"s1"}), ((("a", "general"), (30, 1)),))
    >>> proof_counts([Row("final", "a", "general", 0, False, True, unread=True)], [read])
    {('a', 'general'): [31, 1]}
    """
    counts = _count((r for r in rows if r.unread), lambda r: (r.rule, r.register))
    for reading in readings:
        for key, (right, wrong) in reading.counts:
            tally = counts.setdefault(key, [0, 0])
            tally[0] += right
            tally[1] += wrong
    return counts


def cell_counts(
    rows: list[Row], good: Decimal, readings: Iterable[Reading] = ()
) -> dict[tuple[str, int, bool, bool], list[int]]:
    """(register, doubt cell, resolved, proven) -> [right, wrong], a rule proven when its lower bound in the
    register, counted on unread text (`proof_counts`), is at least `good`."""
    rules = proof_counts(rows, readings)
    return _count(rows, lambda r: cell_key(r, lower_bound(*rules.get((r.rule, r.register), (0, 0))) >= good))


def own_bound(cells: dict, key: tuple[str, int, bool, bool]) -> Decimal:
    """A cell's own lower bound; a resolved cell and its named twin (same register, doubts, proof) that count the
    other way round (the resolved one surer) are pooled, both getting the lower bound of their summed counts (pool
    adjacent violators, decision 0621): a named cell with few claims otherwise caps a well-counted resolved one by
    its small count, not by its errors."""
    register, c, _, proven = key
    named, resolved = (cells.get((register, c, r, proven), (0, 0)) for r in (False, True))
    if lower_bound(*resolved) > lower_bound(*named):
        return lower_bound(named[0] + resolved[0], named[1] + resolved[1])
    return lower_bound(*cells.get(key, (0, 0)))


def cell_figures(cells: dict[tuple[str, int, bool, bool], list[int]]) -> dict[tuple[str, int, bool, bool], Decimal]:
    """Each cell's confidence: its lower bound (`own_bound`), never above a cell with fewer doubts, with a named
    subject, or of a proven rule (more doubt never buys more confidence). Every combination gets a figure (unseen:
    0)."""
    figures: dict[tuple[str, int, bool, bool], Decimal] = {}
    for register in sorted({k[0] for k in cells}):
        for proven in (True, False):
            for resolved in (False, True):
                for c in CELLS:
                    value = own_bound(cells, (register, c, resolved, proven))
                    if c:
                        value = min(value, figures[(register, c - 1, resolved, proven)])
                    if resolved:
                        value = min(value, figures[(register, c, False, proven)])
                    if not proven:
                        value = min(value, figures[(register, c, resolved, True)])
                    figures[(register, c, resolved, proven)] = value
    return figures


def fit(rows: list[Row], good: Decimal, readings: Iterable[Reading] = ()):
    """Cells counted on `rows` (rules proven by them and `readings`), as a function giving a row its confidence."""
    readings = tuple(readings)
    rules = proof_counts(rows, readings)
    figures = cell_figures(cell_counts(rows, good, readings))

    def confidence(row: Row) -> Decimal:
        proven = lower_bound(*rules.get((row.rule, row.register), (0, 0))) >= good
        return figures.get(cell_key(row, proven), Decimal(0))

    return confidence


def out_of_set(rows: list[Row], good: Decimal, readings: Iterable[Reading] = ()) -> list[tuple[Row, Decimal]]:
    """Every row with the confidence cells counted on the OTHER sets give it (leave one set out: the set's rows and
    the first readings of the run that read it are left out)."""
    readings = tuple(readings)
    out = []
    for name in dict.fromkeys(r.set for r in rows):
        confidence = fit([r for r in rows if r.set != name], good, without(readings, name))
        out += [(r, confidence(r)) for r in rows if r.set == name]
    return out


def above(scored: Iterable[tuple[Row, Decimal]], threshold: Decimal, register: str | None = None) -> tuple[int, int]:
    """(right, wrong) among the scored rows (of `register`, else all) at or above `threshold`."""
    right = wrong = 0
    for row, value in scored:
        if value >= threshold and register in (None, row.register):
            right, wrong = right + row.right, wrong + (not row.right)
    return right, wrong


def consistent(wrong: int, n: int) -> bool:
    """Whether `wrong` of `n` is consistent with at most TARGET wrong: the chance of that many or more at a rate of
    exactly TARGET is at least 5 % (one-sided binomial test). Every first measurement of a never-tuned set so far
    fails it (final 58 / 9, blind 37 / 9, fresh 19 / 8, sealed 6 / 3); one wrong in 15 passes.

    >>> consistent(1, 15), consistent(3, 9), consistent(8, 27), consistent(0, 0)
    (True, False, False, True)
    """
    p = Fraction(TARGET)
    tail = sum(comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(wrong, n + 1))
    return tail >= Fraction(1, 20)


def per_set(scored: list[tuple[Row, Decimal]], threshold: Decimal) -> dict[str, tuple[int, int]]:
    """(right, wrong) at or above `threshold`, per set."""
    out: dict[str, tuple[int, int]] = {}
    for name in dict.fromkeys(r.set for r, _ in scored):
        out[name] = above(((r, v) for r, v in scored if r.set == name), threshold)
    return out


def passing(threshold: Decimal, groups: Iterable[tuple[int, int]], minimum: int = 1) -> tuple | None:
    """The rule's test at one threshold, given the (right, wrong) at or above it of each group (a set judged out of
    set, or a run of first readings): None unless the pooled claims number at least `minimum` (and at least one),
    their expected wrong share is at most TARGET and EVERY group is `consistent` with at most TARGET wrong; else the
    key the rule takes the lowest of - (the 95 % Wilson upper bound of the wrong share, -claims, -threshold) - then
    right and wrong.

    >>> passing(Decimal("0.9"), [(30, 0), (29, 1)])[3:]
    (59, 1)
    >>> passing(Decimal("0.9"), [(30, 0), (6, 3)]) is None, passing(Decimal("0.9"), [(19, 0)], minimum=20) is None
    (True, True)
    """
    groups = list(groups)
    right, wrong = sum(r for r, _ in groups), sum(w for _, w in groups)
    if right + wrong < max(minimum, 1) or expected_wrong(wrong, right + wrong) > TARGET:
        return None
    if not all(consistent(w, r + w) for r, w in groups):
        return None
    return wilson_upper(wrong, right + wrong), -(right + wrong), -threshold, right, wrong


def choose(rows: list[Row], register: str, readings: Iterable[Reading] = ()) -> dict:
    """For `register`, from its rows' out-of-set confidences: among every threshold of CHOICES and GOOD of GOODS
    whose pooled expected wrong share at or above the threshold is at most TARGET and where EVERY set, judged out of
    set, is `consistent` with at most TARGET wrong (the per-set worst case, decision 0621: a pool can hide one set
    as bad as a first measurement), the one whose wrong share has the LOWEST 95 % Wilson upper bound (then the most
    claims, the higher threshold). `by` says whether that bound is at most TARGET (`wilson`) or only the expected
    share is (`expected`). None passing: threshold None."""
    mine = [r for r in rows if r.register == register]
    readings = tuple(readings)
    candidates = []
    for good in GOODS:
        scored = out_of_set(mine, good, readings)
        for t in CHOICES:
            key = passing(t, per_set(scored, t).values())
            if key is not None:
                candidates.append((*key[:3], -good, *key[3:]))
    if not candidates:
        return {"threshold": None, "good": None, "by": None, "right": 0, "wrong": 0}
    upper, _, t, good, right, wrong = min(candidates)
    by = "wilson" if upper <= TARGET else "expected"
    return {"threshold": float(-t), "good": float(-good), "by": by, "right": right, "wrong": wrong}


def nested(
    rows: list[Row], register: str, readings: Iterable[Reading] = ()
) -> dict[str, tuple[int, int, float | None]]:
    """The estimate for unseen text, per set of `register`: the rule (`choose`) picks threshold and GOOD without the
    set (nor its run's first readings), cells are counted without it, and the set is judged: (right, wrong) at or
    above, and the threshold."""
    mine = [r for r in rows if r.register == register]
    out = {}
    for name in dict.fromkeys(r.set for r in mine):
        others = [r for r in mine if r.set != name]
        rest = without(readings, name)
        choice = choose(others, register, rest)
        if choice["threshold"] is None:
            out[name] = (0, 0, None)
            continue
        confidence = fit(others, Decimal(str(choice["good"])), rest)
        right, wrong = above(((r, confidence(r)) for r in mine if r.set == name), Decimal(str(choice["threshold"])))
        out[name] = (right, wrong, choice["threshold"])
    return out
