"""The certainty of an interaction follows the scope of its modal (decision 0796).

A "may / might / could" that governs the verb stating the interaction hedges it: "Warfarin may interact with A",
"Taking A with B may increase the risk of Y", "A together with B could cause Y", "B may not work as well when taken
with A", "When taken with A, B may cause Y" (certainty Possible, as the development golds write it). A modal in a
later clause of consequence or advice does not: "A raises the level of B, so the dose may need lowering", "...; your
doctor may check", "... B, whose dose may need lowering", "A can raise B and may increase its side effects" (the
interaction stays Asserted, as the golds write it). "Can" asserts (the golds' convention), and a negated claim keeps
its certainty: neither reading touches polarity.

Two readings, each a small table of patterns:
- `cue_certainty` (read by relate_interactions._interactions for an asserted combination cue): the modal of the
  cue's own verb, of the pair as a subject ("Taking A with B may ..."), or of the main clause around a "when / if
  taken with" cue.
- `scoped` (read by relate._relate_unit for every interactsWith claim): a claim hedged only by modals standing in a
  later consequence clause (`CONSEQUENCE`) after both its ends is asserted.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.units import Found, Unit

#: The modals that hedge an interaction (the golds write "can" as asserted).
MODALS = {"may": "Possible", "might": "Possible", "could": "Possible"}
#: A finite verb or auxiliary: past it, the cue is no longer inside the clause's subject.
FINITE = re.compile(
    r"\b(is|are|was|were|can|cannot|will|would|should|must|may|might|could|do|does|did|has|have|had|needs?)\b|n't\b",
    re.I,
)
#: Words that open another clause (a relative, a reason, a result, a condition, a contrast).
CLAUSE_WORD = re.compile(
    r"[;:.!?]|\b(which|that|who|whose|because|since|so|but|although|though|whereas|when|if|while|unless|once)\b"
    r"|(?<!such )\bas\b(?! (well|much|long|soon|often)\b)(?<!\bas well as)",
    re.I,
)
#: A prohibition of the pair: it asserts the interaction, whatever its reason's modal ("Do not take A with B as it
#: may cause Y").
PROHIBITION = re.compile(r"\b(do not|don't|never|avoid\w*|(should|must)\s*(not|n't)|not to)\b", re.I)
#: A list mark and emphasis opening a line: the start every opening pattern below shares.
LIST_MARK = r"\s*(?:[-*\u2022]|\d+[.)])?\s*[*_]*"
#: ... then a short label and its colon ("- Warfarin: ...").
SHORT_LABEL = r"(?:[^:.;]{1,40}:\s*)?"
#: (0) A sentence opening on what is known only from reports: "There have been (rare) reports of Y when A was taken
#: with X" (certainty Reported, as the golds write it).
REPORTED = re.compile(LIST_MARK + SHORT_LABEL + r"there (have|has) been (\w+ )?(a few )?reports?\b", re.I)
#: (1) The hedge of the cue's own verb: "may interact with", "could also interfere with", "is thought to interact
#: with", "sometimes interacts with", "potentially interacts with" (any hedge word of `HEDGES` right before the cue,
#: with at most these words between).
ON_CUE_FILLER = re.compile(r"\s+((also|well|possibly|still|even|sometimes|to|be|further|directly)\s+)*", re.I)
#: ... or an impersonal hedge opening the cue's clause: "It is possible that A interacts with B", "Perhaps A ...".
IMPERSONAL = re.compile(r"\b(it is possible that|it's possible that|it may be that|perhaps)\b(?![^,;:]*[,;:])", re.I)
#: (2) The modal right after the cue's partners, as the verb of the clause whose subject holds the cue: "Taking A with
#: B, C or D may ...", "A together with B could ...": the first finite verb after the cue, not after "and / or" (a
#: second verb: "Taking A with B raises Y and may cause Z") nor after a comma.
PAIR_MODAL = re.compile(r"(?<![,])\s+((also|sometimes|rarely|occasionally|even)\s+)?(may|might|could)\b", re.I)
AFTER_COORDINATION = re.compile(r"\b(and|or)\s*$", re.I)
#: What may open the sentence before its subject: a list mark, emphasis, a short label and its colon.
OPENING = re.compile(LIST_MARK + SHORT_LABEL + r"[*_]*", re.I)
#: (3) A cue inside a "when / if / while" clause of the pair's taking ("... when taken with A", "if it is combined
#: with A", "while taking A"): the clause's own words right before the cue.
TAKEN_CLAUSE = re.compile(r"\b(when|if|while|once)\s+((it|they|this|these)\s+(is|are)\s+|(it's|they're)\s+)?$", re.I)
#: ... and the main clause after a fronted one: ", X may cause Y" / ", it may cause Y" (a subject of at most a few
#: words, then the modal).
FRONTED_MAIN = re.compile(r"[^,;:.]*?,\s*((?:[\w'-]+\s+){1,4}?)(may|might|could)\b", re.I)

#: A pronoun or "the drug" opening the sentence as its subject.
OPENING_PRONOUN = re.compile(LIST_MARK + r"(it|they|this|(this|the) (drug|medicine|medication))\b", re.I)
OPENING_MARK = re.compile(LIST_MARK)
#: (4) The pair's effect stated only as the reason of a warning: "It can be taken with A, but the INR should be checked,
#: as X may slightly increase it" (the one statement of what the pair does is hedged).
REASON_MODAL = re.compile(
    r",\s*(as|because|since)\s+(it|they|this|the (combination|two|pair)|[\w-]+)\s+((also|slightly|sometimes|even)\s+)?"
    r"(may|might|could)\b",
    re.I,
)
#: A person as the modal's subject: the modal is that person's act or advice ("your doctor may lower the dose", "you
#: may need a blood test"), not the interaction's.
PERSON = re.compile(
    r"\b(you|we|your|doctors?|nurses?|pharmacists?|GPs?|prescribers?|specialists?|team|clinic|people|patients)\b", re.I
)
#: After both ends of a claim: a later clause of consequence or advice, whose modal hedges something else ("; the
#: doctor may ...", ", so the dose may ...", ", and the dose may ...", ", but this may not matter", ", whose doses
#: may ...", "and may increase its side effects").
CONSEQUENCE = re.compile(
    r";|:\s|,\s*(and\s+)?(so|which|whose|as|because|since|meaning|then)\b|\bwhose\b"
    r"|,\s*(and|but)\s+(?!(also\s+)?(may|might|could)\b)"
    r"|\band\s+((also|sometimes)\s+)?(may|might|could)\b"
    r"|\bso\s+(that\s+)?(the|your|you|it|they|this|a|an|its|their|his|her|doses?|blood|levels?)\b",
    re.I,
)


def _opens_subject(text: str, cue: re.Match) -> bool:
    """Whether the cue stands in the subject of its sentence: no finite verb and no clause word between the
    sentence's opening (a list mark, a short label) and the cue."""
    start = OPENING.match(text).end()
    if start > cue.start():
        start = 0
    between = text[start : cue.start()]
    return not FINITE.search(between) and not CLAUSE_WORD.search(between)


