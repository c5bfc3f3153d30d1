"""A side effect some people get "on it" (decision 0965).

"Some people have odd dreams on it", "A few children become confused on it", "Some people feel low in mood while
on it": the people's cue of a side-effect section (effects-under-heading's "some people get / feel / become") and,
after the effect in the same clause, "on it" / "while on it" / "while taking it": the effect comes to the people on
the drug "it" stands for. Outside a side-effect section the cue alone gives no owner (the people may be ill); "on
it" names the drug in focus. A drug named in the sentence owns what it says, as for the other unowned cues
(relate_unowned._unowned_effects), and a condition after "on it" is left alone ("... on it, and a few become
restless" is another clause's).
"""

from __future__ import annotations

import re

from graph_build.text.frequency_modals import BREAK

#: The people on the drug, after the effect: "on it", "while (they are / you are) on it", "while taking it", "after
#: using them". "it" or "them" only: a named drug is a mention and owns its sentence. "taking / using it" only after
#: "while / when / after / since / of": "stop using it and see your GP" is advice, no time of the effect.
ON_IT = re.compile(
    r"\b(?:(?:while|when|whilst)\s+(?:(?:they|you|we|he|she|I)\s+(?:are|were|is|was|am)\s+)?)?on\s+(?:it|them)\b"
    r"(?!\s+and\s+off)"
    r"|\b(?:while|when|whilst|after|since|of)\s+(?:(?:they|you|we|he|she|I)\s+(?:are|were|is|was|am)\s+)?"
    r"(?:taking|using)\s+(?:it|them)\b",
    re.I,
)


def on_it_after(text: str, start: int) -> re.Match | None:
    """The first "on it" after `start` in the clause that `start` is in (no clause break, `frequency_modals.BREAK`,
    between), or None.

    >>> on_it_after("Some people have odd dreams on it.", 11).group(0)
    'on it'
    >>> on_it_after("Some people feel low while taking it.", 11).group(0)
    'while taking it'
    >>> on_it_after("Some people feel sick, and others do well on it.", 11) is None
    True
    >>> on_it_after("Some people get headaches on it for a week.", 11).group(0)
    'on it'
    >>> on_it_after("If you get a rash, stop using it and see your GP.", 11) is None
    True
    """
    m = ON_IT.search(text, start)
    if m is None or BREAK.search(text, start, m.start()):
        return None
    return m
