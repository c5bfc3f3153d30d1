"""A sign that eases once a named amount has fallen (decision 1089): "With less growth hormone, the sweating
eases", "With IGF-1 falling, the headaches ease off", "As the level falls, the aching settles".

Lay health writing ends a mechanism chain this way: an opening phrase says an amount of the body is lower or falling,
and the main clause says a sign or an illness eases. The two move together, so the amount raises the sign, as the
golds write it and as step-relief reads "less X means less Y" (decision 0736): *X increases Y*. The amount is the
mention right after "With less / fewer / lower (of)", or the subject of "As X falls" / "With X falling"; the phrase
ends at its comma with no other mention in it. The signs are the main clause's subject, right after the comma (a
determiner or possessive allowed), a list of them joined by commas or "and", then a verb of easing (EASE).

A drug, a class or another agent as the amount is the drug's own effect, no step. The body's hormones the recogniser
files as drugs (body_substances.SUBSTANCE, in the text and as the entity: "cortisol" named as the medicine
*hydrocortisone* is not taken) are amounts. Its messengers filed as drugs (histamine, prostaglandins, serotonin:
doubts.ENDOGENOUS) are not: the curated chains name a messenger's step by its release or making (*histamine-release*,
*prostaglandin-synthesis*: decisions 1014, 1015), and the chemical itself was measured wrong (decision 1089). A denied
or questioned clause reads nothing; a hedged one keeps ConText's hedge on the sign. The rule id is `less-eases`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.body_substances import SUBSTANCE
from graph_build.text.relate_objects import _status
from graph_build.text.units import AGENT, COND, Found, Unit

#: From the sentence's start: a step's number or bullet ("4. ", "- ", "(d) "), an opener, then "with less" before
#: the amount ("With far fewer of these cells" has no named amount: nothing).
WITH_LESS = re.compile(
    r"[\W\d_]*?(?:\([a-z]\)\s+)?(?:(?:and|so|then|now)\s+)?with\s+(?:(?:far|much)\s+)?(?:less|fewer|lower)\s+"
    r"(?:(?:of\s+)?(?:the|your|their|his|her|my)\s+)?$",
    re.I,
)
#: From the sentence's start: "As (the) X falls" / "With X falling", the amount's subject right after the opener.
AS_FALLS = re.compile(
    r"[\W\d_]*?(?:\([a-z]\)\s+)?(?:(?:and|so|then|now)\s+)?(?P<op>as|with)\s+(?:(?:the|your|their|his|her|my)\s+)?$",
    re.I,
)
#: Right after the amount of "As X ...": a word of level or count, then a verb of falling; "With X ...": its -ing.
FALLS = {
    "as": re.compile(
        r"\s+(?:(?:level|levels|count|amount)\s+)?(?:(?:has|have)\s+)?(?:falls?|fallen|drops?|dropped|comes?\s+down|"
        r"goes\s+down|go\s+down|gone\s+down)(?=\s*,)",
        re.I,
    ),
    "with": re.compile(
        r"\s+(?:(?:level|levels|count)\s+)?(?:falling|dropping|coming\s+down|going\s+down)(?=\s*,)", re.I
    ),
}
#: The comma that closes "As X falls" / "With X falling".
COMMA = re.compile(r"\s*,\s+")
#: After "with less X": at most six words (no mention among them, checked by the caller) up to the phrase's comma
#: ("With less uric acid in his blood,", "With less cortisol about,").
TO_COMMA = re.compile(r"(?:\s+[\w'-]+){0,6}?\s*,\s+", re.I)
#: Before the first sign of the main clause: an opener and a determiner or possessive at most.
SIGN_OPENER = re.compile(
    r"(?:(?:and|so|then)\s+)?(?:(?:the|your|their|his|her|my|its|any)\s+)?$",
    re.I,
)
#: Between two signs of the main clause's subject: a comma or "and", a determiner allowed.
SIGN_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|your|their|his|her|my|its)\s+)?", re.I)
#: After the last sign: an adverb of time or degree at most, then a verb of easing. Not "lifts" ("his mood lifts" is
#: a rise) and not "goes" alone ("the pain goes to the arm").
EASE = re.compile(
    r"[*_]{0,2}\s+(?:(?:often|usually|soon|gradually|slowly|then|also|quickly)\s+)?(?:eases?(?:\s+off)?|"
    r"settles?(?:\s+down)?|calms?(?:\s+down)?|subsides?|fades?(?:\s+away)?|goes\s+down|go\s+down|lessens?|"
    r"clears?(?:\s+up)?|improves?|dies\s+down|die\s+down|gets?\s+better)\b",
    re.I,
)


def _amount(unit: Unit, ms: list[tuple]) -> tuple[tuple, int] | None:
    """The amount the sentence's opening phrase says is lower or falling, and where its main clause begins."""
    text = unit.text
    first = ms[0]
    name = text[first[0] : first[1]]
    if first[3] in AGENT and not (SUBSTANCE.match(name) and SUBSTANCE.match(first[2].replace("-", " "))):
        return None  # (a medicine's or an agent's own effect, or a messenger named as a drug; a hormone is an amount)
    if WITH_LESS.fullmatch(text, 0, first[0]):
        comma = TO_COMMA.match(text, first[1])
    else:
        opened = AS_FALLS.fullmatch(text, 0, first[0])
        falls = opened and FALLS[opened.group("op").lower()].match(text, first[1])
        comma = COMMA.match(text, falls.end()) if falls else None
    if not comma or (len(ms) > 1 and ms[1][0] < comma.end()):
        return None
    return first, comma.end()


def eased_with_less(unit: Unit) -> list[Found]:
    """less-eases claims: "With less X, Y eases" / "As X falls, Y eases" -> X increases Y.

    >>> t = "With less thyroxine, the tremor eases."
    >>> u = Unit(t, [(10, 19, "thyroxine", "EndogenousChemical"), (25, 31, "tremor", "Symptom")])
    >>> [(f.subject, f.predicate, f.object, f.negated) for f in eased_with_less(u)]
    [('thyroxine', 'increases', 'tremor', False)]
    >>> u = Unit("With thyroxine, the tremor eases.", [(5, 14, "thyroxine", "EndogenousChemical"),
    ...      (20, 26, "tremor", "Symptom")])
    >>> eased_with_less(u)
    []
    """
    text = unit.text
    if text.rstrip().endswith("?"):
        return []
    ms = sorted(unit.mentions)
    if len(ms) < 2:
        return []
    found = _amount(unit, ms)
    if found is None:
        return []
    amount, at = found
    signs: list[tuple] = []
    for m in ms[1:]:
        link = SIGN_OPENER.fullmatch(text, at, m[0]) if not signs else SIGN_JOIN.fullmatch(text, at, m[0])
        if link is None or m[3] not in COND:
            break
        signs.append(m)
        at = m[1]
    if not signs or not EASE.match(text, at):
        return []
    out = []
    for sign in signs:
        if sign[2] == amount[2]:
            continue
        st = _status(unit, sign)
        if st.absent or st.negated:
            continue
        out.append(Found(amount[2], "increases", sign[2], "less-eases", False, st.certainty, confidence=Decimal("0.5")))
    return out
