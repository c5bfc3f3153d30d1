"""Extract claims from one document: normalise -> segment -> recognise -> relate, with evidence.

Evidence offsets point into the ORIGINAL text (the normaliser's offset map), the rule's name is the
evidence's method, and every evidence is marked as text-mined.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from graph_build.claims import TEXT_MINING, Claim, Evidence
from graph_build.read import Document
from graph_build.text import screens  # noqa: F401 (the pattern families screened together, decision 0825)
from graph_build.text.acute_states import acute_states
from graph_build.text.allergies import own_allergies
from graph_build.text.blood_levels import LEVELS, SUGAR_LEVELS
from graph_build.text.bound_sites import bound_sites
from graph_build.text.condition_passage import note_heading
from graph_build.text.confidence import confidence_for, doubts, register
from graph_build.text.cure_denials import denied_cures
from graph_build.text.denied_use_owners import denied_use_owners
from graph_build.text.document_drugs import document_drug
from graph_build.text.dose_adjustments import dose_contexts
from graph_build.text.dose_lines import dose_forms
from graph_build.text.doubts import doubt_count
from graph_build.text.effect_passages import end_effects_passage, note_effects_passage
from graph_build.text.form_lines import finer_forms, form_lines, named_forms
from graph_build.text.frequency_modals import row_certainty
from graph_build.text.insulin_steps import insulin_steps
from graph_build.text.learned import learned_claims, learned_confidence
from graph_build.text.learned_health import REGISTERS as HEALTH_REGISTERS
from graph_build.text.learned_health import candidates as health_candidates
from graph_build.text.learned_health import health_claims, health_confidence
from graph_build.text.made_amounts import made_processes
from graph_build.text.mechanism import chains
from graph_build.text.named_acts import named_acts
from graph_build.text.nor_clauses import it_stood_for, nor_it
from graph_build.text.normalise import normalise
from graph_build.text.numbered_items import numbered_item_lines
from graph_build.text.owner_certainty import named_drugs
from graph_build.text.owners import (
    EFFECTS_HEADING,
    INTERACTIONS_HEADING,
    LIST_SEP,
    _named,
    titled,
)
from graph_build.text.person_uses import person_uses
from graph_build.text.pk_phrases import PARAMETERS, has_phrase, phrase_values
from graph_build.text.prevalence import prevalence
from graph_build.text.processes import (
    INHIBITING,
    LIST_ITEM,
    act_slug,
    first_step_binding,
    inhibitions,
    prose_act,
    restated_uses,
)
from graph_build.text.protein_steps import protein_synthesis
from graph_build.text.rebound_rises import rebound_rises
from graph_build.text.recognise import Mention, recognise
from graph_build.text.referred_owners import named_alone, referred
from graph_build.text.relate import Discourse, Found, Unit, keep, relate_unit, update
from graph_build.text.relate_sentence_rules import (
    AS_PRODUCT,
    DERIVED_GROUPS,
    LAY_CUES,
    SO_CLAUSE,
    WITH_STATE,
    step_relief,
    steps_within,
)
from graph_build.text.run_in_headings import run_in_question
from graph_build.text.same_readings import one_per_reading
from graph_build.text.segment import Sentence, segment
from graph_build.text.sites import cell_sites, contrasted_sites, first_step_sites, prose_act_sites
from graph_build.text.stated_statuses import stated_statuses
from graph_build.text.stopping_without import stopping_without
from graph_build.text.subjects import _aside
from graph_build.text.synaptic_steps import synaptic_steps
from graph_build.text.tables import answered, find_cells, row_predicate, table_lines
from graph_build.text.targets import TARGET_ACTIONS, narrowest_targets
from graph_build.text.topic import after_heading, names_drug
from graph_build.text.units import COND
from graph_build.text.unknown_focus import unknown_focus, unnamed_subjects_dropped
from graph_build.text.vocabularies import look_up
from ontology.lexicon import Entity

#: Bump when a change to the pipeline changes its output: cached results of older versions are ignored.
PIPELINE_VERSION = "36"
#: Objects a rule adds that the text names otherwise: a group beside the one named (0699), a blood salt's level (0813).
DERIVED_OBJECTS = DERIVED_GROUPS | frozenset(LEVELS.values()) | frozenset(SUGAR_LEVELS.values())
#: Right after a bound target: a gloss of it ("E, the enzyme that normally breaks X down", "E, which makes X"):
#: what it names describes the target, no step after the drug's act (decision 0722).
TARGET_GLOSS = re.compile(r",\s+(?:(?:the|an?)\s+(?:[\w-]+\s+){0,3})?(?:that|which)\b", re.I)
#: What ends such a gloss before the sentence does: a clause of its own.
GLOSS_ENDS = re.compile(r"[;:]|,\s*(?:so|and|but|which means|as a result)\b", re.I)


def _only_in_gloss(unit: Unit, bound: set[str]) -> bool:
    """Whether the sentence's processes after the last target the drug binds (its act) all sit in a gloss of that
    target running to the sentence's end: "X blocks E, the enzyme that normally breaks Y down" names Y only to say
    what E does, so the step a next "As a result" follows is still X's act on E (decision 0722).

    >>> u = Unit("X blocks E, the enzyme that breaks Y down.", [(0, 1, "x", "Drug"), (9, 10, "e", "MolecularTarget"),
    ...     (31, 32, "y", "EndogenousChemical")])
    >>> _only_in_gloss(u, {"e"}), _only_in_gloss(Unit("X blocks E, so Y falls.", u.mentions[:2]), {"e"})
    (True, False)
    """
    targets = [m for m in unit.mentions if m[2] in bound]
    if not targets:
        return False
    gloss = TARGET_GLOSS.match(unit.text, targets[-1][1])
    return gloss is not None and not GLOSS_ENDS.search(unit.text, gloss.end())


HEADING_END = re.compile(r"[.!?:]$")
#: A line of its own in capitals that leads what follows, after an optional bracketed marker or number ("[Card 6 of
#: 7]  DO NOT TAKE IF...", "3. WHO SHOULD NOT TAKE IT:", "SIDE EFFECTS:"): a heading whatever its end, so it ends the
#: list before it (a "DO NOT TAKE IF..." card after a side-effect card opens no more side effects; decision 0734).
CAPITALS_LEAD = re.compile(
    r"[#*_\s]*(\[[^\[\]\n]{1,20}\]\s*|\d{1,2}[.)]\s+)?(?=[^a-z]*[A-Z]{2}[^a-z]*[A-Z]{2})[^a-z.!?:\n]+(:|\.\.\.|\u2026)?[*_\s]*"
)
#: A numbered section label the segmenter cuts off its heading ("SECTION 3." of "SECTION 3. SIDE EFFECTS", "Part 2."
#: of "Part 2. Interactions"): with a short rest that ends in no full stop, the line is a heading (decision 0673; a
#: numbered list item's "1. Headache" has no label word and stays an item).
SECTION_LABEL = re.compile(r"(section|part|chapter|card|unit|step)\s+\d{1,2}(\.\d{1,2})*\.?", re.I)
#: A layout label that opens a heading line (decision 0693): a tick box with or without its number ("[ ] 4.",
#: "[x]"), or a label word with its number ("Slide 13 -", "Screen 3 of 8 -", "Q7.", "Question 2:", "Section 3.",
#: "Week 2:"). A line that opens with one and goes on with a short rest ending in no full stop or colon is a heading
#: whole, however the segmenter cut it ("[ ] 4." / "SIDE EFFECTS"); the heading is its rest ("SIDE EFFECTS"), so a
#: kind of heading reads the same with or without its label. A bare number ("1. Headache") is no label: a numbered
#: list item stays an item.
HEADING_LABEL = re.compile(
    r"[#*_\s]*(\[\s*[xX\u2713\u2714]?\s*\]\s*(\d{1,2}[.)]?)?|[\u2610\u25a1]\s*(\d{1,2}[.)]?)?"
    r"|(section|part|chapter|card|unit|slide|screen|page|question|q|week|day|message|box|step)\s*\d{1,2}(\.\d{1,2})*"
    r"(\s+of\s+\d{1,2})?[.):]?|\d{1,2}:\d{2}(:\d{2})?)[*_]*\s*([-\u2013\u2014:|]\s*)?",
    re.I,
)
#: A section number before a title in capitals ("5. OTHER MEDICINES, ALCOHOL AND DRIVING"): a heading, where a
#: numbered list item ("1. Headache", "2. Take it with food.") is written in ordinary case (decision 0693).
NUMBERED_CAPITALS = re.compile(r"[#*_\s]*\d{1,2}(\.\d{1,2})*[.)]\s+(?P<rest>[^a-z]*[A-Z][^a-z]*\s[^a-z]*[A-Z][^a-z]*)")
#: How many words the rest of a labelled heading line may have ("Q9. Which of these should you avoid? (a) ...").
LABELLED_HEADING_WORDS = 25
#: At most so many words in a labelled task naming side effects that ends in a full stop ("Q7. Name three common side
#: effects.": a heading; decision 0757).
EFFECTS_TASK_WORDS = 8
#: A line set in bold, short as a heading is.
BOLD_LINE = re.compile(r"\*\*[^*]{1,80}\*\*:?")
#: A line drawn with rule characters only ("-----", "=====", "*****") above or below a heading line (decision 0739).
RULE_LINE = re.compile(r"\s*([-=_*~]\s*){3,}")
#: A section number alone after a heading mark ("## 7."): what the segmenter leaves of a numbered heading's start
#: (decision 0645; a numbered list item's "1." is no heading mark, its line keeps two sentences)
SECTION_NUMBER = re.compile(r"#+\s*\d{1,2}(\.\d{1,2})*\.?")
#: Which documents the learned relation classifier adds claims to, for pairs the rules did not relate: research
#: reports whose source says so (a public corpus's abstracts and case-report sentences: the `research` argument),
#: never on a guessed register (a health article quoting percentages reads as research). docs/decisions/0450: on
#: research DEV splits it finds 12-14 times the rules' right claims at their precision; on health articles it
#: lowered precision. Its claims are always candidates (research claims are capped below the threshold).
#: `extract_document(..., learned=True/False)` decides for one call.
LEARNED_REGISTERS = frozenset({"research"})


@dataclass
class Extraction:
    """Claims found in one document and the entities the broad vocabularies added."""

    claims: list[Claim]
    entities: dict[str, Entity]


#: The last lexicon `_glue_names` read, its entities, and the names it found (one lexicon serves a whole build).
_GLUE: list = [None, (), frozenset()]


#: The claims whose target a next sentence's "This binding" or "This" may continue from.
BOUND = frozenset({"bindsTo", "positivelyModulates"})
#: A sentence that is only a list's number ("2.", "3)").
BARE_NUMBER = re.compile(r"\s*\d+[.)]\s*")
#: A line opened by a list's number ("1. ", "2) "): with `BARE_NUMBER`, the first sentence of a numbered item.
NUMBER_OPENS = re.compile(r"[ \t]*\d{1,2}[.)]\s")


def _prose_act_here(
    text: str,
    span: tuple[int, int],
    found: list[tuple[tuple[int, int], Found]],
    classes: dict[str, str],
    labels: dict[str, str],
    ctx: Discourse,
) -> tuple[list[tuple[tuple[int, int], Found]], dict[str, Entity]]:
    """The medicine's own act in prose (processes.prose_act) when the sentence `span` is its first binding of a
    receptor or a channel as far as the text has been read: the act's claim and entity, so that the next sentences'
    steps follow from it as they follow from a numbered first step's act (decision 0790); else nothing."""
    if prose_act(text, sorted(found, key=lambda x: x[0]), classes, ctx.main) != span:
        return [], {}
    here = [(s, f) for s, f in found if s == span]
    acts, minted = inhibitions(text, here, classes, labels, gated=True, main=ctx.main)
    return [(s, f) for s, f in acts if f.predicate == "hasMechanismOfAction"], minted


