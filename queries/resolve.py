"""Turning parameter values typed by a person into RDF terms, bound to the query's variables.

An `entity` value may be an IRI, a slug (`trigeminal-neuralgia`), a label or synonym in any case
(`Klonopin`, `MS`), or the CURIE / IRI of an established identifier the entity is matched to
(`MESH:D014277`). The lookups are themselves SPARQL queries with bound values, so they work the same on
the local store and on a remote endpoint.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from base.errors import DrugkgError
from queries.engine import QueryEngine, Term
from queries.formats import PREFIXES
from queries.library import LibraryQuery, Param

XSD = "http://www.w3.org/2001/XMLSchema#"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_IRI = re.compile(r"^<?([a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>\"{}|\\^`]+)>?$")
_CURIE = re.compile(r"^([A-Za-z][A-Za-z0-9_.-]*):(\S+)$")
HEAD = f"""PREFIX rdfs: <{PREFIXES["rdfs"]}>
PREFIX skos: <{PREFIXES["skos"]}>
PREFIX dcterms: <{PREFIXES["dcterms"]}>
PREFIX dkg: <{PREFIXES["dkg"]}>
"""
BY_NAME = (
    HEAD
    + """SELECT DISTINCT ?text ?e WHERE {
  VALUES ?p { rdfs:label skos:prefLabel skos:altLabel dcterms:identifier }
  ?e ?p ?name .
  FILTER(LCASE(STR(?name)) = LCASE(STR(?text)))
  FILTER EXISTS { ?e a ?class }
}"""
)
# (VALUES and FILTER EXISTS instead of a property path joined with `?e a ?class`: on the 1.3M-triple merged
# graph pyoxigraph took 1.6 s for the join, 0.1 s for this; same answers.)
NAMES = (
    HEAD
    + """SELECT ?e (MIN(STR(?name)) AS ?label) (MIN(STR(?class)) AS ?type) WHERE {
  ?e a ?class .
  OPTIONAL { ?e skos:prefLabel|rdfs:label ?name }
} GROUP BY ?e"""
)
EXISTS = "SELECT ?e ?class WHERE { ?e a ?class }"
BY_MATCH = HEAD + "SELECT DISTINCT ?id ?e WHERE { ?e skos:exactMatch|skos:closeMatch ?id }"
SIMILAR = (
    HEAD
    + """SELECT DISTINCT ?text ?name WHERE {
  ?e rdfs:label ?name . ?e a ?class .
  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(STR(?text))))
} ORDER BY ?name LIMIT 5"""
)


class Ambiguous(DrugkgError):
    """A value names several entities (or claims): `candidates` lists them as (IRI, label, class IRI)."""

    def __init__(self, param: str, value: str, kind: str, candidates: list[tuple[ox.NamedNode, str, str]]) -> None:
        self.param, self.value, self.candidates = param, value, candidates
        names = ", ".join(f"{_short(iri.value)} ({label or _short(cls)})" for iri, label, cls in candidates)
        super().__init__(
            f"--param {param}: {value!r} names {len(candidates)} {kind}s: {names}",
            fix=f"pick one with --param {param}=SLUG-OR-IRI",
        )


def _short(iri: str) -> str:
    """The last segment of an IRI.

    >>> _short("http://id.nlm.nih.gov/mesh/D014277")
    'D014277'
    """
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def describe_candidate(engine: QueryEngine, node: ox.NamedNode) -> tuple[ox.NamedNode, str, str]:
    """(IRI, a label, a class IRI) of a candidate, for listing several that a value names."""
    rows = engine.query(NAMES, {"e": node}).rows
    label = next((r[1].value for r in rows if r[1] is not None), "")
    cls = next((r[2].value for r in rows if r[2] is not None), "")
    return node, label, cls


def bind_params(query: LibraryQuery, values: Mapping[str, str], engine: QueryEngine) -> dict[str, Term]:
    """The bindings for a library query: each declared parameter's value (or default) as an RDF term."""
    for name in values:
        query.param(name)  # unknown parameter -> error naming the known ones
    bindings: dict[str, Term] = {}
    for param in query.params:
        raw = values.get(param.name, None if param.required else param.default)
        if raw is None:
            raise DrugkgError(missing_message(query, param))
        bindings[param.name] = to_term(param, raw, engine)
    return bindings


def missing_message(query: LibraryQuery, param: Param) -> str:
    """The one line saying a required parameter is missing.

    >>> from queries.library import get_query
    >>> q = get_query("is-contraindicated")
    >>> missing_message(q, q.param("population"))
    "query 'is-contraindicated' needs --param population=VALUE (Population or condition, e.g. pregnant-women): \
the answer depends on it, so there is no default"
    """
    example = f", e.g. {param.example}" if param.example else f": {describe(param)}"
    return (
        f"query {query.name!r} needs --param {param.name}=VALUE ({param.label}{example}):"
        " the answer depends on it, so there is no default"
    )


def describe(param: Param) -> str:
    from queries.library import PARAM_TYPES

    return PARAM_TYPES[param.type]


