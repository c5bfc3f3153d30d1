"""Case-insensitive patterns matched faster on ASCII text (decision 0966).

Python's `re` tries a case-insensitive alternation such as `\\b(release|secretion|...)\\b` at every character of a
text, folding each character's case on the way; the same pattern without re.I, matched on the text in lower case,
finds the same matches about twice as fast. That holds when the text is ASCII (lower-casing keeps every offset, and
no character outside ASCII folds to an ASCII letter: under re.I "K" (the Kelvin sign) matches "k" and "ſ" matches
"s") and the pattern cannot tell the cases apart once re.I is dropped: it is ASCII, holds no capital letter (no
literal capital, no `\\S`, `\\W`, `\\D` or `\\B`), no escape that writes a letter by its code (`\\x41`), no
backreference and no inline flag (`(?-i:...)`). Other patterns, and every text that is not ASCII, are matched as
they are. The matches' offsets are the same; their `group()` is the text in lower case.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from typing import TypeVar

from graph_build.text.screen import Screen

_T = TypeVar("_T")


def last_answer(ask: Callable[[str], _T]) -> Callable[[str], _T]:
    """`ask(text)`, remembered for the last text only (decision 0894): a sentence is asked about by one stage after
    another, so nothing is reused across texts. One read of the remembered pair: another thread may replace it, never
    change it.

    >>> calls = []
    >>> count = last_answer(lambda text: calls.append(text) or len(text))
    >>> count("ab"), count("ab"), count("abc"), len(calls)
    (2, 2, 3, 2)
    """
    last: list[tuple[object, object]] = [(object(), None)]

    @wraps(ask)
    def asked(text: str) -> _T:
        key, answer = last[0]
        if key is text or key == text:
            return answer  # type: ignore[return-value]
        answer = ask(text)
        last[0] = (text, answer)
        return answer

    return asked


#: What a pattern may not hold to be matched in lower case: an escape that writes a character by its code or a
#: backreference, an inline flag.
#: re.I as an int: `pattern.flags` is an int, and an int & a `re.RegexFlag` runs enum's Python `__and__` (~1 µs a
#: call, most of `may_match`'s own time; decision 0762).
IGNORECASE = int(re.IGNORECASE)
_UNSAFE = re.compile(r"\\[xuUN0-9]|\(\?[a-zA-Z-]")
#: Each case-insensitive pattern's lower-case form (None: it has none), by the pattern's `id`, with the pattern (kept
#: alive, so that no other pattern can take its id). Not by the pattern itself: a compiled pattern's hash is computed
#: from its whole compiled code at every look-up (CPython's `pattern_hash`: ~1.5 µs for a cue of 800 characters, more
#: than most scans it guards), an int's at once (decision 0762).
_FORMS: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}
#: The last text scanned, whether it is ASCII and the text to scan (in lower case when ASCII): the recognisers scan one
#: text with many patterns in turn, so it is lower-cased once.
_LAST: tuple[str, bool, str] = ("", True, "")


def scanned(text: str) -> tuple[bool, str]:
    """Whether `text` is ASCII, and the text the lower-case forms are matched on (`text.lower()` then, else `text`).

    >>> scanned("It Blocks"), scanned("Ménière")
    ((True, 'it blocks'), (False, 'Ménière'))
    """
    global _LAST
    last = _LAST
    if last[0] is text or last[0] == text:
        return last[1], last[2]
    ascii = text.isascii()
    _LAST = last = (text, ascii, text.lower() if ascii else text)
    return last[1], last[2]


def lower_form(pattern: re.Pattern) -> re.Pattern | None:
    """`pattern` without re.I, to be matched on ASCII text in lower case, or None when that could match otherwise.

    >>> lower_form(re.compile(r"\\bbind(s|ing)?\\b", re.I)).pattern, lower_form(re.compile(r"\\bX\\b", re.I))
    ('\\\\bbind(s|ing)?\\\\b', None)
    >>> lower_form(re.compile(r"a\\S+", re.I)), lower_form(re.compile("bind"))
    (None, None)
    """
    entry = _FORMS.get(id(pattern))
    if entry is None:
        source = pattern.pattern
        safe = (
            isinstance(source, str)
            and pattern.flags & re.I
            and source.isascii()
            and source == source.lower()
            and not _UNSAFE.search(source)
        )
        entry = _FORMS[id(pattern)] = (pattern, re.compile(source, pattern.flags & ~re.I) if safe else None)
    return entry[1]


def form(pattern: re.Pattern, ascii: bool) -> re.Pattern:
    """The pattern to match on an ASCII text in lower case (`ascii`): its lower-case form, or itself (re.I finds the
    same matches in the text and in its lower case); on any other text, itself on the text as written."""
    return (lower_form(pattern) or pattern) if ascii else pattern


#: The most strings a pattern's required literals may be (more are slower to test than the scan they would spare).
REQUIRED_MAX = 20
#: Each pattern's required literals (None: none known), as `required` made them, by the pattern's `id`, with the
#: pattern (as `_FORMS`, decision 0762).
_REQUIRED: dict[int, tuple[re.Pattern, frozenset[str] | None]] = {}


def _literals(items: list) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence `items` holds (None: none known): the longest run of
    literal characters in a row, or the best requirement of one of its items (every item of a sequence is matched
    inside its match); a branch requires one of its alternatives' requirements, a repeat of at least one its body's.
    Assertions, classes, references and optional parts require nothing."""
    best: frozenset[str] | None = None

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and len(found) <= REQUIRED_MAX:
            key = (min(map(len, found)), -len(found))
            if best is None or key > (min(map(len, best)), -len(best)):
                best = found

    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            better(frozenset(["".join(run)]))
            run = []
        if op is sre.SUBPATTERN:
            _, add, remove, body = arg
            if not add and not remove:
                better(_literals(body.data))
        elif op is sre.ATOMIC_GROUP:
            better(_literals(arg.data))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, body = arg
            if low >= 1:
                better(_literals(body.data))
        elif op is sre.BRANCH:
            alternatives = [_literals(alternative.data) for alternative in arg[1]]
            if all(alternatives):
                better(frozenset().union(*alternatives))
    return best


