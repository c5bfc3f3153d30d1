"""A denied use whose owner the sentence names only by "it", resolved to a partner named in an earlier sentence: the
document's drug's denied use (decision 0997).

Health writing denies uses of the medicine it is about ("It won't help my arthritis", "Nor is it any use for type 1
diabetes", "It does nothing for the night cramps in his calves"): the list of what the medicine is not for is the
writer's own subject, wherever a partner was last named in passing ("It doesn't interact with loratadine, which I
take for the hay fever. It won't help my eczema either."). Resolved to the partner, the denial said the partner is no
treatment for Y - a claim the text never makes (on the development sets of round 44, ten such denials, none right,
and in each the gold wrote the document's drug's denial). A partner named in the sentence itself keeps the denial
("At first she took loratadine, but it didn't control the hives": the "it" is the partner's, in its own sentence),
and so does a partner one of the two sentences right before named ("... naproxen is an older choice. It is not a
treatment for migraine": decision 0720's topic; "B is the next choice. Like A, it is a tricyclic. It will not help a
headache": decision 0812's): a partner made the topic stays it for a while, a partner last named three sentences or
more back has left the passage, and the "it" of a denial there is the document's drug.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import Discourse, Found, Unit

#: The references a denied use's owner is resolved from that stand for the medicine the text is about.
BARE_IT = re.compile(r"(it|its)", re.I)


def denied_use_owners(found: list[Found], unit: Unit, ctx: Discourse, before: set[str] | None = None) -> list[Found]:
    """`found` with each denied use resolved from "it" to a drug that neither the sentence nor the two `before` it (the
    slugs they named) name given to the document's drug instead; unchanged when the document has no drug of its own.

    >>> ctx = Discourse(focus="loratadine", main="bosutinib")
    >>> f = Found("loratadine", "treats", "eczema", "treats-cue", True, resolved_from="It")
    >>> u = Unit("It won't help my eczema.", [(17, 23, "eczema", "Disease")])
    >>> [(g.subject, g.negated) for g in denied_use_owners([f], u, ctx)]
    [('bosutinib', True)]
    >>> named = Unit("She took loratadine, but it did not help her eczema.", [(9, 19, "loratadine", "Drug")])
    >>> [g.subject for g in denied_use_owners([f], named, ctx)]
    ['loratadine']
    >>> [g.subject for g in denied_use_owners([dataclasses.replace(f, negated=False)], u, ctx)]
    ['loratadine']
    >>> [g.subject for g in denied_use_owners([f], u, ctx, {"loratadine"})]
    ['loratadine']
    """
    if not ctx.main:
        return found
    named = {m[2] for m in unit.mentions}
    before = before or set()
    return [
        dataclasses.replace(f, subject=ctx.main)
        if f.predicate == "treats"
        and f.negated
        and f.subject != ctx.main
        and f.subject not in named
        and f.subject not in before
        and BARE_IT.fullmatch(f.resolved_from.strip())
        and ctx.main not in named
        else f
        for f in found
    ]
