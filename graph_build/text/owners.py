"""Whose adverse effects a sentence lists when it names no drug (issue 13, "reading completely").

Health articles list effects under a heading ("Side effects: ... Dizziness and palpitations may also happen.",
"Some people notice hair loss.") or after a sentence that names the drug ("X can cause changes in mood. These
include bad dreams and anxiety."). The owner is then the drug the text shows: the one named in the section's
heading or, for a heading that names none ("## Side effects"), the document's drug when its title names it; or the
drug whose effects the previous sentence stated. Claims built on such an owner say so (`resolved_from`: the heading
or the anaphor), and get the lower resolved-referent confidence (graph_build/text/confidence.py).
"""

from __future__ import annotations

import re

from graph_build.text.harm_headings import HARM_HEADING
from graph_build.text.units import Discourse, Unit

#: A heading asking what the reader (or the people they look after) may see or should watch for: guidance for carers,
#: staff or leaders names a drug's effects under it ("What to look out for", "3. What to watch for on the walk", "What
#: you might see on the coach", "## What might you notice at home?"; decision 0776). Only with a modal or "to": never
#: a past "What did I notice?" (a patient's own signs of the illness) nor a bare "Look out for:" (a lead of signs).
#: (decision 0827) the one who looks named by a role ("What a leader might notice", "Things a steward might see"), and
#: "Things" for "What" before the modal (never "Things to look out for", a list of warnings as often).
#: (decision 0848) the ones who look named as those on a drug: "What volunteers on X may notice" (never "with", the
#: people of an illness, whose signs it lists).
#: (decision 0890) the reader or the one cared for asking with any modal of the future, "What will I notice?", "What
#: might she notice?", "What should I look out for?", and a heading that is only "What to expect".
WATCH_HEADING = re.compile(
    r"^\W*(\d{1,2}[.):]\s*)?(what (to (look out|watch( out)?) for"
    r"|(might|may|could) (you|they|we|carers|staff) (see|notice)"
    r"|(will|would|might|may|could|should|can) (i|you|he|she|they|we) (see|notice|look out for|watch( out)? for)"
    r"|to expect(?=\W*$))"
    r"|(what|things) (you|they|we|carers|staff|(a|an|the|our|your) [a-z]+|[a-z]+s on [a-z][\w-]*) (might|may|could)"
    r" (see|notice))\b",
    re.I,
)
#: A list's lead of what one sees or notices ("On a workbench you may see:", "You might notice:", "It can show up
#: as:"): after a running sentence about an illness, its signs, not a drug's side effects (decision 0839).
NOTICE_LEAD = re.compile(
    r"\b(you|they|we|people|carers|staff|others)\s+(may|might|could|can|will|would)\s+(see|notice|spot)\b"
    r"|\bshows?\s+(itself\s+)?(up\s+)?as\b",
    re.I,
)
#: A heading in the words of side effects themselves (not a question of what to watch for): the section is the
#: dominant drug's whatever drug the sentences before it left in focus (decision 1085).
SIDE_EFFECT_HEADING = re.compile(r"\b(side[- ]effects?|adverse (effects?|reactions?)|unwanted effects?)\b", re.I)
#: A heading of a section about side effects; (decision 0924) or a lay question of the harm a drug does ("What has it
#: done to me?", "What can go wrong?", harm_headings).
EFFECTS_HEADING = re.compile(
    SIDE_EFFECT_HEADING.pattern + "|" + WATCH_HEADING.pattern + "|" + HARM_HEADING.pattern,
    re.I,
)
#: A labelled field near a document's top that names its drug, as a monograph or a fact sheet opens ("DRUG: X",
#: "Generic name: X"): it names the document's drug as a title would (decision 0642).
DRUG_FIELD = re.compile(
    r"^[ \t]*(drug|drug name|generic name|medicine|medication|active (ingredient|substance))[ \t]*:[^\n]*", re.I | re.M
)
#: How far past the title a drug field may stand.
DRUG_FIELD_REACH = 600
#: A label or heading of a monograph's field of dosage forms ("HOW SUPPLIED: tablets 650 mg", "Forms:").
FORMS_LABEL = re.compile(
    r"^[\W_]*(how supplied|(dosage |available )?forms?|formulations?|presentations?|preparations?)\b\s*(:|$)", re.I
)
#: A heading of a section about interactions ("Interactions", "Taking X with other medicines").
#: ("Other medicines", "Taking other medicines": a section about the medicines taken besides the drug, decision 0686;
#: "Other medicines and alcohol", "OTHER MEDICINES, ALCOHOL AND DRIVING": 0693; "Any medicines it doesn't mix
#: with?", "What not to mix it with": 0723; "Other medicines and foods": 0748; "Part E: Other medicines": 0763)
INTERACTIONS_HEADING = re.compile(
    r"\binteract(s|ions?)?\b|\bwith other medicines\b|\bmix(es|ed|ing)?\s+((it|them)\s+)?with\b|"
    # ("Does it clash with anything?", "Which medicines clash with it?", "Medicines that clash": lay English for an
    # interaction; decision 0926)
    r"\bclash(es|ing)?\b|"
    # ("Medicines that do not mix", "Other medicines to mention at the chemist": decision 0806)
    r"\b(do not|don\W?t|does not|doesn\W?t) mix\W*$|"
    r"^\W*other (medicines|drugs|medications) to (mention|tell|avoid|watch|check)\b|"
    # ("Medicines that do not mix", "Drugs that don't mix": decision 0808)
    r"\b(medicines|drugs|medications)\s+(that\s+)?(do\s+not|don['\u2019]t)\s+mix\b|"
    # (a numbered label before it: "Part E: Other medicines", "SECTION 6. OTHER MEDICINES", "Slide 15 - Other
    # medicines", "[OPTION 3: OTHER MEDICINES AND FOOD]"; decision 0763)
    r"^\W*((part|section|slide|option|card|step|chapter|page)\s+\w{1,3}\s*[:.)-]\s*)?"
    r"((taking|using) )?(other (medicines|drugs|medications)"
    r"(,? (and )?(alcohol|foods?|drinks?|driving|supplements|herbal remedies))*"
    # (no "other": the heading names what is taken with them, "Medicines and foods", "5. Medicines, food and drink",
    # "Medicines and salt"; never "Medicines and driving" / "and pregnancy", decision 0770)
    r"|(medicines|drugs|medications)((,|,? and|,? &) (alcohol|foods?|drinks?|salt|supplements|herbal remedies))+)\W*$|"
    # (what is taken with them first, then "and other medicines" last: "Drinking, caffeine and other medicines",
    # "Alcohol, food and other drugs"; a list of at most four short items, the heading only that; decision 0777)
    r"^(?!.*\b(pregnan|breast|driv))\W*([a-z'-]+( [a-z'-]+)?(, ?| and | & )){1,4}"
    r"(and |& )?other (medicines|drugs|medications)\W*$|"
    # (a question heading asking which of them matter: "Q9. Which medicines and foods matter?", "Which other
    # medicines should I avoid?", decision 0770)
    r"^\W*(q\d{1,2}[.):]?\s*)?(which|what) (other )?(medicines|drugs|medications)"
    r"(,? (and|or) (alcohol|foods?|drinks?|supplements))* (matter|to avoid|should (i|you|we) avoid|"
    r"(can|could|may|might|do|does) (affect|interact|interfere|clash))\b",
    re.I,
)
#: A heading of a section about stopping the drug (decision 0757): "Stopping X", "2.8 Stopping", "[STOPPING]", "Coming
#: off it", "Finishing the course", "Card 10. Withdrawal?", "Can I stop it?", "What happens when I stop?", "If you
#: stop", "And coming off it?". Not "Stop taking it and get help if ...", a heading of warning signs (STOPPING_NOT).
STOPPING_HEADING = re.compile(
    r"^[\W_]*((card|section|part|step|slide|screen|q|question)?\s*\d+(\.\d+)*[.):]?\s*)?"
    r"(stopping|coming off|withdrawal|discontinu\w+|finishing)\b"
    r"|\b(can|could|should|may) (i|you|we|they|he|she) (just |ever )?(stop|come off)\b"
    r"|\bwhat happens (if|when) (i|you|we|they) stop\b"
    r"|\b(if|when) (i|you|they) stop\W*$"
    r"|\b(and|about) (stopping|coming off)\b",
    re.I,
)
#: What makes a heading about stopping one of warning signs or side effects instead.
STOPPING_NOT = re.compile(r"\b(side[- ]effects?|get help|call|seek|urgent\w*|emergency|warning|allerg\w+)\b", re.I)
#: Before the first mention of a list that opens a sentence: at most three words ("Some mild X and Y ..."), after a
#: one-word label ("Answer: A and B are the most common.", "[Nurse: A is a common side effect."; decision 0757).
#: (decision 0890) a frequency set off by a comma may open it: "Rarely, a rash or a headache may appear".
OPENING = re.compile(
    r"\s*(\W*\s*)?(((very|quite) )?(rarely|occasionally|sometimes|less (often|commonly)|now and then|in rare cases)"
    r",\s+)?([\w-]+\s*:\s*)?([\w-]+\s+){0,3}?",
    re.I,
)
#: Between two items of a list.
LIST_SEP = re.compile(r"\s*(,\s*((and|or)\s+)?|(and|or)\s+|/\s*)", re.I)
#: Between two items of a list opening a sentence, an article may start the next ("Headaches and a rash are common",
#: "A cough, a headache or a rash may happen": decision 0769).
ITEM_SEP = re.compile(LIST_SEP.pattern + r"((a|an)\s+)?", re.I)
#: Between an item and its examples ("Allergic reactions, including anaphylaxis, are rare": both; decision 0890).
EXAMPLES_SEP = re.compile(r"\s*,?\s*(including|such as|especially)\s+((a|an)\s+)?", re.I)


