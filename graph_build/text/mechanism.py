"""Mechanism chains: the ordered steps from a drug to the effects it brings about, as claim qualifiers.

Within one document, the mechanistic claims (a drug binds to / modulates / increases / decreases a target or
process; a process increases / decreases / causes another; an effect alleviates a condition) form a graph.
Each drug that starts such a claim starts a chain: the steps reachable from it get `mechanismOf <drug>` and
`stepIndex <n>` (1 at the drug, the shortest distance; branches share an index), as docs/curated-claims.md
describes. Claims reachable from no drug are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

from graph_build.text.relate import Found
from graph_build.text.units import DRUG

#: (hasMechanismOfAction: the drug's act named as a process, "xanthine oxidase inhibition", is a first step too, and the
#: step a next sentence's "This" follows: decision 0670)
FROM_DRUG = frozenset({"bindsTo", "positivelyModulates", "increases", "decreases", "causes", "hasMechanismOfAction"})
STEP = frozenset({"increases", "decreases", "causes", "alleviates"})


def chains(found: list[tuple[tuple[int, int], Found]], classes: dict[str, str]) -> list[tuple[tuple[int, int], Found]]:
    """The same claims, mechanism steps qualified with their drug and step index.

    >>> f = [((0, 1), Found("d", "bindsTo", "r", "x")), ((2, 3), Found("r", "causes", "p", "x"))]
    >>> [(x.subject, dict(x.qualifiers)) for _, x in chains(f, {"d": "Drug"})]
    [('d', {'mechanismOf': ('d',), 'stepIndex': (1,)}), ('r', {'mechanismOf': ('d',), 'stepIndex': (2,)})]
    """
    edges: dict[str, set[str]] = {}
    for _, f in found:
        if f.predicate in STEP and not f.negated:
            edges.setdefault(f.subject, set()).add(f.object)
    starts = sorted({f.subject for _, f in found if f.predicate in FROM_DRUG and classes.get(f.subject) in DRUG})
    depth: dict[tuple[str, str], int] = {}  # (drug, subject of a step) -> step index
    for drug in starts:
        firsts = {f.object for _, f in found if f.subject == drug and f.predicate in FROM_DRUG}
        if not firsts:
            continue
        depth[(drug, drug)] = 1
        frontier, n = sorted(firsts), 2
        while frontier:
            nxt = []
            for node in frontier:
                if (drug, node) not in depth:
                    depth[(drug, node)] = n
                    nxt += sorted(edges.get(node, ()))
            frontier, n = nxt, n + 1
    out = []
    for span, f in found:
        drugs = sorted(d for d in starts if (d, f.subject) in depth) if f.predicate in FROM_DRUG | STEP else []
        if drugs and not f.negated and not any(q[0] == "mechanismOf" for q in f.qualifiers):
            drug = drugs[0]
            extra = (("mechanismOf", (drug,)), ("stepIndex", (depth[(drug, f.subject)],)))
            f = replace(f, qualifiers=tuple(sorted(f.qualifiers + extra)))
        out.append((span, f))
    return out
