"""Who a cue is about: a mention of the cue's clause that is not named in passing, else the referent of a pronoun or
definite description of the sentence (recorded as `resolved_from`), else nobody (docs/decisions/0601)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from graph_build.text import lowered
from graph_build.text.body_substances import BODY_MAKES, HORMONES, body_substance_at
from graph_build.text.doubts import ENDOGENOUS
from graph_build.text.foods import SLUGS as FOOD_SLUGS
from graph_build.text.owners import EFFECTS_HEADING
from graph_build.text.people_words import people
from graph_build.text.units import AGENT, Discourse, Unit

#: Words that refer back to the drug in focus, or to the class named just before.
PRONOUN = re.compile(
    r"\b(it|its|the drug|the medication|this drug|this medication|the drug's|the medicine|this medicine|"
    r"(either|each) (drug|medicine|medication)|both (drugs|medicines|medications))\b|^\s*Both\b"
    # (decision 0809) a sentence that opens with the drug's form: "The capsule we sell is for Y", "The nasal spray is
    # not used for Y", "The plaster does not treat Y"
    r"|^\s*(\*\*|__)?the (nasal |soft mist |skin |eye |ear )?(capsules?|tablets?|sprays?|plasters?|patch(es)?|"
    r"inhalers?|creams?|gels?|injections?|drops|liquid|ointment)\b",
    re.I,
)
#: What stands before a pronoun that opens a clause (the pronoun is its subject): "..., but it is believed that it".
#: (decision 0747) also the words that open a clause of reason, manner, time or condition: "that is why it makes
#: people drowsy", "how it works", "when it", "once it", "if it", "then it"; (decision 0769) an adverb of frequency
#: between: "Some people get Y, and rarely it can cause Z" ("it" is the drug, not Y)
CLAUSE_SUBJECT = re.compile(
    r"(^\s*|\b(that|but|and|because|since|so|while|although|whereas|where|why|how|when|once|if|then)\s+|[,;]\s+)"
    r"((rarely|occasionally|sometimes|often|usually|also)\s+)?$",
    re.I,
)
#: A sentence opening that refers back to the previous sentence's outcome: "This binding", "The resulting X".
#: Also "In turn", "Consequently" and "With the brake removed," / "With the enzyme blocked," (the previous step's
#: result named as a state: decision 0663).
#: (A numbered step may stand before it: "2. This lowers Y", decision 0670.)
ANAPHOR = re.compile(
    r"^\s*(?:\d+[.)]\s+)?(this|these|the resulting|such|as a result|as a consequence|consequently|in turn"
    r"|with (the|this|that|these) ([\w-]+ ){1,2}(blocked|removed|inhibited|switched off|turned off|out of action),"
    # ("2. Without that enzyme the fungus cannot make Y": the enzyme the step before blocked; decision 0751)
    r"|without (the|this|that|these|those) (enzymes?|pumps?|transporters?|carriers?)\b,?)",
    re.I,
)
#: After an anaphor: a verb at once ("This makes ...", "This then stabilises ..."), so the anaphor names no noun of its
#: own ("This binding") and stands for the previous step's act, not the target that step named (decision 0697).
BARE_THIS = re.compile(r"\s+((then|in turn|also|now|further)\s+)?(?!(is|was|has|does)\b)[a-z]+[^\Ws]s\b", re.I)
#: A sentence (or a list item) opening with the drug's act as a gerund: "Binding to T reduces Y", "Blocking T
#: lowers Y". The gerund's understood subject is the drug in focus, which the step is about (decision 0635).
#: Not OPENING_GERUND (below), on purpose: this one is read where a cue's only mentions before it are targets, which
#: guard it, so a bare "Binding T" counts and a number before it does not; OPENING_GERUND is read where the unit
#: names no agent at all, so it asks more of the words ("binding to", not "binding of") and lets a step's number
#: or bullet stand before them. One regex for both would change what each finds.
GERUND_OPENER = re.compile(
    r"^\s*(binding|attaching|blocking|inhibiting|antagoni[sz]ing|activating|stimulating|occupying)\b", re.I
)
#: Right before a target: a verb of acting on it as a gerund ("Blocking these receptors", "by activating the"): the
#: target is the act's object, so the act, not the target, is the subject of what follows (decision 0684).
GERUND_OBJECT = re.compile(
    r"\b(binding|attaching|blocking|inhibiting|antagoni[sz]ing|activating|stimulating|occupying)"
    r"( (to|on|onto))?( (the|these|this|those|its|their))?( [\w-]+)?\s*$",
    re.I,
)
#: Right before any mention: a gerund of acting on it or of changing its amount, opening the unit or a clause
#: ("Blocking aldosterone", "Stopping the hormone from", "and lowering cholesterol"): the act, not the thing acted
#: on, is the subject of what follows (decision 0773).
#: A target the sentence opens by as stopped: "Without ACE, the body makes less Y", "With the enzyme blocked, ...":
#: what follows is the blockade's doing, never the target's (its direction is the opposite; decision 0944). The words
#: before the target, and (for "with") the words after it.
WITHOUT_TARGET = re.compile(
    r"(^|[.;:]\s+)[\W\d_]*(?P<with>with(?:out)?)\s+((the|this|that|these|those|its|an?)\s+)?$", re.I
)
STOPPED_AFTER = re.compile(r"\s+(blocked|inhibited|switched\s+off|turned\s+off|shut\s+down|out\s+of\s+action)\b", re.I)
#: Right before a target: the participle of its block ("Blocked COX means fewer Y", "the inhibited enzyme can't make
#: Y"): what follows is the blockade's doing, as "With the enzyme blocked" is (decision 0944), never the target's, whose
#: own act is the opposite (decision 1039).
STOPPED_BEFORE = re.compile(r"\b(blocked|inhibited|jammed|switched-off)\s+$", re.I)
ACT_ON_BEFORE = re.compile(
    r"(^|[,;:(]|\band|\bby)\W*(blocking|inhibiting|antagoni[sz]ing|stopping|suppressing|lowering|reducing|"
    r"decreasing|cutting|raising|increasing|boosting|activating|stimulating)( (the|these|this|those|its|their|"
    r"your|body's|levels? of))*( [\w-]+)?\s*$",
    re.I,
)
#: Right before a target: the act on it as a noun ("Activation of these receptors", "the blockade of the"): as
#: GERUND_OBJECT, the act, not the target, is the subject of what follows (decision 0685).
ACT_OF = re.compile(
    r"\b(activation|stimulation|blockade|blocking|inhibition|antagonism) of( (the|these|this|those|its|their))?"
    r"( [\w-]+)?\s*$",
    re.I,
)
#: The kind of act a gerund or a noun of ACT_OF or GERUND_OBJECT names -> the ends of the act slugs of that kind
#: (processes.act_slug: a blocked receptor's blockade, a blocked enzyme's inhibition, an activated receptor's
#: activation).
ACT_KINDS = (
    (re.compile(r"^(block|inhibit|antagoni)", re.I), ("-blockade", "-antagonism", "-inhibition")),
    (re.compile(r"^(activat|stimulat)", re.I), ("-activation", "-stimulation")),
)


def _act_before(unit: Unit, before: list, ctx: Discourse) -> Subject | None:
    """The step before's act as the subject of a cue whose last mention before it is the act's target named as the
    object of a gerund or a noun of the same act ("1) X blocks T receptors. 2) Blocking these receptors increases
    Y", "Activation of these receptors raises Y"; decision 0685); None otherwise."""
    if not before or before[-1][3] != "MolecularTarget" or not ctx.outcome:
        return None
    act = GERUND_OBJECT.search(unit.text, 0, before[-1][0]) or ACT_OF.search(unit.text, 0, before[-1][0])
    if act and ctx.outcome.startswith(before[-1][2] + "-") and _same_act(act.group(1), ctx.outcome):
        return Subject(ctx.outcome, Decimal("0.6"), unit.text[act.start() : before[-1][1]])
    return None


def _same_act(word: str, act: str) -> bool:
    """Whether `word` (a gerund or noun of acting) names the kind of act the slug `act` is.

    >>> _same_act("Blocking", "histamine-h3-receptor-blockade"), _same_act("Activation", "x-receptor-blockade")
    (True, False)
    """
    return any(kind.match(word) and act.endswith(ends) for kind, ends in ACT_KINDS)


#: After a step's cue: the target of the step before named again ("This makes the receptor respond ...").
RESTATED_TARGET = re.compile(
    r"\b(the|this|that|these|those) (receptor|channel|transporter|enzyme|pump|target)s?\b", re.I
)
CLASS_PRONOUN = re.compile(r"^\s*(these|such) (drugs|medications|medicines)\b", re.I)
#: Where a clause ends, for the use status of the claim the clause states.
CLAUSE_BREAK = re.compile(r";|\b(but|whereas|while|although|however|unlike)\b")
CLAUSE_WORDS = (";", "but", "whereas", "while", "although", "however", "unlike")


#: Before a pronoun: a conjunction that opens a clause depending on the main clause ("X is avoided because it ...").
SUBORDINATE = re.compile(r"\b(because|since|as|although|though|so that|so)\s+$", re.I)


#: An "It" that opens a sentence: after a sentence about a condition that names no agent, it refers to the
#: condition ("Y affects the inner ear. It causes Z": Z is Y's course, not a drug's adverse effect; decision 0684).
#: Only with a verb of a condition's course after it ("It causes", "It can lead to", "It may also raise"): "It works by
#: ...", "It is taken ..." after such a sentence are still about the drug.
#: (decision 0747) A phrase of time may open that sentence before its "It" ("Over years it can lead to Y", "In the
#: long term, it may cause Z", "Eventually it damages W"): the subject is still the condition.
TIME_OPENINGS = (
    r"over (?:the |many |several )?(?:years?|time|months?|decades?)",
    r"(?:in|with|after) (?:the |many |several )?(?:years?|time|months?|decades?)",
    r"in the (?:long|longer) (?:term|run)",
    r"over the (?:long|longer) term",
    r"(?:eventually|later|later on|gradually|slowly|in time)",
)
#: Whose course a sentence about a condition opens with: "In other people it causes A", "In some patients it brings
#: B" (the condition's course in others than the story's person; decision 0889).
PEOPLE_OPENING = r"in (?:other|some|many|most|older|younger) (?:people|patients|adults|children|cases)"
CONDITION_PRONOUN = re.compile(
    r"\W*(?:(?:left|if|when) untreated,?\s+)?"
    r"(?:(?:" + "|".join((*TIME_OPENINGS, PEOPLE_OPENING)) + r"),?\s+)?it\b"
    r"(?:\s+(?:can|may|might|could|will|often|usually|also|sometimes|typically|commonly|then|eventually|gradually"
    r"|does not|doesn't|do not|rarely|seldom|never|not))*"
    # ("affects you": how the drug acts on the reader, "until you know how it affects you"; a condition's course
    # affects a part, "it affects the ear": decision 0813)
    r"\s+(?:causes?|causing|leads?|raises?|increases?|results?|brings?|produces?|affects?(?!\s+(?:you|him|her|them|me|us)\b)"
    r"|damages?|triggers?"
    # (decision 0781: what a condition does to the body over its course, "Over the years it strains the heart")
    r"|strains?|harms?|weakens?|narrows?|scars?|stiffens?|wears? out"
    # ("It makes her breathless on slopes", "it leaves him tired": what the condition does to the person; 0889)
    r"|(?:makes?|leaves?)\s+(?:you|her|him|them|me|us|people|someone))\b",
    re.I,
)
#: A coordinated clause's opening before a later "it" of a sentence that opened with the condition's "It" ("Over the
#: years it strains the heart, and it can lead to a stroke": the condition still; decision 0781).
COORDINATED_CLAUSE = re.compile(r"(?:,\s*and(?:\s+then)?|;|,\s*so|\band)\s+$", re.I)
#: Right before a pronoun: it names a condition, which can go untreated ("Left untreated, it raises the risk of Y";
#: "Left untreated over years, it ...", "If it is not treated, it ...": decision 0836).
UNTREATED = re.compile(
    r"\b(?:(?:left|if|when|if it is|if it's|when it is|when it's) untreated"
    r"|(?:if|when|unless) (?:it is|it's|it isn't|they are|they're) (?:not |never |properly )?treated)"
    r"(?:,?\s+(?:over|for) (?:many |several |a few |a |the )?(?:long |longer )?"
    r"(?:years?|months?|decades?|time|while|term|long))?,?\s+$",
    re.I,
)

#: The pronoun of such a condition clause itself ("If it is not treated, ...": decision 0836).
UNTREATED_ITSELF = re.compile(
    r"(?:(?<=\bif )|(?<=\bwhen ))(?:it is|it's|it isn't) (?:not |never |properly )?(?:un)?treated\b"
    r"|(?<=\bunless )(?:it is|it's) (?:properly )?treated\b",
    re.I,
)


def condition_pronoun(unit: Unit, ctx: Discourse, start: int) -> bool:
    """Whether the pronoun at `start` refers to a condition, not to a drug: "it" left untreated, or an "It" that opens
    the sentence after one about a condition (Discourse.said_of; decision 0684).

    >>> u = Unit("It causes Z.", [])
    >>> condition_pronoun(u, Discourse(said_of="y"), 0), condition_pronoun(u, Discourse(), 0)
    (True, False)
    >>> condition_pronoun(Unit("Left untreated it raises the risk of Z.", []), Discourse(), 15)
    True
    """
    if UNTREATED.search(unit.text, max(0, start - 60), start) or UNTREATED_ITSELF.match(unit.text, start):
        return True
    opener = CONDITION_PRONOUN.match(unit.text)
    # (or a story's person was said to have an illness under this heading, and no agent named since: "Margaret has Y.
    # Her heart works harder. It makes her breathless": the illness; decision 0889)
    story = bool(ctx.story_illness and ctx.story_illness[1] == unit.heading)
    if not ((ctx.said_of or ctx.asked_about or story) and opener and unit.text[start : start + 2].lower() == "it"):
        return False
    # the opening "It", or the "it" of a clause coordinated with it that says more of the course (decision 0781)
    return opener.end() > start or bool(
        COORDINATED_CLAUSE.search(unit.text, max(0, start - 12), start) and CONDITION_PRONOUN.match(unit.text, start)
    )


#: When a pronoun for the drug in focus refers to no drug: tests on the unit, the discourse and the pronoun's offset,
#: read in one place by every resolution of such a pronoun (decision 0706): a condition ("Left untreated, it ...", an
#: "It" after a sentence about a condition: 0684).
NOT_A_DRUG: tuple = ()  # (filled below, once the tests are defined)


def pronoun_referent(unit: Unit, pronoun: re.Match, classes: set | frozenset, ctx: Discourse) -> Subject:
    """The drug a pronoun for a drug (`pronoun`, a match of PRONOUN) refers to, with the words it was resolved from:
    nobody when a rule of NOT_A_DRUG says it is no drug; the main clause's subject when it opens a subordinate clause
    ("X is avoided because it ..."); else the drug in focus (when a drug fits `classes`).

    >>> u = Unit("It causes Z.", [])
    >>> pronoun_referent(u, PRONOUN.match(u.text), {"Drug"}, Discourse(focus="x")).slug
    'x'
    >>> pronoun_referent(u, PRONOUN.match(u.text), {"Drug"}, Discourse(focus="x", said_of="y")).slug is None
    True
    """
    if any(test(unit, ctx, pronoun.start()) for test in NOT_A_DRUG):
        return NOBODY
    main = main_subject(unit, pronoun.start(), classes)
    if (
        not main
        and ctx.main
        and "Drug" in classes
        and FORM_OPENING.match(pronoun.group(0))
        and not any(m[3] == "Drug" for m in unit.mentions)
    ):
        # ("The tablet half-life is about ten hours" after a partner's sentence: the document's drug; decision 1029)
        return Subject(ctx.main, Decimal("0.7"), pronoun.group(0))
    if main or (ctx.focus and "Drug" in classes):
        return Subject(main or ctx.focus, Decimal("0.7"), pronoun.group(0))
    return NOBODY


#: A drug named as no owner of what a sentence says, so neither the focus a later pronoun refers to nor (where a list of
#: effects or a prohibition needs an owner) the owner: the words before its name, how far back they are looked for,
#: and the decision (one table for the resolutions of decisions 0622, 0692 and 0701: decision 0706). A chemical the
#: body makes (doubts.ENDOGENOUS: "a rise in uric acid", "more dopamine") is none either (0643, 0701).
NO_OWNER = (
    # named as what a product contains: "the chewable tablets contain aspartame" (0622)
    (re.compile(r"\bcontain(s|ing)?( \w+)?\s+$", re.I), 30),
    # an example of a group the sentence names: "people still taking opioids, including methadone or
    # buprenorphine", "strong painkillers such as morphine" (0692)
    (
        re.compile(
            r"\b(including|such as|like|e\.g\.,?|for example,?|for instance,?|especially|particularly|notably)\s+"
            r"([\w'-]+(,\s*|\s+(and|or)\s+))*$",
            re.I,
        ),
        60,
    ),
    # what the medicine becomes in the body, "the capsule is turned into a substance called B", "it is broken down to
    # its active form, B", "converted into B": the medicine's own form, no owner of what the text says next - the
    # medicine keeps its claims, however often the text names B (decision 1096)
    (
        re.compile(
            r"\b(?:(?:convert|turn)(?:s|ed|ing)?(?:\s+[\w-]+){0,3}?\s+into|converted\s+to|becomes?"
            r"|(?:broken|breaks?|breaking)\s+down\s+(?:in)?to|metaboli[sz](?:es|ed|ing)?\s+(?:in)?to)\s+"
            r"(?:(?:its|an?|the)\s+)?(?:(?:[\w-]+\s+){0,2}(?:called|named|known\s+as)\s+"
            r"|(?:main\s+|more\s+)?active\s+(?:form|metabolite|drug|substance),?\s+(?:called\s+)?)?$",
            re.I,
        ),
        80,
    ),
)


#: A hormone the body makes that is also a medicine (oestrogen in HRT, insulin injections): named as the body's own
#: (its level, the body's making of it, less of it) it is a mechanism's messenger, no owner of a side-effect list or a
#: later pronoun ("Blocking it lowers the amount of oestrogen in the body", then "- hot flushes"); named as what is
#: taken ("HRT contains oestrogen", "insulin injections") it stays a drug (decision 0838). The names, the words before
#: the name and their reach, and the words right after it. (decision 0848: "Starved of oestrogen", "deprived of X",
#: and the body's messenger named by its kind, "the hormone oestrogen", "a hormone called insulin")
#: (decision 0859) also a hormone named as one ("luteinising hormone", "follicle-stimulating hormone", "growth
#: hormone"), and its monthly surge, release or peak as the body's ("cuts the monthly surge of luteinising hormone",
#: then "It may cause weight gain": the medicine's, never the hormone's)
BODY_HORMONE = re.compile(rf"^(?:{HORMONES})$", re.I)
BODY_HORMONE_BEFORE = (
    re.compile(
        r"(\b(your|her|his|their|the\s+body's|a\s+woman's|a\s+man's)(\s+own)?(\s+natural)?"
        r"|\b(amount|amounts|level|levels|production|supply|making|surges?|release|secretion|peaks?)\s+of"
        r"(\s+(the|your|natural))?"
        r"|\b(less|lower|low|lowers?|lowering|lowered|reduces?|reducing|reduced|cuts?|cutting|blocks?|blocking|"
        r"falling|drop\s+in|fall\s+in|lack\s+of|loss\s+of|starved\s+of|deprived\s+of)(\s+(the|your))?"
        # (the body's messenger named by its kind, "reacts to the hormone oestrogen": decision 0848)
        r"|\b(the|a)\s+(female\s+|male\s+|sex\s+)?hormones?(\s+called)?"
        r"|\b(body|ovaries|testes|pancreas)(\s+to)?\s+(makes?|making|produces?|producing|stops?\s+making)"
        # (decision 1029: none of it at all, "No oestrogen, so the patches shrink")
        r"|(^|[.!?:]\s+|\n)no"
        # (what a hormone-driven illness lives on, "the patches feed on oestrogen", "a cancer fuelled by testosterone",
        # "oestrogen-sensitive" said "sensitive to oestrogen": the body's own, not the medicine; decision 1096)
        r"|\b(feeds?|fed|feeding|thrives?|thriving|depends?|depending|relies|rely|relying)\s+on"
        r"|\b(driven|fuelled|fueled|fed|stimulated)\s+by|\bsensitive\s+to)\s+$",
        re.I,
    ),
    40,
)
#: (decision 1029) its level moving, "Oestrogen drops to menopause levels", "testosterone falls": the body's own.
BODY_HORMONE_AFTER = re.compile(
    r"\s+(levels?|production)\b|\s+(in|from)\s+(the|your)\s+(body|blood)\b"
    r"|\s+(drops|dropped|falls|fell|rises|rose|goes\s+(up|down)|went\s+(up|down))\b",
    re.I,
)


def body_hormone(unit: Unit, mention: tuple) -> bool:
    """Whether a mention names a hormone as the body's own, not as a medicine taken (BODY_HORMONE, decision 0838).

    >>> u = Unit("It lowers the level of testosterone in the body.", [(23, 35, "testosterone", "Drug")])
    >>> body_hormone(u, u.mentions[0])
    True
    >>> u = Unit("Testosterone gel can cause acne.", [(0, 12, "testosterone", "Drug")])
    >>> body_hormone(u, u.mentions[0])
    False
    """
    return body_hormone_at(unit.text, mention[0], mention[1])


def body_hormone_at(text: str, start: int, end: int) -> bool:
    """`body_hormone` for the name at text[start:end] (also for counting a document's drugs: extract.py)."""
    if body_substance_at(text, start, end):  # ("kidneys no longer handle vitamin D", "vitamin D receptors": 0920)
        return True
    if not BODY_HORMONE.match(text[start:end]):
        return False
    words, reach = BODY_HORMONE_BEFORE
    return bool(words.search(text, max(0, start - reach), start) or BODY_HORMONE_AFTER.match(text, end))


def no_owner(unit: Unit, mention: tuple) -> bool:
    """Whether a drug's mention names no owner of the sentence's statements (NO_OWNER, or a chemical the body makes).

    >>> no_owner(Unit("Opioids, including methadone", [(19, 28, "methadone", "Drug")]), (19, 28, "methadone", "Drug"))
    True
    """
    if ENDOGENOUS.match(unit.text[mention[0] : mention[1]]) or body_hormone(unit, mention):
        return True
    if BODY_MAKES.search(unit.text, max(0, mention[0] - 60), mention[0]):
        return True  # ("the body makes far less homogentisic acid": what the body makes owns nothing; decision 0955)
    if mention[2] in FOOD_SLUGS:  # ("- Y is common; taking the dose with food helps": a food owns no effect, 0748)
        return True
    return any(words.search(unit.text, max(0, mention[0] - reach), mention[0]) for words, reach in NO_OWNER)


class Subject(NamedTuple):
    """Who a cue is about: an entity named in the unit, or the referent of the words `resolved_from`."""

    slug: str | None
    confidence: Decimal = Decimal("0.8")
    resolved_from: str = ""


NOBODY = Subject(None, Decimal(0))


def _aside(text: str, mention: tuple) -> bool:
    """Whether a mention is named only in passing: compared with ("unlike B", "than B", "versus B"), given as an
    example ("a Y like B"), as what something is ("it is not classified as a pain reliever", "Both are CNS
    depressants"), or as the cause of a condition ("clozapine-induced seizures")."""
    if LACKED_BEFORE.search(text, max(0, mention[0] - 20), mention[0]) and LACKED_AFTER.match(text, mention[1]):
        return True  # "it has no anticholinergic action": a property denied (decision 0675)
    return bool(ASIDE.search(text, max(0, mention[0] - 60), mention[0]) or INDUCED.match(text, mention[1]))


def _owner_stated(unit: Unit, at: int) -> bool:
    """Whether "of ..." after a noun such as "side effects" (at `at`) names its owner ("of lithium"), not its items
    ("the side effects of nausea and vomiting": a condition named there is an item)."""
    stated = STATED_OWNER.match(unit.text, at)
    if not stated:
        return False
    return not any(m[0] == stated.end() - 1 and m[3] not in AGENT for m in unit.mentions)


def main_subject(unit: Unit, pronoun: int, classes: set) -> str | None:
    """The main clause's subject a pronoun at `pronoun` refers to when it opens a subordinate clause ("X is avoided
    in pregnancy because it can cause Y": "it" is X, not a drug of an earlier sentence): the sentence's first agent,
    if it is not named in passing and fits `classes`; else None (the pronoun is resolved as before).

    >>> u = Unit("X is avoided because it can cause Y.", [(0, 1, "x", "Drug"), (34, 35, "y", "Symptom")])
    >>> main_subject(u, 21, {"Drug"}), main_subject(u, 21, {"DrugClass"})
    ('x', None)
    >>> u = Unit("X came later: she left B because it gave her Y.", [(0, 1, "x", "Drug"), (23, 24, "b", "Drug")])
    >>> main_subject(u, 33, {"Drug"})
    'b'
    """
    if not SUBORDINATE.search(unit.text, 0, pronoun):
        return None
    agents = [m for m in unit.mentions if m[1] <= pronoun and m[3] in AGENT]
    # (the main clause is the one the subordinate clause hangs from: after a colon or semicolon, its own agents; "A
    # was not the first choice: she could not take B because it gave her Y" is B's Y; decision 0955)
    mark = max(unit.text.rfind(":", 0, pronoun), unit.text.rfind(";", 0, pronoun))
    if mark >= 0 and any(m[0] > mark for m in agents):
        agents = [m for m in agents if m[0] > mark]
    if agents and agents[0][3] in classes and not _aside(unit.text, agents[0]):
        return agents[0][2]
    return None


#: A comparison that opens the sentence, up to its comma ("Unlike some older X medicines, it ..."): what it names owns
#: no value, side effect or prohibition of the sentence (decision 0836).
OPENING_COMPARISON = re.compile(r"[\W_]*(?:unlike|compared (?:with|to)|in contrast to)\s+[^,;:.]*,", re.I)


def agent_subject(
    unit: Unit, before: int, classes: set, ctx: Discourse, *, acting: bool = False, owning: bool = False
) -> Subject:
    """The subject of a cue at `before`: the nearest fitting mention before it that is not named in passing (a
    comparison, an example, a predicate noun), else the referent of a pronoun or definite description in the unit.
    A sentence without either has no subject: the drug in focus is never assumed, except for the items of a list
    under a heading (the heading names what they are about). `acting`: the cue says what the subject does, so a drug
    named as the owner of a level or a pathway is no subject ("lowering X levels relieved Y": the level acts);
    an interaction cue leaves it ("X levels rise when it is taken with B"). `owning`: the subject owns a list of side
    effects or a prohibition, which a chemical the body makes never does ("- Common: gout, from a rise in uric acid,
    and dizziness": the drug's, decision 0701)."""
    if unit.subject:
        return Subject(unit.subject)
    if "ombination" in unit.text and COMBINATION.search(unit.text, max(0, before - 60), before):
        return NOBODY  # "because the combination can cause Y": no one drug's doing (decision 0622)
    cands = [m for m in unit.mentions if m[1] <= before and m[3] in classes]
    if owning:
        cands = [m for m in cands if m[2] in (ctx.focus, ctx.main) or not no_owner(unit, m)]
        compared = OPENING_COMPARISON.match(unit.text)
        if compared:  # ("Unlike some older epilepsy medicines, it ...: its half-life is": no owner; decision 0836)
            cands = [m for m in cands if m[0] >= compared.end()]
    main = [m for m in cands if not _aside(unit.text, m) and not (acting and MEASURED.match(unit.text, m[1]))]
    # the clause of the cue first: "A does not treat X; B treats X", "A is used for X, but it can cause Y"
    opened = max(clause_start(unit.text.lower(), before), _pronoun_clause(unit, before))
    own = [m for m in main if m[0] >= opened]
    pronoun = PRONOUN.search(unit.text, opened, before)
    # (no scan where none of its words is in the sentence: decision 0756)
    group = (
        GROUP_PRONOUN.search(unit.text, max(opened, before - 50), before)
        if lowered.may_match(GROUP_PRONOUN, unit.text)
        else None
    )
    if group and _group_of_others(unit, group.start(), classes):
        return NOBODY  # "X does not interact with A or B, so either can be used for Y": A or B, not X (0697)
    if own and ELIDED_SUBJECT.search(unit.text, max(0, before - 12), before):
        # "It belongs to the A family and is a B", "X blocks A and is used for Y": the coordinated predicate's
        # elided subject is the clause's subject, never the last noun before "and" (decision 0755)
        own = [] if pronoun and pronoun.start() < own[0][0] else own[:1]
    if (
        len(own) > 1
        and LABEL_BEFORE.fullmatch(unit.text, 0, own[0][0])
        and LABEL_AFTER.match(unit.text, own[0][1])
        and not LABEL_PRONOUN.search(unit.text, own[1][1])
    ):
        # "- A: B is preferred for Y": the label names what the item is about, B is the subject (0812); "- A: B does
        # not interact with it" keeps the label, the pronoun's referent
        own = own[1:]
    if own:
        # "A treats X, and B treats Y": the agent that opens the cue's own coordinated clause, else the first drug
        opening = [m for m in own if NEW_CLAUSE.search(unit.text, max(0, m[0] - 20), m[0])]
        if opening:
            return Subject(opening[-1][2])
        drugs = [m for m in own if m[3] == "Drug"]
        return Subject((drugs[0] if drugs else own[-1])[2])
    if pronoun and condition_pronoun(unit, ctx, pronoun.start()):
        return NOBODY  # "Y affects the ear. It causes Z": the condition's course (decision 0684)
    if pronoun and "Drug" in classes:
        earlier = [m for m in main if m[3] == "Drug"]
        if earlier and (
            _pronoun_first(unit, earlier[0][0]) or PARTNER_OF_IT.search(unit.text, earlier[0][1], pronoun.start())
        ):
            # "The GP prescribed it alongside B, and it is used to prevent Y": a repeated "it" keeps the referent of
            # the first, which stood before B (decision 0859); (decision 1029) and a drug named as the partner of an
            # "it" ("The aspirin is fine with it, and it doesn't interact with B") is never that "it"'s referent
            earlier = []
        if earlier:  # the pronoun of a later clause refers to the sentence's drug
            return Subject(earlier[0][2], Decimal("0.7"), pronoun.group(0))
    if main and not pronoun:
        drugs = [m for m in main if m[3] == "Drug"]
        return Subject((drugs[0] if drugs else main[-1])[2])
    pronoun = pronoun or PRONOUN.search(unit.text, 0, before)
    words = CLASS_PRONOUN.search(unit.text)
    if words and ctx.last_class and "DrugClass" in classes:
        return Subject(ctx.last_class, Decimal("0.7"), words.group(0).strip())
    if pronoun and ctx.focus and "Drug" in classes and not condition_pronoun(unit, ctx, pronoun.start()):
        return pronoun_referent(unit, pronoun, classes, ctx)
    named = any(
        (m[3] == "Drug" or (m[3] in AGENT and m[1] <= before))
        and not (owning and m[2] not in (ctx.focus, ctx.main) and no_owner(unit, m))
        for m in unit.mentions
    )
    topic = ctx.main or ctx.focus
    if topic and "Drug" in classes and not named:
        # a noun whose owner goes without saying: "Common side effects include X", "Abrupt withdrawal can cause Y"
        # (the document's drug: a pronoun refers to the drug last named, an unstated owner to the topic), or the
        # items of a list under a heading
        owner = IMPLICIT_OWNER.search(unit.text)
        if owner and not _owner_stated(unit, owner.end()):
            return Subject(topic, Decimal("0.5"), owner.group(0))
        gerund = OPENING_GERUND.match(unit.text)
        if gerund:  # "2. Binding to T reduces ...": a mechanism step, the drug's act named as a noun (0634)
            return Subject(topic, Decimal("0.5"), gerund.group(1))
        # (or under a marked question heading of side effects standing for the heading, "## What side effects should
        # I expect?" in a page whose only heading is its title: decision 0739)
        heading = unit.heading or (ctx.section if ctx.section_marked and EFFECTS_HEADING.search(ctx.section) else "")
        # (a numbered line's first sentence under a lead ending in ":" owns as a bullet does, for an owning cue: 0848)
        listed = unit.bullet or (owning and unit.numbered and bool(ctx.lead))
        if listed and heading and not _condition_acts(unit, before):
            return Subject(topic, Decimal("0.5"), heading)
    return NOBODY


#: A pronoun for the drug in focus ("it", "the medicine"), not its possessive: "its" may be another noun's.
FIRST_PRONOUN = re.compile(r"\b(it|the (drug|medicine|medication)|this (drug|medicine|medication))\b(?!')", re.I)


#: After a drug, before a later pronoun of its sentence: an "it" the drug is named with, as its partner ("The aspirin
#: is fine with it, and it ...", "B is safe alongside it"): the drug is not that "it", nor the later one (decision
#: 1029).
PARTNER_OF_IT = re.compile(r"\b(with|alongside|besides?)\s+it\b(?!['\u2019])", re.I)
#: A sentence that opens with the drug's form ("The tablet half-life is ...", "The capsules are ..."; PRONOUN's last
#: part): the document's drug, not a partner in focus, unless the sentence names a drug of its own (decision 1029).
FORM_OPENING = re.compile(r"^\s*(\*\*|__)?the\s", re.I)


def _pronoun_first(unit: Unit, at: int) -> bool:
    """Whether a pronoun for the drug in focus stands in the unit before offset `at` (the sentence's first drug): a
    later pronoun of the sentence is then that pronoun's referent, not the drug named after it (decision 0859).

    >>> _pronoun_first(Unit("Her GP gave it with B, and it is used for Y.", []), 22)
    True
    >>> _pronoun_first(Unit("B is given first, and it is used for Y.", []), 0)
    False
    """
    return bool(FIRST_PRONOUN.search(unit.text, 0, at))


#: Right before a cue: a coordinated clause's own subject, the words between the conjunction and the cue (with no
#: comma or bracket between: "..., and long-term steroid tablets also cause Y") (decision 0720).
CLAUSE_OF_ITS_OWN = re.compile(r"(?:,\s*(?:and|but|whereas|while)|;\s*(?:and\s+|but\s+)?)\s+([^,;:()]+?)\s*$", re.I)
#: At the end of such a subject: modal verbs and adverbs that belong to the cue's verb phrase.
VERB_WORDS = re.compile(
    r"(\s+|^)((also|then|often|usually|sometimes|rarely|commonly|occasionally|still|even|can|may|might|could|will|"
    r"would|should|must|does|do|did|not|never|n't|[a-z]+ly"
    # (a contracted negative, ", and it doesn't interact with B": the clause's subject is "it"; decision 1029)
    r"|[a-z]+n['\u2019]t)\b\s*)+$",
    re.I,
)
#: A clause subject that is the drug or its reader after all: a pronoun, a group of people, the drug's dose, form or
#: use ("and high doses can cause Y", "and the tablets may cause Y"), or no subject but a phrase of time or place
#: opening the clause ("and in rare cases can cause Y").
THE_DRUGS_OWN = re.compile(
    r"^(((the|this|these|its|your|their|a|an|some|high|higher|large|larger|low|lower|regular|long-term|prolonged|"
    r"repeated|too many|too much|daily|single|extra)\s+)*(doses?|dosage|dosing|overdoses?|use|treatment|tablets?|"
    r"capsules?|pills?|injections?|medicines?|medications?|drugs?|creams?|gels?|patch(es)?|inhalers?|therapy|"
    r"combination)\b"
    r"|(in|at|with|for|during|after|before|over|under|when|if|once|as|so|then|even|especially|only|taking|using"
    r"|stopping)\b)"
    r"|\b(it|its|they|them|their|this|these|those|he|she|you|we|people|patients|children|adults|women|men|users|"
    r"anyone|someone|everyone|both|either|each)\b",
    re.I,
)


#: At the end of a clause's subject words: an auxiliary of the cue's verb ("it is [used]", "it has [been shown]").
AUXILIARY_END = re.compile(r"(\s+(is|are|was|were|has|have|had|be|been|being))+$", re.I)


#: At the end of such a clause's words before a noun cue: "has no (known)", "have no" (the denial's own verb).
HAS_NO_END = re.compile(r"\s+(has|have|had)\s+(no|not\s+any)(\s+(known|real|important|significant|harmful))?$", re.I)
#: ... and a noun cue's determiner: "and it is not a [treatment for Y]", "and it is one of the [treatments]" (decision
#: 0891: "It is not a vaccine, and it is not a treatment for Y" is the drug's denial, not the vaccine's).
NOUN_CUE_DETERMINER = re.compile(r"\s+(an?|the|one\s+of\s+the)$", re.I)


def _pronoun_clause(unit: Unit, before: int) -> int:
    """Where a coordinated clause whose subject is a pronoun for the drug starts, when the cue at `before` is in it
    (", and it is an X", "; it also Y"); else 0. The mentions before it (a class named with a relative clause after
    it: "belongs to the group called A, which widen vessels, and it is a B") are no subject of its cue (decision 0747).

    >>> _pronoun_clause(Unit("It is called A, which relax vessels, and it is a B.", []), 44)
    41
    >>> _pronoun_clause(Unit("A relaxes vessels, and B is a C.", []), 25)
    0
    >>> _pronoun_clause(Unit("It is not a V, and it is not a treatment for Y.", []), 31)
    19
    """
    clause = CLAUSE_OF_ITS_OWN.search(unit.text, max(0, before - 80), before)
    if not clause:
        return 0
    words = NOUN_CUE_DETERMINER.sub("", clause.group(1))
    cut = VERB_WORDS.search(words)
    subject = (words[: cut.start()] if cut else words).strip()
    # (", and it is used to prevent Y": the copula or auxiliary too belongs to the cue's verb phrase; decision 0859)
    subject = AUXILIARY_END.sub("", subject)
    # (", and it has no known interaction with Y": the verb of a noun cue's denial belongs to it; decision 0887)
    subject = HAS_NO_END.sub("", subject)
    return clause.start(1) if subject and PRONOUN.fullmatch(subject) else 0


def unknown_clause_subject(unit: Unit, before: int, verbal: bool = True, subject_of: str | None = None) -> bool:
    """Whether the cue at `before` opens a coordinated clause with a subject of its own that names no mention and no
    word for the drug ("the fall in A speeds up Z, and long-term steroid tablets also cause Y": not A's Y); then no
    earlier entity is the cue's subject (decision 0720). The subject is one only before a verb: modal verbs or adverbs
    end it, or the cue is `verbal` (opens with one). With `subject_of` (the subject a rule found), a clause subject
    that names only other entities (of a class the rule does not take) is a subject of its own too.

    >>> unknown_clause_subject(Unit("A thins the blood, and some herbal teas also cause Y.", []), 39)
    True
    >>> unknown_clause_subject(Unit("A thins the blood, and it can also cause Y.", []), 35)
    False
    """
    clause = CLAUSE_OF_ITS_OWN.search(unit.text, max(0, before - 80), before)
    if not clause:
        return False
    words = NOUN_CUE_DETERMINER.sub("", clause.group(1))
    cut = VERB_WORDS.search(words)
    subject = words[: cut.start()] if cut else words
    if not (cut or verbal):
        return False  # "..., but the most common side effects are Y": the words modify a noun cue, no subject
    if not subject.strip() or THE_DRUGS_OWN.search(subject.strip()):
        return False
    start = clause.start(1)
    inside = [m for m in unit.mentions if start <= m[0] < before]
    return not inside or (subject_of is not None and all(m[2] != subject_of for m in inside))


#: Between a condition and a cue: only modal verbs and adverbs ("a dry mouth raises the risk of Y", "dizziness can
#: lead to Y"): the condition is the cue's subject.
CONDITION_THEN_CUE = re.compile(
    r"[*_]*\s+((\w+ly|also|then|often|sometimes|can|may|might|could|will|would)\s+)*([a-z]+s\s+((the|a|an)\s+)?)?", re.I
)


def _condition_acts(unit: Unit, before: int) -> bool:
    """Whether the cue at `before` has a condition as its subject ("- regular dental checks, because a dry mouth
    raises the risk of tooth decay"): the condition's course, not the heading's drug's effect (decision 0706).

    >>> _condition_acts(Unit("- because dry mouth raises the risk of Z", [(10, 19, "xerostomia", "Symptom")]), 20)
    True
    """
    last = [m for m in unit.mentions if m[1] <= before]
    return (
        bool(last)
        and last[-1][3] in COND_CLASSES
        and bool(CONDITION_THEN_CUE.fullmatch(unit.text, last[-1][1], before))
    )


#: The classes of a condition (a disease or a symptom) that may stand as a cue's subject.
COND_CLASSES = frozenset({"Disease", "Symptom"})


#: Opening a clause: a pronoun of several things named before ("so either can be used for Y", "both may help"): the
#: subject is those things, not the sentence's first drug (decision 0697).
GROUP_PRONOUN = re.compile(
    r"(^|[,;:]|\b(and|so|but|then))\s*(either|both|neither|each)( one| of them| of these)?\s+"
    r"((can|may|might|could|will|would|should|is|are|be|also|often|usually|safely)\s+)*$",
    re.I,
)
#: Between two mentions: a coordination ("A or B", "A and B", "A, B").
COORDINATED = re.compile(r"\s*(,|,?\s+(or|and))\s+")


def _group_of_others(unit: Unit, at: int, classes: set) -> bool:
    """Whether the group pronoun at `at` stands for the last pair of coordinated mentions before it, the sentence's
    first drug not among them ("X does not interact with A or B, so either ...": A and B).

    >>> u = Unit("X does not interact with A or B, so either", [(0, 1, "x", "Drug"), (25, 26, "a", "Drug"),
    ...     (30, 31, "b", "Drug")])
    >>> _group_of_others(u, 35, {"Drug"})
    True
    """
    named = [m for m in unit.mentions if m[1] <= at and m[3] in classes]
    if len(named) < 3 or not COORDINATED.fullmatch(unit.text, named[-2][1], named[-1][0]):
        return False
    return named[0][2] not in (named[-2][2], named[-1][2])


#: Right before a cue: its subject is a combination of drugs, not one of them ("the combination can cause Y").
COMBINATION = re.compile(
    r"\b(the|this|that|such a|a) combination\s+((can|may|might|could|will|would|also|often|sometimes)\s+)*$", re.I
)
#: Before a mention: a comma and a conjunction (or a semicolon) that coordinate a new clause ("..., and B treats Y").
#: "... and is a Y", "... and also are Y": a coordinated predicate whose subject is elided (decision 0755)
ELIDED_SUBJECT = re.compile(r"\band (also |so )?$", re.I)
#: A list item's label: the name that opens the item, then a colon ("- Ibuprofen: ..."); a later drug of the item's
#: clause is that clause's subject, never the label (decision 0812).
LABEL_BEFORE = re.compile(r"[\s*_>#•–-]*")
LABEL_AFTER = re.compile(r"[*_]{0,2}\s*:")
#: After the item's later drug: a pronoun that takes the label back ("- Amiodarone: orlistat does not interact
#: with it").
LABEL_PRONOUN = re.compile(r"\b(it|them)\b", re.I)
#: ", so B is preferred for Y": a consequence with its own drug as subject is B's, not the first drug's (0812)
NEW_CLAUSE = re.compile(r"(,\s*(and|but|while|whereas|then|so)|;)\s+((the|a|an) )?$", re.I)
#: A noun whose owner is the drug in focus when the sentence names no agent: a definite description of the drug's
#: effects, use or stopping ("Common side effects include ...", "Another application is ...", "Abrupt withdrawal").
IMPLICIT_OWNER = re.compile(
    r"\b((the|its|common|other|serious|rare|possible|main|most common|another|abrupt|sudden|further)\s+)*"
    r"(side[- ]effects?|adverse (effects?|reactions?)|withdrawal|cessation|discontinuation|application|"
    r"off-label use|(long-term|prolonged|regular|chronic|daily|heavy|excessive) use|dos(e|age))\b",
    re.I,
)
#: A sentence (or numbered or bulleted step) that opens with the drug's act on a target named as a gerund: "2. Binding
#: to T reduces the release of Y", "Blocking T lowers Y" (its doer is the document's drug; decision 0634).
#: Stricter than GERUND_OPENER (above) in its verb ("binding to", never bare "binding"), looser in what may open the
#: unit (a number, a bullet): it names the subject of a unit that names no agent, with no target to guard it.
OPENING_GERUND = re.compile(
    r"^\W*(?:\d+[.)]\s+)?((?:binding|attaching|latching) (?:on ?)?to|blocking|inhibiting|antagoni[sz]ing|"
    r"activating|stimulating|occupying)\b",
    re.I,
)
#: Words before a mention that name it in passing: a comparison ("unlike most B", decision 0723), an example, or a
#: predicate noun after a copula (its "not" may open a Markdown emphasis: "is **not an antibiotic**", decision 0667;
#: the contracted "it's not a B", decision 0925).
ASIDE = re.compile(
    r"\b(unlike( (most|many|some|other|all|several|the))*|than( (with|for|on|in))?|versus|vs\.?|"
    r"compared (with|to)|instead of|rather than|"
    r"as with|like|such as|"
    # what someone is allergic to: "an allergic reaction to another H2 blocker" (decision 0675)
    r"(allergic (reaction )?|allergy |hypersensitivity |sensitive )to (another|other|any|an?|the)( [\w-]+)?|"
    r"(is|are|was|were|be|been)(n['’]t| (?:\*\*?|__?)?not)?( \w+ly)? "
    r"(classified |considered |regarded |thought of )?as( an?| the)?( [\w-]+){0,2}|"
    r"(is|are|was|were)(n['’]t| (?:\*\*?|__?)?not)?( an?| the)( [\w-]+){0,2}|"
    # the contracted copula, "It's not a painkiller", "it's an antibiotic" (decision 0925)
    r"['’]s( (?:\*\*?|__?)?not)? (an?|the)( [\w-]+){0,2}|"
    r"(is|are|was|were)(n['’]t| (?:\*\*?|__?)?not)?( \w+ly)?)\s*$",
    re.I,
)
#: Before and after a class: an action it names that something lacks ("it has no anticholinergic action",
#: "without sedating effects"): a property, not an agent of the sentence's verb (decision 0675).
LACKED_BEFORE = re.compile(r"\b(no|without|little|lacks?|lacking)\s+(\*\*?|__?)?$", re.I)
LACKED_AFTER = re.compile(r"(\*\*?|__?)?\s+(actions?|activity|effects?|propert(y|ies))\b", re.I)
#: After a drug's name: it names the cause of what follows, not an agent of the sentence's verb.
INDUCED = re.compile(r"-?(induced|related|associated|dependent)\b", re.I)
#: After a drug's name: a quantity or pathway of it ("lowering X levels relieved Y"): the level acts, not the drug.
MEASURED = re.compile(
    r"[ -](levels?|concentrations?|trough|signals?|signall?ing|pathways?|inhibition|projections?)\b", re.I
)
#: After a noun of IMPLICIT_OWNER: its owner is stated ("the side effects of lithium"), so it is not the drug in
#: focus, unless the words name the drug in focus ("of the drug", "of this treatment", "of it").
STATED_OWNER = re.compile(
    r"\s+of\s+(?!(the|this|these|such|its)\s+(drug|medicine|medication|treatment|therapy)s?\b|it\b|them\b)\w", re.I
)


#: Right before a process cue, after the last mention: a coordinated verb without its own subject.
SHARED_SUBJECT = re.compile(
    r"\s\w[^.;]*?,?\s+(and|or|but)\s+((\w+ly|also|then|often|sometimes|can|may|might|could|will|would)\s+)*$", re.I
)
#: After a condition's mention: a head noun it only modifies ("pain signalling", "pain inhibition"): what acts is the
#: signalling or the inhibition, not the condition (decision 0675).
#: (and a medicine it names the use of: "taking any migraine tablet too often can cause Y" is the tablet's doing, not
#: the migraine's; decision 0892)
CONDITION_MODIFIES = re.compile(
    r"[ -](signals?|signall?ing|pathways?|inhibition|thresholds?|transmission|tablets?|pills?|medicines?|medications?|"
    r"drugs?|inhalers?|remed(y|ies)|treatments?)\b",
    re.I,
)
#: Before a condition's mention: "for" or "from" (with a determiner or possessive and two words at most) making it
#: the object of a phrase that qualifies another noun ("the chemo for his leukaemia", "the kind used for breast
#: cancer", "a scar from a bad fever"): a process cue after it has that noun as its subject, never the condition
#: (decision 1132; "with" is left: "With less X, ..." opens a step of its own, decision 1089). Only after a word or a
#: comma: a sentence that opens with "For many Ys causing Z" has the illness itself as the head.
FOR_OR_FROM_BEFORE = re.compile(
    r"(?<=[\w,])\s+(for|from)\s+((the|an?|his|her|their|your|my|our|its|this|that|these|those)\s+)?([\w'-]+\s+){0,2}$",
    re.I,
)
#: Between an object of a pronoun's verb and a process cue: only "or"/"and" ("it will not relieve pain or make you
#: drowsy": the cue is the pronoun's second verb, the mention the first verb's object; decision 0675).
BARE_OR = re.compile(r"\s+(or|and)\s+")
PRONOUN_VERB = re.compile(
    r"\b(it|they)\s+((will|can|may|might|could|would|does|do|did|should)\s+)?(not\s+|n't\s+|never\s+)?"
    r"[a-z]+\s+((the|your|their|any|some)\s+)?$",
    re.I,
)
#: Right after a mention, up to a cue: a verb coordinated after the noun with its own modal ("Y and can cause Z") is the
#: clause subject's, not Y's (decision 0647).
COORDINATED_VERB = re.compile(
    r",?\s+(and|or|but)\s+((\w+ly|also|then|often|sometimes)\s+)*(can|may|might|could|will|would)\s+((\w+ly|also)\s+)*$",
    re.I,
)
#: Between a mention and a process cue: a colon or semicolon ends the mention's clause ("used to treat Y: doses that are
#: too high cause Z": Y is not what causes Z; decision 0647).
CLAUSE_END = re.compile(r"[:;]")
#: Between a mention and a class right after it: an apposition's opening ("Atenolol, a beta blocker, ..."); after the
#: class, its closing comma and the verb's auxiliaries: the class names what the mention is, the verb is the
#: mention's (decision 0892).
APPOSED_CLASS = re.compile(r",\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}", re.I)
APPOSITION_CLOSED = re.compile(
    r",\s+(?:(?:which|that)\s+)?((can|may|might|also|then|usually|often|will|does|do)\s+)*", re.I
)
#: Between a verb's object and a cue: a bare "and" or "or" ("speed up the heart and lower blood pressure", "does not
#: slow the heart rate or lower the blood pressure").
BARE_AND = re.compile(r"\s+(and|or)\s+((also|then|can|may|might|could|will|would)\s+)*", re.I)


def _governing_verb(text: str, mention: tuple) -> int | None:
    """Where the verb of raising, lowering, slowing or widening whose object `mention` is starts (processes.QUANTITY,
    PACED_ORGAN, vessel_acts.VESSEL_VERB), else None."""
    from graph_build.text import processes  # (processes imports this module through vessel_acts)

    start = max(0, mention[0] - 60)
    for pattern, group in ((processes.QUANTITY, "q"), (processes.PACED_ORGAN, "q"), (processes.VESSEL_VERB, "np")):
        for m in pattern.finditer(text, start, mention[1]):
            if m.span(group) == (mention[0], mention[1]):
                return m.start()
    return None


#: Right before a process cue, after the last mention: a personal subject pronoun of its own clause, with only
#: auxiliaries and adverbs between ("Too many platelets can cause clots, and, oddly, they can also cause bleeding":
#: the clots cause nothing; "they" is not resolved here, so the cue has no subject; an "it" with an auxiliary of its
#: own that no clause opener resolved, "unlike a beta blocker it does not slow Y", neither; decision 0892).
OWN_SUBJECT_PRONOUN = re.compile(
    r"\b(they|he|she|we)\s+((can|could|may|might|will|would|do|does|did|also|then|often|sometimes|rarely|even|"
    r"both|all|each|not|n't|actually|oddly|still|in turn|themselves)\s+)*$"
    # ("unlike a beta blocker it does not slow Y": an "it" with its own auxiliary; not "make it useful")
    r"|\bit\s+((can|could|may|might|will|would|do|does|did|also|not|n't|never)\s+)+$",
    re.I,
)
#: Between a mention and a cue: a relative clause after a comma ("..., which reduces Y"), and before a mention: a
#: preposition whose object it is ("binds to the subunit of T"): the clause is about the event, not about T.
WHICH_CLAUSE = re.compile(r"[^.;,]*,\s*which\s+((can|may|might|also|then|in turn|further)\s+)*", re.I)
PREPOSITION_BEFORE = re.compile(r"\b(to|of|on|at|in|into|with|from)\s+((the|an?)\s+)?([\w-]+\s+){0,2}$", re.I)
#: Before a mention: the group it qualifies, in a phrase set off by a comma before the cue ("In people with X, ...").
GROUP_WITH = re.compile(
    rf"\b(in|for|among) ({people('someone')})( who have| with)\s+"
    r"((the|an?|their)\s+)?$",
    re.I,
)
#: Before a pronoun: a relative pronoun after a preposition, whose clause the pronoun is the subject of ("a pathway
#: in which the drug raises Y").
WHICH_SUBJECT = re.compile(r"\b(in|by|through|from)\s+which\s+$", re.I)
#: A cue opening a restrictive relative clause: its subject is the word right before "that"
#: ("which" may stand for the whole clause before it: "... lying, which can cause pain" is not the lying's doing).
RELATIVE_CUE = re.compile(r"(\w)\s+that\s+((can|may|might|could|will|would|also|often|then)\s+)*$", re.I)


def _focus_drug_fits(unit: Unit, classes: set, ctx: Discourse) -> bool:
    """Whether the drug in focus may stand as a process cue's subject here: a drug fits the cue and the unit does not
    class the focus otherwise."""
    return bool(ctx.focus) and "Drug" in classes and (unit.classes is None or unit.classes.get(ctx.focus) == "Drug")


def process_subject(unit: Unit, at: int, classes: set, ctx: Discourse) -> Subject:
    """The subject of a process cue at `at`: the last fitting mention before it in the same clause. A pronoun
    between that mention and the cue starts a clause about the pronoun's referent ("X results in slow signals ...
    but it is believed that it increases Y": "it" increases Y, not the slow signals)."""
    before = [m for m in unit.mentions if m[1] <= at and m[3] in classes]
    relative = RELATIVE_CUE.search(unit.text, 0, at)
    if relative and not (before and before[-1][1] == relative.end(1)):
        return NOBODY  # "nerves release substances that cause pain": the subject is the noun before "that"
    last = before[-1][1] if before else 0
    pronouns = list(PRONOUN.finditer(unit.text, last, at))
    # the pronoun nearest the cue ("its action is believed to depend on a pathway in which the drug raises Y")
    pronoun = pronouns[-1] if pronouns else None
    if pronoun and not (
        CLAUSE_SUBJECT.search(unit.text, 0, pronoun.start()) or WHICH_SUBJECT.search(unit.text, 0, pronoun.start())
    ):
        pronoun = None  # an object pronoun ("make it useful") does not start a clause
    if pronoun and pronoun.group(0).lower() in ("its", "the drug's"):
        return NOBODY  # "its effects reduce Y": what reduces Y is the effects, which the unit does not name
    if pronoun:
        main = main_subject(unit, pronoun.start(), classes)
        if main:
            return Subject(main, Decimal("0.7"), pronoun.group(0))
        if _focus_drug_fits(unit, classes, ctx):
            return Subject(ctx.focus, Decimal("0.7"), pronoun.group(0))
        return NOBODY
    if before and OWN_SUBJECT_PRONOUN.search(unit.text, before[-1][1], at):
        return NOBODY  # "A causes B, and they also cause C": the pronoun's clause, not B's (decision 0892)
    act = _act_before(unit, before, ctx)
    if act:
        return act
    gerund = GERUND_OPENER.match(unit.text)
    if gerund and _focus_drug_fits(unit, classes, ctx) and all(m[3] == "MolecularTarget" for m in before):
        # "Binding to SV2A reduces Y": the gerund's doer is the drug in focus, the target only its object (0634)
        return Subject(ctx.focus, Decimal("0.6"), unit.text[:at].strip())
    if before:
        if before[-1][3] == "MolecularTarget" and GERUND_OBJECT.search(unit.text, 0, before[-1][0]):
            # "2) Blocking these receptors increases Y": the blockade acts, never the receptor it blocks (0684)
            return NOBODY
        opened = WITHOUT_TARGET.search(unit.text, 0, before[-1][0]) if before[-1][3] == "MolecularTarget" else None
        if opened and (opened.group("with").lower() == "without" or STOPPED_AFTER.match(unit.text, before[-1][1])):
            # "Without ACE, the body makes less Y", "With the enzyme blocked, ...": the blockade acts (0944)
            return NOBODY
        if before[-1][3] == "MolecularTarget" and STOPPED_BEFORE.search(unit.text, 0, before[-1][0]):
            return NOBODY  # "Blocked COX means fewer Y": the blockade acts, not the enzyme (decision 1039)
        if ACT_ON_BEFORE.search(unit.text, 0, before[-1][0]):
            # "Blocking aldosterone reduces Y", "Lowering cholesterol cuts Z": the act on the chemical acts, never
            # the chemical (its direction may be the opposite of the act's; decision 0773)
            return NOBODY
        if (
            before[-1][3] == "MolecularTarget"
            and WHICH_CLAUSE.fullmatch(unit.text, before[-1][1], at)
            and PREPOSITION_BEFORE.search(unit.text, 0, before[-1][0])
        ):
            # "It binds to the subunit of T, which reduces Y": "which" is the binding, not T, named after "of" (0635)
            return NOBODY
        if CLAUSE_END.search(unit.text, before[-1][1], at):
            return NOBODY  # the last mention stands in a clause that ended before the cue (0647)
        if GROUP_WITH.search(unit.text, 0, before[-1][0]) and "," in unit.text[before[-1][1] : at]:
            return NOBODY  # "In people with X, the dying worms trigger Y": X only says whose reaction (0662)
        if before[-1][3] in ("Symptom", "Disease") and CONDITION_MODIFIES.match(unit.text, before[-1][1]):
            return NOBODY  # "pain inhibition causes Y", "pain signalling relieves Y": the noun it modifies acts (0675)
        if before[-1][3] in ("Symptom", "Disease") and FOR_OR_FROM_BEFORE.search(unit.text, 0, before[-1][0]):
            # "medicines for epilepsy can cause Y", "a scar from a bad fever causes Y": the noun the illness is
            # for or from acts, the illness only names whose or where from (decision 1132)
            return NOBODY
        if BARE_OR.fullmatch(unit.text, before[-1][1], at) and PRONOUN_VERB.search(
            unit.text, max(0, before[-1][0] - 60), before[-1][0]
        ):
            return NOBODY  # "it will not relieve pain or make you drowsy": the pronoun's second verb (0675)
        if SHARED_SUBJECT.search(unit.text, before[-1][1], at) or COORDINATED_VERB.match(unit.text, before[-1][1], at):
            # "stopping can cause seizures to return, and occasionally triggers Y": a verb coordinated after a
            # clause shares that clause's subject; the mention before it is the earlier verb's object (0622)
            return NOBODY
        governing = _governing_verb(unit.text, before[-1]) if BARE_AND.fullmatch(unit.text, before[-1][1], at) else None
        if governing is not None:
            # "it can speed up the heart and lower blood pressure": the second verb shares the first one's subject,
            # the first one's object does nothing (decision 0892)
            return process_subject(unit, governing, classes, ctx)
        if (
            len(before) > 1
            and before[-1][3] == "DrugClass"
            and APPOSED_CLASS.fullmatch(unit.text, before[-2][1], before[-1][0])
            and APPOSITION_CLOSED.fullmatch(unit.text, before[-1][1], at)
        ):
            return Subject(before[-2][2], Decimal("0.7"))  # "Atenolol, a beta blocker, slows Y": atenolol (0892)
        return Subject(before[-1][2], Decimal("0.7"))
    anaphor = ANAPHOR.match(unit.text)
    if anaphor and ctx.outcome_target and BARE_THIS.match(unit.text, anaphor.end()):
        # "X binds to receptor R. This makes the receptor respond more": R is the cue's object, so "This" is the
        # binding, not R (decision 0684); so too where the step does not name R again ("This makes the cells put
        # channels into their walls"): a later step's subject is the act, never the receptor (decision 0697)
        return NOBODY
    if anaphor and ctx.outcome and not any(m[0] < at for m in unit.mentions):
        words = unit.text[anaphor.start() : at].strip()
        return Subject(ctx.outcome, Decimal("0.6"), words)  # "This binding increases Y"
    return NOBODY


def _has_clause_word(low: str) -> bool:
    """Whether `low` holds one of CLAUSE_WORDS (a loop, not a generator per call: `clause_start` is asked several
    times a unit; decision 0705)."""
    for word in CLAUSE_WORDS:  # noqa: SIM110
        if word in low:
            return True
    return False


def clause_start(low: str, at: int) -> int:
    """Where the clause holding offset `at` starts (after the last clause break before it)."""
    start = 0
    if _has_clause_word(low):
        for brk in CLAUSE_BREAK.finditer(low, 0, at):
            start = brk.end()
    return start


def clause(low: str, at: int) -> str:
    """The clause of the lower-case text around offset `at` (between clause breaks: ";", "but", "whereas", ...)."""
    start = clause_start(low, at)
    end = CLAUSE_BREAK.search(low, at)
    return low[start : end.start() if end else len(low)]


#: Before a condition that opens a sentence: at most two words ("Retinopathy is rare ...", "The rash can ...").
OPENING = re.compile(r"[\W_]*(\w+\s+){0,2}?")


def _condition_opened(unit: Unit, ctx: Discourse, start: int) -> bool:
    """Whether the "it" at `start` is a condition that opens its sentence, which names no agent, and a verb of a
    condition's course follows ("Retinopathy is rare at first, but the risk grows, and it can cause loss of vision":
    the retinopathy's course, as an "It" after a sentence about a condition is, decision 0684; 0706).

    >>> u = Unit("Rash is rare, and it can cause scars.", [(0, 4, "rash", "Symptom"), (31, 36, "scar", "Symptom")])
    >>> _condition_opened(u, Discourse(), 18)
    True
    """
    first = unit.mentions[0] if unit.mentions else None
    if first is None or first[3] not in COND_CLASSES or not OPENING.fullmatch(unit.text, 0, first[0]):
        return False
    return not any(m[3] in AGENT for m in unit.mentions) and bool(CONDITION_PRONOUN.match(unit.text, start))


NOT_A_DRUG = (
    condition_pronoun,  # "Left untreated, it raises the risk of Y"; "Y affects the ear. It causes Z" (0684)
    _condition_opened,  # "Retinopathy is rare at first, and it can cause loss of vision" (0706)
)
