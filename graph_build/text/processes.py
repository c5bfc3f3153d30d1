"""Processes named by what a mechanism verb does to them, minted from the text (docs/decisions/0635).

No installable vocabulary names biological processes (decision 0441), yet a mechanism is written as verbs acting on
them: "reduces the release of neurotransmitters", "increases the release of noradrenaline and serotonin", "lowers
uric acid production", "blocks bone resorption". When such a verb governs a noun phrase whose head is a process or
quantity noun (a nominalisation: release, production, synthesis, reuptake, ...), the phrase is a process mention,
named as a curator names it: the "of" inversion (phrases.of_inversion: *release of neurotransmitters* ->
*neurotransmitter release*), a recognised chemical by its entity's name (*noradrenaline* -> norepinephrine), the
plural head modifier singular, determiners, degree and qualitative words dropped. The entity is a
`BiologicalProcess` of the drugkg namespace with no external identifier (none is known); the lexicon's own entity
when it has the name. A coordination of recognised chemicals after "of" gives one process each ("the release of A
and B" -> A release, B release).

A drug that blocks or inhibits an enzyme or a carrier (a bindsTo claim of such a verb) works by that inhibition:
hasMechanismOfAction "<target> inhibition" (`inhibitions`), as the curated sets write it for enzymes and carriers and
not for receptors (decision 0631 counted both); a receptor or a channel blocked or activated in the first numbered
step of a drug's mechanism is its blockade or activation (decision 0682).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from graph_build.text import lowered, phrases
from graph_build.text.binding_verbs import LAY_ACTING, LAY_BINDING, alternation
from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.units import Discourse, Found, Unit
from graph_build.text.vessel_acts import VESSEL_VERB, vessel_objects  # noqa: F401 (VESSEL_VERB for subjects)
from graph_build.text.vocabularies import slugify
from graph_build.text.wordforms import singular
from ontology.lexicon import Entity

PROCESS_CLASS = "BiologicalProcess"

#: Verbs that act on a process or quantity (their object is what they raise, lower or bring about), as regexes of
#: their forms. "slow" is not one: the causes cue reads "X slows Y" as "X causes slowed Y" (seed chains).
GOVERNING = (
    r"increas(e|es|ed|ing)",
    r"decreas(e|es|ed|ing)",
    r"reduc(e|es|ed|ing)",
    r"lower(s|ed|ing)?",
    r"rais(e|es|ed|ing)",
    r"boost(s|ed|ing)?",
    r"block(s|ed|ing)?",
    r"stop(s|ped|ping)?",
    r"prevent(s|ed|ing)?",
    r"dampen(s|ed|ing)?",
    r"damp(s|ed|ing)?\s+down",  # ("damps down the release of X": a lay "dampens", decision 0743)
    r"calm(s|ed|ing)?",  # ("calms nerve signalling"; "calms down" is intransitive: no object follows it)
    r"enhanc(e|es|ed|ing)",
    r"inhibit(s|ed|ing)?",
    r"suppress(es|ed|ing)?",
    r"stimulat(e|es|ed|ing)",
    r"promot(e|es|ed|ing)",
    r"trigger(s|ed|ing)?",
    r"(lead|leads|leading|led) to",
    r"caus(e|es|ed|ing)",
    r"interfer(e|es|ed|ing) with",
    r"impair(s|ed|ing)?",
)
#: Head nouns that name a process or a quantity of one (nominalisations).
NOMINALISATIONS = frozenset(
    {
        "release",
        "production",
        "synthesis",
        "biosynthesis",
        "reuptake",
        "uptake",
        "influx",
        "efflux",
        "absorption",
        "excretion",
        "reabsorption",
        "resorption",
        "formation",
        "growth",
        "proliferation",
        "firing",
        "signalling",
        "signaling",
        "transmission",
        "contraction",
        "relaxation",
        "secretion",
        "breakdown",
        "conduction",
        "aggregation",
        "clearance",
        "transport",
    }
)
#: What the body does to a medicine as much as to its own chemicals: after one of these, a drug named is the medicine
#: ("reduces the absorption of levothyroxine" is an interaction, and the drug's mention stays).
HANDLING = frozenset({"absorption", "excretion", "reabsorption", "clearance", "transport", "uptake", "breakdown"})
#: A word naming medicines in a handling phrase ("the absorption of other medicines", "of thyroid hormone tablets",
#: "of drugs that need acid"): what the body does to medicines is an interaction, never a process (decision 0892).
MEDICINE_WORD = re.compile(r"\b(medicines?|medications?|drugs?|tablets?|pills?|capsules?)\b", re.I)
#: Words between the verb and the process that are not part of its name: determiners and degree or qualitative
#: words ("the", "much more", "excessive", "new").
DROPPED = frozenset(
    {
        "the",
        "a",
        "an",
        "much",
        "more",
        "less",
        "further",
        "extra",
        "excess",
        "excessive",
        "overall",
        "normal",
        "abnormal",
        "new",
        "natural",
        "greatly",
        "significantly",
        "slightly",
        "markedly",
        "also",
        "both",
        "some",
        "any",
    }
)
#: A drug package's chemical (the body's own ones are Drug records there: noradrenaline, dopamine) may be what a
#: process is of; a condition, a class or a process may not.
#: Words a process's name may not hold: they end the noun phrase (prepositions, conjunctions, pronouns, verbs).
ENDS_PHRASE = frozenset(
    {
        "by",
        "in",
        "into",
        "from",
        "to",
        "at",
        "on",
        "for",
        "with",
        "within",
        "through",
        "across",
        "during",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "when",
        "while",
        "where",
        "as",
        "so",
        "than",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "them",
        "their",
        "this",
        "these",
        "those",
        "his",
        "her",
        "your",
        "our",
        "especially",
        "mainly",
        "not",
        "no",
        "of",
        "can",
        "may",
        "will",
        "such",
        "like",
        "including",
    }
)
#: Words after which a participle is an adjective of the process's name, not a verb acting on it: "causes reduced
#: release of X" names *reduced X release* (as the lexicon's *reduced neuronal excitability*).
ATTRIBUTIVE_AFTER = frozenset(
    {"the", "a", "an", "this", "causes", "cause", "caused", "causing", "produces", "produce", "in", "to", "with", "by"}
)
#: Classes whose mention may stand in a process's name (a chemical released, a cell that grows); a drug, a
#: condition or a process is not what a process is of.
OF_CLASSES = frozenset({"Drug", "EndogenousChemical", "Ion", "Substance", "AnatomicalSite", "MolecularTarget"})
#: Classes a process mention does not overlap: a named process or effect is the lexicon's.
EVENT_CLASSES = phrases.EVENT_CLASSES

#: A cheap pre-test: a text holding none of the nominalisations names no process here.
NOMINALISED = re.compile(r"\b(" + "|".join(sorted(NOMINALISATIONS)) + r")\b", re.I)
_VERB = re.compile(r"\b(" + "|".join(GOVERNING) + r")\s+", re.I)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")
_SPACE = re.compile(r"[ ]")


def _words_at(text: str, at: int, limit: int = 5) -> list[tuple[int, int, str]]:
    """Up to `limit` words from offset `at`, each separated from the last by one space (a comma or other mark ends
    the run)."""
    out: list[tuple[int, int, str]] = []
    pos = at
    while len(out) < limit:
        m = _WORD.match(text, pos)
        if m is None:
            break
        out.append((m.start(), m.end(), m.group()))
        if not _SPACE.match(text, m.end()):
            break
        pos = m.end() + 1
    return out


def _phrase(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The noun phrase at the start of `words`: up to the first word that ends one."""
    out = []
    for w in words:
        if w[2].lower() in ENDS_PHRASE:
            break
        out.append(w)
    return out


def _named(span: tuple[int, int], mentions: list, classes, head: str) -> list[str] | None:
    """The words a noun phrase is named by: a recognised mention exactly over it gives its entity's slug words
    ("noradrenaline" -> norepinephrine); None when a mention of another class than OF_CLASSES lies in it, one
    crosses its edge (a vocabulary's "bone resorption" condition stays one), or a drug follows a HANDLING head."""
    inside = [m for m in mentions if span[0] < m.end and m.start < span[1]]
    for m in inside:
        if m.start < span[0] or m.end > span[1] or classes(m.slug) not in OF_CLASSES:
            return None
        if head in HANDLING and classes(m.slug) == "Drug":
            return None
    exact = [m for m in inside if (m.start, m.end) == span]
    return exact[0].slug.split("-") if exact else []


