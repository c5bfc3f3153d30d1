"""A partner the reader is told to avoid interacts with the drug (decision 0893): "Grapefruit juice should be
avoided", "Alcohol is best avoided while you take it", "She avoids grapefruit juice, because it raises the level of X",
"Avoid anti-inflammatory painkillers such as ibuprofen", "And keep off grapefruit juice completely", "A raises the
level too, so it is best avoided". Advice to keep a medicine, a food or a drink away from the drug is how lay texts
state an interaction, and the golds write it as one (asserted).

Strict, as the other lay readings of interactions (unaffected.py, led_partners.py):
- the avoided things are medicines, foods or drinks the recogniser names (a condition, a population, an activity or a
  pronoun for the drug is never a partner: "should be avoided in pregnancy", "avoid driving", "avoid it");
- the drug is the one its pronoun or section speaks of (`pronoun_partner`) or the text's drug named in the sentence,
  and the sentence ties the advice to it: it names the drug (by name or "it" after the cue: "while taking it", "on the
  nights he takes it", "because they raise the level of X"), or it stands under an interactions heading, or the
  sentence before stated an interaction of that drug (`Discourse.interacted`);
- no denial before the cue in its clause ("there is no need to avoid A", "A is not a reason to avoid it"), no people
  or condition before it in the sentence ("People with asthma should avoid A": who should avoid, not what the drug
  meets), no question (relate asks none);
- a class of some of its members ("some antibiotics") is no partner; a class followed by its examples gives both, as
  the golds write an avoided class and its example."""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.owners import INTERACTIONS_HEADING, heading_owner
from graph_build.text.relate_cues import NEGATION_WORD
from graph_build.text.relate_interactions import pronoun_partner
from graph_build.text.units import CHEMICAL, COND, Discourse, Found, Unit

#: The passive advice after the avoided things: "A should be avoided", "A is best avoided", "A must also be avoided".
PASSIVE = re.compile(
    r"\b((should|must|need\s+to|needs\s+to|has\s+to|have\s+to|ought\s+to)\s+(also\s+|always\s+|really\s+)?be"
    r"|(is|are)\s+(also\s+)?(best|better|usually|always|to\s+be))\s+avoided\b",
    re.I,
)
#: The active advice before the avoided things: "Avoid A", "She avoids A", "I have to avoid A", "keep off A", "steer
#: clear of A", "avoid drinking A" (a verb of taking something in before the list).
ACTIVE = re.compile(
    r"\b(avoids?|keep\s+off|keeps\s+off|steers?\s+clear\s+of|stays?\s+away\s+from)\s+"
    r"((drinking|eating|taking|using|having)\s+)?((any|all|the|too\s+much|large\s+amounts\s+of|lots\s+of)\s+)?",
    re.I,
)
#: The advice said of the things the clause before named: ", so it is best avoided", "so Tom avoids them", "and must
#: be avoided" (the agents opening the sentence).
ANAPHORIC = re.compile(
    r"(,\s*so\s+|\band\s+|;\s*)((it|they)\s+)?((should|must)\s+(also\s+)?be|(is|are)\s+(also\s+)?(best|better))\s+"
    r"avoided\b|,\s*so\s+(?!(it|they|this|that)\b)[A-Z]?[a-z]+\s+avoids\s+(it|them)\b",
)
#: Before the active cue: the advice is the reader's or a person's (the sentence or clause opening, a pronoun or a
#: first name, a modal of obligation), never an act described in passing ("foods that help avoid A").
AVOIDER = re.compile(
    r"(^|[.:;!?(]\s*|,\s*(?i:and|so|but)\s+|\b(?i:so|and|also|please|then)\s+)[\W_]*((?i:please|also|just|and)\s+)*"
    r"((I|[Yy]ou|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[A-Z][a-z]+)\s+)?((also\s+)?(has\s+to|have\s+to|had\s+to|should|must|"
    r"needs?\s+to|will|try\s+to|tries\s+to|is\s+told\s+to|was\s+told\s+to|are\s+told\s+to)\s+)?(also\s+)?$",
)
#: After the cue: who or when the advice is for ("should be avoided in pregnancy", "by people with Y"): no partner.
WHO_AFTER = re.compile(
    r"\s+(in|by|for|during)\s+(\w+\s+)?(people|anyone|those|patients|women|men|children|babies|adults|pregnan\w*|"
    r"breast-?feeding)\b",
    re.I,
)
#: Between two avoided things of one list: a comma, "and", "or", a determiner.
LIST_GAP = re.compile(r"[*_]*\s*(,\s*)?((and|or)\s+)?((the|any|all|some)\s+)?[*_]*", re.I)
#: Right after a class: its examples ("anti-inflammatory painkillers such as ibuprofen").
EXAMPLES = re.compile(r"[*_]*\s*,?\s*(such\s+as|like|including|e\.g\.,?|for\s+example,?)\s+", re.I)
#: Right before a class: a word that takes some of its members only ("some antibiotics").
SOME_OF = re.compile(r"\b(some|certain|many|several|a\s+few|particular)\s+([\w-]+\s+)?$", re.I)
#: People before the cue ("People with asthma should avoid A", "anyone who ... should avoid"): who avoids, no partner.
PEOPLE = re.compile(
    r"\b(people|anyone|those|patients|women|men|children|babies|adults|someone|somebody)\s+(who|with|that|whose)\b"
    r"|\b(if|when)\s+(you|they|he|she)\s+(have|has|are|is)\b|\b(in|during)\s+(pregnancy|breast-?feeding)\b",
    re.I,
)
#: In the sentence: what the avoided thing does to the drug ("because they raise its level", "because they make the
#: tablet work less well", "A can add to the sleepiness, so Tom avoids them").
REASON = re.compile(
    r"\b(levels?|amount\s+of|absorb\w*|add(s|ing)?\s+to|work\w*\s+less\s+well|less\s+(effective|reliable)|"
    r"weaken\w*|strengthen\w*|stronger|weaker|stop\w*\s+(it|them)\s+(from\s+)?working)\b",
    re.I,
)
#: After the cue: the drug by its pronoun ("while taking it", "on the nights he takes it", "with it").
PRONOUN_AFTER = re.compile(
    r"\b(with|on|taking|takes|take|using|uses|use|alongside|used\s+to|during)\s+(it|this\s+(medicine|drug|tablet))\b",
    re.I,
)


