"""Text mining inside the build: extract every document (or reuse its cached result), add the new entities to
the lexicon, and combine extracted claims with curated ones.

The merge rule (docs/decisions/0403-merging-extracted-and-curated.md): an extracted claim whose subject,
predicate, object and negation equal those of a curated claim of the build takes that claim's certainty and
qualifiers, so that `merge_claims` makes them one claim with both evidences (curated and text-mined). When
several curated claims share the four, the one whose evidence overlaps the extracted sentence is chosen,
else the first in a fixed order. Extracted claims with no curated counterpart stay as text-mined claims with
the qualifiers and certainty the extractor found.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path

from graph_build.claims import Claim
from graph_build.read import Document
from graph_build.review_store import drop_rejected
from graph_build.text.cache import load, store
from graph_build.text.extract import Extraction, extract_document
from ontology.lexicon import Entity


@dataclass
class Mined:
    claims: list[Claim]  # curated and extracted, ready for merge_claims
    lexicon: dict[str, Entity]  # the lexicon plus the entities the vocabularies added
    extracted: int  # extracted claims (before merging)
    cached: int  # documents whose result came from the cache


def _overlaps(a: Claim, b: Claim) -> bool:
    return any(x.document == y.document and x.start < y.end and y.start < x.end for x in a.evidence for y in b.evidence)


def combine(curated: list[Claim], extracted: list[Claim]) -> list[Claim]:
    """Curated claims plus extracted ones, each extracted claim aligned to its curated counterpart, if any.

    >>> from graph_build.claims import Evidence, TEXT_MINING, merge_claims
    >>> primary = (("useStatus", ("PrimaryUse",)),)
    >>> gold = Claim("a", "treats", "b", qualifiers=primary, evidence=[Evidence("d", "q", 0, 9)])
    >>> mined = Claim("a", "treats", "b", evidence=[Evidence("d", "q", 0, 9, "rule:x", agent_type=TEXT_MINING)])
    >>> [c.agent_type() for c in merge_claims(combine([gold], [mined]))]
    ['manual_validation_of_automated_agent']
    """
    by_fact: dict[tuple, list[Claim]] = {}
    for claim in sorted(curated, key=lambda c: c.digest()):
        by_fact.setdefault((claim.subject, claim.predicate, claim.object, claim.negated), []).append(claim)
    out = list(curated)
    for claim in extracted:
        matches = by_fact.get((claim.subject, claim.predicate, claim.object, claim.negated))
        if matches:
            target = next((m for m in matches if _overlaps(m, claim)), matches[0])
            claim = dataclasses.replace(claim, certainty=target.certainty, qualifiers=target.qualifiers)
        out.append(claim)
    return out


def _progress(documents: list[Document], enabled: bool):
    if not enabled or len(documents) < 20 or not sys.stderr.isatty():
        return documents
    try:
        from tqdm import tqdm
    except ImportError:
        return documents
    return tqdm(documents, desc="extracting", unit="doc", file=sys.stderr)


def mine(
    documents: list[Document],
    lexicon: dict[str, Entity],
    curated: list[Claim],
    cache: Path | None,
    *,
    progress: bool = False,
) -> Mined:
    """Extract claims from every document, using and filling the cache folder when one is given."""
    results: list[Extraction] = []
    cached = 0
    for document in _progress(documents, progress):
        result = load(cache, document.id, document.sha256) if cache else None
        if result is None:
            result = extract_document(document, lexicon)
            if cache:
                store(cache, document.id, document.sha256, result)
        else:
            cached += 1
        results.append(result)
    extended = dict(lexicon)
    for result in results:
        for slug, entity in sorted(result.entities.items()):
            extended.setdefault(slug, entity)
    extracted = [c for r in results for c in r.claims]
    extracted = drop_rejected(extracted, documents)  # readings a reviewer rejected (graph_build/review_store.py)
    return Mined(combine(curated, extracted), extended, len(extracted), cached)
