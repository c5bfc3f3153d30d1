"""Calibration of the confidence table on text nobody tuned the rules to, and the rule that chooses the threshold.

The table (graph_build/text/confidence.py) is measured on the development sets, whose errors were read while the
rules were written: in sample, or left one set out, it says 2 % wrong where new health articles showed 13-20 %
(docs/decisions/0605). So what a figure is worth is measured on CALIBRATION sets the rules were never written on
(the `final` and `blind` fixture sets for general writing, the DEV splits of BC5CDR, BioRED and PHEE for research
reports): per register, per doubt cell (0, 1, 2 or more doubts besides a resolved subject) and per band of the
table's figure (below 0.85, from 0.85), the share of claims that turned out right. That share, smoothed, IS the
claim's confidence (`calibrate`). Only counts are used; no calibration set's claims are read to write rules.

How well the calibration carries to new text is measured by cross-fitting: each calibration set judged with the
calibration measured on the OTHER calibration sets of its register (`cross_fitted`). The threshold is chosen from
those cross-fitted counts (`choose`).

The functions work on judged claims reduced to `Row`s, so they need no extraction and are cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

#: Lower ends of the bands of table figure the calibration is measured in.
BANDS = (Decimal("0"), Decimal("0.85"))
#: Doubt cells of the calibration: 0, 1, 2 or more doubts (a resolved subject not counted: it has its own penalty).
CELLS = (0, 1, 2)
#: How many observations the doubt cell's share counts for in one of its bands.
SHRINK = 2
Z = Decimal("1.96")  # Wilson interval, 95 %


@dataclass(frozen=True)
class Row:
    """One judged machine-read claim, reduced to what the table and the calibration need."""

    set: str
    rule: str
    register: str  # "research" or "general" (confidence.register)
    doubts: int  # every doubt, a resolved subject and a long sentence included (confidence.doubt_count)
    resolved: bool
    right: bool

    @property
    def cell(self) -> int:
        """The calibration's doubt cell: doubts besides a resolved subject, 0, 1, 2 or more."""
        return min(self.doubts - int(self.resolved), 2)


#: (rows to measure on) -> a function giving a row its (uncalibrated) table figure
Fit = Callable[[list[Row]], Callable[[Row], Decimal]]


def band(value: Decimal) -> Decimal:
    """The lower end of the band holding `value`.

    >>> band(Decimal("0.93")), band(Decimal("0.5"))
    (Decimal('0.85'), Decimal('0'))
    """
    return max(b for b in BANDS if b <= value)


def out_of_set(rows: list[Row], fit: Fit) -> list[tuple[Row, Decimal]]:
    """Every row with the figure a table measured on the OTHER sets gives it (leave one set out)."""
    out = []
    for name in sorted({r.set for r in rows}):
        score = fit([r for r in rows if r.set != name])
        out += [(r, score(r)) for r in rows if r.set == name]
    return out


def calibration_of(scored: Iterable[tuple[Row, Decimal]]) -> dict[str, list[list]]:
    """Per register: [cell, band, figure, right, wrong] for every doubt cell and band. The figure is the band's share
    of right claims shrunk toward its cell's smoothed share, (right + SHRINK * cell's) / (right + wrong + SHRINK), the
    cell's being (right + 1) / (right + wrong + 2); never higher than a band above it's (sureness must not buy less
    precision), nor than a cell with fewer doubts' in the same band.

    >>> rows = [(Row("s", "r", "general", 0, False, True), Decimal("0.9"))] * 8
    >>> calibration_of(rows)["general"][1]
    [0, 0.85, 0.98, 8, 0]
    """
    counts: dict[str, dict[tuple[int, Decimal], list[int]]] = {}
    for row, value in scored:
        mine = counts.setdefault(row.register, {(c, b): [0, 0] for c in CELLS for b in BANDS})
        mine[(row.cell, band(value))][0 if row.right else 1] += 1
    out = {}
    for register, cells in sorted(counts.items()):
        figures: dict[tuple[int, Decimal], Decimal] = {}
        for c in CELLS:
            r_all = sum(cells[(c, b)][0] for b in BANDS)
            w_all = sum(cells[(c, b)][1] for b in BANDS)
            base = Decimal(r_all + 1) / Decimal(r_all + w_all + 2)
            ceiling = figures.get((c - 1, BANDS[-1]), Decimal(1)) if c else Decimal(1)
            for b in reversed(BANDS):
                r, w = cells[(c, b)]
                ceiling = min(ceiling, (r + SHRINK * base) / (r + w + SHRINK), figures.get((c - 1, b), Decimal(1)))
                figures[(c, b)] = ceiling
        out[register] = [
            [c, float(b), float(figures[(c, b)].quantize(Decimal("0.01"))), *cells[(c, b)]]
            for c in CELLS
            for b in BANDS
        ]
    return out


