"""Split normalised text into sentences with character offsets (lines, then sentence ends)."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A sentence ends at . ! or ? followed by space and a capital letter, digit or quote; markdown emphasis may open
#: after the space ("... too far. **Paracetamol** is fine": two sentences; decision 0692). (A bold lead-in that closes
#: after its full stop, "**Warfarin.** It may ...", stays with its sentence, as the layout rules read it.)
END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?(\*{1,2}|_{1,2})?[\"'(\[]?[A-Z0-9])")
#: Tokens before a full stop that do not end a sentence.
ABBREVIATIONS = frozenset({"e.g", "i.e", "vs", "dr", "mr", "mrs", "ms", "st", "no", "approx", "etc", "fig", "al"})
#: Abbreviations that are one only before a number ("No. 5", "no. 12"); before a word they are the word itself, and
#: their full stop ends the sentence: the answer "No. It can make you sleepy" is two sentences, so that the answer
#: negates nothing in the next one (decision 0747).
BEFORE_NUMBER = frozenset({"no"})
#: Words a single letter names a member of ("vitamin A.", "hepatitis B.", "type A."): that letter is no initial, its
#: full stop ends the sentence (decision 0662).
SERIES = frozenset(
    {"vitamin", "vitamins", "hepatitis", "influenza", "type", "group", "class", "grade", "stage", "schedule"}
    | {"category", "factor", "plan", "phase", "strep"}  # decisions 0661, 0662 found the same fault apart
)
#: Apostrophes: a single letter after one ends a contraction ("won't.", "it's.", "I'd."), never an initial, so its
#: full stop ends the sentence ("No, and I won't. Stopping it can cause Y": two sentences; decision 0954).
APOSTROPHES = frozenset("'\u2019")
#: The pronoun "I" ending a clause after a lower-case word ("and neither had I.", "so did I.", "more than I."): no
#: initial (an initial follows a name or a title, "John F.", "Dr. A."), so its full stop ends the sentence and what
#: the sentence denies stays in it (decision 1031). An author's credit ("by I. Smith") keeps its initial.
PRONOUN_I = "I"
INITIAL_AFTER = frozenset({"by"})
#: Informal writing (chat, forum posts) starts sentences in lower case: a stop, a space and a lower-case clause with
#: its own subject and verb ("it isn't a steroid. the doctor called it an agonist", "no. it didn't help") is a
#: sentence end, so that a denial stays in its own sentence (decision 1077). The subject is a pronoun (with its
#: contraction) or a short possessive or definite noun phrase followed by a verb of report, being or having; a
#: lower-case word alone ("5 mg. daily", "approx. half") never ends a sentence.
CLAUSE_OPENING = (
    r"(?:(?:i|it|he|she|we|they|you)(?:['\u2019](?:s|m|re|ve|d|ll))?|there['\u2019]s|that['\u2019]s)\s+[a-z]"
    r"|(?:the|my|his|her|our|their|your)\s+[a-z]+\s+(?:said|says|told|tells|called|calls|thinks|thought|explained|"
    r"reckons|reckoned|wants|wanted|is|was|has|had|gave|gives|put|puts|prescribed|recommended|suggested)\b"
)
LOWER_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=(?:" + CLAUSE_OPENING + r"))")
#: Words before a stop that a lower-case word may follow inside one sentence: units and short forms ("5 mg. daily").
NOT_AN_END_BEFORE_LOWER = frozenset(
    {"mg", "mcg", "ml", "g", "kg", "cm", "mm", "approx", "ca", "cf", "vs", "etc", "incl", "esp", "min", "hr", "hrs"}
)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text and its offsets in the normalised text; `line` counts lines from 0."""

    start: int
    end: int
    text: str
    line: int


