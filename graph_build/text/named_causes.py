"""What causes or brings on a condition, as lay health text says it (decision 0823): a condition or an exposure that
raises the risk of another ("Left untreated, diabetes raises the risk of kidney disease"), agents and conditions that
set a condition off ("Alcohol and lack of sleep can trigger a migraine"), and a condition the sentences before are
about, caused by what the clause after "caused by" names ("Gastritis means ... It is often caused by an infection").

Strict readings (issue 12, faithfulness first): both ends are named in the cue's own clause (the pronoun's condition
aside, which the discourse names); the cause stands right before its verb (only modals and adverbs between), so a
cause named in passing is none; a sentence naming a drug or a class of drugs before the cue gives nothing here (what
a medicine causes is its adverse effect, what it causes with another medicine an interaction: other rules' claims);
a denial between the cause and its verb denies the claim ("Coffee does not trigger an ulcer"), a modal of that verb
hedges it ("may", "might", "could": Possible; "sometimes": Occasional), "can" asserts (as the golds write it).

Since decision 0842: the people a trigger acts in ("in people who have Y") are no condition it brings on; a condition
named right before "raises / lowers" moves the body's quantity named right after it ("Dehydration lowers blood
pressure"); an "it" left untreated for a time causes what follows ("Left untreated over years, it causes Y"); and an
illness that is the subject of "cause(s)" a sign has that sign (caused_signs.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.processes import GOVERNED_QUANTITIES
from graph_build.text.relate_cues import POPULATION_BEFORE
from graph_build.text.relate_objects import _objects, _status
from graph_build.text.subjects import TIME_OPENINGS
from graph_build.text.units import AGENT, COND, DRUG, Discourse, Found, Unit

#: What may cause a condition in these frames: another condition or an exposure (a food, a drink, alcohol), and, after
#: "caused by", an organism or a treatment (organisms.py) or a class of medicines the text names as the cause.
CAUSE = frozenset(COND | {"Substance"})
CAUSED_BY_CAUSE = frozenset(CAUSE | {"Entity", "NonDrugTherapy", "DrugClass"})
#: Between a cause and its verb: modals, adverbs, a denial, a floated quantifier ("A, B and C can all trigger Y").
GAP = re.compile(
    r"\s+((can|could|may|might|will|would|does|do|did|not|n't|also|all|both|often|sometimes|occasionally|usually|"
    r"easily|commonly|further|greatly|slightly|even|never|each|tend to|tends to|is known to|are known to)\s+)*",
    re.I,
)
#: A preposition (with its article) right before a mention: the mention is that preposition's object, no subject.
GOVERNED = re.compile(
    r"\b(with|in|for|of|from|after|during|than|like|to|on|by|against|without|about)\s+((an?|the|their|your|his|her|its|"
    r"some|any|long-term|severe|untreated|poorly controlled)\s+)*[*_]*$",
    re.I,
)
#: A combination the sentence speaks of ("when taken with it", "while on this medicine"): an interaction's outcome.
TAKEN_TOGETHER = re.compile(
    r"\b(taken|used|combined|mixed|together)\b|\bwith (it|this|them|these|your (medicines?|tablets?))\b"
    r"|\b(while|when) (taking|on|using)\b",
    re.I,
)
#: A denial between the cause and its verb.
DENIAL = re.compile(r"\b(not|never)\b|n't\b", re.I)
#: "raise(s) / increase(s) the risk / chance of": what follows is caused (a condition's course, decision 0823).
RISK = re.compile(
    r"\b(raises?|raised|raising|increases?|increased|increasing|boosts?)\s+((the|your|their|his|her|its|a)\s+)?"
    r"((long-term|lifetime|overall)\s+)?(risk|risks|chance|chances|likelihood|odds)\s+of\s+",
    re.I,
)
#: "trigger(s) / set(s) off / bring(s) on / provoke(s)", and "an attack / episode / bout of" after it.
TRIGGER = re.compile(
    # ("Asthma triggers include pollen", "migraine triggers such as cheese": the noun, whose condition is no cause)
    r"\b((trigger|triggers)(?!\s+(include|includes|included|are|is|was|were|such|like|for|of|vary|differ|can|may|might|"
    r"will|that|which|and|or|to|in)\b)|set off|sets off|bring on|brings on|provoke|provokes)\s+"
    r"((an?|the)\s+(attack|episode|bout|flare|flare-up|outbreak)s?\s+of\s+)?",
    re.I,
)
#: Cause mentions joined in a list before the verb ("Alcohol, energy drinks and lack of sleep"), an item the
#: recogniser does not name (up to three words) standing between ("Lack of sleep, missed doses and alcohol").
JOINED = re.compile(r"([*_]*\s*,\s*([\w'-]+\s+){0,2}[\w'-]+)*[*_]*\s*(,\s*((and|or)\s+)?|(and|or)\s+)[*_]*", re.I)
#: "It is (usually) caused by": the pronoun opening the sentence, after a short opener ("Sometimes, though,", "In my
#: case"), for the condition the sentences before are about.
IT_CAUSED_BY = re.compile(
    r"\W*(?P<opener>([\w']+[ ,]+){0,4}?)(it|this)\s+(is|was|can be|may be|might be|could be|are|were)\s+"
    r"((usually|often|mostly|mainly|commonly|sometimes|also|most often|nearly always|almost always|generally|"
    r"typically|occasionally|frequently)\s+)*(?P<neg>(not|never)\s+)?caused\s+by\s+",
    re.I,
)
#: A unit holding none of these words cannot match a cue here (relate.py's cheap pre-check, lower case).
WORDS = (
    "risk",
    "chance",
    "likelihood",
    "odds",
    "trigger",
    "set",
    "bring",
    "provoke",
    "caused by",
    "lead",
    "result",
    "worse",
    "untreated",
    "lower",
    "raise",
    "reduce",
    "increase",
    "decrease",
)
#: "Over the years it can lead to Y", "Over time it strains the heart, and it can lead to Y": the condition the sentence
#: before opened with, after a time opening (the sentence-opening "It can lead to Y" is condition-course's: 0695); the
#: "it" of a clause coordinated with the opening one says more of the same course.
IT_COURSE = re.compile(
    r"\W*(?:" + "|".join(TIME_OPENINGS) + r"),?\s+it\b(?:[^.;:]*?,\s*and\s+it\b)?"
    r"(?P<gap>\s+((can|could|may|might|will|does|do|often|also|usually|sometimes|eventually|then|not|never|doesn't)\s+)*)"
    r"(?:leads?\s+to|results?\s+in|(?:raises?|increases?)\s+(?:the\s+|your\s+)?(?:risk|chance|likelihood)s?\s+of)\s+",
    re.I,
)
#: "Left untreated over years, it causes Y", "If untreated for many years, it can lead to Y": an "it" left untreated for
#: a time is the condition in question (as condition-course reads "Left untreated, it ...", whose pattern a time
#: between "untreated" and the comma stops), and what it causes over that time is brought on by it (decision 0842).
UNTREATED_COURSE = re.compile(
    r"\W*(?:left|if|when)\s+untreated\s+(?:for|over)\s+(?:many\s+|several\s+|the\s+|a\s+few\s+)?"
    r"(?:years?|months?|decades?|time|a\s+long\s+time),?\s+it\b"
    r"(?P<gap>\s+((can|could|may|might|will|often|also|usually|eventually|then|not|never|does not|doesn't)\s+)*)"
    r"(?:causes?|leads?\s+to|results?\s+in|(?:raises?|increases?)\s+(?:the\s+|your\s+)?(?:risk|chance|likelihood)s?\s+of)"
    r"\s+",
    re.I,
)
#: "make(s) Y worse": what follows, with no determiner ("the drowsiness", "its effects" are a medicine's effects, an
#: interaction's outcome: relate_unowned.WORSENED), is an illness the cause makes worse (increases, decision 0823).
WORSE = re.compile(
    r"\b(make|makes|making)\s+(?!(the|its|their|your|his|her|this|these|those|that|it|them)\b)(?P<what>[\w' -]{3,40}?)"
    r"\s+((much|far|even|a lot|a little|slightly|a bit)\s+)?worse\b",
    re.I,
)
#: ", which are (usually) caused by X" after the conditions it describes: a clause of its own, whose polarity is its
#: own ("It will not help a cold or flu, which are caused by viruses": the denial is the main clause's).
WHICH_CAUSED_BY = re.compile(
    r"[*_]*\s*,\s*which\s+(is|are|was|were|can be|may be)\s+((usually|often|mostly|mainly|commonly|sometimes|"
    r"nearly always|almost always|generally|typically|all|both)\s+)*(?P<neg>(not|never)\s+)?caused\s+by\s+",
    re.I,
)
#: Where a clause ends: what is named after it is no cause of this one.
#: ("Dehydration can trigger gout, and so can a fever": the elliptical clause has a subject of its own)
CLAUSE_END = re.compile(
    r"[;:.!?]|,\s*(which|who|so|but|and then|because)\b|\s+(which|so|but)\s+"
    r"|,?\s+(and|as)\s+(so\s+)?(can|could|may|might|does|do|did|is|are|will|would)\b",
    re.I,
)


#: The body's quantities (processes.GOVERNED_QUANTITIES, as slugs): what a condition raises or lowers (decision 0842).
QUANTITY_SLUGS = frozenset(name.replace(" ", "-") for name in GOVERNED_QUANTITIES.values())
#: "raise(s) / lower(s) / increase(s) / reduce(s) (the / your) Q" with Q a quantity mention right after (its
#: determiner between); group "down" when it falls.
MOVED = re.compile(
    r"\b(?:(?P<down>lowers?|lowered|reduces?|reduced|decreases?|decreased)|raises?|raised|increases?|increased)\s+"
    r"(?:(?:the|your|their)\s+)?",
    re.I,
)
#: Words an item of a list of causes may open with before the named cause ("too much salt", "heavy drinking"); a
#: cause named inside a phrase of its own ("drinking too much alcohol", "a diet high in salt") is no cause named.
ITEM_OPENING = re.compile(
    r"(?:^|[,;:]|\b(?:and|or)\b)\s*[*_]*\s*((?:too much|a lot of|heavy|hard|severe|long-term|the|a|an|any)\s+)*$",
    re.I,
)


def named_causes(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """named-cause (rules.yaml code_rules, decision 0823): a condition caused by a condition or an exposure named
    right before a verb of risk or triggering, and a pronoun's condition caused by what "caused by" names.

    >>> u = Unit("Obesity raises the risk of gout.", [(0, 7, "obesity", "Symptom"), (27, 31, "gout", "Disease")])
    >>> [(f.subject, f.predicate, f.object, f.negated) for f in named_causes(u, Discourse(), [])]
    [('obesity', 'causes', 'gout', False)]
    >>> u = Unit("Alcohol can trigger a migraine.", [(0, 7, "alcohol", "Substance"), (22, 30, "migraine", "Disease")])
    >>> [(f.subject, f.object, f.certainty) for f in named_causes(u, Discourse(), [])]
    [('alcohol', 'migraine', 'Asserted')]
    >>> u = Unit("Coffee does not trigger gout.", [(0, 6, "coffee", "Substance"), (24, 28, "gout", "Disease")])
    >>> [(f.subject, f.object, f.negated) for f in named_causes(u, Discourse(), [])]
    [('coffee', 'gout', True)]
    >>> u = Unit("It is usually caused by a virus.", [(26, 31, "virus-diseases", "Disease")])
    >>> [(f.subject, f.object) for f in named_causes(u, Discourse(last_condition="croup"), [])]
    [('virus-diseases', 'croup')]
    """
    out: list[Found] = []
    stated = {(f.subject, f.predicate, f.object) for f in found}
    for cue in (RISK, TRIGGER):
        for match in cue.finditer(unit.text):
            out += _active(unit, ctx, match, stated)
    out += _pronoun_caused_by(unit, ctx, stated)
    out += _pronoun_course(unit, ctx, stated)
    out += _untreated_course(unit, ctx, stated)
    for match in WHICH_CAUSED_BY.finditer(unit.text):
        out += _which_caused_by(unit, match, stated)
    for match in WORSE.finditer(unit.text):
        out += _made_worse(unit, match, stated)
    if any(m[2] in QUANTITY_SLUGS for m in unit.mentions):
        for match in MOVED.finditer(unit.text):
            out += _quantity_moved(unit, match, found)
    return out


def _quantity_moved(unit: Unit, match: re.Match, found: list[Found]) -> list[Found]:
    """ "Dehydration lowers blood pressure on its own", "Fever raises the heart rate": a condition named right before
    the verb (a list of them, each opening its item) raises or lowers the body's quantity named right after it
    (decision 0842). A medicine in the sentence, or one taken with, leaves it to the cue rules (its act, or an
    interaction); an exposure (a Substance) is an agent those rules read already."""
    if any(m[3] in DRUG for m in unit.mentions) or TAKEN_TOGETHER.search(unit.text):
        return []
    after = [m for m in unit.mentions if m[0] == match.end() and m[2] in QUANTITY_SLUGS]
    before = [m for m in unit.mentions if m[1] <= match.start()]
    if not after or not before or before[-1][3] not in COND:
        return []
    if GAP.fullmatch(unit.text, before[-1][1], match.start()) is None:
        return []
    if not _opens_item(unit.text, before[-1]):
        return []  # ("drinking too much alcohol raises ...", "People with asthma ...": no cause named as a subject)
    causes = [before[-1]]
    for m in reversed(before[:-1]):
        if m[3] not in COND or not JOINED.fullmatch(unit.text, m[1], causes[0][0]) or not _opens_item(unit.text, m):
            break  # (", and dehydration lowers it": a clause's subject, the object before it no item of its list)
        causes.insert(0, m)
    predicate = "decreases" if match.group("down") else "increases"
    negated = bool(DENIAL.search(unit.text, causes[-1][1], match.start()))
    certainty = _certainty(unit.text[causes[-1][1] : match.start()])
    stated = {(f.subject, f.predicate, f.object) for f in found}
    quantity = after[0][2]
    return [
        Found(cause[2], predicate, quantity, "named-cause", negated, certainty, (), Decimal("0.5"))
        for cause in causes
        if (cause[2], predicate, quantity) not in stated
    ]


def _which_caused_by(unit: Unit, match: re.Match, stated: set) -> list[Found]:
    """ "a cold or flu, which are caused by viruses": the conditions named right before the comma (a list joined by
    "and", "or", commas) are caused by what the relative clause names, with the clause's own polarity and hedge."""
    before = [m for m in unit.mentions if m[1] <= match.start()]
    if not before or before[-1][3] not in COND or before[-1][1] != match.start():
        return []
    ills = [before[-1]]
    for m in reversed(before[:-1]):
        if m[3] not in COND or not JOINED.fullmatch(unit.text, m[1], ills[0][0]):
            break
        ills.insert(0, m)
    end = _clause_end(unit.text, match.end())
    causes = [m for m in unit.mentions if match.end() <= m[0] and m[1] <= end and m[3] in CAUSED_BY_CAUSE]
    certainty = _certainty(match.group())
    return _claims(unit, causes, ills, bool(match.group("neg")), certainty, stated, owner_status=False)


