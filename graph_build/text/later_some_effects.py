"""A drug's side effect named in a later clause that gives it to some of the people only (decision 0919).

"It can make him feel sick, and some people come out in a rash", "It may upset the stomach; a few people get
headaches": the later clause's own subject ("some people", "a few", "a small number of patients") says how often its
effect happens, as "Some people get A" opening a sentence does (Occasional, decision 0769). The adverse-effect rules
read the first clause's cue over the whole sentence, so the later clause's effect came out asserted. Only an
asserted, affirmed effect changes (a modal's Possible, a denial or a report is the sentence's own reading); "many" and
"most" stay asserted, as the golds write them (later_signs, decision 0889, reads the same clauses for a condition's
signs). The effect must stand in that clause, before its end, with no other agent named between.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.frequency_modals import EFFECTS
from graph_build.text.later_signs import CLAUSE_END, WHO
from graph_build.text.units import AGENT, Found, Unit

#: The later clause of some of the people: ", and some people", "; a few", ", but some patients" (its subject only),
#: then its verb ("get", "feel", "come out in", "are"): "and some nights I ..." is no subject of people.
LATER_FEW = re.compile(
    WHO + r"(?=\s+(?:(?:may|can|might|also|sometimes|often|will|then|even)\s+)*"
    r"(?:feel|feels|get|gets|notice|have|has|develop|experience|are|become|go|come|break|suffer|find)\b)",
    re.I,
)


def later_few_effects(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each asserted, affirmed effect of a later clause of some people Occasional.

    >>> u = Unit("It can make you sick, and some people come out in a rash.", [(16, 20, "nausea", "Symptom"),
    ...     (52, 56, "exanthema", "Symptom")])
    >>> f = [Found("x", "hasAdverseEffect", "nausea", "r"), Found("x", "hasAdverseEffect", "exanthema", "r")]
    >>> [(x.object, x.certainty) for x in later_few_effects(u, f)]
    [('nausea', 'Asserted'), ('exanthema', 'Occasional')]
    >>> u = Unit("It gave me vivid dreams, and some nights I could not sleep.", [(16, 22, "dreams", "Symptom"),
    ...     (51, 56, "insomnia", "Symptom")])
    >>> [x.certainty for x in later_few_effects(u, [Found("x", "hasAdverseEffect", "insomnia", "r")])]
    ['Asserted']
    """
    text = unit.text
    # (the clauses of a few; "..., and most people get A" stays asserted)
    few_ends = [cue.end() for cue in LATER_FEW.finditer(text) if cue.group("few")]
    reached: set[str] = set()
    for cue_end in few_ends:
        brk = CLAUSE_END.search(text, cue_end)
        end = brk.start() if brk else len(text)
        for m in unit.mentions:
            if not (cue_end <= m[0] and m[1] <= end):
                continue
            if any(a[3] in AGENT and cue_end <= a[0] < m[0] for a in unit.mentions):
                break  # (the clause has turned to another agent)
            reached.add(m[2])
    if not reached:
        return found
    starts: dict[str, list[int]] = {}
    for m in unit.mentions:
        starts.setdefault(m[2], []).append(m[0])
    out = []
    for f in found:
        if (
            f.predicate in EFFECTS
            and f.object in reached
            and not f.negated
            and f.certainty == "Asserted"
            # (named only there: an effect the first clause names too is that clause's)
            and all(any(e <= s for e in few_ends) for s in starts[f.object])
        ):
            f = dataclasses.replace(f, certainty="Occasional")
        out.append(f)
    return out
