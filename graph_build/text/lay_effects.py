"""Lay wordings of a drug's effect on a part or a measure of the body, as patients and leaflets write them (decision
1100).

Adverse effects that lay health writing names as a change in a part or a measure of the body - the platelets lowered,
the taste changed, the weight gained or lost, the mouth gone dry - which the vocabularies name as one term
(thrombocytopenia, dysgeusia, weight gain, weight loss, dry mouth). Each pattern is a body part or measure x a verb of
change or a state word, never one article's sentence:

- a verb of lowering before the platelets ("it can lower the platelets", "may reduce the number of platelets") and the
  noun of a low count ("low platelets", "a drop in the platelets"): thrombocytopenia; the mention is the count
  (`name`), so the verb stays the cue (rules.yaml adverse-cue, after a modal or a word of frequency only: the plain
  "X lowers the platelet count" is the purpose of a medicine for too many platelets), as "harm the liver" (0739);
  decreases-cue never takes it (`lowered-count-is-an-effect`), and the lowering cue takes nothing else
  (`lowering-takes-a-count-only`);
- a taste with the adjectives of its change ("a bitter or metallic taste in the mouth", "a funny taste") and food or
  drink that "tastes different / odd / metallic": dysgeusia; never the medicine's own taste ("the syrup has a bitter
  taste");
- a person gaining or losing weight ("some people gain weight", "he has lost weight"): weight gain, weight loss; never
  an aim or advice ("to lose weight", "helps you lose weight"), never "losing weight without trying" (an illness's sign,
  the golds' unintentional weight loss);
- the mouth said to be dry ("my mouth is dry", "the mouth may feel dry"): dry mouth.

Measured and left out: the white cells lowered (leukopenia: the golds split it between leukopenia, neutropenia, a
lowered white-cell count and the infections it opens: 23 right / 25 wrong) and the urine turned a colour (the golds
split chromaturia / urine-discoloration: 3 right / 4 wrong). Whether the effect is the drug's, denied, hedged or
another's is left to the relation rules, as for every mention.
"""

from __future__ import annotations

import re

#: A possessive or an article before a part, and a word of amount ("the number of", "the count of").
_OF = r"(?:(?:the|your|his|her|their|my|our)\s+)?(?:(?:number|count|level)s?\s+of\s+(?:the\s+|your\s+)?)?"
#: The blood cells whose count lay writing says lowered, each -> the cytopenia its fall is (white cells: module
#: docstring, left out).
BLOOD_COUNTS = {
    r"platelets?(?:\s+counts?)?|platelet\s+counts?": "thrombocytopenia",
}
#: A verb of lowering (decreases-cue's lay and Latinate verbs), the count right after it.
_LOWER = r"\b(?:lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|drop(?:s|ped|ping)?|deplet(?:e|es|ed|ing))\s+"
#: The noun of a low count ("low platelets", "a lower white cell count", "a fall in the platelets").
_LOW = (
    r"\b(?:(?:an?\s+)?(?:low|lower|reduced|falling|dropping)\s+"
    r"|(?:an?\s+)?(?:fall|drop|dip)\s+in\s+(?:the\s+|your\s+)?)"
)
#: Not what follows a count when it is the subject of a clause of its own ("the platelets that clot the blood").
_COUNT_END = r"\b(?!\s+(?:transfusions?|donors?|donation|function)\b)"

#: The adjectives of a changed taste; "metallic taste" alone is already a vocabulary name (HPO's synonym).
_TASTE_WORDS = r"bitter|metallic|funny|strange|odd|bad|sour|salty|unpleasant|nasty|unusual|horrible|weird|garlic(?:ky)?"
_TASTE_ADJECTIVES = (
    r"(?:(?:very|slightly|almost|rather|a\s+bit)\s+)?(?:" + _TASTE_WORDS + r")"
    r"(?:(?:,\s+|,?\s+(?:or|and)\s+)(?:(?:very|slightly|almost|rather)\s+)?(?:" + _TASTE_WORDS + r"))*"
)
#: Before "a ... taste": the medicine's own taste ("the syrup has a bitter taste"), not an effect.
_OWN_TASTE = (
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bwith\s)(?<!\bgive\s)(?<!\bgives\s)(?<!\bmask\s)(?<!\bmasks\s)"
    r"(?<!\bhide\s)(?<!\bhides\s)"
)
#: What food or drink tastes like after the drug ("food tastes different", "drinks may taste flat or metallic").
_TASTES_LIKE = r"(?:different|odd|funny|strange|metallic|bitter|flat|wrong|off|weird|of\s+metal|like\s+metal)"

#: Before gaining or losing weight: an aim or advice ("to lose weight", "helps you lose weight", "need to").
_NOT_AIM = (
    "".join(
        rf"(?<!\b{helper}\s)(?<!\b{helper}\s{whom}\s)"
        for helper in ("help", "helps", "helped", "helping")
        for whom in ("you", "people", "them", "him", "her", "me", "us")
    )
    + r"(?<!\bto\s)"
)

