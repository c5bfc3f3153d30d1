"""A class named only in part by its examples: "some antibiotics, such as erythromycin", "certain antifungals like
ketoconazole". The sentence says the examples interact, and some (not all) of the class: no interaction with the whole
class is claimed; the named examples keep theirs (decision 0774). A class with no example ("or some antibiotics") is
left to the writer's reading (the goldens write the class there).

Decision 1106 widens the part-taking words and the ways to the examples: "strong" / "potent" take a part of the
class as "some" does ("strong antifungals such as itraconazole" are not all antifungals); the class may be followed by
a lay head noun ("strong antifungal tablets like X"), by the other classes the same qualifier governs ("some
antibiotics and antifungals, like X": both in part), and by a restrictive relative clause before the examples
("certain antibiotics that can strain the kidneys, such as gentamicin").
"""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: Right before a class: a quantifier that takes a part of it ("some", "certain", "several", "a few").
#: ("strong", "potent", "powerful" as well: decision 1106)
PART_OF = re.compile(
    r"\b(some|certain|several|a\s+few|a\s+number\s+of|particular|strong|potent|powerful)\s+([\w-]+\s+)?[*_]{0,2}$",
    re.I,
)
#: Between the class and its first example: "such as", "like", "including", "e.g.", "for example"; a lay head noun
#: after the class's name ("antifungal tablets such as") and a restrictive relative clause ("antibiotics that can
#: strain the kidneys, such as") may come first (decision 1106).
EXAMPLE_OPENS = re.compile(
    r"(\s+(tablets?|medicines?|medications?|drugs?|pills?|capsules?))?"
    r"(\s+(that|which)\s+[^,.;:()]{1,60},)?"
    r"[*_]{0,2}\s*,?\s*\(?\s*(such\s+as|like|including|e\.g\.?,?|for\s+example,?)\s+(the\s+)?[*_]{0,2}",
    re.I,
)
#: Between two classes one qualifier governs: "some antibiotics and antifungals", "strong antifungal or antibiotic".
CLASSES_JOINED = re.compile(r"[*_]{0,2}\s*,?\s*(and|or)\s+[*_]{0,2}", re.I)
#: How far before a class its quantifier may start.
REACH = 40


def partly_named_classes(unit: Unit) -> set[str]:
    """The classes `unit` names in part, by a quantifier before and an example drug right after.

    >>> u = Unit("Some antibiotics, such as erythromycin, raise X levels.",
    ...     [(5, 16, "antibiotic", "DrugClass"), (26, 38, "erythromycin", "Drug")])
    >>> sorted(partly_named_classes(u))
    ['antibiotic']
    >>> u = Unit("Antibiotics, such as erythromycin, raise X levels.",
    ...     [(0, 11, "antibiotic", "DrugClass"), (21, 33, "erythromycin", "Drug")])
    >>> sorted(partly_named_classes(u))
    []
    >>> u = Unit("Some antibiotics and antifungals, like clarithromycin, raise X levels.",
    ...     [(5, 16, "antibiotic", "DrugClass"), (21, 32, "antifungal", "DrugClass"),
    ...      (39, 53, "clarithromycin", "Drug")])
    >>> sorted(partly_named_classes(u))
    ['antibiotic', 'antifungal']
    """
    out = set()
    mentions = unit.mentions
    for k, m in enumerate(mentions[:-1]):
        if m[3] != "DrugClass" or not PART_OF.search(unit.text, max(0, m[0] - REACH), m[0]):
            continue
        run = [m]  # the classes the qualifier governs (decision 1106)
        j = k + 1
        while (
            j < len(mentions)
            and mentions[j][3] == "DrugClass"
            and CLASSES_JOINED.fullmatch(unit.text, run[-1][1], mentions[j][0])
        ):
            run.append(mentions[j])
            j += 1
        # the first drug after the run, past what a relative clause names ("that can strain the kidneys")
        example = next((e for e in mentions[j:] if e[3] == "Drug"), None)
        if example is not None and EXAMPLE_OPENS.fullmatch(unit.text, run[-1][1], example[0]):
            out.update(c[2] for c in run)
    return out


def exemplified_class_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` less the interactions with a class the sentence names only in part by its examples."""
    partly = partly_named_classes(unit)
    if not partly:
        return found
    return [f for f in found if not (f.predicate == "interactsWith" and (f.object in partly or f.subject in partly))]


#: Right before a condition: a relative clause saying what the noun before it comes with ("the pounding heartbeat
#: that comes with a panic attack", "the aches which come with flu").
ACCOMPANIES = re.compile(
    r"\w[*_]{0,2},?\s+(that|which)\s+((often|usually|sometimes|can|may|also)\s+)?(comes?|goes?|occurs?|happens?|"
    r"appears?)\s+(with|along\s+with|alongside|during)\s+((an?|the|your|their)\s+)?[*_]{0,2}$",
    re.I,
)


def accompanied_denial_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` less a denied use of a condition named only in the relative clause of what the denial is about: "it
    is not a treatment for the pounding heartbeat that comes with a panic attack" denies a use for the heartbeat,
    not for panic attacks (decision 0774). An asserted use keeps its reading ("relieves the nausea that comes with a
    migraine": the goldens write the migraine).

    >>> u = Unit("It is not for the shaking that comes with a fever.", [(44, 49, "fever", "Symptom")])
    >>> accompanied_denial_dropped(u, [Found("x", "treats", "fever", "r", negated=True)])
    []
    """
    out = []
    for f in found:
        if f.predicate == "treats" and f.negated:
            spans = [m for m in unit.mentions if m[2] == f.object]
            if spans and all(ACCOMPANIES.search(unit.text, max(0, m[0] - 80), m[0]) for m in spans):
                continue
        out.append(f)
    return out
