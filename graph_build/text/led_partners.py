"""Partners listed after a lead that says what they do to the drug (decision 0861): "Some medicines make the liver
break it down faster, and then it stops working: the epilepsy medicine A, the antibiotic B and the herbal remedy C",
"Some medicines make the blood level of X go up: A, B and C are examples", "Medicines that speed up the liver can stop
it working, among them A and B". The lead opens the sentence with medicines in general ("Some / Certain / Other
medicines", "Drugs that ..."), names the drug (by name, or by "it / its" for the section's or the document's drug)
and a change of it (its level, its breakdown, its working); the list after the colon (or after ", among them") names
the partners, each item a medicine with at most a short gloss before it ("the antibiotic B"). Nothing for a lead with
a negation, for a lead that names no change of the drug, nor for a list of anything but medicines."""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.relate_cues import NEGATION_WORD
from graph_build.text.relate_interactions import pronoun_partner
from graph_build.text.units import CHEMICAL, Discourse, Found, Unit

#: The lead: medicines in general opening the sentence, then what they do, up to a colon or ", among them".
LEAD = re.compile(
    r"^[\s*_-]*((some|certain|several|other|many|a\s+few|a\s+number\s+of)\s+(other\s+)?)?"
    r"(medicines|drugs|medications|remedies)\b(?P<lead>[^:;.!?]{6,140}?)(?P<turn>:|,\s+among\s+them)\s+",
    re.I,
)
#: In the lead: a change of the drug ("break it down faster", "its level", "stops working", "work less well").
CHANGE = re.compile(
    r"\b(levels?|amounts?|concentrations?|break\w*\s+(it|them|\w+)\s+down|breakdown|clear\w*|stops?\s+(it\s+)?"
    r"working|stop\s+(it|\w+)\s+(from\s+)?working|work\w*\s+less\s+well|less\s+effective|effects?|weaken\w*|"
    r"strengthen\w*)\b",
    re.I,
)
#: In the lead: the drug by a pronoun ("break it down", "its level", "stop it working").
PRONOUN = re.compile(r"\b(it|its)\b", re.I)
#: Between two items of the list: a comma, "and", "or".
SEPARATOR = re.compile(r"\s*(,\s*(and|or)?|\band\b|\bor\b)\s*", re.I)
#: Before an item's medicine: at most a short gloss of lower-case words ("the antibiotic", "the herbal remedy").
GLOSS = re.compile(r"[*_]*((the|an?)\s+)?([a-z-]+\s+){0,3}[*_]*")
#: After the list: its end ("are examples", "are two of them", a full stop).
LIST_END = re.compile(
    r"\s*(\s(are|is)\s+(some\s+|two\s+|three\s+)?(examples?|among\s+them|of\s+them))?\s*[.!]?\s*$", re.I
)
#: In an item before a class: a word that narrows it to some of its members ("some epilepsy medicines": not the
#: class, decision 0847).
NARROWED = re.compile(r"\b(some|certain|other|older|newer|strong|particular)\b", re.I)


def led_partners(unit: Unit, ctx: Discourse) -> list[Found]:
    """The medicines listed after a lead of what they do to the drug interact with it (rule `led-partners`).

    >>> u = Unit("Some medicines lower its level: A and the antibiotic B.", [(32, 33, "a", "Drug"),
    ...     (42, 52, "antibiotic", "DrugClass"), (53, 54, "b", "Drug")])
    >>> [(f.subject, f.object) for f in led_partners(u, Discourse(focus="x", main="x"))]
    [('x', 'a'), ('x', 'b')]
    >>> led_partners(Unit("Some medicines do not lower its level: A.", [(39, 40, "a", "Drug")]),
    ...              Discourse(focus="x", main="x"))
    []
    >>> led_partners(Unit("Some medicines are sold in shops: A.", [(34, 35, "a", "Drug")]),
    ...              Discourse(focus="x", main="x"))
    []
    """
    text = unit.text
    lead = LEAD.match(text)
    if lead is None or not CHANGE.search(lead.group("lead")) or NEGATION_WORD.search(lead.group("lead").lower()):
        return []
    inside = [m for m in unit.mentions if m[0] < lead.end("lead")]
    named = [m for m in inside if lead.start("lead") <= m[0] and m[3] in CHEMICAL]
    if len(named) > 1 or (named and named[0][3] != "Drug"):
        return []
    pronoun = None if named else PRONOUN.search(lead.group("lead"))
    drug = named[0][2] if named else (pronoun_partner(unit, ctx) if pronoun else None)
    if drug is None:
        return []
    tail = LIST_END.search(text, lead.end())
    stop = tail.start() if tail else len(text)
    partners: list[str] = []
    at = lead.end()
    for bound in [*(m.span() for m in SEPARATOR.finditer(text, lead.end(), stop)), (stop, stop)]:
        members = [m for m in unit.mentions if at <= m[0] and m[1] <= bound[0]]
        # (each item a medicine right at its end, at most a short gloss of lower-case words before it)
        if not members or text[members[-1][1] : bound[0]].strip() or not GLOSS.fullmatch(text, at, members[-1][0]):
            return []
        last = members[-1]
        if last[3] not in CHEMICAL:
            return []
        if not (last[3] == "DrugClass" and NARROWED.search(text, at, last[0])):
            partners.append(last[2])
        at = bound[1]
    hedges = list(HEDGE_WORD.finditer(lead.group("lead")))
    certainty = HEDGES[hedges[-1].group(1).lower()] if hedges else "Asserted"
    return [
        Found(drug, "interactsWith", p, "led-partners", False, certainty, confidence=Decimal("0.6"),
              resolved_from=pronoun.group(1) if pronoun else "")
        for p in dict.fromkeys(partners) if p != drug
    ]  # fmt: skip
