"""A small SPARQL tokenizer: comments, IRIs, strings, variables, words (keywords, prefixed names, numbers).

It does not parse; the engine's parser (pyoxigraph) says whether a query is valid. Once a query parsed,
its tokens tell the guard what it needs: the form, SERVICE, FROM and the prefixes used, without mistaking
a keyword inside a string, an IRI or a comment for the keyword itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PN_ESC = r"\\[_~.\-!$&'()*+,;=/?#@%]"
_TOKEN = re.compile(
    r"""(?P<space>\s+)
    |(?P<comment>\#[^\n]*)
    |(?P<iri><[^<>"{}|^`\\\s]*>)
    |(?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    |(?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\U000EFFFF]+)
    |(?P<word>(?:[A-Za-z0-9_\-.:%\u00B7\u00C0-\U000EFFFF]|"""
    + _PN_ESC
    + r""")+)
    |(?P<punct>.)""",
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    """One token: its kind (space, comment, iri, string, var, word, punct), text and offset in the query."""

    kind: str
    text: str
    start: int


def tokens(text: str) -> list[Token]:
    """The tokens of a query's text, in order; a word's trailing dots are tokens of their own.

    >>> [(t.kind, t.text) for t in tokens('ASK { ?s ex:p "SERVICE" } # SERVICE') if t.kind != "space"]
    [('word', 'ASK'), ('punct', '{'), ('var', '?s'), ('word', 'ex:p'), ('string', '"SERVICE"'), ('punct', '}'), \
('comment', '# SERVICE')]
    """
    found: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        value = match.group()
        if kind == "word" and value.endswith(".") and not value[:-1].replace(".", "").isdigit():
            stripped = value.rstrip(".")
            if stripped:
                found.append(Token("word", stripped, match.start()))
            for offset in range(len(stripped), len(value)):
                found.append(Token("punct", ".", match.start() + offset))
            continue
        found.append(Token(kind, value, match.start()))
    return found


def significant(text: str) -> list[Token]:
    """The tokens without spaces and comments.

    >>> [t.text for t in significant("SELECT # x\\n * {}")]
    ['SELECT', '*', '{', '}']
    """
    return [t for t in tokens(text) if t.kind not in ("space", "comment")]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a character offset.

    >>> line_column("a\\nbc", 3)
    (2, 2)
    """
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