def blocked_steps(related: list[Found], acts: list[Found]) -> list[Found]:
    """The sentence's steps with a blocked enzyme or carrier as subject, said of its inhibition instead: "X blocks E,
    which reduces Y" is E's inhibition reducing Y, never E reducing the Y it makes (decision 0670).

    >>> r = [Found("x", "bindsTo", "e-oxidase", "r"), Found("e-oxidase", "decreases", "y", "r")]
    >>> acts = [Found("x", "hasMechanismOfAction", "e-oxidase-inhibition", "t")]
    >>> [(f.subject, f.object) for f in blocked_steps(r, acts)]
    [('x', 'e-oxidase'), ('e-oxidase-inhibition', 'y')]
    """
    done = {a.object for a in acts}
    blocked = {}
    for f in related:
        if f.predicate == "bindsTo" and not f.negated:
            slug = act_slug(f.object)
            if slug in done:
                blocked[f.object] = slug
    return [
        replace(f, subject=blocked[f.subject])
        if f.subject in blocked and f.predicate in LATER_STEPS and f.rule not in OWN_ACTS
        else f
        for f in related
    ]


#: Rules whose step is the enzyme's own act, whether or not a drug blocks it ("X blocks E, the enzyme that breaks down
#: Y": E lowers Y, its inhibition does not; decision 0676).
OWN_ACTS = frozenset({"enzyme-breaks-down", "converted-into"})


#: The predicates of a mechanism's later steps (their subject is a step, not the drug).
LATER_STEPS = frozenset({"increases", "decreases", "causes"})


def _glue_names(lexicon: dict[str, Entity]) -> frozenset[str]:
    entities = tuple(lexicon.values())
    last, seen, names = _GLUE
    if last is lexicon and len(seen) == len(entities) and all(a is b for a, b in zip(seen, entities, strict=True)):
        return names  # the same entity objects: Entity is frozen, so its names are unchanged
    names = frozenset(n.lower() for e in entities for n in e.names() if n.isalpha() and n[0].isupper())
    _GLUE[:] = [lexicon, entities, names]
    return names


#: The items of the last lexicon `_tables_of` read, and its classes, labels and statistics.
_TABLES: list = [(), None]


def _tables_of(lexicon: dict[str, Entity]) -> tuple[dict[str, str], dict[str, str], dict[str, Entity]]:
    """The lexicon's classes, labels and statistic entities, computed once per lexicon (not per document)."""
    items = tuple(lexicon.items())
    if items != _TABLES[0]:  # the same entity objects compare by identity first: cheap for an unchanged lexicon
        classes = {slug: e.cls for slug, e in items}
        labels = {slug: e.label for slug, e in items}
        _TABLES[:] = [items, (classes, labels, {slug: e for slug, e in items if e.statistic})]
    return _TABLES[1]


