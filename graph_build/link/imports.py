"""Import DrugMechDB paths as claims of their own source, Hetionet as plain triples, and merge them with the
project's graph into one N-Triples file (the large workload for benchmarks).

Node IRIs come from their identifiers: the project's prefix map where it has the prefix, so that the
project's skos:exactMatch links join the graphs without further work; otherwise the Bioregistry resolver
form `https://bioregistry.io/<prefix>:<id>`. Hetionet node kinds and edge types have no published RDF
vocabulary, so they are named in the project's own `https://w3id.org/drugkg/hetionet/` namespace.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS, XSD

from base.atomic import atomic_open
from base.errors import DrugkgError
from graph_build.export.biolink import biolink_model
from graph_build.link import (
    _need,
    data_folder,
    drugmechdb_curie,
    hetionet_edges,
    hetionet_nodes,
    link_entities,
    load_drugmechdb,
)
from graph_build.write import BAD_IRI
from ontology import prefix_map
from ontology.vocab import BIOLINK, CLAIM, DKG, EVIDENCE

HETIO = "https://w3id.org/drugkg/hetionet/"
DRUGMECHDB_PATH = "https://w3id.org/drugkg/drugmechdb/path/"
DRUGMECHDB_PREDICATE = "https://w3id.org/drugkg/drugmechdb/predicate/"
DRUGMECHDB_REPOSITORY = URIRef("https://github.com/SuLab/DrugMechDB")
Triple = tuple[URIRef, URIRef, URIRef | Literal]


def node_iri(node_curie: str) -> URIRef:
    """The IRI of an identifier: by the project's prefix map, else the Bioregistry resolver form.

    >>> node_iri("DRUGBANK:DB01068"), node_iri("InterPro:IPR006028")
    (rdflib.term.URIRef('http://identifiers.org/drugbank/DB01068'), rdflib.term.URIRef('https://bioregistry.io/InterPro:IPR006028'))
    """
    prefix, _, local = node_curie.partition(":")
    base = prefix_map().get(prefix)
    iri = f"{base}{local}" if base and prefix not in ("dkg", "ent", "claim", "evidence", "doc") else (
        f"https://bioregistry.io/{node_curie}"
    )  # fmt: skip
    if BAD_IRI.search(iri) or not _valid(iri):
        raise DrugkgError(f"identifier {node_curie!r} cannot be an IRI", fix="check the data file")
    return URIRef(iri)


def _valid(iri: str) -> bool:
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return True


def web_iri(url: str) -> URIRef | None:
    """A reference URL as a valid IRI: characters IRIs forbid (`[`, `]`, spaces, ...) percent-encoded at the
    source; None when it is still not an IRI.

    >>> web_iri("https://smpdb.ca/view/SMP1?highlight[compounds][]=DB1")
    rdflib.term.URIRef('https://smpdb.ca/view/SMP1?highlight%5Bcompounds%5D%5B%5D=DB1')
    """
    encoded = quote(url.strip(), safe=":/?#@!$&'()*+,;=%~-._")
    try:
        ox.NamedNode(encoded)
    except ValueError:
        return None
    return URIRef(encoded) if encoded.startswith(("http://", "https://")) else None


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def drugmechdb_predicate(key: str) -> URIRef:
    """A DrugMechDB edge key as a predicate IRI: the Biolink predicate when the pinned model has it, else a
    term of the project's DrugMechDB namespace (never an invented Biolink term).

    >>> drugmechdb_predicate("causes"), drugmechdb_predicate("increases activity of")
    (rdflib.term.URIRef('https://w3id.org/biolink/vocab/causes'), rdflib.term.URIRef('https://w3id.org/drugkg/drugmechdb/predicate/increases_activity_of'))
    """
    name = key.strip().replace(" ", "_")
    if biolink_model().is_predicate(f"biolink:{name}"):
        return BIOLINK[name]
    return URIRef(DRUGMECHDB_PREDICATE + quote(name, safe=""))


def drugmechdb_triples(folder: Path) -> Iterator[Triple]:
    """DrugMechDB's paths as claims: each link a dkg:Claim whose evidence is the path (its own source)."""
    model = biolink_model()
    seen_nodes: set[str] = set()
    for path in load_drugmechdb(folder):
        meta = path["graph"]
        doc = URIRef(DRUGMECHDB_PATH + meta["_id"])
        drugs = [node_iri(drugmechdb_curie(d.strip())) for d in (meta.get("drug_mesh") or "").split(",") if d.strip()]
        yield doc, RDF.type, DKG.SourceDocument
        yield doc, DCTERMS.title, Literal(f"DrugMechDB path {meta['_id']}: {meta['drug']} -> {meta['disease']}")
        yield doc, DCTERMS.isPartOf, DRUGMECHDB_REPOSITORY
        for reference in path.get("references", []):
            url = web_iri(reference)
            if url is not None:
                yield doc, DCTERMS.references, url
        for node in path["nodes"]:
            node_id = drugmechdb_curie(node["id"])
            if node_id in seen_nodes:
                continue
            seen_nodes.add(node_id)
            iri = node_iri(node_id)
            yield iri, RDFS.label, Literal(node["name"])
            if f"biolink:{node['label']}" in model.classes:
                yield iri, RDF.type, BIOLINK[node["label"]]
        for index, link in enumerate(path["links"], start=1):
            s, o = node_iri(drugmechdb_curie(link["source"])), node_iri(drugmechdb_curie(link["target"]))
            predicate = drugmechdb_predicate(link["key"])
            key = _digest(meta["_id"], str(index), link["source"], link["key"], link["target"])
            claim, evidence = CLAIM[f"drugmechdb-{key}"], EVIDENCE[f"drugmechdb-{key}"]
            yield claim, RDF.type, DKG.Claim
            yield claim, DKG.subject, s
            yield claim, DKG.predicate, predicate
            yield claim, DKG.object, o
            yield claim, DKG.negated, Literal(False)
            yield claim, DKG.knowledgeLevel, Literal("knowledge_assertion")
            yield claim, DKG.agentType, Literal("manual_agent")
            yield claim, DKG.stepIndex, Literal(str(index), datatype=XSD.positiveInteger)
            for drug in drugs:
                yield claim, DKG.mechanismOf, drug
            yield claim, DKG.hasEvidence, evidence
            yield evidence, RDF.type, DKG.Evidence
            yield evidence, DKG.sourceDocument, doc
            yield evidence, DKG.method, Literal("drugmechdb")
            yield s, predicate, o  # positive, unhedged: the direct triple, as for the project's claims


