"""The treatment a text names for what it has just said the drug is not for (decision 0891): "It is not a treatment
for a chest infection, which needs antibiotics", "It is not a treatment for a mild headache: paracetamol does that
job", "Nor is it meant for Y; an ordinary laxative is better for that", "It will not stop an attack. For that, a
reliever inhaler such as salbutamol is needed", "... for that Alan uses his blue reliever inhaler", "when he gets one,
he still needs a course of antibiotics": the agents named in the clause that points back to the denied condition
treat it.

The condition is the object of a denied use read earlier in the same sentence (the last one before ", which needs"),
else, when the pointing clause opens its sentence, of the sentence before (`Discourse.denied_uses`). The clause must
point back in so many words: "for that / this / those" at a clause's end or before its subject ("for that reason",
"for that stage" name something else), "which / that / those need(s)", "he / she / they (still) need(s)", "does that
(job)", "that is the job of". Only agents the clause names count (never a pronoun: "she takes something else for
that" names none), never the denied drug itself, and nothing from a clause that is itself denied ("Unlike aspirin, it
is not used on its own for this").
"""

from __future__ import annotations

import re

from graph_build.text.cure_denials import _LATER_DENIAL, CURE_DENIAL
from graph_build.text.denial_words import denial_words
from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.units import AGENT, Discourse, Found, Unit

#: "for that / this / those" closing a clause or followed by the clause's subject (not a noun it determines: "for that
#: reason", "for that stage", "for those 30 minutes").
FOR_THAT = re.compile(
    r"\bfor\s+(that|this|those)\b(?=\s*(\*\*|__)?\s*([,.;:!?)]|$)|\s+(a|an|the|you|he|she|they|we|i|your|his|her|"
    r"their|my|our|doctors?|gps?|(?-i:[A-Z][a-z]+(?!\s+[a-z]+\s+(is|are|was|were)\b)))\b)",
    re.I,
)
#: What the denied condition needs: "which needs antibiotics", "that needs antibiotics", "those need X", "he still
#: needs a course of X", "it needs X".
NEEDS = re.compile(
    r"\b(which|that|those|these|this|he|she|they|you|we)\s+((still|also|usually|often|then|will|would|may|might)\s+)"
    r"{0,2}(needs?|requires?)\b",
    re.I,
)
#: "A does that (job)", "that is the job of A".
JOB = re.compile(r"\b(does|do)\s+(that|this)(\s+job)?\b|\b(that|this)\s+is\s+the\s+job\s+of\b", re.I)
#: Where a clause ends: a semicolon, a colon, a full stop, a dash, and a comma that opens a new clause.
CLAUSE_BREAK = re.compile(
    r"\s*[;:.!?]\s|\s+[-\u2013\u2014]\s|,\s+(and|but|so|or|which|because|although|though|while|whereas|as|since|"
    r"if|when|unless)\b",
    re.I,
)
NEGATION = re.compile(denial_words("neither", "nor", "unlike"), re.I)
#: A sentence holding none of these words (in lower case) has no clause that points back to a denied use.
ALTERNATIVE_WORDS = re.compile(r"\bfor (that|this|those)\b|\b(needs?|requires?|job)\b|\bdoes (that|this)\b")


def _clause(text: str, at: int, end: int) -> tuple[int, int]:
    """The clause around the cue text[at:end]: from the last clause break before it to the first after it."""
    start = 0
    for brk in CLAUSE_BREAK.finditer(text, 0, at):
        start = brk.end()
    after = CLAUSE_BREAK.search(text, end)
    return start, after.start() if after else len(text)