def _made_worse(unit: Unit, match: re.Match, stated: set) -> list[Found]:
    """ "Constipation can make bedwetting worse", "Smoking makes asthma worse": the condition or exposure right
    before the verb increases each illness (class Disease) named between the verb and "worse"; a sign or a feeling
    made worse ("Alcohol may make drowsiness worse") is a medicine's effect made stronger, an interaction's outcome
    other rules read, and a medicine in the sentence leaves it to them."""
    if any(m[3] in DRUG for m in unit.mentions) or TAKEN_TOGETHER.search(unit.text):
        return []
    before = [m for m in unit.mentions if m[1] <= match.start()]
    if not before or before[-1][3] not in CAUSE or GAP.fullmatch(unit.text, before[-1][1], match.start()) is None:
        return []
    cause = before[-1]
    if GOVERNED.search(unit.text, 0, cause[0]):
        return []
    ills = [m for m in unit.mentions if match.start("what") <= m[0] and m[1] <= match.end("what") and m[3] == "Disease"]
    negated = bool(DENIAL.search(unit.text, cause[1], match.start()))
    certainty = _certainty(unit.text[cause[1] : match.start()])
    out = []
    for ill in ills:
        if ill[2] != cause[2] and (cause[2], "increases", ill[2]) not in stated and not _status(unit, ill).absent:
            out.append(Found(cause[2], "increases", ill[2], "named-cause", negated, certainty, (), Decimal("0.5")))
    return out


