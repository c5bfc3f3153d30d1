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
