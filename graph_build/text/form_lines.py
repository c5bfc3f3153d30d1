"""The forms a section about how the drug comes lists, and "X is a tablet" (decision 0826).

A leaflet often lists its drug's forms under a heading that asks or says how it comes or how it is taken, each line
opening with the form and naming no drug: "How it comes / - Capsules, swallowed whole with water.", "What does it
come as? / Capsules (67 mg and 200 mg) and tablets (145 mg).", "Taking it / - Tablets, taken after a meal". A lone
head there ("Capsules", "10 mg tablets") is a form: the heading says the text speaks of forms, as a word of forms
("comes as") does within a sentence (`dosage_forms.LONE_HEAD_CONTEXT`). The forms are the document's drug's (its
title's, `owners.titled`), as forms-field reads a "Forms:" label (decision 0642), while no other drug is in focus.

And an existential line ("There is also a once-daily capsule.", "There is no liquid form.": the form added, or
denied, as the claim's polarity), and a copula that says what the drug is by its form: "Terazosin is a tablet taken
once a day.", "It is a small tablet." - the drug (named, or "It" for the drug in focus when that is the document's
drug) comes as that form. A kind clause after the head ("a tablet that works slowly over the day") says which kind,
so the bare head would be coarser than the text and nothing is read (as `dosage_forms.KIND_CLAUSE` leaves such a
head out).

Not read: a line naming another drug or a class, a line with a denial ("Do not crush the tablets", "Tablets are no
longer made"), a line that does not open with the form, a heading about anything else.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text import lowered
from graph_build.text.denial_words import denial_words
from graph_build.text.dosage_forms import COMMON_WORD_HEADS, HEADS
from graph_build.text.foods import SLUGS as FOOD_SLUGS
from graph_build.text.owners import in_section, titled
from graph_build.text.units import AGENT, Discourse, Found, Unit
from graph_build.text.vocabularies import slugify
from ontology.lexicon import Entity

#: A heading about how the drug comes or is taken, wherever its numbering or label leaves it ("How it comes", "4. HOW
#: IT COMES AND HOW TO TAKE IT", "Q6. What does it come as?", "Forms held in school", "Slide 12 - Taking it", "How
#: do I take it?"); "forms of" is about kinds of something else ("Other forms of help").
FORMS_HEADING = re.compile(
    r"\b(how\s+(it|they)\s+comes?|what\s+(does|do|will)\s+(it|they)\s+come\s+(as|in)|forms?(?!\s+of\b)|"
    r"formulations?|presentations?|how\s+(is\s+it|are\s+they|do\s+(i|you)|to|should\s+(i|you))\s+(take|use)\b|"
    r"taking\s+(it|them|this\s+medicine|the\s+medicine|your\s+medicine)\b)",
    re.I,
)
#: What may open a line before its form: a bullet, an answer's label, "As", an indefinite article, a strength ("- 10
#: mg tablets", "Answer: Prolonged-release tablets", "- An **oral suspension**"). Not "the": "The tablet lets the
#: drug out slowly" speaks of a form named before, perhaps more closely than its bare head.
OPENING = re.compile(
    r"[\W_]*((answer|a)\s*:\s*)?((as|in)\s+)?((an?|one)\s+)?[*_]{0,2}"
    r"(\d+(\.\d+)?\s?(mg|micrograms?|mcg|g|ml)\s+)?[*_]{0,2}",
    re.I,
)
_HEADS = "|".join(sorted(HEADS, key=len, reverse=True))
#: A lone head where the line's form opens.
LONE_HEAD = re.compile(r"(" + _HEADS + r")\b(?!-)", re.I)
#: A head listed after the line's first form: "Capsules (30 mg and 75 mg) and tablets", "tablets, or capsules".
LISTED_HEAD = re.compile(
    r"[*_]{0,2}(\s*\([^)]*\))?\s*,?\s*(and|or)\s+((an?|the)\s+)?[*_]{0,2}(" + _HEADS + r")\b(?!-)", re.I
)
#: "X is a tablet", "It is a small tablet", "X is a once-daily capsule": the drug (or "It") is a form.
COPULA = re.compile(
    r"(?P<subject>\bit|[*_]{0,2})\s+is\s+(an?|one)\s+((small|little|tiny|round|white|once-daily|daily|weekly)\s+)?"
    r"[*_]{0,2}(?P<head>tablet|capsule|caplet)[*_]{0,2}(?=\s*([,.;:]|$)|\s+(taken|swallowed|you|to|for|once|twice)\b)",
    re.I,
)
#: "There is also a once-daily capsule.", "There are also prolonged-release tablets, taken once a day.", "There is no
#: liquid form." (group "no": the form denied): a form the text adds to the drug's, or denies it.
EXISTENTIAL = re.compile(
    r"[\W_]*there\s+(is|are)\s+(also\s+)?((?P<no>no)\s+)?((an?|one)\s+)?[*_]{0,2}"
    r"((once-daily|twice-daily|once-a-day|small|single|special)\s+)?",
    re.I,
)
#: A denial in the clause of the forms: the form is not stated as the drug's ("there is no liquid form", "Tablets
#: are not made any more"); "with or without food" denies nothing.
DENIED = re.compile(denial_words("(?<!with or )without", "cannot"), re.I)
#: Where the clause of the forms ends: a denial after it is about someone else ("for people who cannot swallow
#: tablets", "though food makes no difference").
CLAUSE_END = re.compile(r"[,;:(]|\s(for|who|if|which|that|though|but|because)\s", re.I)
ANCHOR = re.compile(_HEADS, re.I)


def form_lines(unit: Unit, ctx: Discourse) -> tuple[list[Found], dict[str, Entity]]:
    """form-line: the forms of a line under a heading about how the drug comes or is taken, and "X is a tablet";
    with the bare forms they name.

    >>> u = Unit("- Capsules, swallowed whole with water.", [], heading="How it comes")
    >>> found, minted = form_lines(u, Discourse(focus="x", main="x", title="X for heartburn"))
    >>> [(f.subject, f.object) for f in found], sorted(minted)
    ([('x', 'capsule')], ['capsule'])
    """
    text = unit.text
    if not lowered.search(ANCHOR, text):
        return [], {}
    owner = titled(ctx)
    if owner is None or ctx.focus not in (None, owner):
        return [], {}
    # (a food is when to take it, "with or without food", no other agent: as dose lines read it, decision 0750)
    if any(m[3] in AGENT and m[2] != owner and m[2] not in FOOD_SLUGS for m in unit.mentions):
        return [], {}
    # (the heading, or a question heading line after it: "What does it come as?" on a line of its own, 0689)
    spans = _section_forms(unit) if in_section(ctx, unit.heading, FORMS_HEADING) else []
    rule, negated, start = "form-line", False, 0
    if not spans:
        spans, rule = _copula_forms(unit, owner), "form-copula"
    if not spans and (there := EXISTENTIAL.match(text)):
        first = _named_or_lone(unit, there.end())
        spans, rule, negated = ([first] if first else []), "form-existential", bool(there.group("no"))
        start = there.end() if negated else 0  # (the "no" the claim carries is no denial of it twice)
    out: list[Found] = []
    minted: dict[str, Entity] = {}
    if spans and _denied(text, max(b for _, b, _, _ in spans), start):
        return [], {}
    for a, b, slug, label in spans:
        if label:
            minted[slug] = Entity(slug, label, "Formulation")
        if not any(f.object == slug for f in out):
            words = text[a:b]
            out.append(Found(owner, "hasFormulation", slug, rule, negated, "Asserted", (), Decimal("0.5"), words))
    return out, minted


def _denied(text: str, end: int, start: int = 0) -> bool:
    """A denial from `start` (after a "there is no" the claim carries) to `end` (the last form read) or in the rest
    of its clause."""
    stop = CLAUSE_END.search(text, end)
    return bool(DENIED.search(text, start, stop.start() if stop else len(text)))


def _named_or_lone(unit: Unit, at: int) -> tuple[int, int, str, str] | None:
    """The form that starts at `at`: the mention recognised there (slug, no label to mint), else a lone head (its
    slug and the label to mint)."""
    named = next((m for m in unit.mentions if m[3] == "Formulation" and m[0] == at), None)
    if named is not None:
        return named[0], named[1], named[2], ""
    lone = LONE_HEAD.match(unit.text, at)
    if lone is None:
        return None
    word = lone.group(1).lower()
    label = " ".join([*([COMMON_WORD_HEADS[word]] if word in COMMON_WORD_HEADS else []), HEADS[word]])
    return lone.start(), lone.end(), slugify(label), label


def _section_forms(unit: Unit) -> list[tuple[int, int, str, str]]:
    """The line's forms when it opens with one: that form, the heads listed right after it, and every other form
    the line names."""
    first = _named_or_lone(unit, OPENING.match(unit.text).end())
    if first is None:
        return []
    spans = [first]
    while listed := LISTED_HEAD.match(unit.text, spans[-1][1]):
        nxt = _named_or_lone(unit, listed.start(5))
        if nxt is None:
            break
        spans.append(nxt)
    taken = {(a, b) for a, b, _, _ in spans}
    spans += [(m[0], m[1], m[2], "") for m in unit.mentions if m[3] == "Formulation" and (m[0], m[1]) not in taken]
    return spans


def _copula_forms(unit: Unit, owner: str) -> list[tuple[int, int, str, str]]:
    """ "X is a tablet ...", "It is a small tablet": the form, when the copula's subject is the owner's name (or
    "It") opening the line."""
    for match in COPULA.finditer(unit.text):
        start = match.start("subject")
        if match.group("subject").lower() == "it":
            if unit.text[:start].strip(" -*_•") != "":
                continue
        else:
            named = next((m for m in unit.mentions if m[1] == start and m[2] == owner), None)
            if named is None or unit.text[: named[0]].strip(" -*_•") != "":
                continue
        a, b = match.span("head")
        head = HEADS[match.group("head").lower()]
        return [(a, b, slugify(head), head)]
    return []