#: How much of the text after a sentence its unit keeps (`Unit.following`: a correction opening the next sentence).
FOLLOWING = 60


def _unit(text: str, start: int, end: int, mentions: list[Mention], classes: dict[str, str], **kw) -> Unit:
    inside = [(m.start - start, m.end - start, m.slug, classes[m.slug]) for m in mentions if start <= m.start < end]
    return Unit(text[start:end], inside, classes=classes, **kw)


def _claim(
    document: Document,
    found: Found,
    sentence: tuple,
    research: str = "general",
    scores: dict | None = None,
) -> Claim:
    """A found claim with its evidence; `sentence`: `_sentence(norm, span, inside)` of the claim's sentence (shared
    by its claims); `scores`: the confidences already computed for this document, by what they depend on (rule,
    resolved subject, register and the count of doubts: `confidence_for` is a function of these; `_confidence`)."""
    a, b, quote, rel = sentence
    doubt = doubts(
        found.subject,
        found.object,
        found.negated,
        quote,
        rel,
        hedged=found.certainty != "Asserted",
        predicate=found.predicate,
    ) + (not found.owner_sure)  # (an owner a careful reader is not sure of: one doubt more; decision 1057)
    evidence = Evidence(
        document.id,
        document.text[a:b],
        a,
        b,
        f"rule:{found.rule}",
        learned_confidence(found, quote, research, doubt)
        if found.rule.startswith("learned-")
        else _confidence(found.rule, bool(found.resolved_from), quote, research, doubt, scores),
        TEXT_MINING,
        found.resolved_from,
        doubt,
        found.owner_sure,
    )
    return Claim(
        found.subject,
        found.predicate,
        found.object,
        found.negated,
        found.certainty,
        denied_use_status(found),
        evidence=[evidence],
    )


#: The use status of a denied use (the ontology's NotAppropriate, "used with negated claims"; decision 0809).
NOT_APPROPRIATE = (("useStatus", ("NotAppropriate",)),)


def denied_use_status(found: Found) -> tuple:
    """The qualifiers of a found claim, a denied use's useStatus NotAppropriate alone: "It is not a treatment for Y"
    says the drug is not for Y, whatever rank or term words its clause holds (every negated treats of the development
    golds that has a use status has that one only; decision 0809).

    >>> denied_use_status(Found("x", "treats", "y", "r", negated=True, qualifiers=(("useStatus", ("NotFirstLine",)),)))
    (('useStatus', ('NotAppropriate',)),)
    >>> denied_use_status(Found("x", "treats", "y", "r", qualifiers=(("useStatus", ("PrimaryUse",)),)))
    (('useStatus', ('PrimaryUse',)),)
    """
    if found.predicate != "treats" or not found.negated:
        return found.qualifiers
    return tuple(q for q in found.qualifiers if q[0] != "useStatus") + NOT_APPROPRIATE


def _sentence(norm, span: tuple[int, int], inside: tuple) -> tuple:
    """What a claim's evidence and doubts read of its sentence (`span` of the normalised text, `inside` its
    mentions): its span in the original text, its text, and its mentions relative to it. One per sentence: the
    claims of a sentence share it (and `doubts` then finds its verdicts for the sentence by the same objects)."""
    a, b = norm.original(*span)
    return a, b, norm.text[slice(*span)], [(s - span[0], e - span[0], slug, cls) for s, e, slug, cls in inside]


def _confidence(rule: str, resolved: bool, quote: str, research: str, doubt: int, scores: dict | None) -> Decimal:
    if scores is None:
        return confidence_for(rule, resolved, quote, research, doubt)
    # (`confidence_for` reads the quote only for its length, through `doubt_count`: keyed by that count, the claims
    # of a document share their confidences across sentences, not only within one; decision 0762)
    key = (rule, resolved, research, doubt_count(resolved, quote, doubt))
    value = scores.get(key)
    if value is None:
        value = scores[key] = confidence_for(rule, resolved, quote, research, doubt)
    return value


#: Before the first effect a table row names: at most a word of severity or frequency ("Severe headache"),
#: or an item no vocabulary names, listed before it ("Feeling sick or diarrhoea").
SEVERITY = re.compile(
    r"((mild|moderate|severe|serious|sudden|occasional|frequent|persistent)\s+)?|[\w' -]+?(,\s*|\s+(and|or)\s+)", re.I
)


#: The first column's header of a table of how often effects happen ("How often", "Frequency", "How common").
FREQUENCY_COLUMN = re.compile(r"(how (often|common|likely)|frequency|how many (people|patients)( get it)?)\W*", re.I)
#: Emphasis marks around a table's items.
MARKUP = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)")
#: How far before a table its heading may stand (the heading line and a lead sentence).
TABLE_HEADING_REACH = 200
#: A table's first column headed by a bare word for what each row is ("| Effect | Notes |", "| What | How often |",
#: "| Symptom | How likely |"): under a side-effect heading its row names are the effects, as under "| Side effect |"
#: (decision 1061). Alone, such a header says nothing: "| What | When |" may be a timetable. "Symptom" is not one: a
#: table of symptoms and what to do may be the illness's warning signs (decision 0632's test).
WHAT_COLUMN = re.compile(r"(the\s+)?(effects?|what|problems?|reactions?|complaints?)\W*", re.I)


def _effects_table(
    text: str,
    cells: list,
    mentions: list[Mention],
    classes: dict[str, str],
    owner: str | None,
    main: str | None = None,
):
    """A table whose header names no drug and whose first column is headed by side effects ("| Side effect | How
    often |"): its row names are the effects of the document's drug (`owner`: the drug its title names), resolved
    from the header (rule `effects-table`; docs/decisions/0632). Other drugless tables say nothing. Under a
    side-effect heading, a first column headed by a bare "Effect" / "What" (WHAT_COLUMN) heads the effects too, and
    a title that names no drug leaves them to the document's drug (`main`; decision 1061)."""
    if not (owner or main) or not cells:
        return []
    by_line: dict[int, list] = {}
    for cell in cells:
        by_line.setdefault(text.rfind("\n", 0, cell.header[0]) + 1, []).append(cell)
    results = []
    for start, group in by_line.items():
        first = text[start : text.find("\n", start) % (len(text) + 1) or len(text)].strip().strip("|").split("|")[0]
        header_end = max(c.header[1] for c in group)
        if any(start <= m.start < header_end and classes[m.slug] == "Drug" for m in mentions):
            continue
        heading = EFFECTS_HEADING.search(text[max(start - TABLE_HEADING_REACH, 0) : start])
        whose = owner or (main if heading else None)  # (decision 1061)
        if not whose:
            continue
        if FREQUENCY_COLUMN.fullmatch(first.strip(" *_")) and EFFECTS_HEADING.search(
            text[start - TABLE_HEADING_REACH if start > TABLE_HEADING_REACH else 0 : header_end]
        ):
            # a table of how often, under a side-effect heading or with a side-effect column ("## Side effects /
            # | How often | What |"): its cells list the effects, its row labels their frequency (decision 0693)
            spans = [((c.start, c.end), text[slice(*c.row_label)].strip(" *_")) for c in group]
        elif EFFECTS_HEADING.search(first) or (heading and WHAT_COLUMN.fullmatch(first.strip(" *_"))):
            spans = [(label, first.strip()) for label in dict.fromkeys(c.row_label for c in group)]
        else:
            continue
        for label, header in spans:
            line = (text.rfind("\n", 0, label[0]) + 1, text.find("\n", label[1]) % (len(text) + 1) or len(text))
            before = label[0]  # the row names effects as a list: each one opens it or follows a separator
            for m in mentions:
                if not (label[0] <= m.start < label[1]) or classes[m.slug] not in COND:
                    continue
                gap = MARKUP.sub("", text[before : m.start])  # ("**Constipation**, **blurred vision**")
                if not (SEVERITY.fullmatch(gap) if before == label[0] else LIST_SEP.fullmatch(gap)):
                    break  # a modifier's word ("Stomach bleeding") or a part of another effect ("... with blisters")
                found = Found(whose, "hasAdverseEffect", m.slug, "effects-table", resolved_from=header)
                # a frequency cell governs its row ("| Uncommon | A, B |", "| A | Rare |": decision 0888)
                found = replace(found, certainty=row_certainty(text[line[0] : line[1]], m.start - line[0]))
                results.append((line, found))
                before = m.end
    return results


