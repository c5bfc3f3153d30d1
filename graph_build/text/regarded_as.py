""" "Treat it as Y": *treat* in the sense of *regard*, no use (decision 0925).

"- Unable to paddle back: treat it as a pain flare", "Treat any sudden fever as an emergency": the reader is told how
to regard something, no medicine treats Y (the treats cue read a denied use of pain from "cannot ... treat it as a
pain flare").
"""

from __future__ import annotations

import re

#: A cue of treating whose object is followed by "as" and what it is regarded as: "treat it as a pain flare", "treat
#: any sudden fever as an emergency", "treat them as urgent" (not "as well as", "as soon as", "as needed").
TREAT_AS = re.compile(
    r"\btreat(s|ed|ing)?\s+([\w'’-]+\s+){1,4}?as\s+(an?|the|if|though|something|one|urgent|serious|separate)\b", re.I
)
#: The verb "treat" inside a cue's span.
TREAT_WORD = re.compile(r"\btreat", re.I)


def treated_as(text: str, cue_start: int, cue_end: int) -> bool:
    """The cue is "treat X as Y": to treat something as Y is to regard it so, no use of X or of Y.

    >>> t = "If she cannot paddle back, treat it as a pain flare."
    >>> treated_as(t, t.index("treat"), t.index("treat") + 5)
    True
    >>> t = "Treat any sudden fever as an emergency."
    >>> treated_as(t, 0, 5)
    True
    >>> t = "It is used to treat pain as well as fever."
    >>> treated_as(t, t.index("treat"), t.index("treat") + 5)
    False
    """
    word = TREAT_WORD.search(text, cue_start, cue_end)
    return word is not None and TREAT_AS.match(text, word.start()) is not None
