"""A condition named only as what a product is for: "his asthma inhaler", "her migraine tablets", "the eczema cream"
(decision 1030).

The illness's name then names a medicine, not the illness: "it doesn't affect his asthma inhaler" says nothing of
asthma as a side effect, and "the migraine tablets can cause drowsiness" nothing of migraine. A side effect whose
every mention in the sentence stands right before a product's noun is dropped.
"""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: Right after a condition's name: a product's noun, the condition naming the medicine taken for it (decision 1030).
PRODUCT_AFTER = re.compile(
    r"[ \t]+(inhalers?|tablets?|pills?|capsules?|medicines?|medications?|creams?|ointments?|sprays?|injections?|"
    r"(eye |ear |nasal )?drops|patch(es)?|jabs?)\b",
    re.I,
)


def product_named(unit: Unit, slug: str) -> bool:
    """Whether every mention of `slug` in the unit names a product, right before its noun ("asthma inhaler").

    >>> u = Unit("It doesn't affect his asthma inhaler.", [(22, 28, "asthma", "Disease")])
    >>> v = Unit("It can cause asthma.", [(13, 19, "asthma", "Disease")])
    >>> product_named(u, "asthma"), product_named(v, "asthma")
    (True, False)
    """
    at = [m for m in unit.mentions if m[2] == slug]
    return bool(at) and all(PRODUCT_AFTER.match(unit.text, m[1]) for m in at)


def product_effects_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the side effects named only as what a product is for (decision 1030).

    >>> u = Unit("It doesn't affect his asthma inhaler.", [(22, 28, "asthma", "Disease")])
    >>> product_effects_dropped(u, [Found("x", "hasAdverseEffect", "asthma", "adverse-cue", True)])
    []
    """
    return [f for f in found if f.predicate != "hasAdverseEffect" or not product_named(unit, f.object)]