def _tables(
    text: str, mentions: list[Mention], classes: dict[str, str], owner: str | None = None, main: str | None = None
) -> list[tuple[tuple[int, int], Found]]:
    results = []
    cells = find_cells(text)
    drugless = []
    for cell in cells:
        header = [m for m in mentions if cell.header[0] <= m.start < cell.header[1] and classes[m.slug] == "Drug"]
        if not header:
            drugless.append(cell)
            continue
        subject = header[0].slug
        predicate = row_predicate(text[slice(*cell.row_label)])
        line = (text.rfind("\n", 0, cell.start) + 1, text.find("\n", cell.end) % (len(text) + 1) or len(text))
        answer = answered(text[slice(*cell.header)], text[cell.start : cell.end])
        if answer:  # "| Asthma | No |" under "Safe to take X?" (decision 0715): the row's conditions and groups
            label = [m for m in mentions if cell.row_label[0] <= m.start < cell.row_label[1]]
            results += [
                (line, Found(subject, answer[0], m.slug, f"table-answer-{answer[0]}", answer[1]))
                for m in label
                if classes[m.slug] in COND or (answer[0] == "contraindicatedIn" and classes[m.slug] == "Population")
            ]
            continue
        if predicate is None:
            unit = _unit(text, cell.start, cell.end, mentions, classes, subject=subject)
            results += [(line, f) for f in relate_unit(unit, Discourse(focus=subject))]
            continue
        inside = [m for m in mentions if cell.start <= m.start < cell.end]
        if not inside and predicate == "hasAdverseEffect":
            inside = [m for m in mentions if cell.row_label[0] <= m.start < cell.row_label[1]]
        for m in inside:
            results.append((line, Found(subject, predicate, m.slug, f"table-row-{predicate}")))
    return results + _effects_table(text, drugless, mentions, classes, owner, main)


def labelled_heading(line: str) -> str:
    """The heading a line states after its layout label (HEADING_LABEL), or "" when the line is no labelled heading.

    >>> labelled_heading("[ ] 4. SIDE EFFECTS"), labelled_heading("## Slide 15 - Other medicines")
    ('SIDE EFFECTS', 'Other medicines')
    >>> labelled_heading("**Q8. Who should not take it?**"), labelled_heading("### Screen 2 of 8 - Why you need it")
    ('Who should not take it?', 'Why you need it')
    >>> labelled_heading("Step 1 - It binds to an enzyme."), labelled_heading("1. Headache"), labelled_heading("Rare:")
    ('', '', '')
    >>> labelled_heading("## 26:05 - Other medicines")
    'Other medicines'
    >>> labelled_heading("Q7. Name three common side effects."), labelled_heading("Q3. It binds to an enzyme.")
    ('Name three common side effects', '')
    """
    m = HEADING_LABEL.match(line)
    if not m or not m.group(1):
        return ""
    rest = line[m.end() :].strip().strip("*_#").strip()
    # (a quiz's or checklist's labelled task naming side effects is its section's heading, full stop and all: "Q7.
    # Name three common side effects."; decision 0757)
    task = rest.endswith(".") and EFFECTS_HEADING.search(rest) and len(rest.split()) <= EFFECTS_TASK_WORDS
    if not rest or (rest.endswith((".", ":", ";", ",")) and not task) or len(rest.split()) >= LABELLED_HEADING_WORDS:
        return ""
    return rest.rstrip(".") if task else rest


def numbered_capitals(lines: list[str], n: int) -> str:
    """The heading line `n` states when it is a section number before a title in capitals standing as a paragraph of
    its own: a blank line after it and no numbered line next ("5. OTHER MEDICINES, ALCOHOL AND DRIVING" above its
    bullets; decision 0693). A list item in capitals ("1. DRY MOUTH" / "2. CONSTIPATION") is followed by the next
    item, and a numbered line run into its text ("3. SIDE EFFECTS" / "Nausea ...") is no paragraph of its own.

    >>> numbered_capitals(["5. OTHER MEDICINES AND ALCOHOL", "", "- Alcohol adds to it."], 0)
    'OTHER MEDICINES AND ALCOHOL'
    >>> numbered_capitals(["3. SIDE EFFECTS", "Nausea."], 0), numbered_capitals(["1. DRY MOUTH", "", "2. X"], 0)
    ('', '')
    """
    m = NUMBERED_CAPITALS.fullmatch(lines[n].strip())
    if not m or n + 1 >= len(lines) or lines[n + 1].strip():
        return ""
    after = next((line for line in lines[n + 1 :] if line.strip()), "")
    rest = m.group("rest").strip(" *_#")
    return "" if re.match(r"\s*\d{1,2}[.)]", after) or rest.endswith((".", ":", ";", ",")) else rest


#: At most so many words in the title of a numbered interactions heading ("8. Other medicines").
NUMBERED_INTERACTIONS_WORDS = 6


def numbered_interactions(lines: list[str], n: int, rest: str) -> bool:
    """Whether line `n`, a bare number before `rest`, is a numbered interactions heading in ordinary case ("8. Other
    medicines" above its bullets; decision 0777): the rest is an interactions heading (owners.INTERACTIONS_HEADING)
    of a few words ending in no mark, and the next line with text is no numbered line (a list's item "2. Other
    medicines" / "3. Alcohol" stays an item).

    >>> numbered_interactions(["8. Other medicines", "- A: it raises its level."], 0, "Other medicines")
    True
    >>> numbered_interactions(["2. Other medicines", "3. Alcohol"], 0, "Other medicines")
    False
    >>> numbered_interactions(["4. Tell us if you take medicines that interact with it.", ""], 0,
    ...                       "Tell us if you take medicines that interact with it.")
    False
    """
    line = lines[n].strip() if n < len(lines) else ""
    rest = rest.strip(" *_#")
    if not re.match(r"\d{1,2}[.)]\s", line) or HEADING_END.search(rest) or rest.endswith((";", ",")):
        return False
    if len(rest.split()) > NUMBERED_INTERACTIONS_WORDS or not INTERACTIONS_HEADING.search(rest):
        return False
    after = next((x for x in lines[n + 1 :] if x.strip()), "")
    return not re.match(r"\s*\d{1,2}[.)]", after)


