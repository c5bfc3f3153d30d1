"""An effect of a pair named with "alongside" is an interaction of the pair (decision 0969): "Blood pressure tablets
may work less well alongside it", "Diltiazem can slow the heart too much alongside betaxolol", "Theophylline, taken
alongside terbutaline, may make a low potassium level more likely", "Taking it alongside a fibrate may raise the risk
of muscle trouble", "Alcohol puts extra strain on the liver alongside it". One end is the drug "it" speaks of
(`relate_interactions.object_partner`) or the document's drug named right after "alongside"; the other ends are the
medicines (or drinks) the sentence names on the other side. The sentence must name an effect of the pair (`EFFECT`:
a harm, a change that goes too far, a medicine that works less well); "It is taken alongside metformin", "Alongside
the injections she takes X to stop the flare" name a combined use, no interaction, and a denial ("does not interact
with it and can be used alongside") is the denial readings' (unaffected.py), so a sentence with a denial word gives
nothing here, save the lessening "may not work as well". The certainty is the sentence's modal ("may", "might",
"could": Possible). Nothing for a pair the sentence's claims already relate."""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.owners import titled
from graph_build.text.relate_interactions import object_partner
from graph_build.text.units import CHEMICAL, Discourse, Found, Unit

#: "alongside" then what it joins: a pronoun for the drug ("alongside it") or a word that opens a named one.
ALONGSIDE = re.compile(
    r"\balongside\b\s*(?:(?P<it>it|this (?:drug|medicine|medication)|the (?:drug|medicine|medication))\b|"
    r"(?:(?:an?|the|other|another|any|your|his|her|their|a few|some)\s+)?(?P<named>))",
    re.I,
)
#: Where the clause of "alongside" opens: after a semicolon or a comma's "and", "but", "so" ("Levodopa works against
#: it, and lithium taken alongside it may raise the risk": lithium only).
CLAUSE_BREAK = re.compile(r";\s*|,\s*(and|but|so|while|whereas)\s+", re.I)
#: Right after a bare "alongside": the clause ends ("Aspirin can be given alongside, but it adds to the risk").
CLAUSE_END = re.compile(r"\s*([,.;:)]|$)")
#: "Taking it alongside A", "Using it alongside A", "when it is taken alongside A": "it" is the drug, A the partner.
IT_TAKEN = re.compile(
    r"\b(?:(?:taking|using|having)\s+it|it\s+is\s+(?:taken|used|given|started))\s+(?=alongside\b)", re.I
)
#: An effect of the pair: a harm, a change that goes too far, a medicine that works less well ("more likely",
#: "less well", "not work as well", "too far", "the risk", "strain", "harder on", "adds to", "piles up", "cause",
#: "bleeding", "dangerous"). Not after "to" (a purpose: "alongside metformin to lower the sugar").
EFFECT = re.compile(
    r"(?<!\bto )\b(more\s+likely|less\s+(?:well|effective)|(?:not|n't)\s+(?:work\s+)?(?:quite\s+|nearly\s+)?"
    r"(?:as|so)\s+well|too\s+(?:far|much|high|low|slow|fast)|risks?|strain|harder\s+on|adds?\s+to|add(?:s|ing)?\s+up|"
    r"piles?\s+up|doubl\w*\s+up|cause[sd]?|causing|bleed\w*|dangerous\w*|toxic\w*|damage[sd]?)\b",
    re.I,
)
#: A denial or a reassurance in the sentence: no interaction here ("does not interact", "is fine alongside it",
#: "never"), save a medicine that does "not work as well" (`EFFECT`).
DENIED = re.compile(r"\b(not|no|never|without|fine|safe|safely|okay|ok|interact\w*|interfer\w*)\b|n't\b", re.I)
#: A modal that leaves the effect in doubt.
HEDGED = re.compile(r"\b(may|might|could)\b", re.I)


def alongside_effects(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """The interactions of a pair whose effect a sentence names with "alongside" (rule `combined-with`).

    >>> ms = [(0, 8, "diltiazem", "Drug"), (48, 57, "betaxolol", "Drug")]
    >>> u = Unit("Diltiazem can slow the heart too much alongside betaxolol.", ms)
    >>> ctx = Discourse(focus="betaxolol", main="betaxolol", title="Betaxolol eye drops")
    >>> [(f.subject, f.object, f.certainty) for f in alongside_effects(u, ctx, [])]
    [('betaxolol', 'diltiazem', 'Asserted')]
    >>> alongside_effects(Unit("It is taken alongside metformin.", [(22, 31, "metformin", "Drug")]), ctx, [])
    []
    """
    text = unit.text
    where = ALONGSIDE.search(text)
    if where is None:
        return []
    opened = max((b.end() for b in CLAUSE_BREAK.finditer(text, 0, where.start())), default=0)
    effect = EFFECT.search(text, opened)  # (in the clause of "alongside" or after it, not "X caused Y, so ...")
    if effect is None:
        return []
    if any(d.start() < effect.start() or d.start() >= effect.end() for d in DENIED.finditer(text)):
        return []
    chemicals = [m for m in unit.mentions if m[3] in CHEMICAL]
    before = [m for m in chemicals if opened <= m[0] and m[1] <= where.start()]
    taken = IT_TAKEN.search(text, opened)
    if taken and taken.end() == where.start() and not before:
        # ("Taking it alongside a fibrate may raise the risk": the partners follow, up to the effect)
        drug = object_partner(unit, ctx)
        partners = [m for m in chemicals if where.start() < m[0] < max(effect.start(), where.end())]
    elif where.group("it") or CLAUSE_END.match(text, where.end()):
        drug = object_partner(unit, ctx)  # ("A may work less well alongside it", "A can be given alongside, but")
        partners = before
    else:
        after = [m for m in chemicals if m[0] == where.end("named")]
        if not after or after[0][2] not in (titled(ctx), ctx.focus):
            return []
        drug, partners = after[0][2], before  # ("A can slow the heart too much alongside X")
    if drug is None:
        return []
    stated = {frozenset((f.subject, f.object)) for f in found if f.predicate == "interactsWith"}
    certainty = "Asserted" if not HEDGED.search(text) else "Possible"
    return [
        Found(drug, "interactsWith", p, "combined-with", False, certainty, confidence=Decimal("0.5"))
        for p in dict.fromkeys(m[2] for m in partners)
        if p != drug and frozenset((drug, p)) not in stated
    ]
