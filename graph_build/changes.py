"""The change report: entities and claims added, removed or changed since the last build into a folder.

The state of a build (entity -> digest of its triples; fact -> digest of its claims and evidence, where a fact
is subject, predicate, object and negation) is kept in the cache folder (graph_build/text/cache.py), one file per
output folder, and compared with the next build into the same folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from base.atomic import write_text

if TYPE_CHECKING:
    from rdflib import Graph


@dataclass
class Changes:
    first_build: bool = False
    added: dict[str, list[str]] = field(default_factory=lambda: {"entities": [], "claims": []})
    removed: dict[str, list[str]] = field(default_factory=lambda: {"entities": [], "claims": []})
    changed: dict[str, list[str]] = field(default_factory=lambda: {"entities": [], "claims": []})

    def lines(self) -> list[str]:
        if self.first_build:
            return ["changes: first build into this folder (nothing to compare with)"]
        parts = []
        for kind in ("entities", "claims"):
            counts = [len(self.added[kind]), len(self.removed[kind]), len(self.changed[kind])]
            parts.append(f"{kind}: {counts[0]} added, {counts[1]} removed, {counts[2]} changed")
        lines = ["changes since the last build: " + "; ".join(parts)]
        for verb, table in (("+", self.added), ("-", self.removed), ("~", self.changed)):
            for kind in ("entities", "claims"):
                lines += [f"  {verb} {name}" for name in table[kind][:20]]
        return lines


def _digest(items: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(items)).encode("utf-8")).hexdigest()[:16]


def state_of(graph: Graph) -> dict[str, dict[str, str]]:
    """Digests of every entity and every fact of a built graph."""
    from rdflib import RDF

    from ontology.vocab import DKG, ENT

    entities: dict[str, list[str]] = {}
    for node in set(graph.subjects(RDF.type, None)):
        if str(node).startswith(str(ENT)):
            entities[str(node)[len(str(ENT)) :]] = [f"{p} {o}" for p, o in graph.predicate_objects(node)]
    facts: dict[str, list[str]] = {}
    for claim in graph.subjects(RDF.type, DKG.Claim):
        s, p, o = (graph.value(claim, DKG[k]) for k in ("subject", "predicate", "object"))
        neg = "NOT " if graph.value(claim, DKG.negated).toPython() else ""
        name = f"{neg}{str(s).rsplit('/', 1)[-1]} {str(p).rsplit('#', 1)[-1]} {str(o).rsplit('/', 1)[-1]}"
        body = [f"{claim} {q} {v}" for q, v in graph.predicate_objects(claim)]
        for ev in graph.objects(claim, DKG.hasEvidence):
            body += [f"{ev} {q} {v}" for q, v in graph.predicate_objects(ev)]
        facts.setdefault(name, []).extend(body)
    return {
        "entities": {k: _digest(v) for k, v in entities.items()},
        "claims": {k: _digest(v) for k, v in facts.items()},
    }


def compare(old: dict | None, new: dict) -> Changes:
    """What differs between two states.

    >>> compare({"entities": {"a": "1"}, "claims": {}}, {"entities": {"a": "2", "b": "3"}, "claims": {}}).lines()[0]
    'changes since the last build: entities: 1 added, 0 removed, 1 changed; claims: 0 added, 0 removed, 0 changed'
    """
    if old is None:
        return Changes(first_build=True)
    changes = Changes()
    for kind in ("entities", "claims"):
        before, after = old.get(kind, {}), new[kind]
        changes.added[kind] = sorted(set(after) - set(before))
        changes.removed[kind] = sorted(set(before) - set(after))
        changes.changed[kind] = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    return changes


def report_changes(out: Path, graph: Graph) -> Changes:
    """Compare the graph just written with the last build's state in `out`, and record the new state."""
    return record_state(out, state_of(graph))


def record_state(out: Path, new: dict) -> Changes:
    """Compare a build's state (`state_of`) with the last one recorded for `out`, and record it instead."""
    from graph_build.cachedir import cache_root

    folder = str(Path(out).resolve()).encode("utf-8")
    path = cache_root() / "state" / f"{hashlib.sha256(folder).hexdigest()[:16]}.json"
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = None
    with contextlib.suppress(OSError):
        write_text(path, json.dumps(new, indent=1, sort_keys=True) + "\n")
    return compare(old, new)