def _headings_and_bullets(text: str, sentences: list[Sentence]) -> list[tuple[Sentence, str, bool]]:
    # (a section number the segmenter cut off its heading, "## 7." of "## 7. Interactions", is no sentence of the line)
    per_line = Counter(s.line for s in sentences if not SECTION_NUMBER.fullmatch(s.text))
    # (a short line set in bold is a heading whole, however many sentences the segmenter found in it: "**Card 9.
    # Interactions?**"; decision 0662)
    lines: dict[int, list[str]] = {}
    for s in sentences:
        lines.setdefault(s.line, []).append(s.text)
    bold = {n for n, texts in lines.items() if len(texts) > 1 and BOLD_LINE.fullmatch(" ".join(texts))}
    bold |= {
        n
        for n, texts in lines.items()
        if len(texts) == 2
        and SECTION_LABEL.fullmatch(texts[0])
        and not HEADING_END.search(texts[1])
        and len(texts[1].split()) < 10
    }
    text_lines = text.split("\n")
    labelled = {
        n: rest
        for n, texts in lines.items()
        if (rest := labelled_heading(" ".join(texts)) or (len(texts) == 2 and numbered_capitals(text_lines, n)))
    }

    def numbered(title: Callable[[int, list[str]], object]) -> dict[int, str]:
        """The lines the segmenter cut into a bare number and a title `title` accepts: the title is a heading."""
        return {
            n: texts[1].strip(" *_#")
            for n, texts in lines.items()
            if n not in labelled and len(texts) == 2 and title(n, texts)
        }

    # (a number before a lead in capitals, "6. DO NOT TAKE IF...", "4. SIDE EFFECTS:": a heading, where a list item in
    # capitals ends in no lead's mark; decision 0734)
    labelled |= numbered(
        lambda n, texts: (
            BARE_NUMBER.fullmatch(texts[0])
            and CAPITALS_LEAD.fullmatch(texts[1])
            and texts[1].rstrip(" *_").endswith((":", "...", "\u2026"))
        )
    )
    # (a number before a short title of a side-effect section in any case, the segmenter cutting the number off: "3.
    # What you might see on the coach", "4. Side effects"; decision 0776)
    labelled |= numbered(
        lambda n, texts: (
            BARE_NUMBER.fullmatch(texts[0])
            and EFFECTS_HEADING.search(texts[0] + " " + texts[1])
            and not HEADING_END.search(texts[1].rstrip(" *_"))
            and len(texts[1].split()) < 12
        )
    )
    # (a number before an interactions heading in ordinary case, "8. Other medicines", "5. Interactions", its line
    # short, ending in no mark, and no numbered line next: a heading, where a numbered list item names no
    # interactions section; decision 0777)
    labelled |= numbered(lambda n, texts: numbered_interactions(text_lines, n, texts[1]))
    items = numbered_item_lines(text_lines)
    heading, out = "", []
    for s in sentences:
        if s.line in labelled:
            heading = labelled[s.line]
            continue
        if s.line in bold:
            heading = " ".join(lines[s.line])
            continue
        if SECTION_NUMBER.fullmatch(s.text) or RULE_LINE.fullmatch(s.text):
            continue  # (a rule line, "-----", frames a heading and is none: decision 0739)
        bullet = s.text.startswith(("- ", "* ", "• "))
        ended = HEADING_END.search(s.text) and not CAPITALS_LEAD.fullmatch(s.text)  # (decision 0734)
        # (a numbered list's short item, "1. sinus infections" after "The leaflet lists these:", is no heading:
        # decision 0965)
        if per_line[s.line] == 1 and not bullet and not ended and len(s.text.split()) < 12 and s.line not in items:
            heading = s.text
            continue
        out.append((s, heading, bullet))
    return out


