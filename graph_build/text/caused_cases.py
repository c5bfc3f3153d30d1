"""A denied use of a condition narrowed by its cause, and "treat it as" (decision 0925).

Two readings of general English the use cues took for something they are not:

- a denied object followed by what brings it on ("does nothing for diarrhoea caused by a virus", "not a treatment
  for bleeding caused by haemophilia", "an itchy rash caused by sweat"): the sentence denies one case of the
  condition, picked out by its cause, which the vocabularies do not name; read as a denial of the whole condition it
  contradicts the use the same text gives ("used for diarrhoea", "used to stop bleeding"). As decision 0761's "the
  dizziness of an inner-ear problem" and decision 0675's "back pain from a strain", no claim;
- "treat it as Y" / "treat any fever as an emergency": *treat* in the sense of *regard*, no medicine treating Y.
"""

from __future__ import annotations

import re

#: Right after a denied object: its cause ("caused by", "brought on by", "triggered by", "set off by", "due to").
CAUSE_AFTER = re.compile(
    r"\s+(that\s+(is|are|was|were)\s+)?((caused|brought\s+on|triggered|set\s+off)\s+by|due\s+to)\b", re.I
)
#: A cue of treating whose object is followed by "as" and what it is regarded as: "treat it as a pain flare", "treat
#: any sudden fever as an emergency", "treat them as urgent" (not "as well as", "as soon as", "as needed").
TREAT_AS = re.compile(
    r"\btreat(s|ed|ing)?\s+([\w'’-]+\s+){1,4}?as\s+(an?|the|if|though|something|one|urgent|serious|separate)\b", re.I
)

#: The verb "treat" inside a cue's span.
TREAT_WORD = re.compile(r"\btreat", re.I)


def cause_narrows(text: str, obj_end: int) -> bool:
    """The object is followed by its cause: one case of it is meant.

    >>> t = "It does nothing for diarrhoea caused by a virus."
    >>> cause_narrows(t, t.index(" caused"))
    True
    >>> t = "It is not a treatment for headaches due to stress."
    >>> cause_narrows(t, t.index(" due"))
    True
    >>> t = "It is not a treatment for headaches, and it is not due to be stopped."
    >>> cause_narrows(t, t.index(","))
    False
    """
    return CAUSE_AFTER.match(text, obj_end) is not None


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
