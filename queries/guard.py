"""Checking a query before it runs on a shared endpoint: read-only, local, one query.

The query is parsed (rdflib's SPARQL parser, which gives a syntax tree) rather than searched with regular
expressions, so that `SERVICE` inside a string or an IRI is not mistaken for the keyword. Refused: SPARQL
Update (including LOAD), SERVICE (it would make the server send requests elsewhere), and FROM / FROM NAMED
naming a graph the store does not hold (rdflib would read it from a file or URL; oxigraph would silently
use an empty graph). rdflib's parser is not safe when first used from several threads at once (rdflib
#1282), so every parse holds one lock and `warm_up` parses once at start-up.
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from dataclasses import dataclass, field

from base.errors import StatusError
from queries.engine import first_line

_LOCK = threading.Lock()
FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct", "DescribeQuery": "describe"}


class Refused(StatusError):
    """A query the endpoint will not run; `status` is the HTTP status to answer with."""


@dataclass(frozen=True)
class Checked:
    """What the endpoint needs to know about an accepted query."""

    form: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def warm_up() -> None:
    """Build rdflib's parser once, under the lock, before any concurrent use."""
    check_query("ASK {}")


def check_query(text: str, held_graphs: Collection[str] = ()) -> Checked:
    """Parse `text` and refuse what a read-only, local endpoint must not run.

    >>> check_query("SELECT * WHERE { ?s ?p ?o }").form
    'select'
    >>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    queries.guard.Refused: SERVICE <http://example.org/sparql> refused: this endpoint never queries other services; ...
    >>> check_query("DELETE WHERE { ?s ?p ?o }").status
    Traceback (most recent call last):
    ...
    queries.guard.Refused: SPARQL Update refused: this endpoint is read-only; send a query ...
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    with _LOCK:
        try:
            tree = parseQuery(text)
        except ParseException as exc:
            update = _try(parseUpdate, text)
            if update is not None and not _requests(update):  # nothing but prologue and comments
                raise Refused("no query: the text holds no operation", status=400, fix="send a SPARQL query") from exc
            if update is not None:
                _refuse_update(update)
            raise Refused(f"SPARQL syntax error: {first_line(str(exc))}", status=400, fix="correct the query") from exc
        except Exception as exc:  # rdflib raises a few other types on odd input (bad IRIs, prefixes)
            raise Refused(f"SPARQL syntax error: {first_line(str(exc))}", status=400, fix="correct the query") from exc
    query = tree[1]
    service = _find(query, "ServiceGraphPattern")
    if service is not None:
        raise Refused(
            f"SERVICE <{service['term']}> refused: this endpoint never queries other services",
            status=403,
            fix="query this graph only",
        )
    default, named = [], []
    # CompValue.get is not dict.get (its second argument is not a default)
    for clause in query["datasetClause"] if "datasetClause" in query else []:  # noqa: SIM401
        if "default" in clause:
            default.append(str(clause["default"]))
        if "named" in clause:
            named.append(str(clause["named"]))
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
    return Checked(FORMS.get(query.name, "select"), default, named)


def _try(parse, text: str):
    try:
        return parse(text)
    except Exception:
        return None


def _requests(update) -> list:
    return list(update["request"]) if "request" in update else []


def _refuse_update(update) -> None:
    requests = _requests(update)
    if any(getattr(r, "name", "") == "Load" for r in requests):
        raise Refused("LOAD refused: this endpoint is read-only and never fetches graphs", status=403)
    raise Refused(
        "SPARQL Update refused: this endpoint is read-only",
        status=403,
        fix="send a query (SELECT, ASK, CONSTRUCT, DESCRIBE)",
    )


def _find(node, name: str):
    """The first node called `name` in an rdflib parse tree, depth first."""
    if getattr(node, "name", None) == name:
        return node
    if isinstance(node, dict):
        children = list(node.values())
    elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        children = list(node)
    else:
        return None
    for child in children:
        found = _find(child, name)
        if found is not None:
            return found
    return None
