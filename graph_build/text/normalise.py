"""Normalise a document's text for matching, keeping a map back to the original character offsets.

What changes: Unicode NFC, no-break and other odd spaces become a space, curly quotes become straight ones,
and words glued together by scraping ("KlonopinKlonopin", "KlonopinIt") are split. Evidence must point into the
ORIGINAL text, so every normalised character remembers the original offset it came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"), " ")
QUOTES = {ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201a"): "'", ord("\u201c"): '"', ord("\u201d"): '"'}
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")
#: SPACES and QUOTES in one table (no character either produces is replaced by the other).
FLAT = {**SPACES, **QUOTES}
_FLAT_PAIRS = tuple((chr(k), v) for k, v in FLAT.items())


def _flat(text: str) -> str:
    """`text.translate(FLAT)`: one `str.replace` per character of FLAT that occurs (a substring scan in C each;
    `translate` with a dict looks every character up in Python's mapping protocol, ~70x slower on a non-ASCII
    article). The same string, as no character FLAT produces is one it replaces.

    >>> _flat("\u201cno\u00a0way\u201d")
    '"no way"'
    """
    for char, replacement in _FLAT_PAIRS:
        if char in text:
            text = text.replace(char, replacement)
    return text


#: A capitalised word glued to the next capitalised word: "KlonopinIt", "KlonopinBreastfeeding".
#: (The capital first, then "no word character before it": the same as a leading \b, and the regex engine can then
#: jump from capital to capital.)
GLUED = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{2,}(?=[A-Z][a-z])")
CAPITALISED = re.compile(r"[A-Z][a-z]+")


@dataclass(frozen=True)
class Normalised:
    """Normalised text and, for each of its characters (plus one past the end), the original offset."""

    text: str
    offsets: Sequence[int]  # a range when no character moved (most texts): building the tuple was a cost per text

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span `start:end`.

        >>> n = normalise("a\u00a0KlonopinIt b")
        >>> n.text
        'a Klonopin It b'
        >>> n.original(11, 13)
        (10, 12)
        """
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def _nfc(text: str) -> tuple[str, list[int] | range]:
    """NFC per cluster (a base character and the combining marks after it), each output char mapped to its start."""
    if text.isascii():
        return text, range(len(text))  # no odd space, curly quote, invisible or combining character
    if unicodedata.is_normalized("NFC", text) and not any(ch in text for ch in INVISIBLE):
        return _flat(text), range(len(text))  # one character for one: offsets are unchanged
    chars: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster[0] in INVISIBLE:
            i = j
            continue
        if not cluster.isascii():
            cluster = _flat(unicodedata.normalize("NFC", cluster))
        for ch in cluster:
            chars.append(ch)
            offsets.append(i)
        i = j
    return "".join(chars), offsets