#: A question standing as a heading ("## Who should not take X?", "What are the side effects?"): the segmenter
#: keeps it as a sentence, so the heading before it stays each unit's heading (graph_build/text/extract.py).
QUESTION_HEADING = re.compile(r"^\s*(#+\s*)?(\S+\s+){0,9}\S+\?\s*$")


def section(ctx: Discourse, heading: str) -> str:
    """The section a unit is in: the last question heading under its heading, else the heading itself.

    >>> ctx = Discourse(section="Who should not take X?", section_under="Side effects")
    >>> section(ctx, "Side effects"), section(ctx, "Interactions")
    ('Who should not take X?', 'Interactions')
    """
    return ctx.section if ctx.section and ctx.section_under == heading else heading


#: Whether a heading is of a kind: by the kind's pattern `id` and the heading, with the pattern (kept alive, so that no
#: other pattern takes its id). A document's units share a few headings, asked about ~17,000 times a pass over the
#: development documents (decision 0825); at most KINDS_MAX answers are kept.
_KINDS: dict[tuple[int, str], tuple[re.Pattern, bool]] = {}
KINDS_MAX = 4096


def _of_kind(about: re.Pattern, heading: str) -> bool:
    """`bool(about.search(heading))`, remembered."""
    found = _KINDS.get((id(about), heading))
    if found is None:
        if len(_KINDS) >= KINDS_MAX:
            _KINDS.clear()
        found = _KINDS[id(about), heading] = (about, bool(about.search(heading)))
    return found[1]


