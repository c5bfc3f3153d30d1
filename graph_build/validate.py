"""Validate a graph against the project's SHACL shapes and report violations in plain words."""

from __future__ import annotations

from dataclasses import dataclass

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


def _short(graph: Graph, node: object) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except ValueError:
            return str(node)
    return str(node)


def shacl_violations(data: Graph) -> list[Violation]:
    """SHACL results for `data` validated together with the ontology, sorted; empty when it conforms."""
    from pyshacl import validate  # imported here: pyshacl is only needed when validating

    shapes = Graph().parse(SHAPES_TTL, format="turtle")
    combined = Graph()
    for prefix, ns in data.namespaces():
        combined.bind(prefix, ns, override=True)
    combined += data
    combined += ontology_graph()
    conforms, report, _ = validate(combined, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    if conforms:
        return []
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        violations.append(
            Violation(
                focus=_short(data, report.value(result, SH.focusNode)),
                path=_short(data, report.value(result, SH.resultPath)),
                value=_short(data, report.value(result, SH.value)),
                message=str(report.value(result, SH.resultMessage) or "does not conform"),
                severity=_short(report, report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            )
        )
    return sorted(violations)