def required(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which is in every match of `pattern` (in lower case for a case-insensitive pattern), or None:
    a text holding none of them holds no match (a substring test, far cheaper than a scan by the pattern's automaton;
    decision 0745). Only for ASCII literals and patterns without inline flags; a requirement shorter than three
    characters is not worth testing.

    >>> sorted(required(re.compile(r"\\b(an?\\s+)?Sore\\s+throat\\b|colds?", re.I)))
    ['cold', 'throat']
    >>> required(re.compile(r"\\b(x|yz)\\b")), required(re.compile(r"(abc)?d"))
    (None, None)
    """
    entry = _REQUIRED.get(id(pattern))
    if entry is None:
        found = None
        source = pattern.pattern
        if isinstance(source, str):
            try:
                found = _literals(sre_parse.parse(source, pattern.flags).data)
            except re.error:
                found = None
            if found is not None and (min(map(len, found)) < 3 or not all(s.isascii() for s in found)):
                found = None
            if found is not None and pattern.flags & re.I:
                found = frozenset(s.lower() for s in found)
        entry = _REQUIRED[id(pattern)] = (pattern, found)
    return entry[1]


#: The screen (graph_build/text/screen.py) a pattern is screened by, by the pattern's `id`, with the pattern (kept
#: alive, as `_FORMS`): `may_match` and `finditer` scan no ASCII text the screen rules the pattern out of (0825).
_SCREENS: dict[int, tuple[re.Pattern, Screen]] = {}


def screen_together(patterns: Iterable[re.Pattern]) -> Screen:
    """Screen `patterns` together (one RE2 pass over a text tells which of them may match it) wherever `may_match`,
    `finditer` and `search` are asked about one of them: a family of patterns matched on the same texts, one after
    the other. Without RE2 nothing is screened (every answer as before)."""
    screen = Screen(patterns)
    for pattern in screen.patterns:
        _SCREENS[id(pattern)] = (pattern, screen)
        _PLANS.pop(id(pattern), None)  # (planned again, with its screen)
    return screen


#: What `finditer` and `may_match` read of a pattern, by the pattern's `id`, with the pattern (kept alive, as `_FORMS`):
#: its `required` literals, its screen (or None) and its `lower_form`, found by one look-up a call instead of three
#: (decision 0894). A pattern `screen_together` screens later is planned again.
_PLANS: dict[int, tuple[re.Pattern, frozenset[str] | None, Screen | None, re.Pattern | None]] = {}


def _plan(pattern: re.Pattern) -> tuple[re.Pattern, frozenset[str] | None, Screen | None, re.Pattern | None]:
    plan = _PLANS.get(id(pattern))
    if plan is None:
        entry = _SCREENS.get(id(pattern))
        plan = (pattern, required(pattern), entry[1] if entry is not None else None, lower_form(pattern))
        _PLANS[id(pattern)] = plan
    return plan


def _screened_out(pattern: re.Pattern, text: str) -> bool:
    """Whether the screen of `pattern` (if any) rules it out of `text` and every part of it."""
    entry = _SCREENS.get(id(pattern))
    return entry is not None and not entry[1].may(pattern, text)


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when `pattern` cannot match anywhere in `text` as written (with its own flags): an ASCII text holding
    none of its `required` literals (in lower case for a case-insensitive pattern). A guard before a scan of the
    text by `pattern.finditer(text)` (decision 0745).

    >>> p = re.compile(r"\\b(less|more)\\s+water\\b", re.I)
    >>> may_match(p, "MORE WATER"), may_match(p, "more salt"), may_match(p, "Ménière")
    (True, False, True)
    """
    _, need, screen, _ = _PLANS.get(id(pattern)) or _plan(pattern)
    if need is not None:
        ascii, scan = scanned(text)
        if not ascii:
            return True
        where = scan if pattern.flags & IGNORECASE else text
        for literal in need:
            if literal in where:
                break
        else:
            return False
    return screen is None or screen.may(pattern, text)


def finditer(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """`pattern.finditer(text, pos, endpos)`: the same matches (spans and groups' spans), found in lower case where
    that is exact (`lower_form`); their `group()` is then the text in lower case. On an ASCII text holding none of
    the pattern's `required` literals, no scan at all.

    >>> [(m.span(), m.group()) for m in finditer(re.compile(r"\\bblocks?\\b", re.I), "It Blocks; BLOCK.")]
    [((3, 9), 'blocks'), ((11, 16), 'block')]
    >>> list(finditer(re.compile(r"\\bblocks?\\b", re.I), "It binds."))
    []
    """
    end = len(text) if endpos is None else endpos
    last = _LAST  # (`scanned`, written out: the same text is asked about pattern after pattern)
    ascii, scan = (last[1], last[2]) if last[0] is text or last[0] == text else scanned(text)
    if not ascii:
        return pattern.finditer(scan, pos, end)
    _, need, screen, lower = _PLANS.get(id(pattern)) or _plan(pattern)
    if need is not None:
        for literal in need:  # (matched on `scan`: the text in lower case, re.I or not)
            if literal in scan:
                break
        else:
            return iter(())
    if screen is not None and not screen.may(pattern, text):
        return iter(())
    return (lower or pattern).finditer(scan, pos, end)


def search(pattern: re.Pattern, text: str) -> re.Match | None:
    """`pattern.search(text)`, as `finditer` finds it."""
    return next(finditer(pattern, text), None)