#: The word before a full stop at the end of a text.
WORD_BEFORE_STOP = re.compile(r"([A-Za-z.]+)\.\s*$")
#: How far back `_abbreviation_before` looks (the longest abbreviation is far shorter).
WINDOW = 64
#: The characters of WORD_BEFORE_STOP's word.
WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _abbreviation_before(text: str, pos: int) -> bool:
    """Whether `text[:pos]` ends with an abbreviation (or an initial) and a full stop.

    What searching WORD_BEFORE_STOP in the WINDOW before `pos` found (and, when its word reached the window's
    start, in the whole text), read backwards from `pos` instead: the full stop after trailing whitespace, then the
    word's characters.

    >>> _abbreviation_before("See e.g. ", 9), _abbreviation_before("It works. ", 10)
    (True, False)
    >>> _abbreviation_before("I won't. ", 9), _abbreviation_before("J. ", 3)
    (False, True)
    >>> _abbreviation_before("and so did I. ", 14), _abbreviation_before("a note by I. ", 13)
    (False, True)
    """
    stop = pos - 1
    while stop >= 0 and text[stop].isspace():  # what `\s*$` skips (\s is str.isspace for text patterns)
        stop -= 1
    start = max(0, pos - WINDOW)
    if stop - 1 < start or text[stop] != "." or text[stop - 1] not in WORD_CHARS:
        return False  # no word and full stop inside the window
    begin = stop - 1
    while begin > 0 and text[begin - 1] in WORD_CHARS:
        begin -= 1
    word = text[begin:stop]
    before = text[max(0, begin - 16) : begin].split()
    if len(word) == 1 and before and before[-1].lower() in SERIES:
        return False  # "related to vitamin A. It is used for ...": a letter of a series, no initial
    if len(word) == 1 and begin > 0 and text[begin - 1] in APOSTROPHES:
        return False  # "I won't. Stopping ...": a contraction's end, no initial (decision 0954)
    if word == PRONOUN_I and before and before[-1].islower() and before[-1] not in INITIAL_AFTER:
        return False  # "Maureen had never heard of it and neither had I. It is ...": the pronoun (decision 1031)
    return word.lower() in ABBREVIATIONS or len(word) == 1


def _start(match: re.Match[str]) -> int:
    """A match's start (the sort key of `segment`'s sentence ends)."""
    return match.start()


def _word_before_a_word(line: str, stop: int, after: int) -> bool:
    """Whether the full stop before `stop` follows a BEFORE_NUMBER abbreviation and no number comes at `after`.

    >>> _word_before_a_word("No. It works.", 3, 4), _word_before_a_word("Dose No. 5 is here.", 8, 9)
    (True, False)
    """
    words = line[:stop].rstrip().rstrip(".").split()
    word = words[-1].strip("\"'(*_").lower() if words else ""
    return word in BEFORE_NUMBER and not line[after : after + 1].isdigit()


def _lower_end(line: str, stop: int) -> bool:
    """Whether a LOWER_END match at `stop` ends a sentence: no ellipsis ("and then... it got better" goes on) and no
    unit or short form before the stop (decision 1077).

    >>> _lower_end("it isn't. it is", 9), _lower_end("wait... it is", 7), _lower_end("take 5 mg. it is", 10)
    (True, False, False)
    """
    head = line[:stop].rstrip("\"')] ")
    if head.endswith(".."):
        return False
    words = head.rstrip(".!?").split()
    return not (words and words[-1].strip("(\"'").lower() in NOT_AN_END_BEFORE_LOWER)


def segment(text: str) -> list[Sentence]:
    """Sentences of `text`; each line is split at sentence ends, blank lines are dropped.

    >>> [s.text for s in segment("Dr. No is here. It works!\\nA list item\\n\\nEnd")]
    ['Dr. No is here.', 'It works!', 'A list item', 'End']
    >>> segment("  Pain hurts.  ")[0].start
    2
    """
    sentences: list[Sentence] = []
    pos = 0
    for number, line in enumerate(text.split("\n")):
        begin = 0
        pieces = []
        ends = list(END.finditer(line))
        if LOWER_END.search(line):  # (informal lower-case sentence starts: decision 1077)
            ends = sorted(ends + [m for m in LOWER_END.finditer(line) if _lower_end(line, m.start())], key=_start)
        for match in ends:
            if _abbreviation_before(line, match.start()) and not _word_before_a_word(line, match.start(), match.end()):
                continue
            pieces.append((begin, match.start()))
            begin = match.end()
        pieces.append((begin, len(line)))
        for a, b in pieces:
            chunk = line[a:b]
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                start = pos + a + lead
                sentences.append(Sentence(start, start + len(stripped), stripped, number))
        pos += len(line) + 1
    return sentences
