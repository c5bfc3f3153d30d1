"""An effect stated after a fronted partner is the combination's, no adverse effect of either drug alone (decision
0942): "Taken with sertraline, it might bring on serotonin syndrome", "Combined with antidepressants such as
sertraline, it might cause serotonin syndrome", "With warfarin it can cause serious bleeding" say what the pair
does; the golds write the interaction (`fronted_partners`, 0926) and no adverse effect.

The sentence (or list item) opens with the partner clause - "Taken / Combined / Used / Given / Mixed (together)
with", "Together with", "Along with", "Alongside", or a bare "With" - whose first noun is a drug or a class of drugs
(a food, a drink or a time is how it is taken: "Taken with food, it can cause less upset" is untouched), then the main
clause: its subject ("it" or a drug named), a modal and a verb of harm or change (`fronted_partners.MAIN`). The
adverse effects named after that subject are dropped, whoever they were given to (the partner too). A "when it is
taken with B, it may cause Y" clause is not read (a gold there writes the drug's own effect), nor a denial ("Taken
with B, it does not cause Y"), which `MAIN` does not match.
"""

from __future__ import annotations

import re

from graph_build.text.fronted_partners import partners_and_main
from graph_build.text.units import Found, Unit

#: The fronted partner clause at the sentence's (or item's) start, up to the partner's first word.
OPENER = re.compile(
    r"^[\W_]*(?:(?:taken|combined|used|given|mixed)\s+(?:together\s+)?with|together\s+with|along\s+with|alongside|with)"
    r"\s+",
    re.I,
)
#: The classes a partner of the combination may be.
PARTNERS = frozenset({"Drug", "DrugClass"})
#: Words allowed between the opener and the partner's mention.
DETERMINERS = ("", "a", "an", "the", "other", "some", "certain", "older")


def joint_effects_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the adverse effects of a combination a fronted partner clause names.

    >>> ms = [(11, 21, "sertraline", "Drug"), (42, 60, "serotonin-syndrome", "Disease")]
    >>> u = Unit("Taken with sertraline, it might bring on serotonin syndrome.", ms)
    >>> joint_effects_dropped(u, [Found("x", "hasAdverseEffect", "serotonin-syndrome", "r"),
    ...                           Found("x", "interactsWith", "sertraline", "r")])  # doctest: +ELLIPSIS
    [Found(subject='x', predicate='interactsWith', ...)]
    >>> u = Unit("Taken with food, it can cause less upset.", [(11, 15, "food", "Substance")])
    >>> len(joint_effects_dropped(u, [Found("x", "hasAdverseEffect", "upset", "r")]))
    1
    """
    if not any(f.predicate == "hasAdverseEffect" for f in found):
        return found
    text = unit.text
    opened = OPENER.match(text)
    if opened is None:
        return found
    after = [m for m in unit.mentions if m[0] >= opened.end()]
    if not after or after[0][3] not in PARTNERS:
        return found
    if text[opened.end() : after[0][0]].strip(" *_").lower() not in DETERMINERS:
        return found
    _, main = partners_and_main(text, after)
    if main is None:
        return found
    joint = {m[2] for m in unit.mentions if m[0] >= main.start("subject")}
    return [f for f in found if not (f.predicate == "hasAdverseEffect" and f.object in joint)]
