"""A partner named in a fronted participle clause interacts with the drug the main clause is about (decision 0926):
"Taken with warfarin, it may increase the risk of bleeding", "Combined with antidepressants such as sertraline, it
might cause serotonin syndrome", "Taken with gliclazide or with insulin, X can drag the sugar too low". The clause
opens the sentence ("Taken / Combined / Used / Given / Mixed (together) with" and the partners); the main clause's
subject is "it" or the drug itself, then (a modal and) a verb of a harm or a change (cause, raise, increase, strain,
drag, drop, push, lower, make, slow, harm, damage, add, lead, bring, send). The drug is the one named there, else the
one "it" speaks of (`relate_interactions.object_partner`). Never with a denial or a lessening after the subject
("Taken with food, it causes less stomach upset", "it does not upset the stomach": food is how it is taken, no
interaction), nor for the drug itself or a pair the sentence's claims already relate. The certainty is the modal's
("may", "might", "could": Possible)."""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.relate_interactions import object_partner
from graph_build.text.units import CHEMICAL, Discourse, Found, Unit

#: The fronted clause: "Taken with", "Combined with", "When used together with" at the sentence's (or bullet's) start.
FRONTED = re.compile(r"^[\W_]*(when\s+)?(taken|combined|used|given|mixed)\s+(together\s+)?with\s+", re.I)
#: The main clause after the partners: a comma (or none), the subject, a modal, a verb of a harm or a change.
MAIN = re.compile(
    r"\s*,?\s*(?P<subject>it|[\w-]+)\s+(?P<modal>(can|may|might|could|will|would|often|also|sometimes|\s)+)?"
    r"(cause[sd]?|raise[sd]?|increase[sd]?|strain[sd]?|drag[sd]?|drop[sd]?|push(es)?|lower[sd]?|make[sd]?|"
    r"slow[sd]?|harm[sd]?|damage[sd]?|add[sd]?|lead[sd]?|bring[sd]?|send[sd]?)\b(?!\s+(\w+\s+)?(less|fewer|no)\b)",
    re.I,
)
#: Between two partners of the clause: a list's commas and "and" / "or", "with" again, "such as" examples, a gloss.
BETWEEN = re.compile(r"^[\s*_]*(,|\band\b|\bor\b|\bwith\b|\bsuch\s+as\b|\blike\b|\s)*[\s*_]*$", re.I)
HEDGED = re.compile(r"\b(may|might|could)\b", re.I)


def partners_and_main(text: str, after: list) -> tuple[list, re.Match | None]:
    """The partners a fronted clause lists - the first mention of `after` and those joined to it by a list's commas,
    "and", "or", "with", "such as" - and the main clause after the last (`MAIN`, None when there is none). The drug
    named as the main clause's subject ends the list."""
    listed = after[:1]
    for m in after[1:]:
        main = MAIN.match(text, listed[-1][1])
        if not BETWEEN.match(text[listed[-1][1] : m[0]]) or (main and main.start("subject") == m[0]):
            break
        listed.append(m)
    return listed, MAIN.match(text, listed[-1][1])


def fronted_partners(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """The interactions of the partners a fronted "Taken / Combined with A," clause names (rule `fronted-partner`).

    >>> ms = [(11, 19, "warfarin", "Drug")]
    >>> u = Unit("Taken with warfarin, it may increase the risk of bleeding.", ms)
    >>> [(f.subject, f.object, f.negated, f.certainty) for f in fronted_partners(u, Discourse(focus="x", main="x"), [])]
    [('x', 'warfarin', False, 'Possible')]
    >>> fronted_partners(Unit("Taken with food, it causes less upset.", [(11, 15, "food", "Substance")]),
    ...                  Discourse(focus="x", main="x"), [])
    []
    >>> fronted_partners(Unit("Taken with warfarin, it does not raise the risk.", ms), Discourse(focus="x", main="x"),
    ...                  [])
    []
    """
    text = unit.text
    opened = FRONTED.match(text)
    if opened is None:
        return []
    partners = [m for m in unit.mentions if m[0] >= opened.end() and m[3] in CHEMICAL]
    listed = partners[:1]
    if not listed or text[opened.end() : listed[0][0]].strip(" *_").lower() not in ("", "a", "an", "the", "other"):
        return []
    listed, main = partners_and_main(text, partners)
    if main is None:
        return []
    subject = main.group("subject")
    named = [m for m in unit.mentions if m[0] == main.start("subject") and m[3] == "Drug"]
    if named:
        drug = named[0][2]
    elif subject.lower() == "it":
        drug = object_partner(unit, ctx)
    else:
        return []
    if drug is None:
        return []
    stated = {frozenset((f.subject, f.object)) for f in found if f.predicate == "interactsWith"}
    certainty = "Possible" if main.group("modal") and HEDGED.search(main.group("modal")) else "Asserted"
    return [
        Found(drug, "interactsWith", m[2], "fronted-partner", False, certainty, confidence=Decimal("0.7"),
              resolved_from=subject if not named else "")
        for m in dict.fromkeys(listed)
        if m[2] != drug and frozenset((drug, m[2])) not in stated
    ]  # fmt: skip