def find(text: str, mentions: list, classes) -> list[tuple[int, int, list[str]]]:
    """Process phrases governed by a mechanism verb: (start, end, name words), the words in curator's order.

    `mentions` have start, end and slug; `classes(slug)` gives an entity's class.

    >>> cls = {"serotonin": "EndogenousChemical", "norepinephrine": "EndogenousChemical"}.get
    >>> from collections import namedtuple
    >>> M = namedtuple("M", "start end slug")
    >>> t = "It increases the release of noradrenaline and serotonin by blocking a brake."
    >>> [(t[a:b], " ".join(n)) for a, b, n in find(t, [M(28, 41, "norepinephrine"), M(46, 55, "serotonin")], cls)]
    [('release of noradrenaline', 'norepinephrine release'), ('serotonin', 'serotonin release')]
    >>> [" ".join(n) for _, _, n in find("This reduces bone resorption.", [], cls)]
    ['bone resorption']
    """
    out, verbs, last = [], {}, 0
    # (an ASCII text is matched in lower case, without re.I where the pattern allows: the same offsets, faster)
    ascii, scanned = lowered.scanned(text)
    heads, verb_forms = lowered.form(NOMINALISED, ascii), lowered.form(_VERB, ascii)
    for head in heads.finditer(scanned):  # (only the verbs shortly before a nominalisation can govern one)
        for verb in verb_forms.finditer(scanned, max(head.start() - 120, last - 40, 0), head.start()):
            verbs[verb.start()] = verb
        last = head.start()
    for _, verb in sorted(verbs.items()):
        before = _LAST_WORD.search(text, max(0, verb.start() - 40), verb.start())
        participle = verb.group(1).lower()
        attributive = participle.endswith("ed") and (before is None or before.group(1).lower() in ATTRIBUTIVE_AFTER)
        found = _governed(text, verb.end(), mentions, classes)
        if attributive:  # "the reduced release of X": the participle is part of the name, from where it stands
            found = [(verb.start() if k == 0 else a, b, [participle, *name]) for k, (a, b, name) in enumerate(found)]
        out += found
    out += _verb_steps(text, mentions, classes) + _urine_steps(text, mentions, classes) + _quantities(text)
    out += _released(text, mentions, classes) if RELEASED_CUE.search(text) else []
    # ("Alcohol widens the blood vessels": the vessels as a verb's object, vessel_acts.py, decision 0892)
    return out + [(a, b, n) for a, b, n, _ in amounts(text)] + vessel_states(text) + vessel_objects(text)


def amounts(text: str) -> list[tuple[int, int, list[str], bool]]:
    """The processes `text` names by an amount that moves, with whether it goes down: quantities moving and chemicals
    crossing into cells (decision 0708), nerves sending a kind of signal (0722)."""
    return moving_quantities(text) + crossings(text) + nerve_signals(text)


#: Quantities of the body a mechanism raises or lowers, by the words health texts use -> the name MeSH's physiological
#: phenomena give them (headings *Heart Rate*, *Blood Pressure*, *Body Temperature*, *Respiratory Rate*, *Intraocular
#: Pressure*; decision 0685). Named, no identifier (the shipped vocabularies hold no G-tree heading of these).
QUANTITIES = {
    "heart rate": "heart rate",
    "blood pressure": "blood pressure",
    "body temperature": "body temperature",
    "core body temperature": "body temperature",
    "breathing rate": "respiratory rate",
    "respiratory rate": "respiratory rate",
    "rate of breathing": "respiratory rate",
    "intraocular pressure": "intraocular pressure",
    "eye pressure": "intraocular pressure",
    "pressure in the eye": "intraocular pressure",
    "pressure inside the eye": "intraocular pressure",
    # (the pressure the vessels themselves are said to hold is the blood pressure: "the pressure in the arteries
    # falls"; decision 0843)
    **{
        f"pressure {where} {whose} {vessels}": "blood pressure"
        for where in ("in", "inside", "within")
        for whose in ("the", "your")
        for vessels in ("arteries", "vessels", "blood vessels")
    },
    # (the load the heart works against, "lower the strain on the heart": the *cardiac workload* the development golds
    # name in sealed27, sealed61 and sealed82; no vocabulary heading, named with no identifier; decision 0892)
    **{f"{load} on {whose} heart": "cardiac workload" for load in ("strain", "load") for whose in ("the", "your")},
    "workload of the heart": "cardiac workload",
}
#: Quantities named only where a verb of raising or lowering governs them (decision 0842): "it lowers blood sugar" is
#: MeSH's *Blood Glucose*; not a step of its own ("the blood sugar falls" stays unread by MOVING).
GOVERNED_QUANTITIES = {**QUANTITIES, "blood sugar": "blood glucose", "blood glucose": "blood glucose"}
#: a governing verb, a determiner or degree word or two, then a quantity
#: A verb of slowing or speeding up as a verb, not the adjective: a form with an ending, or the bare "slow" after a
#: word that makes it a verb ("does not slow", "can slow", "to slow", "it slows"; "a slow heartbeat", "cause slow
#: breathing" are adjectives); "speed up" (decision 0892).
VERB_BEFORE_SLOW = ("not", "n't", "can", "may", "might", "will", "would", "could", "also", "to", "it", "they", "and")
PACE_VERB = (
    r"(?:slow(?:s|ed|ing)(?:\s+down)?|(?:"
    + "|".join(rf"(?<=\b{re.escape(w)} )" if w[0].isalpha() else rf"(?<={re.escape(w)} )" for w in VERB_BEFORE_SLOW)
    + r")slow(?:\s+down)?|speed(?:s|ed|ing)?\s+up)(?![\w-])"
)
QUANTITY = re.compile(
    r"\b(?:(?:increas|decreas|reduc|lower|rais|boost)\w*|" + PACE_VERB + r")\s+"
    r"(?:(?:the|your|their|his|her|its|a|slightly|further|a little)\s+){0,2}"
    r"(?P<q>" + "|".join(sorted(map(re.escape, GOVERNED_QUANTITIES), key=len, reverse=True)) + r")\b",
    re.I,
)
#: The heart, the pulse or the breathing a verb of slowing or speeding up governs ("it does not slow the heart",
#: "slows the pulse", "does not speed up the heart", "slow the breathing"): its rate, MeSH's *Heart Rate* (whose entry
#: terms hold *Pulse Rate*) or *Respiratory Rate* (decision 0892); not the heart's rate, beat or muscle named after it.
PACED_ORGAN = re.compile(
    r"\b" + PACE_VERB + r"\s+(?:(?:the|your|their|his|her|its)\s+)?(?P<q>heart|pulse|breathing)\b"
    r"(?!\s*(?:rate|beat|muscle|valve|attack|failure|disease|rhythm)\b|['’-])",
    re.I,
)
PACED_NAMES = {"heart": "heart rate", "pulse": "heart rate", "breathing": "respiratory rate"}

#: A quantity of the body moving on its own, as a later step of a mechanism writes it (decision 0708): "the heart
#: beats (a little) more slowly / faster" is the heart rate, "blood pressure falls", "the pressure inside the eye
#: drops", "body temperature rises" the quantity (QUANTITIES) named; group "down" when it falls. The verb must follow
#: the quantity at once (an adverb of time between): "blood pressure that falls on standing" is no step.
MOVING = re.compile(
    r"\b(?:(?P<heart>heart\s+(?:(?:then|therefore|now|also)\s+)?beats?\s+(?:(?:a little|a bit|much|even|slightly)\s+)?"
    r"(?:(?P<slow>more slowly|slower|less often)|more quickly|faster|more often))"
    r"|(?P<q>" + "|".join(sorted(map(re.escape, QUANTITIES), key=len, reverse=True)) + r")\s+"
    r"(?:(?:then|therefore|now|also|slowly|gradually|quickly|steadily)\s+)?"
    r"(?:(?P<falls>falls?|drops?|goes down|decreases|comes down|is\s+lower)|rises?|goes up|increases|is\s+higher))\b",
    re.I,
)
#: The heart's work moving, as a later step writes it in lay words (decision 0892): "the heart has less work to do"
#: is the cardiac workload falling ("more work" rising); the heart is the verb's subject, the amount right after "has".
HEART_WORK = re.compile(
    r"\bheart\s+(?:(?:then|now|also)\s+)?has\s+(?P<w>(?:(?P<wdown>less)|more)\s+work\s+to\s+do)\b", re.I
)
#: "the pressure inside them falls" right after the vessels said in the same sentence ("the blood vessels relax and
#: widen, and the pressure inside them falls"): the blood pressure (decision 0843); group "falls" when it falls
PRESSURE_IN_THEM = re.compile(
    r"\b(?P<q>pressure\s+(?:in|inside|within)\s+them)\s+(?:(?:then|now)\s+)?"
    r"(?:(?P<falls>falls?|drops?|goes down|comes down)|rises?|goes up)\b",
    re.I,
)


