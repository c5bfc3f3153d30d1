"""The use a sentence gives its "it" after naming a class only as what the drug is, is not, or is kin to (decision
1012): "Nor is it a painkiller, and it won't do a thing for the arthritis", "Although it is chemically a cousin of
some antihistamines, it does nothing for hay fever". The class is the complement of the copula whose subject is "it";
the "it" of the next clause is the same drug, the one in focus, never the class named in between (the class read as
the cue's subject gave "painkillers do not treat arthritis", which the sentence does not say, and lost the drug's own
denied use).

Strict on purpose: the class's mention follows "it is / is it / it's" (a negation, one adverb, an article, a
quantifier or a word of kinship between: "it is not a", "is it a", "it is chemically a cousin of some"), with no
other mention between; after the class the clause breaks at a comma and the next clause opens with "it" (an "and",
"but", "so" or "yet" first), and the claim's object is named after that "it", in
the same clause (no semicolon, colon or dash after the "it").
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph_build.text.units import Found, Unit

#: Right before the class: "it" as the subject of a copula whose complement the class is ("Nor is it a", "it is not
#: a", "it's one of the", "it is chemically a cousin of some").
COMPLEMENT_BEFORE = re.compile(
    r"\b((is|was)(n['\u2019]t)?\s+it|it\s+(is|was)(n['\u2019]t)?|it['\u2019]s)\s+(not\s+)?([a-z]+ly\s+)?"
    r"(an?|the|one\s+of\s+the|(an?\s+)?(cousin|relative|relation|kind|type|member|sort)s?\s+of(\s+(the|some|other|"
    r"many|an?))?)\s+([\w-]+\s+){0,2}(\*\*|__)?$",
    re.I,
)
#: From the class to the next clause's "it": no sentence break, one comma, an optional conjunction.
NEXT_IT = re.compile(r"(\*\*|__)?(\s+[\w-]+){0,3}?\s*,\s+((and|but|so|yet)\s+)?it\b", re.I)

#: After the "it": a second clause of its own ("it won't stop her fits; those are controlled by her epilepsy tablets"
#: gives the cue to another subject), so nothing is moved.
LATER_CLAUSE = re.compile(r"[;:]|\s[-\u2013\u2014]\s")


def complement_uses(unit: Unit, found: list[Found], focus: str | None) -> list[Found]:
    """`found` with each treats claim whose subject is a class named as the complement of "it" given to `focus`.

    >>> t = "Nor is it a painkiller, and it won't do a thing for the arthritis."
    >>> ms = [(12, 22, "analgesic", "DrugClass"), (56, 65, "arthritis", "Disease")]
    >>> [(f.subject, f.object, f.negated) for f in complement_uses(Unit(t, ms), [
    ...     Found("analgesic", "treats", "arthritis", "treats-cue", True)], "toremifene")]
    [('toremifene', 'arthritis', True)]
    >>> t = "It is a painkiller, and paracetamol does nothing for the arthritis."
    >>> ms = [(8, 18, "analgesic", "DrugClass"), (24, 35, "acetaminophen", "Drug"), (57, 66, "arthritis", "Disease")]
    >>> f = [Found("acetaminophen", "treats", "arthritis", "treats-cue", True)]
    >>> complement_uses(Unit(t, ms), f, "x") == f
    True
    """
    if not focus:
        return found
    text = unit.text
    out: list[Found] = []
    for f in found:
        if f.predicate != "treats" or f.subject == focus or f.resolved_from:
            out.append(f)
            continue
        own = [m for m in unit.mentions if m[2] == f.subject]
        objects = [m for m in unit.mentions if m[2] == f.object]
        moved = False
        if own and all(m[3] == "DrugClass" for m in own) and objects:
            m = own[-1]
            before = [x for x in unit.mentions if x[1] <= m[0]]
            start = before[-1][1] if before else 0
            it = NEXT_IT.match(text, m[1])
            if (
                COMPLEMENT_BEFORE.search(text, start, m[0])
                and it
                and objects[-1][0] >= it.end()
                and not LATER_CLAUSE.search(text, it.end())
            ):
                between = [x for x in unit.mentions if m[1] <= x[0] < it.end()]
                moved = not between
        if not moved:
            out.append(f)
            continue
        mine = replace(f, subject=focus, resolved_from="it")
        if not any(
            (g.subject, g.predicate, g.object, g.negated) == (focus, "treats", f.object, f.negated) for g in out
        ):
            out.append(mine)
    return out