def calibrate(value: Decimal, register: str, cell: int, calibration: dict[str, list[list]]) -> Decimal:
    """The confidence of a claim whose table figure is `value`: the calibration's figure for its register, doubt
    `cell` and band (`value` itself when the register has no calibration).

    >>> cal = {"general": [[0, 0.0, 0.7, 6, 3], [0, 0.85, 0.95, 60, 2]]}
    >>> calibrate(Decimal("0.9"), "general", 0, cal), calibrate(Decimal("0.8"), "general", 0, cal)
    (Decimal('0.95'), Decimal('0.7'))
    >>> calibrate(Decimal("0.93"), "research", 0, cal)
    Decimal('0.93')
    """
    entries = calibration.get(register)
    if not entries:
        return value
    mine = [e for e in entries if len(e) == 5 and e[0] == min(max(cell, 0), CELLS[-1])]
    if not mine:  # a table written before this format: its figure stands until the table is regenerated
        return value
    return next(
        (Decimal(str(f)) for _, b, f, *_ in reversed(mine) if Decimal(str(b)) <= value), Decimal(str(mine[0][2]))
    )


def cross_fitted(scored: list[tuple[Row, Decimal]]) -> list[tuple[Row, Decimal]]:
    """Every calibration row with the confidence a calibration measured on the OTHER calibration sets of its register
    gives it: how the calibration carries to text it was not measured on."""
    out = []
    for name in sorted({r.set for r, _ in scored}):
        mine = [(r, v) for r, v in scored if r.set == name]
        registers = {r.register for r, _ in mine}
        calibration = calibration_of((r, v) for r, v in scored if r.set != name and r.register in registers)
        out += [(r, calibrate(v, r.register, r.cell, calibration)) for r, v in mine]
    return out


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


def expected_wrong(wrong: int, n: int) -> Decimal:
    """The expected wrong share on new text of the same kind, (wrong + 1) / (n + 2) (Laplace: a uniform prior).

    >>> expected_wrong(2, 63)
    Decimal('0.04615384615384615384615384615')
    """
    return Decimal(wrong + 1) / Decimal(n + 2)


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
    """Per register, from the cross-fitted calibration rows: the lowest threshold among CHOICES whose wrong share
    above it has a 95 % Wilson upper bound at most TARGET (`by: wilson`); when none has, the lowest whose expected
    wrong share (`expected_wrong`) is at most TARGET (`by: expected`: the bound is NOT shown); else None."""
    out = {}
    for register in sorted({r.register for r, _ in scored}):
        counts = {t: above(scored, t, register) for t in CHOICES}
        entry: dict = {"threshold": None, "by": None}
        for by, test in (("wilson", wilson_upper), ("expected", expected_wrong)):
            passing = [t for t, (r, w) in counts.items() if r + w and test(w, r + w) <= TARGET]
            if passing:
                entry = {"threshold": float(passing[0]), "by": by}
                break
        out[register] = entry
    return out
