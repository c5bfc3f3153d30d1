"""Two partners of the document's drug are not each other's partner (decision 1093).

A sentence that speaks of the document's drug - by its name or by "it" - often names two other medicines: "It doesn't
interact with my water tablets, and it's fine to take with ibuprofen", "Paracetamol is fine with it, and X doesn't
interact with my statin", "Taken with theophylline or with water tablets, it can lower the potassium", "I can't take
naproxen, because together with X it can upset the stomach, so it's paracetamol". The interaction cue then finds a
medicine named before it (the water tablets, paracetamol, theophylline, naproxen) and takes it for the cue's subject,
pairing two of the drug's partners with each other. The writer speaks of the drug the text is about; what is paired is
each partner with it, not the partners together. On the development sets at 40864864 such pairs (neither end the
document's drug, the subject named rather than resolved, the document's drug sure and spoken of in the sentence) were
wrong; a pair of two other drugs in a sentence that does not speak of the document's drug ("Warfarin should not be
taken with aspirin" in a text about another medicine) is left as it was.
"""

from __future__ import annotations

import re

from graph_build.text.referred_owners import sure
from graph_build.text.units import Discourse, Found, Unit

#: The rules of the interaction cue whose pairs this reads (relate_interactions._interactions).
CUE_RULES = frozenset({"combined-with", "interaction-denied"})

#: A word that speaks of the drug in focus ("it", "it's"); not "its", which "on its own" gives any agent ("Coffee on
#: its own can keep you awake").
IT = re.compile(r"\bit\b", re.I)
#: "and it" straight after a medicine the sentence names before any "it": the pronoun takes up that medicine ("Her son
#: takes bisoprolol and it does not interact with digoxin"), so the pair is that medicine's own (decision 1057's case)
AND_IT = re.compile(r",?\s+and\s+it\b", re.I)


def speaks_of_drug(unit: Unit, main: str) -> bool:
    """Whether `unit` names the document's drug `main` or refers to a drug with "it".

    >>> speaks_of_drug(Unit("A is fine with it.", [(0, 1, "a", "Drug")]), "x")
    True
    >>> speaks_of_drug(Unit("A should not be taken with B.", [(0, 1, "a", "Drug"), (27, 28, "b", "Drug")]), "x")
    False
    >>> speaks_of_drug(Unit("X and A.", [(0, 1, "x", "Drug"), (6, 7, "a", "Drug")]), "x")
    True
    >>> speaks_of_drug(Unit("A is fine with B, though B on its own is not.", [(0, 1, "a", "Drug")]), "x")
    False
    """
    return any(m[2] == main for m in unit.mentions) or IT.search(unit.text) is not None


def partners_unpaired(found: list[Found], unit: Unit, ctx: Discourse) -> list[Found]:
    """`found` without the interaction cue's pairs of two partners of the document's drug: a claim of CUE_RULES whose
    subject the sentence names (no reference resolved), neither end the document's drug, in a sentence that speaks of
    that drug, when the drug is sure (`referred_owners.sure`). Unchanged when the document has no sure drug.

    >>> ctx = Discourse(main="x", title="X for migraine")
    >>> u = Unit("It is fine with A, and with B.", [(16, 17, "a", "Drug"), (28, 29, "b", "Drug")])
    >>> f = [Found("a", "interactsWith", "b", "combined-with", True), Found("x", "interactsWith", "b", "combined-with")]
    >>> [(g.subject, g.object) for g in partners_unpaired(f, u, ctx)]
    [('x', 'b')]
    >>> v = Unit("A should not be taken with B.", [(0, 1, "a", "Drug"), (27, 28, "b", "Drug")])
    >>> [(g.subject, g.object) for g in partners_unpaired(f[:1], v, ctx)]
    [('a', 'b')]
    >>> [(g.subject, g.object) for g in partners_unpaired(f[:1], u, Discourse(main="x", title="Club news"))]
    [('a', 'b')]
    """
    main = ctx.main
    if not main or not sure(ctx) or not speaks_of_drug(unit, main):
        return found
    return [
        f
        for f in found
        if not (
            f.rule in CUE_RULES
            and not f.resolved_from
            and main not in (f.subject, f.object)
            and not taken_up_by_it(unit, f.subject)
        )
    ]


def taken_up_by_it(unit: Unit, subject: str) -> bool:
    """Whether `subject` is named before any "it" of the sentence and an "and it" follows it straight away: the "it"
    is that medicine, not the document's drug (`AND_IT`).

    >>> said = "Her son takes bisoprolol and it does not interact with B."
    >>> u = Unit(said, [(14, 24, "a", "Drug"), (54, 55, "b", "Drug")])
    >>> taken_up_by_it(u, "a"), taken_up_by_it(u, "b")
    (True, False)
    >>> v = Unit("It is fine with A, and it's fine with B.", [(16, 17, "a", "Drug"), (38, 39, "b", "Drug")])
    >>> taken_up_by_it(v, "a")
    False
    """
    first_it = IT.search(unit.text)
    return any(
        slug == subject and AND_IT.match(unit.text, end) is not None and (first_it is None or first_it.start() > end)
        for _, end, slug, *_ in unit.mentions
    )