def in_section(ctx: Discourse, heading: str, about: re.Pattern) -> bool:
    """Whether a unit is in a section of the kind `about`: its heading is of that kind and no question heading of
    another kind came after it ("## Side effects ... ## Who should not take X?": the bullets after the question are
    not side effects). A question heading alone opens a section only as a marked heading line ("### Are there any
    side effects?" in a page of questions, decision 0642): a short question in running text keeps its heading's kind.

    >>> ctx = Discourse(section="Who should not take X?", section_under="Side effects")
    >>> in_section(ctx, "Side effects", EFFECTS_HEADING), in_section(Discourse(), "Side effects", EFFECTS_HEADING)
    (False, True)
    >>> in_section(Discourse(section="Any side effects?", section_under="X", section_marked=True), "X", EFFECTS_HEADING)
    True
    """
    kind = _of_kind(about, heading) or (ctx.section_marked and ctx.section_under == heading)
    return kind and _of_kind(about, section(ctx, heading))


def note_section(ctx: Discourse, text: str, heading: str, alone: bool = False) -> None:
    """Remember a question heading (a short question, or a markdown heading line) as the section of what follows. A
    question that is a line of its own (`alone`: "What are the side effects?" between paragraphs, "WHAT ARE THE SIDE
    EFFECTS?" above one) is a heading by its layout, as a marked heading line is (decision 0689).

    >>> ctx = Discourse()
    >>> note_section(ctx, "What are the side effects?", "X for pain", alone=True)
    >>> in_section(ctx, "X for pain", EFFECTS_HEADING)
    True
    >>> note_section(ctx, "What are the side effects?", "X for pain")
    >>> in_section(ctx, "X for pain", EFFECTS_HEADING)
    False
    """
    # (every question heading holds its "?": the pattern, which backtracks over up to ten words, runs only then)
    if text.lstrip().startswith("#") or ("?" in text and QUESTION_HEADING.match(text)):
        ctx.section, ctx.section_under = text.strip().lstrip("#").strip(), heading
        ctx.section_marked = text.lstrip().startswith("#") or (alone and text.rstrip().endswith("?"))