#: An ion or a chemical crossing into or out of cells, said with a verb of moving and an amount: "more chloride flows
#: into the nerve cells", "less calcium enters the muscle cells", "potassium ions leak out of the cell" with "more" or
#: "less" (decision 0708): the *X influx* (into) or *X efflux* (out of) physiology names, by the text's word for X
#: ("ions" dropped); group "down" for less or fewer.
CROSSING = re.compile(
    r"\b(?:(?P<down>less|fewer)|more|extra)\s+(?P<x>[a-z][a-z-]{2,})(?:\s+ions?)?\s+"
    r"(?:(?:can|then|now|also)\s+)*"
    r"(?:(?:flows?|moves?|pass(?:es)?|rush(?:es)?|leaks?|floods?|gets?|goes)\s+(?:(?P<into>into)|out\s+of)"
    r"|(?P<enters>enters?)|leaves?)\s+(?:the\s+|your\s+)?(?:[a-z-]+\s+){0,2}?cells?\b",
    re.I,
)
#: Words that name no crossing chemical ("more water", "more blood" move in bulk; "more of" is a part).
NOT_CROSSING = frozenset({"of", "and", "or", "water", "blood", "fluid", "urine", "food", "air", "oxygen"})


def crossings(text: str) -> list[tuple[int, int, list[str], bool]]:
    """Chemicals crossing into or out of cells in an amount (CROSSING): from the amount word over the verb, the
    process's name, whether less crosses.

    >>> [(" ".join(n), down) for a, b, n, down in crossings("3. More chloride flows into the nerve cells.")]
    [('chloride influx', False)]
    >>> [(" ".join(n), down) for a, b, n, down in crossings("So less calcium enters the muscle cells.")]
    [('calcium influx', True)]
    >>> crossings("More water moves into the cells.")
    []
    """
    out = []
    if not lowered.may_match(CROSSING, text):  # (none of its required words: decision 0745)
        return out
    for m in CROSSING.finditer(text):
        x = m.group("x").lower()
        if x in NOT_CROSSING:
            continue
        kind = "influx" if m.group("into") or m.group("enters") else "efflux"
        out.append((m.start(), m.end("x"), [singular(x), kind], bool(m.group("down"))))
    return out


#: Nerves sending a kind of signal in an amount, as a later step of a mechanism writes it (decision 0722): "the
#: damaged nerves fire far fewer pain signals", "nerve endings send more itch signals": the *X signalling* a curator
#: names, by the text's word for X; over the nerves and the amount, group "down" for fewer or less. The nerves are
#: the clause's subject (an adjective before them allowed), so the step-quantity reading of the step holds.
SIGNALS = re.compile(
    r"\b(?P<s>(?:[a-z-]+\s+)?(?:nerves|nerve\s+cells|nerve\s+endings|neurons|neurones))\s+"
    r"(?:(?:then|now|also|can|only|will)\s+)*(?:fire|send|carry|pass\s+on|transmit)\s+"
    r"(?:(?:far|many|much|a\s+lot)\s+)?(?:(?P<down>fewer|less)|more)\s+(?P<x>[a-z][a-z-]{2,})\s+(?:nerve\s+)?signals\b",
    re.I,
)
#: Words of X that name no kind of signal ("more nerve signals", "fewer electrical signals" say how, not what)
NOT_SIGNALS = frozenset({"nerve", "electrical", "chemical", "of", "and", "or", "such", "these", "those", "other"})


def nerve_signals(text: str) -> list[tuple[int, int, list[str], bool]]:
    """Nerves sending a kind of signal in an amount (SIGNALS): over the nerves to "signals", the process's name,
    whether fewer are sent.

    >>> [(" ".join(n), down) for a, b, n, down in nerve_signals("2. The damaged nerves fire far fewer pain signals.")]
    [('pain signalling', True)]
    >>> nerve_signals("The nerves send more electrical signals.")
    []
    """
    out = []
    if not lowered.may_match(SIGNALS, text):  # (none of its required words: decision 0745)
        return out
    for m in SIGNALS.finditer(text):
        x = m.group("x").lower()
        if x in NOT_SIGNALS:
            continue
        out.append((m.start("s"), m.end(), [x, "signalling"], bool(m.group("down"))))
    return out


#: An amount of a chemical said to be released or secreted (decision 0708): "less dopamine is released", "more
#: insulin is secreted" is the chemical's release or secretion, as "release more X" is (decision 0663, VERB_STEPS);
#: the amount word before the chemical's mention, the passive verb after it.
RELEASED_CUE = re.compile(r"\b(releas|secret)ed\b", re.I)
_AMOUNT_BEFORE = re.compile(r"\b(?P<amount>less|fewer|more|extra)\s+[*_]{0,2}$", re.I)
_RELEASED_AFTER = re.compile(
    r"[*_]{0,2}\s+(?:is|are|gets?|will be|can be)\s+(?:(?:then|now|also)\s+)?(?P<verb>releas|secret)ed\b", re.I
)


def released_amount(text: str, start: int, end: int) -> tuple[int, str, bool] | None:
    """Whether the mention over `start`-`end` is an amount released or secreted: the amount word's start, the verb's
    noun, whether less is released; None otherwise.

    >>> t = "3. With the receptors quiet, less **dopamine** is released."
    >>> released_amount(t, t.index("dopamine"), t.index("dopamine") + 8)
    (29, 'release', True)
    >>> released_amount("It is released slowly.", 0, 2) is None
    True
    """
    before = _AMOUNT_BEFORE.search(text, max(0, start - 12), start)
    after = _RELEASED_AFTER.match(text, end)
    if before is None or after is None:
        return None
    return before.start(), VERB_STEPS[after.group("verb").lower()], before.group("amount").lower() in ("less", "fewer")


def _released(text: str, mentions: list, classes) -> list[tuple[int, int, list[str]]]:
    """Process phrases of an amount released ("less dopamine is released" -> dopamine release): over the chemical's
    mention, its entity's name and the verb's noun."""
    out = []
    for m in mentions:
        if classes(m.slug) in AMOUNT_OF and (amount := released_amount(text, m.start, m.end)):
            out.append((m.start, m.end, [*m.slug.split("-"), amount[1]]))
    return out


#: What may be released or secreted in an amount: a chemical of the body or a drug package's chemical.
AMOUNT_OF = frozenset({"Drug", "EndogenousChemical", "Ion", "Substance"})

#: The heart beating with more or less force, as a later step of a mechanism writes it in lay words (decision 0790):
#: "the heart beats more slowly and less forcefully", "the heart beats less strongly" is the myocardial
#: contractility moving (the name the development golds give it in sealed8, sealed13 and sealed23); group "f" the
#: force's words (the mention), "heart" from the heart on (the clause's subject), "fdown" when it falls.
FORCE = re.compile(
    r"\b(?P<heart>heart\s+(?:(?:then|therefore|now|also)\s+)?beats?\s+"
    r"(?:(?:a little|a bit|much|even|slightly)\s+)?(?:(?:more slowly|slower|faster|more quickly)\s+and\s+)?"
    r"(?:(?:a little|a bit|much|even|slightly)\s+)?)"
    r"(?P<f>(?P<fdown>less\s+(?:forcefully|strongly|powerfully))|more\s+(?:forcefully|strongly|powerfully))\b",
    re.I,
)


def heart_subject(text: str, at: int) -> int:
    """Where the clause whose force words start at `at` has its subject, the heart (FORCE), else `at`.

    >>> t = "2. The heart beats more slowly and less forcefully."
    >>> heart_subject(t, t.index("less")), t.index("heart")
    (7, 7)
    """
    m = FORCE.search(text, max(0, at - 80), at + 40)
    return m.start("heart") if m and m.start("f") == at else at


#: Blood vessels widening or narrowing on their own, as a later step of a mechanism writes it in lay words (decision
#: 0736): "the small blood vessels widen", "the vessels tighten and narrow" are the vasodilation or vasoconstriction
#: physiology names; the verb right after the vessels (an adverb of place or time between), so "vessels that narrow
#: with age" is no step. Neither falls: the vessels' own movement is the process.
VESSELS = re.compile(
    r"\b(?:(?P<v>(?:blood\s+)?vessels)\s+(?:(?:there|then|now|also|here)\s+)?"
    r"(?:(?P<wide>widen|relax|dilate|open\s+up"
    # ("The vessels stay relaxed and wider": their state kept by the step before; decision 0843)
    r"|(?:stay|remain)\s+(?:relaxed\s+and\s+)?(?:wider|widened|relaxed|open))|tighten|narrow|constrict)"
    # ("the arteries widen": arteries widening only; "the arteries narrow" is as often a disease's course, decision
    # 0790)
    r"|(?P<a>arteries|arterioles)\s+(?:(?:there|then|now|also|here)\s+)?(?:widen|relax|dilate|open\s+up))\b",
    re.I,
)
#: The vessels named by their state as a noun phrase opening a clause (decision 0790): "Wider vessels let the blood
#: through more easily", "Wider arteries lower the blood pressure", "Widened vessels ..." are the vasodilation, as
#: "the vessels widen" is (VESSELS); "narrower / narrowed vessels" the vasoconstriction. Capitalised or after a
#: step's opener only (the phrase is the clause's subject: "blood flows through wider vessels" names no process).
WIDER_VESSELS = re.compile(
    # ("With wider vessels, the heart has less work to do": the state a with-phrase opens with; decision 0892)
    r"(?:^|(?<=[.:;]\s)|(?<=\d[.)]\s)|(?<=\bso\s)|(?<=\bthen\s)|(?<=,\s)|(?<=^with\s)|(?<=[.:;]\swith\s)|(?<=\nwith\s))"
    r"(?:(?P<wide>wider|widened|dilated|relaxed\s+and\s+wider)|narrower|narrowed)\s+"
    r"(?:blood\s+)?(?:vessels|arteries|arterioles)\b",
    re.I,
)


