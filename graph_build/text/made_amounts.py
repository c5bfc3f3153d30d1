"""A chemical whose amount a mechanism step changes, named by the making of it (decision 1015).

Prostaglandins are not stored: the tissue makes them when it is inflamed or hurt, so "fewer prostaglandins are made",
"With the enzyme blocked, less prostaglandin is made", "Blocked COX can't make prostaglandins" all say that their
making falls. The curated chains write that step's end as the process, *prostaglandin synthesis* (91 step ends over
the development golds, none as the chemical), so a made-amount step (made-less, made-more, made-none, step-amount)
whose object is the chemical names the process instead. The chemical stays itself everywhere else ("Prostaglandins
cause the swelling" is the chemical's own act).
"""

from __future__ import annotations

from dataclasses import replace

from graph_build.text.units import Found
from ontology.lexicon import Entity

#: The chemicals named by their making when a step changes their amount (decision 1015): slug -> the process's slug
#: and label.
MADE_AS_PROCESS = {"prostaglandin": ("prostaglandin-synthesis", "prostaglandin synthesis")}
#: The rules whose object is an amount made or changed by the step before.
MADE_RULES = frozenset({"made-less", "made-more", "made-none", "step-amount"})
PROCESS_CLASS = "BiologicalProcess"


def made_processes(found: list[tuple[tuple[int, int], Found]]) -> tuple[list, dict[str, Entity]]:
    """The claims with a made-amount step's chemical object named by its making, and the process entities minted.

    >>> f = Found("cox-inhibition", "decreases", "prostaglandin", "made-less")
    >>> out, new = made_processes([((0, 9), f)])
    >>> out[0][1].object, sorted(new)
    ('prostaglandin-synthesis', ['prostaglandin-synthesis'])
    >>> made_processes([((0, 9), replace(f, rule="causes-cue"))])[0][0][1].object
    'prostaglandin'
    """
    out, new = [], {}
    for span, f in found:
        process = MADE_AS_PROCESS.get(f.object)
        if process and f.rule in MADE_RULES and f.predicate in ("increases", "decreases"):
            new[process[0]] = Entity(process[0], process[1], PROCESS_CLASS)
            f = replace(f, object=process[0])
        out.append((span, f))
    return out, new
