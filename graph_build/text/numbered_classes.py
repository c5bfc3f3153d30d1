"""A class given to a counted list of drugs in apposition (decision 0814): "erythromycin or clarithromycin, two
antibiotics", "two antibiotics, clarithromycin and amoxicillin", "Two other antidepressants, fluoxetine and
paroxetine": each drug of the list is of the class. The number must be the list's length: a count that does not
match ("two antibiotics, A, B and C") leaves the sentence to the other readings."""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.units import Found, Unit

NUMBERS = {"two": 2, "three": 3, "four": 4}
#: Right before the class: the count ("A or B, two Ys", "two other Ys, A and B").
COUNT_BEFORE = re.compile(r"\b(two|three|four)\s+(other\s+|more\s+)?[*_]*$", re.I)
#: Between the list's last drug and the count: a comma (and optional emphasis).
LIST_THEN_COUNT = re.compile(r"[*_]*,\s*$")
#: Between the class and the list after it: a comma or a colon.
COUNT_THEN_LIST = re.compile(r"[*_]*\s*[,:]\s*[*_]*")
#: Between two drugs of the list.
JOINED = re.compile(r"[*_]*\s*(,\s*((and|or)\s+)?|(and|or)\s+)[*_]*", re.I)
#: After the class and its list: the apposition closes (a comma, a colon, the clause's end), not "two antibiotics
#: for a week".
LIST_ENDS = re.compile(r"[*_]*\s*([,.;:)]|$)")


def _run(unit: Unit, start: int, step: int) -> list[tuple]:
    """The drugs joined as one list from mention index `start`, walking by `step` (-1 back, +1 on)."""
    ms = unit.mentions
    run = [ms[start]]
    i = start + step
    while 0 <= i < len(ms) and ms[i][3] == "Drug":
        a, b = (ms[i], run[-1]) if step < 0 else (run[-1], ms[i])
        if not JOINED.fullmatch(unit.text, a[1], b[0]):
            break
        run.append(ms[i])
        i += step
    return run


def numbered_classes(unit: Unit) -> list[Found]:
    """Each drug of a counted list in apposition is of the class.

    >>> ms = [(0, 12, "erythromycin", "Drug"), (16, 30, "clarithromycin", "Drug"), (36, 47, "antibiotic", "DrugClass")]
    >>> u = Unit("erythromycin or clarithromycin, two antibiotics: they raise its level", ms)
    >>> sorted(f.subject for f in numbered_classes(u))
    ['clarithromycin', 'erythromycin']
    >>> ms = [(4, 15, "antibiotic", "DrugClass"), (17, 21, "a", "Drug"), (23, 24, "b", "Drug"), (29, 30, "c", "Drug")]
    >>> numbered_classes(Unit("two antibiotics, a, b and c.", ms))
    []
    """
    text, ms, out = unit.text, unit.mentions, []
    for i, c in enumerate(ms):
        if c[3] != "DrugClass":
            continue
        count = COUNT_BEFORE.search(text, max(0, c[0] - 20), c[0])
        if count is None:
            continue
        n = NUMBERS[count.group(1).lower()]
        members: list[tuple] = []
        # "A or B, two Ys"
        if i > 0 and ms[i - 1][3] == "Drug" and LIST_THEN_COUNT.fullmatch(text, ms[i - 1][1], count.start()):
            members = _run(unit, i - 1, -1)
            if not LIST_ENDS.match(text, c[1]):
                members = []
        # "two Ys, A and B"
        elif i + 1 < len(ms) and ms[i + 1][3] == "Drug" and COUNT_THEN_LIST.fullmatch(text, c[1], ms[i + 1][0]):
            members = _run(unit, i + 1, 1)
            if not LIST_ENDS.match(text, members[-1][1]):
                members = []
        if len(members) == n and len({m[2] for m in members}) == n:
            out += [Found(m[2], "isA", c[2], "copula-apposition", confidence=Decimal("0.7")) for m in members]
    return out
