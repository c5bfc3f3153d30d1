"""The review loop: list a document's machine-read claims, and accept, reject or correct each one.

A machine-read claim is one whose evidence is all text-mined (agent type text_mining_agent, no curated
evidence) once the build's extraction has been merged with the curated claims. Each evidence sentence of
such a claim in the document is one *reading* to review, shown with its sentence and the spans where its
subject and object are named. A decision is written to the document's curated claims file
(graph_build/review_store.py): an accepted or corrected reading becomes a curated claim with the sentence as
its quote, a rejected or corrected one is remembered so that the build drops it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from base.errors import DrugkgError
from graph_build.claims import TEXT_MINING, Claim, merge_claims
from graph_build.read import Document
from graph_build.review_store import ACCEPTED, CORRECTED, REJECTED, claims_path, reading_key, record
from ontology.lexicon import Entity


@dataclass(frozen=True)
class Span:
    """Where a claim's subject or object is named in the sentence (offsets into the sentence)."""

    start: int
    end: int
    role: str  # "subject" or "object"
    slug: str


@dataclass
class Reading:
    """One machine-read claim as read from one sentence of the document."""

    number: int  # 1-based position in the list
    ident: str  # stable: a hash of the document, the sentence offsets and the claim
    document: str
    start: int
    end: int
    sentence: str
    claim: Claim
    rule: str
    confidence: Decimal
    spans: list[Span] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # slug -> label, for subject, object and qualifiers
    candidate: bool = False  # below the build's confidence threshold: a candidate, no direct triple

    @property
    def source(self) -> str:
        """'candidate' or 'machine-read', as the graph and the library queries call it."""
        return "candidate" if self.candidate else "machine-read"

    @property
    def unnamed(self) -> list[str]:
        """Roles whose entity the sentence does not name (read from the context, e.g. a pronoun)."""
        named = {s.role for s in self.spans}
        return [role for role in ("subject", "object") if role not in named]

    def statement(self) -> str:
        c = self.claim
        hedge = f" ({c.certainty})" if c.hedged else ""
        return f"{c.subject} {'NOT ' if c.negated else ''}{c.predicate}{hedge} {c.object}"

    def qualifier_text(self) -> str:
        """The qualifiers as NAME=VALUE; ... (the form `parse_qualifiers` reads)."""
        return qualifiers_text(self.claim)


@dataclass(frozen=True)
class Correction:
    """What a reviewer changes in a reading; None keeps the reading's value."""

    predicate: str | None = None
    negated: bool | None = None
    certainty: str | None = None
    subject: str | None = None
    object: str | None = None
    qualifiers: dict[str, list[Any]] | None = None  # replaces all qualifiers when given ({} clears them)

    def empty(self) -> bool:
        return all(v is None for v in vars(self).values())


def parse_qualifiers(items: list[str]) -> dict[str, list[Any]]:
    """Qualifiers written NAME=VALUE (one per item, or several in one item separated by ';').

    >>> parse_qualifiers(["useStatus=SecondaryUse; population=pregnant-women", "isEstimate=true"])
    {'useStatus': ['SecondaryUse'], 'population': ['pregnant-women'], 'isEstimate': [True]}
    """
    found: dict[str, list[Any]] = {}
    for item in (part for text in items for part in text.split(";")):
        if not item.strip():
            continue
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise DrugkgError(f"bad qualifier '{item.strip()}'", fix="write NAME=VALUE, e.g. useStatus=SecondaryUse")
        low = value.strip().lower()
        found.setdefault(name.strip(), []).append({"true": True, "false": False}.get(low, value.strip()))
    return found


def qualifiers_text(claim: Claim) -> str:
    """The claim's qualifiers as parse_qualifiers reads them back."""
    return "; ".join(f"{k}={_text(v)}" for k, values in claim.qualifiers for v in values)


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _ident(claim: Claim) -> str:
    data = repr(reading_key(claim)).encode("utf-8")
    return "r" + hashlib.sha256(data).hexdigest()[:8]


