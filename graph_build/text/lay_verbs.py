"""The lay verbs of raising and lowering a step names, and what they act on (decision 0914).

increases-cue and decreases-cue (rules.yaml) read the Latinate verbs ("increases", "reduces", "lowers") and, since
decision 0914, the everyday ones lay articles write as often: "raise(s)", "boost(s)", "lift(s) the mood" for a rise;
"cut(s) (down) the", "dampen(s)", "damp(s) down", "bring(s) down" for a fall. These verbs are also nouns and adjectives
("a cut", "a boost", "heavy lifting") and take objects the extractor does not recognise ("damps down the immune
system", "boosts the effect of GABA"), so their object is only the mention standing right after the verb: at most a
determiner, a possessive, a word of amount ("the level of", "the supply of", "the number of", "the chance of") and no
punctuation between, and the mentions a list joins to it (`lay-verb-object-next-to-cue`). A mention further on belongs
to another phrase or clause ("damps down part of the immune system, serious infections may happen": the infections
are no object; "cut the risk of the cancer returning, and it is also given when the cancer has spread").

A condition whose chance a verb lowers and that is said to come back ("lower the chance of the cancer coming back",
"cut the risk of the cancer returning") is its return, not the condition itself (`recurrence-is-no-object`).

>>> import re
>>> text = "It damps down part of the immune system, so infections may happen."
>>> lay_verb_object(text, re.search("damps down", text), [(41, 51, "infections", "Disease")], (41, 51))
False
>>> text = "That cuts the chance of a heart attack."
>>> heart = (26, 38, "myocardial-infarction", "Disease")
>>> lay_verb_object(text, re.search("cuts", text), [heart], heart)
True
>>> text = "It lowers the chance of the cancer coming back."
>>> comes_back(text, (28, 34, "cancer", "Disease"))
True
"""

from __future__ import annotations

import itertools
import re

#: A cue that is one of the lay verbs (rules.yaml: increases-cue, decreases-cue).
LAY_CUE = re.compile(r"(rais|boost|lift|cut|dampen|damp|bring|brought)", re.I)
#: Between a lay verb and its object: determiners, possessives, words of amount and of a state's degree, no punctuation
#: ("raises the level of", "cuts the supply of", "lifts the person's", "cuts the chance of a", "brings down raised").
NEXT_TO_LAY = re.compile(
    r"(\s+(the|a|an|your|their|his|her|its|our|my|this|that|these|those|some|much|far|more|extra|overall|"
    r"raised|high|low|abnormal|excess|excessive|[a-z]+['’]s|levels?|amounts?|supply|number|production|making|release|hormone|"
    r"risk|chance|of|in|on))*\s+",
    re.I,
)
#: Between two objects of one list: a comma, "and" or "or", a determiner.
LIST_JOIN = re.compile(r"\s*,?\s*((and|or)\s+)?((the|a|an|your|their|its)\s+)?", re.I)
#: Right after a condition: its coming back ("the cancer coming back", "the illness returning").
COMES_BACK_AFTER = re.compile(r"[*_]{0,2}\s+((coming|come|comes|came)\s+back|returning|recurring|relapsing)\b", re.I)


def lay_verb_object(text: str, cue: re.Match, objects: list, obj: tuple) -> bool:
    """True unless `cue` is a lay verb and `obj` is neither the first of its `objects`, standing right after it
    (NEXT_TO_LAY), nor joined to that one by a list ("raise blood sugar and cholesterol": LIST_JOIN between each)."""
    if not LAY_CUE.match(cue.group(0)):
        return True
    ordered = sorted(objects, key=lambda m: m[0])
    if not ordered or (ordered[0][0] != cue.end() and NEXT_TO_LAY.fullmatch(text, cue.end(), ordered[0][0]) is None):
        return False
    for before, after in itertools.pairwise(ordered):
        if before[0] >= obj[0]:
            break
        if LIST_JOIN.fullmatch(text, before[1], after[0]) is None:
            return False
    return True


def comes_back(text: str, obj: tuple) -> bool:
    """True when the object is followed by its coming back ("the cancer coming back"): its return is lowered."""
    return COMES_BACK_AFTER.match(text, obj[1]) is not None
