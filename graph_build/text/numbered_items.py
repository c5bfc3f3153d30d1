"""Numbered list items that are no headings (decision 0965).

A short line that ends in no mark stands as a heading ("Side effects", "3. SIDE EFFECTS"). A numbered list of short
items is written the same way ("The leaflet lists these as common:" / "1. sinus infections" / "2. diarrhoea"), and
each item was taken for a heading: the list read as nothing, and the section after it lost its heading. A numbered
line is a list's item, never a heading, when it runs with another numbered line (the line with text before or after
it is numbered too) or follows a lead that ends in a colon; a numbered heading stands alone above its text ("3. Side
effects" / "Mild burning ...") and keeps its place.
"""

from __future__ import annotations

import re

#: A line opened by a list's number, no heading mark before it ("1. ", "2) ").
NUMBERED_LINE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")
#: A lead-in's end: a colon, or an ellipsis that trails off into the list.
LEAD_END = re.compile(r"(:|\.\.\.|\u2026)[ \t*_]*$")


def numbered_item_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines of `lines` that are a numbered list's items: a numbered line whose neighbouring line
    with text is numbered too, or whose line before ends a lead with a colon.

    >>> sorted(numbered_item_lines(["Common ones:", "", "1. headache", "2. nausea", "", "It may raise X."]))
    [2, 3]
    >>> sorted(numbered_item_lines(["Common ones:", "", "1. headache"]))
    [2]
    >>> sorted(numbered_item_lines(["3. Side effects", "", "Mild burning where it goes on.", "", "4. Who must not"]))
    []
    >>> sorted(numbered_item_lines(["## 1. Uses", "## 2. Side effects"]))
    []
    """
    filled = [n for n, line in enumerate(lines) if line.strip()]
    out = set()
    for k, n in enumerate(filled):
        if not NUMBERED_LINE.match(lines[n]):
            continue
        before = lines[filled[k - 1]] if k else ""
        after = lines[filled[k + 1]] if k + 1 < len(filled) else ""
        if NUMBERED_LINE.match(before) or NUMBERED_LINE.match(after) or LEAD_END.search(before.rstrip()):
            out.add(n)
    return out
