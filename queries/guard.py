"""Checking a query before it runs on a shared endpoint: read-only, local, one query.

One parser decides what is valid: the engine's own (pyoxigraph), so that syntax errors come with the line
and column the engine means, and nothing the engine accepts is refused as malformed. pyoxigraph exposes no
parse tree, so the query is parsed without running (a substitution of a variable the text does not hold
stops it after the parse, before any evaluation); once it parsed, its tokens (queries/lexer.py, which skips
strings, IRIs and comments) tell the form, SERVICE and FROM. Refused: SPARQL Update (including LOAD),
SERVICE (it would make the server send requests elsewhere), and FROM / FROM NAMED naming a graph the store
does not hold (oxigraph would silently use an empty graph). See docs/decisions/0110-one-parser.md.
"""

from __future__ import annotations

import functools
import re
import secrets
import urllib.parse
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox

from base.errors import StatusError
from queries.lexer import Token, line_column, significant

FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "describe"}
UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
_EMPTY = ox.Store()
_ITEM = re.compile(r'\s*("[^"]*"|\[[^\]]*\]|[^,]+)\s*(?:,|$)')
_POSITION = re.compile(r"^error at (\d+):(\d+): (.*)$", re.DOTALL)
#: What a query must hold for the guard to refuse it once it parsed: SERVICE, FROM, or an escape (a backslash).
_SCREEN = re.compile(r"SERVICE|FROM|\\", re.IGNORECASE)


class Refused(StatusError):
    """A query the endpoint will not run; `status` is the HTTP status to answer with."""


@dataclass(frozen=True)
class Checked:
    """What the endpoint needs to know about an accepted query."""

    form: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def needs_check(text: str) -> bool:
    """Whether `text` needs `check_query` before it runs; False when only the parser could refuse it.

    Once a query parsed, the guard refuses it only for SERVICE or FROM; a text holding neither word (in any
    case, anywhere: a comment or a string counts too) and no backslash can be run directly, the engine's own
    parse being the check, and `check_query` called only when that parse fails, for its refusal (an
    update, an empty text, a syntax error) word for word. The test is one regular-expression search, so
    the endpoint does not parse a plain query twice (tests/test_guard_screen.py proves the two paths give
    the same answers on the library, the W3C syntax tests and the refused variants).

    >>> needs_check("SELECT * WHERE { ?s ?p ?o }"), needs_check("SELECT * FROM <x> { ?s ?p ?o }")
    (False, True)
    >>> needs_check("SELECT * { SERVICE <http://e/> {} }"), needs_check('ASK { ?s ?p "\\\\u0041" }')
    (True, True)
    """
    return _SCREEN.search(text) is not None


def form_of(text: str) -> str:
    """The query form of a parsed query's text: select, ask, construct or describe.

    >>> form_of("PREFIX ex: <http://e/> DESCRIBE ex:a")
    'describe'
    """
    body = _after_prologue(significant(text))
    return FORMS.get(body[0].text.upper(), "select") if body else "select"


@functools.lru_cache(maxsize=1024)  # the same query texts come again and again
def top_limit(text: str) -> int | None:
    """The LIMIT of a parsed query's top level (outside every brace: not a subquery's), or None when it has
    none; None too for a text holding a backslash (a \\u escape could spell a keyword or a brace the tokens
    do not show). In a query the engine parsed, a LIMIT outside every brace can only be the query's own
    LimitClause, so it bounds the rows of the answer (decision 0953).

    >>> top_limit("SELECT * WHERE { { SELECT * { ?s ?p ?o } LIMIT 5 } } limit 10 VALUES ?s { <x:a> }")
    10
    >>> top_limit("SELECT * WHERE { { SELECT * { ?s ?p ?o } LIMIT 5 } ?s ?p ?o }") is None
    True
    >>> top_limit('SELECT * WHERE { ?s ?p "} LIMIT 1" } # LIMIT 2') is None
    True
    """
    if "\\" in text:
        return None
    depth, found = 0, None
    items = significant(text)
    for index, token in enumerate(items):
        if token.kind == "punct":
            depth += 1 if token.text == "{" else -1 if token.text == "}" else 0
        elif depth == 0 and token.kind == "word" and token.text.upper() == "LIMIT" and index + 1 < len(items):
            after = items[index + 1]
            if after.kind != "word" or not after.text.isdigit() or not after.text.isascii():
                return None
            found = int(after.text) if found is None else max(found, int(after.text))
    return found


