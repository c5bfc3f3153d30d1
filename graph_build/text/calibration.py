"""Leave-one-set-out (LOSO) measurement of the confidence table, and the calibration it gives.

A table measured on the text it is judged on looks better than it is: its cells learned from one corpus do not
carry to another (docs/decisions/0603). So each development set is judged with a table measured WITHOUT it, and the
claims so judged tell, per register and per band of table confidence, how often a claim that sure is right on a set
the table never saw. That out-of-set precision caps the table's figure (`calibrate`): a cell's confidence is never
higher than what claims as sure turned out to be on new sets.

The functions work on judged claims reduced to `Row`s (set, rule, register, doubts, whether right), so they
need no extraction and are cheap: graph_build/text/confidence.py makes the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

#: Lower ends of the bands of table confidence the calibration is measured in.
BANDS = (Decimal("0"), Decimal("0.8"), Decimal("0.85"), Decimal("0.9"), Decimal("0.95"))
Z = Decimal("1.96")  # Wilson interval, 95 %


@dataclass(frozen=True)
class Row:
    """One judged machine-read claim of a development set, reduced to what the table needs."""

    set: str
    rule: str
    register: str  # "research" or "general" (confidence.register)
    doubts: int  # every doubt, a resolved subject and a long sentence included (confidence.doubt_count)
    resolved: bool
    right: bool


#: (rows to measure on) -> a function giving a row its table confidence
Fit = Callable[[list[Row]], Callable[[Row], Decimal]]


def band(value: Decimal) -> Decimal:
    """The lower end of the band holding `value`.

    >>> band(Decimal("0.93")), band(Decimal("0.5"))
    (Decimal('0.9'), Decimal('0'))
    """
    return max(b for b in BANDS if b <= value)


def out_of_set(rows: list[Row], fit: Fit) -> list[tuple[Row, Decimal]]:
    """Every row with the confidence a table measured on the OTHER sets gives it."""
    out = []
    for name in sorted({r.set for r in rows}):
        score = fit([r for r in rows if r.set != name])
        out += [(r, score(r)) for r in rows if r.set == name]
    return out


def calibration_of(scored: Iterable[tuple[Row, Decimal]]) -> dict[str, list[list]]:
    """Per register, per band: [band, out-of-set precision (right + 1) / (n + 2), right, wrong], each band's figure
    no higher than any band above it's (sureness must not buy less precision)."""
    counts: dict[str, dict[Decimal, list[int]]] = {}
    for row, value in scored:
        counts.setdefault(row.register, {b: [0, 0] for b in BANDS})[band(value)][0 if row.right else 1] += 1
    out = {}
    for register, bands in sorted(counts.items()):
        figures = [(b, Decimal(r + 1) / Decimal(r + w + 2), r, w) for b, (r, w) in sorted(bands.items())]
        capped, ceiling = [], Decimal(1)
        for b, p, r, w in reversed(figures):
            ceiling = min(ceiling, p)
            capped.append([float(b), float(ceiling.quantize(Decimal("0.01"))), r, w])
        out[register] = list(reversed(capped))
    return out


def calibrate(value: Decimal, register: str, calibration: dict[str, list[list]]) -> Decimal:
    """`value` capped by the out-of-set precision of its register's band (unchanged without a calibration).

    >>> calibrate(Decimal("0.93"), "research", {"research": [[0.0, 0.4, 1, 2], [0.9, 0.7, 6, 2]]})
    Decimal('0.7')
    >>> calibrate(Decimal("0.93"), "general", {})
    Decimal('0.93')
    """
    bands = calibration.get(register)
    if not bands:
        return value
    cap = next(Decimal(str(c)) for b, c, *_ in reversed(bands) if Decimal(str(b)) <= value)
    return min(value, cap)


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


def nested(rows: list[Row], fit: Fit) -> list[tuple[Row, Decimal]]:
    """The whole procedure judged on each set it never saw: every row with the confidence a table measured on the
    other sets gives it, capped by the calibration leave-one-set-out finds within those other sets."""
    out = []
    for name in sorted({r.set for r in rows}):
        rest = [r for r in rows if r.set != name]
        calibration = calibration_of(out_of_set(rest, fit))
        score = fit(rest)
        out += [(r, calibrate(score(r), r.register, calibration)) for r in rows if r.set == name]
    return out


def above(scored: Iterable[tuple[Row, Decimal]], threshold: Decimal, register: str | None = None) -> tuple[int, int]:
    """(right, wrong) among the scored rows (of `register`, else all) at or above `threshold`."""
    right = wrong = 0
    for row, value in scored:
        if value >= threshold and register in (None, row.register):
            right, wrong = right + row.right, wrong + (not row.right)
    return right, wrong


#: The thresholds the rule chooses among, and the most wrong claims it accepts above one: 1 in 20.
CHOICES = tuple(Decimal(t) / 100 for t in range(85, 100))
TARGET = Decimal("0.05")


def choose(scored: list[tuple[Row, Decimal]]) -> dict[str, dict]:
    """Per register: the lowest threshold among CHOICES whose leave-one-set-out wrong share, pooled over every
    development set, has a 95 % Wilson upper bound at most TARGET (None when no threshold has), with its counts."""
    out = {}
    for register in sorted({r.register for r, _ in scored}):
        chosen = None
        for t in CHOICES:
            right, wrong = above(scored, t, register)
            if right + wrong and wilson_upper(wrong, right + wrong) <= TARGET:
                chosen = t
                break
        out[register] = {"threshold": float(chosen) if chosen is not None else None}
    return out
