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
from rdflib import RDF, Graph, Namespace, URIRef

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
    return shapes, tuple(constraints)


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
