"""Recognise names of processes and effects written as phrases rather than as their names.

Articles rarely name a mechanism step as the lexicon does: "dampening overall nerve excitability" for "dampened
nerve excitability", "the resulting influx of negatively charged chloride ions" for "influx of chloride ions",
"the relaxation of skeletal muscles" for "skeletal muscle relaxation". Three kinds of variation, as in
terminology variant generation (NLM's lexical variant generator, MetaMap):

- inflection and derivation: words compare by their Snowball stems (British -ise spellings read as -ize);
- insertion: up to two modifier words between two words of the name ("negatively charged"), never a negation
  or a conjunction, never across punctuation; articles and possessives are free;
- "of" inversion: "A B" may be written "B of A" and "B of A" may be written "A B".

A word of the name that names another entity matches any mention of that entity ("GABA" matches
"gamma-aminobutyric acid"). Only multi-word names of the lexicon's process and effect classes are varied:
single words and names of drugs or diseases are matched as written (graph_build/text/recognise.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from snowballstemmer import stemmer

from graph_build.text.wordforms import american
from ontology.lexicon import Entity

#: Classes whose names are phrases about what happens (varied here), not names of things.
EVENT_CLASSES = frozenset({"BiologicalProcess", "PharmacologicalEffect"})
#: Words that carry no content: dropped from names, free inside a match.
FUNCTION = frozenset({"the", "a", "an", "of", "its", "their", "this", "these", "that", "his", "her", "s"})
#: Words that may not stand inside a match: they negate, coordinate or start a new clause.
BLOCK = frozenset(
    {
        "not",
        "no",
        "never",
        "without",
        "and",
        "or",
        "but",
        "nor",
        "which",
        "who",
        "while",
        "when",
        "if",
        "is",
        "are",
        "was",
        "were",
        "than",
        "because",
        "although",
        "unless",
    }
)
#: Content words that may be inserted between two words of a name, and all words (with function words).
MAX_INSERTED, MAX_SKIPPED = 2, 4
# snowballstemmer hands back PyStemmer's C build of the same Snowball English algorithm when PyStemmer is installed (a
# dependency since decision 1136: ~2.5 instead of ~56 microseconds a word, the same stem for each of 183,454 words of
# the development texts, lexicon and corpus); without it, its own pure-Python stemmer.
_STEMMER = stemmer("english")


@cache
def stem(word: str) -> str:
    """A word's comparison key: lower case, in American spelling (wordforms.american: -ise spelt -ize), Snowball stem.

    >>> [stem(w) for w in ("stabilises", "stabilization", "Dampening", "dampened", "signals")]
    ['stabil', 'stabil', 'dampen', 'dampen', 'signal']
    """
    low = word.lower()
    return _STEMMER.stemWord(american(low) if len(low) > 5 else low)


Token = str  # a stem, or "@slug": any mention of that entity


def _spelt(low: str) -> str | None:
    """What `stem` hands the stemmer for a lower-case word longer than five letters (else None).

    Snowball's English stemmer changes a word's end only: past its first two letters, save for a stem shorter than
    two letters and its exception list, whose words that change their first two letters ("dying" -> "die", "lying",
    "tying") have five letters; a leading apostrophe is removed. So a longer word's stem starts with the first two
    letters of what it is handed, or is shorter than two letters.

    >>> [(w, stem(w)[:2] == _spelt(w)[:2]) for w in ("dampening", "haemostatic", "relaxation")]
    [('dampening', True), ('haemostatic', True), ('relaxation', True)]
    """
    return american(low) if len(low) > 5 and not low.startswith("'") else None


#: The table the remembered comparison keys are for, its tokens' first two letters (None: every word is stemmed),
#: and word (lower case) -> its stem, or None when its stem is no token of the table.
_KEYS: list = [None, None, {}]


def _keys(lows: list[str], table: dict) -> list[str | None]:
    """The words' stems as `find` compares them: a word whose stem cannot be a token of `table` (a stem starting
    with two letters no token starts with; `_spelt`) is not stemmed, and compares equal to no token (None)."""
    if _KEYS[0] is not table:
        tokens = {t for first, patterns in table.items() for p in patterns for t in (first, *p[0]) if t[0] != "@"}
        # (a token shorter than two letters could be the stem of a word of any first letters)
        _KEYS[:] = [table, None if any(len(t) < 2 for t in tokens) else frozenset(t[:2] for t in tokens), {}]
    firsts, memo = _KEYS[1], _KEYS[2]
    keys = []
    for low in lows:
        key = memo.get(low, False)
        if key is False:
            spelt = _spelt(low) if firsts is not None else None
            key = memo[low] = stem(low) if spelt is None or spelt[:2] in firsts else None
        keys.append(key)
    return keys


def _name_forms(words: list[str], own: str, folded: dict[str, str], exact: dict[str, str]) -> set[tuple[Token, ...]]:
    """The token sequences of one name: its stems, and its stems with the names of other entities collapsed."""
    plain = tuple(stem(w) for w in words if w.lower() not in FUNCTION)
    collapsed: list[Token] = []
    i = 0
    while i < len(words):
        for n in range(min(len(words) - i, 4), 0, -1):
            if n == len(words):
                continue
            key = " ".join(w.lower() for w in words[i : i + n])
            slug = folded.get(key) or (exact.get(words[i]) if n == 1 else None)
            if slug is not None and slug != own:
                collapsed.append("@" + slug)
                i += n
                break
        else:
            if words[i].lower() not in FUNCTION:
                collapsed.append(stem(words[i]))
            i += 1
    return {plain, tuple(collapsed)}


def of_inversion(words: list[str]) -> list[str]:
    """ "B of A" written as a curator names it, "A B" (function words after "of" dropped); other names as they are.

    >>> of_inversion(["release", "of", "the", "neurotransmitter"]), of_inversion(["chloride", "influx"])
    (['neurotransmitter', 'release'], ['chloride', 'influx'])
    """
    low = [w.lower() for w in words]
    if "of" not in low:
        return words
    k = low.index("of")
    rest = [w for w in words[k + 1 :] if w.lower() not in FUNCTION]
    return [*rest, *words[:k]] if rest and k else words


def _inversions(words: list[str]) -> list[tuple[list[str], bool]]:
    """The name as written, and its "of" inversion; the flag says the text must hold "of" after the first word."""
    if "of" in (w.lower() for w in words):
        inverted = of_inversion(words)
        return [(words, False), (inverted, False)] if inverted is not words else [(words, False)]
    return [(words, False), ([words[-1], *words[:-1]], True)]


def build_table(items: Iterable[tuple[str, Entity]], folded: dict[str, str], exact: dict[str, str], split) -> dict:
    """First token -> [(tokens, slug, needs "of")], for every multi-word name of the event classes; `split` gives a
    name's words (recognise.py's word splitter), `folded` and `exact` are the lexicon's name indexes."""
    table: dict[Token, list[tuple[tuple[Token, ...], str, bool]]] = {}
    for slug, entity in items:
        if entity.cls not in EVENT_CLASSES:
            continue
        for name in entity.names():
            words = [w for _, _, w in split(name)]
            if sum(w.lower() not in FUNCTION for w in words) < 2:
                continue
            for variant, needs_of in _inversions(words):
                for tokens in _name_forms(variant, slug, folded, exact):
                    if len(tokens) >= 2:
                        table.setdefault(tokens[0], []).append((tokens, slug, needs_of))
    return {k: sorted(set(v)) for k, v in sorted(table.items())}


