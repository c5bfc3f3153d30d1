"""The read model of the view: entities, claims with their evidence, and source documents, read from a built graph.

Everything the interactive graph and `drugkg explain` show comes from here, as plain Python values (text is
kept as written; escaping is the renderer's job). Evidence and documents are folded into the claims that
cite them, so a drawn edge carries its quotes and a drawn node its definition, synonyms and identifiers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from types import SimpleNamespace

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from base.errors import DrugkgError
from ontology.lexicon import converter
from ontology.schema import ontology_graph
from ontology.vocab import DKG, ENT

_DKG = str(DKG._NS)
# claim properties shown as the edge itself, or not worth a line in the panel
_STRUCTURAL = {
    RDF.type,
    RDFS.label,
    DKG.subject,
    DKG.predicate,
    DKG.object,
    DKG.negated,
    DKG.certainty,
    DKG.hasEvidence,
    DKG.agentType,
    DKG.knowledgeLevel,
    DKG.candidate,
}
_ENTITY_TEXT = {SKOS.prefLabel, RDFS.label, SKOS.altLabel, SKOS.definition, DKG.brandName, DKG.abbreviation}


def words(name: str) -> str:
    """A camelCase ontology name as words.

    >>> words("hasAdverseEffect")
    'has adverse effect'
    """
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def fold(text: str) -> str:
    """Text folded for matching: case, accents and spacing ignored.

    >>> fold("  Klonopin® ") == fold("klonopin®")
    True
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def local_name(iri: str) -> str:
    """The last segment of an IRI (after '#' or '/').

    >>> local_name("https://w3id.org/drugkg/ontology#treats")
    'treats'
    """
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


@dataclass
class Entity:
    """A thing the graph talks about: a drug, condition, target, process, population, ..."""

    iri: str
    label: str
    cls: str
    definition: str = ""
    synonyms: list[str] = field(default_factory=list)
    brand_names: list[str] = field(default_factory=list)
    abbreviations: list[str] = field(default_factory=list)
    identifiers: list[tuple[str, str, str]] = field(default_factory=list)  # (match kind, CURIE, IRI)
    facts: list[tuple[str, str]] = field(default_factory=list)  # other literal values, e.g. a percentage

    def names(self) -> list[str]:
        """Every name it can be found by: label, synonyms, brand names, abbreviations, slug."""
        return [self.label, *self.synonyms, *self.brand_names, *self.abbreviations, local_name(self.iri)]


@dataclass
class Evidence:
    """One quote from one source document that supports a claim."""

    quote: str
    document: str  # document IRI
    start: int | None
    end: int | None
    method: str = ""
    confidence: str = ""
    iri: str = ""
    #: The extractor resolved the claim's subject from a reference whose owner a careful reader could not be sure of
    #: (dkg:ownerUnsure, decision 1112).
    owner_unsure: bool = False


@dataclass
class Claim:
    """A statement `subject predicate object` with its qualifiers and the quotes that support it."""

    iri: str
    subject: str
    predicate: str  # local name, e.g. "treats"
    object: str
    negated: bool
    certainty: str  # local name, e.g. "Asserted", "Possible"
    qualifiers: list[tuple[str, str]] = field(default_factory=list)  # (name in words, value as text)
    evidence: list[Evidence] = field(default_factory=list)
    mechanism_of: str | None = None
    step: int | None = None
    agent: str = ""  # dkg:agentType, e.g. "manual_agent", "text_mining_agent"
    candidate: bool = False  # dkg:candidate: machine-read below the threshold, never a fact

    @property
    def machine_read(self) -> bool:
        """Made by the text miner alone (no curator stated or checked it)."""
        return self.agent == "text_mining_agent"

    @property
    def hedged(self) -> bool:
        return self.certainty != "Asserted"

    def relation(self) -> str:
        """The edge label: the predicate in words, marked 'not' when negated and with its hedge.

        >>> Claim("c", "s", "treats", "o", True, "Asserted").relation()
        'not treats'
        >>> Claim("c", "s", "hasAdverseEffect", "o", False, "Possible").relation()
        'has adverse effect (possible)'
        """
        text = ("not " if self.negated else "") + words(self.predicate)
        return f"{text} ({words(self.certainty)})" if self.hedged else text

    def documents(self) -> list[str]:
        return sorted({e.document for e in self.evidence})


@dataclass
class Document:
    iri: str
    ident: str
    title: str
    file: str = ""  # dkg:fileName in the corpus
    sha256: str = ""  # dkg:sha256 of the text the offsets count in