def _pronoun_course(unit: Unit, ctx: Discourse, stated: set) -> list[Found]:
    """ "Over the years it can lead to Y" after a sentence that opened with a condition and named no agent: that
    condition causes Y (no agent in this sentence either)."""
    match = IT_COURSE.match(unit.text)
    if match is None or ctx.said_of is None or any(m[3] in AGENT for m in unit.mentions):
        return []
    negated = bool(DENIAL.search(match.group("gap")))
    certainty = _certainty(match.group("gap"))
    end = _clause_end(unit.text, match.end())
    objects = [m for m in _objects(unit, match.end(), set(COND), skip=ctx.said_of, agents=AGENT) if m[1] <= end]
    objects = _not_whose(unit, match.end(), objects)
    return _claims(unit, [(0, 0, ctx.said_of, "Disease")], objects, negated, certainty, stated)


def _untreated_course(unit: Unit, ctx: Discourse, stated: set) -> list[Found]:
    """ "Left untreated over years, it causes Y": the condition in question (the one the sentence before opened with,
    else the passage's) causes each condition after the verb in its clause; no agent in the sentence."""
    match = UNTREATED_COURSE.match(unit.text)
    owner = ctx.said_of or ctx.condition
    if match is None or owner is None or any(m[3] in AGENT for m in unit.mentions):
        return []
    negated = bool(DENIAL.search(match.group("gap")))
    certainty = _certainty(match.group("gap"))
    end = _clause_end(unit.text, match.end())
    objects = [m for m in _objects(unit, match.end(), set(COND), skip=owner, agents=AGENT) if m[1] <= end]
    objects = _not_whose(unit, match.end(), objects)
    return _claims(unit, [(0, 0, owner, "Disease")], objects, negated, certainty, stated)


