"""The distributed build's two steps as plain functions (no engine): map a partition of documents to records,
and reduce one bucket of records to N-Triples lines and claim-table rows.

Every record goes to a bucket chosen by a content hash: a claim by its subject, predicate and object, a
document by its id, an entity by its slug. All claims that `merge_claims` could join, and every pair that
`find_conflicts` could find by triple, share (subject, predicate, object), hence a bucket; so merging each
bucket on its own gives the claims of the single-process build, and the buckets' triples are disjoint. The
rest of the single build's steps that look across documents are reproduced by the driver: the lexicon grows
by the entity of the first document (by id) that found it, as `combine_results` does; conflicts a curator
declared between claims (refs) are paired from the curated claims alone, which hold every ref.

The per-document work is `graph_build.text.textmine.mine_document`, the unit of every build.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import Graph

from base.errors import DrugkgError
from graph_build.assemble import (
    add_claim,
    add_document,
    add_entity,
    claim_iri,
    evidence_iri,
    referenced_entities,
)
from graph_build.claims import Claim, find_conflicts, merge_claims
from graph_build.read import SizeLimits
from graph_build.review_store import drop_rejected
from graph_build.scale.partition import Partition, read_partition
from graph_build.text.textmine import combine, mine_document
from ontology.lexicon import Entity
from ontology.vocab import DKG

#: Record kinds: a document's triples, a text-mined claim, a curated claim, a triple written as it is.
DOC, MINED, CURATED, LINE = "doc", "mined", "curated", "line"
Record = tuple[int, str, object]  # (bucket, kind, payload)

CLAIM_COLUMNS = (
    "claim",
    "subject",
    "predicate",
    "object",
    "negated",
    "certainty",
    "candidate",
    "direct",
    "agent_type",
    "support_count",
    "evidence_count",
    "max_confidence",
    "documents",
)
EVIDENCE_COLUMNS = (
    "evidence",
    "claim",
    "document",
    "start",
    "end",
    "method",
    "confidence",
    "agent_type",
    "resolved_from",
    # (whether a careful reader is unsure whose "it" the evidence's owner is, as `dkg:ownerUnsure` says in the graph:
    # decisions 1112, 1122)
    "owner_unsure",
    "quote",
)


def bucket_of(key: str, buckets: int) -> int:
    """The bucket of a key: the same on every machine and in every process (not Python's salted `hash`).

    >>> bucket_of("clonazepam|treats|seizure", 16) == bucket_of("clonazepam|treats|seizure", 16)
    True
    >>> 0 <= bucket_of("x", 7) < 7
    True
    """
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") % buckets


def claim_bucket(claim: Claim, buckets: int) -> int:
    return bucket_of(f"{claim.subject}|{claim.predicate}|{claim.object}", buckets)


@dataclass
class PartitionResult:
    """What one partition gives the reduce: its records and the entities its documents added."""

    index: int
    documents: int
    extracted: int  # text-mined claims, after the reviewers' rejections (as the build's count)
    entities: dict[str, tuple[str, Entity]]  # slug -> (id of the first document that found it, entity)
    records: list[Record] = field(default_factory=list)


def nt_lines(graph: Graph) -> list[str]:
    """A graph's triples as N-Triples lines (each ending in " ."), sorted."""
    return sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())


def mine_partition(
    partition: Partition,
    lexicon: dict[str, Entity],
    buckets: int,
    *,
    limits: SizeLimits | None = None,
    cache: Path | None = None,
) -> PartitionResult:
    """Read a partition and run the build's per-document function on each document (`mine_document`)."""
    documents = read_partition(partition, limits)
    entities: dict[str, tuple[str, Entity]] = {}
    claims: list[Claim] = []
    records: list[Record] = []
    for document in documents:
        result = mine_document(document, lexicon, cache)
        for slug, entity in sorted(result.entities.items()):
            entities.setdefault(slug, (document.id, entity))
        claims += result.claims
        graph = Graph()
        add_document(graph, document)
        records.append((bucket_of(document.id, buckets), DOC, (document.id, nt_lines(graph))))
    claims = drop_rejected(claims, documents)  # readings a reviewer rejected (as combine_results)
    records += [(claim_bucket(c, buckets), MINED, c) for c in claims]
    return PartitionResult(partition.index, len(documents), len(claims), entities, records)


def first_entities(a: dict[str, tuple[str, Entity]], b: dict[str, tuple[str, Entity]]) -> dict[str, tuple[str, Entity]]:
    """Two partitions' found entities joined: for each slug, that of the document first by id.

    >>> e1, e2 = object(), object()
    >>> first_entities({"x": ("d2", e2)}, {"x": ("d1", e1)})["x"][0]
    'd1'
    """
    out = dict(a)
    for slug, (doc, entity) in b.items():
        if slug not in out or doc < out[slug][0]:
            out[slug] = (doc, entity)
    return out