def _metaedges(folder: Path) -> dict[str, str]:
    import csv

    path = _need(folder / "hetionet" / "metaedges.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    verbs = {}
    for row in rows:
        parts = [p.strip() for p in row["metaedge"].replace(">", "-").split(" - ")]
        verbs[row["abbreviation"]] = parts[1] if len(parts) == 3 else row["abbreviation"]
    return verbs


def hetionet_node_iri(node_id: str, node_curie: str) -> URIRef:
    if node_curie:
        return node_iri(node_curie)
    kind, _, local = node_id.partition("::")
    return URIRef(f"{HETIO}node/{kind.replace(' ', '')}/{local}")


def hetionet_triples(folder: Path) -> Iterator[Triple]:
    """Hetionet's nodes (label, kind) and the subset's edges, one triple each."""
    nodes = hetionet_nodes(folder)
    iris = {}
    for node_id, (node_curie, name, kind) in nodes.items():
        iri = iris[node_id] = hetionet_node_iri(node_id, node_curie)
        yield iri, RDFS.label, Literal(name)
        yield iri, RDF.type, URIRef(HETIO + kind.replace(" ", ""))
    verbs = _metaedges(folder)
    predicates = {abbr: URIRef(HETIO + verb.replace(" ", "_")) for abbr, verb in verbs.items()}
    for source, metaedge, target in hetionet_edges(folder):
        if source not in iris or target not in iris or metaedge not in predicates:
            raise DrugkgError(f"edge {source} {metaedge} {target} names an unknown node or type", where=folder)
        yield iris[source], predicates[metaedge], iris[target]


def link_triples(graph: Graph, folder: Path) -> Iterator[Triple]:
    """skos:exactMatch from each project entity to the DrugMechDB and Hetionet nodes it links to."""
    links = link_entities(graph, folder)
    nodes = hetionet_nodes(folder)
    for entity, curies in links.drugmechdb.items():
        for node_curie in curies:
            yield entity, SKOS.exactMatch, node_iri(node_curie)
    for entity, node_ids in links.hetionet.items():
        for node_id in node_ids:
            yield entity, SKOS.exactMatch, hetionet_node_iri(node_id, nodes[node_id][0])


@dataclass
class MergeResult:
    path: Path
    triples: int
    by_source: dict[str, int]


def merge_graphs(graph: Graph, folder: Path | None, out: str | Path) -> MergeResult:
    """Write the project's graph, DrugMechDB's claims, Hetionet and the links between them as one sorted
    N-Triples file; returns its size by source (before duplicates across sources are removed)."""
    folder = data_folder(folder)
    lines: set[str] = set()
    by_source = {}
    sources = {
        "project": iter(graph),
        "drugmechdb": drugmechdb_triples(folder),
        "hetionet": hetionet_triples(folder),
        "links": link_triples(graph, folder),
    }
    from base.progress import Progress

    with Progress(None, "merging", "triple") as bar:  # progress on stderr (base/progress.py)
        for name, triples in sources.items():
            count = 0
            for s, p, o in triples:
                lines.add(f"{s.n3()} {p.n3()} {o.n3()} .\n")
                count += 1
                if count % 10_000 == 0:
                    bar.update(10_000)
            bar.update(count % 10_000)
            by_source[name] = count
    out = Path(out)
    with atomic_open(out) as handle:
        handle.writelines(sorted(lines))
    return MergeResult(out, len(lines), by_source)
