"""Decision 0704: a relative clause after a comma (", which/that ...") states its claim of the noun right before the
comma, never of the sentence's drug when that noun is something else (an ingredient, another drug, a condition).
Invented sentences, exact claim sets (subject, predicate, object, negated, hedged).
"""

from __future__ import annotations

from claimsets import exact_claims
from extracting import polarity_claims as _claims

CASES = [
    # the noun before the comma is not the drug: the drug gets nothing from the relative clause
    ("Naproxen does not contain lactose, which can cause diarrhoea.", set()),
    ("Naproxen contains lactose, which can cause diarrhoea.", set()),
    ("Naproxen does not contain gelatin, that can cause a rash.", set()),
    (
        "Ibuprofen is often given for arthritis, which can cause fatigue.",
        {("ibuprofen", "treats", "arthritis", False, False)},
    ),
    (
        "Ibuprofen is taken with aspirin, which can cause stomach bleeding.",
        {("ibuprofen", "interactsWith", "aspirin", False, False)},
    ),
    # the sentence's own clause after the relative one keeps its claim
    (
        "Naproxen contains lactose, which is harmless, but it can cause headache.",
        {("naproxen", "hasAdverseEffect", "headache", False, False)},
    ),
    (
        "Naproxen does not contain lactose, which can cause diarrhoea; it can cause headache.",
        {("naproxen", "hasAdverseEffect", "headache", False, False)},
    ),
    # the noun before the comma is the drug, its class or a word for it: the clause is the drug's
    (
        "Naproxen, which is an NSAID, can cause stomach bleeding.",
        {
            ("naproxen", "isA", "non-steroidal-anti-inflammatory-agent", False, False),
            ("naproxen", "hasAdverseEffect", "gastrointestinal-hemorrhage", False, False),
        },
    ),
    (
        "Patients take naproxen, which can cause stomach bleeding.",
        {("naproxen", "hasAdverseEffect", "gastrointestinal-hemorrhage", False, False)},
    ),
    (
        "Naproxen can cause headache, which can be severe.",
        {("naproxen", "hasAdverseEffect", "headache", False, False)},
    ),
]


test_relative_clause_claims = exact_claims(CASES, _claims)