def warm_up() -> None:
    """Parse once at start-up (kept for the workers; pyoxigraph's parser needs no warming or lock)."""
    check_query("ASK {}")


def check_query(
    text: str,
    held_graphs: Collection[str] = (),
    *,
    prefixes: Mapping[str, str] | None = None,
    base_iri: str | None = None,
) -> Checked:
    """Parse `text` with the engine's parser and refuse what a read-only, local endpoint must not run.

    `prefixes` are the ones known without a PREFIX line (queries/prefixes.py; by default all of them).

    >>> check_query("SELECT * WHERE { ?d dkg:treats ?c }").form
    'select'
    >>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    queries.guard.Refused: SERVICE <http://example.org/sparql> refused: this endpoint never queries other services; ...
    >>> check_query("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    queries.guard.Refused: SPARQL Update refused: this endpoint is read-only; send a query ...
    >>> check_query("SELECT * WHERE { ?s ?p\\n ?o")
    Traceback (most recent call last):
    ...
    queries.guard.Refused: SPARQL syntax error at line 2, column 4 (after '?o'): expected one of ...
    """
    if prefixes is None:
        from queries.prefixes import known_prefixes

        prefixes = known_prefixes()
    items = significant(text)
    _parse(text, items, prefixes, base_iri)
    declared = _declared(items, prefixes)
    base = _base(items, base_iri)
    body = _after_prologue(items)
    form = FORMS.get(body[0].text.upper(), "select") if body else "select"
    for index, token in enumerate(items):
        if token.kind == "word" and token.text.upper() == "SERVICE":
            target = _target(items, index + 1, {"SILENT"}, declared, base)
            raise Refused(
                f"SERVICE {target} refused: this endpoint never queries other services",
                status=403,
                fix="query this graph only",
            )
    default, named = _dataset(items, declared, base)
    outside = [("FROM", g) for g in default if g not in held_graphs]
    outside += [("FROM NAMED", g) for g in named if g not in held_graphs]
    if outside:
        held = ", ".join(sorted(held_graphs)) or "none"
        raise Refused(
            f"{outside[0][0]} <{outside[0][1]}> refused: this endpoint never loads outside graphs"
            f" (its named graphs: {held})",
            status=403,
            fix="remove FROM / FROM NAMED to query the default graph",
        )
    return Checked(form, default, named)


def _parse(text: str, items: list[Token], prefixes: Mapping[str, str], base_iri: str | None) -> None:
    """Parse with pyoxigraph without evaluating; a Refused for updates, empty texts and syntax errors."""
    probe = "drugkg_parse_" + secrets.token_hex(8)
    while probe in text:
        probe = "drugkg_parse_" + secrets.token_hex(8)
    kwargs: dict = {"prefixes": dict(prefixes), "substitutions": {ox.Variable(probe): ox.Literal("")}}
    if base_iri:
        kwargs["base_iri"] = base_iri
    try:
        _EMPTY.query(text, **kwargs)  # the probe variable is never projected: stops after the parse
    except RuntimeError:
        return  # parsed; only the substitution was refused
    except (SyntaxError, ValueError) as exc:
        body = _after_prologue(items)
        if not body:
            raise Refused("no query: the text holds no operation", status=400, fix="send a SPARQL query") from exc
        if body[0].kind == "word" and body[0].text.upper() in UPDATES:
            _refuse_update(items)
        raise Refused(syntax_message(text, str(exc), items, prefixes), status=400, fix="correct the query") from exc


