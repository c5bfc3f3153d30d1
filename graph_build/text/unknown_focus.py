"""An article's drug the vocabularies do not know never hands its claims to another drug (decision 0936).

An article about a drug none of the installed vocabularies recognises under the name the text writes ("Trevor now
takes azilsartan, sold as Edarbi", where only "azilsartan medoxomil" is known) recognised no drug of its own, and its
"It", its headless sections ("## Who should not take it?" / "- women who are pregnant") and its omitted subjects
rested on the only drugs recognised: one named in passing ("His GP started him on ramipril") or as a partner ("Colin
takes lithium for his mood"), which then took the article's uses, side effects and half-life. Decision 0845's
`unknown_drugs` mints such a drug only where the text calls it a medicine in so many words; where it does not, this
guard says nothing rather than the wrong thing.

A word is read as the name of an unknown drug the article is about, all of:

- no mention covers it, it is seven letters at least, and it ends in one of the WHO INN stem book's specific suffix
  stems (inn_stems.yaml: -sartan, -pril, -olol, -mab, -tinib, ...) without being the stem itself (the class word:
  "a triptan", "a thiazide");
- it stands where a drug's name stands: in the title line, opening a sentence ("Azilsartan is not a diuretic",
  "Azilsartan."), or before a brand name ("X, sold as Y", "X (brand name Y)");
- it is the article's: the title names it and no recognised drug, or the text writes it at least three times and
  more often than any recognised drug.

Then a claim whose subject is a drug its sentence does not name (its subject a pronoun, a heading's or omitted) is
not made: the sentence may be about the unknown drug, and which drug it is about cannot be told. Claims whose
sentence names their drug stand ("His GP started him on ramipril, but the dry cough it gave him ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache
from pathlib import Path

from base.datafile import safe_load

DATA = Path(__file__).with_name("inn_stems.yaml")
#: A candidate word: letters only, seven at least, as the text writes it (unknown_drugs.WORD).
WORD = re.compile(r"\b[A-Za-z][a-z]{6,}\b")
#: A sentence's opening before the word: the text's start, a line's start (after list or heading marks), or . ! ?
OPENING = re.compile(r"(?:^|[.!?]\s+|\n[ \t]*(?:[-*#>]+\s*|\d+[.)]\s*)?)[*_\"']*$")
#: A brand name after the word: "X, sold as Y", "X (brand name Y)", "X, sold under the name Y", "X (Y®)".
BRAND_AFTER = re.compile(
    r"\s*(?:,\s*(?:sold|marketed)\s+(?:as|under\s+the\s+(?:brand\s+)?names?)|\(\s*(?:brand\s+names?:?|sold\s+as))"
    r"\s+[A-Z]"
)
#: How many times the article writes the word at least, when its title does not name it.
MIN_TIMES = 3


@cache
def stems() -> tuple[str, ...]:
    """The INN suffix stems of inn_stems.yaml, longest first."""
    data = safe_load(DATA.read_text(encoding="utf-8"), DATA)
    return tuple(sorted({s.lower() for s in data["stems"]}, key=len, reverse=True))


def _covered(mentions: list, starts: list[int], a: int, b: int) -> bool:
    i = bisect_left(starts, b)
    return any((m.start <= a and b <= m.end) or a <= m.start < b for m in mentions[max(0, i - 8) : i])


def unknown_focus(text: str, mentions: list, drugs: Counter, title_end: int, titled: bool) -> str | None:
    """The word (lower case) naming an unknown drug the article is about, as the module's doc says, else None.
    `mentions` are sorted by start; `drugs` counts the recognised drugs' mentions; `titled`: the title names one.

    >>> text = "# News\\n\\nTed takes azilsartan, sold as Edarbi. Azilsartan helps. Ask about azilsartan."
    >>> unknown_focus(text, [], Counter({"ramipril": 1}), 6, False)
    'azilsartan'
    >>> unknown_focus("Ted takes azilsartan. It helps.", [], Counter(), 0, False) is None
    True
    """
    ends = stems()
    starts = [m.start for m in mentions]
    places: dict[str, list[tuple[int, int]]] = {}
    for w in WORD.finditer(text):
        low = w.group().lower()
        # (the stem itself, "a triptan", "a thiazide", names the class, not one drug)
        if low.endswith(ends) and low not in ends and not _covered(mentions, starts, w.start(), w.end()):
            places.setdefault(low, []).append(w.span())
    most = max(drugs.values(), default=0)
    best: tuple[int, str] | None = None
    for low, spans in places.items():
        in_title = any(b <= title_end for _, b in spans)
        placed = in_title or any(
            OPENING.search(text, max(0, a - 12), a) or BRAND_AFTER.match(text, b) for a, b in spans
        )
        if not placed:
            continue
        the_articles = (in_title and not titled) or (len(spans) >= MIN_TIMES and len(spans) > most)
        if the_articles and (best is None or len(spans) > best[0]):
            best = (len(spans), low)
    return best[1] if best else None


def unnamed_subjects_dropped(found: list, mentions: list, classes: dict[str, str]) -> list:
    """The (span, found) pairs without those whose subject is a drug the sentence (span) does not name."""
    starts = [m.start for m in mentions]
    kept = []
    for span, f in found:
        if classes.get(f.subject) == "Drug":
            inside = mentions[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]
            if not any(m.slug == f.subject for m in inside):
                continue
        kept.append((span, f))
    return kept