def _active(unit: Unit, ctx: Discourse, match: re.Match, stated: set) -> list[Found]:
    """The causes named right before the verb `match` and the conditions after it, in its clause."""
    if any(m[3] in DRUG for m in unit.mentions) or TAKEN_TOGETHER.search(unit.text):
        return []  # (a medicine in the sentence, or one taken with: its effect or an interaction, other rules')
    before = [m for m in unit.mentions if m[1] <= match.start()]
    if not before or before[-1][3] not in CAUSE:
        return []
    gap = GAP.fullmatch(unit.text, before[-1][1], match.start())
    if gap is None:
        return []
    causes = [before[-1]]
    for m in reversed(before[:-1]):
        if m[3] not in CAUSE or not JOINED.fullmatch(unit.text, m[1], causes[0][0]):
            break
        causes.insert(0, m)
    causes = [m for m in causes if not GOVERNED.search(unit.text, 0, m[0])]
    if not causes or causes[-1] != before[-1]:
        return []  # ("People with asthma can trigger Y": a preposition's object is no subject)
    negated = bool(DENIAL.search(unit.text, before[-1][1], match.start()))
    certainty = _certainty(unit.text[before[-1][1] : match.start()])
    end = _clause_end(unit.text, match.end())
    objects = [m for m in _objects(unit, match.end(), set(COND), agents=AGENT) if m[1] <= end]
    return _claims(unit, causes, _not_whose(unit, match.end(), objects), negated, certainty, stated)