#: The resistance the blood meets in the vessels, in lay words (decision 0807): "the blood meets less resistance", "the
#: heart pumps against less resistance" is the *vascular resistance* physiology names (the golds of sealed13, sealed20
#: and sealed29, always so named); group "r" from the amount word on, "rdown" when it is less.
RESISTANCE = re.compile(
    r"\b(?:blood\s+(?:then\s+|now\s+)?meets|heart\s+(?:then\s+|now\s+)?(?:pumps|works|pushes)\s+against)\s+"
    r"(?P<r>(?:(?P<rdown>less)|more)\s+resistance)\b",
    re.I,
)
#: The heart's need of oxygen, in lay words (decision 0807): "the heart needs less oxygen", "A slower heart needs less
#: oxygen" is the *myocardial oxygen demand* (the golds of sealed8, sealed10 and sealed29, always so named); group "o"
#: the need, "odown" when it is less. The heart is the verb's subject ("so it needs less oxygen" is not read).
OXYGEN_NEED = re.compile(r"\bheart\s+(?:then\s+|now\s+)?(?P<o>needs\s+(?:(?P<odown>less)|more)\s+oxygen)\b", re.I)
#: The heart named by its pace as a noun phrase opening a clause (decision 0807): "A slower heart needs less oxygen",
#: "A slower, calmer heart ..." is the heart rate, as "the heart beats more slowly" is (MOVING); group "h", "hdown"
#: when slower. Not "a slower heart rate" (the quantity's own name) nor "heartbeat".
PACED_HEART = re.compile(
    r"(?:^|(?<=[.:;]\s)|(?<=\d\.\s)|(?<=\d\)\s))(?:a|the|your)\s+"
    r"(?P<h>(?:(?P<hdown>slower)|faster)(?:,?\s+(?:and\s+)?(?:calmer|steadier|stronger|more\s+relaxed))?\s+heart)"
    r"(?!\s*(?:rate|beat|-))\b",
    re.I,
)


def moving_quantities(text: str) -> list[tuple[int, int, list[str], bool]]:
    """Quantities moving on their own (MOVING): over the words of the quantity, its MeSH name, whether it falls.

    >>> [(" ".join(n), down) for a, b, n, down in moving_quantities("2. The heart beats a little more slowly.")]
    [('heart rate', True)]
    >>> [(" ".join(n), down) for a, b, n, down in moving_quantities("so the pressure inside the eye falls.")]
    [('intraocular pressure', True)]
    >>> [(" ".join(n), down) for a, b, n, down in moving_quantities("Then body temperature rises.")]
    [('body temperature', False)]
    >>> moving_quantities("Check your blood pressure when you stand.")
    []
    >>> [(" ".join(n), down) for a, b, n, down in moving_quantities("3. The blood vessels there widen.")]
    [('vasodilation', False)]
    """
    out = []
    # (no scan by MOVING of a text holding none of its required words: decision 0745)
    for m in MOVING.finditer(text) if lowered.may_match(MOVING, text) else ():
        if m.group("heart"):
            out.append((m.start("heart"), m.end("heart"), ["heart", "rate"], bool(m.group("slow"))))
        else:
            out.append((*m.span("q"), QUANTITIES[m.group("q").lower()].split(), bool(m.group("falls"))))
    # (and no scan by the patterns below of a text they cannot match: screened with the document's, decision 0894)
    for m in FORCE.finditer(text) if "beat" in text and lowered.may_match(FORCE, text) else ():
        out.append((m.start("f"), m.end("f"), ["myocardial", "contractility"], bool(m.group("fdown"))))
    for m in VESSELS.finditer(text) if lowered.may_match(VESSELS, text) else ():
        start = m.start("v") if m.group("v") else m.start("a")
        out.append((start, m.end(), ["vasodilation" if m.group("wide") or m.group("a") else "vasoconstriction"], False))
        them = PRESSURE_IN_THEM.search(text, m.end())
        if them is not None and not re.search(r"[.;:!?]", text[m.end() : them.start()]):
            out.append((*them.span("q"), ["blood", "pressure"], bool(them.group("falls"))))
    if "work" in text:  # ("the heart has less work to do": decision 0892)
        out += [(*m.span("w"), ["cardiac", "workload"], bool(m.group("wdown"))) for m in HEART_WORK.finditer(text)]
    if "heart" in text or "blood" in text:  # (the heart's pace and need, the blood's resistance: decision 0807)
        out += [
            (*m.span("r"), ["vascular", "resistance"], bool(m.group("rdown")))
            for m in (RESISTANCE.finditer(text) if lowered.may_match(RESISTANCE, text) else ())
        ]
        out += [
            (*m.span("o"), ["myocardial", "oxygen", "demand"], bool(m.group("odown")))
            for m in (OXYGEN_NEED.finditer(text) if lowered.may_match(OXYGEN_NEED, text) else ())
        ]
        out += [
            (*m.span("h"), ["heart", "rate"], bool(m.group("hdown")))
            for m in (PACED_HEART.finditer(text) if lowered.may_match(PACED_HEART, text) else ())
        ]
    return out


def vessel_states(text: str) -> list[tuple[int, int, list[str]]]:
    """Vessels named by their state opening a clause (WIDER_VESSELS): over the phrase, the process's name.

    >>> [(" ".join(n)) for a, b, n in vessel_states("Wider vessels let the blood through more easily.")]
    ['vasodilation']
    >>> [(" ".join(n)) for a, b, n in vessel_states("3. Narrowed arteries raise the pressure.")]
    ['vasoconstriction']
    >>> vessel_states("Blood flows through wider vessels.")
    []
    """
    if ("vessels" not in text and "arter" not in text) or not lowered.may_match(WIDER_VESSELS, text):
        return []
    return [
        (m.start(), m.end(), ["vasodilation" if m.group("wide") else "vasoconstriction"])
        for m in WIDER_VESSELS.finditer(text)
    ]


#: ("does not lower the heart rate or the blood pressure": either quantity, decision 0790)
_AND_QUANTITY = re.compile(
    r",?\s+(?:and|or)\s+(?:(?:the|your|their|his|her|its)\s+)?(?P<q>"
    + "|".join(sorted(map(re.escape, QUANTITIES), key=len, reverse=True))
    + r")\b",
    re.I,
)

#: a past participle right after an opening bracket or a determiner, before a quantity: an attribute ("(raised eye
#: pressure)", "a lowered heart rate"), not a verb
_ATTRIBUTIVE_VERB = re.compile(r"(?:\(|\b(?:a|an|the|with|of|and|or))\s*\w+ed\s", re.I)
#: the disorder whose excess of a quantity a drug treats: a drug that treats it, lowering the quantity, restates
#: its use (the golds write *treats hypertension*, not *decreases blood pressure*, for a blood pressure medicine:
#: dev2's amlodipine and lisinopril). Not the eye's pressure: the golds keep *latanoprost decreases intraocular
#: pressure* beside its use for ocular hypertension (sealed8); other quantities have no such reading yet.
QUANTITY_DISORDERS = {"blood-pressure": frozenset({"hypertension"})}


def restated_uses(found: list[tuple[tuple[int, int], Found]]) -> list[tuple[tuple[int, int], Found]]:
    """The claims less "X decreases <quantity>" where the document says X treats the quantity's disorder
    (QUANTITY_DISORDERS: "amlodipine lowers blood pressure" beside "amlodipine treats hypertension"; decision 0685),
    and less "X decreases Y" where the same sentence says X treats Y (decision 0892).

    >>> f = [((0, 1), Found("a", "treats", "hypertension", "r"))]
    >>> f += [((2, 3), Found("a", "decreases", "blood-pressure", "r"))]
    >>> [x.predicate for _, x in restated_uses(f)]
    ['treats']
    >>> f = [((0, 9), Found("a", "treats", "fever", "r")), ((0, 9), Found("a", "decreases", "fever", "r"))]
    >>> [x.predicate for _, x in restated_uses(f)]
    ['treats']
    """
    # (a denied use and a denied lowering alike: "It is not used to lower blood pressure"; decision 0892)
    treated = {(f.subject, f.object, f.negated) for _, f in found if f.predicate == "treats"}
    # (a condition the same sentence says the drug treats and lowers, "a medicine used to lower high blood pressure",
    # "used to relieve headache, and it also reduces fever": one use said twice; the golds write the use; 0892)
    used_here = {(span, f.subject, f.object, f.negated) for span, f in found if f.predicate == "treats"}
    return [
        (span, f)
        for span, f in found
        if not (
            f.predicate == "decreases"
            and (
                any(
                    (f.subject, d, False) in treated or (f.subject, d, f.negated) in treated
                    for d in QUANTITY_DISORDERS.get(f.object, ())
                )
                or (span, f.subject, f.object, f.negated) in used_here
            )
        )
    ]


