"""Link the project's entities to DrugMechDB and Hetionet nodes through shared identifiers.

An entity links to a node when one of its exact-match identifiers (ontology/identifiers.yaml, as
skos:exactMatch in the graph) is the node's identifier, directly or through a Disease Ontology
cross-reference (DOID <-> MeSH, disease-ontology/MESHinDO.tsv). Close matches never link. The data are read
where they are (the `--data` folder, by default ../shared/data beside the project); nothing is copied.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from base.errors import DrugkgError
from base.paths import PROJECT_ROOT
from graph_build.export.kgx import curie
from ontology.schema import entity_classes, local_name

DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data"
#: Hetionet node kind -> the CURIE prefix of its identifiers (None: already a CURIE, e.g. DOID:1234).
HETIONET_PREFIX = {
    "Compound": "DRUGBANK",
    "Side Effect": "UMLS",
    "Symptom": "MESH",
    "Gene": "NCBIGene",
    "Disease": None,
    "Anatomy": None,
    "Biological Process": None,
    "Cellular Component": None,
    "Molecular Function": None,
}
#: DrugMechDB prefixes -> the project's (Biolink's) spelling.
DRUGMECHDB_PREFIX = {"UniProt": "UniProtKB", "DB": "DRUGBANK", "taxonomy": "NCBITaxon", "reactome": "REACT"}


def data_folder(option: Path | None = None) -> Path:
    """The folder of the public datasets: `option`, else ../shared/data beside the project."""
    folder = Path(option) if option is not None else DEFAULT_DATA
    if not folder.is_dir():
        raise DrugkgError(
            "data folder not found", where=folder, fix="pass --data with the folder holding drugmechdb/ and hetionet/"
        )
    return folder


def _need(path: Path) -> Path:
    if not path.is_file():
        raise DrugkgError("data file not found", where=path, fix="check the --data folder")
    return path


def drugmechdb_curie(node_id: str) -> str:
    """A DrugMechDB node id in the project's CURIE spelling.

    >>> drugmechdb_curie("UniProt:P21397"), drugmechdb_curie("DB:DB01068")
    ('UniProtKB:P21397', 'DRUGBANK:DB01068')
    """
    prefix, _, local = node_id.partition(":")
    return f"{DRUGMECHDB_PREFIX.get(prefix, prefix)}:{local}"


def hetionet_curie(node_id: str) -> str | None:
    """A Hetionet node id (`Kind::identifier`) as a CURIE, or None for kinds without a known prefix.

    >>> hetionet_curie("Compound::DB01068"), hetionet_curie("Disease::DOID:594"), hetionet_curie("Pathway::x")
    ('DRUGBANK:DB01068', 'DOID:594', None)
    """
    kind, _, local = node_id.partition("::")
    if kind not in HETIONET_PREFIX:
        return None
    prefix = HETIONET_PREFIX[kind]
    return local if prefix is None else f"{prefix}:{local}"


@cache
def load_drugmechdb(folder: Path) -> tuple[dict, ...]:
    """DrugMechDB's indication paths (drugmechdb_indication_paths.json), as read."""
    path = _need(folder / "drugmechdb" / "drugmechdb_indication_paths.json")
    try:
        return tuple(json.loads(path.read_text(encoding="utf-8")))
    except json.JSONDecodeError as exc:
        raise DrugkgError(f"not valid JSON ({exc.msg})", where=f"{path}:{exc.lineno}") from None


def drugmechdb_nodes(folder: Path) -> dict[str, tuple[str, str]]:
    """DrugMechDB nodes: CURIE -> (name, type label)."""
    nodes: dict[str, tuple[str, str]] = {}
    for path in load_drugmechdb(folder):
        for node in path["nodes"]:
            nodes.setdefault(drugmechdb_curie(node["id"]), (node["name"], node["label"]))
        drugbank = path["graph"].get("drugbank")
        if drugbank:  # the path's drug, also known by its DrugBank id
            nodes.setdefault(drugmechdb_curie(drugbank), (path["graph"]["drug"], "Drug"))
    return nodes


