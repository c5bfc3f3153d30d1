"""English word forms the text modules share: the singulars of plural nouns (decision 0678).

One place for what three modules did each in their own way (vocab_index indexes a vocabulary name's singular,
class_names mints a class's name in the singular, processes names a process by its modifier in the singular).
"""

from __future__ import annotations

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
