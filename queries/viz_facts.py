"""One edge per fact: the claims that say the same thing (subject, predicate, object, polarity) taken together.

A fact carries what a reader needs at a glance: how many articles support it, its distinct sentences (a
curator and an extraction rule quoting the same sentence give one sentence, marked with both), whether every
claim is hedged, machine-read or only a candidate, and its wording from the ontology's labels ("treats",
"not for", "has adverse effect (possible)"), never from internal names.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache, cached_property

from ontology.vocab import DKG
from queries.viz_model import Claim, Model, term_label, words
from queries.viz_tables import Tables

FOR_PREDICATES = ("treats", "alleviates")  # a negated one reads "not for"


@cache
def relation_label(predicate: str) -> str:
    """The ontology's label of a predicate (its local name).

    >>> relation_label("hasWithdrawalEffect")
    'has withdrawal effect'

    A predicate from another vocabulary (an imported Biolink slot such as positively_regulates) reads as words:

    >>> relation_label("positively_regulates")
    'positively regulates'
    """
    try:
        return term_label(str(DKG[predicate]))
    except AttributeError:  # not an ontology term (a closed namespace refuses unknown names)
        return words(predicate).replace("_", " ")


@cache
def certainty_label(certainty: str) -> str:
    """The ontology's label of a certainty value such as 'Reported'.

    >>> certainty_label("Reported")
    'reported in some cases'
    """
    return term_label(str(DKG[certainty]))


def wording(predicate: str, negated: bool, hedges: list[str], candidate: bool = False) -> str:
    """How an edge or a page line names the relation.

    >>> wording("treats", True, [])
    'not for'
    >>> wording("isA", True, [])
    'is not a'
    >>> wording("hasAdverseEffect", False, ["Possible"])
    'has adverse effect (possible)'
    >>> wording("treats", False, [], candidate=True)
    'candidate: treats'
    """
    label = relation_label(predicate)
    if negated:
        label = "not for" if predicate in FOR_PREDICATES else "is not a" if predicate == "isA" else f"not: {label}"
    if hedges:
        label += f" ({', '.join(certainty_label(h) for h in hedges)})"
    return f"candidate: {label}" if candidate else label


@dataclass
class Sentence:
    """One distinct sentence (a quote in one article) that supports a fact."""

    quote: str
    document: str
    start: int | None
    end: int | None
    methods: list[str] = field(default_factory=list)
    machine_read: bool = True  # no curator gave or checked this sentence
    confidence: str = ""  # the text miner's highest confidence for it
    certainty: list[str] = field(default_factory=list)
    cells: list[tuple[str, str]] = field(default_factory=list)  # (column heading, cell) of a table row


_BOOKKEEPING = {"support count", "step index", "mechanism of"}  # qualifiers a fact does not list


@dataclass
class Fact:
    """The claims with one subject, predicate, object and polarity, shown as one edge or one line."""

    id: str
    subject: str
    predicate: str
    object: str
    negated: bool
    claims: list[Claim]
    sentences: list[Sentence]

    @cached_property  # asked for many times per page; a fact's claims never change
    def stated(self) -> list[Claim]:
        """The claims that count as facts (candidates never do)."""
        return [c for c in self.claims if not c.candidate]

    @property
    def candidate(self) -> bool:
        return not self.stated

    @cached_property  # asked for many times per page; a fact's claims never change
    def hedges(self) -> list[str]:
        """The hedges when every (non-candidate) claim is hedged; [] when one is stated firmly."""
        claims = self.stated or self.claims
        if any(not c.hedged for c in claims):
            return []
        return sorted({c.certainty for c in claims})

    @property
    def machine_read(self) -> bool:
        return all(c.machine_read or c.candidate for c in self.claims)

    @property
    def confidence(self) -> str:
        values = [e.confidence for c in self.claims for e in c.evidence if e.confidence]
        return max(values, key=float) if values else ""

    @cached_property  # asked for many times per page; a fact's claims never change
    def documents(self) -> list[str]:
        return sorted({e.document for c in self.claims for e in c.evidence if e.document})

    @property
    def support(self) -> int:
        """How many articles support it."""
        return len(self.documents)

    def relation(self) -> str:
        return wording(self.predicate, self.negated, self.hedges, self.candidate)

    def qualifiers(self) -> list[tuple[str, str]]:
        """Distinct qualifiers of its claims, in order (bookkeeping ones left out); a new list each time, made
        once (a page asks for them once per page that lists the fact)."""
        return list(self._qualifiers)

    @cached_property
    def _qualifiers(self) -> tuple[tuple[str, str], ...]:
        seen: dict[tuple[str, str], None] = {}
        for claim in self.claims:
            for q in claim.qualifiers:
                if q[0] not in _BOOKKEEPING:
                    seen[q] = None
        return tuple(seen)

    @property
    def step(self) -> int | None:
        steps = [c.step for c in self.claims if c.step is not None]
        return min(steps) if steps else None


def fact_id(subject: str, predicate: str, obj: str, negated: bool) -> str:
    """A stable id for a fact (the same in every view and every build of the same graph).

    >>> fact_id("s", "treats", "o", False) == fact_id("s", "treats", "o", False) != fact_id("s", "treats", "o", True)
    True
    """
    key = f"{subject}\n{predicate}\n{obj}\n{negated}".encode()
    return "fact:" + hashlib.sha256(key).hexdigest()[:16]


def _sentences(claims: list[Claim], tables: Tables | None) -> list[Sentence]:
    found: dict[tuple[str, str], Sentence] = {}
    for claim in claims:
        for ev in claim.evidence:
            key = (ev.document, " ".join(ev.quote.split()))
            s = found.get(key)
            if s is None:
                s = found[key] = Sentence(ev.quote, ev.document, ev.start, ev.end)
                if tables is not None:
                    s.cells = tables.cells(ev.document, ev.start, ev.quote)
            method = ev.method or "unknown"
            # (the panel names a reading whose resolved owner is unsure as such: decision 1112)
            shown = method + (", owner unsure" if ev.owner_unsure else "")
            if shown not in s.methods:
                s.methods.append(shown)
            machine = claim.machine_read or claim.candidate or method.startswith("rule:")
            s.machine_read = s.machine_read and machine
            if machine and ev.confidence and (not s.confidence or float(ev.confidence) > float(s.confidence)):
                s.confidence = ev.confidence
            if claim.certainty not in s.certainty:
                s.certainty.append(claim.certainty)
    return sorted(found.values(), key=lambda s: (s.document, s.start if s.start is not None else -1, s.quote))


def facts_of(model: Model, claims: list[str], tables: Tables | None = None) -> dict[str, Fact]:
    """The facts of these claims (claim IRIs of `model`), by fact id, in a stable order."""
    groups: dict[tuple[str, str, str, bool], list[Claim]] = {}
    for iri in sorted(claims):
        c = model.claims[iri]
        groups.setdefault((c.subject, c.predicate, c.object, c.negated), []).append(c)
    facts = {}
    for key in sorted(groups):
        members = groups[key]
        fid = fact_id(*key)
        facts[fid] = Fact(fid, *key, claims=members, sentences=_sentences(members, tables))
    return facts


def fact_of_claim(facts: dict[str, Fact]) -> dict[str, str]:
    """Claim IRI -> the id of the fact it belongs to."""
    return {c.iri: f.id for f in facts.values() for c in f.claims}