def _quantities(text: str) -> list[tuple[int, int, list[str]]]:
    """Quantities a verb of raising or lowering governs (QUANTITIES): over the quantity's words, its MeSH name.

    >>> t = "It can raise the heart rate and blood pressure, and lowers the pressure inside the eye."
    >>> [" ".join(n) for a, b, n in _quantities(t)]
    ['heart rate', 'blood pressure', 'intraocular pressure']
    >>> _quantities("Check your blood pressure.")
    []
    """
    out = []
    if "slow" in text or "speed" in text:  # ("it does not slow the heart": decision 0892)
        out += [(*m.span("q"), PACED_NAMES[m.group("q").lower()].split()) for m in PACED_ORGAN.finditer(text)]
    if not lowered.may_match(QUANTITY, text):  # (none of its required words: decision 0745)
        return out
    for m in QUANTITY.finditer(text):
        if _ATTRIBUTIVE_VERB.search(text, max(0, m.start() - 3), m.end("q")):
            continue  # "(raised eye pressure)": a participle naming a state, no verb acting on the quantity
        out.append((*m.span("q"), GOVERNED_QUANTITIES[m.group("q").lower()].split()))
        more = _AND_QUANTITY.match(text, m.end())  # "raise the heart rate and blood pressure"
        if more:
            out.append((*more.span("q"), QUANTITIES[more.group("q").lower()].split()))
    return out


#: A step written with a verb rather than its nominalisation (decision 0663): "the cells release more noradrenaline"
#: is a raised noradrenaline release, "secrete less insulin" a lowered insulin secretion; the verb's noun by the table.
VERB_STEPS = {"releas": "release", "secret": "secretion"}
_VERB_STEP = re.compile(
    r"\b(" + "|".join(VERB_STEPS) + r")(?:e|es|ed|ing)\s+"
    r"(?:(?:far|much|a lot|even|a little)\s+)?(?:more|less|fewer|extra)\s+",
    re.I,
)


def _verb_steps(text: str, mentions: list, classes) -> list[tuple[int, int, list[str]]]:
    """Process phrases of a verb of amount ("release more X"): the chemical mention right after it, named
    *X + the verb's noun* (the mention keeps its span: the verb stays a cue).

    >>> from collections import namedtuple
    >>> M = namedtuple("M", "start end slug")
    >>> t = "The nerve cells release more noradrenaline."
    >>> [(t[a:b], " ".join(n)) for a, b, n in _verb_steps(t, [M(29, 42, "norepinephrine")], {}.get)]
    []
    >>> cls = {"norepinephrine": "EndogenousChemical"}.get
    >>> [(t[a:b], " ".join(n)) for a, b, n in _verb_steps(t, [M(29, 42, "norepinephrine")], cls)]
    [('noradrenaline', 'norepinephrine release')]
    """
    out = []
    for verb in _VERB_STEP.finditer(text):
        after = [m for m in mentions if m.start == verb.end() and classes(m.slug) in OF_CLASSES]
        if after:
            out.append((after[0].start, after[0].end, [*after[0].slug.split("-"), VERB_STEPS[verb.group(1).lower()]]))
    return out


#: A step of the kidneys written as what the urine carries away (decision 0670): "pass more bicarbonate into the
#: urine", "lose more salt in your urine", "get rid of extra sugar through the urine" is *urinary X excretion*, as
#: physiology names it; X is a recognised chemical (its entity's name) or one or two plain words.
URINE_STEP = re.compile(
    r"\b(?:pass(?:es|ed|ing)?|los(?:e|es|ing|t)|excret(?:e|es|ed|ing)|get(?:s|ting)? rid of|flush(?:es|ed|ing)? out)"
    r"\s+(?:(?:far|much|a lot|even)\s+)?(?:more|less|extra)\s+(?P<x>[a-z][a-z-]*(?: [a-z][a-z-]*)?)"
    r"\s+(?:out\s+)?(?:in|into|through|with|via)\s+(?:the|your|their|his|her)\s+urine\b",
    re.I,
)


def _urine_steps(text: str, mentions: list, classes) -> list[tuple[int, int, list[str]]]:
    """Process phrases of a step the urine carries away (URINE_STEP): over the words of what is passed, named
    *urinary X excretion* (a recognised chemical by its entity's slug words; no drug, condition or process).

    >>> t = "This makes the kidneys pass more bicarbonate into the urine."
    >>> [(t[a:b], " ".join(n)) for a, b, n in _urine_steps(t, [], {}.get)]
    [('bicarbonate', 'urinary bicarbonate excretion')]
    >>> _urine_steps("You may pass more urine in the night.", [], {}.get)
    []
    """
    out = []
    if not lowered.may_match(URINE_STEP, text):  # (none of its required words: decision 0745)
        return out
    for step in URINE_STEP.finditer(text):
        a, b = step.span("x")
        words = step.group("x").lower().split()
        if any(w in ENDS_PHRASE | DROPPED or w in ("urine", "water", "fluid", "of") for w in words):
            continue  # ("pass more urine", "lose more of it"): no chemical named
        inside = [m for m in mentions if a < m.end and m.start < b]
        if inside:
            m = inside[0]
            if (m.start, m.end) != (a, b) or classes(m.slug) not in OF_CLASSES or classes(m.slug) == "Drug":
                continue
            words = m.slug.split("-")
        out.append((a, b, ["urinary", *words[:-1], singular(words[-1]), "excretion"]))
    return out


#: The word before an offset (at the end of the searched text), and the start of a text.
_LAST_WORD = re.compile(r"\b([A-Za-z]+)[^\w.;:!?]*$")


def _governed(text: str, at: int, mentions: list, classes) -> list[tuple[int, int, list[str]]]:
    """The process phrases right after a governing verb ending at `at` (see `find`)."""
    out = []
    words = _words_at(text, at, 10)
    k = 0
    while k < len(words) and words[k][2].lower() in DROPPED:
        k += 1
    words = words[k:]
    if not words:
        return out
    heads = [i for i, w in enumerate(words[:4]) if w[2].lower() in NOMINALISATIONS]
    if not heads:
        return out
    i = heads[0]
    head = words[i][2].lower()
    if i == 0:  # "the release of A (and B)"
        if len(words) < 3 or words[1][2].lower() != "of":
            return out
        rest = words[2:]
        while rest and rest[0][2].lower() in DROPPED:
            rest = rest[1:]
        first = _phrase(rest[:4])
        if not first:
            return out
        items = [(first[0][0], first[-1][1])]
        after = rest[len(first) :]
        if after and after[0][2].lower() == "and" and len(after) > 1:
            # a second chemical: only a recognised mention right after "and" ("noradrenaline and serotonin")
            nxt = [m for m in mentions if m.start == after[1][0]]
            if nxt and classes(nxt[0].slug) in OF_CLASSES:
                items.append((nxt[0].start, nxt[0].end))
        for n, span in enumerate(items):
            named = _named(span, mentions, classes, head)
            if named is None:
                break
            if head in HANDLING and MEDICINE_WORD.search(text, span[0], span[1]):
                break  # ("reduce the absorption of other medicines": an interaction, no process; decision 0892)
            modifier = named or [w.lower() for w in text[span[0] : span[1]].split()]
            modifier = [*modifier[:-1], singular(modifier[-1])]
            name = phrases.of_inversion([head, "of", *modifier])
            start = words[0][0] if n == 0 else span[0]
            out.append((start, span[1], name))
    else:  # "bone resorption", "uric acid production"
        modifier_words = words[:i]
        if any(w[2].lower() in ENDS_PHRASE | DROPPED for w in modifier_words):
            return out
        if i + 1 < len(words) and words[i + 1][2].lower() == "of":
            return out  # "chloride influx of ..." is no name
        span = (modifier_words[0][0], modifier_words[-1][1])
        named = _named(span, mentions, classes, head)
        if named is None:
            return out
        modifier = named or [w[2].lower() for w in modifier_words]
        modifier = [*modifier[:-1], singular(modifier[-1])]
        out.append((span[0], words[i][1], [*modifier, head]))
    return out


#: A hormone's release named as MeSH heads it (decision 0843): "the pancreas releases more insulin" is MeSH's
#: *Insulin Secretion*, as every development gold that writes it names it (sealed15, sealed35, sealed36).
SECRETION = {"insulin release": "insulin secretion"}


