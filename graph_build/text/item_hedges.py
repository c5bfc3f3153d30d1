"""The hedge of a side-effect list item that says its effect only may happen (decision 0808).

A list item under a side-effect heading names the drug's effects as asserted ("- Headache", "- Feeling sick"), and
the list rule (relate_sentence_rules, side-effect-list) read every item so. An item whose own verb is hedged, "-
Hallucinations and swollen ankles may occur", "- Blurred vision may happen", "- Constipation is also possible",
says the effect is possible (the development golds write these Possible; running text with the same words was already
read Possible by effects-under-heading). A frequency word in the item ("rarely", "very rarely") is left to the rules
that read frequency.

An item's own hedge may also stand after its effect, in the effect's own clause (decision 0867: sealed55-58 read four
such items as plain side effects): "- constipation, in some people", "- dizziness, which some people get", "- a rash
or itching, which may happen rarely" (some of the people, a rare or occasional happening: Occasional, as the golds
write 45 of 45 items with "some people" / "in some" / "rarely" after or before the effect), "- Bloating and wind may
get worse for the first week", "- hair loss, possibly" (the effect the subject of "may / might / could", or a
"possibly / perhaps" after it: Possible). "can" asserts (the golds write 30 of 38 list items with "can" asserted,
the other 8 Occasional by "rarely" or "some people"). A modal of a later clause about a consequence ("- low sodium,
which may cause confusion", "- aches, which may make kneeling painful") or after a colon (the label's text, read by
the list rule's LABEL_HEDGE) hedges nothing.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.units import COND, Found, Unit

#: After the item's effects: a modal of their happening, or "is / are (also) possible".
ITEM_MAY = re.compile(
    r"\b((may|might|could)\s+(also\s+|sometimes\s+)?(occur|happen|develop|appear)|(is|are)\s+(also\s+)?possible)\b",
    re.I,
)
#: A word of frequency in the item: its certainty is the frequency rules' to read.
FREQUENCY = re.compile(r"\b(rare(ly)?|occasional(ly)?|uncommon(ly)?|common(ly)?|often|sometimes|frequent(ly)?)\b", re.I)


#: What ends the clause of the effect: a ";" or a ":" (the label's text), a new sentence, a contrast or a consequence.
OWN_CLAUSE_END = re.compile(r"[;:]|\.\s|,\s*(?:so|but|and\s+then|because|as)\b|\s[-\u2013\u2014]\s", re.I)
#: Some of the people, or a rare or occasional happening, after the effect in its clause: Occasional. "for a few
#: minutes", "for some days" is how long the effect lasts, no part of the people (decision 0954).
SOME_AFTER = re.compile(
    r"\b(?:(?:in|for|among)\s+(?:some|a\s+few|a\s+small\s+number\s+of)\s+"
    r"(?!(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|moments?|time|while)\b)[a-z]+"
    r"|(?:some|a\s+few|a\s+small\s+number\s+of)\s+(?:people|patients|children|adults|men|women|users)"
    r"|(?:very\s+)?rarely|occasionally(?!\s+reported))\b",
    re.I,
)
#: A relative clause or a pronoun's clause about what the effect leads to: its words describe the consequence.
CONSEQUENCE = re.compile(
    r"\b(?:which|that|this|it)\s+(?:(?:may|might|could|can|will|sometimes|also)\s+)*"
    r"(?:make|makes|cause|causes|lead|leads|mean|means|be|is|show|shows|affect|affects|stop|stops)\b",
    re.I,
)
#: The effect (and the effects coordinated with it) the subject of a modal: "A and B may get worse"; a gloss in
#: brackets after the effect, or the effect named as the gloss, is still its name ("- Wind (flatulence) may get
#: worse", "- Flatulence (wind) may get worse": decision 0899).
MODAL_RIGHT_AFTER = re.compile(
    r"^[\s,*_]*(?:(?:\)|\([^()]*\))[\s,*_]*)?(?:(?:and|or)[\s*_]+)?(?:(?:also|sometimes|then|both)\s+)?(?:may|might|could)\s+(?!not\b|n't)[a-z]",
    re.I,
)
#: "possibly" / "perhaps" after the effect in its clause.
POSSIBLY = re.compile(r"\b(?:possibly|perhaps)\b", re.I)
#: (decision 0931) "possibly" / "perhaps" / "maybe" right before the effect, with only an article, "and" / "or" or
#: effects coordinated before it between ("- possibly blood clots in the legs or lungs", "- headache and perhaps a
#: rash"): Possible. Not over other words ("- Perhaps the commonest is headache" hedges which is commonest, not the
#: headache).
POSSIBLY_BEFORE = re.compile(
    r"(?:^|[\s(,;:*_-])(?:possibly|perhaps|maybe)[\s,]+(?:(?:an?|some|the|and|or)\b[\s,]*)*$", re.I
)


def _own_hedge(unit: Unit, start: int, end: int) -> str:
    """The certainty an item's own words after its effect at text[start:end] give it ("" for none).

    >>> u = Unit("- Bloating and wind may get worse at first.", [(2, 10, "b", "Symptom"), (15, 19, "f", "Symptom")])
    >>> _own_hedge(u, 2, 10), _own_hedge(u, 15, 19)
    ('Possible', 'Possible')
    >>> u = Unit("- low sodium, which may cause confusion", [(2, 12, "h", "Symptom"), (30, 39, "c", "Symptom")])
    >>> _own_hedge(u, 2, 12)
    ''
    >>> _own_hedge(Unit("- a rash, which may happen rarely", []), 4, 8)
    'Occasional'
    >>> u = Unit("- headache and possibly a rash", [(2, 10, "h", "Symptom"), (26, 30, "r", "Symptom")])
    >>> _own_hedge(u, 2, 10), _own_hedge(u, 26, 30)
    ('', 'Possible')
    """
    text = unit.text
    before = text[:start]
    for a, b, _slug, cls in sorted(unit.mentions, reverse=True):
        if cls in COND and b <= start:  # the effects coordinated before this one share its hedge
            before = before[:a] + before[b:]
    if POSSIBLY_BEFORE.search(before):
        return "Possible"
    stop = OWN_CLAUSE_END.search(text, end)
    tail = text[end : stop.start() if stop else len(text)]
    consequence = CONSEQUENCE.search(tail)
    reach = tail[: consequence.start()] if consequence else tail
    if SOME_AFTER.search(reach):
        return "Occasional"
    # the effects coordinated after this one are part of the modal's subject
    rest = tail
    for a, b, _slug, cls in sorted(unit.mentions, reverse=True):
        if cls in COND and end <= a and b <= end + len(tail):
            rest = rest[: a - end] + rest[b - end :]
    possibly = POSSIBLY.search(reach)
    if possibly and any(
        cls in COND and end + possibly.end() <= a < end + len(reach) for a, _b, _s, cls in unit.mentions
    ):
        possibly = None  # ("- headache and possibly a rash": the rash's hedge, not the headache's; decision 0931)
    if MODAL_RIGHT_AFTER.match(rest) or possibly:
        return "Possible"
    return ""


def item_hedges(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each asserted side-effect-list effect Possible when its item says it only may happen.

    >>> u = Unit("- Blurred vision may occur.", [(2, 16, "blurred-vision", "Symptom")], bullet=True)
    >>> [f.certainty for f in item_hedges(u, [Found("x", "hasAdverseEffect", "blurred-vision", "side-effect-list")])]
    ['Possible']
    >>> u = Unit("- Blurred vision.", [(2, 16, "blurred-vision", "Symptom")], bullet=True)
    >>> [f.certainty for f in item_hedges(u, [Found("x", "hasAdverseEffect", "blurred-vision", "side-effect-list")])]
    ['Asserted']
    """
    out = []
    for f in found:
        if f.rule == "side-effect-list" and f.certainty == "Asserted" and not f.negated:
            ends = [m[1] for m in unit.mentions if m[2] == f.object]
            spans = [(m[0], m[1]) for m in unit.mentions if m[2] == f.object]
            own = {_own_hedge(unit, a, b) for a, b in spans}
            if "Occasional" in own:  # ("- constipation, in some people", "which may happen rarely": decision 0867)
                f = dataclasses.replace(f, certainty="Occasional")
            elif not FREQUENCY.search(unit.text) and (
                (ends and ITEM_MAY.search(unit.text, min(ends)))
                or "Possible" in own  # ("- A and B may get worse", "- hair loss, possibly": decision 0867)
            ):
                f = dataclasses.replace(f, certainty="Possible")
        out.append(f)
    return out