def _pronoun_caused_by(unit: Unit, ctx: Discourse, stated: set) -> list[Found]:
    """ "It is (usually) caused by X": the condition the sentences before are about, caused by X (no drug named)."""
    match = IT_CAUSED_BY.match(unit.text)
    if match is None or any(m[3] == "Drug" for m in unit.mentions):
        return []
    # (the one condition the last sentence naming anything named, no agent with it; or the illness a heading asks
    # about: "Bloating and tummy ache are common too. It can be caused by Y" has no one condition to be "it")
    owner = ctx.last_condition or ctx.asked_condition
    if owner is None or any(m[2] == owner for m in unit.mentions if m[0] < match.end()):
        return []
    end = _clause_end(unit.text, match.end())
    causes = [m for m in unit.mentions if match.end() <= m[0] and m[1] <= end and m[3] in CAUSED_BY_CAUSE]
    negated = bool(match.group("neg"))
    certainty = _certainty(match.group())
    owner_mention = (0, 0, owner, "Disease")
    return _claims(unit, causes, [owner_mention], negated, certainty, stated, owner_status=False)


def _claims(
    unit: Unit,
    causes: list,
    objects: list,
    negated: bool,
    certainty: str,
    stated: set,
    owner_status: bool = True,
) -> list[Found]:
    out = []
    for obj in objects:
        if owner_status and _status(unit, obj).absent:
            continue
        for cause in causes:
            if cause[2] == obj[2] or (cause[2], "causes", obj[2]) in stated:
                continue
            out.append(Found(cause[2], "causes", obj[2], "named-cause", negated, certainty, (), Decimal("0.5")))
    return out


