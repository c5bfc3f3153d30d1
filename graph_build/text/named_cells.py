"""An illness named as the cells it is made of is no effect (decision 0931): "when a lot of cancer cells die at once,
they release salts into the blood" says what the cells of the illness treated do; it names no cancer the medicine
brings on.

"<illness> cells" is a kind of cell (cancer cells, tumour cells, leukaemia cells): the illness word is a modifier of
"cells", not a condition of its own. So an adverse effect whose every mention in the sentence is followed by "cell" or
"cells" gives no claim. Other predicates read as before (a gold may write what a cell of the illness needs as the
illness's, and no rule of this module touches them). A mention that names the cell itself ("sickle cell disease")
ends after the word "cell" and is unchanged.
"""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: Right after a condition: the word "cell" or "cells" (the condition names the cells).
CELLS_AFTER = re.compile(r"(?:\*\*|__)?[ \t]+cells?\b", re.I)


def cell_effects_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the adverse effects named only as the cells of an illness ("cancer cells").

    >>> u = Unit("- Rarely, when cancer cells die at once, salts flood the blood.", [(15, 21, "cancer", "Disease")])
    >>> cell_effects_dropped(u, [Found("x", "hasAdverseEffect", "cancer", "r")])
    []
    >>> u = Unit("- Rarely, it may cause a new cancer.", [(29, 35, "cancer", "Disease")])
    >>> [f.object for f in cell_effects_dropped(u, [Found("x", "hasAdverseEffect", "cancer", "r")])]
    ['cancer']
    """
    text = unit.text
    spans: dict[str, list[bool]] = {}
    for _a, b, slug, _cls in unit.mentions:
        spans.setdefault(slug, []).append(bool(CELLS_AFTER.match(text, b)))
    cells = {slug for slug, after in spans.items() if after and all(after)}
    if not cells:
        return found
    return [f for f in found if not (f.predicate == "hasAdverseEffect" and f.object in cells)]
