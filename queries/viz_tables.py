"""Table-row quotes as cells with their column headings.

Some quotes are rows of a Markdown table ("Sedation Potential | Common, dose-dependent | Common, potentially
high | ..."); alone, a reader cannot tell which column is which drug. The headings are in the table's first row,
which no claim quotes, so they are read from the article text itself: the graph names each document's file and
its SHA-256, and only a text with that checksum is used (the quote's offsets count in it). Without the text,
the row is still split into cells, with the headings "column 2", "column 3", ... and the page says so.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from queries.viz_model import Model

SEPARATOR_CHARS = set("|-: ")


def split_row(line: str) -> list[str]:
    """The cells of a Markdown table row (outer pipes optional).

    >>> split_row("Feature | Clonazepam (Klonopin) | Baclofen |")
    ['Feature', 'Clonazepam (Klonopin)', 'Baclofen']
    """
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") else text
    return [cell.strip() for cell in text.split("|")]


def is_row(text: str) -> bool:
    """Whether a quote is one Markdown table row.

    >>> is_row("Drug Class | Benzodiazepine | Skeletal Muscle Relaxant |"), is_row("It may help | sometimes")
    (True, False)
    """
    line = text.strip()
    return "\n" not in line and line.count("|") >= 2 and (line.endswith("|") or line.startswith("|"))


def _is_separator(line: str) -> bool:
    return "-" in line and "|" in line and set(line.strip()) <= SEPARATOR_CHARS


def headings_above(text: str, start: int) -> list[str] | None:
    """The heading cells of the table whose row starts at `start` in `text`, or None if it is not in a table.

    >>> t = "Intro.\\n\\nFeature | A | B |\\n---|---|---|\\nRisk | high | low |\\nUse | x | y |\\n"
    >>> headings_above(t, t.index("Use"))
    ['Feature', 'A', 'B']
    """
    lines = text[:start].split("\n")[:-1]
    for i in range(len(lines) - 1, 0, -1):
        line = lines[i]
        if not line.strip() or "|" not in line:
            return None
        if _is_separator(line):
            return split_row(lines[i - 1])
    return None


class Tables:
    """Column headings for table-row quotes, from the articles in `corpus` whose checksums match the graph."""

    def __init__(self, model: Model, corpus: Path | None) -> None:
        self.model = model
        self.texts: dict[str, str] = {}
        self.missing: set[str] = set()
        for iri, doc in model.documents.items():
            data = _read(corpus / doc.file) if corpus is not None and doc.file else None
            if data is not None and hashlib.sha256(data).hexdigest() == doc.sha256:
                self.texts[iri] = data.decode("utf-8", errors="replace")
            else:
                self.missing.add(iri)

    def unheaded(self) -> list[str]:
        """Identifiers of the documents with table-row quotes whose text (for the headings) was not found."""
        with_rows = {e.document for c in self.model.claims.values() for e in c.evidence if is_row(e.quote)}
        return sorted(self.model.documents[d].ident for d in self.missing & with_rows)

    def cells(self, document: str, start: int | None, quote: str) -> list[tuple[str, str]]:
        """(heading, cell) pairs of a table-row quote; [] when the quote is not a table row."""
        if not is_row(quote):
            return []
        cells = split_row(quote)
        text = self.texts.get(document)
        headings = headings_above(text, start) if text is not None and start is not None else None
        if headings is None or len(headings) != len(cells):
            headings = ["row"] + [f"column {i}" for i in range(2, len(cells) + 1)]
        return list(zip(headings, cells, strict=True))


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
