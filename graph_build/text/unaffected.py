"""Interactions denied in lay words (decision 0878): "A does not affect it", "Ordinary antibiotics such as B do not
affect X", "It is not affected by milk or by the pill", "She can take C alongside it: the two do not interact". Each
denies that the two medicines (or a medicine and a food, drink or habit) act on each other, the reading the project
gives "X does not interact with Y" (a negated interactsWith, rule `no-interaction`).

Strict: both ends are named in the cue's own clause, or one is "it" / "this medicine" for the text's drug (its
interactions section's), resolved as the other interaction pronouns are; the affected end right after "affect" ends its
clause ("does not affect how much of it is absorbed" is left alone); nothing under a condition ("if", "unless",
"only"), nothing with a modal before the denial ("should not affect it": a hedged expectation), nothing for a class
some of whose members are meant ("some antibiotics", "other medicines"), and a class named by its examples ("antibiotics
such as B") gives only the examples, as the other interaction readings do."""

from __future__ import annotations

import re

from graph_build.text.couse import clause_start
from graph_build.text.relate_interactions import pronoun_partner
from graph_build.text.units import CHEMICAL, DRUG, Discourse, Found, Unit, no_interaction

#: "A does not affect it", "A and B don't affect X", "A won't affect this medicine": the affected end after the cue.
DOES_NOT_AFFECT = re.compile(
    r"\s+(do|does|did|will)\s+not\s+(affect|interfere\s+with)\s+|\s+(doesn't|don't|didn't|won't)\s+(affect|interfere"
    r"\s+with)\s+",
    re.I,
)
#: The pronoun of the drug right after the cue, ending its clause ("... does not affect it.", "... affect it at all").
PRONOUN_END = re.compile(
    r"(it|this\s+(medicine|drug|tablet|treatment)|the\s+(medicine|drug|tablets?|treatment))"
    r"(\s+(at\s+all|either|in\s+any\s+way))?(?=\s*([.,;:!)]|$|\b(and|but|so)\b))",
    re.I,
)
#: After a named affected end: its clause ends.
NAME_END = re.compile(r"[*_]*(\s+(at\s+all|either|in\s+any\s+way))?(?=\s*([.,;:!)]|$|\b(and|but|so)\b))", re.I)
#: After the last agent named: more items of the list the lexicon does not name, up to the clause's end ("by milk or
#: by the cough mixture."): the named ones are denied all the same.
LIST_GOES_ON = re.compile(r"[*_]*\s*,?\s+(or|and|nor)\s+(by\s+)?[\w\s'-]{1,40}?(?=\s*([.;:!)]|$))", re.I)
#: "X is not affected by A (or by B)", "it isn't affected by A": the agents after the cue.
NOT_AFFECTED_BY = re.compile(
    r"\b(is|are|was|were)\s+not\s+((usually|normally|generally|known\s+to\s+be)\s+)?affected\s+by\s+"
    r"|\b(isn't|aren't)\s+((usually|normally|generally)\s+)?affected\s+by\s+",
    re.I,
)
#: "the two do not interact": the pair named before it in the sentence.
TWO_DO_NOT_INTERACT = re.compile(
    r"\b(the\s+two|these\s+two|the\s+pair)(\s+(medicines|drugs|tablets))?\s+(do\s+not|don't|will\s+not|won't)\s+"
    r"interact(\s+with\s+each\s+other)?(?=\s*([.,;:!)]|$))",
    re.I,
)
#: Before the cue in the sentence: a condition or a narrowing ("Unless the dose is high, it is not affected by A").
CONDITION = re.compile(r"\b(if|unless|only|except|whether|when|until)\b", re.I)
#: Before the cue in its clause: a modal that makes the denial an expectation ("A should not affect it").
MODAL = re.compile(r"\b(can|may|might|could|should|would|must|probably|likely|unlikely)\b", re.I)


def _guarded(text: str, at: int) -> bool:
    """Whether a condition before offset `at` in the sentence, or a modal before it in its clause, guards the cue."""
    return bool(CONDITION.search(text, 0, at) or MODAL.search(text, clause_start(text, at), at))