def _spans(sentence: str, claim: Claim, lexicon: dict[str, Entity]) -> list[Span]:
    from graph_build.text.recognise import recognise

    mentions, _ = recognise(sentence, lexicon, vocabularies=False)
    spans = []
    for role, slug in (("subject", claim.subject), ("object", claim.object)):
        found = [Span(m.start, m.end, role, slug) for m in mentions if m.slug == slug]
        if not found and slug in lexicon:  # a name the recogniser only finds in context: look for it plainly
            low = sentence.lower()
            for name in sorted(lexicon[slug].names(), key=len, reverse=True):
                at = low.find(name.lower()) if name else -1
                if at >= 0:
                    found = [Span(at, at + len(name), role, slug)]
                    break
        spans += found
    return sorted(spans, key=lambda s: (s.start, s.end, s.role))


def _document(corpus: Path, document_id: str) -> tuple[list[Document], Document]:
    from graph_build.read import read_corpus

    documents = read_corpus(corpus)
    for document in documents:
        if document.id == document_id:
            return documents, document
    known = ", ".join(d.id for d in documents)
    raise DrugkgError(f"no document '{document_id}' in the corpus", where=corpus, fix=f"use one of: {known}")


def _mined(corpus: Path, documents: list[Document]) -> tuple[list[Claim], dict[str, Entity]]:
    """The build's claims for `documents` (curated of the whole corpus plus extracted, merged) and the lexicon."""
    from graph_build.curated import load_curated
    from graph_build.read import read_corpus
    from graph_build.text.cache import extraction_cache
    from graph_build.text.textmine import mine
    from ontology.lexicon import load_lexicon

    lexicon = load_lexicon()
    curated = load_curated(corpus, read_corpus(corpus), lexicon)
    mined = mine(documents, lexicon, curated, extraction_cache())
    return merge_claims(mined.claims), mined.lexicon


def readings(corpus: str | Path, document_id: str) -> list[Reading]:
    """The machine-read claims of a document to review, one per evidence sentence, in text order."""
    corpus = Path(corpus)
    _all, document = _document(corpus, document_id)
    claims, lexicon = _mined(corpus, [document])
    found = []
    for claim in claims:
        if claim.agent_type() != TEXT_MINING:
            continue
        for ev in claim.evidence:
            if ev.document != document.id:
                continue
            one = replace(claim, evidence=[ev], refs=set(), conflicts_with=set())
            slugs = {claim.subject, claim.object} | {
                v for _k, vs in claim.qualifiers for v in vs if isinstance(v, str) and v in lexicon
            }
            found.append(
                Reading(
                    0,
                    _ident(one),
                    document.id,
                    ev.start,
                    ev.end,
                    ev.quote,
                    one,
                    ev.method,
                    ev.confidence,
                    _spans(ev.quote, claim, lexicon),
                    {s: lexicon[s].label for s in sorted(slugs) if s in lexicon},
                    claim.candidate,
                )
            )
    found.sort(key=lambda r: (r.start, r.end, reading_key(r.claim)))
    for number, reading in enumerate(found, 1):
        reading.number = number
    return found


def documents_to_review(corpus: str | Path) -> list[tuple[str, str, int]]:
    """(document id, title, machine-read readings) for every document of the corpus."""
    from graph_build.read import read_corpus

    corpus = Path(corpus)
    documents = read_corpus(corpus)
    claims, _ = _mined(corpus, documents)
    counts = dict.fromkeys((d.id for d in documents), 0)
    for claim in claims:
        if claim.agent_type() == TEXT_MINING:
            for ev in claim.evidence:
                counts[ev.document] = counts.get(ev.document, 0) + 1
    return [(d.id, d.title, counts[d.id]) for d in documents]


def pick(found: list[Reading], which: str | int) -> Reading:
    """The reading numbered `which` (1-based) or whose ident is `which`."""
    text = str(which).strip()
    for reading in found:
        if text == reading.ident or (text.isdigit() and int(text) == reading.number):
            return reading
    if not found:
        raise DrugkgError("this document has no machine-read claim left to review")
    raise DrugkgError(
        f"no reading '{text}' to review", fix=f"give a number from 1 to {len(found)} or an ident shown by --list"
    )


def _claim_fields(claim: Claim, reading: Reading) -> dict[str, Any]:
    fields: dict[str, Any] = {"subject": claim.subject, "predicate": claim.predicate, "object": claim.object}
    if claim.negated:
        fields["negated"] = True
    if claim.certainty != "Asserted":
        fields["certainty"] = claim.certainty
    if claim.qualifiers:
        fields["qualifiers"] = {k: list(v) for k, v in claim.qualifiers}
    fields["evidence"] = [{"quote": reading.sentence, "start": reading.start, "end": reading.end}]
    return fields


