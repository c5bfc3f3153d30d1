"""Validate a graph against the project's SHACL shapes and report violations in plain words.

SHACL Core constraints are checked by pyshacl. The shapes' SHACL-SPARQL constraints (`sh:sparql`) are
evaluated here, each once over the whole graph with Oxigraph, with `$this` left free and limited to the
shape's target class: pyshacl re-parses such a query for every focus node, which took 20 s on the seed
graph where this takes a fraction of a second (docs/decisions/0003-shacl-sparql-with-oxigraph.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Namespace, URIRef

from base.rdf_terms import to_ox
from ontology import SHAPES_TTL
from ontology.schema import ontology_graph

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: the node, the property path, the offending value and the shape's message."""

    focus: str
    path: str
    value: str
    message: str
    severity: str

    def describe(self) -> str:
        where = f" ({self.path})" if self.path else ""
        value = f": {self.value}" if self.value and self.value != self.focus else ""
        return f"{self.focus}{where}: {self.message}{value}"


@dataclass(frozen=True)
class SparqlConstraint:
    target: URIRef
    message: str
    query: str


def short_name(graph: Graph, node: object) -> str:
    """How a violation names a node: its prefixed name in `graph`'s prefixes, else the IRI or the literal."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except ValueError:
            return str(node)
    return str(node)


@cache
def _shapes() -> tuple[Graph, tuple[SparqlConstraint, ...]]:
    """The Core shapes (for pyshacl) and the SPARQL constraints (for Oxigraph), read once."""
    shapes = Graph().parse(SHAPES_TTL, format="turtle")
    constraints = []
    for shape, constraint in sorted(shapes.subject_objects(SH.sparql)):
        prefixes = "".join(
            f"PREFIX {shapes.value(decl, SH.prefix)}: <{shapes.value(decl, SH.namespace)}>\n"
            for source in shapes.objects(constraint, SH.prefixes)
            for decl in shapes.objects(source, SH.declare)
        )
        select = str(shapes.value(constraint, SH.select))
        for target in shapes.objects(shape, SH.targetClass):
            scoped = select.replace("{", f"{{ $this a/rdfs:subClassOf* <{target}> .", 1)
            constraints.append(SparqlConstraint(target, str(shapes.value(constraint, SH.message)), prefixes + scoped))
    for shape, constraint in list(shapes.subject_objects(SH.sparql)):
        shapes.remove((shape, SH.sparql, constraint))
    return _targeted(shapes), tuple(constraints)


def _targeted(shapes: Graph) -> Graph:
    """`shapes` with each property shape of a class-targeted node shape given that class as its own target, instead
    of being reached through the node shape's `sh:property`.

    The same results: a property shape validates each node of the class, with the same path, constraints, messages
    and severity, whether the node shape leads to it or its own target does; the node shape keeps its other
    constraints. pyshacl validates a shape reached through `sh:property` once per focus node, building each of its
    constraint components again for every node (parsing an `sh:in` list each time); a targeted shape is validated
    once for all its nodes (0.8 -> 0.12 s of CPU on the seed graph; decision 0947). Only done when every node shape
    with properties has only class targets and nothing points at it (`sh:node`, `sh:and`, ...: it would validate other
    nodes too) nor makes it a class (an implicit target), no shape is deactivated, and a property shape has one owner
    and nothing else points at it, as in ontology/shapes.ttl; otherwise `shapes` is returned as it is."""
    if (None, SH.deactivated, None) in shapes:
        return shapes
    owners: dict[object, tuple[object, set]] = {}
    for shape, prop in shapes.subject_objects(SH.property):
        targets = set(shapes.objects(shape, SH.targetClass))
        other_targets = any(
            (shape, t, None) in shapes for t in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
        )
        pointers = {(s, p) for s, p, _ in shapes.triples((None, None, prop))}
        reached = (None, None, shape) in shapes or (shape, RDF.type, RDFS.Class) in shapes  # (other focus nodes)
        if not targets or other_targets or reached or pointers != {(shape, SH.property)} or prop in owners:
            return shapes
        owners[prop] = (shape, targets)
    for prop, (shape, targets) in owners.items():
        shapes.remove((shape, SH.property, prop))
        shapes.add((prop, RDF.type, SH.PropertyShape))
        for target in targets:
            shapes.add((prop, SH.targetClass, target))
    return shapes


def _core_violations(combined: Graph, shapes: Graph, data: Graph) -> list[Violation]:
    from pyshacl import validate  # imported here: only needed when validating

    conforms, report, _ = validate(combined, shacl_graph=shapes, inference="none", allow_warnings=True)
    if conforms:
        return []
    return [
        Violation(
            focus=short_name(data, report.value(result, SH.focusNode)),
            path=short_name(data, report.value(result, SH.resultPath)),
            value=short_name(data, report.value(result, SH.value)),
            message=str(report.value(result, SH.resultMessage) or "does not conform"),
            severity=str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        )
        for result in report.subjects(RDF.type, SH.ValidationResult)
    ]


def _sparql_violations(combined: Graph, constraints: tuple[SparqlConstraint, ...], data: Graph) -> list[Violation]:
    store = ox.Store()
    terms: dict[object, object] = {}  # each term converted once
    store.extend(ox.Quad(*(terms.get(t) or terms.setdefault(t, to_ox(t)) for t in triple)) for triple in combined)
    found = []
    for constraint in constraints:
        solutions = store.query(constraint.query)
        has_value = any(v.value == "value" for v in solutions.variables)
        for row in solutions:
            focus = URIRef(row["this"].value)
            value = row["value"] if has_value else None
            shown = short_name(data, URIRef(value.value)) if isinstance(value, ox.NamedNode) else str(value or "")
            found.append(
                Violation(
                    focus=short_name(data, focus),
                    path="",
                    value=shown,
                    message=constraint.message,
                    severity="Violation",
                )
            )
    return found


def shacl_violations(data: Graph, focus: list[URIRef] | None = None) -> list[Violation]:
    """SHACL results for `data` validated together with the ontology, sorted; empty when it conforms.

    `focus`: report only these nodes (the rest of `data` is what their shapes read; graph_build/validate_changes.py;
    pyshacl's own `focus_nodes` looks each target up in a list, too slow for thousands of nodes).
    """
    shapes, constraints = _shapes()
    # the ontology's triples join `data` for the check and leave it after (cheaper than copying a large graph)
    added = [triple for triple in ontology_graph() if triple not in data]
    for triple in added:
        data.add(triple)
    try:
        violations = _core_violations(data, shapes, data) + _sparql_violations(data, constraints, data)
        if focus is not None:
            shown = {short_name(data, node) for node in focus}
            violations = [v for v in violations if v.focus in shown]
    finally:
        for triple in added:
            data.remove(triple)
    return sorted(set(violations))
