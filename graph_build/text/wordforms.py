"""English word forms the text modules share: American and British spellings, and the singulars of plural nouns
(decision 0678).

One place for what three modules did each in their own way: vocab_index indexes a vocabulary name in its British
spelling and in the singular, class_names mints a class's name in the American spelling and the singular, processes
names a process by its modifier in the singular, phrases compares words whatever their spelling.
"""

from __future__ import annotations

import re

#: The spellings of one word part in American and British English, read both ways: (before, American, British,
#: after, ways), `before` and `after` look-arounds of the part's context. `british` (vocab_index: the sources'
#: American names indexed in the spelling UK health pages write, *oestrogen receptors*, *anaemia*, *oedema*,
#: *diarrhoea*, *paediatric*, *foetal*; a spelling, never a new concept) reads the rows to British; `american`
#: (class_names: a minted class's name in the vocabularies' spelling, *stabiliser*, *antidiarrhoeal*; phrases: a
#: word's comparison key) reads them back. `ways` is "both", or the one way a row holds in: a context that tells
#: the spelling apart only one way ("diarrhoeal" is British, "diarrheal" stays as the sources write it).
#: (the words before "emia" that write "aemia" in British: *anaemia*, *leukaemia*, *hyperkalaemia*)
_AEMIA = "(?:" + "|".join(f"(?<={w})" for w in ("an", "leuk", "isch", "glyc", "septic", "ur", "kal", "natr")) + "|"
_AEMIA += "|".join(f"(?<={w})" for w in ("lipid", "tox", "calc", "bacter", "vir", "cyth", "ox", "sterol", "thalass"))
_AEMIA += ")"
SPELLINGS = (
    (r"\b", "estrogen", "oestrogen", "", "both"),
    (r"", "estr", "oestr", "", "to American"),  # any oestr-: "oestradiol", "antioestrogenic"
    (r"\b", "he", "hae", r"(?=m(?:at|o|orrh|a\b|e\b))", "both"),
    (_AEMIA, "emi", "aemi", r"(?=a|c)", "both"),
    (r"\b", "edema", "oedema", "", "both"),
    (r"", "rrhea", "rrhoea", r"\b", "both"),
    (r"(?<=diarrh)", "e", "oe", "", "to American"),  # "antidiarrhoeal" (decision 0661)
    (r"", "pnea", "pnoea", r"\b", "both"),  # (decision 0641: dyspnoea, apnoea)
    (r"\b", "pheo", "phaeo", "", "both"),  # phaeochromocytoma
    # (writes "anaeesthesia", as it did before this table: a fault mended apart, since mending it changes the index)
    (r"\b", "an", "anae", r"(?=esthe)", "to British"),
    (r"", "esth", "aesth", "", "to American"),  # (inside a word: "antiaesthetic")
    (r"\b", "fec", "faec", r"(?=al|es)", "both"),  # faecal
    (r"\b", "celiac", "coeliac", "", "both"),
    (r"\b", "pedi", "paedi", r"(?=atric)", "both"),
    (r"\b", "fet", "foet", r"(?=us|al)", "both"),
    (r"\b", "esophag", "oesophag", "", "both"),
    (r"\b", "tumor", "tumour", "", "both"),
    # -ize / -ise: generalised, localised, sensitisation (decision 0646), stabiliser, antagonising
    (r"(?<=[a-z]{3})", "iz", "is", r"(?=(?:e|es|ed|er|ers|ing|ation|ations)\b)", "both"),
)
#: the cheap test before the rows to British: a name with none of these parts has no British spelling
_AMERICAN = re.compile(
    r"estrogen|hem[aoe]|emi[ac]|edema|rrhea|pnea|pheo|anesthe|fec(?:al|es)|celiac|pediatric|fet(?:us|al)|esophag|tumor"
    r"|[a-z]{3}iz(?:e|ation|ing)"
)
_TO_BRITISH = tuple(
    (re.compile(before + re.escape(am) + after), br)
    for before, am, br, after, ways in SPELLINGS
    if ways != "to American"
)
_TO_AMERICAN = tuple(
    (re.compile(before + re.escape(br) + after), am)
    for before, am, br, after, ways in SPELLINGS
    if ways != "to British"
)