#: A line break before a line that goes on in lower case ("It should not be\ntaken by anyone with Y."): a soft wrap of
#: a hard-wrapped paragraph when the line before is prose (decision 0830).
CONTINUED = re.compile(r"\n(?=[ \t]*[a-z])")
#: The shortest line a lower-case soft wrap ends: shorter lines are list items or labels ("Side effects\nheadache").
WRAPPED_LINE = 30
#: What a wrapped line of prose never ends with (a sentence's end, a lead-in's colon) nor starts with (a heading, a
#: table row).
LINE_ENDS = (".", "!", "?", ":", ";")
LINE_OPENS = ("#", "|")
#: A line that opens a block of its own: a heading, a table row, a quote, a list item, a numbered step.
BLOCK = re.compile(r"[ \t]*([#|>]|[-*+•][ \t]|\d{1,2}[.)][ \t])")
#: The narrowest and widest a hard-wrapped document's lines are (editors and mail wrap at 70-120 columns): a document
#: whose lines run wider is written a paragraph a line, one whose longest continued lines are narrower holds headings
#: over their paragraphs ("Who should not take it\nX is not suitable for ...").
NARROWEST_WRAP, WIDEST_WRAP = 50, 160
#: How many lines must reach near the wrap width (within NEAR_WIDTH characters) before a document counts as wrapped.
WRAPPED_LINES, NEAR_WIDTH = 3, 20


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped document's paragraphs were wrapped at: the longest line that prose goes on after (a
    non-empty line follows that opens no block), when at least WRAPPED_LINES such lines come within NEAR_WIDTH of it
    and it is between NARROWEST_WRAP and WIDEST_WRAP; None for a document written a paragraph a line.

    >>> _wrap_width(["a" * 70, "b" * 65, "c" * 60, "d"]), _wrap_width(["Title", "A paragraph."])
    (70, None)
    """
    going_on = [
        len(line.rstrip())
        for line, after in pairwise(lines)
        if line.strip() and after.strip() and not BLOCK.match(after)
    ]
    if not going_on:
        return None
    width = max(going_on)
    near = sum(1 for n in going_on if n >= width - NEAR_WIDTH)
    return width if near >= WRAPPED_LINES and NARROWEST_WRAP <= width <= WIDEST_WRAP else None


def _unwrapped(text: str) -> str:
    """`text` with the line breaks of hard-wrapped paragraphs turned into spaces, one character for one (offsets
    unchanged). A break is a soft wrap when the line before it is prose that does not end a sentence or a lead-in
    (LINE_ENDS) and the next line opens no block, and either the next line goes on in lower case after a line of at
    least WRAPPED_LINE characters, or the document is wrapped (`_wrap_width`) and the next line's first word would
    not have fitted on the line before. Otherwise every line of a wrapped paragraph is read as a sentence of its own,
    a short one as a heading: hard-wrapping the development texts at 72 columns lost 44 % of their claims (decision
    0830).

    >>> _unwrapped("It is given to people who have had a stroke. It should not be\\ntaken by anyone with Y.")
    'It is given to people who have had a stroke. It should not be taken by anyone with Y.'
    >>> _unwrapped("Side effects\\nheadache\\nnausea"), _unwrapped("It is a tablet taken once a day.\\nmore text")
    ('Side effects\\nheadache\\nnausea', 'It is a tablet taken once a day.\\nmore text')
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    chars = None
    pos = 0
    for line, after in pairwise(lines):
        pos += len(line) + 1  # the break after `line` is at pos - 1
        prose = line.strip()
        if not prose or not after.strip() or prose.endswith(LINE_ENDS) or prose.startswith(LINE_OPENS):
            continue
        if BLOCK.match(after):
            continue
        word = after.split(None, 1)[0]
        lower = word[0].islower()
        if (lower and len(prose) >= WRAPPED_LINE) or (width and len(line.rstrip()) + 1 + len(word) > width):
            if chars is None:
                chars = list(text)
            chars[pos - 1] = " "
    return text if chars is None else "".join(chars)


def normalise(text: str, known: frozenset[str] = frozenset()) -> Normalised:
    """Normalise `text`; `known` holds lower-cased names (from the lexicon) that a glued word may start with.

    A glued word at the start of a line ("KlonopinBreastfeeding mothers ...") is a scraped heading stuck to
    its paragraph: a line break is inserted. Inside a line, a space is inserted. A capitalised run is split
    only when its first part is a known name, repeats itself, or the second part starts a sentence-like word (It,
    The, This).

    >>> normalise("KlonopinKlonopin belongs", frozenset({"klonopin"})).text
    'Klonopin\\nKlonopin belongs'
    >>> normalise("caf\u0065\u0301 \u201cx\u201d").text
    'café "x"'
    """
    flat, offsets = _nfc(text)
    flat = _unwrapped(flat)
    cuts = {}
    for match in GLUED.finditer(flat):
        head = match.group(0)
        nxt = CAPITALISED.match(flat, match.end())
        tail = nxt.group(0) if nxt else ""
        # (a word glued to itself, "BaclofenBaclofen", is a scraped heading whatever the word)
        if head.lower() in known or tail in {"It", "The", "This", "These", "Its"} or tail == head:
            line_start = match.start() == 0 or flat[match.start() - 1] == "\n"
            cuts[match.end()] = "\n" if line_start else " "
    if not cuts:
        if isinstance(offsets, range):
            return Normalised(flat, range(len(text) + 1))  # the same numbers as the tuple, without building it
        return Normalised(flat, (*offsets, len(text)))
    # each cut is a character inserted before position i of `flat`, mapped to the offset of the character at i
    pieces: list[str] = []
    out_offsets: list[int] = []
    previous = 0
    for i in sorted(cuts):
        pieces += (flat[previous:i], cuts[i])
        out_offsets += offsets[previous:i]
        out_offsets.append(offsets[i])
        previous = i
    pieces.append(flat[previous:])
    out_offsets += offsets[previous:]
    out_offsets.append(len(text))
    return Normalised("".join(pieces), tuple(out_offsets))