def entity(name: list[str], lexicon: dict[str, Entity], folded: dict[str, str]) -> Entity:
    """The process entity named by `name`'s words: the lexicon's (by its name or slug), else a new one of the drugkg
    namespace with no identifier."""
    label = " ".join(name)
    label = SECRETION.get(label, label)
    slug = folded.get(label) or slugify(label)
    known = lexicon.get(slug)
    if known is not None:
        return known
    return Entity(slug, label, PROCESS_CLASS)


#: Before a process phrase: a definite determiner ("the reduced neurotransmitter release" after "causes reduced
#: release of excitatory neurotransmitters" is that process again).
DEFINITE = re.compile(r"\b(the|this|that|these)\s+$", re.I)


def named_before(name: list[str], earlier: list[Entity]) -> Entity | None:
    """The process named earlier in the text that a definite description of `name` refers back to: the last one
    with the same head noun whose name holds every word of `name`.

    >>> e = Entity("reduced-excitatory-neurotransmitter-release", "reduced excitatory neurotransmitter release", "X")
    >>> named_before(["reduced", "neurotransmitter", "release"], [e]).slug
    'reduced-excitatory-neurotransmitter-release'
    """
    for entity in reversed(earlier):
        words = entity.label.split()
        if words[-1] == name[-1] and set(name) <= set(words):
            return entity
    return None


#: A verb of a bindsTo claim that says the drug stops its target working.
#: ("attaches to these pumps and switches them off": the lay verb of an enzyme's or a pump's inhibition, as "switches
#: them on" is a receptor's activation (GATING); not after a denial; decision 0790)
INHIBITING = re.compile(
    r"\b(block(s|ed|ing)?|inhibit(s|ed|ing)?)\b"
    r"|(?<!not )(?<!n't )(?<!never )\b(?:switch(?:es|ed|ing)?|turns?|turned|turning)\s+(?:it|them)\s+off\b"
    # "stops it working", "disables them" (decision 0843)
    r"|(?<!not )(?<!n't )(?<!never )\b(?:stops?|stopped|stopping)\s+(?:it|them)\s+(?:from\s+)?working\b"
    r"|(?<!not )(?<!n't )(?<!never )\bdisabl(?:es?|ed|ing)\s+(?:it|them)\b"
    # ("grabs hold of T and takes it out of action": decision 0880)
    r"|(?<!not )(?<!n't )(?<!never )\b(?:takes?|took|taking)\s+(?:it|them)\s+out\s+of\s+action\b"
    # ("X switches off / shuts (down) / plugs / jams T", "shuts it down": lay verbs of blocking; decision 0974)
    r"|(?<!not )(?<!n't )(?<!never )\b(?:switches\s+off|shuts|plugs(?!\s+into)|jams)\b",
    re.I,
)
#: The head of an enzyme's or a carrier's name (the curated sets give these an inhibition as mechanism; a blocked
#: receptor or channel they do not).
#: (an enzyme's number after its head is still its head: *cyclooxygenase-2*, *dipeptidyl-peptidase-4*; decision 0843)
INHIBITED = re.compile(
    r"(ase|enzyme|transporter|cotransporter|symporter|pump|carrier)(-[0-9][a-z]?)?$"
    # (an immune messenger an antibody binds and blocks: "interleukin-5 inhibition"; decision 0880)
    r"|^interleukin-[0-9]+[a-z]?$"
)
#: A target the sentence calls an enzyme by name ("blocks an enzyme called phosphodiesterase 3", "the enzyme known
#: as PDE3"): an enzyme whatever its slug (a vocabulary's abbreviation, *pde-3*, has no "-ase" head; decision 0751).
#: (a carrier or a pump called by name is inhibited as an enzyme is: "blocks a carrier protein called SGLT2", 0771)
CALLED_ENZYME = re.compile(
    r"\b(?:enzymes?|carriers?(?:\s+proteins?)?|transporters?|pumps?)\s+(?:called|named|known\s+as)\s", re.I
)
#: The head of a receptor's or a channel's name: a drug that blocks one works by its blockade, one that activates or
#: stimulates one by its activation, as the curated sets since sealed write it (*histamine H2 receptor blockade*,
#: *beta-3 adrenergic receptor activation*; decision 0682).
GATED = re.compile(r"(receptor|channel)$")
#: The verbs of a bindsTo claim that say what the drug does to a receptor or a channel, and the process each names.
GATING = (
    (re.compile(r"\b(block(s|ed|ing)?|antagoni[sz](e|es|ed|ing))\b", re.I), "blockade"),
    # ("X shuts / plugs / jams T", "switches off T": lay verbs of blocking, the active present; decision 0974)
    (re.compile(r"(?<!not )(?<!n't )(?<!never )\b(?:switches\s+off|shuts|plugs(?!\s+into)|jams)\b", re.I), "blockade"),
    (re.compile(r"\b(activat(e|es|ed|ing)|stimulat(e|es|ed|ing))\b", re.I), "activation"),
    # ("1. X attaches to T receptors and switches them on": the lay verb of activation, not after a denial, "it
    # doesn't switch the receptor on"; decision 0722)
    (
        re.compile(
            r"(?<!not )(?<!n't )(?<!never )\b(?:switch(?:es|ed|ing)?|turns?|turned|turning)\s+"
            r"(?:on\b|(?:it|them|the\s+receptors?|these\s+receptors|those\s+receptors)\s+on\b)",
            re.I,
        ),
        "activation",
    ),
    # ("1. X opens potassium channels": a channel opener works by the channel's opening, as the curated sets write
    # *potassium channel opening*, *chloride channel opening*; decision 0722)
    (re.compile(r"\bopens\b", re.I), "opening"),
)
#: The verbs that name their act otherwise than its kind does: the act is named by the text's verb (decision 0694;
#: "antagonises" is antagonism, "stimulates" stimulation; the scorer holds each the same act as its kind's name).
VERB_ACTS = (("antagoni", "antagonism"), ("stimulat", "stimulation"))


#: The act said in the next sentence's opening participle of the target the sentence before only bound ("1. X
#: attaches to T receptors. 2. Switched on, these receptors ...", "X attaches to T. With these enzymes blocked, ...",
#: "Once activated, the receptors ..."): a determiner and the target's kind refer back to it (decision 0751).
NEXT_ACT = re.compile(
    r"\s*(?:(?:step\s+)?\d+\s*[.):]\s+|(?:one|two|three|four|five),\s+)?(?:"
    r"(?:with|once)\s+(?:these|those|the|this|that|its)\s+(?:[\w-]+\s+){0,3}?(?P<noun>receptors?|channels?|enzymes?)"
    r"\s+(?:now\s+)?(?P<verb>blocked|switched\s+on|turned\s+on|activated|stimulated|opened)\b"
    r"|(?:once\s+)?(?P<verb2>switched\s+on|turned\s+on|activated|stimulated|blocked|opened),\s+"
    r"(?:these|those|the)\s+(?:[\w-]+\s+){0,3}?(?P<noun2>receptors?|channels?|enzymes?)\b"
    # ("X attaches to T receptors. It blocks these receptors, so ...": the act said as the next sentence's own verb
    # on the target's kind, the drug its pronoun subject, nothing between; decision 0790)
    r"|(?:it|they)\s+(?:then\s+)?(?P<verb3>blocks?|activates?|stimulates?|opens?)\s+(?:these|those|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun3>receptors?|channels?|enzymes?)\b"
    # ("X latches onto T receptors. It activates them, and ...", "It switches them on.": the act on the bound target
    # itself by its pronoun, the next sentence's own opening; decision 0880)
    r"|(?:it|they)\s+(?:then\s+)?(?:(?P<verb4>blocks?|activates?|stimulates?|opens?)\s+them\b"
    r"|(?P<on>switch(?:es)?|turns?)\s+them\s+on\b))",
    re.I,
)
#: NEXT_ACT's verb of the next sentence's own act as the participle its other forms say it by.
ACT_PARTICIPLES = {"block": "blocked", "activate": "activated", "stimulate": "stimulated", "open": "opened"}
#: The act said in the next sentence as the receptor's response made stronger (decision 0760): "1. X attaches to the
#: GABA-A receptor. 2. This makes the receptor respond more strongly to GABA", "This makes the receptor more sensitive
#: to calcium", "This boosts the effect of GABA": a drug that binds a receptor and strengthens its response to its own
#: messenger is its positive modulator, as pharmacology names it, not its agonist (it switches nothing on itself).
#: Not "increases the effect of" (said of interactions), nor the effect of alcohol or of other medicines.
MODULATED = re.compile(
    r"\s*(?:(?:step\s+)?\d+\s*[.):]\s+|(?:one|two|three|four|five),\s+)?this\s+(?:then\s+|in\s+turn\s+)?(?:"
    r"(?:makes|helps)\s+(?:the|these|this|that|those)\s+receptors?\s+(?:to\s+)?(?:respond|react)\s+"
    r"(?:much\s+|even\s+)?more\s+(?:strongly\s+|powerfully\s+)?to\s"
    r"|makes\s+(?:the|these|this|that|those)\s+receptors?\s+(?:much\s+|even\s+)?more\s+sensitive\s+to\s"
    r"|(?:boosts|enhances|strengthens|amplifies)\s+the\s+(?:effects?|actions?)\s+of\s"
    r"(?![*_]*(?:alcohol|other|some|any|these|those|medicines|drugs|opioids|sedatives)\b))",
    re.I,
)
#: A verb that binds without saying the act ("attaches to", "binds to", "latches on to", "sticks to").
#: ("sits on T": decision 0843)
#: ("settles on(to) T": decision 0906)
#: (the lay verbs of binding: rules.yaml words.lay_binding, one list with the other modules; decision 1046)
BINDS_ONLY = re.compile(
    r"\b(?:(?:binds?|attach(?:es)?)\s+(?:on\s*)?to|" + alternation(LAY_BINDING, spaced=True) + r")\b", re.I
)


