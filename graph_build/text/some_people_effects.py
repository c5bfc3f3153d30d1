"""A side effect given to some of the people by the verb's object or after a colon (decision 0938).

"It does make some people drowsy", "it can leave a few patients dizzy": the people the effect comes to are some of
them, as "Some people feel drowsy" opening a sentence says (Occasional, decisions 0769, 0813); "Other side effects
the leaflet mentions: some people put on weight" opens its clause after the colon as that sentence opens. The rules
read such effects asserted (or Possible with a modal, which decision 0888 reads Occasional with a frequency). The
development golds write them Occasional. Only an affirmed effect, asserted or Possible, whose every mention stands
after the people in their clause (no break, `frequency_modals.BREAK`, between: ", and it can cause A" is another
clause's); "many" and "most" stay asserted.
"""

from __future__ import annotations

import re

from graph_build.text.frequency_modals import BREAK, recast
from graph_build.text.units import Found, Unit

FEW = r"(?:some|a\s+few|a\s+small\s+number\s+of)"
PEOPLE = r"(?:people|patients|children|adults|men|women|users|babies)"
#: Some of the people as the object of a verb of causing ("makes some people drowsy", "leaves a few patients dizzy"),
#: or opening the clause after a colon ("...: some people put on weight").
SOME_PEOPLE = re.compile(
    rf"\b(?:make|makes|made|making|leave|leaves|left|give|gives|gave|turn|turns)\s+{FEW}\s+(?:{PEOPLE}|of\s+us|of\s+them)\b"
    rf"|:\s*[*_]{{0,2}}{FEW}\s+{PEOPLE}\b",
    re.I,
)


def _reached(text: str, start: int) -> bool:
    """Whether the mention at `start` stands after some of the people, in their clause.

    >>> _reached("It does make some people drowsy.", 25), _reached("It makes many people drowsy.", 21)
    (True, False)
    >>> t = "Others: some people put on weight, and it can cause tiredness."
    >>> _reached(t, t.index("weight")), _reached(t, t.index("tiredness"))
    (True, False)
    """
    return any(
        m.end() <= start and not BREAK.search(text, m.end(), start) for m in SOME_PEOPLE.finditer(text, 0, start)
    )


def some_people_effects(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each affirmed effect given to some of the people Occasional.

    >>> u = Unit("It does make some people drowsy.", [(25, 31, "somnolence", "Symptom")])
    >>> [f.certainty for f in some_people_effects(u, [Found("x", "hasAdverseEffect", "somnolence", "r")])]
    ['Occasional']
    >>> [f.certainty for f in some_people_effects(u, [Found("x", "treats", "somnolence", "r")])]
    ['Asserted']
    """
    return recast(unit, found, ("Asserted", "Possible"), lambda text, start, _: _reached(text, start), "Occasional")
