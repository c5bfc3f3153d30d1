"""A drug that raises or lowers a salt in the blood: the raised or lowered level is its side effect (decision 0813).

Leaflets name a side effect of the blood's salts by the drug's act on them: "Lisinopril can raise the level of
potassium in the blood", "Perindopril may also raise the level of potassium in the blood", "Oxcarbazepine may lower
the sodium in your blood", "It can lower the amount of salt (sodium) in the blood". Every development gold that quotes
such a sentence (five documents, five sets) writes the drug's side effect, hyperkalemia, hyponatremia or hypokalemia,
and none writes a decrease of sodium (the decreases cue's reading, which is replaced). The drug is the cue's subject:
a drug named right before the verb with only modals and adverbs between, or the subject the decreases / increases cue
already resolved ("It can lower the potassium ..."). "may / might / could" hedge it (Possible), a negation denies it;
a partner's act ("Liquorice can lower potassium further", "they can push the potassium level too high") names no
blood and no drug of its own and gives nothing.

Since decision 0827: magnesium as sodium and potassium ("it can lower the magnesium in the blood": HPO's
Hypomagnesemia, both development golds that quote it), the level as the subject of its own move ("the level of
magnesium in the blood can sometimes drop"; its drug the document's, named before it or as "it"), and a low frequency
on the act ("can sometimes", "Rarely, ... it can lower") makes it Occasional, as frequency_hedges reads a rare effect.
"""

from __future__ import annotations

import re

from graph_build.text.frequency_hedges import LEAD
from graph_build.text.owners import titled
from graph_build.text.units import Discourse, Found, Unit

#: The verb and the salt "in the / your blood".
BLOOD_LEVEL = re.compile(
    r"\b(?P<verb>raise[sd]?|increase[sd]?|lower(?:s|ed)?|reduce[sd]?)\s+(?:the\s+|your\s+)?"
    r"(?:(?:level|levels|amount)\s+of\s+)?(?:salt\s+\(\s*)?(?P<salt>sodium|potassium|magnesium)\s*\)?\s*(?:levels?\s+)?"
    r"in\s+(?:the|your)\s+blood\b",
    re.I,
)
#: Between the drug and the verb: modals, adverbs, a negation.
GAP = re.compile(
    r"^\s*(?:(?:can|may|might|could|will|does|do|often|sometimes|also|occasionally|usually|not|n't|never)\b\s*)*$",
    re.I,
)
#: "It" opening the sentence as the cue's subject, with only modals and adverbs before the verb.
PRONOUN = re.compile(
    r"^[\W_]*(?:it|this medicine|the medicine)\s+(?:(?:can|may|might|could|will|does|do|often|sometimes|also|not|never)"
    r"\b\s*)*$",
    re.I,
)
HEDGE = re.compile(r"\b(may|might|could)\b", re.I)
DENIAL = re.compile(r"\b(not|never)\b|n't\b", re.I)
#: (salt, raised?) -> the side effect's slug (each a heading of the disease package).
LEVELS = {
    ("sodium", False): "hyponatremia",
    ("potassium", False): "hypokalemia",
    ("sodium", True): "hypernatremia",
    ("potassium", True): "hyperkalemia",
    # (decision 0827) magnesium as the others: HPO's Hypomagnesemia / Hypermagnesemia, which the index resolves
    ("magnesium", False): "hypomagnesemia",
    ("magnesium", True): "hypermagnesemia",
}
#: (decision 0827) the level itself as the subject of its move: "the level of magnesium in the blood can sometimes
#: drop", "the amount of sodium in your blood may fall"; the drug is one the sentence names before it, else "it"
#: before it ("If you take it for months, ..."), each only when it is the document's drug in focus.
LEVEL_MOVES = re.compile(
    r"\b(?:the\s+|your\s+)?(?:level|levels|amount)\s+of\s+(?P<salt>sodium|potassium|magnesium)\s+in\s+(?:the|your)\s+"
    r"blood\s+(?P<gap>(?:(?:can|may|might|could|will|does|do|often|sometimes|also|occasionally|not|n't|never)\b\s*)*)"
    r"(?P<verb>drops?|falls?|go(?:es)?\s+down|rises?|go(?:es)?\s+up)\b",
    re.I,
)
IT = re.compile(r"\bit\b", re.I)
#: (decision 0842) the sugar in the blood raised or lowered: "Furosemide can also raise blood sugar", "It may raise
#: blood sugar a little", "It can lower blood sugar": every development gold that quotes a drug's possible act on it
#: (four documents, four sets) writes the side effect, hyperglycaemia or hypoglycaemia; a plain statement of the act
#: ("In people with type 2 diabetes, it lowers blood sugar") is the drug's decrease of blood glucose, kept as read.
BLOOD_SUGAR = re.compile(
    r"\b(?P<verb>raise[sd]?|increase[sd]?|lower(?:s|ed)?|reduce[sd]?)\s+(?:the\s+|your\s+|their\s+)?"
    r"(?:level\s+of\s+(?:the\s+|your\s+)?)?blood\s+(?:sugar|glucose)\b",
    re.I,
)
#: a modal or a frequency on the act: a side effect that may come, not the drug's purpose
POSSIBLE_ACT = re.compile(r"\b(can|may|might|could|often|sometimes|occasionally|rarely)\b", re.I)
SUGAR_LEVELS = {False: "hypoglycemia", True: "hyperglycemia"}
#: (decision 0827) a low frequency on the act: "can sometimes drop", "Rarely, ... it can lower": Occasional, as
#: frequency_hedges reads a side effect the sentence says is rare (a modal's Possible and a denial stay).
SELDOM = re.compile(r"\b(rarely|sometimes|occasionally|seldom)\b", re.I)


