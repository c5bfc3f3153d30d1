"""A condition named as the cause of a symptom: "the pain of cancer", "the itch of liver disease", "pain from
shingles", "swelling caused by arthritis". What the phrase names is the symptom, the condition its cause: "Ys, such
as the pain of Z" gives Z no kind of Y, and a use "for severe pain, such as the pain of Z" treats the pain, with Z
its context, not Z (decision 0860).

A use "for the pain and stiffness of Z" is left as it was: the development golds write the illness whose symptoms
a medicine relieves as treated (an anti-inflammatory "eases the pain and stiffness of osteoarthritis", an
antispasmodic is taken "for the painful gut spasms of IBS"); only the example of a symptom already named is read
as context.
"""

from __future__ import annotations

import re

#: A symptom's head word, then the word that names its cause, right before the condition ("the pain of", "itching
#: from", "swelling caused by an", "the aches that come with"): the condition after it is the symptom's cause.
SYMPTOM_OF = re.compile(
    r"\b(pains?|aches?|aching|itch|itching|itchiness|swelling|soreness|stiffness|discomfort|cramps?|cramping|"
    r"spasms?|burning|tingling|numbness|tenderness|sickness|nausea|tiredness|fatigue)\s+"
    r"(of|from|caused\s+by|due\s+to|brought\s+on\s+by|linked\s+to|that\s+comes?\s+with|which\s+comes?\s+with)\s+"
    r"((an?|the|their|your|his|her|its|this|that)\s+)?[*_]{0,2}$",
    re.I,
)
#: ... opened as the example of a symptom named before it ("severe pain, such as the pain of").
EXAMPLE_SYMPTOM_OF = re.compile(
    r"\b(such\s+as|like|including|for\s+example|e\.g\.)\s+(the\s+)?" + SYMPTOM_OF.pattern, re.I
)
#: Right after an example lead ("such as"): a symptom named by its cause ("the pain of X", "itching from X").
SYMPTOM_BY_CAUSE = re.compile(r"\s*(the\s+)?" + SYMPTOM_OF.pattern[: -len(r"[*_]{0,2}$")] + r"[*_]{0,2}", re.I)
#: How far before a condition the phrase may start.
REACH = 60


def named_as_cause(text: str, at: int, start: int = 0, example: bool = False) -> bool:
    """Whether the condition at offset `at` is named as the cause of a symptom right before it (looked for from
    `start` on, at most REACH characters back); with `example`, only as the example of a symptom ("such as the
    pain of").

    >>> named_as_cause("It is used for severe pain, such as the pain of cancer.", 48)
    True
    >>> named_as_cause("It is used for cancer.", 15)
    False
    >>> named_as_cause("It eases the pain of arthritis.", 21, example=True)
    False
    """
    pattern = EXAMPLE_SYMPTOM_OF if example else SYMPTOM_OF
    return pattern.search(text, max(start, at - REACH - 20), at) is not None


def example_by_cause(text: str, at: int) -> bool:
    """Whether the example opened at `at` (right after "such as") is a symptom named by its cause: "Ys, such as the
    pain of Z" names a pain, so neither the pain word nor Z is a kind of Y read from it.

    >>> example_by_cause("nerve pain, such as the pain of shingles", 19)
    True
    >>> example_by_cause("nerve pain, such as sciatica", 19)
    False
    """
    return SYMPTOM_BY_CAUSE.match(text, at) is not None