def british(name: str) -> str | None:
    """The British spelling of a name the sources spell in American English, or None when it is spelt the same.

    >>> british("estrogen receptors"), british("iron deficiency anemia"), british("pedal edema")
    ('oestrogen receptors', 'iron deficiency anaemia', 'pedal oedema')
    >>> british("hemorrhage"), british("hemoglobin"), british("diarrhea"), british("them"), british("chemistry")
    ('haemorrhage', 'haemoglobin', 'diarrhoea', None, None)
    >>> british("hyperkalemia"), british("systemic lupus"), british("chemical burn"), british("hemiplegia")
    ('hyperkalaemia', None, None, None)
    """
    if not _AMERICAN.search(name):
        return None
    spelt = name
    for pattern, replacement in _TO_BRITISH:
        spelt = pattern.sub(replacement, spelt)
    return spelt if spelt != name else None


def american(name: str) -> str:
    """A name in the American spelling of the vocabularies' names.

    >>> american("oestrogen receptor modulator"), american("mood stabiliser"), american("antidiarrhoeal")
    ('estrogen receptor modulator', 'mood stabilizer', 'antidiarrheal')
    >>> american("haemostatic agent"), american("anaesthetic"), american("antagonising")
    ('hemostatic agent', 'anesthetic', 'antagonizing')
    """
    for pattern, replacement in _TO_AMERICAN:
        name = pattern.sub(replacement, name)
    return name


#: words ending like an English plural that are not one (disease names and mass nouns); the endings -ss, -us, -is of
#: singulars (*distress*, *lupus*, *sinus*, *analysis*, *psoriasis*) are told by `singulars` itself
NOT_PLURAL = frozenset(
    {"diabetes", "measles", "mumps", "rabies", "herpes", "rickets", "scabies", "shingles", "series", "species"}
    | {"news", "means", "aids", "lens", "gas"}
)


def singulars(word: str) -> list[str]:
    """The forms an English plural noun (the last part of a hyphenated word) may have in the singular, likeliest
    first; none when the word does not read as a plural (`NOT_PLURAL`, and the endings -ss, -us, -is that
    singulars have). Which one is right ("patches" -> patch, "headaches" -> headache) only a vocabulary can say.

    >>> [singulars(w)[:1] for w in ["antacids", "therapies", "beta-antagonists", "reductases", "diabetes", "virus"]]
    [['antacid'], ['therapy'], ['beta-antagonist'], ['reductase'], [], []]
    >>> singulars("patches"), singulars("stress"), singulars("analysis")
    (['patche', 'patch'], [], [])
    """
    last = word.lower().rsplit("-", 1)[-1]
    if len(last) < 4 or last in NOT_PLURAL or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return []
    if last.endswith("ies"):
        return [word[:-3] + "y", word[:-1]]
    if last.endswith("es"):
        return [word[:-1], word[:-2]]
    return [word[:-1]]


def singular(word: str, ies: bool = True) -> str:
    """The likeliest singular of a word that reads as a plural (`singulars`), else the word as it is. With `ies`
    False, "-ies" loses only its "s": for a caller that finds the plural again as the singular + "s" (class_names).

    >>> [singular(w) for w in ("neurotransmitters", "bodies", "glass", "virus", "ions", "analysis", "diabetes")]
    ['neurotransmitter', 'body', 'glass', 'virus', 'ion', 'analysis', 'diabetes']
    >>> singular("therapies", ies=False), singular("Beta-blockers")
    ('therapie', 'Beta-blocker')
    """
    forms = singulars(word)
    if not forms:
        return word
    return forms[0] if ies or not word.lower().endswith("ies") else word[:-1]