#: A lead whose last sentence says the items only some people get: "Some people get:", "A few walkers notice:".
LEAD_SOME = re.compile(
    r"^[\W_]*(?:some|a\s+few|a\s+small\s+number\s+of)\s+[a-z]+\s+(?:(?:may|might|can|also)\s+)*"
    r"(?:get|have|notice|feel|experience|develop)\b[^.:]*:\s*$",
    re.I,
)
#: A lead whose last sentence says the items may happen to whoever takes the drug: "Other side effects may include:",
#: "Walkers may have:", "You might notice:". Verbs of having and noticing the effect only: "The ones you might come
#: across:" (who reads meets them) says nothing of how sure the effect is (a development gold writes those asserted).
#: The drug the subject of the modal: "X may cause:", "The leaflet warns that X may also cause:" (decision 0920); "it
#: may cause no symptoms, but some men notice:" denies and hedges nothing of the items.
LEAD_MAY = re.compile(
    r"\b(?:may|might|could)\s+(?:also\s+)?(?:include|have|get|notice|feel|experience|develop|suffer(?:\s+from)?"
    r"|cause(?![^.:]*\b(?:no|not|never)\b))\b"
    r"[^.:]*:\s*$",
    re.I,
)
#: The end of a sentence inside a lead's line.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def lead_hedges(unit: Unit, lead: str, found: list[Found]) -> list[Found]:
    """`found` with each asserted side-effect-list effect of an item under a hedged lead hedged as the lead says
    (decision 0867): "Some people get:" Occasional, "Other side effects may include:" Possible. A frequency label
    ("Uncommon (up to 1 in 100 people):") is the frequency rules' and keeps its reading.

    >>> u = Unit("- headache", [(2, 10, "headache", "Symptom")], bullet=True)
    >>> f = [Found("x", "hasAdverseEffect", "headache", "side-effect-list")]
    >>> [g.certainty for g in lead_hedges(u, "Some people get:", f) + lead_hedges(u, "Walkers may have:", f)]
    ['Occasional', 'Possible']
    >>> [g.certainty for g in lead_hedges(u, "The ones you might come across:", f)]
    ['Asserted']
    """
    last = SENTENCE_END.split(lead.strip())[-1] if lead else ""
    certainty = "Occasional" if LEAD_SOME.search(last) else "Possible" if LEAD_MAY.search(last) else ""
    if not certainty or FREQUENCY.search(unit.text):
        return found
    return [
        dataclasses.replace(f, certainty=certainty)
        if f.rule == "side-effect-list" and f.certainty == "Asserted" and not f.negated
        else f
        for f in found
    ]