def extend_lexicon(lexicon: dict[str, Entity], found: dict[str, tuple[str, Entity]]) -> dict[str, Entity]:
    """The lexicon plus the entities the documents found (a lexicon entry always wins, as in the build)."""
    extended = dict(lexicon)
    for slug in sorted(found):
        extended.setdefault(slug, found[slug][1])
    return extended


def curated_records(curated: list[Claim], buckets: int) -> list[Record]:
    """The curated claims as records, and the conflicts curators declared (by ref) as triples.

    The pairs are those of `find_conflicts`'s first step (refs); claim IRIs depend only on a claim's key,
    which text-mined evidence merged into it does not change.
    """
    records: list[Record] = [(claim_bucket(c, buckets), CURATED, c) for c in curated]
    merged = merge_claims(curated)
    by_ref = {ref: claim for claim in merged for ref in claim.refs}
    for claim in merged:
        for ref in sorted(claim.conflicts_with):
            other = by_ref[ref]
            if other is claim:
                continue
            first, second = sorted((claim, other), key=lambda c: c.digest())
            a, b = claim_iri(first), claim_iri(second)
            bucket = claim_bucket(first, buckets)
            records += [
                (bucket, LINE, f"<{a}> <{DKG.conflictsWith}> <{b}> ."),
                (bucket, LINE, f"<{b}> <{DKG.conflictsWith}> <{a}> ."),
            ]
    return records


@dataclass
class BucketResult:
    """One bucket's output: N-Triples lines, claim and evidence table rows, and the entities it uses."""

    bucket: int
    lines: list[str]
    claims: list[tuple]
    evidence: list[tuple]
    entities: list[str]


def reduce_bucket(bucket: int, records: list[Record], lexicon: dict[str, Entity]) -> BucketResult:
    """Merge one bucket's records as the single build does: align text-mined claims to curated ones
    (`combine`), merge by key (`merge_claims`), assemble their triples (`add_claim`) and conflicts."""
    lines: set[str] = set()
    documents: dict[str, list[str]] = {}
    curated: list[Claim] = []
    mined: list[Claim] = []
    for _, kind, payload in records:
        if kind == DOC:
            doc_id, doc_lines = payload  # type: ignore[misc]
            if doc_id in documents:
                raise DrugkgError(f"document id '{doc_id}' appears twice in the corpus", fix="give each an own id")
            documents[doc_id] = doc_lines
            lines.update(doc_lines)
        elif kind == MINED:
            mined.append(payload)  # type: ignore[arg-type]
        elif kind == CURATED:
            curated.append(payload)  # type: ignore[arg-type]
        else:
            lines.add(payload)  # type: ignore[arg-type]
    mined.sort(key=lambda c: (c.evidence[0].document, c.evidence[0].start, c.evidence[0].end, c.digest()))
    claims = merge_claims(combine(curated, mined))
    graph = Graph()
    for claim in claims:
        add_claim(graph, claim, lexicon)
    # refs are paired by the driver (curated_records): here only the pairs found by triple
    for first, second in find_conflicts([dataclasses.replace(c, conflicts_with=set()) for c in claims]):
        graph.add((claim_iri(first), DKG.conflictsWith, claim_iri(second)))
        graph.add((claim_iri(second), DKG.conflictsWith, claim_iri(first)))
    lines.update(nt_lines(graph))
    rows = sorted(_claim_row(c) for c in claims)
    evidence = sorted(row for c in claims for row in _evidence_rows(c))
    return BucketResult(bucket, sorted(lines), rows, evidence, referenced_entities(claims, lexicon))


def entity_lines(slugs: list[str], lexicon: dict[str, Entity]) -> list[str]:
    """The triples of the entities `slugs` (as `assemble_graph` writes them), sorted."""
    graph = Graph()
    for slug in slugs:
        add_entity(graph, lexicon[slug], lexicon)
    return nt_lines(graph)


def _confidence(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _claim_row(claim: Claim) -> tuple:
    return (
        str(claim_iri(claim)),
        claim.subject,
        claim.predicate,
        claim.object,
        str(claim.negated).lower(),
        claim.certainty,
        str(claim.candidate).lower(),
        str(claim.direct).lower(),
        claim.agent_type(),
        len(claim.documents()),
        len(claim.evidence),
        _confidence(max((e.confidence for e in claim.evidence), default=Decimal(0))),
        " ".join(claim.documents()),
    )


def _evidence_rows(claim: Claim) -> list[tuple]:
    node = str(claim_iri(claim))
    return [
        (
            str(evidence_iri(claim, e.document, e.start, e.end, e.method)),
            node,
            e.document,
            e.start,
            e.end,
            e.method,
            _confidence(e.confidence),
            e.agent_type,
            e.resolved_from,
            str(not e.owner_sure).lower(),
            e.quote,
        )
        for e in claim.evidence
    ]


def csv_text(columns: tuple[str, ...], rows: list[tuple]) -> str:
    r"""Rows as CSV (RFC 4180, a header line, "\n" line ends): read by pandas, pyarrow, DuckDB or Spark.

    >>> print(csv_text(("a", "b"), [(1, "x,y")]), end="")
    a,b
    1,"x,y"
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()
