"""A sentence inside a reading unit that names its own subject (decision 1126).

A unit may hold more than one sentence: a bold lead-in carries the line after it ("**If I collapse, use it on my
thigh.** Adrenaline treats anaphylaxis"). A cue whose own sentence opens with a noun of its own right before it
("Adrenaline treats", "Antibiotics are used for") has that noun as its subject, even where no vocabulary knows it:
the pronoun of the sentence before ("use it") is not the cue's subject. Splitting every bold sentence from the next
was tried and not kept (bold lead-ins carry the lines after them), so only this shape is read: the cue's sentence
opens (after emphasis or a quote mark) with one to three words, the first capitalised, none a mention, a pronoun or
a word for the medicine, then only auxiliaries, adverbs and a negation before the cue.
"""

from __future__ import annotations

import re

from graph_build.text.units import Unit

#: The end of a sentence inside a unit: a full stop, "!" or "?", perhaps closed by emphasis, a quote or a bracket.
SENTENCE_END = re.compile(r"[.!?][*_\"'\u2019\u201d)]*\s+")
#: A sentence's own noun subject right before the cue: one to three words, the first capitalised, then auxiliaries,
#: adverbs and a negation (the words of `relate_cues.NEXT_TO_CUE`, kept short here).
OWN_SUBJECT = re.compile(
    r"[*_\"'\u2018\u201c(]*(?P<subject>[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?:\s+(?:is|are|was|were|can|may|might|will|would|also|often|usually|still|only|mainly|really|not|does|do))*\s*",
)
#: Subject words that stand for a medicine named before, or a person: then the subject is no noun of its own.
NOT_OWN = re.compile(
    r"^(it|its|this|that|these|those|they|he|she|we|you|i|one|both|either|each|the|a|an|your|my|his|her|their|our|"
    r"doctors?|gps?|nurses?|pharmacists?|specialists?|consultants?|people|patients?|some|many|most|all|there|here|"
    r"what|which|who|when|if|so|and|but|or|because|also|then|now|yes|no)\b",
    re.I,
)


def own_sentence_subject(unit: Unit, cue: int) -> bool:
    """Whether the cue at `cue` opens a sentence, after an earlier sentence of the same unit, whose own subject is a
    noun no mention covers (so a pronoun of the earlier sentence is not the cue's subject).

    >>> own_sentence_subject(Unit("**Use it on my thigh.** Adrenaline treats Y.", []), 35)
    True
    >>> own_sentence_subject(Unit("**Use it on my thigh.** It treats Y.", []), 27)
    False
    >>> own_sentence_subject(Unit("Adrenaline treats Y.", []), 11)
    False
    """
    text = unit.text
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, cue)]
    if not ends:
        return False  # (the unit's first sentence: the usual subject rules read it)
    start = ends[-1]
    opening = OWN_SUBJECT.fullmatch(text, start, cue)
    if opening is None or NOT_OWN.match(opening.group("subject")):
        return False
    return not any(start <= m[0] < cue for m in unit.mentions)