def _pair_modal(text: str, cue: re.Match) -> str | None:
    """The certainty of the first verb after the cue's partners ("Taking A with B and C may ...", "... sometimes
    raises ...", "... can sometimes raise ..."), if no clause word and no coordination stand between."""
    finite = FINITE.search(text, cue.end())
    hedge = HEDGE_WORD.search(text, cue.end())
    if hedge is None or (finite is not None and finite.start() < hedge.start()):
        # a finite verb first: the hedge it opens ("has been reported") or right after it ("can sometimes raise")
        if finite is None or finite.group(1) is None:
            return None
        hedge = HEDGE_WORD.match(text, finite.start()) or HEDGE_WORD.match(text, finite.end() + 1)
        if hedge is None or text[finite.end() : max(finite.end(), hedge.start())].strip():
            return None
    else:
        finite = hedge
    between = text[cue.end() : finite.start()]
    if (
        CLAUSE_WORD.search(between)
        or AFTER_COORDINATION.search(between)
        or PERSON.search(between)
        or len(between) > 120
    ):
        return None
    if between.rstrip().endswith(","):
        return None
    return HEDGES[hedge.group(1).lower()]


def cue_certainty(text: str, cue: re.Match) -> str:
    """The certainty of an asserted interaction stated by a combination cue: Possible when a modal governs the cue's
    own verb, the verb of the pair as a subject, or the main clause of a "when / if taken with" cue.

    >>> def c(text, cue):
    ...     return cue_certainty(text, re.search(cue, text))
    >>> c("Warfarin may interact with A.", "interact with"), c("Warfarin can interact with A.", "interact with")
    ('Possible', 'Asserted')
    >>> c("Taking A with B or C may raise the risk of Y.", "Taking"), c("Taking A with B can raise Y.", "Taking")
    ('Possible', 'Asserted')
    >>> c("Taking A with B raises Y and may cause Z.", "Taking")
    'Asserted'
    >>> c("B may not work as well when taken with A.", "taken with")
    'Possible'
    >>> c("When it is taken with A, it may cause Y.", "taken with")
    'Possible'
    >>> c("When it is taken with A, your doctor may lower the dose.", "taken with")
    'Asserted'
    >>> c("If you take A with B, your doctor may lower it.", "If you take")
    'Asserted'
    >>> c("If you take A with B, the A level may rise.", "If you take")
    'Possible'
    >>> c("A raises B levels when taken with C, so the dose may need lowering.", "taken with")
    'Asserted'
    >>> c("There have been reports of Y when A was taken together with B.", "together with")
    'Reported'
    >>> c("It can be taken with A, but the INR should be checked, as B may slightly increase it.", "taken with")
    'Possible'
    >>> c("Do not take A with B as it may cause Y.", "take")
    'Asserted'
    >>> c("A is thought to interact with B.", "interact"), c("A sometimes interacts with B.", "interacts")
    ('Believed', 'Occasional')
    >>> c("It is possible that A interacts with B.", "interacts"), c("Taking A with B can sometimes raise Y.", "Taking")
    ('Possible', 'Occasional')
    >>> c("Taking A with B has been reported to cause Y.", "Taking"), c("Taking A with B is fine.", "Taking")
    ('Reported', 'Asserted')
    """
    before = text[: cue.start()]
    reported = REPORTED.match(text)
    if reported and not re.search(r"[;:]", text[reported.end() : cue.start()]):
        return "Reported"  # ("There have been reports of Y when A was taken with X, so ... should not ...")
    if PROHIBITION.search(text):
        return "Asserted"  # ("Do not take A with B as it may cause Y": a prohibition asserts)
    own = [h for h in HEDGE_WORD.finditer(before) if ON_CUE_FILLER.fullmatch(before, h.end())]
    if own:
        return HEDGES[own[-1].group(1).lower()]
    if IMPERSONAL.search(before):
        return "Possible"
    if _opens_subject(text, cue):
        modal = _pair_modal(text, cue)
        if modal:
            return modal
    taken = TAKEN_CLAUSE.search(before)
    if taken:
        opening = OPENING.match(text).end()
        opening = 0 if opening > taken.start() else opening
        main = text[opening : taken.start()]
        # "B may not work as well when taken with A": the main clause's first finite verb is the modal
        finite = FINITE.search(main)
        if (
            finite
            and finite.group(1)
            and finite.group(1).lower() in MODALS
            and not PERSON.search(main, 0, finite.start())
            and not CLAUSE_WORD.search(main, 0, finite.start())
            and not AFTER_COORDINATION.search(main, 0, finite.start())
            and not CLAUSE_WORD.search(main, finite.end())
            and not FINITE.search(main, finite.end())
        ):
            return MODALS[finite.group(1).lower()]
        if not main.strip(" *_-"):
            # "When (it is) taken with A, B may cause Y": the main clause after the fronted one
            fronted = FRONTED_MAIN.match(text, cue.end())
            subject = fronted.group(1) if fronted else ""
            if (
                fronted
                and not FINITE.search(subject)
                and not CLAUSE_WORD.search(subject)
                and not PERSON.search(subject)
            ):
                return MODALS[fronted.group(2).lower()]
    reason = REASON_MODAL.search(text, cue.end())
    if reason and not PERSON.match(reason.group(2)):
        return MODALS[reason.group(6).lower()]
    return "Asserted"


