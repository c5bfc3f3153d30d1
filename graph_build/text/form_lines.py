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
from graph_build.text.dosage_forms import COMMON_WORD_HEADS, HEADS, _kind
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
#: What may stand between a drug's name and what is said of it: its salt's word ("X sodium"), a brand in brackets ("X
#: (brand name Y)", "X (Y)"), or a brand named aside ("X, sold as Y,", "X, brand name Y,", "X, sold under the brand name
#: Y,": decision 0933), markup around the name.
_SALTS = (
    "sodium|potassium|calcium|magnesium|hydrochloride|citrate|maleate|mesilate|besilate|sulfate|sulphate|phosphate|"
    "acetate|tartrate|fumarate|succinate|bromide|chloride"
)
_ASIDE = (
    r"(?:\s+(?:" + _SALTS + r"))?"
    r"[*_]{0,2}(?:\s*\([^()]{1,40}\)|,\s*(?:(?:sold|known|marketed)\s+(?:as|under\s+the\s+(?:brand\s+)?name)|"
    r"brand\s+name)\s+[^,.;]{1,30}(?=,))?"
)
#: "X is a tablet", "It is a small tablet", "X is a once-daily capsule": the drug (or "It") is a form; its brand
#: or salt may stand between ("X (Y) is a tablet", "X, sold as Y, is a tablet": `_ASIDE`, decision 0933).
COPULA = re.compile(
    r"(?P<subject>\bit|[*_]{0,2})"
    + _ASIDE
    + r",?\s+is\s+(an?|one)\s+((small|little|tiny|round|white|once-daily|daily|weekly)\s+)?"
    r"[*_]{0,2}(?P<head>tablet|capsule|caplet)[*_]{0,2}(?=\s*([,.;:]|$)|\s+(taken|swallowed|you|to|for|once|twice)\b)",
    re.I,
)
#: "It is a film-coated tablet.", "X is a melt-in-the-mouth tablet of 75 mg": the drug (or "It") is a form the
#: recognisers name with its modifiers (group "at": where it must start; decision 0908).
COPULA_NAMED = re.compile(
    r"(?P<subject>\bit|[*_]{0,2})"
    + _ASIDE
    + r",?\s+is\s+(an?|one)\s+((small|little|tiny|round|white|once-daily|daily|weekly)\s+)?"
    r"[*_]{0,2}(?P<at>)",
    re.I,
)
#: Right after that form: where the copula's clause ends, or how it is taken ("taken once a day", "of 75 mg").
COPULA_END = re.compile(r"[*_]{0,2}(?=\s*([,.;:]|$)|\s+(taken|swallowed|you|to|for|once|twice)\b|\s+of\s+\d)", re.I)
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


@lowered.last_answer
def _names_a_form(text: str) -> bool:
    """Whether `ANCHOR` (a form's head) occurs in `text`, remembered for the last sentence: `form_lines` and
    `named_forms` ask about each sentence in turn (decision 0894)."""
    return bool(lowered.search(ANCHOR, text))


def form_lines(unit: Unit, ctx: Discourse) -> tuple[list[Found], dict[str, Entity]]:
    """form-line: the forms of a line under a heading about how the drug comes or is taken, and "X is a tablet";
    with the bare forms they name.

    >>> u = Unit("- Capsules, swallowed whole with water.", [], heading="How it comes")
    >>> found, minted = form_lines(u, Discourse(focus="x", main="x", title="X for heartburn"))
    >>> [(f.subject, f.object) for f in found], sorted(minted)
    ([('x', 'capsule')], ['capsule'])
    """
    text = unit.text
    if not _names_a_form(text):
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
    named = {m[0]: m for m in unit.mentions if m[3] == "Formulation"}
    for match in COPULA_NAMED.finditer(unit.text):
        form = named.get(match.end("at"))
        if form is None or not COPULA_END.match(unit.text, form[1]) or not _opens(unit, match, owner):
            continue
        return [(form[0], form[1], form[2], "")]
    for match in COPULA.finditer(unit.text):
        if not _opens(unit, match, owner):
            continue
        a, b = match.span("head")
        head = HEADS[match.group("head").lower()]
        return [(a, b, slugify(head), head)]
    return []


def _opens(unit: Unit, match: re.Match, owner: str) -> bool:
    """The copula's subject is "It" or the owner's name, opening the line."""
    start = match.start("subject")
    if match.group("subject").lower() == "it":
        return unit.text[:start].strip(" -*_•") == ""
    named = next((m for m in unit.mentions if m[1] == start and m[2] == owner), None)
    return named is not None and unit.text[: named[0]].strip(" -*_•") == ""