def syntax_message(text: str, message: str, items: list[Token], prefixes: Mapping[str, str]) -> str:
    """A readable one-line syntax error: line, column, the token before, what the parser expected.

    >>> syntax_message("SELECT * { ?s zz:p ?o }", "error at 1:15: expected one of Prefix not found, ['a']", [], {})
    "SPARQL syntax error at line 1, column 15: unknown prefix 'zz:'; declare it with PREFIX zz: <...>"
    """
    match = _POSITION.match(message.strip())
    if not match:
        return f"SPARQL syntax error: {message.strip().splitlines()[0] if message.strip() else message}"
    line, column, rest = int(match.group(1)), int(match.group(2)), " ".join(match.group(3).split())
    where = f"line {line}, column {column}"
    if "Prefix not found" in rest:
        from queries.prefixes import unknown_prefixes

        unknown = unknown_prefixes(text)
        name = unknown[0] if unknown else _prefix_near(text, line, column)
        if name is not None:
            return f"SPARQL syntax error at {where}: unknown prefix '{name}:'; declare it with PREFIX {name}: <...>"
    before = [t for t in items if line_column(text, t.start) < (line, column)]
    near = f" (after {before[-1].text[:30]!r})" if before else ""
    expected = _expected(rest)
    return f"SPARQL syntax error at {where}{near}: {expected}"


def _prefix_near(text: str, line: int, column: int) -> str | None:
    row = text.split("\n")[line - 1] if line - 1 < len(text.split("\n")) else ""
    found = re.findall(r"([A-Za-z][\w.-]*):", row[: column + 40])
    return found[-1] if found else None


def _expected(rest: str) -> str:
    """The parser's 'expected one of ...' without character classes, at most eight items."""
    if not rest.startswith("expected one of "):
        return rest
    items = [i.strip() for i in _ITEM.findall(rest.removeprefix("expected one of "))]
    words = [i for i in items if i and not i.startswith("[")]
    if not words:
        return "unexpected character"
    shown = ", ".join(words[:8]) + (", ..." if len(words) > 8 else "")
    return f"expected one of {shown}"


def _after_prologue(items: list[Token]) -> list[Token]:
    index = 0
    while index < len(items):
        word = items[index].text.upper() if items[index].kind == "word" else ""
        if word == "BASE":
            index += 2
        elif word == "PREFIX":
            index += 3
        else:
            break
    return items[index:]


def _declared(items: list[Token], prefixes: Mapping[str, str]) -> dict[str, str]:
    declared = dict(prefixes)
    for index, token in enumerate(items[:-2]):
        if token.kind == "word" and token.text.upper() == "PREFIX" and items[index + 2].kind == "iri":
            declared[items[index + 1].text.rstrip(":")] = items[index + 2].text[1:-1]
    return declared


def _base(items: list[Token], base_iri: str | None) -> str | None:
    base = base_iri
    for index, token in enumerate(items[:-1]):
        if token.kind == "word" and token.text.upper() == "BASE" and items[index + 1].kind == "iri":
            base = urllib.parse.urljoin(base or "", items[index + 1].text[1:-1])
    return base


def _iri(token: Token, declared: Mapping[str, str], base: str | None) -> str:
    if token.kind == "iri":
        iri = token.text[1:-1]
        return urllib.parse.urljoin(base, iri) if base else iri
    if token.kind == "word" and ":" in token.text:
        prefix, local = token.text.split(":", 1)
        if prefix in declared:
            return declared[prefix] + re.sub(r"\\(.)", r"\1", local)
    return token.text


def _target(items: list[Token], index: int, skip: set[str], declared: Mapping[str, str], base: str | None) -> str:
    while index < len(items) and items[index].kind == "word" and items[index].text.upper() in skip:
        index += 1
    if index >= len(items):
        return "(no IRI)"
    token = items[index]
    return token.text if token.kind == "var" else f"<{_iri(token, declared, base)}>"


def _dataset(items: list[Token], declared: Mapping[str, str], base: str | None) -> tuple[list[str], list[str]]:
    default: list[str] = []
    named: list[str] = []
    for index, token in enumerate(items[:-1]):
        if token.kind != "word" or token.text.upper() != "FROM":
            continue
        after = items[index + 1]
        if after.kind == "word" and after.text.upper() == "NAMED" and index + 2 < len(items):
            named.append(_iri(items[index + 2], declared, base))
        else:
            default.append(_iri(after, declared, base))
    return default, named


def _refuse_update(items: list[Token]) -> None:
    if any(t.kind == "word" and t.text.upper() == "LOAD" for t in items):
        raise Refused("LOAD refused: this endpoint is read-only and never fetches graphs", status=403)
    raise Refused(
        "SPARQL Update refused: this endpoint is read-only",
        status=403,
        fix="send a query (SELECT, ASK, CONSTRUCT, DESCRIBE)",
    )
