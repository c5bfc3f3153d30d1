"""The claim model: subject, predicate, object and qualifiers, with the evidence that supports them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal

#: Qualifier values as loaded: entity slugs and concept names are str; numbers Decimal or int; flags bool.
Value = str | Decimal | int | bool

MANUAL = "manual_agent"
TEXT_MINING = "text_mining_agent"


@dataclass(frozen=True)
class Evidence:
    """A quote at character offsets in a document, how it was obtained and how much to trust it."""

    document: str
    quote: str
    start: int
    end: int
    method: str = "curated"
    confidence: Decimal = Decimal("1.0")
    agent_type: str = MANUAL
    #: The quote's words that named the subject only by reference ("it", "the drug"), when the extractor resolved
    #: them (dkg:resolvedFrom); empty when both ends are named in the quote.
    resolved_from: str = ""
    #: How many doubts a reader would have about the sentence's reading (graph_build/confidence.doubts): kept so
    #: that the confidence table can be measured per doubt; not part of what makes two evidences the same.
    doubts: int = field(default=0, compare=False)
    #: Whether a careful reader is sure whose the resolved subject is (graph_build/text/owner_certainty.py, decision
    #: 1057); True when nothing was resolved. Like `doubts`, not part of what makes two evidences the same.
    owner_sure: bool = field(default=True, compare=False)


@dataclass
class Claim:
    """One statement: merged across documents when subject, predicate, object and qualifiers agree."""

    subject: str
    predicate: str
    object: str
    negated: bool = False
    certainty: str = "Asserted"
    qualifiers: tuple[tuple[str, tuple[Value, ...]], ...] = ()
    evidence: list[Evidence] = field(default_factory=list)
    refs: set[str] = field(default_factory=set)  # "document#id" names given by curators
    conflicts_with: set[str] = field(default_factory=set)  # refs of conflicting claims

    @property
    def hedged(self) -> bool:
        return self.certainty != "Asserted"

    @property
    def candidate(self) -> bool:
        """Machine-read only (no curated evidence) and every evidence below the confidence threshold
        (graph_build/text/confidence.py): kept for review, never given a direct triple."""
        from graph_build.text.confidence import is_candidate

        return is_candidate(self)

    @property
    def direct(self) -> bool:
        """Whether the claim also gets a direct `subject predicate object` triple."""
        return not self.negated and not self.hedged and not self.candidate

    def key(self) -> tuple:
        """What makes two claims the same claim."""
        return (
            self.subject,
            self.predicate,
            self.object,
            self.negated,
            self.certainty,
            tuple((name, tuple(sorted(map(_canonical, values)))) for name, values in self.qualifiers),
        )

    def digest(self) -> str:
        """A short, stable hash of the key: claim IRIs are derived from it."""
        data = json.dumps(self.key(), ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:10]

    def qualifier(self, name: str) -> tuple[Value, ...]:
        return next((values for key, values in self.qualifiers if key == name), ())

    def documents(self) -> list[str]:
        return sorted({e.document for e in self.evidence})

    def agent_type(self) -> str:
        """Biolink agent type of the claim as a whole, from its evidence."""
        agents = {e.agent_type for e in self.evidence}
        if agents == {MANUAL}:
            return MANUAL
        if MANUAL in agents:
            return "manual_validation_of_automated_agent"
        return TEXT_MINING if agents == {TEXT_MINING} else "automated_agent"


def _canonical(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """Merge claims with the same key into one claim with all their evidence; sorted for determinism.

    >>> a = Claim("clonazepam", "isA", "benzodiazepine", evidence=[Evidence("d1", "x", 0, 1)])
    >>> b = Claim("clonazepam", "isA", "benzodiazepine", evidence=[Evidence("d2", "y", 5, 6)])
    >>> [len(c.evidence) for c in merge_claims([a, b])]
    [2]
    """
    merged: dict[tuple, Claim] = {}
    for claim in claims:
        key = claim.key()
        target = merged.get(key)
        if target is None:
            target = merged[key] = Claim(
                claim.subject, claim.predicate, claim.object, claim.negated, claim.certainty, claim.qualifiers
            )
        for ev in claim.evidence:
            if ev not in target.evidence:
                target.evidence.append(ev)
        target.refs |= claim.refs
        target.conflicts_with |= claim.conflicts_with
    for claim in merged.values():
        claim.evidence.sort(key=lambda e: (e.document, e.start, e.end, e.method))
    return sorted(merged.values(), key=lambda c: (c.subject, c.predicate, c.object, c.digest()))


def find_conflicts(claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Pairs of claims that conflict: declared by a curator, or the same triple asserted and negated.

    >>> yes = Claim("a", "treats", "b", evidence=[Evidence("d1", "x", 0, 1)])
    >>> no = Claim("a", "treats", "b", negated=True, evidence=[Evidence("d2", "y", 0, 1)])
    >>> len(find_conflicts([yes, no]))
    1
    """
    by_ref = {ref: claim for claim in claims for ref in claim.refs}
    pairs: dict[tuple[str, str], tuple[Claim, Claim]] = {}

    def add(a: Claim, b: Claim) -> None:
        if a is not b:
            first, second = sorted((a, b), key=lambda c: c.digest())
            pairs[(first.digest(), second.digest())] = (first, second)

    for claim in claims:
        for ref in sorted(claim.conflicts_with):
            add(claim, by_ref[ref])
    triples: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        triples.setdefault((claim.subject, claim.predicate, claim.object), []).append(claim)
    for group in triples.values():
        for a in group:
            for b in group:
                if a.negated and not b.negated and set(a.documents()) != set(b.documents()):
                    add(a, b)
    return [pairs[k] for k in sorted(pairs)]