def next_act(text: str, span: tuple[int, int], f: Found, found: Iterable[tuple[tuple[int, int], Found]]) -> str | None:
    """The act the sentence after `span` opens with on the one target `f` the sentence bound without an act verb
    (NEXT_ACT, BINDS_ONLY): "activation", "blockade", "opening" for a receptor or a channel, "inhibition" for a
    blocked enzyme; the participle's noun must be the target's kind (decision 0751).

    >>> t = "1. X attaches to T receptors.\\n2. Switched on, these receptors make the cells grow."
    >>> f = Found("x", "bindsTo", "t-receptor", "target-verb")
    >>> next_act(t, (3, 29), f, [((3, 29), f)])
    'activation'
    >>> e = Found("x", "bindsTo", "pbp", "target-verb")
    >>> t = "X attaches to PBPs. With these enzymes blocked, the wall weakens."
    >>> next_act(t, (0, 19), e, [((0, 19), e)]), next_act(t, (0, 19), f, [((0, 19), f)])
    ('inhibition', None)
    """
    if not BINDS_ONLY.search(text, *span) or INHIBITING.search(text, *span):
        return None
    if any(verb.search(text, *span) for verb, _ in GATING):
        return None
    if len({g.object for s, g in found if s == span and g.predicate == "bindsTo"}) != 1:
        return None
    if f.object.endswith("receptor") and MODULATED.match(text, span[1]):
        return "positive-modulation"  # ("X attaches to T receptor. This makes the receptor respond more ...": 0760)
    m = NEXT_ACT.match(text, span[1])
    if m is None:
        return None
    if m.group("verb3"):
        noun, verb = m.group("noun3").lower(), ACT_PARTICIPLES[m.group("verb3").lower().removesuffix("s")]
    elif m.group("verb4") or m.group("on"):  # ("them": the bound target itself, of its own kind)
        noun = f.object.rsplit("-", 1)[-1]
        verb = ACT_PARTICIPLES[m.group("verb4").lower().removesuffix("s")] if m.group("verb4") else "activated"
    else:
        noun, verb = (m.group("noun") or m.group("noun2")).lower(), (m.group("verb") or m.group("verb2")).lower()
    gated = bool(GATED.search(f.object))
    if noun.startswith("enzyme"):
        return "inhibition" if not gated and verb == "blocked" else None
    if not gated or not f.object.endswith(noun.rstrip("s")):
        return None
    if verb == "blocked":
        return "blockade"
    return "opening" if verb == "opened" else "activation"


def verb_act(kind: tuple[str, re.Match]) -> str:
    """The name of the act of `kind` (its name, the verb the text says it by) as the text's verb says it.

    >>> said = re.search("antagonises", "It antagonises T")
    >>> verb_act(("blockade", said)), verb_act(("blockade", re.search("blocks", "It blocks T")))
    ('antagonism', 'blockade')
    """
    name, said = kind
    return next((act for stem, act in VERB_ACTS if said.group().lower().startswith(stem)), name)


#: A numbered step opening its line ("1. ", "2) "): a mechanism written as steps, whose first act on a receptor is the
#: drug's mechanism; running prose and later steps ("also blocks 5-HT3 receptors", "the extra noradrenaline then
#: stimulates alpha-1 receptors") state bindings, or the effects of the first act, only.
#: (a spoken count opens a step too: "Two, that active form opens potassium channels", decision 0722)
STEP = re.compile(r"[ \t]*(?:\d+[.)]\s|(?:one|two|three|four|five|six|seven|eight|nine|ten),\s)", re.I)


def line_start(text: str, span: tuple[int, int]) -> int:
    """Where the line holding `span`'s start begins."""
    return text.rfind("\n", 0, span[0]) + 1


#: a neurotransmitter's transporter carries it back into the nerve ending: blocking it is that transmitter's reuptake
#: inhibition, as the curated sets write it (*serotonin reuptake inhibition*; decision 0644)
#: (adenosine's carrier too: "the pumps that carry adenosine into cells", *adenosine reuptake inhibition*; 0790)
REUPTAKE = re.compile(r"^(serotonin|norepinephrine|dopamine|gaba|glycine|glutamate|adenosine)-transporter$")


def first_step_binding(text: str, span: tuple[int, int], f: Found, classes: dict[str, str]) -> bool:
    """Whether `f` is an asserted bindsTo claim on a receptor or a channel in a sentence on a numbered line: the
    kind of step `inhibitions(..., gated=True)` names the drug's mechanism by, once per document."""
    return (
        f.predicate == "bindsTo"
        and not f.negated
        and classes.get(f.object) == "MolecularTarget"
        and bool(GATED.search(f.object))
        and bool(STEP.match(text, line_start(text, span)))
    )


#: A sentence whose subject is the medicine and whose first verb acts on a receptor or a channel ("Domperidone blocks
#: dopamine D2 receptors.", "It blocks muscarinic receptors, ...", "How it works: it blocks ...", "Nicorandil opens
#: potassium channels ...", "It binds to oestrogen receptors in bone and switches them on"): the drug's own act in
#: prose, the subject one to three words after an optional label ("How it works:", a speaker's name), no hedge, no
#: "also" or "then" (a second act), no comma before the verb; which act, the sentence's one kind of verb (GATING:
#: "binds to T" alone says none) (decision 0743). ("sits on T and blocks them": a binding verb too, decision 0843)
#: ("First, it blocks the beta-1 receptors": the first of the acts the text lists is the drug's own, decision 0771)
PROSE_ACT = re.compile(
    r"[ \t>*#-]*(?:[^\n.]{0,30}?:\s*)?(?:first(?:ly|\s+of\s+all)?,\s*)?"
    r"\**(?P<subject>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\**\s+"
    r"(?:directly\s+)?(?:blocks|antagoni[sz]es|activates|stimulates|opens"
    # (the lay verbs of an act, "switches on", "shuts down", "plugs", never "plugs into", and of binding: rules.yaml
    # words.lay_acting and words.lay_binding, one list with the other modules; decision 1046)
    r"|(?:" + alternation(LAY_ACTING, spaced=True) + r")(?!\s+into)"
    r"|(?P<binds>(?:binds|attaches)\s+(?:on\s*)?to|" + alternation(LAY_BINDING, spaced=True) + r"))\s",
    re.I,
)
#: After "binds to T", the act said of T itself ("and blocks them", "and switches it on"): "binds to mu receptors and
#: blocks the noradrenaline transporter" says no act on the receptor.
ACT_ON_IT = re.compile(
    r"\band\s+(?:then\s+)?(?:(?:blocks|activates|stimulates|antagoni[sz]es|opens)\s+(?:them|it)\b"
    r"|switch(?:es)?\s+(?:them|it)\s+on\b|turns\s+(?:them|it)\s+on\b)",
    re.I,
)
#: Words that make the opening no plain subject of the drug's own act.
PROSE_NOT_SUBJECT = re.compile(
    r"\b(also|then|may|might|can|could|appears?|seems?|thought|probably|partly|not|never|which|that|this|these)\b",
    re.I,
)

#: The medicine's active form named so ("That active form binds to T and switches it on": decision 0722's reading).
ACTIVE_FORM = re.compile(r"(?:the|that|its)\s+active\s+form", re.I)