def denied_in(unit: Unit, found: list[Found]) -> tuple[tuple[str, str, int], ...]:
    """The (drug, condition, offset of the condition's last mention) of every use `found` denies in `unit`; a denied
    cure is no denied use (decision 0780): "It is not a cure for Y: you need an antibiotic" names what the reader
    needs, not what treats Y instead.

    >>> t = "It is not a cure for Y."
    >>> denied_in(Unit(t, [(21, 22, "y", "Disease")]), [Found("x", "treats", "y", "r", True)])
    ()
    """
    out = []
    for f in found:
        if f.predicate != "treats" or not f.negated:
            continue
        spans = [m for m in unit.mentions if m[2] == f.object]
        if spans and not all(_cure_denied(unit.text, m) for m in spans):
            out.append((f.subject, f.object, spans[-1][0]))
    return tuple(sorted(out, key=lambda x: x[2]))


def _cure_denied(text: str, m: tuple) -> bool:
    """Whether the nearest denial before the mention `m` is a denied cure whose object it is."""
    cures = list(CURE_DENIAL.finditer(text, 0, m[0]))
    return bool(cures) and not _LATER_DENIAL.search(text, cures[-1].end(), m[0])


def alternative_uses(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """The uses of the agents a clause names for a condition the text has just denied the drug's use for.

    >>> t = "It is not a treatment for a chest infection, which needs antibiotics."
    >>> u = Unit(t, [(28, 43, "chest-infection", "Disease"), (57, 68, "antibiotic", "DrugClass")])
    >>> denied = [Found("x", "treats", "chest-infection", "r", True)]
    >>> [(f.subject, f.object, f.negated) for f in alternative_uses(u, Discourse(), denied)]
    [('antibiotic', 'chest-infection', False)]
    >>> u = Unit("Use your Y spray for that.", [(9, 16, "y-spray", "Drug")])
    >>> [(f.subject, f.object) for f in alternative_uses(u, Discourse(denied_uses=(("x", "attack", 0),)), [])]
    [('y-spray', 'attack')]
    >>> u = Unit("For that reason A is kept.", [(16, 17, "a", "Drug")])
    >>> alternative_uses(u, Discourse(denied_uses=(("x", "attack", 0),)), [])
    []
    """
    text = unit.text
    here = denied_in(unit, found)
    out: list[Found] = []
    known = {(f.subject, f.predicate, f.object, f.negated) for f in found}
    for cue in [*FOR_THAT.finditer(text), *NEEDS.finditer(text), *JOB.finditer(text)]:
        start, end = _clause(text, cue.start(), cue.end())
        if cue.re is NEEDS and cue.group(1).lower() in ("which", "that"):
            start = cue.start()  # (a relative clause opens at its pronoun: "Y, which needs A")
        before = [d for d in here if d[2] < start]
        if cue.re is NEEDS and cue.group(1).lower() == "which":
            before = before[-1:]  # ("Y, which needs A": the condition the relative clause hangs on)
        if not before:
            if any(d[2] < cue.start() for d in here) or text[:start].strip(" *_#>-"):
                # (a denial in the cue's own clause: "it is not used on its own for this"; a clause before the cue's
                # that this sentence opened with is what it points back to, read or not: "Nor is it meant for the odd
                # bout of Y; an ordinary laxative is better for that")
                continue
            before = list(ctx.denied_uses)
        if not before or NEGATION.search(text, start, end):
            continue
        denied_drugs = {d[0] for d in before}
        agents = [
            m
            for m in unit.mentions
            if start <= m[0] and m[1] <= end and m[3] in AGENT and m[2] not in denied_drugs and m[2] != ctx.main
        ]
        # (the clause's own hedge: ConText's scopes run past a colon or a semicolon, so the denial before it is not
        # the agent's and its hedge is the clause's own: "he may need antibiotics")
        hedge = HEDGE_WORD.search(text, start, end)
        certainty = HEDGES[hedge.group(1).lower()] if hedge else "Asserted"
        for agent in agents:
            for _, condition, _ in before:
                key = (agent[2], "treats", condition, False)
                if agent[2] != condition and key not in known:
                    known.add(key)
                    out.append(Found(agent[2], "treats", condition, "alternative-use", False, certainty))
    return out