def _named(slug: str, text: str) -> bool:
    return bool(slug) and slug.replace("-", " ") in text.lower()


def heading_owner(ctx: Discourse, heading: str, about: re.Pattern = EFFECTS_HEADING) -> str | None:
    """The drug a section is about (`about`: its kind of heading, side effects by default): the drug in focus or the
    document's drug when the heading names it, else the document's drug when the heading names no drug and the title
    names it, or (a side-effect or stopping section) names no drug while the drug the text names most is in focus as
    the sentences left it (`Discourse.passage_focus`, headings aside: decision 0744; stopping: 0757); None for any
    other heading.

    >>> ctx = Discourse(focus="x", main="x", title="X: what you need to know")
    >>> heading_owner(ctx, "Side effects"), heading_owner(ctx, "Interactions")
    ('x', None)
    >>> heading_owner(Discourse(focus="y", main="x", title="About your medicine"), "Side effects") is None
    True
    >>> heading_owner(Discourse(focus="x", main="x", title="About your medicine"), "Side effects") is None
    True
    >>> ctx = Discourse(focus="x", passage_focus="x", main="x", dominant="x", title="About your medicine")
    >>> heading_owner(ctx, "Side effects")
    'x'
    >>> ctx = Discourse(focus="x", passage_focus="x", main="x", leading="x", title="Club news")
    >>> heading_owner(ctx, "Side effects"), heading_owner(ctx, "Stopping")
    ('x', None)
    >>> heading_owner(Discourse(main="x", title="X explained", section="Any side effects?", section_marked=True), "")
    'x'
    >>> ctx = Discourse(focus="y", passage_focus="y", main="x", leading="x", title="Club news")
    >>> heading_owner(ctx, "Side effects she was warned about"), heading_owner(ctx, "What to watch for")
    ('x', None)
    >>> heading_owner(Discourse(main="x", title="Club newsletter"), "Other medicines", INTERACTIONS_HEADING)
    'x'
    """
    # (a unit under no heading but the title's, after a marked question heading "## What side effects should I
    # expect?": that question is its section; decision 0732)
    if not (heading or (ctx.section_marked and ctx.section)) or not in_section(ctx, heading, about):
        return None
    for slug in (ctx.focus, ctx.main):
        if slug and _named(slug, heading):
            return slug
    if ctx.main and _named(ctx.main, ctx.title):
        return ctx.main
    # a title that names no drug ("Hollybank Primary School"): the drug the text names most (Discourse.dominant) when
    # it is also the drug in focus where the section's sentence is read (decision 0681)
    # (an interactions section names the other drugs: the drug in focus there is a partner, so the dominant drug owns
    # it without being in focus; a talk's "Slide 6 - Other medicines", a checklist's "[ ] 6. OTHER MEDICINES": 0693)
    # (no drug named more than all others together: the drug named most, whose partners the section names; 0814)
    if about is not EFFECTS_HEADING and about is not STOPPING_HEADING:
        return (ctx.dominant or ctx.main) if about is INTERACTIONS_HEADING else None
    # (the drug in focus as the sentences left it: a heading gives "It" back to the document's drug, decision 0744)
    # (decision 1085: a section headed in the words of side effects, "## Side effects", "Side effects I was warned
    # about", is the dominant drug's even when the sentences before it left another drug in focus: a letter's last
    # paragraph before it names the rescue inhaler or the tablet taken with it, and the section turns back to the
    # drug the text is about; a sentence in it that names another agent is still that agent's)
    side_effects = about is EFFECTS_HEADING and SIDE_EFFECT_HEADING.search(section(ctx, heading)) is not None
    if ctx.dominant and side_effects:
        return ctx.dominant
    if ctx.dominant:
        return ctx.dominant if ctx.passage_focus == ctx.dominant else None
    # (no drug named more than all others together: the drug named most, at least three times and more than any other
    # one (`Discourse.leading`), when the sentences before the side-effect heading left it in focus, "### A medicine
    # members take: X ... It comes as tablets. ### Side effects"; decision 0848)
    if about is EFFECTS_HEADING and ctx.leading and ctx.passage_focus == ctx.leading:
        return ctx.leading
    # (decision 1085: a heading in the words of side effects turns back to the leading drug as to the dominant one)
    if ctx.leading and side_effects:
        return ctx.leading
    return None