#: (decision 1049) A hedge on a denial, right before its cue: "It may not interact with A", "it might never interact
#: with A", "it probably doesn't interact with A" (Possible); "it is thought not to interact with A", "it does not
#: seem / appear to interact with A", "it seems not to interact with A" (Believed). The text doubts the denial, so the
#: denied claim is hedged, never a plain denial. ("is not known to interact" - no interaction known - stays a denial.)
HEDGED_DENIAL = (
    (
        re.compile(
            r"\b(?:(?:may|might)\s+(?:not|never)|(?:probably|possibly|perhaps)\s+(?:(?:(?:does|do|did|will|would|is|are|"
            r"can)\s*(?:not|n't))|won't|not|never))\s+$",
            re.I,
        ),
        "Possible",
    ),
    (
        re.compile(
            r"\b(?:(?:is|are)\s+(?:thought|believed)\s+not\s+to|(?:is|are)\s*(?:not|n't)\s+(?:thought|believed)\s+to|"
            r"(?:does|do)\s*(?:not|n't)\s+(?:seem|appear)\s+to|(?:seems?|appears?)\s+not\s+to)\s+$",
            re.I,
        ),
        "Believed",
    ),
)


def denial_certainty(text: str, cue: re.Match) -> str:
    """The certainty of a denied (or safe-together) combination cue: a hedge of the denial right before the cue
    (`HEDGED_DENIAL`), else Asserted (decision 1049).

    >>> def c(text, cue):
    ...     return denial_certainty(text, re.search(cue, text))
    >>> c("It may not interact with A.", "interact with"), c("It probably doesn't interact with A.", "interact with")
    ('Possible', 'Possible')
    >>> c("It is thought not to interact with A.", "interact"), c("It doesn't seem to interact with A.", "interact")
    ('Believed', 'Believed')
    >>> c("It does not interact with A.", "interact with"), c("It is not known to interact with A.", "interact")
    ('Asserted', 'Asserted')
    """
    before = text[: cue.start()]
    for pattern, certainty in HEDGED_DENIAL:
        if pattern.search(before):
            return certainty
    return "Asserted"


