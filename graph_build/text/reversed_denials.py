"""A denial limited to one condition and taken back for another by an elided verb (decision 0954): "On its own X
doesn't cause hypos, but with other diabetes tablets it can", "Alone it does not cause Y, but taken with B it may"
say that X causes Y under the condition the "but" clause states; the golds write the effect asserted (the condition
is the claim's, no negated claim). The "but" clause ends the sentence with its subject pronoun and a bare modal or
auxiliary (the verb of the denial understood): "can", "does", "will" assert, "may", "might", "could" make it Possible.
A "but" clause with a verb of its own ("but it can cause Z") is another claim's and changes nothing.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import Found, Unit

#: The taking back: ", but" (a condition of a few words) and the elided verb's pronoun and modal at the sentence's end.
TAKEN_BACK = re.compile(
    r",\s*but\s+(?:[^,.;:!?]{1,60}?,?\s+)?(?:it|they)\s+(?P<modal>can|may|might|could|does|do|will|sometimes\s+does)"
    r"(?:\s+(?:too|also|though))?\s*[.!]?[\"'\u201d*_]*\s*$",
    re.I,
)
#: What the modal makes the effect.
CERTAINTY = {"may": "Possible", "might": "Possible", "could": "Possible"}
#: The predicates whose denial the elided verb takes back.
EFFECTS = frozenset({"hasAdverseEffect"})


def reversed_denials(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each denied effect named before the taking back asserted (or Possible).

    >>> u = Unit("On its own it doesn't cause hypos, but with other tablets it can.", [(28, 33, "hypoglycemia", "D")])
    >>> [(f.negated, f.certainty) for f in reversed_denials(u, [Found("x", "hasAdverseEffect", "hypoglycemia", "r",
    ...                                                                  True)])]
    [(False, 'Asserted')]
    >>> u = Unit("It doesn't cause hypos, but it can cause weight gain.", [(17, 22, "hypoglycemia", "D")])
    >>> [f.negated for f in reversed_denials(u, [Found("x", "hasAdverseEffect", "hypoglycemia", "r", True)])]
    [True]
    """
    back = TAKEN_BACK.search(unit.text)
    if back is None:
        return found
    out = []
    for f in found:
        if f.negated and f.predicate in EFFECTS:
            named = [m for m in unit.mentions if m[2] == f.object]
            if named and all(m[1] <= back.start() for m in named):
                certainty = CERTAINTY.get(back.group("modal").lower(), "Asserted")
                f = dataclasses.replace(f, negated=False, certainty=certainty)
        out.append(f)
    return out
