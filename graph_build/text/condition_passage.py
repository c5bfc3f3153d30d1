"""Signs of the condition a passage is about, in sentences after a heading that asks about it (decision 0749).

Health pages explain a condition under a heading that names it ("## What is angina?", "What does gout feel like?",
"Symptoms of shingles") and then say what people with it feel in sentences that name it no more: "Many get
breathless on effort.", "Some people also notice swollen ankles.", "It usually feels like a tight chest." The owner
of those signs is the heading's condition, carried across the section's sentences the way a side-effect section's
drug is (graph_build/text/owners.py). Strict, as round 21's looser reading of "what people feel" was wrong 19 times:
the heading must ask what the condition is, what it feels like or what its signs are, and name exactly one illness
(class Disease) and no agent; the sentence must open with who feels ("Some people", "Many patients", "Children with
it") or with "It feels like"; a sentence or bullet that names an agent, and any sentence after one that opens with an
agent, gives none (the passage has turned to a drug: "It can cause Y" with a drug in focus is a side effect).
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.doubts import ENDOGENOUS
from graph_build.text.owners import EFFECTS_HEADING, STOPPING_HEADING, WATCH_HEADING, section
from graph_build.text.relate_objects import _objects, _status
from graph_build.text.subgroup_words import FEW
from graph_build.text.subjects import body_hormone
from graph_build.text.units import AGENT, COND, DISEASE, DRUG, Discourse, Found, Unit

#: A heading that asks about one condition: "What is Y?", "What does Y feel like?", "Symptoms of Y", "Signs and
#: symptoms of Y", "How do I know if I have Y?" (a label before it may stand: "Part A: What is Y?"). Not a heading
#: about a drug's effects ("What is it used for?": the named condition must be an illness, and no agent named).
ABOUT_HEADING = re.compile(
    r"^[\W_]*(?:[\w ]{1,20}:\s*)?(?:first,?\s+)?"
    r"(?:what (?:is|are) (?:an? |the )?[^?]+\?"
    r"|what (?:does|do|can) [^?]+? feel like\?"
    r"|(?:the )?(?:main |common |typical |usual |early )?(?:symptoms|signs)(?: and (?:symptoms|signs))? of [^?:.]+[?:]?"
    r"|how (?:do|can|will|would) (?:i|you) (?:know|tell) (?:if|whether|when) (?:i|you) (?:have|'ve got) [^?]+\?)"
    r"[\W_]*$",
    re.I,
)
#: In such a heading, words that make it about something else: a drug's use, effects or taking.
NOT_ABOUT = re.compile(r"\b(used for|for\?|side[- ]effects?|treat\w*|medicines?|tablets?|it|this)\b", re.I)
#: A time word a sentence of signs may open with before who feels ("Afterwards many people feel A", "Later, some get
#: B"): when the signs come, in the illness's own course (decision 0775).
TIME_OPENING = r"(?:(?:afterwards|afterward|later(?: on)?|at first|over time|in time),?\s+)?"
#: Who feels the signs, opening the sentence: "Some people (may) notice", "Many get", "Most patients feel", "People
#: with it have", "Children with this condition are". A denial after the verb gives no sign (left to ConText per
#: object; "have no", "do not" stop the cue).
WHO_FEELS = re.compile(
    r"[\W_]*"
    + TIME_OPENING
    + r"(?:(?:some|many|most|a few|others?)(?: (?:\w+ )?(?:people|patients|children|adults|women|men|of them"
    r"|pupils|students|residents|clients|sufferers))?"  # (decision 0775: other nouns for people)
    # ("Some people with the condition also get A", "Some women with the syndrome have B": decision 0889)
    r"(?: (?:with|who have) (?:it|this|them|(?:the|this) (?:condition|illness|disease|syndrome)))?"
    r"|(?:(?:young|older|elderly) )?(?:people|patients|children|adults|those)"
    r"(?: (?:with|who have) (?:it|this|the condition|this condition))?)"
    r"\s+(?:(?:may|can|might|often|usually|also|sometimes|typically|commonly|then|first|will)\s+)*"
    r"(?:feel|get|notice|have|develop|experience|are|become)\b"
    r"(?!\s+(?:no|not|never|fewer|less|better|a (?:higher|lower|greater) risk)\b)",
    re.I,
)
#: Who feels, when only some of them do: "Some (people)", "A few", "A small number of".
SOME_OPENING = re.compile(r"[\W_]*" + TIME_OPENING + rf"(?:{FEW})\b(?! of the time)", re.I)
#: A later clause's own quantifier ("Some feel A, and many get B": B is not only some's).
MANY = re.compile(r"\b(many|most|all|everyone)\b", re.I)
#: "It (usually) feels like A": the condition's feeling, in the section about it.
FEELS_LIKE = re.compile(r"[\W_]*it\s+(?:(?:usually|often|typically|commonly|can|may|might|also)\s+)*feels?\s+like\b",
                        re.I)  # fmt: skip

#: "Tiredness is common too", "Bloating and tummy ache are also common": signs opening the sentence as its subject, said
#: to be common as well as those just named ("too", "also", "as well" tie them to the passage's signs; decision 0862).
COMMON_TOO = re.compile(
    r"[\W_]*(?P<signs>[^.,;:!?]{3,80}?)\s+(?:is|are)\s+(?:(?P<also>also)\s+)?(?:(?:very|quite|fairly|really)\s+)?"
    r"common(?(also)(?:\s+(?:too|as well))?|\s+(?:too|as well))[\W_]*$",
    re.I,
)

#: Right before a sign that refers back to one already named ("feel the pain spread into the arm": where the pain
#: goes, not a sign of its own).
BACK_REFERENCE = re.compile(r"\b(the|this|that|these|those|its)\s+$", re.I)


#: A heading that asks what a thing is ("What is giardia?", "What are gallstones?"): the thing may be unrecognised.
WHAT_IS = re.compile(r"^[\W_]*(?:[\w ]{1,20}:\s*)?what (?:is|are) (?:an? |the )?[^?]+\?[\W_]*$", re.I)


#: Words of a treatment a sentence may name without naming a medicine ("The usual treatment is a tablet"): after one,
#: an "It" of the section is no longer surely the illness asked about (decision 0805).
TREATMENT_WORDS = re.compile(
    r"\b(?:treat(?:s|ed|ing|ments?)?|medicines?|medications?|tablets?|capsules?|pills?|drugs?|creams?|gels?"
    r"|injections?|sprays?|inhalers?|antibiotics?|vaccines?|operations?|surgery)\b",
    re.I,
)


def asks_about_other(unit: Unit) -> bool:
    """Whether a heading asks what something other than a drug is, named or not (decision 0781): an "It causes A"
    opening a sentence of its section is that thing's.

    >>> asks_about_other(Unit("What is giardia?", [])), asks_about_other(Unit("## What is it used for?", []))
    (True, False)
    >>> asks_about_other(Unit("## What is X?", [(10, 11, "x", "Drug")]))
    False
    """
    text = unit.text.strip().lstrip("#").strip()
    return bool(WHAT_IS.match(text)) and not NOT_ABOUT.search(text) and not any(m[3] in AGENT for m in unit.mentions)


def heading_condition(unit: Unit) -> str | None:
    """The one illness a heading that asks about it names ("What is angina?"), else None.

    >>> heading_condition(Unit("### What is gout?", [(12, 16, "gout", "Disease")]))
    'gout'
    >>> heading_condition(Unit("## What is it used for?", [])) is None
    True
    >>> heading_condition(Unit("## What is X?", [(10, 11, "x", "Drug")])) is None
    True
    """
    text = unit.text.strip().lstrip("#").strip()
    if not ABOUT_HEADING.match(text) or NOT_ABOUT.search(text) or any(m[3] in AGENT for m in unit.mentions):
        return None
    named = {m[2] for m in unit.mentions if m[3] in COND}
    ill = {m[2] for m in unit.mentions if m[3] in DISEASE}
    return ill.pop() if len(named) == 1 and len(ill) == 1 else None


def _asked_in_prose(unit: Unit) -> str | None:
    """The one condition (of any class: "What does indigestion feel like?") a running question asks about as a heading
    would (`ABOUT_HEADING`), no agent named; else None (decision 0889).

    >>> _asked_in_prose(Unit("What does indigestion feel like?", [(10, 21, "dyspepsia", "Symptom")]))
    'dyspepsia'
    >>> _asked_in_prose(Unit("What is it used for?", []))
    """
    text = unit.text.strip()
    if not ABOUT_HEADING.match(text) or NOT_ABOUT.search(text) or any(m[3] in AGENT for m in unit.mentions):
        return None
    named = {m[2] for m in unit.mentions if m[3] in COND}
    return named.pop() if len(named) == 1 else None


def note_passage_condition(ctx: Discourse, unit: Unit, heading_line: bool) -> None:
    """Remember the condition a heading asks about for the sentences of its section; another heading, or a sentence
    that opens with an agent (the passage turns to a drug), ends it.

    >>> ctx = Discourse()
    >>> note_passage_condition(ctx, Unit("## What is gout?", [(11, 15, "gout", "Disease")]), True)
    >>> ctx.passage_condition
    'gout'
    >>> note_passage_condition(ctx, Unit("X treats it.", [(0, 1, "x", "Drug")]), False)
    >>> ctx.passage_condition is None
    True
    """
    if heading_line:
        ctx.passage_condition = heading_condition(unit)
        ctx.asked_about = asks_about_other(unit)
        ctx.asked_condition = ctx.passage_condition if ctx.asked_about else None
        ctx.sentence_condition = None
        return
    if unit.text.rstrip().endswith("?") and not (unit.bullet or unit.item) and (asked := _asked_in_prose(unit)):
        # (a running question about an illness, answered by the sentences after it: "What does indigestion feel
        # like? Most people get A. Some people also feel B." is read as under such a heading; decision 0889)
        ctx.passage_condition = asked
        ctx.asked_about = bool(WHAT_IS.match(unit.text.strip()))
        ctx.asked_condition = asked if ctx.asked_about else None
        ctx.sentence_condition = None
        return
    first = unit.mentions[0] if unit.mentions else None
    if first and first[3] in AGENT and not body_chemical(unit, first):
        ctx.passage_condition = None
    # (the body's own chemical is no medicine: "It is a condition in which the cells that make dopamine wear out";
    # decision 0889)
    if any(m[3] in DRUG and not body_chemical(unit, m) for m in unit.mentions):  # what a passage asked about turns to
        ctx.asked_about = False  # (the passage turns to a medicine; water or food named is no turn: decision 0781)
        ctx.asked_condition = None
    if ctx.asked_condition is not None and TREATMENT_WORDS.search(unit.text):  # (no scan when none: 0894)
        ctx.asked_condition = None  # ("The usual treatment is a tablet. It causes ...": the "It" may be it; 0805)
    note_sentence_condition(ctx, unit)


def body_chemical(unit: Unit, mention: tuple) -> bool:
    """Whether an agent's mention names a chemical of the body (a messenger, a hormone named as the body's own: "the
    cells that make dopamine", "a substance called bradykinin"), no medicine a passage about an illness turns to
    (decision 0889).

    >>> u = Unit("The brain loses the cells that make dopamine.", [(36, 44, "dopamine", "Drug")])
    >>> body_chemical(u, u.mentions[0]), body_chemical(Unit("X helps.", [(0, 1, "x", "Drug")]), (0, 1, "x", "Drug"))
    (True, False)
    """
    return bool(ENDOGENOUS.match(unit.text[mention[0] : mention[1]])) or body_hormone(unit, mention)


#: Before an illness that opens a sentence: an article, or who has it ("A duodenal ulcer", "Most people with Y"; no
#: pronoun or verb: "It treats Y" is a drug's sentence), after a speaker's report ("The nurse explained that Y ...").
SENTENCE_OPENING = re.compile(
    r"[\W_]*(?:(?:[\w'-]+\s+){1,3}?(?:said|says|explained|explains|reminded \w+|told \w+|noted|notes)\s+that\s+)?"
    r"(?:(?:(?:most|many|some|all|few)\s+)?(?:people|patients|children|adults)\s+(?:with|who have)\s+)?"
    r"(?:(?:a|an|the|your|untreated)\s+)?",
    re.I,
)


#: "Y is common too", "Y is also very common, so ...": a sentence that adds its opening condition to a run of things
#: just said to be common (a side-effect list a paragraph gives without naming the medicine: "Headache is very common.
#: Low blood pressure is common too. Some people feel sick"), no illness the sentences after describe (decision 1036).
COMMON_ALSO = re.compile(
    r"[\W_]*[^.,;:!?]{3,80}?\s+(?:is|are)\s+(?:also\s+(?:(?:very|quite|fairly|really)\s+)?common\b"
    r"|(?:(?:very|quite|fairly|really)\s+)?common\s+(?:too|as\s+well)\b)",
    re.I,
)


#: Between a sentence's opening illness and the class it is said to be: "Y is a long-lasting liver disease".
CLASS_OF_OPENING = re.compile(r"\s+(?:is|are)\s+(?:(?:a|an|also\s+a|also\s+an)\s+)(?:[\w-]+\s+){0,3}", re.I)


#: A sentence that lists signs without naming whose: "The usual signs are A and B", "Other symptoms include C".
SIGNS_OPENING = re.compile(
    r"[\W_]*(?:the |its |other )?(?:\w+ )?(?:signs|symptoms)(?: and (?:signs|symptoms))? (?:are|include)\b", re.I
)


def note_sentence_condition(ctx: Discourse, unit: Unit) -> None:
    """Remember the illness a sentence opens with when it names no agent ("A duodenal ulcer usually causes a burning
    pain."); a sentence that names an agent or another illness, a bullet or a list item forgets it, one that names
    only signs or nothing keeps it ("The main signs are A and B. Some people also get C": decision 0768).

    >>> ctx = Discourse()
    >>> note_sentence_condition(ctx, Unit("Gout hurts.", [(0, 4, "gout", "Disease")]))
    >>> ctx.sentence_condition
    'gout'
    >>> note_sentence_condition(ctx, Unit("It is used for y.", [(15, 16, "y", "Disease")]))
    >>> ctx.sentence_condition is None
    True
    """
    ills = [m for m in unit.mentions if m[3] in DISEASE]
    # (an agent named only as the illness's cause, "Y comes from a lack of dopamine", leaves it the illness's: 0749)
    if (
        unit.bullet
        or unit.item
        or any(m[3] in AGENT and not cause_only(unit, m, ills) and not body_chemical(unit, m) for m in unit.mentions)
    ):
        ctx.sentence_condition = None
        return
    # (an illness the sentence only denies is a contrast, no new topic: "The swelling is not itchy and does not come
    # with hives." keeps the passage's illness, as it keeps the last condition (0782); decision 0889)
    ills = [m for m in ills if not _status(unit, m).negated]
    if not ills or SIGNS_OPENING.match(unit.text):
        return  # (a sentence of signs names the illness's signs, some of class Disease: "The usual signs are a rash")
    if COMMON_ALSO.match(unit.text):
        ctx.sentence_condition = None  # ("Low blood pressure is common too": one more of a run of effects; 1036)
        return
    first = unit.mentions[0]
    opens = first[3] in DISEASE and SENTENCE_OPENING.fullmatch(unit.text, 0, first[0])
    ends = unit.text.rstrip().endswith((".", "!"))
    # (the class the opening illness is said to be is no other illness: "PBC is a long-lasting liver disease in which
    # ..." is about PBC; decision 0889, as relate_unowned's CLASS_OF_OPENER for the last condition, 0725)
    ills = [m for m in ills if m is first or not CLASS_OF_OPENING.fullmatch(unit.text, first[1], m[0])]
    ctx.sentence_condition = first[2] if opens and ends and {m[2] for m in ills} == {first[2]} else None


def passage_signs(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """passage-signs (rules.yaml code_rules, decision 0749): in the section of a heading that asks about an illness,
    a sentence that names no agent and opens with who feels ("Many get A", "Some people also notice B") or with "It
    feels like C" gives the illness's signs; negation and hedging are each object's (ConText).

    >>> ctx = Discourse(passage_condition="gout")
    >>> u = Unit("Some people also notice a fever.", [(26, 31, "fever", "Symptom")])
    >>> [(f.subject, f.predicate, f.object) for f in passage_signs(u, ctx, [])]
    [('gout', 'hasPhenotype', 'fever')]
    """
    # (else the illness a story's person was said to have under this heading, no agent named since: "Ellen has Y. Her
    # gut lining becomes inflamed. Some people also get A"; decision 0889)
    owner = ctx.passage_condition or _sentence_owner(unit, ctx) or _story_owner(unit, ctx)
    if owner is None or any(m[3] in AGENT for m in unit.mentions) or any(m[2] == owner for m in unit.mentions):
        return []
    if ctx.effects_passage:
        return []  # ("The main side effect is A. ... Some people get B": the medicine's effects, no sign; 1016)
    common = COMMON_TOO.match(unit.text)
    if common:  # ("Tiredness is common too": the signs are the sentence's subject; decision 0862)
        stated = {(f.predicate, f.object) for f in found}
        return [
            Found(owner, "hasPhenotype", m[2], "passage-signs", False, "Asserted", (), Decimal("0.5"))
            for m in unit.mentions
            if m[3] in COND and m[1] <= common.end("signs") and ("hasPhenotype", m[2]) not in stated
            and not _status(unit, m).negated and not BACK_REFERENCE.search(unit.text, 0, m[0])
        ]  # fmt: skip
    cue = WHO_FEELS.match(unit.text) or FEELS_LIKE.match(unit.text)
    if cue is None:
        return []
    stated = {(f.predicate, f.object) for f in found}
    # (the cue ends after "feel", whose sign may be named with it: "some people feel sick" is the lay name "feel sick")
    end = cue.end() - 4 if cue.group().lower().endswith("feel") else cue.end()
    # ("Some get A", "A few people notice B": a sign only some of them have, Occasional as the golds write it; 0768)
    some = SOME_OPENING.match(unit.text)
    out = []
    for m in _objects(unit, end, set(COND), skip=owner, agents=AGENT):
        st = _status(unit, m)
        if st.absent or ("hasPhenotype", m[2]) in stated or BACK_REFERENCE.search(unit.text, 0, m[0]):
            continue
        certainty = "Asserted" if later_hedge_only(unit.text, m) else st.certainty
        if some and certainty == "Asserted" and not MANY.search(unit.text, some.end(), m[0]):
            certainty = "Occasional"
        out.append(Found(owner, "hasPhenotype", m[2], "passage-signs", st.negated, certainty, (), Decimal("0.5")))
    return out


def _story_owner(unit: Unit, ctx: Discourse) -> str | None:
    """The illness a story's person was said to have under the unit's heading (story_illness.py), outside a list and
    a heading of side effects or of stopping (decision 0889)."""
    if not ctx.story_illness or ctx.story_illness[1] != unit.heading or unit.bullet or unit.item:
        return None
    heading = section(ctx, unit.heading)
    return None if EFFECTS_HEADING.search(heading) or STOPPING_HEADING.search(heading) else ctx.story_illness[0]


def _sentence_owner(unit: Unit, ctx: Discourse) -> str | None:
    """Outside a heading about an illness, the illness the sentences before opened with (ctx.sentence_condition:
    "A duodenal ulcer causes a burning pain. Some people also feel sick"), not under a heading of side effects or of
    stopping, where what people feel is the drug's (decision 0768)."""
    if ctx.sentence_condition is None or unit.bullet or unit.item:
        return None
    heading = section(ctx, unit.heading)
    if EFFECTS_HEADING.search(heading) or STOPPING_HEADING.search(heading):
        return None
    return ctx.sentence_condition


#: A heading that names a condition's signs without a colon or a question mark: "## Symptoms of gout", "Signs and
#: symptoms of shingles", "Early signs of a stroke". Its bullets are the condition's signs as a lead's are (0677).
#: So are a heading's that asks or says what the condition looks or feels like (decision 0759): "What does Y look
#: like?", "What Y feels like", "Slide 4 - Recap: what an Y feels like" (a short label before it may stand).
SYMPTOMS_HEADING = re.compile(
    r"[\W_]*(?:(?:the )?(?:main |common |typical |usual |early |key |warning )?(?:symptoms|signs)"
    r"(?: and (?:symptoms|signs))? of (?:an? |the )?[^?:.;,]+?"
    r"|(?:[\w -]{1,20}:\s*)?what (?:(?:does|do|can) (?:an? |the )?[^?:.;,]+? (?:look|feel)"
    r"|(?:an? |the )?[^?:.;,]+? (?:looks|feels)) like)[\W_]*",
    re.I,
)


_EMPHASIS = re.compile(r"\*\*|__")


def signs_line_condition(unit: Unit) -> str | None:
    """The one condition a line of its own that heads its signs names, outside Markdown's headings ("WHAT DOES
    SHINGLES LOOK LIKE?", "Symptoms of gout" above a list in a plain text; decision 0759), else None: a line that names
    an agent, more than one condition, or a drug's use or effects (`NOT_ABOUT`) heads none.

    >>> signs_line_condition(Unit("WHAT DOES GOUT LOOK LIKE?", [(10, 14, "gout", "Disease")]))
    'gout'
    >>> signs_line_condition(Unit("What does X feel like?", [(10, 11, "x", "Drug")])) is None
    True
    """
    text = _EMPHASIS.sub("", unit.text).strip()
    if not SYMPTOMS_HEADING.fullmatch(text) or NOT_ABOUT.search(text) or any(m[3] in AGENT for m in unit.mentions):
        return None
    named = {m[2] for m in unit.mentions if m[3] in COND}
    return named.pop() if len(named) == 1 else None


def _named_in(heading: str, names: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    """The (slug, class) of each name the document's mentions use that the heading holds as whole words."""
    low = heading.lower()
    return [v for k, v in names.items() if k in low and re.search(rf"(?<!\w){re.escape(k)}(?!\w)", low)]


#: A heading of signs that names no condition: "## Signs to look out for", "**The usual signs:**", "Warning signs",
#: "Symptoms" (decision 0805). Its bullets are the signs of the illness the text was just about, when one is.
UNNAMED_SIGNS_HEADING = re.compile(
    r"[\W_]*(?:the |its |other )?(?:(?:main|common|typical|usual|early|key|warning|first|later)\s+)?(?:signs|symptoms)"
    r"(?: and (?:signs|symptoms))?(?:\s+to\s+(?:look|watch)\s+(?:out\s+)?for)?[\W_]*",
    re.I,
)


def unnamed_signs_heading(text: str) -> bool:
    """Whether a heading heads a condition's signs without naming the condition: a heading of signs or symptoms
    alone, or of what to look out for ("What you may see:", owners.WATCH_HEADING), decision 0805.

    >>> unnamed_signs_heading("Signs to look out for"), unnamed_signs_heading("The usual signs:")
    (True, True)
    >>> unnamed_signs_heading("Side effects"), unnamed_signs_heading("Withdrawal symptoms")
    (False, False)
    """
    bare = _EMPHASIS.sub("", text).strip().lstrip("#").strip()
    return bool(UNNAMED_SIGNS_HEADING.fullmatch(bare) or WATCH_HEADING.match(bare))


def note_heading(ctx: Discourse, heading: str, names: dict[str, tuple[str, str]]) -> None:
    """At a new heading: the illness it asks about ("## What is angina?": the section's passage condition), and the
    condition whose signs it heads ("## Symptoms of gout": its bullets' owner, as a lead's; decision 0749). `names`:
    the document's recognised names (lower case) with their slug and class; a heading that names an agent, or more
    than one condition, names none.

    >>> ctx = Discourse()
    >>> note_heading(ctx, "## Symptoms of gout", {"gout": ("gout", "Disease")})
    >>> ctx.symptoms_of, ctx.passage_condition
    ('gout', 'gout')
    >>> note_heading(ctx, "## What is it used for?", {"gout": ("gout", "Disease")})
    >>> ctx.passage_condition is None
    True
    """
    text = heading.strip().lstrip("#").strip()
    about, signs = ABOUT_HEADING.match(text), SYMPTOMS_HEADING.fullmatch(text)
    ctx.passage_condition = None
    ctx.asked_about = False
    ctx.asked_condition = None
    if unnamed_signs_heading(text) and not _named_in(text, names):
        # ("Acne starts when ... / **What you may see:**", "BV is common. / ## The usual signs": the illness the last
        # running sentence under an earlier heading opened with, no agent named since; decision 0805)
        ctx.symptoms_of = ctx.prose_condition[0] if ctx.prose_condition else None
        return
    if not (about or signs) or NOT_ABOUT.search(text):
        return
    named = _named_in(text, names)
    if any(cls in AGENT for _, cls in named):
        return
    ctx.asked_about = bool(WHAT_IS.match(text))  # ("What is giardia?", named or not: decision 0781)
    conditions = {slug for slug, cls in named if cls in COND}
    illnesses = {slug for slug, cls in named if cls in DISEASE}
    if len(conditions) != 1:
        return
    if signs:
        ctx.symptoms_of = next(iter(conditions))
    if len(illnesses) == 1:
        ctx.passage_condition = illnesses.pop()
        ctx.asked_condition = ctx.passage_condition if ctx.asked_about else None


#: Between a condition and an agent: the agent is named as the condition's cause or source ("Y comes from too much
#: uric acid", "Y is caused by the loss of cells that make dopamine"), not as what the sentence is about.
CAUSE_PHRASE = re.compile(
    r"\b(comes? from|came from|(is|are|was|were) (caused|brought on|triggered) by|due to|results? from"
    r"|happens? when)\b",
    re.I,
)


def cause_only(unit: Unit, agent: tuple, conditions: list[tuple]) -> bool:
    """Whether an agent is named only as the cause of a condition named before it in the sentence (decision 0749).

    >>> u = Unit("Y comes from too much uric acid.", [(0, 1, "y", "Disease"), (23, 32, "uric-acid", "Drug")])
    >>> cause_only(u, u.mentions[1], u.mentions[:1]), cause_only(u, u.mentions[0], [])
    (True, False)
    """
    return any(c[1] <= agent[0] and CAUSE_PHRASE.search(unit.text, c[1], agent[0]) for c in conditions)


#: Right before the illness a sentence names a sign or a complaint as: "your cough is bronchitis", "the rash is
#: probably eczema", "doctors call it Y", "this is called Y" (a diagnosis: the illness is what the passage goes on
#: about, and an "It" opening the next sentence is the illness, not the sign).
DIAGNOSED_AS = re.compile(
    r"\b(?:(?:is|are|was|were)(?: (?:probably|likely|most likely|usually|often))?(?: (?:called|known as))?"
    r"|call(?:s|ed)? it|this is called)\s+[*_]{0,2}$",
    re.I,
)


def diagnosed(unit: Unit) -> str | None:
    """The illness a sentence that names no agent diagnoses a sign or a complaint as ("Your GP thinks your cough is
    bronchitis, an infection of the airways."; decision 0749): what "It causes A" in the next sentence is about. Not a
    condition said to be a sign ("Y is chest pain": Y is no sign's diagnosis), nor a class ("Y is a joint disease").

    >>> ms = [(5, 10, "cough", "Symptom"), (14, 24, "bronchitis", "Disease")]
    >>> diagnosed(Unit("Your cough is bronchitis, an infection.", ms))
    'bronchitis'
    >>> diagnosed(Unit("Gout is a joint disease.", [(0, 4, "gout", "Disease"), (10, 23, "joint-diseases", "Disease")]))
    """
    if unit.bullet or unit.item or any(m[3] in AGENT for m in unit.mentions):
        return None
    if not any(m[3] in DISEASE and m is not unit.mentions[0] for m in unit.mentions):
        return None  # (no illness it may be diagnosed as: no scan before each mention; decision 0894)
    ill = [m for m in unit.mentions if DIAGNOSED_AS.search(unit.text, 0, m[0])]
    return ill[0][2] if len(ill) == 1 and ill[0][3] in DISEASE and ill[0] is not unit.mentions[0] else None


#: A hedge that opens a later conjunct of a list ("A and B, and sometimes C"): it hedges C only.
LATER_HEDGE = re.compile(
    r"(?:,\s*|\s+)(?:and|or|but)\s+(?:(?:also|then)\s+)?(?:sometimes|occasionally|rarely|in some cases)\b", re.I
)
#: Any hedge word (negation.HEDGES' adverbs and modals) before a mention.
HEDGE_BEFORE = re.compile(r"\b(sometimes|occasionally|rarely|may|might|could|can|possibly|potentially|in some cases|"
                          r"at times|thought|believed|reported)\b", re.I)  # fmt: skip


def later_hedge_only(text: str, mention: tuple) -> bool:
    """Whether the sentence's only hedge opens a later conjunct of the list the mention is in ("It causes A and B, and
    sometimes C": A and B are stated, C hedged; ConText's hedges reach both ways; decision 0749).

    >>> t = "It causes nausea and vomiting, and sometimes hearing loss."
    >>> later_hedge_only(t, (10, 16)), later_hedge_only(t, (45, 57))
    (True, False)
    >>> later_hedge_only("It may cause nausea, and sometimes vomiting.", (13, 19))
    False
    """
    return bool(LATER_HEDGE.search(text, mention[1])) and not HEDGE_BEFORE.search(text, 0, mention[0])


#: After a bare "pain", the place it is felt that its name leaves out ("pain just below the ribs", "pain under the ribs
#: on the right"): the sign the text names is a narrower, placed pain (the golds' abdominal or right upper quadrant
#: pain), so the bare mention is no sign of its own (decision 0805; warning-signs' PLACED, 0759, for a list and for
#: "A can be a sign of Y"). A named pain keeps its place ("a headache behind the eyes" is a headache).
PLACED_PAIN = re.compile(
    r"\s+(?:(?:just|right|high|low|up|down)\s+){0,2}(?:under|below|beneath|behind|above|on the (?:right|left)"
    # ("pain in the upper tummy", "pain in the lower back", "a throbbing pain on one side of the head", "tummy pain low
    # down on the left": the golds' epigastric, low back, one-sided (migraine) and lower abdominal pains; 0889)
    r"|in the (?:upper|lower|top|bottom|left|right)|on one side|low down|high up)\b",
    re.I,
)


def placed_pain(text: str, mention: tuple) -> bool:
    """Whether a mention is a bare pain followed by where it is felt (decision 0805).

    >>> placed_pain("- pain just below the ribs", (2, 6, "pain", "Symptom"))
    True
    >>> placed_pain("- a headache behind the eyes", (4, 12, "headache", "Symptom"))
    False
    >>> placed_pain("- pain when passing urine", (2, 6, "pain", "Symptom"))
    False
    """
    return mention[2] == "pain" and bool(PLACED_PAIN.match(text, mention[1]))


#: After a bare "pain" (or "pains") among a condition's signs, the place or the moment that makes it another sign the
#: golds name apart: "a stinging pain when you pass urine" (dysuria), "pain during or after sex" (dyspareunia),
#: "pain or pressure over the bladder", "pain or pressure around the eyes", "cramping pains low in my tummy" (decision
#: 0943). Only for a condition's phenotype (placed_pains_dropped): 0805's PLACED_PAIN keeps its lists as they are.
SIGN_PAIN_QUALIFIED = re.compile(
    r"s?(?:\s+or\s+(?:pressure|discomfort|tenderness|aching))?\s+"
    r"(?:(?:when|while|on|during|after)\s+(?:or\s+after\s+)?(?:you\s+|they\s+|we\s+|I\s+)?"
    r"(?:pass(?:ing)?\s+(?:urine|water)|urinat\w*|(?:having\s+)?(?:sex|intercourse))"
    r"|low\s+in|(?:over|around|round|across)\s+the"
    # ("pain all over the body", "pain high in the belly", "pain with every period": where or when; decision 0958)
    r"|all\s+over|high\s+in|(?:with|during)\s+(?:(?:every|each|your|her|my|their|the)\s+)?periods?)\b",
    re.I,
)


def placed_pains_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without a condition's phenotype "pain" where every bare pain the unit names is placed ("a burning pain
    in the upper tummy", "a throbbing pain on one side of the head"): the sign is the narrower, placed pain, which the
    golds always name so (decision 0889, for every reading of a condition's signs as 0805 did for lists).

    >>> u = Unit("It causes a pain in the upper tummy.", [(12, 16, "pain", "Symptom")])
    >>> placed_pains_dropped(u, [Found("y", "hasPhenotype", "pain", "condition-course")])
    []
    >>> u = Unit("It causes a stinging pain when you pass urine.", [(21, 25, "pain", "Symptom")])
    >>> placed_pains_dropped(u, [Found("y", "hasPhenotype", "pain", "condition-course")])
    []
    >>> u = Unit("It causes pain and a fever.", [(10, 14, "pain", "Symptom"), (21, 26, "fever", "Symptom")])
    >>> [f.object for f in placed_pains_dropped(u, [Found("y", "hasPhenotype", "pain", "condition-course")])]
    ['pain']
    """
    pains = [m for m in unit.mentions if m[2] == "pain"]
    qualified = [placed_pain(unit.text, m) or bool(SIGN_PAIN_QUALIFIED.match(unit.text, m[1])) for m in pains]
    if not pains or not all(qualified):
        return found
    return [f for f in found if not (f.predicate == "hasPhenotype" and f.object == "pain")]