def prose_binding(text: str, span: tuple[int, int], f: Found, classes: dict[str, str], main: str | None) -> bool:
    """Whether `f` is the medicine's asserted bindsTo claim on a receptor or a channel in a prose sentence that
    opens with the medicine acting on it (`PROSE_ACT`) and binds no other receptor or channel: the drug's own act,
    as a numbered first step is (`first_step_binding`), for a document whose mechanism has no numbered steps.

    >>> f = Found("domperidone", "bindsTo", "dopamine-d2-receptor", "target-verb")
    >>> c = {"dopamine-d2-receptor": "MolecularTarget"}
    >>> prose_binding("Domperidone blocks dopamine D2 receptors.", (0, 41), f, c, "domperidone")
    True
    >>> prose_binding("It also blocks dopamine D2 receptors.", (0, 37), f, c, "domperidone")
    False
    """
    opening = PROSE_ACT.match(text, span[0], span[1])
    return (
        f.predicate == "bindsTo"
        and not f.negated
        and f.certainty == "Asserted"
        and f.subject == main
        and classes.get(f.object) == "MolecularTarget"
        and bool(GATED.search(f.object))
        and opening is not None
        and (ACTIVE_FORM.fullmatch(opening.group("subject")) or not PROSE_NOT_SUBJECT.search(opening.group("subject")))
        and not STEP.match(text, line_start(text, span))
        and (
            not opening.group("binds")
            or bool(ACT_ON_IT.search(text, opening.end(), span[1]))
            # ("X attaches to T receptor. This makes the receptor respond more strongly to M": decision 0760)
            or (f.object.endswith("receptor") and bool(MODULATED.match(text, span[1])))
            # ("X attaches to T receptors. It blocks these receptors": the act in the next sentence; decision 0790)
            or bool((m := NEXT_ACT.match(text, span[1])) and (m.group("verb3") or m.group("verb4") or m.group("on")))
        )
    )


def prose_act(
    text: str, found: list[tuple[tuple[int, int], Found]], classes: dict[str, str], main: str
) -> tuple[int, int] | None:
    """The sentence of the medicine's own act in prose (`prose_binding`) when no numbered step binds a receptor or a
    channel: the first sentence in which `main` binds one, when it is such a sentence and binds that one only (the
    first act on a receptor is the mechanism; "binds D2 and D3 receptors" leaves which act unsaid; decision 0743)."""
    if any(first_step_binding(text, span, f, classes) for span, f in found):
        return None
    bound = [
        (span, f)
        for span, f in found
        if f.predicate == "bindsTo" and f.subject == main and not f.negated and GATED.search(f.object)
    ]
    if not bound or not prose_binding(text, *bound[0], classes, main):
        return None
    first = bound[0][0]
    return first if len({f.object for span, f in bound if span == first}) == 1 else None


def called_enzyme(text: str, span: tuple[int, int], f: Found, found: Iterable[tuple[tuple[int, int], Found]]) -> bool:
    """Whether the sentence `span` calls the one target it binds an enzyme by name (CALLED_ENZYME: "X blocks an
    enzyme called phosphodiesterase 3"), and the target is no receptor or channel (decision 0751).

    >>> f = Found("x", "bindsTo", "pde-3", "target-verb")
    >>> t = "X blocks an enzyme called phosphodiesterase 3."
    >>> called_enzyme(t, (0, len(t)), f, [((0, len(t)), f)])
    True
    >>> called_enzyme("X blocks PDE3.", (0, 14), f, [((0, 14), f)])
    False
    """
    if not CALLED_ENZYME.search(text, *span) or GATED.search(f.object):
        return False
    return len({g.object for s, g in found if s == span and g.predicate == "bindsTo"}) == 1


def act_slug(target: str, act: str = "inhibition") -> str:
    """The slug of the drug's act on `target`: a transporter's blocked reuptake ("serotonin-reuptake-inhibition"),
    else the target and the act ("xanthine-oxidase-inhibition"). `inhibitions` names its steps so; `blocked_steps`
    finds them by it.

    >>> act_slug("serotonin-transporter"), act_slug("beta-1-adrenergic-receptor", "blockade")
    ('serotonin-reuptake-inhibition', 'beta-1-adrenergic-receptor-blockade')
    """
    carried = REUPTAKE.match(target)
    return f"{carried.group(1)}-reuptake-inhibition" if carried else f"{target}-{act}"


def inhibitions(
    text: str,
    found: Iterable[tuple[tuple[int, int], Found]],
    classes: dict[str, str],
    labels: dict[str, str],
    gated: bool = False,
    main: str | None = None,
) -> tuple[list[tuple[tuple[int, int], Found]], dict[str, Entity]]:
    """hasMechanismOfAction "<target> inhibition" for each asserted bindsTo claim of a sentence that blocks or
    inhibits an enzyme or a carrier ("X blocks xanthine oxidase" -> X works by xanthine oxidase inhibition), with
    the bindsTo claim's subject, certainty and confidence; and the new process entities. With `gated`, also
    "<target> blockade" / "<target> activation" for the first receptor or channel the text's numbered steps of a
    mechanism block or activate ("1. X blocks histamine H2 receptors"), the sentence's one kind of verb (0682).

    >>> f = [((0, 36), Found("allopurinol", "bindsTo", "xanthine-oxidase", "target-verb"))]
    >>> out, new = inhibitions("Allopurinol blocks xanthine oxidase.", f, {"xanthine-oxidase": "MolecularTarget"}, {})
    >>> [(x.subject, x.predicate, x.object) for _, x in out], new["xanthine-oxidase-inhibition"].label
    ([('allopurinol', 'hasMechanismOfAction', 'xanthine-oxidase-inhibition')], 'xanthine oxidase inhibition')
    """
    out, new = [], {}
    stepped: set[tuple[int, int]] = set()  # the sentence of the text's first step on a receptor (decision 0682)
    found = sorted(found, key=lambda x: x[0]) if gated else list(found)
    prose = prose_act(text, found, classes, main) if gated and main else None
    for span, f in found:
        if f.predicate != "bindsTo" or f.negated or classes.get(f.object) != "MolecularTarget":
            continue
        carried = REUPTAKE.match(f.object)
        if (INHIBITED.search(f.object) or called_enzyme(text, span, f, found)) and INHIBITING.search(text, *span):
            act = "inhibition"
        elif not GATED.search(f.object) and next_act(text, span, f, found) == "inhibition":
            act = "inhibition"  # ("X attaches to T. With these enzymes blocked, ...": decision 0751)
        elif gated and stepped <= {span} and (first_step_binding(text, span, f, classes) or span == prose):
            stepped.add(span)  # (the first step binding a receptor, whatever its verb: later steps are its effects)
            # one verb kind in the sentence, else which the target undergoes is unsaid ("blocks A and activates B")
            acts = {name: said for verb, name in GATING if (said := verb.search(text, *span))}
            if not acts and (after := next_act(text, span, f, found)):
                act = after  # ("1. X attaches to T receptors. 2. Switched on, these receptors ...": decision 0751)
            elif len(acts) != 1:
                continue
            else:
                act = verb_act(*acts.items())
        else:
            continue
        slug = act_slug(f.object, act)
        if slug not in classes:
            new[slug] = Entity(
                slug,
                slug.replace("-", " ")
                if carried
                else f"{labels.get(f.object, f.object.replace('-', ' '))} {act.replace('-', ' ')}",
                PROCESS_CLASS,
            )
        out.append(
            (
                span,
                Found(
                    f.acts_for or f.subject,  # (a prodrug works by what its active form does: decision 0671)
                    "hasMechanismOfAction",
                    slug,
                    "target-inhibition",
                    False,
                    f.certainty,
                    f.qualifiers,
                    f.confidence,
                    f.resolved_from,
                ),
            )
        )
    return out, new


#: A list item: a bullet or a number opening its line ("- ", "2. ", "3) "; the number may be the line's only word).
LIST_ITEM = re.compile(r"[ \t]*([-*\u2022]|\d+[.)])(\s|$)")
#: The claims a mechanism list states: its steps.
STEPS = frozenset(
    {
        "bindsTo",
        "positivelyModulates",
        "actsOn",
        "increases",
        "decreases",
        "causes",
        "alleviates",
        "hasMechanismOfAction",
    }
)


def note_list(ctx: Discourse, unit: Unit) -> None:
    """Keep a hedged lead's certainty for the list items that follow it: a sentence ending with ":" that holds a
    hedge cue ("Its mechanism is not fully understood, but the main steps are thought to be:") governs the items
    after it, as ConText's scope runs on to what the cue introduces; a sentence that is no list item ends it."""
    if unit.text.rstrip().endswith(":"):
        hedge = HEDGE_WORD.search(unit.text)
        ctx.list_certainty = HEDGES[hedge.group(1).lower()] if hedge else ""
    elif not (unit.bullet or unit.item):
        ctx.list_certainty = ""


def hedged_by_lead(found: list[Found], ctx: Discourse, unit: Unit) -> list[Found]:
    """The steps of a list item under a hedged lead (`note_list`), asserted in the item, take the lead's certainty.

    >>> ctx, u = Discourse(list_certainty="Believed"), Unit("It reduces Y.", [], item=True)
    >>> [f.certainty for f in hedged_by_lead([Found("x", "decreases", "y", "r")], ctx, u)]
    ['Believed']
    """
    if not ctx.list_certainty or not (unit.bullet or unit.item):
        return found
    return [
        replace(f, certainty=ctx.list_certainty)
        if f.predicate in STEPS and f.certainty == "Asserted" and not f.negated
        else f
        for f in found
    ]