#: Between two agents of one list: a comma, "and", "or", "nor", a repeated "by", a determiner.
LIST_GAP = re.compile(
    r"[*_]*\s*(,\s*)?((and|or|nor)\s+)?(by\s+)?((the|a|an|any|his|her|their|your|ordinary|everyday|normal|usual)\s+)?"
    r"[*_]*",
    re.I,
)
#: Right before a class: a word that takes some of its members only ("some antibiotics", "other medicines").
SOME_OF = re.compile(r"\b(some|certain|other|many|most|several|a\s+few|particular|strong|stronger)\s+([\w-]+\s+)?$",
                     re.I)  # fmt: skip
#: Right after a class: its examples open ("antibiotics such as B"): the examples are the partners.
EXAMPLES_OPEN = re.compile(r"[*_]{0,2}\s*,?\s*(such\s+as|like|including|e\.g\.,?|for\s+example,?)\s+", re.I)
#: Where the agents before a cue may start: the clause's opening words ("Ordinary", "Most").
AGENTS_GAP = re.compile(r"[*_]*\s*((,\s*)?((and|or)\s+)|(,\s*)?(such\s+as|like|including)\s+)?[*_]*", re.I)


def _partners(unit: Unit, ms: list[tuple]) -> list[tuple] | None:
    """The partners of a list of agents: a class followed by its examples gives the examples; a class of some of its
    members none (and the reading stops: None)."""
    out = []
    for k, m in enumerate(ms):
        if m[3] not in CHEMICAL:
            return None
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if m[3] == "DrugClass" and nxt is not None and EXAMPLES_OPEN.fullmatch(unit.text, m[1], nxt[0]):
            continue
        if m[3] == "DrugClass" and SOME_OF.search(unit.text, max(0, m[0] - 30), m[0]):
            return None
        out.append(m)
    return out


def _agents_before(unit: Unit, at: int, opened: int) -> list[tuple] | None:
    """The agents right before offset `at`, back to the clause's opening `opened`, coordinated or glossed by
    examples ("A and B", "antibiotics such as B"); None when anything else stands between them or before `at`."""
    ms = [m for m in unit.mentions if opened <= m[0] and m[1] <= at]
    if not ms or unit.text[ms[-1][1] : at].strip(" *_"):
        return None
    listed = [ms[-1]]
    for prev in reversed(ms[:-1]):
        if not AGENTS_GAP.fullmatch(unit.text, prev[1], listed[0][0]):
            break
        listed.insert(0, prev)
    # (only the clause's opening words before the first agent: "Ordinary antibiotics such as B do not affect it")
    if re.search(r"[^\W\d_]{3,}", unit.text[opened : listed[0][0]]) and not re.fullmatch(
        r"[\s*_-]*((ordinary|everyday|normal|usual|most|common)\s+)?", unit.text[opened : listed[0][0]], re.I
    ):
        return None
    return _partners(unit, listed)


def _agents_after(unit: Unit, at: int) -> list[tuple] | None:
    """The agents listed right after offset `at` up to the clause's end ("by milk or by the pill.")."""
    listed: list[tuple] = []
    pos = at
    for m in unit.mentions:
        if m[0] < at:
            continue
        if not LIST_GAP.fullmatch(unit.text, pos, m[0]):
            break
        listed.append(m)
        pos = m[1]
    if not listed or not (NAME_END.match(unit.text, pos) or LIST_GOES_ON.match(unit.text, pos)):
        return None
    return _partners(unit, listed)


def _owner(unit: Unit, ctx: Discourse) -> str | None:
    return pronoun_partner(unit, ctx)