def _label_colon(text: str, mark: re.Match) -> bool:
    """Whether a colon is a label's ("A and B: together they may ..."): at most six words before it and no finite
    verb among them."""
    if not mark.group(0).startswith(":"):
        return False
    before = text[OPENING_MARK.match(text).end() : mark.start()]
    return len(before.split()) <= 6 and not FINITE.search(before)


def _end_of(unit: Unit, found: Found, slug: str) -> int | None:
    """Where the first mention of one end of a claim ends in the unit (or the pronoun it was resolved from)."""
    ends = [m[1] for m in unit.mentions if m[2] == slug]
    if ends:
        return min(ends)
    if found.resolved_from and slug == found.subject:
        said = re.search(r"\b" + re.escape(found.resolved_from) + r"\b", unit.text)
        return said.end() if said else None
    opening = OPENING_PRONOUN.match(unit.text) if slug == found.subject else None
    return opening.end() if opening else None  # ("It raises the level of B, ...": the sentence's own subject)


def scoped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each hedged, unnegated interactsWith claim (but a combination cue's) asserted when every hedge word
    of its sentence stands in a later consequence clause opened after both of its ends (`CONSEQUENCE`).

    >>> ab = [(0, 1, "a", "Drug"), (22, 23, "b", "Drug")]
    >>> u = Unit("A raises the level of B, and the dose may need lowering.", ab)
    >>> [f.certainty for f in scoped(u, [Found("a", "interactsWith", "b", "r", certainty="Possible")])]
    ['Asserted']
    >>> u = Unit("A may raise the level of B.", [(0, 1, "a", "Drug"), (25, 26, "b", "Drug")])
    >>> [f.certainty for f in scoped(u, [Found("a", "interactsWith", "b", "r", certainty="Possible")])]
    ['Possible']
    """
    out = []
    for f in found:
        # (a combination cue's certainty is `cue_certainty`'s, which read the cue's own scope)
        if f.predicate == "interactsWith" and f.certainty == "Possible" and not f.negated and f.rule != "combined-with":
            ends = [_end_of(unit, f, f.subject), _end_of(unit, f, f.object)]
            if None not in ends:
                after = max(e for e in ends if e is not None)
                hedges = list(HEDGE_WORD.finditer(unit.text))
                opened = next(
                    (c for c in CONSEQUENCE.finditer(unit.text, after) if not _label_colon(unit.text, c)), None
                )
                if hedges and opened and all(h.start() >= opened.start() for h in hedges):
                    f = dataclasses.replace(f, certainty="Asserted")
        out.append(f)
    return out


#: A list item's label: what is taken with the drug, then a colon ("- Warfarin:", "* Blood pressure tablets:",
#: "- **Iron tablets**:"): at most ten words, no finite verb (decision 0808).
LABEL = re.compile(r"\s*(?:(?:[-*\u2022]|\d+[.)])\s*)?(?P<label>[^:.;]{1,80}?):\s")
#: A modal that hedges what it governs; not a modal of advice ("the dose may need lowering": 0796's consequence).
LISTED_MODAL = re.compile(r"\b(may|might|could)\b(?!\s+(also\s+)?(need|be\s+needed|have\s+to|want)\b)", re.I)


def listed(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each asserted, unnegated interactsWith claim of a labelled list item hedged (Possible) when the
    item's first clause after the label, the statement of what the pair does, is governed by "may / might / could":
    "- Warfarin: its effect may get stronger, with a risk of bleeding", "- Iron tablets: less acid may mean less iron
    is taken up" (decision 0808). A modal in a later clause of consequence or advice hedges nothing ("- A: it can
    raise the level, so the dose may need checking", decision 0796).

    >>> u = Unit("- B: its effect may get stronger.", [(2, 3, "b", "Drug")], bullet=True)
    >>> [f.certainty for f in listed(u, [Found("x", "interactsWith", "b", "r")])]
    ['Possible']
    >>> u = Unit("- B: it raises the level, so you may bleed more.", [(2, 3, "b", "Drug")], bullet=True)
    >>> [f.certainty for f in listed(u, [Found("x", "interactsWith", "b", "r")])]
    ['Asserted']
    """
    label = LABEL.match(unit.text)
    if label is None or len(label.group("label").split()) > 10 or FINITE.search(label.group("label")):
        return found
    start = label.end()
    ends = [m.start() for m in (CLAUSE_WORD.search(unit.text, start), CONSEQUENCE.search(unit.text, start)) if m]
    comma = unit.text.find(",", start)
    end = min(ends + ([comma] if comma >= 0 else []) + [len(unit.text)])
    if not LISTED_MODAL.search(unit.text, start, end):
        return found
    return [
        dataclasses.replace(f, certainty="Possible")
        if f.predicate == "interactsWith" and not f.negated and f.certainty == "Asserted"
        else f
        for f in found
    ]