def to_term(param: Param, raw: str, engine: QueryEngine) -> Term:
    """One parameter value as a term; entities and claims are looked up in the graph.

    >>> from queries.library import Param
    >>> to_term(Param("n", "integer", None, "N"), "3", None)
    <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    value = raw.strip()
    if param.type == "string":
        return ox.Literal(raw)
    if param.type in ("integer", "decimal", "boolean"):
        return _typed(param, value)
    if param.type == "iri":
        match = _IRI.match(value)
        if not match:
            raise DrugkgError(f"--param {param.name}: {value!r} is not an absolute IRI", fix="give http(s)://...")
        return ox.NamedNode(match.group(1))
    return resolve(value, engine, claims=param.type == "claim", name=param.name, classes=param.classes)


def _typed(param: Param, value: str) -> ox.Literal:
    patterns = {"integer": r"[+-]?\d+", "decimal": r"[+-]?(\d+(\.\d*)?|\.\d+)", "boolean": r"true|false"}
    if not re.fullmatch(patterns[param.type], value.lower() if param.type == "boolean" else value):
        raise DrugkgError(f"--param {param.name}: {value!r} is not {describe(param)}")
    lexical = value.lower() if param.type == "boolean" else value
    return ox.Literal(lexical, datatype=ox.NamedNode(XSD + param.type))


def resolve(
    value: str, engine: QueryEngine, *, claims: bool = False, name: str = "value", classes: tuple[str, ...] = ()
) -> ox.NamedNode:
    """The IRI of the entity (or claim) that `value` names; one error line when none or several match, with
    "did you mean" suggestions among the entities of `classes` (dkg class names, subclasses included)."""
    class_ok = _classes_ok(claims)
    candidates: list[ox.NamedNode] = []
    iri = _IRI.match(value)
    if iri:
        candidates.append(ox.NamedNode(iri.group(1)))
    elif _SLUG.match(value):
        namespaces = ["claim"] if claims else ["ent", "doc"]
        candidates += [ox.NamedNode(PREFIXES[ns] + value) for ns in namespaces]
    else:  # a CURIE names the node of its IRI first, as the IRI does (an imported node: `DOID:8778`)
        expanded = _expand_curie(value)
        if expanded:
            candidates.append(ox.NamedNode(expanded))
    found = [c for c in candidates if _is_a(engine, c, class_ok)]
    if not found:
        rows = engine.query(BY_NAME, {"text": ox.Literal(value)}).rows
        found = [r[1] for r in rows if isinstance(r[1], ox.NamedNode) and _is_a(engine, r[1], class_ok)]
    if not found and not claims:
        found = _by_identifier(value, iri.group(1) if iri else None, engine)
    found = sorted(set(found), key=lambda n: n.value)
    kind = "claim" if claims else "entity"
    if len(found) == 1:
        return found[0]
    if found:
        raise Ambiguous(name, value, kind, [describe_candidate(engine, node) for node in found])
    if claims:
        rows = engine.query(SIMILAR, {"text": ox.Literal(value)}).rows
        similar = [r[1].value for r in rows if r[1] is not None]
        hint = f"similar labels: {', '.join(similar)}" if similar else "check the spelling"
    else:
        from queries.suggest import suggestions

        close = suggestions(value, engine, classes)
        hint = f"did you mean {' or '.join(close)}?" if close else "check the spelling (`drugkg query find-entities`)"
    raise DrugkgError(f"--param {name}: no {kind} called {value!r} in the graph", fix=hint)


def _classes_ok(claims: bool):
    claim, evidence = PREFIXES["dkg"] + "Claim", PREFIXES["dkg"] + "Evidence"
    if claims:
        return lambda cls: cls == {claim} or claim in cls
    return lambda cls: bool(cls) and not cls & {claim, evidence}


def _is_a(engine: QueryEngine, node: ox.NamedNode, classes_ok) -> bool:
    rows = engine.query(EXISTS, {"e": node}).rows
    return classes_ok({r[1].value for r in rows if r[1] is not None})


def _by_identifier(value: str, iri: str | None, engine: QueryEngine) -> list[ox.NamedNode]:
    targets: list[str] = [iri] if iri else []
    expanded = None if iri else _expand_curie(value)
    if expanded:
        targets.append(expanded)
    found: list[ox.NamedNode] = []
    for target in targets:
        rows = engine.query(BY_MATCH, {"id": ox.NamedNode(target)}).rows
        found += [r[1] for r in rows if isinstance(r[1], ox.NamedNode)]
    return found


def _expand_curie(value: str) -> str | None:
    """The IRI a CURIE stands for by the project's prefix map (the prefix in any case), or None.

    >>> _expand_curie("mesh:D014277"), _expand_curie("nothing:1"), _expand_curie("trigeminal neuralgia")
    ('http://id.nlm.nih.gov/mesh/D014277', None, None)
    """
    curie = _CURIE.match(value)
    if not curie:
        return None
    from ontology import prefix_map

    expansion = {k.lower(): v for k, v in prefix_map().items()}.get(curie.group(1).lower())
    if not expansion:
        return None
    try:
        return ox.NamedNode(expansion + curie.group(2)).value
    except ValueError:  # not an IRI once expanded
        return None
