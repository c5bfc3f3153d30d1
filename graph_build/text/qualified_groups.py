"""A group of people named only to carry its condition ("Children whose kidneys do not work properly can't take it",
"babies who are allergic to it", "Children and adults with liver disease", "Girls and women taking it"): the
condition is who must not take the drug, never the whole group; `contraindicatedIn children` said more than the text
(decision 0973). An age keeps the group ("children who are under 12": the group, by its age), and so does the chance of
a pregnancy ("Women who may become pregnant must not take it": tests/test_rules_contraindications.py)."""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: The plain groups of people, no condition of their own ("elderly people whose confusion comes from dementia":
#: older adults too, decision 0983).
PLAIN_GROUPS = frozenset({"children", "infants", "women", "men", "adults", "adolescents", "older-adults"})
#: Right after a group: what narrows it to people with a condition ("who have", "whose", "with", "born with",
#: "taking it", "allergic to"), also after a second group coordinated with it ("Children and adults with Y").
QUALIFIED_AFTER = re.compile(
    r"[ \t]+((and|or)[ \t]+(adults|children|women|men|girls|boys|teenagers|babies)[ \t]+)?"
    r"(who|whose|with|born|taking|using|allergic)\b"
    # (an age, or the chance of a pregnancy, names the group itself: "children who are under 12", "women who may
    # become pregnant")
    r"(?![ \t]+((are|is)[ \t]+(under|over|younger|older|aged)"
    r"|(may|might|could|can)[ \t]+(become|get)[ \t]+pregnant)\b)",
    re.I,
)


def qualified_groups_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the contraindications of a plain group the sentence names only with its condition right after
    it (who / whose / with / born / taking / allergic).

    >>> u = Unit("Children whose kidneys fail can't take it.", [(0, 8, "children", "Population")])
    >>> f = Found("x", "contraindicatedIn", "children", "should-not-take")
    >>> qualified_groups_dropped(u, [f])
    []
    >>> u = Unit("Children under 12 can't take it.", [(0, 8, "children", "Population")])
    >>> len(qualified_groups_dropped(u, [f]))
    1
    """
    narrowed = {
        m[2]
        for m in unit.mentions
        if m[3] == "Population" and m[2] in PLAIN_GROUPS and QUALIFIED_AFTER.match(unit.text, m[1])
    }
    plain = {
        m[2]
        for m in unit.mentions
        if m[3] == "Population" and m[2] in narrowed and not QUALIFIED_AFTER.match(unit.text, m[1])
    }
    gone = narrowed - plain  # (a group also named plainly elsewhere in the sentence keeps its claim)
    if not gone:
        return found
    return [f for f in found if not (f.predicate == "contraindicatedIn" and f.object in gone)]