def unaffected(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """The interactions the sentence denies in lay words (rule `no-interaction`, negated).

    >>> u = Unit("Milk does not affect it.", [(0, 4, "milk", "Substance")])
    >>> [(f.subject, f.object, f.negated) for f in unaffected(u, Discourse(focus="x", main="x"), [])]
    [('x', 'milk', True)]
    >>> u = Unit("It is not affected by A or by B.", [(22, 23, "a", "Drug"), (30, 31, "b", "Drug")])
    >>> [(f.subject, f.object) for f in unaffected(u, Discourse(focus="x", main="x"), [])]
    [('x', 'a'), ('x', 'b')]
    >>> unaffected(Unit("If milk does not affect it, ...", [(3, 7, "milk", "Substance")]), Discourse(focus="x"), [])
    []
    """
    text = unit.text
    stated = {frozenset((f.subject, f.object)) for f in found if f.predicate == "interactsWith"}
    pairs: list[tuple[str, str, str]] = []  # (drug, partner, resolved_from)
    for cue in DOES_NOT_AFFECT.finditer(text):
        opened = clause_start(text, cue.start())
        if _guarded(text, cue.start()):
            continue
        agents = _agents_before(unit, cue.start(), opened)
        if not agents:
            continue
        pronoun = PRONOUN_END.match(text, cue.end())
        named = [m for m in unit.mentions if m[0] == cue.end() and m[3] in DRUG]
        if pronoun:
            drug, via = _owner(unit, ctx), pronoun.group(1)
        elif named and NAME_END.match(text, named[0][1]):
            drug, via = named[0][2], ""
        else:
            continue
        pairs += [(drug, m[2], via) for m in agents if drug]
    for cue in NOT_AFFECTED_BY.finditer(text):
        opened = clause_start(text, cue.start())
        before = text[opened : cue.start()]
        if _guarded(text, cue.start()):
            continue
        agents = _agents_after(unit, cue.end())
        if not agents:
            continue
        subject = [m for m in unit.mentions if opened <= m[0] and m[1] <= cue.start()]
        if subject:
            if len(subject) > 1 or subject[0][3] != "Drug" or text[subject[0][1] : cue.start()].strip(" *_"):
                continue
            drug, via = subject[0][2], ""
        elif re.fullmatch(r"[\s*_-]*(it|this\s+(medicine|drug|tablet|treatment))\s*", before, re.I):
            drug, via = _owner(unit, ctx), before.strip(" *_-")
        else:
            continue
        pairs += [(drug, m[2], via) for m in agents if drug]
    two = TWO_DO_NOT_INTERACT.search(text)
    if two and not _guarded(text, two.start()):
        before = [m for m in unit.mentions if m[1] <= two.start() and m[3] in CHEMICAL]
        ends = list(dict.fromkeys(m[2] for m in before))
        owner = _owner(unit, ctx)
        if len(ends) == 2:
            pairs.append((ends[0], ends[1], ""))
        elif len(ends) == 1 and owner and re.search(r"\b(it|this\s+medicine)\b", text[: two.start()], re.I):
            pairs.append((owner, ends[0], "it"))
    out: list[Found] = []
    for drug, partner, via in dict.fromkeys(pairs):
        if drug == partner or frozenset((drug, partner)) in stated:
            continue
        out.append(no_interaction(drug, partner, via))
    return out


#: The name of a chemical of the body whose level a medicine changes ("the level of oestrogen", "the amount of iron
#: in the blood", "its thyroid hormone"): a change of it is the drug's own effect, no interaction.
BODY_LEVEL = re.compile(
    r"^(o?estrogens?|o?estradiol|(dihydro)?testosterone|dht|progesterone|cortisol|melatonin|adrenaline|epinephrine|noradrenaline|"
    r"vitamin\b.*|folates?|folic\s+acid|iron|zinc|copper|cholesterol|triglycerides?|.*\bhormones?|thyroxine|sugar|"
    r"glucose|insulin|ketones?|lactate|ammonia|urea|uric\s+acid|urates?|phosphates?|oxalate|citrate|sodium|"
    r"potassium|calcium|magnesium|creatinine|bilirubin)$",
    re.I,
)


def partner_level(text: str, subject: str, obj: tuple, ctx: Discourse) -> bool:
    """Whether "<subject> raises / lowers the (blood) level of <obj>" changes the level of a partner medicine (an
    interaction) outside an interactions section: the subject is the text's drug, the object a medicine the text names
    that is neither the drug nor a chemical of the body (decision 0878: "It may raise the blood level of ciclosporin").

    >>> partner_level("It may raise the level of digoxin.", "x", (26, 33, "digoxin", "Drug"), Discourse(main="x"))
    True
    >>> partner_level("It lowers the level of oestrogen.", "x", (23, 32, "estrogen", "Drug"), Discourse(main="x"))
    False
    """
    from graph_build.text.doubts import ENDOGENOUS
    from graph_build.text.vocabularies import BODY_CHEMICALS

    name = text[obj[0] : obj[1]]
    return (
        obj[3] == "Drug"
        and subject in {ctx.main, ctx.focus} - {None}
        and obj[2] not in {ctx.main, subject}
        and not ENDOGENOUS.match(name)
        and not BODY_LEVEL.match(name)
        and name.lower() not in BODY_CHEMICALS
        and obj[2] not in BODY_CHEMICALS
    )
