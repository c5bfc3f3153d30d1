"""Count what a built graph holds: entities by class, claims by predicate, negated, hedged, evidence."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rdflib import RDF, Graph, Literal

from ontology.schema import local_name
from ontology.vocab import DKG


@dataclass
class Summary:
    documents: int = 0
    triples: int = 0
    entities_by_class: dict[str, int] = field(default_factory=dict)
    claims_by_predicate: dict[str, int] = field(default_factory=dict)
    claims: int = 0
    negated: int = 0
    hedged: int = 0
    evidence: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)

    def lines(self) -> list[str]:
        """The summary as short lines for a terminal."""
        out = [
            f"{self.triples} triples from {self.documents} documents",
            f"entities: {sum(self.entities_by_class.values())} ("
            + ", ".join(f"{k} {v}" for k, v in self.entities_by_class.items())
            + ")",
            f"claims: {self.claims} ({self.negated} negated, {self.hedged} hedged, {self.conflicts} conflicting pairs)",
            "  by predicate: " + ", ".join(f"{k} {v}" for k, v in self.claims_by_predicate.items()),
            f"evidence: {self.evidence} quotes",
        ]
        return out


def summarise(graph: Graph) -> Summary:
    """Figures of a built drugkg graph.

    >>> summarise(Graph()).claims
    0
    """
    classes = Counter()
    for entity_class in set(graph.objects(None, RDF.type)):
        if str(entity_class).startswith(str(DKG)) and entity_class not in (DKG.Claim, DKG.Evidence, DKG.SourceDocument):
            classes[local_name(entity_class)] += len(set(graph.subjects(RDF.type, entity_class)))
    claims = set(graph.subjects(RDF.type, DKG.Claim))
    predicates = Counter(local_name(graph.value(c, DKG.predicate)) for c in claims)
    conflicts = sum(1 for _ in graph.triples((None, DKG.conflictsWith, None))) // 2
    return Summary(
        documents=len(set(graph.subjects(RDF.type, DKG.SourceDocument))),
        triples=len(graph),
        entities_by_class=dict(sorted(classes.items())),
        claims_by_predicate=dict(sorted(predicates.items())),
        claims=len(claims),
        negated=sum(1 for c in claims if graph.value(c, DKG.negated) == Literal(True)),
        hedged=sum(1 for c in claims if graph.value(c, DKG.certainty) not in (None, DKG.Asserted)),
        evidence=len(set(graph.subjects(RDF.type, DKG.Evidence))),
        conflicts=conflicts,
    )