LAY_EFFECTS: tuple[tuple[re.Pattern, str, str], ...] = (
    *(
        (
            re.compile(
                _LOWER
                + r"(?P<name>"
                + _OF
                + r"(?:"
                + cells
                + r"))"
                + _COUNT_END
                + r"|(?P<one>"
                + _LOW
                + r"(?:"
                + cells
                + r"))"
                + _COUNT_END,
                re.I,
            ),
            name,
            "Disease",
        )
        for cells, name in BLOOD_COUNTS.items()
    ),
    (
        re.compile(
            r"\b" + _OWN_TASTE + r"(?:an?\s+)(?P<name>" + _TASTE_ADJECTIVES + r"\s+taste)\b(?!\s+(?:of|for|like|to)\b)"
            r"|\b(?:food|foods|things|drinks?|everything|meals?|water|tea|coffee)\s+(?:may\s+|can\s+|might\s+|often\s+)?"
            r"(?:tastes?|tasted|tasting)\s+(?:(?:a\s+bit|a\s+little|slightly|very|rather|quite)\s+)?"
            + _TASTES_LIKE
            + r"\b",
            re.I,
        ),
        "dysgeusia",
        "Symptom",
    ),
    (
        re.compile(
            r"\b" + _NOT_AIM + r"(?:gain|gains|gained|gaining)\s+(?:(?:a\s+(?:little|bit\s+of|lot\s+of)|some|more)\s+)?"
            r"weight\b",
            re.I,
        ),
        "weight gain",
        "Symptom",
    ),
    (
        re.compile(
            r"\b" + _NOT_AIM + r"(?:lose|loses|lost|losing)\s+(?:(?:a\s+(?:little|bit\s+of|lot\s+of)|some|more)\s+)?"
            r"weight\b(?!\s+without\s+(?:trying|meaning\s+to|dieting|a\s+reason))",
            re.I,
        ),
        "weight loss",
        "Symptom",
    ),
    (
        re.compile(
            r"\b(?:the|your|my|his|her|their)\s+mouth\s+(?:(?:may|can|might|could|will|often|sometimes)\s+)?"
            r"(?:is|was|feels?|felt|gets?|got|goes|went|becomes?|became|feel|get|become)\s+"
            r"(?:(?:a\s+bit|a\s+little|very|quite|really|so|rather)\s+)?dry\b(?!\s+(?:out|off)\b)",
            re.I,
        ),
        "dry mouth",
        "Symptom",
    ),
    # (decision 1128) a verb of harm governing the nerves ("it can damage the nerves in the hands and feet"): the
    # nerve damage a medicine does, peripheral neuropathy, as "harm the liver" is its liver injury (0739); the mention
    # is the nerves (`name`), so the verb stays the cue (rules.yaml adverse-cue); never the nerves of an eye, an ear
    # or the face (a cranial nerve: no peripheral neuropathy), nor "nerve damage" alone (an illness's as often)
    (
        re.compile(
            r"\b(?:harms?|harming|harmed|damages?|damaging|damaged|injures?|injuring|injured)\s+"
            r"(?P<name>(?:the|your|his|her|their|my)\s+(?:\*\*|__)?nerves)\b"
            r"(?!(?:\*\*|__)?\s+(?:in|of|at|behind|to)\s+(?:the\s+|your\s+|his\s+|her\s+|their\s+|my\s+)?"
            r"(?:eyes?|ears?|face|optic|head|brain|spine|spinal)\b)",
            re.I,
        ),
        "peripheral neuropathy",
        "Symptom",
    ),
)
#: The words one of `LAY_EFFECTS` needs, a cheap test before the patterns are tried.
LAY_EFFECT_WORDS = r"platelets?|taste[sd]?|tasting|weight|mouth|nerves"

#: An adverse cue that is a verb of harm right before the nerves (rules.yaml adverse-cue, decision 1128): its object is
#: the nerves only, never what a later participle says the harm brings ("may damage the nerves in the feet, causing
#: tingling": the tingling is the nerve damage's, the golds' one effect the neuropathy).
HARMED_NERVES = re.compile(r"\b(?:harm|damage)\s+(?:the|your)\s+(?:\*\*|__)?nerves\b", re.I)
#: An adverse cue that is a verb of lowering (rules.yaml adverse-cue): its object is a lowered count only.
LOWERING_CUE = re.compile(r"\b(lower|reduc|drop|deplet)", re.I)
#: A mention that is a count of blood cells and nothing else (the `name` of a lowering verb's pattern above).
COUNT_ONLY = re.compile(_OF + r"(?:" + "|".join(BLOOD_COUNTS) + r")", re.I)


def lowered_count(text: str, obj: tuple) -> bool:
    """True when the mention `obj` (start, end, slug, class) is a count of blood cells the recogniser named as its
    fall: the adverse effect of "it can lower the platelets", no condition the drug lowers (decision 1100).

    >>> lowered_count("It can lower the platelets.", (13, 26, "thrombocytopenia", "Disease"))
    True
    >>> lowered_count("It can lower blood pressure.", (13, 27, "blood-pressure", "Process"))
    False
    """
    return obj[2] in BLOOD_COUNTS.values() and COUNT_ONLY.fullmatch(text, obj[0], obj[1]) is not None


def harmed_nerves_only(text: str, cue: re.Match, obj: tuple) -> bool:
    """False when `cue` is a verb of harm before the nerves and `obj` (start, end, slug, class) is not the nerves
    right after it: what a later clause says the harm brings is not the cue's object (decision 1128).

    >>> import re
    >>> text = "It may damage the nerves in the feet, causing tingling."
    >>> cue = re.search("may damage", text)
    >>> harmed_nerves_only(text, cue, (14, 24, "peripheral-neuropathy", "Symptom"))
    True
    >>> harmed_nerves_only(text, cue, (46, 54, "paresthesia", "Symptom"))
    False
    """
    nerves = HARMED_NERVES.search(text, cue.start())
    if nerves is None or nerves.start() >= cue.end():
        return True  # (another cue, or the harm of another part)
    return text[cue.end() : obj[0]].strip() == ""