def titled(ctx: Discourse) -> str | None:
    """The document's drug when its title (first line) names it, else the drug its text names more than all others
    together when its title names none (`Discourse.dominant`: a talk's slides, a ward's checklist, a quiz sheet; 0693).

    >>> titled(Discourse(main="x", title="X for pain")), titled(Discourse(main="x", title="Pain relief"))
    ('x', None)
    >>> titled(Discourse(main="x", dominant="x", title="Slides from the pharmacy talk"))
    'x'
    """
    return ctx.main if ctx.main and _named(ctx.main, ctx.title) else ctx.dominant


def opening_list(unit: Unit, before: int, classes: frozenset[str] | set[str]) -> list[tuple]:
    """The mentions of `classes` that open the sentence as a list ending before `before` ("Dizziness and
    palpitations may also happen": both; "Allergic reactions with swelling of the face are rare": the first only).

    >>> ms = [(0, 9, "dizziness", "Symptom"), (14, 20, "nausea", "Symptom")]
    >>> u = Unit("Dizziness and nausea may also happen.", ms)
    >>> [m[2] for m in opening_list(u, 21, {"Symptom"})]
    ['dizziness', 'nausea']
    """
    ms = [m for m in unit.mentions if m[1] <= before]
    if not ms or ms[0][3] not in classes or not OPENING.fullmatch(unit.text, 0, ms[0][0]):
        return []
    listed = [ms[0]]
    for m in ms[1:]:
        if m[3] not in classes or not (
            ITEM_SEP.fullmatch(unit.text, listed[-1][1], m[0]) or EXAMPLES_SEP.fullmatch(unit.text, listed[-1][1], m[0])
        ):
            break
        listed.append(m)
    return listed