def _opens_item(text: str, mention: tuple) -> bool:
    """Whether `mention` opens its item of a list or the clause (only ITEM_OPENING's words before it), as no
    preposition's object."""
    return bool(ITEM_OPENING.search(text, 0, mention[0])) and not GOVERNED.search(text, 0, mention[0])


def _not_whose(unit: Unit, after: int, objects: list) -> list:
    """The objects less those named after "in people who have / with" (decision 0842): "Hay fever can trigger wheezing
    in people who have asthma" says who gets the wheeze; asthma is no condition hay fever brings on.

    >>> u = Unit("Pollen can trigger wheezing in people with eczema.", [(19, 27, "wheezing", "Symptom"),
    ...          (43, 49, "eczema", "Disease")])
    >>> [m[2] for m in _not_whose(u, 19, u.mentions)]
    ['wheezing']
    """
    return [m for m in objects if not POPULATION_BEFORE.search(unit.text, after, m[0])]


def _certainty(words: str) -> str:
    """The hedge of the cue's own verb: "may / might / could" Possible, "sometimes" Occasional; "can" asserts."""
    hedge = HEDGE_WORD.search(words)
    return HEDGES[hedge.group(1).lower()] if hedge else "Asserted"


def _clause_end(text: str, start: int) -> int:
    end = CLAUSE_END.search(text, start)
    return end.start() if end else len(text)
