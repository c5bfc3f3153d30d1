"""A condition named by its kind: "the allergy", "the infection", "this illness" (decision 0874).

Writers name a condition once and then refer to it by what kind of condition it is: "Pollen brings on hay fever, an
allergy of the nose. The allergy causes A, B and C"; "Threadworm infection is common in children. The infection
causes D." The definite description names the one condition of that kind in the text, as "It" names the condition
the sentence before was about (condition-course, decision 0695). Read literally, "the allergy" is the general concept
(hypersensitivity) and its signs would be every allergy's: the claim says more than the sentence.

The referent is the one condition the document has so far named as of that kind: a condition whose own name ends
with the kind's word ("threadworm infection", "Parkinson's disease"), or one the text calls a thing of that kind
("hay fever, an allergy of ...", "Giardiasis is an infection of the gut"); for the general words ("the condition",
"the illness", "the disease", "the disorder") any illness named counts. Exactly one such condition: it is the
sentence's subject (resolved from the description, so at a resolved claim's confidence); none or more than one: the
sentence says nothing this reading can place, and the claims that took the description for the general concept are
dropped. The words are data (the tuples below).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from graph_build.text.relate_objects import _objects, _status
from graph_build.text.relate_unowned import COURSE_VERBS
from graph_build.text.units import AGENT, COND, DISEASE, Discourse, Found, Unit

#: Kinds of condition a definite description names, each word with its plural: the kinds that need the text to say
#: the condition is one (an allergy, an infection), then the general words every illness is a case of.
SPECIFIC_KINDS = ("allergy", "infection")
GENERAL_KINDS = ("condition", "illness", "disease", "disorder")
KINDS = SPECIFIC_KINDS + GENERAL_KINDS
_PLURAL = {"allergy": "allergies", "illness": "illnesses"}
KIND_WORD = r"(?P<kind>" + "|".join(KINDS) + r")"
#: A mention's own last word is a kind's ("threadworm infection", "coeliac disease", "a peanut allergy").
OWN_KIND = re.compile(r"\b" + KIND_WORD + r"(?:s|es)?$", re.I)
_ALLERGIES = "allergies"
#: A mention said to be a thing of a kind: "Y, an allergy of ...", "Y is a common infection", "Y is an illness in
#: which ..." (up to three words before the kind: "a common skin infection" still says Y is an infection).
CALLED_KIND = re.compile(
    r"\s*(?:,|\s+(?:is|was))\s+(?:a|an)\s+(?:[\w'-]+\s+){0,3}?" + KIND_WORD + r"\b",
    re.I,
)
#: A sentence opening with the definite description and a verb of what a condition brings ("The allergy causes A",
#: "This infection can also lead to B"): the verbs and their predicates are condition-course's (decision 0695).
DESCRIBED_COURSE = re.compile(
    r"[\W_]*(?P<words>(?:the|this)\s+" + KIND_WORD + r")\b"
    r"(?:\s+(?:can|may|might|could|will|often|usually|also|sometimes|typically|commonly|then|eventually|gradually"
    r"|does not|doesn't|do not|don't|rarely|not|seldom|never))*"
    r"\s+(?:" + "|".join(f"(?P<{p}>{v})" for p, v in COURSE_VERBS) + r")\b",
    re.I,
)
#: The sentence only opens with the description: its claims of the general concept are what to place.
DESCRIBED_OPENING = re.compile(r"[\W_]*(?:the|this)\s+" + KIND_WORD + r"\b", re.I)
#: Up to two words before a sentence's opening subject ("Left untreated, gout", "In adults, shingles").
OPENING = re.compile(r"[\W_]*(?:[\w'-]+,?\s+){0,2}?")
#: Between coordinated names ("A and B", "A, B or C").
COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
#: The words before a bare kind's word that leave it the general concept ("an infection", "a serious allergy"); any
#: other word before it names a narrower condition the recogniser does not know ("Threadworm infection", "a chest
#: infection"), whose signs are not every infection's (decision 0874).
GENERIC_LEADS = frozenset(
    {
        *("a", "an", "the", "this", "that", "any", "one", "some", "such", "your", "their", "his", "her", "its"),
        *("another", "other", "new", "first", "serious", "severe", "mild", "minor", "bad", "sudden", "possible"),
        *("real", "true"),
    }
)
#: A referent noted for a kind as ambiguous (two conditions of the kind named).
AMBIGUOUS = ""


def _kinds_named(unit: Unit) -> list[tuple[str, str]]:
    """The (kind, condition) pairs a unit names: an illness whose own name ends with a kind's word, or that the unit
    calls a thing of a kind; every illness for each general kind. A mention that is only the kind's word ("an
    allergy") names no condition of the kind.

    >>> u = Unit("Pollen brings on hay fever, an allergy of the nose.",
    ...          [(17, 26, "hay-fever", "Disease"), (31, 38, "hypersensitivity", "Disease")])
    >>> sorted(_kinds_named(u))[:3]
    [('allergy', 'hay-fever'), ('condition', 'hay-fever'), ('disease', 'hay-fever')]
    >>> _kinds_named(Unit("Threadworm infection is common.", [(0, 20, "threadworm-infection", "Disease")]))[0]
    ('infection', 'threadworm-infection')
    """
    out: list[tuple[str, str]] = []
    subjects = _subjects(unit)
    for m in unit.mentions:
        if m[3] not in DISEASE:
            continue
        surface = unit.text[m[0] : m[1]].strip().lower()
        if any(surface in (k, k + "s", _PLURAL.get(k, "")) for k in KINDS):
            continue  # (the kind's own word: "an allergy" is no condition of the kind)
        own = OWN_KIND.search(surface)
        called = CALLED_KIND.match(unit.text, m[1])
        for kind_match in (own, called):
            if kind_match:
                out.append((kind_match.group("kind").lower(), m[2]))
        if own or called or m in subjects:
            out += [(k, m[2]) for k in GENERAL_KINDS]
    return out


def _subjects(unit: Unit) -> list[tuple]:
    """The illnesses a running sentence or a heading opens with (up to two words before: "Left untreated, gout"),
    and those coordinated right after the first ("Gout and psoriasis are common": both, so "the disease" is
    ambiguous after it). A sign the sentence names later is no condition in focus ("Shingles is a painful rash")."""
    if unit.bullet or unit.item or not unit.mentions:
        return []
    first = unit.mentions[0]
    if first[3] not in DISEASE or not OPENING.fullmatch(unit.text, 0, first[0]):
        return []
    out, end = [first], first[1]
    for m in unit.mentions[1:]:
        if not COORDINATED.fullmatch(unit.text, end, m[0]):
            break
        if m[3] in DISEASE:
            out.append(m)
        end = m[1]
    return out


def note_kinds(ctx: Discourse, unit: Unit) -> None:
    """Note the conditions of each kind `unit` names (Discourse.kinds): the first for a kind, AMBIGUOUS once another
    is named."""
    for kind, slug in _kinds_named(unit):
        seen = ctx.kinds.get(kind)
        ctx.kinds[kind] = slug if seen in (None, slug) else AMBIGUOUS


def referent(ctx: Discourse, kind: str) -> str | None:
    """The one condition the document has named as of `kind` ("allergy"), else None."""
    return ctx.kinds.get(kind.lower()) or None


def kind_referents(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """`found` with a sentence that opens with a definite description of a condition ("The allergy causes A, B and
    C") read as the one condition of that kind the document named (decision 0874): the condition's signs
    (condition-course's reading, resolved from the description); the claims that took the description for the
    general concept (hypersensitivity causes A) are dropped, and so are they when no one condition of the kind is
    in focus. Nothing when the sentence names an agent; negation and hedging are each object's (ConText).

    >>> ctx = Discourse(kinds={"allergy": "hay-fever"})
    >>> u = Unit("The allergy causes sneezing.",
    ...          [(4, 11, "hypersensitivity", "Disease"), (19, 27, "sneezing", "Symptom")])
    >>> cue = Found("hypersensitivity", "causes", "sneezing", "causes-cue")
    >>> [(f.subject, f.predicate, f.object, f.resolved_from) for f in kind_referents(u, ctx, [cue])]
    [('hay-fever', 'hasPhenotype', 'sneezing', 'The allergy')]
    >>> [f.subject for f in kind_referents(u, Discourse(), [cue])]
    []
    """
    opening = DESCRIBED_OPENING.match(unit.text)
    if opening is None:
        return found
    described = {m[2] for m in unit.mentions if m[0] >= opening.start("kind") and m[1] <= opening.end() + 1}
    kept = [f for f in found if not (f.subject in described and f.predicate in ("hasPhenotype", "causes"))]
    cue = DESCRIBED_COURSE.match(unit.text)
    owner = referent(ctx, opening.group("kind"))
    if cue is None or owner is None or any(m[3] in AGENT for m in unit.mentions):
        return kept
    predicate = next(p for p, _ in COURSE_VERBS if cue.group(p))
    stated = {(f.subject, f.predicate, f.object) for f in kept}
    for m in _objects(unit, cue.end(), set(COND), skip=owner, agents=AGENT):
        st = _status(unit, m)
        if st.absent or m[2] in described or (owner, predicate, m[2]) in stated:
            continue
        kept.append(
            replace(
                Found(owner, predicate, m[2], "condition-course", st.negated, st.certainty),
                confidence=Decimal("0.5"),
                resolved_from=cue.group("words"),
            )
        )
        stated.add((owner, predicate, m[2]))
    return kept


def narrowed_kind_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the signs and causes of a bare kind's word ("infection", "allergy") that an unrecognised word
    right before narrows: "Threadworm infection can cause poor sleep" says nothing of every infection (decision 0874).

    >>> u = Unit("Threadworm infection can cause itching.",
    ...          [(11, 20, "infections", "Disease"), (31, 38, "pruritus", "Disease")])
    >>> narrowed_kind_dropped(u, [Found("infections", "hasPhenotype", "pruritus", "sign-caused")])
    []
    >>> u = Unit("An infection can cause confusion.",
    ...          [(3, 12, "infections", "Disease"), (23, 32, "confusion", "Symptom")])
    >>> len(narrowed_kind_dropped(u, [Found("infections", "hasPhenotype", "confusion", "sign-caused")]))
    1
    """
    narrowed, plain = set(), set()
    for m in unit.mentions:
        surface = unit.text[m[0] : m[1]].lower()
        if m[3] in DISEASE and any(surface in (k, k + "s", _PLURAL.get(k, "")) for k in SPECIFIC_KINDS):
            before = re.search(r"([A-Za-z][\w'-]*)\s+$", unit.text[: m[0]])
            (narrowed if before and before.group(1).lower() not in GENERIC_LEADS else plain).add(m[2])
    dropped = narrowed - plain  # (every mention of the concept narrowed)
    if not dropped:
        return found
    return [f for f in found if not (f.subject in dropped and f.predicate in ("hasPhenotype", "causes"))]


#: Right before a condition a sentence only likens something to: "an illness like lupus", "movement problems like
#: those of Parkinson's disease", "a reaction similar to that of hay fever". The word before a bare "like" is captured:
#: after a plural noun of a kind ("conditions like Parkinson's disease") the condition is an example, and stays.
LIKENED = re.compile(
    r"\b(?:(?P<before>[\w'-]+)\s+like\s+(?:an?\s+|the\s+)?"
    r"|(?:like|similar to|resembling)\s+(?:those|that|the ones?) (?:of|in|seen in)\s+(?:an?\s+|the\s+)?"
    r"|(?:similar to|resembling)\s+(?:an?\s+|the\s+)?)$",
    re.I,
)


def likened_owner_dropped(unit: Unit, found: list[Found], examples_after: frozenset[str]) -> list[Found]:
    """`found` without the signs of a condition the sentence only likens another to (decision 0874): "it may set off
    an illness like lupus, with sore joints and a rash" names the signs of the illness the drug sets off, not lupus's;
    "problems like those of Parkinson's disease: a tremor" the drug's problems. After a word of `examples_after`
    ("conditions like Y") the condition is an example, and keeps its signs.

    >>> u = Unit("It may set off an illness like lupus, with a rash.",
    ...          [(31, 36, "lupus", "Disease"), (45, 49, "exanthema", "Disease")])
    >>> likened_owner_dropped(u, [Found("lupus", "hasPhenotype", "exanthema", "disease-with")], frozenset())
    []
    """

    def likened(m: tuple) -> bool:
        match = LIKENED.search(unit.text, max(0, m[0] - 40), m[0])
        return match is not None and (match.group("before") or "").lower() not in examples_after

    owners = {m[2] for m in unit.mentions if likened(m)}
    if not owners:
        return found
    plain = {m[2] for m in unit.mentions if m[2] in owners and not likened(m)}
    return [f for f in found if not (f.predicate == "hasPhenotype" and f.subject in owners - plain)]