def extract_document(
    document: Document,
    lexicon: dict[str, Entity],
    *,
    vocabularies: bool = True,
    research: str | None = None,
    learned: bool | None = None,
    health_learned: bool | None = None,
    capture: list | None = None,
) -> Extraction:
    """The claims a document states, with evidence, and any new entities they need. `research`: the document's
    register when its source is known ("research" for a case report's sentence), else guessed from its words.
    `learned`: also the learned classifier's claims for pairs no rule related (default: for the registers in
    LEARNED_REGISTERS). `health_learned`: also the health classifier's claims (learned_health.py; default: for the
    registers in learned_health.REGISTERS). `capture`: a list that gets the document's candidate pairs of the health
    classifier with the sentence spans in the original text (for training it: train_health.py).

    >>> from pathlib import Path
    >>> from ontology.lexicon import load_lexicon
    >>> text = "Klonopin is used to treat seizures. It is not appropriate for acute pain."
    >>> doc = Document("d", "t", "d.txt", "", text, Path("d.txt"))
    >>> sorted((c.predicate, c.object, c.negated) for c in extract_document(doc, load_lexicon()).claims)
    [('treats', 'acute-pain', True), ('treats', 'seizure', False)]
    """
    norm = normalise(document.text, _glue_names(lexicon))
    text = norm.text
    mentions, new = recognise(text, lexicon, vocabularies=vocabularies)
    if "cute" in text:  # ("acutely confused": the acute confusional state, not all confusion; decision 0822)
        mentions = acute_states(text, mentions, new)
    base_classes, base_labels, statistics = _tables_of(lexicon)
    classes = {**base_classes, **{slug: e.cls for slug, e in new.items()}}
    title_end = text.find("\n") % (len(text) + 1)
    chosen = document_drug(text, mentions, classes)  # (the title's, else the one named most: document_drugs)
    titled_drugs, drugs, field = chosen.titled, chosen.drugs, chosen.field
    # (a drug the vocabularies do not know that the article is about: no other drug takes its claims; decision 0936)
    unknown = unknown_focus(text, mentions, drugs, title_end, bool(titled_drugs))
    ctx = Discourse(focus=chosen.focus)
    ctx.main = ctx.passage_focus = ctx.focus
    ctx.main_tied = chosen.tied  # (the document's drug is a guess of a tie: its "it" is no band owner; decision 1032)
    if not titled_drugs and ctx.main and drugs[ctx.main] >= 3 and 2 * drugs[ctx.main] > drugs.total():
        ctx.dominant = ctx.main
    if (
        not titled_drugs
        and ctx.main
        and drugs[ctx.main] >= 3
        and all(n < drugs[ctx.main] for slug, n in drugs.items() if slug != ctx.main)
    ):
        ctx.leading = ctx.main  # (decision 0848)
    ctx.title = text[:title_end] + (" / " + field.group().strip() if field else "")
    if titled_drugs and ctx.main.replace("-", " ") not in ctx.title.lower():
        ctx.title += " / " + ctx.main.replace("-", " ")  # (the title names it by another name: decision 0645)
    labels = {**base_labels, **{slug: e.label for slug, e in new.items()}}
    drug_names = {text[m.start : m.end].lower() for m in mentions if classes[m.slug] == "Drug"}
    heading_names = {text[m.start : m.end].lower(): (m.slug, classes[m.slug]) for m in mentions}
    found: list[tuple[tuple[int, int], Found]] = _tables(text, mentions, classes, titled(ctx), ctx.main)
    skip = table_lines(text)
    sentences = [s for s in segment(text) if text.rfind("\n", 0, s.start) + 1 not in skip]
    starts = [m.start for m in mentions]  # sorted: the mentions of a sentence are a slice
    learnable: list[tuple[Sentence, list[Mention], list[Found]]] = []
    # (the heading each learnable sentence is under and whether "It" may be the document's drug: learned_health; kept
    # only when the health classifier reads or its pairs are captured, the classifiers are off for most documents)
    headings: dict[int, tuple[str, bool]] = {}
    register_of = research or register(text)
    health = register_of in HEALTH_REGISTERS if health_learned is None else health_learned
    health_pairs = health or capture is not None
    last_heading = ""
    last_end = 0
    passing = False  # the drug in focus was last named only in passing (decision 0739)
    resting = False  # the drug in focus rests on an opening "It" (decision 0899)
    stood_for: str | None = None  # what the last sentence's "it" stood for (decision 0909)
    before_named: list[set[str]] = [set(), set()]  # what the last two sentences named (a denied use's: 0997)
    before_drugs: frozenset[str] = frozenset()  # the drugs the last sentence named (a rival of "it": decision 1057)
    heading_drugs: frozenset[str] = frozenset()  # the drugs the section's heading names (a rival of "it": 1057)
    apart: set[str] = set()  # the drugs whose last sentence named them without the document's drug (decision 1032)
    gate_open = True  # no numbered step has bound a receptor or a channel yet (processes.inhibitions' gate)
    provisional: tuple[tuple[int, int], str] | None = None  # the prose act chained to while read (decision 0790)
    for sentence, heading, bullet in _headings_and_bullets(text, sentences):
        inside = mentions[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        if BARE_NUMBER.fullmatch(text, sentence.start, sentence.end):
            continue  # a step's number alone ("2."): nothing said, the step before stays in focus (decision 0670)
        line_start = text.rfind("\n", 0, sentence.start) + 1
        item = bool(LIST_ITEM.match(text, line_start))
        # (the line's first sentence after its number, "1. Dizziness.": a numbered list's item; decision 0848)
        numbered = bool(
            item
            and NUMBER_OPENS.match(text, line_start)
            and (sentence.start <= line_start or BARE_NUMBER.fullmatch(text, line_start, sentence.start))
        )
        # (the rest of the sentence's line read up to its end, not the rest of the text copied: decision 0745)
        line_end = text.find("\n", sentence.end) % (len(text) + 1)
        alone = not text[line_start : sentence.start].strip(" \t#") and text[sentence.end : line_end].strip() == ""
        unit = _unit(
            text,
            sentence.start,
            sentence.end,
            inside,
            classes,
            heading=heading,
            bullet=bullet,
            item=item,
            alone=alone,
            numbered=numbered,
            following=text[sentence.end : sentence.end + FOLLOWING],
        )
        # (a paragraph's side effects after its topic sentence end with it: decision 0890)
        end_effects_passage(ctx, text[last_end : sentence.start], heading != last_heading)
        last_end = sentence.end
        if heading != last_heading:
            ctx.lead, last_heading = "", heading  # (a new heading ends the list of the lead before it: 0734)
            heading_drugs = named_drugs(heading, heading_names)
            main_names = {text[m.start : m.end].lower() for m in mentions if m.slug == ctx.main} if ctx.main else set()
            rested = ctx.focus if resting and not names_drug(heading, drug_names) else None
            after_heading(ctx, heading, drug_names, main_names)  # (its "It" is the document's drug: 0744, 0781)
            if rested:  # (the section before rested on "It" for a drug not the one named most: it goes on; 0899)
                ctx.focus = ctx.passage_focus = rested
            note_heading(ctx, heading, heading_names)  # ("## What is angina?", "## Symptoms of gout": decision 0749)
            if passing and EFFECTS_HEADING.search(heading) and not (ctx.focus and _named(ctx.focus, heading)):
                # a side-effect section under a heading in capitals or a plain line ("SIDE EFFECTS"), as under a
                # markdown one (0725): the document's drug again (the title's, else the one the text names most)
                # when the drug in focus was last named only in passing ("... sooner than with warfarin", "reaches
                # the blood as B"); a drug named as one people take keeps the section ownerless (0681; 0739)
                ctx.focus = ctx.passage_focus = titled(ctx) or ctx.main or ctx.focus
        if sentence.start == line_start and (question := run_in_question(text, line_start)):
            # ("**How do I take it?** I take one ...": a run-in heading heads its paragraph as a heading line does)
            names = {text[m.start : m.end].lower() for m in mentions if m.slug == ctx.main} if ctx.main else set()
            after_heading(ctx, question, drug_names, names)
        if stood_for and stood_for != ctx.focus and nor_it(unit.text) and all(m[3] != "Drug" for m in unit.mentions):
            ctx.focus = stood_for  # ("... mistake it for Z ... Nor is it used for Y": the first "it"'s; decision 0909)
        acts: list = []
        if unit.mentions:
            # (a top-band rule's owner named only by "it" and resolved to another drug than the document's: its
            # own rule name, decision 0957)
            # (the drug the sentences before left in focus, when its last sentence named it without the document's
            # drug: a later "it" may be either; decision 1032)
            held = ctx.focus if ctx.focus in apart else None
            related = referred(relate_unit(unit, ctx), ctx, held, unit, before_drugs, heading_drugs)
            # (a denied use whose "it" was resolved to a partner named before the last two sentences: the
            # document's drug's, decision 0997)
            related = denied_use_owners(related, unit, ctx, before_named[0] | before_named[1])
            # the drug's act when it blocks an enzyme or a carrier: the step the next sentence's "This" or "As a
            # result" follows, when the sentence names no process after it (decision 0670)
            here = [((sentence.start, sentence.end), f) for f in related]
            # (with the first numbered step's receptor blockade or activation, decision 0682, while no step before
            # bound a receptor: "2) Blocking these receptors increases Y" follows that act; decision 0685)
            acts, minted = inhibitions(text, here, classes, labels, gated=gate_open)
            gate_open = gate_open and not any(first_step_binding(text, span, f, classes) for span, f in here)
            new.update(minted)
            classes.update({slug: e.cls for slug, e in minted.items()})
            related = blocked_steps(related, [f for _, f in acts])
            found += [((sentence.start, sentence.end), f) for f in related]
            if (
                ctx.main
                and not acts
                and provisional is None
                and any(f.predicate == "bindsTo" and f.subject == ctx.main and not f.negated for f in related)
            ):
                # (the medicine's own act in prose, as the step its next sentences follow from: "X blocks T
                # receptors. With the receptors blocked, the vessels widen"; confirmed or dropped after the loop,
                # where processes.prose_act decides it over the whole text; decision 0790)
                prose_acts, minted = _prose_act_here(text, (sentence.start, sentence.end), found, classes, labels, ctx)
                if prose_acts:
                    provisional = ((sentence.start, sentence.end), prose_acts[-1][1].object)
                    new.update(minted)
                    classes.update({slug: e.cls for slug, e in minted.items()})
                    acts = prose_acts
            if SO_CLAUSE.search(unit.text):  # ("X blocks E, so less Y is made": decision 0670)
                within = steps_within(unit, related, [f.object for _, f in acts], ctx)
                found += [((sentence.start, sentence.end), f) for f in within]
            if health_pairs:  # (one mention: no pair but the drug's through "It")
                learnable.append((sentence, inside, related))
                # (and whether its "It" may be the document's drug: the drug in focus, no condition the passage is
                # about)
                headings[sentence.start] = (heading, _it_is_main(ctx))
            elif len(inside) > 1:  # (the research classifier's pairs: two mentions of one sentence)
                learnable.append((sentence, inside, related))
            stated, minted = prevalence(unit, statistics, labels)
            found += [((sentence.start, sentence.end), f) for f in stated]
            new.update(minted)
            classes.update({slug: e.cls for slug, e in minted.items()})
        elif ctx.outcome and any(
            cue in unit.text for cue in LAY_CUES
        ):  # ("3. ..., so the skin hurts less": decision 0736)
            found += [((sentence.start, sentence.end), f) for f in step_relief(unit, ctx)]
        if not unit.mentions and ctx.person_condition and (ctx.main or ctx.focus):
            # ("Margaret has Y. ... It is a long-term treatment for her condition": decision 0875)
            found += [((sentence.start, sentence.end), f) for f in person_uses(unit, ctx)]
        if not unit.mentions and ctx.treated and (ctx.main or ctx.focus):
            # ("X treats Y. ... It is taken long-term": the status of the drug's one use; decision 0891)
            here = [f for span, f in found if span == (sentence.start, sentence.end)]
            found += [((sentence.start, sentence.end), f) for f in stated_statuses(unit, ctx, here)]
        if not unit.mentions and (ctx.main or ctx.focus) and has_phrase(unit.text):
            # ("It starts to work within about 30 minutes": the document's drug's value, as a pronoun's value is,
            # decision 0714; else the drug in focus; decision 0742)
            found += [((sentence.start, sentence.end), f) for f in phrase_values(unit, ctx.main or ctx.focus)]
        # ("Take one 250 mg tablet once a week": the form of a dose line naming no drug, the document's drug's while
        # the passage is about it; decision 0750)
        dosed, minted = dose_forms(unit, ctx)
        found += [
            ((sentence.start, sentence.end), f) for f in referred(dosed, ctx, None, unit)
        ]  # (another drug's: 0957)
        new.update({slug: e for slug, e in minted.items() if slug not in classes})
        classes.update({slug: e.cls for slug, e in minted.items() if slug not in classes})
        # ("How it comes / - Capsules, swallowed whole", "Terazosin is a tablet taken once a day": decision 0826)
        listed, minted = form_lines(unit, ctx)
        found += [((sentence.start, sentence.end), f) for f in listed]
        new.update({slug: e for slug, e in minted.items() if slug not in classes})
        classes.update({slug: e.cls for slug, e in minted.items() if slug not in classes})
        # ("X, a tablet he swallows", "takes X as capsules", "a capsule called X": the named drug's form, 0879)
        named, minted = named_forms(unit, ctx)
        # (a dose line the band's dose-line rule already read gives no second claim of the same form: decision 1116,
        # now the general one_per_reading below, decision 1124)
        found += [((sentence.start, sentence.end), f) for f in named]
        new.update({slug: e for slug, e in minted.items() if slug not in classes})
        classes.update({slug: e.cls for slug, e in minted.items() if slug not in classes})
        # ("Stopping it suddenly can make your blood pressure shoot back up": rebound hypertension, decision 0826)
        rises, minted = rebound_rises(unit, ctx)
        found += [((sentence.start, sentence.end), f) for f in rises]
        new.update({slug: e for slug, e in minted.items() if slug not in classes})
        classes.update({slug: e.cls for slug, e in minted.items() if slug not in classes})
        resting_on = ctx.focus if resting else None
        stood_for = it_stood_for(unit.text, [m[0] for m in unit.mentions if m[3] == "Drug"], ctx.focus)
        before_named = [before_named[1], {m[2] for m in unit.mentions}]
        before_drugs = frozenset(m[2] for m in unit.mentions if m[3] == "Drug")
        if unit.mentions:  # (the drugs whose last sentence named them without the document's drug: decision 1032)
            named = {m[2] for m in unit.mentions if m[3] == "Drug"}
            apart = (apart - named) | named_alone(unit, ctx.main)
        update(ctx, unit)
        if (
            resting_on
            and ctx.focus != resting_on
            and not unit.mentions
            and unit.alone  # (a line of its own, no list item: a short sentence without a full stop is none; 0909)
            and not (unit.bullet or unit.item)
            and HEADING_LIKE.fullmatch(unit.text.strip())
        ):
            # (a plain heading line naming no drug after sentences resting on "It", in a text whose drug is only the one
            # it names most: "It is a small tablet ... It does nothing for the knee. / What is it, then?" asks about
            # the drug "It" has been resting on, not the one named most; decision 0899)
            ctx.focus = ctx.passage_focus = resting_on
        # (the drug in focus rests on "It" / "Its" opening the sentence, in a text whose title names no drug, while a
        # drug other than the one named most, and named at least three times, is in focus: decision 0899)
        resting = bool(resting_on and ctx.focus == resting_on) or bool(
            not titled_drugs
            and not (unit.bullet or unit.item)
            and ctx.focus
            and ctx.focus != ctx.main
            and drugs[ctx.focus] >= 3
            and OPENING_IT.match(unit.text)
        )
        note_effects_passage(ctx, unit)  # ("The side effects I was warned about:", decision 0890)
        named_focus = [m for m in unit.mentions if m[2] == ctx.focus and m[3] == "Drug"]
        if named_focus:  # (whether the drug in focus was named here only in passing: compared with, or a product)
            passing = all(_aside(unit.text, m) or AS_PRODUCT.search(unit.text, 0, m[0]) for m in named_focus)
        bound = {f.object for f in related if f.predicate in BOUND and not f.negated} if unit.mentions else set()
        if acts and (ctx.outcome is None or ctx.outcome in bound or _only_in_gloss(unit, bound)):
            # (the blocked enzyme is no step's subject: "X blocks E. This lowers Y" is E's inhibition lowering Y)
            ctx.outcome = acts[-1][1].object
        elif classes.get(ctx.outcome) == "MolecularTarget" and ctx.outcome not in bound:
            # a target the sentence names without a drug binding it ("kinases then add two phosphates", "a protein
            # that blocks enzyme E") is no step a next "This" may stand for (decision 0670)
            ctx.outcome = None
        elif classes.get(ctx.outcome) == "MolecularTarget" and unit.mentions and INHIBITING.search(unit.text):
            # a target the sentence blocks, with no act minted for it ("X blocks the type 2 form of this enzyme"):
            # no step a next "This" may stand for, whose effect would be the target's own, the opposite of the
            # block's ("This lowers the level of Y" is no lowering by the enzyme that makes Y; decision 0808)
            ctx.outcome = None
        ctx.outcome_lowered = bool(unit.mentions) and any(
            f.object == ctx.outcome and f.predicate == "decreases" and not f.negated for f in related
        )
        ctx.outcome_target = classes.get(ctx.outcome) == "MolecularTarget"
        ctx.outcome_moved = bool(unit.mentions) and any(
            f.object == ctx.outcome and f.predicate in ("increases", "decreases", "causes") and not f.negated
            for f in related
        )
    if research in LEARNED_REGISTERS if learned is None else learned:  # (a register given by the source)
        found += learned_claims(learnable, classes)
    inhibited, minted = inhibitions(text, found, classes, labels, gated=True, main=ctx.main)  # (0635, 0682, 0743)
    inhibited += first_step_sites(text, found, mentions) + contrasted_sites(text, found, mentions, classes)  # (0685)
    if ctx.main:  # (the place of the medicine's own act in prose: decision 0751)
        prose = prose_act(text, sorted(found, key=lambda x: x[0]), classes, ctx.main)
        placed, sites = prose_act_sites(text, prose, found)
        if not placed:  # (the place of its first binding that says no act: decision 0880)
            placed, sites = bound_sites(text, found, classes, ctx.main, mentions)
        celled, cells = cell_sites(text, found, ctx.main)  # (the cells the target sits in: decision 0807)
        # (a ribosome bound, the microbe's protein making stopped, its growth stopped: decision 0807)
        synthesis, processes_named = protein_synthesis(text, found, ctx.main)
        inhibited += placed + [x for x in celled if x[1] not in {f for _, f in placed}] + synthesis
        minted.update({slug: e for slug, e in {**sites, **cells, **processes_named}.items() if slug not in classes})
        # ("It works by sodium channel blockade": the act on a target named as the drug's mechanism; decision 0906)
        named, acts_named = named_acts(text, mentions, classes, labels, ctx.main)
        inhibited += [x for x in named if x[1].object not in {f.object for _, f in inhibited}]
        minted.update({slug: e for slug, e in acts_named.items() if slug not in classes})
        # (more of the messenger left between the nerve cells after its reuptake is blocked: decision 0843)
        synaptic, replaced, synapses = synaptic_steps(text, found + inhibited, ctx.main)
        if synaptic:
            found = [
                (span, f)
                for span, f in found
                if not (
                    f.predicate == "increases"
                    and any(
                        a <= span[0] and span[1] <= b and (f.subject, f.object) == (s, o) for (a, b), s, o in replaced
                    )
                )
            ]
            inhibited += synaptic
            minted.update({slug: e for slug, e in synapses.items() if slug not in classes})
        # (more of the insulin released bringing the blood sugar down: decision 0843)
        lowered, ends = insulin_steps(text, ctx.main)
        inhibited += lowered
        minted.update({slug: e for slug, e in ends.items() if slug not in classes})
    new.update(minted)
    classes.update({slug: e.cls for slug, e in minted.items()})
    confirmed = provisional and ctx.main and prose == provisional[0]
    if provisional and not confirmed and provisional[1] not in {f.object for _, f in inhibited}:
        # (the prose act chained to while read is not the medicine's own act after all: its steps go; 0790)
        found = [(span, f) for span, f in found if provisional[1] not in (f.subject, f.object)]
        new.pop(provisional[1], None)
    elif provisional:
        # (a step follows from the prose act only when its sentence says so by the act as a state: "With the
        # receptors blocked, the vessels widen"; after "This ..." or "As a result" the development golds name the
        # step otherwise (an effect of the drug, another process), so those readings are not kept: decision 0790)
        found = [
            (span, f)
            for span, f in found
            if f.subject != provisional[1] or span == provisional[0] or WITH_STATE.match(text, span[0], span[1])
        ]
    # (a target named as a family and as its subtype is the subtype: decision 0694)
    found = narrowest_targets(found + inhibited, TARGET_ACTIONS)
    for slug in {f.object for _, f in found if f.object in DERIVED_OBJECTS and f.object not in classes}:
        # (a group a rule adds beside the one named: "children under 16", 0699; a blood salt's level, 0813)
        entity = look_up(slug)
        if entity is not None:
            new[slug] = entity.entity
            classes[slug] = entity.entity.cls
    for slug in sorted({f.object for _, f in found if f.object in PARAMETERS and f.object not in classes}):
        new[slug] = PARAMETERS[slug]  # (a value a verb phrase gives: its parameter, decision 0742)
        classes[slug] = PARAMETERS[slug].cls
    # (a cure denied is no denied use: decisions 0754, 0780)
    found = denied_cures(text, found, mentions)
    health_found: set[Found] = set()
    if health_pairs:  # (pairs no rule related, the document's drug through "It": decision 0783)
        pairs = health_candidates(learnable, headings, classes, ctx.main, found)
        if capture is not None:
            capture.append((pairs, {c.span: norm.original(*c.span) for c in pairs}, dict(classes)))
        if health:
            added = health_claims(pairs, classes)
            health_found = {f for _, f in added}
            found += added
    # (an allergy to this drug, or to a named one, as its own entity: not any drug allergy; decision 0822)
    found, minted = own_allergies(text, found, mentions, classes, labels)
    # (a condition named only where the dose is changed for it is no prohibition, decrease or denial: 0822)
    found = dose_contexts(text, found, mentions)
    # ("could stop them without any withdrawal symptoms": the denial asserted, the "could" is the stopping's; 0899)
    found = stopping_without(text, found)
    # (a bare form of a drug the document gives a finer form of the same head: decision 0879)
    found = finer_forms(found)
    new.update(minted)
    classes.update({slug: e.cls for slug, e in minted.items()})
    if unknown:  # (a claim of a drug its sentence does not name may be the unknown drug's: not made; 0936)
        found = unnamed_subjects_dropped(found, mentions, classes)
    # ("fewer prostaglandins are made": the step's end is their making, as the curated chains name it; decision 1015)
    found, minted = made_processes(found)
    new.update({slug: e for slug, e in minted.items() if slug not in classes})
    classes.update({slug: e.cls for slug, e in minted.items() if slug not in classes})
    kept = [(span, f) for span, f in restated_uses(found) if keep(f, classes)]
    # the register of the document (confidence is measured per register): given when the source's kind is known
    research = register_of
    scores: dict = {}
    sentences: dict = {}  # (by span: what the claims of one sentence read of it, made once)
    claims = []
    for span, f in chains(kept, classes):
        sentence = sentences.get(span)
        if sentence is None:
            sentence = sentences[span] = _sentence(norm, span, _mentions_in(mentions, starts, span, classes))
        claims.append(_claim(document, f, sentence, research, scores=scores))
        if f in health_found:  # (its predicate's leave-one-set-out precision on the development sets: 0783)
            ev = claims[-1].evidence[0]
            claims[-1].evidence[0] = replace(ev, confidence=health_confidence(f) or ev.confidence)
    # (two rules reading the same claim from one sentence give one claim, the surer rule's: decision 1124)
    return Extraction(one_per_reading(claims), new)


#: A sentence opening with the pronoun for the drug in focus.
OPENING_IT = re.compile(r"[\W_]*(?:it|its)\b", re.I)
#: A heading line: a short line with no full stop or colon, ending in no comma.
HEADING_LIKE = re.compile(r"#*[^.:;\n]{1,60}[^.:;,\n\s]")


def _it_is_main(ctx: Discourse) -> bool:
    """Whether a sentence's opening "It" may stand for the document's drug, as the discourse stands before it: the
    drug in focus is the document's, and no condition is what the passage or the last sentence is about."""
    return (
        bool(ctx.main)
        and ctx.focus == ctx.main
        and not (ctx.said_of or ctx.asked_about or ctx.passage_condition or ctx.sentence_condition or ctx.condition)
    )


def _mentions_in(mentions: list[Mention], starts: list[int], span: tuple[int, int], classes: dict[str, str]) -> tuple:
    inside = mentions[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]
    return tuple((m.start, m.end, m.slug, classes.get(m.slug, "")) for m in inside)


def confidence_of(claim: Claim) -> Decimal:
    return max((e.confidence for e in claim.evidence), default=Decimal(0))