@cache
def hetionet_nodes(folder: Path) -> dict[str, tuple[str, str, str]]:
    """Hetionet nodes: id (Kind::identifier) -> (CURIE or "", name, kind)."""
    path = _need(folder / "hetionet" / "hetionet-v1.0-nodes.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["id"]: (hetionet_curie(row["id"]) or "", row["name"], row["kind"])
            for row in csv.DictReader(handle, delimiter="\t")
        }


def hetionet_edges(folder: Path):
    """Hetionet edges of the subset: (source id, metaedge abbreviation, target id)."""
    path = _need(folder / "hetionet" / "hetionet-v1.0-edges-subset16.sif.gz")
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader)
        for row in reader:
            yield row[0], row[1], row[2]


@cache
def doid_mesh(folder: Path) -> tuple[tuple[str, str], ...]:
    """Disease Ontology cross-references: (DOID:x, MESH:y) pairs."""
    path = _need(folder / "disease-ontology" / "MESHinDO.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple((row["id"], row["xrefs"]) for row in csv.DictReader(handle, delimiter="\t") if row["xrefs"])


def entity_identifiers(graph: Graph, folder: Path) -> dict[URIRef, set[str]]:
    """Every entity's exact-match CURIEs, widened by Disease Ontology cross-references."""
    classes = set(entity_classes().values())
    pairs = doid_mesh(folder)
    xref: dict[str, set[str]] = {}
    for doid, mesh in pairs:
        xref.setdefault(doid, set()).add(mesh)
        xref.setdefault(mesh, set()).add(doid)
    ids = {}
    for entity in sorted({s for s, o in graph.subject_objects(RDF.type) if o in classes}):
        own = {curie(m) for m in graph.objects(entity, SKOS.exactMatch)}
        ids[entity] = own | {x for c in own for x in xref.get(c, ())}
    return ids


@dataclass
class Links:
    """Which DrugMechDB and Hetionet nodes each entity links to, and through which identifier."""

    drugmechdb: dict[URIRef, list[str]] = field(default_factory=dict)
    hetionet: dict[URIRef, list[str]] = field(default_factory=dict)
    classes: dict[URIRef, str] = field(default_factory=dict)

    def counts(self) -> dict[str, dict[str, int]]:
        """Per class: entities, linked to DrugMechDB, to Hetionet, to both."""
        table: dict[str, Counter] = {}
        for entity, cls in self.classes.items():
            row = table.setdefault(cls, Counter())
            row["entities"] += 1
            row["drugmechdb"] += bool(self.drugmechdb.get(entity))
            row["hetionet"] += bool(self.hetionet.get(entity))
            row["both"] += bool(self.drugmechdb.get(entity)) and bool(self.hetionet.get(entity))
        return {cls: dict(table[cls]) for cls in sorted(table)}

    def lines(self) -> list[str]:
        out = ["class: entities, linked to DrugMechDB, to Hetionet, to both"]
        counts = self.counts()
        for cls, row in counts.items():
            out.append(f"  {cls}: {row['entities']}, {row['drugmechdb']}, {row['hetionet']}, {row['both']}")
        total = Counter()
        for row in counts.values():
            total.update(row)
        out.append(f"  all: {total['entities']}, {total['drugmechdb']}, {total['hetionet']}, {total['both']}")
        return out


def link_entities(graph: Graph, folder: Path) -> Links:
    """Link every entity of `graph` to DrugMechDB and Hetionet nodes by shared identifiers."""
    folder = data_folder(folder)
    mech = drugmechdb_nodes(folder)
    het_by_curie: dict[str, list[str]] = {}
    for node_id, (node_curie, _, _) in hetionet_nodes(folder).items():
        if node_curie:
            het_by_curie.setdefault(node_curie, []).append(node_id)
    links = Links()
    for entity, ids in entity_identifiers(graph, folder).items():
        links.classes[entity] = local_name(sorted(o for o in graph.objects(entity, RDF.type))[0])
        links.drugmechdb[entity] = sorted(c for c in ids if c in mech)
        links.hetionet[entity] = sorted(n for c in ids for n in het_by_curie.get(c, ()))
    return links
