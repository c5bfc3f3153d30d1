"""Assemble RDF: entities with labels and identifiers, documents, claims with qualifiers and evidence.

Positive, unhedged claims also get a direct `subject predicate object` triple; negated and hedged claims
never do, so that a naive query cannot read them as plain facts.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from graph_build.claims import Claim, Value, find_conflicts
from graph_build.read import Document
from ontology import prefix_map
from ontology.biolink_slots import knowledge_level
from ontology.lexicon import Entity, converter
from ontology.schema import concept_values, label, predicates, qualifiers
from ontology.vocab import CLAIM, DKG, DOC, ENT, EVIDENCE

NON_SLUG = re.compile(r"[^a-z0-9]+")


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefix map to a graph, replacing rdflib's defaults."""
    for prefix, iri in prefix_map().items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph


def entity_iri(slug: str) -> URIRef:
    return ENT[slug]


def claim_iri(claim: Claim) -> URIRef:
    """Readable and content-derived: `claim/<subject>-<predicate>-<object>-<hash>`."""
    readable = NON_SLUG.sub("-", f"{claim.subject}-{claim.predicate.lower()}-{claim.object}").strip("-")
    return CLAIM[f"{readable}-{claim.digest()}"]


def evidence_iri(claim: Claim, document: str, start: int, end: int, method: str) -> URIRef:
    tag = "" if method == "curated" else "-" + NON_SLUG.sub("-", method.lower()).strip("-")
    return EVIDENCE[f"{document}-{start}-{end}{tag}-{claim.digest()}"]


def claim_label(claim: Claim, lexicon: dict[str, Entity]) -> str:
    text = f"{lexicon[claim.subject].label} {label(predicates()[claim.predicate])} {lexicon[claim.object].label}"
    if claim.negated:
        text = f"NOT: {text}"
    if claim.hedged:
        text += f" ({label(concept_values(DKG.Certainty)[claim.certainty])})"
    return text


