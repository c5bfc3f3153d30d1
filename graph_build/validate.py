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


def _short(graph: Graph, node: object) -> str:
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
            focus=_short(data, report.value(result, SH.focusNode)),
            path=_short(data, report.value(result, SH.resultPath)),
            value=_short(data, report.value(result, SH.value)),
            message=str(report.value(result, SH.resultMessage) or "does not conform"),
            severity=str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        )
        for result in report.subjects(RDF.type, SH.ValidationResult)
    ]


def _sparql_violations(combined: Graph, constraints: tuple[SparqlConstraint, ...], data: Graph) -> list[Violation]:
    store = ox.Store()
    store.load(combined.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
    found = []
    for constraint in constraints:
        solutions = store.query(constraint.query)
        has_value = any(v.value == "value" for v in solutions.variables)
        for row in solutions:
            focus = URIRef(row["this"].value)
            value = row["value"] if has_value else None
            found.append(
                Violation(
                    focus=_short(data, focus),
                    path="",
                    value=_short(data, URIRef(value.value)) if isinstance(value, ox.NamedNode) else str(value or ""),
                    message=constraint.message,
                    severity="Violation",
                )
            )
    return found


def shacl_violations(data: Graph) -> list[Violation]:
    """SHACL results for `data` validated together with the ontology, sorted; empty when it conforms."""
    shapes, constraints = _shapes()
    combined = Graph()
    combined += data
    combined += ontology_graph()
    violations = _core_violations(combined, shapes, data) + _sparql_violations(combined, constraints, data)
    return sorted(set(violations))