def _certainty(before: str, gap: str, negated: bool) -> str:
    """The act's certainty: a denial asserted, a modal Possible, a low frequency on it or opening the sentence
    Occasional.

    >>> _certainty("Rarely, after months, it ", "can ", False), _certainty("", "may sometimes ", False)
    ('Occasional', 'Possible')
    """
    if negated:
        return "Asserted"
    if HEDGE.search(gap):
        return "Possible"
    if SELDOM.search(gap) or LEAD.match(before):
        return "Occasional"
    return "Asserted"


def _mover(
    unit: Unit, ctx: Discourse, found: list[Found], at: int, predicate: str, level: str
) -> tuple[str | None, list[Found]]:
    """Who moves the level named at `at`, and the cue rules' claims of that move (`predicate` of `level`): the
    subject of those claims, else the drug named right before (only a GAP between), else the document's drug in focus
    for a pronoun opening the clause ("It may raise ..."); None when no one is."""
    acts = [f for f in found if f.predicate == predicate and f.object == level]
    if acts:
        return acts[0].subject, acts
    named = [x for x in unit.mentions if x[1] <= at and x[3] == "Drug"]
    if named and GAP.match(unit.text[named[-1][1] : at]):
        return named[-1][2], acts
    if not named and PRONOUN.match(unit.text[:at]) and ctx.focus and ctx.focus == titled(ctx):
        return ctx.focus, acts
    return None, acts


def _clause_before(text: str, at: int) -> str:
    """Up to 40 characters before `at`, from the last comma or semicolon among them (the verb's own clause)."""
    gap = text[max(0, at - 40) : at]
    return gap[max(gap.rfind(","), gap.rfind(";")) + 1 :]


