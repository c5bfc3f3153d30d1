"""A vitamin or hormone named as the body's own substance, not as a medicine taken (decision 0920).

Decision 0838 set apart a hormone named as the body's own ("the level of oestrogen in the body"). Two more uses name
a vitamin or a hormone without naming a medicine: as what an organ of the body handles, makes or takes up ("Her
kidneys no longer handle vitamin D and phosphate", "the body cannot absorb vitamin B12"), and as the first words of a
target's name ("binds to vitamin D receptors", "blocks oestrogen receptors"). Neither is a drug that could be the
document's or own a sentence's statements; the article's drug keeps them.
"""

from __future__ import annotations

import re

from graph_build.text.doubts import ENDOGENOUS

#: The hormones the body has of its own (decision 0838), as alternatives of a pattern (subjects.BODY_HORMONE's too).
HORMONES = (
    r"o?estrogens?|oestradiol|estradiol|testosterone|progesterone|insulin|cortisol|thyroxine|melatonin"
    r"|[\w-]+(?:[\s-][\w-]+)*[\s-]hormones?"
    # (the releasing hormone by its short name, "blocks the GnRH receptors", "less GnRH": decision 1096)
    r"|gnrh|lhrh"
)
#: A vitamin or a hormone the body has of its own.
SUBSTANCE = re.compile(rf"^(?:vitamin\s+[a-k]\d{{0,2}}|{HORMONES})$", re.I)
#: An organ of the body handling, making or taking up what follows.
ORGAN_HANDLES = re.compile(
    r"\b(?:kidneys?|liver|body|gut|bowels?|intestines?|skin|thyroid|pancreas)\s+"
    r"(?:(?:no\s+longer|cannot|can't|can\s+not|does\s+not|doesn't|do\s+not|don't|normally|usually|also|then|properly)\s+)*"
    r"(?:handles?|process(?:es)?|absorbs?|takes?\s+up|activates?|makes?|produces?|stores?|uses?|needs?)"
    r"(?:\s+(?:the|enough|any))?\s+$",
    re.I,
)
#: The name is the first words of a receptor's name, or of a kind of medicine named after the hormone it acts on ("a
#: GnRH antagonist", "an oestrogen blocker": the hormone the medicine blocks is the body's, not the medicine; 1096).
RECEPTOR_AFTER = re.compile(r"[\s-]+(?:receptors?|antagonists?|agonists?|blockers?)\b", re.I)


def body_substance_at(text: str, start: int, end: int) -> bool:
    """Whether the vitamin or hormone named at text[start:end] is the body's own substance: what an organ handles
    or makes, or the first words of a receptor's name.

    >>> t = "Her kidneys no longer handle vitamin D and phosphate properly."
    >>> body_substance_at(t, 29, 38)
    True
    >>> t = "It binds to vitamin D receptors."
    >>> body_substance_at(t, 12, 21)
    True
    >>> t = "She takes vitamin D every day."
    >>> body_substance_at(t, 10, 19)
    False
    >>> t = "The liver processes paracetamol."
    >>> body_substance_at(t, 20, 31)
    False
    """
    if not SUBSTANCE.match(text[start:end]):
        return False
    return bool(ORGAN_HANDLES.search(text, max(0, start - 80), start) or RECEPTOR_AFTER.match(text, end))


#: What the body (or one of its organs) is said to make, right before the name: "the body makes far less X", "the
#: liver produces more X", "his kidneys no longer make enough X": X is the body's own substance (decision 0955).
BODY_MAKES = re.compile(
    r"\b(?:body|liver|kidneys?|pancreas|gut|skin|brain|thyroid)\s+(?:itself\s+)?"
    r"(?:(?:no\s+longer|still|then|normally|usually|also|now)\s+)?(?:makes?|produces?|making|producing)\s+"
    r"(?:(?:far|much|a\s+lot|slightly|even|a\s+little)\s+)?(?:less|more|too\s+much|too\s+little|enough|extra)?"
    r"\s*(?:of\s+)?(?:the\s+|its\s+own\s+)?$",
    re.I,
)


def made_by_body(text: str, mention) -> bool:
    """Whether a drug's mention names a substance the body makes that the vocabularies class as a drug (a waste, a
    pigment or a messenger: doubts.ENDOGENOUS, "uric acid", "creatinine", "serotonin"; or what the text says the body
    makes, BODY_MAKES): what a medicine lowers or raises, never the medicine a text is about (decision 0955).

    >>> from types import SimpleNamespace as M
    >>> t = "Gout comes from too much uric acid. Benzbromarone lowers it."
    >>> made_by_body(t, M(start=25, end=34)), made_by_body(t, M(start=36, end=49))
    (True, False)
    >>> t = "With that step blocked, the body makes far less homogentisic acid."
    >>> made_by_body(t, M(start=48, end=65))
    True
    """
    if ENDOGENOUS.match(text[mention.start : mention.end]):
        return True
    return bool(BODY_MAKES.search(text, max(0, mention.start - 60), mention.start))
