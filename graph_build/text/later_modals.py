"""A modal of a later verb phrase the drug's effect is named in (decision 0938).

"Stopping X suddenly can make the angina much worse, and may even bring on a heart attack", "It may raise the blood
pressure and may cause ankle swelling": the second verb phrase, joined by "and" with its own "may / might / could",
hedges its own object. negation's scope end "and may" (decision 0646) ends a denial there, and being the longer match
it also hides the "may" itself from ConText, so the effect came out asserted. An asserted, affirmed side effect or
withdrawal effect whose every mention stands after such an "and may" in its clause is Possible; an effect named
before it too ("can bring the seizures back and may trigger a run of seizures") keeps the first clause's reading.
"""

from __future__ import annotations

import re

from graph_build.text.frequency_modals import BREAK, recast
from graph_build.text.units import Found, Unit

#: A verb phrase joined by "and" with its own modal of possibility ("and may", ", and might even").
AND_MODAL = re.compile(r"\band\s+(?:may|might|could)\b", re.I)


def _hedged(text: str, start: int) -> bool:
    """Whether the mention at `start` stands after an "and may" in its clause.

    >>> t = "It can make the angina worse, and may even bring on a heart attack."
    >>> _hedged(t, t.index("angina")), _hedged(t, t.index("heart"))
    (False, True)
    >>> t = "It may raise the blood pressure and may cause ankle swelling; rashes happen too."
    >>> _hedged(t, t.index("ankle")), _hedged(t, t.index("rashes"))
    (True, False)
    """
    return any(not BREAK.search(text, m.end(), start) for m in AND_MODAL.finditer(text, 0, start))


def later_modals(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each asserted, affirmed effect named only after an "and may" Possible.

    >>> u = Unit("It can make A worse, and may bring on B.", [(12, 13, "a", "Symptom"), (37, 38, "b", "Symptom")])
    >>> f = [Found("x", "hasWithdrawalEffect", "a", "r"), Found("x", "hasWithdrawalEffect", "b", "r")]
    >>> [g.certainty for g in later_modals(u, f)]
    ['Asserted', 'Possible']
    """
    return recast(unit, found, ("Asserted",), lambda text, start, _: _hedged(text, start), "Possible")
