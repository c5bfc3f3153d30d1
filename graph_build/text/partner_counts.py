"""A drug named only as the reader's other medicine is never the document's drug (decision 0988).

A text whose title names no drug takes for its drug the one it names most (decision 0622). A drug named twice in
one piece of advice about the reader's other medicines ("Tell the pharmacist if you take warfarin, because it can
change how warfarin is absorbed") then outnumbered the drug named once that the text is about ("My clinic
prescribed tirzepatide"), and every "It" of the text, its headless side-effect list and its half-life went to the
partner. A mention is a partner's when, in its own sentence, words that ask about or name the reader's other
medicines come before it (topic.PARTNER_LEAD: "if you take", "tell your doctor", "interacts with", "together
with", "alongside", "at the same time as"). A drug all of whose mentions are a partner's is not counted for the
document's drug while another drug is named outside such advice; a drug named freely even once is counted as
before, with all its mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from graph_build.text.topic import PARTNER_LEAD

#: The end of the sentence before a mention: a full stop, question or exclamation mark and space, or a line break.
SENTENCE_END = re.compile(r"[.!?]\s|\n")

#: The last text whose sentence ends were found, and their ends (decision 1069: a scan of the text from its start
#: for every mention made finding a document's drug quadratic in the text's length)
_ENDS: tuple[str, list[int]] = ("", [])


def sentence_opening(text: str, start: int) -> int:
    """Where the sentence holding `start` opens: the end of the last `SENTENCE_END` match within `text[:start]`, else
    0. The ends of the whole text are found once per text and looked up (decision 1069): a match of the pattern
    depends only on the character at its start and the one after it, so the matches in `text[:start]` are those of the
    whole text that end by `start`.

    >>> t = "One. Two!\\nThree? Four"
    >>> [sentence_opening(t, k) for k in (0, 4, 5, 9, 10, 17, 22)]
    [0, 0, 5, 5, 10, 17, 17]
    """
    global _ENDS
    last, ends = _ENDS
    if last is not text and last != text:
        ends = [m.end() for m in SENTENCE_END.finditer(text)]
        _ENDS = (text, ends)
    k = bisect_right(ends, start)
    return ends[k - 1] if k else 0


def partner_mention(text: str, start: int) -> bool:
    """Whether the mention at `start` follows, in its own sentence, words naming the reader's other medicines.

    >>> partner_mention("I use A. Tell the nurse if you take B.", 34), partner_mention("B is fine. A helps.", 0)
    (True, False)
    """
    return bool(PARTNER_LEAD.search(text, sentence_opening(text, start), start))


def without_partners(text: str, starts: dict[str, list[int]], drugs: Counter) -> Counter:
    """`drugs` without the drugs every mention of which is a partner's, when a drug named otherwise remains.

    >>> t = "I was given A. Tell the nurse if you take B, as it changes how B works."
    >>> without_partners(t, {"a": [12], "b": [42, 63]}, Counter(a=1, b=2))
    Counter({'a': 1})
    >>> without_partners("Tell the nurse if you take B.", {"b": [27]}, Counter(b=1))
    Counter({'b': 1})
    """
    partners = {slug for slug in drugs if all(partner_mention(text, s) for s in starts.get(slug, []))}
    if not partners or not set(drugs) - partners:
        return drugs
    return Counter({slug: n for slug, n in drugs.items() if slug not in partners})