def _decision_fields(decision: str, reading: Reading) -> dict[str, Any]:
    c = reading.claim
    return {
        "decision": decision,
        "start": reading.start,
        "end": reading.end,
        "subject": c.subject,
        "predicate": c.predicate,
        "object": c.object,
        "negated": c.negated,
        "certainty": c.certainty,
        "rule": reading.rule,
        "confidence": reading.confidence,
    }


def _check(corpus: Path, document_id: str, fields: dict[str, Any], known: dict[str, str]) -> None:
    """Refuse a claim the build would refuse (unknown entity or predicate, wrong domain, bad qualifier)."""
    from graph_build.curated import _Checker
    from ontology.lexicon import load_lexicon

    _all, document = _document(corpus, document_id)
    lexicon = load_lexicon()
    for role in ("subject", "object"):
        if fields[role] in known and fields[role] not in lexicon:
            raise DrugkgError(
                f"'{fields[role]}' ({role}) was added by a broad vocabulary and is not in ontology/lexicon.yaml",
                where=claims_path(corpus, document_id),
                fix="add the entity to the lexicon to curate this claim, or reject or correct the reading",
            )
    _Checker(claims_path(corpus, document_id), document, lexicon).claim({"id": "checked", **fields})


def _apply(claim: Claim, change: Correction) -> Claim:
    qualifiers = claim.qualifiers
    if change.qualifiers is not None:
        qualifiers = tuple((k, tuple(v)) for k, v in sorted(change.qualifiers.items()))
    return replace(
        claim,
        subject=change.subject or claim.subject,
        predicate=change.predicate or claim.predicate,
        object=change.object or claim.object,
        negated=claim.negated if change.negated is None else change.negated,
        certainty=change.certainty or claim.certainty,
        qualifiers=qualifiers,
    )


def decide(
    corpus: str | Path, document_id: str, which: str | int, decision: str, change: Correction | None = None
) -> str:
    """Record a decision on one reading of a document; returns one line saying what was written where."""
    corpus = Path(corpus)
    reading = pick(readings(corpus, document_id), which)
    path = claims_path(corpus, document_id)
    if decision == REJECTED:
        record(corpus, document_id, _decision_fields(REJECTED, reading))
        return f"rejected {reading.ident} ({reading.statement()}); the build will drop it: {path}"
    if decision == ACCEPTED:
        fields = _claim_fields(reading.claim, reading)
        _check(corpus, document_id, fields, reading.labels)
        ident = record(corpus, document_id, _decision_fields(ACCEPTED, reading), fields)
        return f"accepted {reading.ident} as curated claim '{ident}' in {path}"
    if decision == CORRECTED:
        if change is None or change.empty():
            raise DrugkgError("a correction needs at least one change", fix="give --predicate, --negated, ...")
        corrected = _apply(reading.claim, change)
        if reading_key(corrected) == reading_key(reading.claim) and corrected.qualifiers == reading.claim.qualifiers:
            raise DrugkgError("the correction changes nothing", fix="accept the reading instead")
        fields = _claim_fields(corrected, reading)
        _check(corpus, document_id, fields, reading.labels)
        ident = record(corpus, document_id, _decision_fields(CORRECTED, reading), fields)
        return f"corrected {reading.ident} to curated claim '{ident}' in {path}"
    raise DrugkgError(f"unknown decision '{decision}'", fix="use accepted, rejected or corrected")


class Desk:
    """The review loop bound to one corpus: what the served review page (queries/review_serve.py) calls."""

    def __init__(self, corpus: str | Path) -> None:
        self.corpus = Path(corpus)

    def documents(self) -> list[tuple[str, str, int]]:
        return documents_to_review(self.corpus)

    def readings(self, document_id: str) -> list[Reading]:
        return readings(self.corpus, document_id)

    def decide(self, document_id: str, which: str, decision: str, change: Correction | None = None) -> str:
        return decide(self.corpus, document_id, which, decision, change)

    def correction(self, qualifiers: str | None = None, **fields: Any) -> Correction:
        """A Correction from form fields; `qualifiers` as text (NAME=VALUE; ...), "" for none."""
        return Correction(**fields, qualifiers=None if qualifiers is None else parse_qualifiers([qualifiers]))