@dataclass
class Model:
    """The whole graph as the view sees it."""

    entities: dict[str, Entity]
    claims: dict[str, Claim]
    documents: dict[str, Document]

    def label(self, iri: str) -> str:
        entity = self.entities.get(iri)
        return entity.label if entity else local_name(iri)

    def resolve(self, name: str) -> Entity:
        """The entity called `name`: a label, synonym, brand name, abbreviation, slug or IRI (any case).

        >>> m = Model({"https://w3id.org/drugkg/entity/clonazepam": Entity(
        ...     "https://w3id.org/drugkg/entity/clonazepam", "clonazepam", "Drug", brand_names=["Klonopin"])}, {}, {})
        >>> m.resolve("klonopin").label
        'clonazepam'
        """
        text = name.strip()
        if text in self.entities:
            return self.entities[text]
        if text.startswith("ent:") and str(ENT) + text[4:] in self.entities:
            return self.entities[str(ENT) + text[4:]]
        wanted = fold(text)
        for rank in range(3):  # label first, then other names, then slug: a label wins over a synonym
            hits = sorted(
                (e for e in self.entities.values() if wanted in {fold(n) for n in _names_by_rank(e, rank)}),
                key=lambda e: e.iri,
            )
            if len(hits) == 1:
                return hits[0]
            if hits:
                listed = ", ".join(f"{e.label} ({local_name(e.iri)})" for e in hits)
                raise DrugkgError(f"'{name}' names several entities: {listed}", fix="pass the slug or IRI")
        raise DrugkgError(
            f"no entity called '{name}' in the graph",
            fix="use a label, synonym, brand name, slug or IRI (search the graph page to find names)",
        )


def _names_by_rank(entity: Entity, rank: int) -> list[str]:
    if rank == 0:
        return [entity.label]
    if rank == 1:
        return [*entity.synonyms, *entity.brand_names, *entity.abbreviations]
    return [local_name(entity.iri)]


def _text(graph: Graph, node: URIRef, prop: URIRef) -> list[str]:
    return sorted(str(o) for o in graph.objects(node, prop) if isinstance(o, Literal))


def term_label(iri: str, graph: Graph | None = None) -> str:
    """The label of a term: from the data graph, else the ontology's (rdfs:label, skos:prefLabel), else words.

    >>> term_label("https://w3id.org/drugkg/ontology#ReservedAfterFailure")
    'reserved after other treatments fail'
    >>> term_label("https://w3id.org/drugkg/ontology#hasAdverseEffect")
    'has adverse effect'
    """
    if graph is not None:
        node = URIRef(iri)
        label = graph.value(node, RDFS.label) or graph.value(node, SKOS.prefLabel)
        if label is not None:
            return str(label)
    label = _ontology_label(iri)
    return label if label is not None else words(local_name(iri))


@cache
def _ontology_label(iri: str) -> str | None:
    """The ontology's rdfs:label (else skos:prefLabel) of `iri` (looked up once per term and process)."""
    node, ontology = URIRef(iri), ontology_graph()
    label = ontology.value(node, RDFS.label) or ontology.value(node, SKOS.prefLabel)
    return str(label) if label is not None else None


def literal_text(value: object) -> str:
    """A value as the view shows it; a decimal in its canonical form, as a store gives it back (so that a page
    drawn from the Turtle file and one drawn from the store say the same).

    >>> literal_text(Literal("60.0", datatype=XSD.decimal)), literal_text(Literal("0.870", datatype=XSD.decimal))
    ('60', '0.87')
    """
    if isinstance(value, Literal) and value.datatype == XSD.decimal:
        try:
            return format(Decimal(str(value)).normalize(), "f")
        except InvalidOperation:
            return str(value)
    return str(value) if value is not None else ""


def _value_text(graph: Graph, value: object, entities: dict[str, Entity]) -> str:
    if isinstance(value, URIRef):
        key = str(value)
        return entities[key].label if key in entities else term_label(key, graph)
    return literal_text(value)


def _curie(iri: URIRef) -> str:
    """The CURIE of an IRI by the project's prefix map (ontology/prefixes.yaml), or the IRI itself."""
    return converter().compress(str(iri)) or str(iri)


def _class_of(graph: Graph, node: URIRef) -> str:
    names = sorted(local_name(str(t)) for t in graph.objects(node, RDF.type) if str(t).startswith(_DKG))
    return names[0] if names else "Entity"


