"""A use of a broad illness read from a narrower one (decision 1108). The recogniser grounds the head of "C. diff
infection", "HIV-1 infection", "water infections", "relapsing MS" or "plaque psoriasis" to the broad entity (infections,
multiple sclerosis, psoriasis) when the words before the head name no entity of their own. "X treats infections" then
says more than the text: the text named one kind, the claim every kind (and "X is not a treatment for a water
infection" denies it for every infection). A use whose object is such a broad head keeps it only when some mention of it
in the sentence is the bare word, or the word after a determiner, a severity or a cue; a positive use of "the cancer"
("it works on the cancer cells", "as long as it keeps the cancer under control") is the one the text is about, no
cancer in general, and goes too.
"""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: The broad entities the recogniser gives the head word of a named kind ("C. diff infection" -> infections, "relapsing
#: MS" -> multiple-sclerosis): over the 312 development sets their asserted uses were right once and wrong 45, and
#: dropping the kind-read ones removed 24 wrong claims and no right one (decision 1108).
BROAD_USES = frozenset(
    ["infections", "cancer", "neoplasms", "multiple-sclerosis", "psoriasis", "ulcer", "virus-diseases", "mycoses"]
)
#: Words before the head that name no kind of it: determiners, quantifiers, severities, the cue words and the
#: prepositions and conjunctions before an object ("for an ordinary infection", "treats moderate to severe psoriasis").
PLAIN_BEFORE = frozenset(
    [
        "a",
        "an",
        "the",
        "any",
        "this",
        "that",
        "these",
        "those",
        "some",
        "all",
        "every",
        "each",
        "no",
        "one",
        "other",
        "another",
        "its",
        "their",
        "his",
        "her",
        "my",
        "your",
        "our",
        "new",
        "current",
        "existing",
        "active",
        "ordinary",
        "common",
        "general",
        "serious",
        "severe",
        "mild",
        "moderate",
        "minor",
        "bad",
        "nasty",
        "acute",
        "chronic",
        "sudden",
        "simple",
        "single",
        "first",
        "real",
        "most",
        "many",
        "more",
        "such",
        "certain",
        "possible",
        "further",
        "to",
        "and",
        "or",
        "nor",
        "of",
        "for",
        "in",
        "on",
        "with",
        "against",
        "treat",
        "treats",
        "treated",
        "treating",
        "treatment",
        "treatments",
        "cure",
        "cures",
        "cured",
        "help",
        "helps",
        "ease",
        "eases",
        "prevent",
        "prevents",
        "protect",
        "protects",
        "control",
        "controls",
        "manage",
        "manages",
        "clear",
        "clears",
        "fight",
        "fights",
        "fighting",
        "work",
        "works",
        "stop",
        "stops",
        "get",
        "gets",
        "getting",
        "got",
        "catch",
        "catches",
        "have",
        "has",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "itself",
        "do",
        "does",
        "nothing",
        "anything",
    ]
)
#: "the relapsing kind of MS", "a rare type of cancer": the kind word and its "of" are looked past.
KIND_OF = re.compile(r"\b(kind|kinds|type|types|form|forms|sort|sorts)\s+of\s*$", re.I)
WORD_BEFORE = re.compile(r"([\w.'\u2019-]+)[\s*_]*$")
#: "the cancer", "the infection": the one the text is about.
DEFINITE_BEFORE = re.compile(r"\b(the|this|her|his|my|your|their)\s+$", re.I)


def _qualified(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start]
    kind = KIND_OF.search(before)
    if kind:
        before = before[: kind.start()]
    match = WORD_BEFORE.search(before)
    if match is None:
        return False
    word = match.group(1).lower().strip(".'\u2019-")
    return bool(word) and word not in PLAIN_BEFORE and not word.isdigit()


def _definite(text: str, start: int) -> bool:
    return DEFINITE_BEFORE.search(text[max(0, start - 8) : start]) is not None


def broad_uses_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the uses of a broad illness that the sentence names only as the head of a narrower kind (and,
    for a positive use, as "the X" the text is about).

    >>> u = Unit("Fidaxomicin is used to treat C. diff infection.", [(37, 46, "infections", "Disease")])
    >>> broad_uses_dropped(u, [Found("fidaxomicin", "treats", "infections", "treats-cue")])
    []
    >>> u = Unit("It won't treat an infection.", [(18, 27, "infections", "Disease")])
    >>> len(broad_uses_dropped(u, [Found("x", "treats", "infections", "treats-cue", True)]))
    1
    """
    out = []
    for f in found:
        if f.predicate != "treats" or f.object not in BROAD_USES:
            out.append(f)
            continue
        starts = [m[0] for m in unit.mentions if m[2] == f.object]
        if not starts:
            out.append(f)  # (a use of the document's illness, named elsewhere)
            continue
        if all(_qualified(unit.text, s) or (not f.negated and _definite(unit.text, s)) for s in starts):
            continue
        out.append(f)
    return out