def decimal_literal(value: Decimal | int | float | str) -> Literal:
    """An xsd:decimal in canonical form (at least one digit after the point), so every format writes it alike.

    >>> [str(decimal_literal(v)) for v in (60, "20.40", "0.5")]
    ['60.0', '20.4', '0.5']
    """
    text = format(Decimal(str(value)).normalize(), "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def _literal(value: Value, kind: str) -> Literal:
    if kind == "boolean":
        return Literal(bool(value))
    if kind == "decimal":
        return decimal_literal(value)
    if kind == "positiveInteger":
        return Literal(str(int(value)), datatype=XSD.positiveInteger)
    if kind == "duration":
        return Literal(str(value), datatype=XSD.duration)
    return Literal(str(value))


def add_entity(graph: Graph, entity: Entity, lexicon: dict[str, Entity]) -> None:
    node = entity_iri(entity.slug)
    graph.add((node, RDF.type, DKG[entity.cls]))
    graph.add((node, SKOS.prefLabel, Literal(entity.label)))
    graph.add((node, RDFS.label, Literal(entity.label)))
    if entity.definition:
        graph.add((node, SKOS.definition, Literal(entity.definition)))
    for name in (*entity.synonyms, *entity.brand_names, *entity.abbreviations):
        graph.add((node, SKOS.altLabel, Literal(name)))
    for name in entity.brand_names:
        graph.add((node, DKG.brandName, Literal(name)))
    for name in entity.abbreviations:
        graph.add((node, DKG.abbreviation, Literal(name)))
    conv = converter()
    for curie in entity.exact:
        graph.add((node, SKOS.exactMatch, URIRef(conv.expand_strict(curie))))
    for curie in entity.close:
        graph.add((node, SKOS.closeMatch, URIRef(conv.expand_strict(curie))))
    for prop, curies in (
        (SKOS.broadMatch, entity.broad),
        (SKOS.narrowMatch, entity.narrow),
        (SKOS.relatedMatch, entity.related),
    ):
        for curie in curies:
            graph.add((node, prop, URIRef(conv.expand_strict(curie))))
    if entity.statistic:
        stat = entity.statistic
        graph.add((node, DKG.percentage, decimal_literal(stat["percentage"])))
        graph.add((node, DKG.count, Literal(stat["count"], datatype=XSD.integer)))
        graph.add((node, DKG.isEstimate, Literal(stat["estimate"])))
        graph.add((node, DKG.statisticPopulation, entity_iri(stat["population"])))


def add_document(graph: Graph, document: Document) -> None:
    node = DOC[document.id]
    graph.add((node, RDF.type, DKG.SourceDocument))
    graph.add((node, DCTERMS.title, Literal(document.title)))
    graph.add((node, RDFS.label, Literal(document.title)))
    graph.add((node, DCTERMS.identifier, Literal(document.id)))
    graph.add((node, DKG.fileName, Literal(document.file)))
    graph.add((node, DKG.sha256, Literal(document.sha256)))


def add_claim(graph: Graph, claim: Claim, lexicon: dict[str, Entity]) -> URIRef:
    node = claim_iri(claim)
    subject, predicate, obj = entity_iri(claim.subject), predicates()[claim.predicate], entity_iri(claim.object)
    graph.add((node, RDF.type, DKG.Claim))
    graph.add((node, RDFS.label, Literal(claim_label(claim, lexicon))))
    graph.add((node, DKG.subject, subject))
    graph.add((node, DKG.predicate, predicate))
    graph.add((node, DKG.object, obj))
    graph.add((node, DKG.negated, Literal(claim.negated)))
    graph.add((node, DKG.certainty, DKG[claim.certainty]))
    if claim.candidate:
        graph.add((node, DKG.candidate, Literal(True)))
    graph.add((node, DKG.knowledgeLevel, Literal(knowledge_level(claim.certainty, candidate=claim.candidate))))
    graph.add((node, DKG.agentType, Literal(claim.agent_type())))
    graph.add((node, DKG.supportCount, Literal(len(claim.documents()), datatype=XSD.integer)))
    specs = qualifiers()
    conv = converter()
    for name, values in claim.qualifiers:
        spec = specs[name]
        for value in values:
            if spec.kind == "entity":
                obj_value = entity_iri(str(value))
            elif spec.kind == "concept":
                obj_value = DKG[str(value)]
            elif spec.kind == "iri":
                obj_value = URIRef(conv.expand_strict(str(value)))
            else:
                obj_value = _literal(value, spec.kind)
            graph.add((node, spec.iri, obj_value))
    for ev in claim.evidence:
        ev_node = evidence_iri(claim, ev.document, ev.start, ev.end, ev.method)
        graph.add((node, DKG.hasEvidence, ev_node))
        graph.add((ev_node, RDF.type, DKG.Evidence))
        graph.add((ev_node, DKG.sourceDocument, DOC[ev.document]))
        graph.add((ev_node, DKG.quote, Literal(ev.quote)))
        graph.add((ev_node, DKG.startOffset, Literal(str(ev.start), datatype=XSD.nonNegativeInteger)))
        graph.add((ev_node, DKG.endOffset, Literal(str(ev.end), datatype=XSD.nonNegativeInteger)))
        graph.add((ev_node, DKG.method, Literal(ev.method)))
        graph.add((ev_node, DKG.confidence, decimal_literal(ev.confidence)))
        graph.add((ev_node, DKG.agentType, Literal(ev.agent_type)))
        if ev.resolved_from:
            graph.add((ev_node, DKG.resolvedFrom, Literal(ev.resolved_from)))
        if not ev.owner_sure:  # (a resolved owner a careful reader is not sure of, shown to the user: decision 1112)
            graph.add((ev_node, DKG.ownerUnsure, Literal(True)))
    if claim.direct:
        graph.add((subject, predicate, obj))
    return node


def referenced_entities(claims: list[Claim], lexicon: dict[str, Entity]) -> list[str]:
    """Slugs of the entities the claims use, and of the populations their statistics count."""
    specs = qualifiers()
    used = set()
    for claim in claims:
        used |= {claim.subject, claim.object}
        for name, values in claim.qualifiers:
            if specs[name].kind == "entity":
                used |= {str(v) for v in values}
    used |= {lexicon[s].statistic["population"] for s in list(used) if lexicon[s].statistic}
    return sorted(used)


def assemble_graph(documents: list[Document], claims: list[Claim], lexicon: dict[str, Entity]) -> Graph:
    """The knowledge graph of merged claims: entities, documents, claims, evidence and conflicts."""
    graph = bind_prefixes(Graph())
    for document in documents:
        add_document(graph, document)
    for slug in referenced_entities(claims, lexicon):
        add_entity(graph, lexicon[slug], lexicon)
    for claim in claims:
        add_claim(graph, claim, lexicon)
    for first, second in find_conflicts(claims):
        graph.add((claim_iri(first), DKG.conflictsWith, claim_iri(second)))
        graph.add((claim_iri(second), DKG.conflictsWith, claim_iri(first)))
    return graph