def _entity(graph: Graph, node: URIRef) -> Entity:
    label = graph.value(node, SKOS.prefLabel) or graph.value(node, RDFS.label)
    entity = Entity(
        iri=str(node),
        label=str(label) if label is not None else local_name(str(node)),
        cls=_class_of(graph, node),
        definition=" ".join(_text(graph, node, SKOS.definition)),
        synonyms=_text(graph, node, SKOS.altLabel),
        brand_names=_text(graph, node, DKG.brandName),
        abbreviations=_text(graph, node, DKG.abbreviation),
    )
    for kind, prop in (("exact match", SKOS.exactMatch), ("close match", SKOS.closeMatch)):
        for target in sorted(o for o in graph.objects(node, prop) if isinstance(o, URIRef)):
            entity.identifiers.append((kind, _curie(target), str(target)))
    facts = (
        (p, v)
        for p, v in graph.predicate_objects(node)
        if isinstance(v, Literal) and p not in _ENTITY_TEXT and str(p).startswith(_DKG)
    )  # chosen before sorting: an imported entity has thousands of links to other things
    for prop, value in sorted(facts):
        entity.facts.append((words(local_name(str(prop))), literal_text(value)))
    return entity


def _int(value: object) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


# the ontology's terms read_model uses, looked up once (a closed namespace checks every name on each use)
_TERMS = (
    "Claim SourceDocument agentType candidate certainty confidence endOffset fileName hasEvidence mechanismOf method "
    "negated object ownerUnsure predicate quote sha256 sourceDocument startOffset stepIndex subject"
)
_D = SimpleNamespace(**{name: DKG[name] for name in _TERMS.split()})


def read_model(graph: Graph) -> Model:
    """Read entities, claims (with evidence) and documents from a built graph.

    >>> from rdflib import Graph
    >>> read_model(Graph()).claims
    {}
    """
    documents = {
        str(d): Document(
            str(d),
            str(graph.value(d, DCTERMS.identifier) or local_name(str(d))),
            _doc_title(graph, d),
            str(graph.value(d, _D.fileName) or ""),
            str(graph.value(d, _D.sha256) or ""),
        )
        for d in graph.subjects(RDF.type, _D.SourceDocument)
        if isinstance(d, URIRef)
    }
    claim_nodes = sorted(c for c in graph.subjects(RDF.type, _D.Claim) if isinstance(c, URIRef))
    entity_nodes: set[URIRef] = {
        s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(ENT))
    }
    for c in claim_nodes:
        for prop in (_D.subject, _D.object):
            value = graph.value(c, prop)
            if isinstance(value, URIRef):
                entity_nodes.add(value)
    entities = {str(n): _entity(graph, n) for n in sorted(entity_nodes)}
    claims = {}
    for c in claim_nodes:
        claim = _claim(graph, c, entities)
        if claim is not None:
            claims[claim.iri] = claim
    return Model(entities, claims, documents)


def _doc_title(graph: Graph, doc: URIRef) -> str:
    title = graph.value(doc, DCTERMS.title) or graph.value(doc, RDFS.label)
    return str(title) if title is not None else local_name(str(doc))


def _claim(graph: Graph, node: URIRef, entities: dict[str, Entity]) -> Claim | None:
    subject, predicate, obj = (graph.value(node, p) for p in (_D.subject, _D.predicate, _D.object))
    if not all(isinstance(v, URIRef) for v in (subject, predicate, obj)):
        return None  # not a claim between two things: nothing to draw
    certainty = graph.value(node, _D.certainty)
    mechanism = graph.value(node, _D.mechanismOf)
    claim = Claim(
        iri=str(node),
        subject=str(subject),
        predicate=local_name(str(predicate)),
        object=str(obj),
        negated=str(graph.value(node, _D.negated)).lower() == "true",
        certainty=local_name(str(certainty)) if certainty is not None else "Asserted",
        mechanism_of=str(mechanism) if mechanism is not None else None,
        step=_int(graph.value(node, _D.stepIndex)),
        agent=str(graph.value(node, _D.agentType) or ""),
        candidate=str(graph.value(node, _D.candidate)).lower() == "true",
    )
    for prop, value in sorted((p, v) for p, v in graph.predicate_objects(node) if p not in _STRUCTURAL):
        claim.qualifiers.append((term_label(str(prop)), _value_text(graph, value, entities)))
    for ev in sorted(graph.objects(node, _D.hasEvidence)):
        claim.evidence.append(
            Evidence(
                quote=str(graph.value(ev, _D.quote) or ""),
                document=str(graph.value(ev, _D.sourceDocument) or ""),
                start=_int(graph.value(ev, _D.startOffset)),
                end=_int(graph.value(ev, _D.endOffset)),
                method=str(graph.value(ev, _D.method) or ""),
                confidence=literal_text(graph.value(ev, _D.confidence)),
                iri=str(ev),
                owner_unsure=str(graph.value(ev, _D.ownerUnsure)).lower() == "true",
            )
        )
    claim.evidence.sort(key=lambda e: (e.document, e.start or 0, e.quote))
    return claim
