"""Two rules that read the same claim from the same sentence give ONE claim (decision 1124).

Rules overlap: a dose line is read by dose-line and by formulation or form-copula ("Take one 5 mg tablet a day"), a
raised level by level-of twice (its own subject and the pronoun's), an effect by effect-of and makes-work. Each
reading was its own claim with its own evidence, the same quote twice, so a merged graph counted one sentence as two
witnesses (round 49's decision 1116 kept form-taken-dose from repeating dose-line with a filter of its own). Here the
rule is general: of the claims of one sentence with the same subject, predicate, object, polarity and qualifiers, the
one whose evidence has the highest confidence stays (the first read on a tie, so the choice is deterministic); the
others go. No claim is lost - each (subject, predicate, object, polarity) of the sentence is still said once.
"""

from __future__ import annotations

from graph_build.claims import Claim


def one_per_reading(claims: list[Claim]) -> list[Claim]:
    """`claims` with each reading of a sentence once: of the claims whose first evidence has the same document, span,
    and whose subject, predicate, object, polarity and qualifiers agree, the one with the highest confidence, in the
    place of the first of them (decision 1124).

    >>> from decimal import Decimal
    >>> from graph_build.claims import Evidence
    >>> def c(rule, conf, start=0, neg=False):
    ...     ev = Evidence("d", "Take one 5 mg tablet a day.", start, 27, f"rule:{rule}", Decimal(conf))
    ...     return Claim("a", "hasFormulation", "tablet", neg, evidence=[ev])
    >>> [x.evidence[0].method for x in one_per_reading([c("formulation", "0.8"), c("dose-line", "0.9")])]
    ['rule:dose-line']
    >>> [x.evidence[0].method for x in one_per_reading([c("dose-line", "0.9"), c("form-line", "0.9")])]
    ['rule:dose-line']
    >>> len(one_per_reading([c("dose-line", "0.9"), c("formulation", "0.8", start=40)]))
    2
    >>> len(one_per_reading([c("dose-line", "0.9"), c("formulation", "0.8", neg=True)]))
    2
    """
    best: dict[tuple, int] = {}
    out: list[Claim] = []
    for claim in claims:
        ev = claim.evidence[0]
        key = (
            ev.document,
            ev.start,
            ev.end,
            claim.subject,
            claim.predicate,
            claim.object,
            claim.negated,
            claim.qualifiers,
        )
        at = best.get(key)
        if at is None:
            best[key] = len(out)
            out.append(claim)
        elif ev.confidence > out[at].evidence[0].confidence:
            out[at] = claim
    return out
