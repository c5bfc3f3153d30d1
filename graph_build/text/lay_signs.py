"""Two signs that lay health writing names in everyday words no vocabulary lists (decision 1063).

Fatigue: a person "worn out", "washed out", "wiped out", "exhausted", "knackered" or "shattered", and one who "tires
easily" (the everyday words of HPO's Fatigue, HP:0012378, beside its lay synonym "tired", stated_tired). The words
also say what is used up or broken ("the cartilage is worn out", "the supply was exhausted", "a shattered hip"), so
only a person's state is read: after a feeling verb ("felt worn out"), after a person and a linking verb ("I was
exhausted", "she gets washed out"), after "being" ("being knackered all the time"), or a verb that leaves or makes a
person so ("it leaves him wiped out"); never in a clause of "when / if / until", never before "by" ("shattered by the
news": a blow, not a sign) or "from" ("exhausted from the climb": a cause).

Pruritus: the verb "itch" ("the patches itch like mad", "it itched at night") and "itchy" after a linking verb ("his
skin gets itchy"); HPO's Pruritus, whose vocabulary names are "itching" and "itchy skin". Not the adjective before a
noun ("an itchy rash", "a red, itchy patch where the needle goes in": the golds write the rash or the reaction, not
a second sign), not the noun ("calm the itch", "used for the itch of heat rash": what a medicine soothes), never of
the eyes, nose, ears, throat or mouth (signs of their own), never a wish ("itch to get back"), never a named illness
("jock itch", "swimmer's itch"). Measured first with the adjective and the noun: 37 wrong to 15 right, mostly those.

A fatigue word coordinated after "weak" ("feeling weak and washed out") is one state, the golds' weakness: not read.
"""

from __future__ import annotations

import re

#: The adverbs that may stand between the verb and the word ("felt completely worn out", "was often exhausted").
_ADVERBS = (
    r"(?:(?:often|also|still|usually|always|sometimes|constantly|now|quite|very|so|really|completely|totally|utterly"
    r"|absolutely|just|a\s+bit|a\s+little|too|more)\s+){0,2}"
)
#: Up to three coordinated feelings before the word ("felt sick, dizzy and washed out").
_BEFORE = r"(?:[a-z][\w-]*(?:,\s+|\s+(?:and|or)\s+)){0,3}"
_WORDS = r"(?P<word>worn[ -]out|washed[ -]out|wiped[ -]out|exhausted|knackered|shattered)"
#: A person's state in one of the everyday words of Fatigue (module docstring).
LAY_FATIGUE = re.compile(
    r"\b(?:"
    r"(?:feel|feels|felt|feeling|being)"
    r"|(?:i|he|she|they|you|we|people|someone|patients|children|sufferers)\s+"
    r"(?:'m|'re|'s|is|are|was|were|am|get|gets|got|become|becomes|became)"
    r"|(?:i'm|he's|she's|they're|you're|we're)"
    r"|(?:leave|leaves|left|leaving|make|makes|made|making)\s+(?:you|her|him|them|me|us|people|someone)"
    r")\s+" + _ADVERBS + r"(?!weak\s+(?:and|or)\s)" + _BEFORE + _WORDS + r"(?![\w-]|\s+(?:by|from|of)\b)"
    # "he tires easily", "she tired quickly", "tiring very easily"
    r"|\b(?P<tires>(?:tires?|tired|tiring))\s+(?:very\s+|more\s+)?(?:easily|quickly)\b",
    re.I,
)
#: A clause that sets a time or a condition before the verb ("if you get exhausted, stop").
WHEN_CLAUSE = re.compile(r"\b(?:when|whenever|if|until|unless|once|while)\s+(?:[\w']+\s+){0,2}$", re.I)

#: The verb of itching, and "itchy" after a linking verb (module docstring).
ITCH = re.compile(
    r"(?<![\w'-])(?:(?P<verb>itch|itches|itched)"
    r"|(?:is|are|was|were|be|been|get|gets|got|getting|go|goes|went|feel|feels|felt|become|becomes|became)\s+"
    r"(?:(?:very|really|so|quite|often|still|a\s+bit|a\s+little|always|also)\s+){0,2}(?P<adjective>itchy))\b"
    r"(?![-'\u2019]|\s+(?:to|for)\b)",
    re.I,
)
#: Before the verb: a determiner, so the word is the noun ("an itch", "the itch of heat rash": what a medicine
#: treats or soothes, and the golds write it no sign; not "that", as often the relative pronoun of "patches that
#: itch"), or a part with signs of its own ("eyes that itch and water": itchy eyes; "the nose run and itch").
ITCH_NOT_AFTER = re.compile(
    r"\b(?:an?|the|this|my|your|his|her|their|its|any|some|no)\s+$"
    r"|\b(?:eyes?|eyelids?|nose|ears?|throat|mouth|scalp|bottom)\b[^.;:,]{0,20}$",
    re.I,
)
#: After "itch": passing urine - a burning or itching on passing water is the urinary tract's sign (dysuria), not the
#: skin's itch (the lead, at merge: "it can burn or itch when you pass urine").
ITCH_URINE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:when|while|as|after)\s+(?:you|i|he|she|they|we)\s+(?:pass(?:es)?\s+(?:urine|water)|pees?"
    r"|wees?|urinates?|go\s+to\s+the\s+(?:toilet|loo|bathroom))\b",
    re.I,
)
#: Before "itch": a word that names an illness or a longing, not the sign.
ITCH_KIND = re.compile(r"\b(?:jock|swimmer'?s|seven-year|barber'?s|baker'?s|grocer'?s|ground|winter|dhobi)\s+$", re.I)


def lay_fatigue(text: str) -> list[tuple[int, int]]:
    """The spans of the everyday words of Fatigue said of a person in `text` (decision 1063).

    >>> t = "She felt worn out, and by noon I was exhausted. He tires easily."
    >>> [t[a:b] for a, b in lay_fatigue(t)]
    ['worn out', 'exhausted', 'tires easily']
    >>> lay_fatigue("The cartilage is worn out. The supply was exhausted. He was shattered by the news.")
    []
    >>> lay_fatigue("If you get exhausted, stop and rest.")
    []
    """
    out = []
    for match in LAY_FATIGUE.finditer(text):
        if WHEN_CLAUSE.search(text, max(0, match.start() - 40), match.start()):
            continue
        out.append(match.span("word") if match.group("word") else match.span())
    return out


def itch_words(text: str) -> list[tuple[int, int]]:
    """The spans of the verb of itching and of a predicative "itchy" in `text` (decision 1063).

    >>> t = "The patches itch like mad, it itched all night, and his skin gets itchy."
    >>> [t[a:b] for a, b in itch_words(t)]
    ['itch', 'itched', 'itchy']
    >>> itch_words("An itchy rash; eyes that itch; it calms the itch; he had jock itch; itching to go.")
    []
    >>> itch_words("It can burn or itch when you pass urine.")
    []
    """
    out = []
    for match in ITCH.finditer(text):
        group = "verb" if match.group("verb") else "adjective"
        before = text[max(0, match.start() - 30) : match.start()]
        if ITCH_NOT_AFTER.search(before) or ITCH_KIND.search(before) or ITCH_URINE.match(text, match.end()):
            continue
        out.append(match.span(group))
    return out