#: Right after a partner's name: words that narrow it to a kind ("foods with a high potassium level", "drinks rich in
#: caffeine", "foods containing tyramine"): the advice names that kind, not the whole the name is, so no claim of it.
NARROWED_AFTER = re.compile(
    r"[*_]*\s+(with\s+(a\s+)?(high|lot|lots|plenty)\b|(rich|high)\s+in\b|containing\b|that\s+(contain|are\s+(high|rich))\b|"
    r"which\s+(contain|are\s+(high|rich))\b)",
    re.I,
)


def _listed(unit: Unit, at: int) -> list[tuple]:
    """The chemicals listed from offset `at` on: the first right there, the others after a list's gap.

    >>> u = Unit("Avoid foods with a high potassium level.", [(6, 11, "food", "Substance")])
    >>> _listed(u, 6)
    []
    """
    out: list[tuple] = []
    pos = at
    for m in unit.mentions:
        if m[0] < pos:
            continue
        if not LIST_GAP.fullmatch(unit.text, pos, m[0]) and not (out and EXAMPLES.fullmatch(unit.text, pos, m[0])):
            break
        if m[3] not in CHEMICAL or NARROWED_AFTER.match(unit.text, m[1]):
            break
        out.append(m)
        pos = m[1]
    return out


def _opening(unit: Unit, at: int) -> list[tuple]:
    """The chemicals coordinated at the sentence's opening (at most an article or "Large amounts of" before them),
    before offset `at`."""
    first = next((m for m in unit.mentions if m[0] < at), None)
    if first is None or not re.fullmatch(
        r"[\W_]*((and|also|but)\s+)?((the|any|large\s+amounts\s+of|too\s+much|other)\s+)?", unit.text[: first[0]],
        re.I
    ):  # fmt: skip
        return []
    return [m for m in _listed(unit, first[0]) if m[1] <= at]


def _partners(unit: Unit, ms: list[tuple], drug: str) -> list[str]:
    """The partners of a list: the drug itself and a class of some of its members are none."""
    out = []
    for m in ms:
        if m[2] == drug or (m[3] == "DrugClass" and SOME_OF.search(unit.text, max(0, m[0] - 30), m[0])):
            continue
        out.append(m[2])
    return out