#: A plain word that says no kind before a lone head ("a small tablet").
_PLAIN = r"(?:(?:small|little|tiny|round|white|once-daily|daily|weekly)\s+)?"
PLAIN = re.compile(_PLAIN, re.I)
#: "X, a tablet he swallows twice a day", "X (brand name Y), a modified-release tablet,", "X, a cream or paste", "X,
#: a medicine that comes as capsules": an apposition that says what the drug is by its form (group "at": the form).
APPOSITION = re.compile(
    _ASIDE + r",\s+(?:an?|one)\s+(?:(?:medicine|drug)\s+that\s+comes?\s+(?:as|in)\s+(?:an?\s+)?)?[*_]{0,2}(?P<at>)",
    re.I,
)
#: "takes X (brand name Y) as capsules", "takes X, a cholinergic medicine, as a tablet": the form the drug is taken as.
TAKEN_AS = re.compile(
    _ASIDE + r"(?:,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:medicine|drug)\s*,)?\s+as\s+(?:an?\s+|one\s+)?[*_]{0,2}(?P<at>)",
    re.I,
)
#: Right before the drug's name in `TAKEN_AS`: a verb of taking it (and markup).
TAKING = re.compile(r"\b(?:takes?|taking|took|uses?|using|used|has|having|had|gets?|getting|got)\s+[*_]{0,2}$", re.I)
#: "She takes it as a capsule", "I take it as capsules twice a day", "He takes it long-term, as film-coated tablets":
#: the form the drug in focus ("it") is taken as (group "at": the form; decision 0908).
TAKEN_IT = re.compile(
    r"\b(?:takes?|taking|took|uses?|using|used|has|having|had|gets?|getting|got)\s+it"
    r"(?:\s+(?:long-term|daily|every\s+day|regularly|now))?\s*,?\s+as\s+(?:(?:an?|one)\s+)?(?:single\s+)?[*_]{0,2}(?P<at>)",
    re.I,
)
#: "I take one 200 mg tablet twice a day", "She swallows a small tablet each morning", "He takes the tablets with
#: food": a person taking a count (or "the") of tablets or capsules - the form the drug in focus comes as, as a
#: person's dose line tells it without naming the drug again (group "at": the form; decision 1116). Only the heads a
#: person takes by the unit (`DOSE_HEADS`); "takes an injection" or "takes the cream" say less plainly what is given.
TAKEN_DOSE = re.compile(
    r"\b(?:takes?|took|swallows?|swallowed)\s+(?:(?:one|a|an|the|two|her|his|my|\d+)\s+)?"
    r"(?:\d+(?:\.\d+)?\s?(?:mg|micrograms?|mcg)\s+)?[*_]{0,2}(?P<at>)",
    re.I,
)
#: The heads `TAKEN_DOSE` reads: a unit a person swallows (decision 1116).
DOSE_HEADS = frozenset({"tablet", "tablets", "capsule", "capsules"})
#: After the form taken: "as a liquid rather than tablets" takes the first only (decision 0908).
RATHER_THAN = re.compile(r"\s+(?:rather\s+than|instead\s+of)\b", re.I)
#: "ivermectin tablets", "imiquimod cream (brand name Aldara)", "X citrate capsules", "X (Glivec) tablets", "X 10%
#: cream", "X eye drops": the drug's name (its salt, a bracketed brand, a strength in per cent between) right before
#: its form (group "at": the form; decision 0908).
COMPOUND = re.compile(_ASIDE + r"(?:\s+\d+(?:\.\d+)?\s?%)?\s+[*_]{0,2}(?P<at>)", re.I)
#: The lone heads a compound reads (a recognised form with its modifiers always): the heads that are a dose form by
#: themselves in the EDQM Standard Terms (Tablet, Capsule, Cream, Gel, Ointment, Lozenge, Suppository, Syrup, Implant,
#: Granules). Not a head whose standard terms name a route or a device ("a rotigotine patch" is a transdermal patch, an
#: inhaler, a spray, an injection each a kind the bare head does not say), nor a common word or a verb ("X drops the
#: pressure", "X solution", "X powder" the raw substance); nor a head before what it is the site or the cause of ("the
#: X injection site").
COMPOUND_HEADS = frozenset(
    {
        *("tablet", "tablets", "capsule", "capsules", "cream", "gel", "ointment", "lozenge", "lozenges"),
        *("suppository", "suppositories", "syrup", "implant", "granules"),
    }
)
NOT_THE_FORM = re.compile(r"[*_]{0,2}(?:-|\s+(?:sites?|reactions?)\b)", re.I)
#: "a tablet called X", "an injection called X": the form named before the drug (group "at": where the name starts).
CALLED = re.compile(r"[*_]{0,2}\s+(?:called|named)\s+[*_]{0,2}(?P<at>)", re.I)
#: Right after the form of an apposition: where its clause goes on ("a tablet he swallows", "a tablet, taken",
#: "a cream for", the sentence's end); a relative clause is left out: a kind clause ("a tablet that disperses in
#: water") says more than the head, and "a tablet that is no longer made" denies it where the clause check stops.
FORM_ENDS = re.compile(
    r"[*_]{0,2}(?=\s*(?:[,.;:)]|$)|\s+(?:he|she|they|you|i|we|taken|swallowed|given|used|to|for|or|and|once|"
    r"twice|(?:two|three|four|\d)\s+times|each|every|in|at|with|(?:sold|known|marketed)\s+as)\b)",
    re.I,
)