def blood_levels(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """`found` with each drug's raised or lowered blood salt as its side effect (the decrease of the salt dropped).

    >>> u = Unit("Lisinopril may raise the level of potassium in the blood.", [(0, 10, "lisinopril", "Drug"),
    ...          (34, 43, "potassium", "Chemical")])
    >>> [(f.subject, f.predicate, f.object, f.certainty) for f in blood_levels(u, Discourse(), [])]
    [('lisinopril', 'hasAdverseEffect', 'hyperkalemia', 'Possible')]
    >>> u = Unit("It can lower the sodium in your blood.", [(17, 23, "sodium", "Chemical")])
    >>> cut = Found("x", "decreases", "sodium", "r")
    >>> [(f.subject, f.predicate, f.object) for f in blood_levels(u, Discourse(), [cut])]
    [('x', 'hasAdverseEffect', 'hyponatremia')]
    >>> u = Unit("It may raise the potassium in the blood.", [(17, 26, "potassium", "Chemical")])
    >>> [(f.subject, f.object) for f in blood_levels(u, Discourse(main="x", focus="x", title="X tablets"), [])]
    [('x', 'hyperkalemia')]
    >>> blood_levels(Unit("Liquorice can lower potassium further.", [(0, 9, "licorice", "Food")]), Discourse(), [])
    []
    """
    out = list(found)
    for m in BLOOD_LEVEL.finditer(unit.text):
        salt = m.group("salt").lower()
        raised = m.group("verb").lower().startswith(("raise", "increase"))
        subject, acts = _mover(unit, ctx, found, m.start(), "increases" if raised else "decreases", salt)
        if subject is None:
            continue
        gap = _clause_before(unit.text, m.start())
        negated = bool(DENIAL.search(gap))
        certainty = _certainty(unit.text[: m.start()], gap, negated)
        out = [f for f in out if f not in acts]
        effect = Found(subject, "hasAdverseEffect", LEVELS[(salt, raised)], "blood-level", negated, certainty)
        if effect not in out:
            out.append(effect)
    out = _blood_sugar(unit, ctx, out)
    for m in LEVEL_MOVES.finditer(unit.text):
        before = unit.text[: m.start()]
        named = [x[2] for x in unit.mentions if x[1] <= m.start() and x[3] == "Drug"]
        owner = titled(ctx)
        if named:
            subject = named[-1] if named[-1] == owner else None
        else:
            subject = ctx.focus if IT.search(before) and ctx.focus and ctx.focus == owner else None
        if subject is None:
            continue
        salt = m.group("salt").lower()
        raised = m.group("verb").lower().startswith(("rise", "go up", "goes up"))
        gap = m.group("gap")
        negated = bool(DENIAL.search(gap))
        certainty = _certainty(before, gap, negated)
        effect = Found(subject, "hasAdverseEffect", LEVELS[(salt, raised)], "blood-level", negated, certainty)
        if effect not in out:
            out.append(effect)
    return out


def _blood_sugar(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """`found` with a drug's possible act on the blood sugar as its side effect, the increase or decrease of blood
    glucose that act gave dropped (decision 0842); a plain act and a denied one stay as the cue rules read them.

    >>> u = Unit("Furosemide can also raise blood sugar.", [(0, 10, "furosemide", "Drug"),
    ...          (26, 37, "blood-glucose", "BiologicalProcess")])
    >>> [(f.subject, f.predicate, f.object, f.certainty) for f in _blood_sugar(u, Discourse(), [])]
    [('furosemide', 'hasAdverseEffect', 'hyperglycemia', 'Asserted')]
    >>> u = Unit("It lowers blood sugar.", [(10, 21, "blood-glucose", "BiologicalProcess")])
    >>> [(f.predicate, f.object) for f in _blood_sugar(u, Discourse(), [Found("x", "decreases", "blood-glucose", "r")])]
    [('decreases', 'blood-glucose')]
    >>> u = Unit("It may lower blood sugar.", [(13, 24, "blood-glucose", "BiologicalProcess")])
    >>> [(f.predicate, f.object) for f in _blood_sugar(u, Discourse(), [Found("x", "decreases", "blood-glucose", "r")])]
    [('hasAdverseEffect', 'hypoglycemia')]
    """
    out = list(found)
    if "blood" not in unit.text:
        return out
    for m in BLOOD_SUGAR.finditer(unit.text):
        raised = m.group("verb").lower().startswith(("raise", "increase"))
        subject, acts = _mover(unit, ctx, found, m.start(), "increases" if raised else "decreases", "blood-glucose")
        if subject is None:
            continue
        gap = _clause_before(unit.text, m.start())
        before = unit.text[: m.start()]
        if DENIAL.search(gap) or not (POSSIBLE_ACT.search(gap) or LEAD.match(before)):
            continue  # (a denied or a plain act: the cue rules' reading)
        out = [f for f in out if f not in acts]
        effect = Found(
            subject, "hasAdverseEffect", SUGAR_LEVELS[raised], "blood-level", False, _certainty(before, gap, False)
        )
        if effect not in out:
            out.append(effect)
    return out