def _tied(unit: Unit, ctx: Discourse, drug: str, at: int, partners: list[tuple]) -> bool:
    """Whether the sentence ties the advice at offset `at` to `drug`: it names the drug outside the avoided things, or
    its pronoun after the cue, or it stands under an interactions heading, or the sentence before stated the drug's
    interaction."""
    if any(m[2] == drug and m not in partners for m in unit.mentions):
        return True
    if PRONOUN_AFTER.search(unit.text, at) or REASON.search(unit.text):
        return True
    if unit.heading and heading_owner(ctx, unit.heading, INTERACTIONS_HEADING) == drug:
        return True
    return ctx.interacted == drug


def _cue_end(text: str, at: int) -> int:
    """The end of the word "avoided" / "avoid(s)" of the cue opening at offset `at` (or `at` when there is none)."""
    word = re.compile(r"avoid(ed|s)?\b|keeps?\s+off\b", re.I).search(text, at)
    return word.end() if word else at


def avoided_partners(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """The interactions advice to avoid a partner states (rule `avoided-partner`, asserted).

    >>> u = Unit("Grapefruit juice should be avoided while taking it.", [(0, 16, "grapefruit-juice", "Substance")])
    >>> [(f.subject, f.object, f.negated) for f in avoided_partners(u, Discourse(focus="x", main="x"), [])]
    [('x', 'grapefruit-juice', False)]
    >>> u = Unit("Avoid alcohol.", [(6, 13, "alcohol", "Substance")])
    >>> avoided_partners(u, Discourse(focus="x", main="x"), [])
    []
    >>> u = Unit("People with asthma should avoid aspirin while taking it.", [(12, 18, "asthma", "Disease"),
    ...     (32, 39, "aspirin", "Drug")])
    >>> avoided_partners(u, Discourse(focus="x", main="x"), [])
    []
    """
    text = unit.text
    named_drug = next((m[2] for m in unit.mentions if m[2] in {ctx.main, ctx.focus} - {None}), None)
    # (the drug whose interactions the sentence before stated, when it is the text's: "A raises the level of X. B is
    # best avoided while you take it", where a partner named before leaves no drug in focus)
    drug = named_drug or pronoun_partner(unit, ctx) or (ctx.interacted if ctx.interacted == ctx.main else None)
    if drug is None:
        return []
    stated = {frozenset((f.subject, f.object)) for f in found if f.predicate == "interactsWith"}
    avoided: list[tuple[int, list[tuple]]] = []  # (the cue's offset, the avoided things)
    for cue in PASSIVE.finditer(text):
        listed = _opening(unit, cue.start())
        if listed:
            gap = text[listed[-1][1] : cue.start()]
            # (right before the cue, or a verb phrase of the same subject before "and": "A raise the level and must
            # be avoided"; no clause break between)
            if not gap.strip(" *_") or (re.search(r"\band\s+$", gap) and not re.search(r"[,;:]", gap)):
                avoided.append((cue.start(), listed))
    for cue in ANAPHORIC.finditer(text):
        listed = _opening(unit, cue.start())
        if listed and not re.search(r"[;:]", text[listed[-1][1] : cue.start()]):
            # (the advice's own clause opens after the comma: the clause before is the reason, "A can add to the
            # sleepiness")
            avoided.append((cue.start() + (text[cue.start()] in ",;"), listed))
    for cue in ACTIVE.finditer(text):
        if not AVOIDER.search(text[: cue.start()]):
            continue
        listed = _listed(unit, cue.end())
        if listed and listed[0][0] == cue.end():
            avoided.append((cue.start(), listed))
    out: list[Found] = []
    for at, listed in avoided:
        before = text[:at]
        clause = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1 :]
        if NEGATION_WORD.search(clause.lower()) or PEOPLE.search(before):
            continue
        # (a condition or a group of people in the cue's own clause says who avoids, not what the drug meets; one in
        # a gloss of the avoided thing before it does not: "A, the kind in some hay fever remedies, ..., so Tom
        # avoids them")
        opened = len(before) - len(clause)
        if any(m[3] in COND or m[3] == "Population" for m in unit.mentions if opened <= m[0] and m[1] <= at):
            continue
        if WHO_AFTER.match(text, _cue_end(text, at)) or not _tied(unit, ctx, drug, at, listed):
            continue
        for partner in _partners(unit, listed, drug):
            if frozenset((drug, partner)) in stated:
                continue
            stated.add(frozenset((drug, partner)))
            out.append(
                Found(drug, "interactsWith", partner, "avoided-partner", False, confidence=Decimal("0.6"),
                      resolved_from="" if named_drug else "it")
            )  # fmt: skip
    return out