def named_forms(unit: Unit, ctx: Discourse) -> tuple[list[Found], dict[str, Entity]]:
    """form-apposition: "X, a tablet he swallows twice a day", "X (brand name Y), a modified-release tablet", "X, a
    medicine that comes as capsules"; form-taken-as: "takes X (brand name Y) as capsules"; form-called: "a tablet
    called X" - the form of the drug named right there, its own clause (decision 0879).

    >>> u = Unit("Ann takes zorbamycin, a tablet she swallows twice a day.", [(10, 20, "z", "Drug")])
    >>> [(f.subject, f.object, f.rule) for f in named_forms(u, Discourse())[0]]
    [('z', 'tablet', 'form-apposition')]
    """
    text = unit.text
    if not _names_a_form(text):
        return [], {}
    out: list[Found] = []
    minted: dict[str, Entity] = {}
    drugs = [m for m in unit.mentions if m[3] == "Drug"]
    for m in drugs:
        # (a brand named right after the drug is the same drug: its end is where the aside ends)
        for rule, pattern in (("form-apposition", APPOSITION), ("form-taken-as", TAKEN_AS)):
            if rule == "form-taken-as" and not TAKING.search(text, 0, m[0]):
                continue
            match = pattern.match(text, m[1])
            if match is None:
                continue
            at = match.end("at")
            form = _form_after(unit, at)
            if form is None or not FORM_ENDS.match(text, form[1]):
                continue
            if form[3] and text[form[0] : form[1]].lower() in COMMON_WORD_HEADS:
                continue  # ("buccal X, a liquid given into the mouth": a plain word, no form named; 0879)
            spans = [form]
            if rule == "form-apposition":  # ("a cream or an ointment": each form of the apposition)
                while listed := LISTED_HEAD.match(text, spans[-1][1]):
                    nxt = _named_or_lone(unit, listed.start(5))
                    if nxt is None or not FORM_ENDS.match(text, nxt[1]):
                        break
                    spans.append(nxt)
            if _denied(text, spans[-1][1], m[0]):
                continue
            _add(out, minted, m[2], spans, rule)
    # (the document's drug only: "his salbutamol inhaler", "until warfarin tablets take over" name other drugs' forms
    # in passing, which the text does not describe)
    own = {titled(ctx), ctx.main} - {None}
    for m in drugs:
        if m[2] in own:
            _compound(unit, m, out, minted)
    if not drugs and ctx.focus:
        _taken_it(unit, ctx.focus, out, minted)
    if not drugs and ctx.focus and ctx.focus == titled(ctx):
        _taken_dose(unit, ctx.focus, out, minted)
    for match in CALLED.finditer(text):
        named = next((m for m in drugs if m[0] == match.end("at")), None)
        if named is None:
            continue
        form = _form_ending_at(unit, match.start())
        if form is None or _denied(text, named[1], max(0, form[0] - 12)):
            continue
        _add(out, minted, named[2], [form], "form-called")
    return out, minted


def _compound(unit: Unit, drug: tuple, out: list[Found], minted: dict[str, Entity]) -> None:
    """form-compound: "ivermectin tablets", "X (brand name Y) cream", "X 5% gel" - the drug named right before its form
    (a recognised form, or one of `COMPOUND_HEADS` alone with no kind clause after it), with no denial in the sentence
    up to the form's clause's end (decision 0908)."""
    text = unit.text
    if re.fullmatch(_SALTS, text[drug[0] : drug[1]], re.I):
        return  # ("alverine citrate capsules": the salt's word is the drug's, no drug of its own)
    match = COMPOUND.match(text, drug[1])
    if match is None:
        return
    form = _named_or_lone(unit, match.end("at"))
    if form is None or NOT_THE_FORM.match(text, form[1]):
        return
    if form[3] and (text[form[0] : form[1]].lower() not in COMPOUND_HEADS or _kind(text, form[1]) is not None):
        return
    if not _denied(text, form[1]):
        _add(out, minted, drug[2], [form], "form-compound")


