"""Side effects a paragraph states after a sentence that makes them its topic, and a person's own side effects
(decision 0890).

Lay writers often open the side effects with a sentence, not a heading, and then state them in sentences that name
no drug: "The side effects I was warned about:\\nHeadache is very common.\\nSome people get swollen ankles.", "The
carton's leaflet listed the side effects. Headache and nausea were the most common. Some people had diarrhoea.",
"**Are there side effects?** Derek has had none, but the leaflet lists a few. The most common are heartburn and
feeling sick.", "Side effects are usually mild. Some people feel sick or dizzy. Others may get a headache." Before
this decision such a sentence was read only right after one that stated a drug's effects (effects-in-passage, decision
0642) or that only ran the topic in (decision 0806/0876), so the second and later sentences of the paragraph, and
every sentence after a topic sentence of another form, were lost.

1. **A topic sentence opens an effects passage** (`note_effects_passage`): a sentence (no bullet) that speaks of
   side effects ("side effects", "side-effects", "unwanted effects") and names no agent but its owner: the drug it
   names, else the document's drug (`owners.titled`), else the drug in focus as the sentences left it. The passage
   lasts to the end of the paragraph (a blank line; a topic line of its own, "WHAT SIDE EFFECTS MIGHT I GET?", to the
   end of the paragraph after it) or a new heading; a sentence naming another agent and not the
   owner ends it. Inside it the sentences of the effects-under-heading cues ("Some people get A", "A is common", "A
   may happen") are the owner's effects (rule effects-in-passage, `relate_unowned._passage_owner`).
2. **A person's own side effects** (`person_effects`, rule person-effects): in a side-effect section with an owner
   or in such a passage, a sentence whose subject is a person ("I", "he", "she", "we", a name) who had, got, noticed,
   felt or developed a condition: "In the first few weeks I had headaches and trouble sleeping.", "Des has noticed
   some tiredness during the day", "She sometimes gets a headache the day after her injection." Asserted as a
   personal experience is (the golds' reading), a modal as ConText reads it ("He may also feel dizzy": Possible); one
   person's not having had it ("I have not had any nausea") denies nothing. Never a sentence naming an agent, nor one
   about the time before the drug ("Before she started it, she had ..."), nor one of what to do should it happen ("If
   Tom gets a rash, ..."), nor one whose person only "has" a condition (an illness, not an effect).
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.owners import EFFECTS_HEADING, heading_owner, titled
from graph_build.text.relate_objects import _objects, _status
from graph_build.text.units import AGENT, COND, Discourse, Found, Unit

#: A sentence speaking of side effects as its topic.
TOPIC = re.compile(r"\b(side[- ]effects?|unwanted effects)\b", re.I)
#: After the topic's words: the side effects of something the sentence names otherwise than as the drug ("Side
#: effects of the older tablets were many"): another thing's (a drug it names is its owner, or another agent).
OF_ANOTHER = re.compile(
    r"\s+(of|from|with)\s+(?!(it|its|this|these|them|the (medicine|drug|tablets?|capsules?|drops|cream|gel|patch"
    r"|spray|injections?|treatment|inhaler))\b)",
    re.I,
)
#: A person as a clause's subject, with an experience verb: "I had", "Des has noticed", "She sometimes gets", "Ken
#: noticed", "we got". The person opens the sentence or follows a fronted time ("In the first few weeks, I had"), a
#: clause break or "and / but / so".
PERSON_HAD = re.compile(
    r"(?:^[\W_]*|^[\W_]*(?i:in|for|during|over|after|within|since|at|on) [^,.;:]{2,40}?,? |[,;]\s+|\b(?:and|but|so)\s+)"
    r"(?P<who>I|[Hh]e|[Ss]he|[Ww]e|(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.? )?[A-Z][a-z]{1,15})"
    r"(?P<often>(?: (?:also|sometimes|often|still|only|now|then|once|just|occasionally|usually|may|might|could|can"
    r"|did|would|not|never))*)"
    r" (?:(?:has|have|had|hasn't|haven't|hadn't|did|didn't|does|doesn't|do|don't)(?: not| never| also)? )?"
    r"(?P<verb>had|got|gets|get|noticed|notices|notice|felt|feels|feel|developed|develops|develop|suffered|suffers"
    r"|experienced|experiences)\b"
)
#: Before a person's experience: the time before the drug, whose conditions are the illness's ("Before she started
#: it", "Until he took", "used to").
BEFORE_DRUG = re.compile(
    r"\b(before|until|till|used to|prior to)\b|\bwithout (it|the (tablets?|medicine|drops|patch|cream))\b", re.I
)
#: The words between a person and the verb that say only how often that person has it ("She sometimes gets A").
OWN_FREQUENCY = re.compile(r"( (also|sometimes|often|still|now|then|usually))* (sometimes|often)( (also|still))*")
#: Right before the person: a condition or a time to come ("If Priya gets a rash", "when he feels dizzy").
CONDITION_BEFORE = re.compile(r"\b(if|when|whenever|unless|in case|once|should)\s+$", re.I)
#: Words that are no person though capitalised at a clause's start.
NOT_A_PERSON = frozenset(
    {
        "It", "This", "That", "These", "Those", "There", "They", "Most", "Many", "Some", "Few", "Any", "All", "Others",
        "People", "Patients", "Children", "Doctors", "Nurses", "Your", "You", "The", "A", "An", "If", "When", "While",
        "Once", "After", "Before", "Rarely", "Very", "Occasionally", "Sometimes", "Side", "Other", "Each", "Every",
    }
)  # fmt: skip


def note_effects_passage(ctx: Discourse, unit: Unit) -> None:
    """After a unit: open an effects passage at a topic sentence, or end it when the unit names another agent only.

    >>> ctx = Discourse(main="x", title="X for pain", focus="x", passage_focus="x")
    >>> note_effects_passage(ctx, Unit("The side effects I was warned about:", [])); ctx.effects_passage
    'x'
    >>> note_effects_passage(ctx, Unit("Y helps.", [(0, 1, "y", "Drug")])); ctx.effects_passage is None
    True
    """
    agents = frozenset(m[2] for m in unit.mentions if m[3] in AGENT)
    if ctx.effects_passage and agents and ctx.effects_passage not in agents:
        ctx.effects_passage = None
    topic = TOPIC.search(unit.text) if not unit.bullet else None
    if topic and not agents and OF_ANOTHER.match(unit.text, topic.end()):
        topic = None  # ("Side effects of the older tablets were many": another thing's)
    if topic and len(agents) <= 1:
        owner = next(iter(agents)) if agents else titled(ctx) or _left_in_focus(ctx)
        if agents and unit.classes is not None and unit.classes.get(owner) != "Drug":
            owner = None  # ("Antipsychotics can cause side effects": a class's, no drug's passage)
        if not agents and ctx.last_agents and owner not in ctx.last_agents:
            owner = None  # ("These are called extrapyramidal side effects": the effects the last sentence's agent has)
        if owner:
            ctx.effects_passage = owner
            # (a line of its own that is no sentence: a question or a lead, "WHAT SIDE EFFECTS MIGHT I GET?")
            ctx.effects_passage_lead = unit.alone and not unit.text.rstrip(" *_").endswith((".", "!"))
            ctx.last_agents = agents
            return
    ctx.effects_passage_lead = False
    ctx.last_agents = agents


#: Between two sentences: a blank line, the end of a paragraph.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def end_effects_passage(ctx: Discourse, gap: str, new_heading: bool) -> None:
    """Before a unit: an effects passage ends at a blank line (`gap`: the text since the last sentence) or a new
    heading.

    >>> ctx = Discourse(effects_passage="x")
    >>> end_effects_passage(ctx, " ", False); ctx.effects_passage
    'x'
    >>> end_effects_passage(ctx, "\\n\\n", False); ctx.effects_passage is None
    True
    """
    if ctx.effects_passage and new_heading:
        ctx.effects_passage = None
    elif ctx.effects_passage and PARAGRAPH_BREAK.search(gap):
        if ctx.effects_passage_lead:  # (a topic line of its own: its paragraph is the next one)
            ctx.effects_passage_lead = False
        else:
            ctx.effects_passage = None


def _left_in_focus(ctx: Discourse) -> str | None:
    """The drug in focus as the sentences left it, when no heading has moved the focus since."""
    return ctx.passage_focus if ctx.passage_focus and ctx.passage_focus == ctx.focus else None


def person_effects(unit: Unit, ctx: Discourse, found: list) -> list[Found]:
    """A person's own side effects in a side-effect section or an effects passage (rule person-effects).

    >>> ms = [(29, 38, "headache", "Symptom"), (43, 59, "insomnia", "Symptom")]
    >>> u = Unit("In the first few weeks I had headaches and trouble sleeping.", ms)
    >>> [(f.subject, f.object, f.certainty) for f in person_effects(u, Discourse(effects_passage="x"), [])]
    [('x', 'headache', 'Asserted'), ('x', 'insomnia', 'Asserted')]
    >>> person_effects(Unit("Before he started it, he had headaches.", [(29, 38, "headache", "Symptom")]),
    ...     Discourse(effects_passage="x"), [])
    []
    """
    if unit.bullet or any(m[3] in AGENT for m in unit.mentions):
        return []
    owner = (heading_owner(ctx, unit.heading, EFFECTS_HEADING) if unit.heading else None) or ctx.effects_passage
    if owner is None:
        return []
    stated = {f.object for f in found if f.predicate == "hasAdverseEffect"}
    out = []
    for had in PERSON_HAD.finditer(unit.text):
        if had.group("who") in NOT_A_PERSON or BEFORE_DRUG.search(unit.text, 0, had.start("who")):
            continue
        if CONDITION_BEFORE.search(unit.text, 0, had.start("who")):
            continue  # ("If Priya gets a rash, ...": what to do should it happen, no effect she had)
        if any(m[0] <= had.start("who") < m[1] for m in unit.mentions):
            continue  # (a capitalised condition, "Nausea gets better", is no person)
        # ("I often feel sick": the lay name holds its verb)
        after = had.start("verb") if had.group("verb").startswith("fe") else had.end()
        for obj in _objects(unit, after, set(COND), agents=AGENT):
            st = _status(unit, obj)
            if obj[2] in stated or st.absent or st.negated:
                continue  # (one person's "I have not had any nausea" denies nothing of the drug's)
            stated.add(obj[2])
            certainty = st.certainty
            if certainty == "Occasional" and OWN_FREQUENCY.fullmatch(had.group("often") or ""):
                certainty = "Asserted"  # ("She sometimes gets a headache": her own experience, asserted)
            out.append(
                Found(owner, "hasAdverseEffect", obj[2], "person-effects", st.negated, certainty, (), Decimal("0.5"),
                      unit.text[had.start("who"): had.end()])
            )  # fmt: skip
    return out
