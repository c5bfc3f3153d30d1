"""Pipe tables in text ("Feature | Drug A | Drug B |"): each cell becomes a unit whose subject is its column's
drug, and the row's label says which predicate the cell's entities take (data: `table_rows` of rules.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass

SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}")
#: A cell that only answers its column's question: "Yes" / "No" (in emphasis, with a full stop).
YES_NO = re.compile(r"[*_]*(?P<answer>yes|no)[*_]*\.?", re.I)
#: Column headers that ask one question of the drug they name about each row's condition (decision 0715), and the
#: claim a "Yes" gives (its "No" gives the same claim denied): "Does X treat it?", "X helps?" -> treats; "Safe to take
#: X?", "Can I take X?" -> a "No" forbids the drug (contraindicatedIn), a "Yes" denies that. A header that could ask
#: either ("Use X?": used for it, or usable with it?) asks nothing this reads.
TABLE_QUESTIONS: tuple[tuple[re.Pattern, str, bool], ...] = (
    (re.compile(r"\b(treats?|helps?( with)?|relieves?|works? for|used for|cures?)\b[^|]*\?", re.I), "treats", False),
    (re.compile(r"\b(safe|ok|okay|all right|suitable|can (i|you) (take|use|have))\b[^|]*\?", re.I),
     "contraindicatedIn", True),
)  # fmt: skip


@dataclass(frozen=True)
class Cell:
    """One cell: offsets in the text, its row label (with offsets) and its column header's offsets."""

    start: int
    end: int
    row_label: tuple[int, int]
    header: tuple[int, int]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one table line, empty ones included (an empty corner cell keeps the columns in place); the
    outer pipes of "| a | b |" open and close the line, they do not make empty cells."""
    line = text[start:end]
    parts = line.split("|")
    pos = start
    cells = []
    for k, part in enumerate(parts):
        outer = (k == 0 and not line[: len(part)].strip() and line.lstrip().startswith("|")) or (
            k == len(parts) - 1 and not part.strip() and line.rstrip().endswith("|")
        )
        if not outer:
            stripped = part.strip()
            lead = len(part) - len(part.lstrip()) if stripped else 0
            cells.append((pos + lead, pos + lead + len(stripped)))
        pos += len(part) + 1
    return cells


def find_cells(text: str) -> list[Cell]:
    """Cells of every pipe table (a header line, a --- line, rows), with their row label and column header.

    >>> t = "F | A | B |\\n---|---|---|\\nClass | x | y |"
    >>> [(t[c.start:c.end], t[slice(*c.row_label)], t[slice(*c.header)]) for c in find_cells(t)]
    [('x', 'Class', 'A'), ('y', 'Class', 'B')]
    >>> t = "| | A | B |\\n|---|---|---|\\n| Class | | y |"
    >>> [(t[c.start:c.end], t[slice(*c.row_label)], t[slice(*c.header)]) for c in find_cells(t)]
    [('y', 'Class', 'B')]
    """
    if "|" not in text:
        return []  # a table's header line holds "|" (decision 0717: no walk over the lines of a text without one)
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    cells: list[Cell] = []
    i = 0
    while i + 1 < len(lines):
        a, b, line = lines[i]
        if "|" in line and SEPARATOR.match(lines[i + 1][2]):
            header = _cells(text, a, b)
            j = i + 2
            while j < len(lines) and "|" in lines[j][2]:
                row = _cells(text, lines[j][0], lines[j][1])
                for k, cell in enumerate(row[1:], start=1):
                    if k < len(header) and cell[0] < cell[1] and header[k][0] < header[k][1]:
                        cells.append(Cell(cell[0], cell[1], row[0], header[k]))
                j += 1
            i = j
        else:
            i += 1
    return cells


def row_predicate(label: str) -> str | None:
    """The predicate a row label names (the first `table_rows` entry of the rules in use whose cue it holds), or None
    when the cell's own words must say it.

    >>> row_predicate("Drug class"), row_predicate("Common uses"), row_predicate("Mechanism")
    ('isA', 'treats', None)
    """
    from graph_build.text.relate import ACTIVE  # (the rules in use: rules.yaml, or those of `using_rules`)

    for row in ACTIVE[-1].table_rows:
        if row.pattern.search(label):
            return row.predicate
    return None


def table_lines(text: str) -> set[int]:
    """Start offsets of the lines that belong to tables (so that they are not read as sentences)."""
    starts: set[int] = set()
    for cell in find_cells(text):
        starts.add(text.rfind("\n", 0, cell.start) + 1)
        starts.add(text.rfind("\n", 0, cell.header[0]) + 1)
    return starts


def answered(header: str, cell: str) -> tuple[str, bool] | None:
    """The claim a yes/no cell gives under its column's question: (predicate, negated), or None.

    >>> answered("Does ibuprofen treat it?", "No"), answered("Safe to take ibuprofen?", "**No**")
    (('treats', True), ('contraindicatedIn', False))
    >>> answered("Safe to take ibuprofen?", "Yes"), answered("Use ibuprofen?", "No"), answered("Notes", "No")
    (('contraindicatedIn', True), None, None)
    """
    answer = YES_NO.fullmatch(cell.strip())
    if answer is None:
        return None
    for question, predicate, no_asserts in TABLE_QUESTIONS:
        if question.search(header):
            return predicate, (answer.group("answer").lower() == "no") != no_asserts
    return None
