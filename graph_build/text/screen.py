"""Which of many patterns may match a text, found in one pass (decision 0825).

The recognisers scan each text with many patterns in turn, most of which match in few texts; each scan by Python's
`re` walks the whole text. A `Screen` holds a family of patterns as one RE2 set (the `google-re2` wheel): one pass
over an ASCII text tells which of them *may* match it. A pattern it rules out is not scanned; every other is scanned
by its own `re` pattern as before, so the matches stay those of `re` (RE2 never decides a match).

What RE2 is given is a relaxed copy of each pattern, read from its parse: the pattern without its zero-width parts
(anchors, word boundaries, look-around: RE2 cannot say look-around, and leaving all of them out makes the answer hold
for any part of the text), its classes written out as `re` reads them in an ASCII text (`\\w`, `\\d`, `\\s`). So
wherever the pattern matches in an ASCII text, or in any slice or window of it (`pos`, `endpos`), the copy matches
the same characters, and the set finds it. A pattern holding a backreference or a conditional group is not screened
(it always "may match"). Texts that are not ASCII (where `re`'s Unicode classes and case folding differ from RE2's)
are not screened, nor is anything when the wheel is missing: every pattern then "may match", and is scanned as
before.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterable

try:  # (an optional speed-up: without it every pattern may match, and is scanned)
    import re2 as _re2
except ImportError:  # pragma: no cover (the fallback is tested by forcing `available` off)
    _re2 = None

#: Whether RE2 is there to screen with.
available = _re2 is not None

#: The largest counted repeat written as counted: RE2 compiles a counted repeat as that many copies of its body, so a
#: larger one is written as open ("*" or "+": the copy matches more, and compiles in a fraction of the time).
_MAX_COUNT = 4
#: What `re` counts as a space in an ASCII text (str.isspace: tab to carriage return, the four separators, space).
_SPACE = r"\t-\r\x1c-\x1f "
_CATEGORIES = {
    sre.CATEGORY_DIGIT: ("0-9", False),
    sre.CATEGORY_NOT_DIGIT: ("0-9", True),
    sre.CATEGORY_SPACE: (_SPACE, False),
    sre.CATEGORY_NOT_SPACE: (_SPACE, True),
    sre.CATEGORY_WORD: ("0-9A-Za-z_", False),
    sre.CATEGORY_NOT_WORD: ("0-9A-Za-z_", True),
}


class Untranslatable(Exception):
    """A pattern RE2 cannot screen (a backreference, a conditional group, an unknown item)."""


def _char(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _folded(code: int, flags: int) -> int:
    """`code` as a literal: under re.I, a letter beyond ASCII is refused (re folds "i" with the dotless "ı", "s" with
    the long "ſ", "k" with the Kelvin sign: such a letter may match an ASCII letter RE2 would not fold it with)."""
    if flags & re.I and code > 0x7F and chr(code).lower() != chr(code).upper():
        raise Untranslatable("a letter beyond ASCII under re.I")
    return code


def _class_item(op: object, arg: object, flags: int) -> tuple[str, bool]:
    """One member of a class as RE2 class text, and whether it is a negated category (written as its own class)."""
    if op is sre.LITERAL:
        return _char(_folded(arg, flags)), False
    if op is sre.RANGE:
        if flags & re.I and arg[1] > 0x7F:
            raise Untranslatable("a range beyond ASCII under re.I")
        return f"{_char(arg[0])}-{_char(arg[1])}", False
    if op is sre.CATEGORY and arg in _CATEGORIES:
        return _CATEGORIES[arg]
    raise Untranslatable(f"class member {op}")


def _class(items: list, flags: int) -> str:
    negate = bool(items) and items[0][0] is sre.NEGATE
    members = items[1:] if negate else items
    plain, negated = [], []
    for op, arg in members:
        text, neg = _class_item(op, arg, flags)
        (negated if neg else plain).append(text)
    if negate:
        if negated:  # ([^\W] and the like: not needed by any pattern here)
            raise Untranslatable("negated class holding a negated category")
        return f"[^{''.join(plain)}]"
    alternatives = [f"[{''.join(plain)}]"] if plain else []
    alternatives += [f"[^{text}]" for text in negated]
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


def _sequence(items: Iterable, flags: int) -> str:
    out = []
    for op, arg in items:
        if op is sre.LITERAL:
            out.append(_char(_folded(arg, flags)))
        elif op is sre.NOT_LITERAL:
            out.append(f"[^{_char(_folded(arg, flags))}]")
        elif op is sre.ANY:
            out.append("(?s:.)" if flags & re.S else "[^\\n]")
        elif op is sre.IN:
            out.append(_class(arg, flags))
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # (an anchor, a word boundary, a look-around: left out, the copy matches more)
        elif op is sre.BRANCH:
            out.append("(?:" + "|".join(_sequence(alt.data, flags) for alt in arg[1]) + ")")
        elif op is sre.SUBPATTERN:
            _, add, remove, body = arg
            if (add | remove) & ~re.I:
                raise Untranslatable("inline flags other than i")
            inner = _sequence(body.data, (flags | add) & ~remove)
            if add & re.I:
                inner = f"(?i:{inner})"
            elif remove & re.I:
                inner = f"(?-i:{inner})"
            out.append(f"(?:{inner})")
        elif op is sre.ATOMIC_GROUP:
            out.append(f"(?:{_sequence(arg.data, flags)})")
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = arg
            body_text = _sequence(body.data, flags)
            if high is sre.MAXREPEAT or high > _MAX_COUNT:
                out.append(f"(?:{body_text}){'*' if low == 0 else '+'}")
            else:
                out.append(f"(?:{body_text}){{{low},{high}}}")
        else:
            raise Untranslatable(f"{op}")
    return "".join(out)


def relaxed(pattern: re.Pattern) -> str:
    """RE2 text matching, in an ASCII text, at least the characters `pattern` matches anywhere in it or in a part of
    it (raises `Untranslatable`).

    >>> relaxed(re.compile(r"\\bfits?\\b(?!\\s+in)", re.I))
    '(?i:\\\\x{66}\\\\x{69}\\\\x{74}(?:\\\\x{73}){0,1})'
    """
    if not isinstance(pattern.pattern, str):
        raise Untranslatable("bytes pattern")
    flags = pattern.flags
    try:
        parsed = sre_parse.parse(pattern.pattern, flags)
    except re.error as error:  # pragma: no cover (compiled patterns parse)
        raise Untranslatable(str(error)) from error
    body = _sequence(parsed.data, flags)
    return f"(?i:{body})" if flags & re.I else body


class Screen:
    """A family of patterns screened together: `may(pattern, text)` is False only when `pattern` matches nowhere in
    `text` nor in any slice or window of it (an ASCII text the RE2 set rules the pattern out of); the set runs once per
    text (the last text's answer is kept: the callers ask about one text pattern after pattern). The set is compiled
    at the first question (a process that extracts nothing does not pay for it).

    >>> a, b = re.compile(r"\\bsore\\s+throat\\b", re.I), re.compile(r"(?<!not )\\bdizzy\\b", re.I)
    >>> screen = Screen([a, b])
    >>> [screen.may(p, "A SORE  throat.") for p in (a, b)] == [True, not available]
    True
    >>> screen.may(a, "a sore thröat"), screen.may(re.compile("x"), "y")
    (True, True)
    """

    def __init__(self, patterns: Iterable[re.Pattern]) -> None:
        #: the family, each pattern once (by identity); kept alive, so that `_index`'s ids stay theirs
        self.patterns = list({id(pattern): pattern for pattern in patterns}.values())
        self._index: dict[int, int] | None = None
        self._unscreened: list[re.Pattern] = []
        self._set = None
        self._last: tuple[str, frozenset[int] | None] = ("", None)

    def _compile(self) -> dict[int, int]:
        """Each screened pattern's index in the set, by the pattern's `id` (a compiled pattern's hash is slow to
        compute, decision 0762); the set compiled."""
        self._index = index = {}
        if _re2 is None or not self.patterns:
            return index
        options = _re2.Options()
        options.log_errors = False
        options.max_mem = 64 << 20
        found = _re2.Set.SearchSet(options)
        # (a pattern matching every text: a pass that reports no match at all has failed, RE2's DFA out of memory,
        # and then every pattern may match)
        found.Add("")
        for pattern in self.patterns:
            try:
                index[id(pattern)] = found.Add(relaxed(pattern))
            except (Untranslatable, _re2.error):
                self._unscreened.append(pattern)
        found.Compile()
        self._set = found._set  # (the binding's own set: Match takes the bytes of the text without a wrapper)
        return index

    @property
    def index(self) -> dict[int, int]:
        """Each screened pattern's index in the set, by the pattern's `id`."""
        return self._compile() if self._index is None else self._index

    @property
    def unscreened(self) -> list[re.Pattern]:
        """The patterns RE2 cannot screen (they always may match)."""
        self.index  # noqa: B018 (compiles the set)
        return self._unscreened

    def hits(self, text: str) -> frozenset[int] | None:
        """The indices of the patterns that may match `text`, or None: any may (not screened)."""
        last = self._last
        if last[0] is text or last[0] == text:
            return last[1]
        if self._index is None:
            self._compile()
        found = None
        if self._set is not None and text.isascii():
            matched = self._set.Match(text.encode("ascii"))
            if matched:
                found = frozenset(matched)
        self._last = (text, found)
        return found

    def may(self, pattern: re.Pattern, text: str) -> bool:
        """False only when `pattern` cannot match anywhere in `text` or in a part of it."""
        index = self._index
        k = (self._compile() if index is None else index).get(id(pattern))
        if k is None:
            return True
        found = self.hits(text)
        return found is None or k in found
