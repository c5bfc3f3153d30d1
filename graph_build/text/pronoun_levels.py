"""The lay shapes of a partner's level that the text's drug, named only as "It", raises or lowers (decision 0994): "It
can push up the level of lithium", "It can also nudge up the level of digoxin" (a particle verb before "the level
of"), and the partner named before the word "level": "It raises lithium levels", "It pushes up the lithium level",
"It can push lithium levels up". The cue rule level-of reads these shapes after a named agent ("Ibuprofen raises
lithium levels"), and level-change reads "It raises the level of X" (relate_sentence_rules._level_change); neither
read them with "It" as the agent. The agent is the drug right before the verb or the pronoun for the drug in focus
(`_subject_next_to`, its words kept as resolvedFrom), read only when it is the document's drug (an "It" resolved to
another drug is left: the three such claims of the development sets were all a partner's "It"); the partner a
medicine that is neither the drug nor a chemical of the body (`partner_level`) unless the sentence stands under an
interactions heading. Nothing for a denied or absent partner's level beyond what ConText says of it."""

from __future__ import annotations

import re

from graph_build.text.owners import INTERACTIONS_HEADING, in_section
from graph_build.text.relate_cues import _subject_next_to
from graph_build.text.relate_objects import _status
from graph_build.text.unaffected import partner_level
from graph_build.text.units import DRUG, Discourse, Found, Unit

#: A particle verb of a raised level before "the level of": "push(es) up", "nudge(s) up", "bump(s) up", "drive(s) up".
PARTICLE_LEVEL_OF = re.compile(
    r"\b(push|nudg|bump|driv)(e|es|ed|s)? up (the )?(blood |plasma )?(levels?|amounts?|concentrations?) of (the )?",
    re.I,
)
#: A verb of a changed level right before the partner that "level" follows: "raises lithium levels", "pushes up the
#: lithium level"; a bare "pushes" / "nudges" only with "up" after the level (PUSHED_UP).
NAMED_LEVEL_VERB = re.compile(
    r"\b((?P<change>(lower|reduc|decreas|halv|rais|increas|boost|doubl)(e|es|ed|s)?)|"
    r"(?P<push>(push|nudg|bump)(e|es|ed|s)?)(?P<up> up)?) (the )?",
    re.I,
)
#: Right after the partner: the word "level" ("lithium levels", "the digoxin blood level").
LEVEL_WORD = re.compile(r"\s+(blood\s+|plasma\s+)?(levels?|concentrations?)\b", re.I)
#: After a pushed level with no "up" before it: "push lithium levels (right) up".
PUSHED_UP = re.compile(r"\s+((right|way|well)\s+)?up\b", re.I)


def pronoun_levels(unit: Unit, ctx: Discourse) -> list[Found]:
    """The interactions (rule `level-of`) of the drug, named or "It", that raises or lowers a partner's level in the
    shapes of PARTICLE_LEVEL_OF and NAMED_LEVEL_VERB.

    >>> u = Unit("It raises lithium levels.", [(10, 17, "lithium", "Drug")])
    >>> [(f.subject, f.object, f.negated, f.resolved_from) for f in pronoun_levels(u, Discourse(focus="x", main="x"))]
    [('x', 'lithium', False, 'It')]
    >>> u = Unit("It pushes lithium levels.", [(10, 17, "lithium", "Drug")])
    >>> pronoun_levels(u, Discourse(focus="x", main="x"))
    []
    """
    text, out = unit.text, []
    starts = {m[0]: m for m in unit.mentions}
    interactions = bool(unit.heading) and in_section(ctx, unit.heading, INTERACTIONS_HEADING)
    cues = [(m, starts.get(m.end())) for m in PARTICLE_LEVEL_OF.finditer(text)]
    for verb in NAMED_LEVEL_VERB.finditer(text):
        obj = starts.get(verb.end())
        level = LEVEL_WORD.match(text, obj[1]) if obj else None
        if level and (not verb.group("push") or verb.group("up") or PUSHED_UP.match(text, level.end())):
            cues.append((verb, obj))
    for cue, obj in cues:
        if obj is None or obj[3] != "Drug":
            continue
        who = _subject_next_to(unit, cue.start(), DRUG, ctx)
        subject = who.slug
        # (a named agent is the cue rule level-of's; an "It" resolved to another drug than the document's is a partner
        # named just before as often as not - "... on top of the ibuprofen. It pushes up the level of X" - so it is
        # read only as the document's drug: 3 of 3 such claims were wrong on the development sets)
        if not who.resolved_from or subject in (None, obj[2]) or subject != (ctx.main or ctx.focus):
            continue
        if not (interactions or partner_level(text, subject, obj, ctx)):
            continue
        st = _status(unit, obj)
        if st.absent or any(f.subject == subject and f.object == obj[2] for f in out):
            continue
        out.append(
            Found(
                subject, "interactsWith", obj[2], "level-of", st.negated, st.certainty, resolved_from=who.resolved_from
            )
        )
    return out
