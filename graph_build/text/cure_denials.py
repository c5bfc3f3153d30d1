"""A cure denied is no use denied: "X does not cure Y" says less than "X does not treat Y".

"Meloxicam does not cure osteoarthritis" in an article that says it eases the pain of osteoarthritis denies a cure,
not the use: a symptomatic or partial treatment still treats Y. Decision 0754 dropped the negated *treats* a cure
denial gave only where the same document asserts *X treats Y*; where the use was not read (0753, 0764, 0779: four
never-tuned sets) the graph said the drug is not for Y while the article says it is. So a negated *treats* whose every
mention of Y is the object of a cure denial ("does not cure", "cannot cure", "won't cure", "is not a cure for", "there
is no cure for") is dropped whatever else the document says (decision 0780). A denial of treatment ("is not a
treatment for", "does not treat", "should not be used for") keeps its negated *treats*, also beside a denied cure in
the same sentence.
"""

from __future__ import annotations

import re

from graph_build.text.recognise import Mention
from graph_build.text.units import Found

#: the words that deny a cure: "does not cure", "cannot cure", "won't cure", "is not a cure for", "is never a cure
#: for", "nor is it a cure for", "is no cure for", "there is no cure for", and a bare "is not a cure" before a break
#: (emphasis marks are removed before matching)
CURE_DENIAL = re.compile(
    r"\b(?:(?:does|do|did|will|would|can|could|should)\s*(?:not|n[’']t)|cannot|won[’']t|never)\s+(?:\w+ly\s+)?"
    r"cure[sd]?\b"
    r"|\b(?:not|never|n[’']t|nor\s+(?:is|was|are|were)\s+(?:it|this|they|these))\s+(?:a|the|any)\s+cure\s+for\b"
    r"|\bno\s+cure\s+for\b"
    # a cure denied with no object, the condition named after a break ("it is not a cure: the colitis is still
    # there"): no denied use of what the break names (decision 0941)
    r"|\b(?:not|never|n[’']t)\s+(?:a|the|any)\s+cure\b(?=\s*[,:;.!?)]|\s+[-–—]\s)",
    re.I,
)
#: a later denial or use word between the cure denial and the condition: the condition is another clause's
_LATER_DENIAL = re.compile(r"\b(?:not|no|nor|never|treat\w*|used|help\w*|reliev\w*)\b|n[’']t\b", re.I)
_EMPHASIS = re.compile(r"[*_]+")


def cure_denied(text: str, sentence: tuple[int, int], mention: Mention) -> bool:
    """Whether the nearest denial before `mention` in its sentence is a cure denial whose object it is.

    >>> t = "It does not cure gout, and it is not a treatment for Y."
    >>> cure_denied(t, (0, len(t)), Mention(17, 21, "gout", "gout"))
    True
    >>> cure_denied(t, (0, len(t)), Mention(53, 54, "y", "Y"))
    False
    """
    before = _EMPHASIS.sub("", text[sentence[0] : mention.start])
    last = max(CURE_DENIAL.finditer(before), key=lambda m: m.start(), default=None)
    return last is not None and not _LATER_DENIAL.search(before, last.end())


def denied_cures(
    text: str, found: list[tuple[tuple[int, int], Found]], mentions: list[Mention]
) -> list[tuple[tuple[int, int], Found]]:
    """The claims less a negated *treats* of Y from a cure denial (decision 0780: whatever else the document says).

    >>> from graph_build.text.recognise import Mention
    >>> t = "X eases the pain of gout. X does not cure gout."
    >>> f = [((0, 25), Found("x", "treats", "gout", "r")), ((26, 47), Found("x", "treats", "gout", "r", True))]
    >>> m = [Mention(20, 24, "gout", "gout"), Mention(42, 46, "gout", "gout")]
    >>> [x.negated for _, x in denied_cures(t, f, m)]
    [False]
    >>> [x.negated for _, x in denied_cures(t, f[1:], m)]
    []
    """

    def cure_only(span: tuple[int, int], f: Found) -> bool:
        named = [m for m in mentions if m.slug == f.object and span[0] <= m.start and m.end <= span[1]]
        return bool(named) and all(cure_denied(text, span, m) for m in named)

    return [(span, f) for span, f in found if not (f.predicate == "treats" and f.negated and cure_only(span, f))]