def _joined(separator: str) -> bool:
    """Whether two words with `separator` between them are in one phrase: spaces, hyphens, a possessive."""
    return all(c in " -'s" for c in separator)


def find(
    text: str, words: list[tuple[int, int, str]], lows: list[str], mentions: Iterable, table: dict
) -> list[tuple[int, int, str]]:
    """Phrase matches in `text`: (start word, end word exclusive, slug), longest first at each word, left to right.

    `lows` are the words in lower case; `mentions` are (start word, end word exclusive, slug) of the entities
    already recognised.
    """
    if not table:
        return []
    stems = _keys(lows, table)  # (the words whose stem can be one of the table's tokens are stemmed)
    starting: dict[int, list[tuple[int, str]]] = {}
    for a, b, slug in mentions:
        starting.setdefault(a, []).append((b, slug))
    # a pattern whose tokens are not all in the text cannot match: most are skipped at once
    present = set(stems)
    present.update("@" + slug for spans in starting.values() for _, slug in spans)
    # the words a pattern may start at: its first stem, or a mention of the entity its first token names
    positions = {i for i, first in enumerate(stems) if first in table}
    positions.update(a for a, spans in starting.items() if any("@" + slug in table for _, slug in spans))
    found, after = [], 0
    for i in sorted(positions):
        if i < after:
            continue
        first = stems[i]
        # patterns starting with this word's stem, or with an entity a mention here names ("GABA activity")
        candidates = table.get(first, ())
        here = starting.get(i)
        if here:
            candidates = [*candidates]
            for _end, slug in here:
                candidates += table.get("@" + slug, ())
        best = None
        for tokens, slug, needs_of in candidates:
            if not present.issuperset(tokens):
                continue
            end = _match(text, words, stems, lows, starting, tokens, i, needs_of)
            if end is not None and (best is None or end > best[1]):
                best = (i, end, slug)
        if best is not None:
            found.append(best)
            after = best[1]
    return found


def _match(text, words, stems, lows, starting, tokens, i, needs_of) -> int | None:
    """The end (exclusive word index) of `tokens` matched from word i, or None."""
    pos = i
    for k, token in enumerate(tokens):
        hit = None
        inserted = 0
        for cand in range(pos, min(len(words), pos + (MAX_SKIPPED + 1 if k else 1))):
            if k and not _joined(text[words[cand - 1][1] : words[cand][0]]):
                break
            if cand > pos:
                skipped = lows[cand - 1]
                if skipped in BLOCK:
                    break
                if skipped not in FUNCTION:
                    inserted += 1
                    if inserted > MAX_INSERTED:
                        break
            if token[0] == "@":
                ends = [b for b, slug in starting.get(cand, ()) if slug == token[1:]]
                if ends:
                    hit = max(ends)
                    break
            elif stems[cand] == token:
                hit = cand + 1
                break
        if hit is None:
            return None
        if k == 0 and needs_of and not (hit < len(lows) and lows[hit] == "of"):
            return None
        pos = hit
    return pos