def _taken_it(unit: Unit, focus: str, out: list[Found], minted: dict[str, Entity]) -> None:
    """form-taken-it: "She takes it as a capsule" - the form the drug in focus is taken as, in a sentence naming no
    other agent (a food aside), the form ending its phrase and no denial in its clause (decision 0908)."""
    text = unit.text
    if any(m[3] in AGENT and m[2] not in FOOD_SLUGS for m in unit.mentions):
        return
    for match in TAKEN_IT.finditer(text):
        at = match.end("at")
        form = _form_after(unit, at)
        if form is None or not (FORM_ENDS.match(text, form[1]) or RATHER_THAN.match(text, form[1])):
            continue
        spans = [form]
        while (listed := LISTED_HEAD.match(text, spans[-1][1])) and (nxt := _named_or_lone(unit, listed.start(5))):
            spans.append(nxt)  # ("takes it as tablets or as a liquid": each form taken)
        if not _denied(text, spans[-1][1]):
            _add(out, minted, focus, spans, "form-taken-it")


def _form_after(unit: Unit, at: int) -> tuple[int, int, str, str] | None:
    """The form (a recognised mention, else a lone head) starting at `at`, or after a plain describing word there ("a
    small white tablet"): the one reading form-apposition, form-taken-it and form-taken-dose share."""
    plain = PLAIN.match(unit.text, at)
    return _named_or_lone(unit, at) or (_named_or_lone(unit, plain.end()) if plain.end() > at else None)


def _taken_dose(unit: Unit, focus: str, out: list[Found], minted: dict[str, Entity]) -> None:
    """form-taken-dose: "I take one 200 mg tablet twice a day" - the bare tablet or capsule the document's drug in
    focus is taken as, in a statement naming no other agent (a food aside), the form ending its phrase and no denial
    in the sentence up to its clause's end (decision 1116). A question ("Is it a tablet I take?") asks, not says."""
    text = unit.text
    if text.rstrip(" *_").endswith("?") or any(m[3] in AGENT and m[2] not in FOOD_SLUGS for m in unit.mentions):
        return
    for match in TAKEN_DOSE.finditer(text):
        at = match.end("at")
        form = _form_after(unit, at)
        if form is None or not form[3] or text[form[0] : form[1]].lower() not in DOSE_HEADS:
            continue  # (a recognised finer form is read by the rules that name it; a bare unit only here)
        if _kind(text, form[1]) is not None or not FORM_ENDS.match(text, form[1]) or _denied(text, form[1]):
            continue
        _add(out, minted, focus, [form], "form-taken-dose")
        return


def _form_ending_at(unit: Unit, end: int) -> tuple[int, int, str, str] | None:
    """The form (a recognised mention, else a lone head) that ends at `end` after an article ("a tablet", "an
    injection")."""
    text = unit.text
    named = next((m for m in unit.mentions if m[3] == "Formulation" and m[1] == end), None)
    start = named[0] if named is not None else None
    if named is None:
        lone = re.search(r"(?:" + _HEADS + r")[*_]{0,2}$", text[:end], re.I)
        start = lone.start() if lone else None
    if start is None or not re.search(r"\b(?:an?|one)\s+[*_]{0,2}$", text[:start], re.I):
        return None
    return (named[0], named[1], named[2], "") if named is not None else _named_or_lone(unit, start)


def _add(out: list[Found], minted: dict[str, Entity], owner: str, spans: list, rule: str) -> None:
    """The owner's forms of `spans`, each once, and the bare forms to mint."""
    for _, _, slug, label in spans:
        if label:
            minted[slug] = Entity(slug, label, "Formulation")
        if not any(f.object == slug and f.subject == owner for f in out):
            out.append(Found(owner, "hasFormulation", slug, rule, False, "Asserted", (), Decimal("0.5")))


#: The rules of `named_forms`: a bare form there describes the drug named, not one of a list of forms.
NAMED_FORM_RULES = frozenset(
    {"form-apposition", "form-taken-as", "form-taken-it", "form-taken-dose", "form-compound", "form-called"}
)


def finer_forms(found: list[tuple[tuple[int, int], Found]]) -> list[tuple[tuple[int, int], Found]]:
    """Without a bare form that names the drug ("a tablet called X", "X, a tablet he swallows") where the same document
    gives it a finer form of the same head ("It comes as a film-coated tablet"): the text's tablet is that one, and
    the bare head would be a second, coarser form (decision 0879). A list of forms ("comes as tablets and as
    modified-release tablets") names two forms and keeps both.

    >>> bare = Found("x", "hasFormulation", "tablet", "form-called")
    >>> fine = Found("x", "hasFormulation", "film-coated-tablet", "r")
    >>> [f.object for _, f in finer_forms([((0, 1), bare), ((2, 3), fine)])]
    ['film-coated-tablet']
    """
    finer = {
        (f.subject, f.object) for _, f in found if f.predicate == "hasFormulation" and not f.negated and "-" in f.object
    }
    return [
        (span, f)
        for span, f in found
        if f.rule not in NAMED_FORM_RULES
        or f.negated
        or not any(s == f.subject and o.endswith("-" + f.object) for s, o in finer)
    ]
