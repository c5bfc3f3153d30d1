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
from collections.abc import Iterator
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


def mine_document(document: Document, lexicon: dict[str, Entity], cache: Path | None = None) -> Extraction:
    """The extraction of one document: its cached result when `cache` holds one, else extracted now (and stored
    in `cache`). The unit of work of every build, serial, parallel (`mine`) or distributed: results depend only
    on the document and the lexicon, so they can be computed anywhere and combined in document order by
    `combine_results`.

    >>> from ontology.lexicon import load_lexicon
    >>> text = "Klonopin is used to treat seizures."
    >>> doc = Document("d", "t", "d.txt", "", text, Path("d.txt"))
    >>> sorted((c.predicate, c.object) for c in mine_document(doc, load_lexicon()).claims)
    [('treats', 'seizure')]
    """
    result = load(cache, document.id, document.sha256) if cache else None
    if result is None:
        result = extract_document(document, lexicon)
        if cache:
            store(cache, document.id, document.sha256, result)
    return result


def combine_results(
    documents: list[Document],
    results: list[Extraction],
    lexicon: dict[str, Entity],
    curated: list[Claim],
    cached: int = 0,
) -> Mined:
    """The build's claims from the documents' extractions (`results[i]` is that of `documents[i]`): the lexicon
    grows by the entities they found, claims a reviewer rejected are dropped, the rest is aligned to curated
    claims (`combine`)."""
    extended = dict(lexicon)
    for result in results:
        for slug, entity in sorted(result.entities.items()):
            extended.setdefault(slug, entity)
    extracted = [c for r in results for c in r.claims]
    extracted = drop_rejected(extracted, documents)  # readings a reviewer rejected (graph_build/review_store.py)
    return Mined(combine(curated, extracted), extended, len(extracted), cached)


def mine(
    documents: list[Document],
    lexicon: dict[str, Entity],
    curated: list[Claim],
    cache: Path | None,
    *,
    jobs: int = 1,
    progress: bool = False,
) -> Mined:
    """Extract claims from every document, using and filling the cache folder when one is given.

    Documents not in the cache are extracted by `jobs` worker processes when there are enough of them to pay
    for starting the workers (graph_build/text/parallel.py); the result is the same, in the same order, for
    any `jobs`. `progress` reports each document on stderr (base/progress.py).
    """
    from base.progress import Progress

    results: list[Extraction | None] = [load(cache, d.id, d.sha256) if cache else None for d in documents]
    pending = [i for i, r in enumerate(results) if r is None]
    cached = len(documents) - len(pending)
    with Progress(len(documents), "extracting", "doc", enabled=progress) as bar:
        bar.update(cached)
        todo = [documents[i] for i in pending]
        for i, result in zip(pending, extract_many(todo, lexicon, cache, jobs=jobs), strict=True):
            results[i] = result
            bar.update()
    return combine_results(documents, [r for r in results if r is not None], lexicon, curated, cached)


def extract_many(
    documents: list[Document], lexicon: dict[str, Entity], cache: Path | None, *, jobs: int = 1
) -> Iterator[Extraction]:
    """The extraction of each document (not looked up in the cache, but stored there), yielded in order as
    they are done, by `jobs` processes when the documents are enough to make that faster."""
    from graph_build.text.parallel import extract_in_workers, workers_for

    workers = workers_for(len(documents), jobs)
    if workers <= 1:
        for document in documents:
            result = extract_document(document, lexicon)
            if cache:
                store(cache, document.id, document.sha256, result)
            yield result
        return
    yield from extract_in_workers(documents, lexicon, cache, workers)
