"""Claims whose drug (or condition) the sentence does not name, resolved from the discourse (graph_build/text/
owners.py): effects under a side-effect heading or after "These include", symptoms of the condition in focus,
bullets of an interactions section, and "Alcohol can make the dizziness worse" under a title naming the drug."""

from __future__ import annotations

import dataclasses
import itertools
import re
from decimal import Decimal

from graph_build.text import lowered
from graph_build.text import rules_in_use as active
from graph_build.text.condition_passage import (
    SYMPTOMS_HEADING,
    cause_only,
    later_hedge_only,
    placed_pain,
    signs_line_condition,
    unnamed_signs_heading,
)
from graph_build.text.effects_on_it import on_it_after
from graph_build.text.frequency_hedges import _own_clause
from graph_build.text.illness_leads import MAY, illness_lead_hedged, illness_lead_owner, is_illness_lead
from graph_build.text.interaction_hedges import PROHIBITION
from graph_build.text.kept_restrictions import UNCONTROLLED_AFTER, UNCONTROLLED_CLAUSE
from graph_build.text.narrowed_kinds import narrowed_kind
from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.owners import (
    FORMS_LABEL,
    INTERACTIONS_HEADING,
    QUESTION_HEADING,
    STOPPING_HEADING,
    STOPPING_NOT,
    _named,
    heading_owner,
    in_section,
    opening_list,
    section,
    titled,
)
from graph_build.text.people_words import people
from graph_build.text.relate_cues import NEGATION_WORD, NEXT_TO_CUE, POPULATION_BEFORE, _use_status
from graph_build.text.relate_interactions import _narrowed_class
from graph_build.text.relate_objects import _objects, _status, glosses
from graph_build.text.relate_sentence_rules import APART_CLAUSE, STOP_CLAUSE
from graph_build.text.rules_in_use import _finditer, _search
from graph_build.text.story_illness import story_owner
from graph_build.text.subgroup_words import FEW
from graph_build.text.subjects import PEOPLE_OPENING, _aside, no_owner
from graph_build.text.units import AGENT, CHEMICAL, COND, DISEASE, Discourse, Found, Unit

#: "Some people get A", "a few children notice A", "Most people get none, but some have A" (decision 0769): the
#: effects of some of those who take the drug (Occasional); "Others may get A", "Some notice A" opening the sentence
#: (decision 0876); "Other people get A" (decision 0890).
SOME_OF_THEM = re.compile(
    r"\b(some|a few|other)\s+(people|patients|children|adults|men|women|users|residents|babies|teenagers|pupils"
    r"|students|infants|clients|passengers|customers)\b|\bbut (some|a few|others)\b"
    r"|^[\W_]*(some|a few|others)"
    r"(?= ((may|can|might|also|sometimes|often|occasionally) )*(notice|get|develop|experience)s?\b)",
    re.I,
)
#: After an effect in a clause of its own: how often it happens ("and B is less common", "and B is rare").
HOW_OFTEN_AFTER = re.compile(
    r"\s+(is|are)\s+(also\s+)?(very\s+|quite\s+|less\s+|more\s+|fairly\s+)?(common|rare|uncommon|frequent)\b", re.I
)
#: A clause after the effect saying it is rare: "A fast heartbeat can happen too, but it is rare" (Occasional, decision
#: 0776). Only a pronoun's "but it / this is rare": a bare "A and B are rare" keeps its reading (0757). The pronoun's
#: verb may be contracted ("but that's rare") and the clause concessive ("though it is rare"; decision 0954).
RARE_AFTER = re.compile(
    r",?\s+(?:but|though|although)\s+(it|this|that)(?:\s+is|['\u2019]s)\s+(very\s+)?(rare|uncommon)\b", re.I
)
#: A cue that says the list is reported ("A and B have been reported").
REPORTED_CUE = re.compile(r"\bbeen reported\b", re.I)
#: A cue that itself says the list is of side effects ("is a common side effect", "the most common side effect is").
SIDE_EFFECT_WORDS = re.compile(r"\bside effects?\b", re.I)
#: After a cue whose list runs on to "as common side effects" ("The leaflet also lists A and B as common side
#: effects"): the sentence says its list is of side effects as "is a common side effect" does (decision 0848).
LISTED_AS_SIDE_EFFECTS = re.compile(r"[^.;:]{0,100}?\bas (very |quite )?(common|frequent|rare) side effects\b", re.I)
#: After "are rare" / "may happen" outside a side-effect section: the clause ends there (decision 0642).
CLAUSE_END = re.compile(r"\s*([.;,(:]|$)")
#: What may stand before a cue that opens its sentence: spaces and punctuation (a bullet, a quote).
OPENS = re.compile(r"[\W_]*")


#: A paragraph that opens with its topic run in, no heading line of its own: "Side effects? The commonest are A",
#: "**Side effects** - Most people have none. The common ones are A", "What about side effects?" (decision 0806).
RUN_IN_EFFECTS = re.compile(
    r"^[\W_]*((what|how) about |any |and )?(the )?((possible|common|main) )?side[- ]effects\b[*_]*\s*"
    r"(\?|[-\u2013\u2014]\s|:\s*\S)",
    re.I,
)


#: A sentence that only says how the side effects are, naming none ("Side effects are usually mild.", "The side effects
#: are real.", "Most people have no side effects at all."): the paragraph's topic, as a run-in one is (decision 0876).
TOPIC_EFFECTS = re.compile(
    r"^[\W_]*((the |its |any )?((possible|common|main|usual) )?side[- ]effects (are|tend to be) "
    r"((usually|generally|often|mostly|normally|fairly|quite|very|not|thankfully|luckily|few and) )*"
    r"(mild|uncommon|rare|few|real|minor|slight|common|short-lived|manageable|serious|not serious)"
    r"( and ((usually|generally|often|mostly) )?(mild|short-lived|few|manageable|brief|rare))?"
    r"|most people (have|get|notice) (no|few|only mild) side effects( at all)?)[\W_]*$",
    re.I,
)


def note_run_in_effects(ctx: Discourse, unit: Unit) -> None:
    """After a sentence that only runs in the side effects as its topic (RUN_IN_EFFECTS, naming nothing) or only
    says how they are (TOPIC_EFFECTS: "Side effects are usually mild.", decision 0876), the next sentence's cue ("The
    commonest are A", effects-in-passage) lists the document's drug's effects (`titled`: the title's drug, else the
    one the text names most); a drug or effect named resets it as before (decision 0806).

    >>> ctx = Discourse(main="x", title="X for pain")
    >>> note_run_in_effects(ctx, Unit("Side effects?", [])); ctx.effects_of
    'x'
    >>> ctx = Discourse(main="x", title="X for pain")
    >>> note_run_in_effects(ctx, Unit("Side effects of other tablets are many.", [])); ctx.effects_of is None
    True
    >>> ctx = Discourse(main="x", title="X for pain")
    >>> note_run_in_effects(ctx, Unit("Side effects are usually mild.", [])); ctx.effects_of
    'x'
    """
    if not unit.mentions and not unit.bullet and (RUN_IN_EFFECTS.match(unit.text) or TOPIC_EFFECTS.match(unit.text)):
        ctx.effects_of = titled(ctx)


def _unowned_effects(unit: Unit, ctx: Discourse, low: str, ascii: bool, found: list[Found]) -> list[Found]:
    """Adverse effects a sentence lists without naming their drug (graph_build/text/owners.py): in a side-effect
    section whose heading or title names it (effects-under-heading), or after a sentence that stated the drug's
    effects ("These include Y": effects-anaphor). Nothing when the sentence names an agent or already has a claim
    on the same effects."""
    if unit.bullet:
        return []
    owner, rule, cue, objects, on_it = None, "", None, [], None
    anaphor = _search(active.EFFECTS_ANAPHOR, unit.text, low, ascii) if ctx.effects_of else None
    if anaphor and not OPENS.fullmatch(unit.text, 0, anaphor.start()):
        anaphor = None  # ("These include" opens the sentence: "... and these include" is about something else)
    if anaphor:
        owner, rule, cue = ctx.effects_of, "effects-anaphor", anaphor
        objects = _objects(unit, anaphor.end(), set(COND), agents=AGENT)
    else:
        owner = heading_owner(ctx, unit.heading)
        cue = _search(active.EFFECTS_UNDER_HEADING, unit.text, low, ascii) if owner else None
        rule = "effects-under-heading"
        if cue is None:
            owner, cue = _continued(unit, ctx, low, ascii)
            rule = "effects-continued"
            if cue and cue.group("before") and not opening_list(unit, cue.start(), COND):
                # ("Some people also get A, and B is less common": no list opens the sentence before "is less
                # common"; the people's cue of the passage reads it; decision 0848)
                owner, cue = None, None
        if cue is None:  # (in a passage about one drug's effects: the last sentence's, or this one's so far)
            owner, rule = _passage_owner(ctx, found), "effects-in-passage"
            cue = _search(active.EFFECTS_UNDER_HEADING, unit.text, low, ascii) if owner else None
            if cue and cue.group("before") and not CLAUSE_END.match(unit.text, cue.end()):
                cue = None  # ("Kidney stones are common in gout": outside a section, the list's own statement)
        if cue is None and ctx.focus:
            # the people's cue outside a side-effect section, the effect said to come "on it": the drug in focus's
            # ("Some people have odd dreams on it", "A few children become confused while on it"; decision 0965)
            said = _search(active.EFFECTS_UNDER_HEADING, unit.text, low, ascii)
            on_it = on_it_after(unit.text, said.end()) if said and not said.group("before") else None
            if on_it:
                owner, rule, cue = ctx.focus, "effects-on-it", said
        if cue is None and titled(ctx):
            # a sentence that says "side effect" of what it lists ("Diarrhoea is a common side effect.", "The most
            # common side effect is A"), naming no drug, anywhere in a document about one drug: that drug's (the
            # title's, else the one the text names most; decision 0757)
            said = _search(active.EFFECTS_UNDER_HEADING, unit.text, low, ascii)
            # (a list before the cue ends its clause there: "A is a common side effect." / ", which ...")
            if (
                said
                and (SIDE_EFFECT_WORDS.search(said.group(0)) or LISTED_AS_SIDE_EFFECTS.match(unit.text, said.end()))
                and (not said.group("before") or CLAUSE_END.match(unit.text, said.end()))
            ):
                owner, rule, cue = titled(ctx), "effects-in-passage", said
        if cue is None:
            return []
        if cue.group("before"):
            objects = opening_list(unit, cue.start(), COND)
        else:
            objects = _objects(unit, cue.end(), set(COND), agents=AGENT)
        if rule == "effects-on-it":
            objects = [o for o in objects if o[1] <= on_it.start()]  # (what comes on it, not a later clause's)
        if rule == "effects-under-heading" and objects:
            # a second list of the section's effects after the first in the sentence ("A and B are also common,
            # and some people feel C": decision 0732)
            for more in _finditer(active.EFFECTS_UNDER_HEADING, unit.text, low, ascii):
                if more.start() >= max(objects[-1][1], cue.end()) and not more.group("before"):
                    objects += [o for o in _objects(unit, more.end(), set(COND), agents=AGENT) if o not in objects]
                    break
    objects = [o for o in objects if not _described_before_its_name(unit, o)]
    if not objects:
        return []
    # an agent named in the sentence owns what it says, unless it opens a clause of its own after the list ("Other
    # side effects are A and B, and X can raise Y")
    end = max(objects[-1][1], cue.end())
    # (a drug named as no owner, subjects.NO_OWNER, owns nothing: "- gout, from a rise in uric acid", "as with
    # painkillers such as morphine"; decision 0706)
    for m in unit.mentions:
        if m[3] not in AGENT or (m[3] == "Drug" and no_owner(unit, m)):
            continue
        if not (m[0] >= end and APART_CLAUSE.search(unit.text, end, m[0])):
            return []
    stated = {f.object for f in found}
    out = []
    for obj in objects:
        st = _status(unit, obj)
        if obj[2] in stated or st.absent or POPULATION_BEFORE.search(unit.text, cue.end(), obj[0]):
            continue
        if (owner, obj[2]) in ctx.treated:
            continue  # (the drug's own use, named in a list of no drug's effects: "Migraine is common."; 0876)
        some = list(SOME_OF_THEM.finditer(unit.text, 0, obj[1]))
        if some and _own_clause(unit.text, some[-1].end(), obj[0], obj[1]):
            # ("Some people get A, and B is less common": B's own clause, asserted as it says; one that says anything
            # but how often, "and B is not a problem", names no effect; decision 0848)
            if not HOW_OFTEN_AFTER.match(unit.text, obj[1]):
                continue
            some = []
        rare = RARE_AFTER.search(unit.text, obj[1])
        if (st.certainty == "Asserted" and (some or rare)) or (st.certainty == "Possible" and rare and not st.negated):
            # (the people may open the effect's own name: "some people faint", decision 0806; "A may appear, but this
            # is rare": the frequency, not the modal, as frequency_modals reads a modal with one, decision 0954)
            st = dataclasses.replace(st, certainty="Occasional")  # ("some people feel A": decision 0732; 0776)
        if not st.negated and st.certainty != "Reported" and REPORTED_CUE.search(cue.group(0)):
            # ("Rarely, A and B have been reported": a report whatever its frequency, as the golds write it; 0890)
            st = dataclasses.replace(st, certainty="Reported")
        resolved = (
            unit.text[cue.start() : cue.end()].strip()
            if rule in ("effects-anaphor", "effects-in-passage")
            else on_it.group(0)
            if rule == "effects-on-it"
            else unit.heading
        )
        out.append(
            Found(owner, "hasAdverseEffect", obj[2], rule, st.negated, st.certainty, (), Decimal("0.5"), resolved)
        )
    return out


#: Between a general condition and a bracket: the place it is in ("inflammation inside the eye (iritis)"): the words
#: describe the effect the bracket names (decision 0693).
PLACE_BEFORE_NAME = re.compile(r"\s+(inside|in|of|on|around|at|behind|under)\s+(the\s+|your\s+)?[\w' -]{1,30}?\(\s*$")


def _described_before_its_name(unit: Unit, obj: tuple) -> bool:
    """Whether condition `obj` is the head of a description of the place whose name follows in brackets
    ("inflammation inside the eye (iritis)": one effect, iritis; "iritis (inflammation inside the eye)" keeps iritis).

    >>> ms = [(0, 12, "inflammation", "Disease"), (29, 35, "iritis", "Disease")]
    >>> u = Unit("inflammation inside the eye (iritis)", ms)
    >>> _described_before_its_name(u, u.mentions[0]), _described_before_its_name(u, u.mentions[1])
    (True, False)
    """
    after = [m for m in unit.mentions if m[0] >= obj[1]]
    return bool(after and after[0][3] in COND and PLACE_BEFORE_NAME.fullmatch(unit.text, obj[1], after[0][0]))


def _passage_owner(ctx: Discourse, found: list[Found]) -> str | None:
    """The drug whose adverse effects a passage is about, outside a side-effect section (effects-in-passage, decision
    0642): the one drug whose effects the sentence has stated so far ("The commonest side effects are A and B, and
    some people get C"), else the one the last sentence stated ("X can cause A. You might also notice B."), else the
    one whose side effects the paragraph made its topic ("Side effects are usually mild. Some people feel A. Others
    may get B.": effect_passages.py, decision 0890)."""
    owners = {f.subject for f in found if f.predicate == "hasAdverseEffect" and not f.negated}
    if len(owners) == 1:
        return owners.pop()
    return None if owners else ctx.effects_of or ctx.effects_passage


def _continued(unit: Unit, ctx: Discourse, low: str, ascii: bool) -> tuple[str | None, re.Match | None]:
    """The owner and cue of effects-continued (rules.yaml): a frequency label opening the line ("Common: A and B"),
    owned by the drug whose effects the last sentence stated, else by the title's drug; or a list opening the
    sentence that "are less common", right after a sentence that stated one drug's effects."""
    cue = _search(active.EFFECTS_CONTINUED, unit.text, low, ascii)
    if cue is None:
        return None, None
    owner = (ctx.effects_of or titled(ctx)) if cue.group("label") else ctx.effects_of
    return (owner, cue) if owner else (None, None)


#: A lead (a sentence ending in ":", or a section's heading) whose bullets name who must not take the drug.
FORBIDDING_LEAD = re.compile(
    # ("Do not give X if your child:", decision 0741)
    # (a refusal by whoever gives it, "The clinic would not give it to:", "The GP won't prescribe it for:"; and a
    # question heading of who it is not for, "Who is it not for?"; decision 1040)
    r"\b((should|must|can|would|will)( also)? ?not|shouldn't|mustn't|can't|cannot|do not|don't|won't|wouldn't)"
    r"( \w+)? (take|use|have|give|prescribe|be (given|taken|used|started|prescribed))\b"
    r"|\b(unsuitable|not suitable|not recommended|contraindicat(ed|ions?))\b"
    r"|\bwho\b[^.!?:]*\bnot\s+(meant\s+|intended\s+)?for\b[^.!:]*\?",
    re.I,
)
#: A lead line that opens a list in its own words under a forbidding question heading ("## Who should not take it?" /
#: "Alan's list:", "Joan says the list is long, and the team checks it before your operation:"): the heading's list,
#: unless the lead turns it into a caution or an allowance ("Check with your doctor first if you:", "You may still
#: take it if you:"; decision 1040).
CAUTIONING_LEAD = re.compile(
    r"\b(may|might|could|care|careful|caution|check\s+with|ask|talk|speak|tell|advice|advise|first|dose|can\s+"
    r"(still\s+)?(take|use|have)|safe|fine|ok|okay|also|too|other|medicines?|drugs?|tablets|interact\w*|side)\b",
    re.I,
)
#: A Markdown emphasis marker: a lead's words are read without it ("Do **not** take it if you:").
EMPHASIS = re.compile(r"\*\*|__")
#: A lead's hedge: the doctor decides, or the drug "may" be unsuitable.
HEDGED_LEAD = re.compile(r"\b(may|might|could|extra care|caution|carefully)\b", re.I)
#: A lead that names contraindications ("## Contraindications and cautions"): its bullets are asserted unless the
#: bullet itself is a caution.
CONTRAINDICATIONS_LEAD = re.compile(r"\bcontraindications?\b", re.I)
#: A bullet that is a caution: "Caution in lung disease", "Use with caution in Y" (Possible, decision 0636).
CAUTION_BULLET = re.compile(r"^\W*(use (it )?with )?caution\b", re.I)
#: A bullet that allows the drug or gives its own reading ("People with Y can take X, but ...").
OWN_VERB = re.compile(r"\b(can|may|could|should|must)\b|\bsafe\b|\bnot\b", re.I)
#: Where a bullet's list of who ends: a reason ("..., as X is not licensed for them", "because of ...").
#: (or an explanation after a colon: "- pregnancy at term: risk of Y in the newborn", decision 0636)
BULLET_REASON = re.compile(r",?\s*\b((?<!such )as|because|since|so|unless|except)\b|:\s", re.I)
PRONOUN_DRUG = re.compile(r"\b(it|this medicine|this drug|the medicine|the drug)\b", re.I)


#: A bullet under a forbidding lead that gives the drug at another dose: the group may take it, no contraindication
#: ("Children under 2: your GP may prescribe a different dose", "in the elderly; reduce the dose"; decision 0680).
DOSE_CHANGED = re.compile(
    r"\b((different|lower|smaller|reduced|adjusted|special)\s+(doses?|dosages?|strengths?)|(reduce|lower|adjust|"
    r"halve)\s+the\s+(doses?|dosages?))\b",
    re.I,
)
#: After a condition in a bullet of contraindications: a relative clause that narrows it ("heart failure that has
#: suddenly got worse", "asthma which is not controlled"): the coarse condition is not forbidden (decision 0680).
NARROWED_AFTER = re.compile(
    r"\s*,?\s+(that|which)\s+(has|have|is|are|gets?|got|becomes?)\b((?![.;:]).){0,30}?"
    # ... or by an active state ("a stomach ulcer that is bleeding": a bleeding ulcer, decision 0728)
    r"\b(worse|worsen\w*|unstable|uncontrolled|controlled|severe|acute|sudden\w*|bleeding|infected|inflamed|"
    r"untreated|spreading)\b",
    re.I,
)

#: Before a later condition of a bullet of contraindications: an example of where the item before comes from ("are
#: actively bleeding, for example from a stomach ulcer"): the source of the forbidden condition, not forbidden itself
#: (decision 0761).
SOURCE_EXAMPLE_BEFORE = re.compile(
    r"\b(for example|for instance|e\.g\.|such as|say),?\s+(from|after|because of|due to)\s+((an?|the|your)\s+)?"
    r"([\w'-]+\s+){0,2}$",
    re.I,
)

#: A bracketed gloss of a list item ("(the bladder does not empty)").
BRACKETED = re.compile(r"\([^()]*\)")


def _blank(match: re.Match) -> str:
    """A bracketed gloss as spaces (offsets after it stay in place), unless it allows or advises on its own ("(you
    can take it if it is mild)")."""
    return match.group() if MODAL.search(match.group()) else " " * len(match.group())


#: A bracket's words that allow the drug or advise: the bullet's own reading, not a gloss.
MODAL = re.compile(r"\b(can|may|could|should|must|safe)\b", re.I)


def _lead(unit: Unit, ctx: Discourse) -> str:
    """The lead-in a bullet hangs from (the line before a list, else the section's heading), without Markdown
    emphasis ("Do **not** take it if you:", decision 0673)."""
    return EMPHASIS.sub("", ctx.lead or section(ctx, unit.heading))


def _forbidding_lead(unit: Unit, ctx: Discourse) -> str:
    """The lead of a list of who must not take the drug: `_lead`, except that a lead line in its own words that
    neither forbids nor cautions ("Alan's list:"), under a question heading that forbids ("## Who should not take
    it?"), hands the list to the heading (decision 1040).

    >>> ctx = Discourse(section="Who should not take it?", section_under="", lead="Alan's list:")
    >>> _forbidding_lead(Unit("- asthma", []), ctx)
    'Who should not take it?'
    >>> ctx = Discourse(section="Who should not take it?", section_under="", lead="Check with a doctor if you:")
    >>> _forbidding_lead(Unit("- asthma", []), ctx)
    'Check with a doctor if you:'
    """
    lead = _lead(unit, ctx)
    if not ctx.lead or FORBIDDING_LEAD.search(lead) or CAUTIONING_LEAD.search(lead):
        return lead
    heading = EMPHASIS.sub("", section(ctx, unit.heading)).strip()
    return heading if heading.endswith("?") and FORBIDDING_LEAD.search(heading) else lead


def _lead_owner(ctx: Discourse, lead: str) -> str | None:
    """Whose list a lead-in opens: the drug in focus or the document's drug when the lead names it, the drug in
    focus when it says "it" or "this medicine", else the drug of the document's title."""
    owner = next((s for s in (ctx.focus, ctx.main) if s and _named(s, lead)), None)
    if owner is None:
        owner = ctx.focus if PRONOUN_DRUG.search(lead) else titled(ctx)
    return owner


def _listed_contraindications(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """contraindication-list (rules.yaml code_rules, docs/decisions/0631): the conditions and populations of a bullet
    under a lead that forbids the drug ("Who should not take X?", "Doctors may decide it is unsuitable for people
    with:"); the drug the lead names (or refers to with "it"), else the document's titled drug. A bullet with a verb
    of its own ("People with Y can take X, but ...") says its own thing; a lead with "may" or "extra care" hedges."""
    lead = _forbidding_lead(unit, ctx)
    if not lead or any(f.predicate == "contraindicatedIn" for f in found) or not FORBIDDING_LEAD.search(lead):
        return []
    owner = _lead_owner(ctx, lead)
    if owner is None:
        return []
    if owner != ctx.main and any(m[2] == ctx.main for m in unit.mentions):
        owner = ctx.main  # ("Anyone allergic to X" under "Do not use it if:" after a sentence on X's active form)
    reason = BULLET_REASON.search(unit.text)
    end = reason.start() if reason else len(unit.text)
    # (a bracket glosses an item, it gives the bullet no verb of its own: "- urinary retention (the bladder does not
    # empty)"; decision 0693)
    # ("- heart failure that is not under control": the "not" of an uncontrolled state is no verb of the bullet's; the
    # condition keeps the state as a qualifier, kept_restrictions, decision 0897)
    plain = UNCONTROLLED_CLAUSE.sub(_blank, BRACKETED.sub(_blank, unit.text))
    if OWN_VERB.search(plain, 0, end) or DOSE_CHANGED.search(unit.text):
        return []
    hedged = HEDGED_LEAD.search(lead) and not CONTRAINDICATIONS_LEAD.search(lead)
    certainty = "Possible" if hedged or CAUTION_BULLET.match(unit.text) else "Asserted"
    out = []
    glossed = glosses(unit.text, unit.mentions)  # ("- Y (a Z condition)": Z explains Y, decision 0720)
    for m in unit.mentions:
        if m[0] >= end or not (m[3] in COND or m[3] == "Population") or m[2] == owner:
            continue
        if any(a <= m[0] < b for a, b in glossed):
            continue
        if _described_before_its_name(unit, m):
            continue  # "- inflammation of the iris (iritis)": one item, the bracket's name (as 0693's effects; 0761)
        if NARROWED_AFTER.match(unit.text, m[1]) and not UNCONTROLLED_AFTER.match(unit.text, m[1]):
            continue  # "heart failure that has suddenly got worse" forbids the drug in a narrower condition (0680)
        if narrowed_kind(unit.text, m, unit.mentions, COND):
            continue  # "shock from a failing heart", "unstable angina, chest pain that ...": a narrower kind (0804)
        if SOURCE_EXAMPLE_BEFORE.search(unit.text, max(0, m[0] - 50), m[0]) and any(
            c[1] <= m[0] and c[3] in COND for c in unit.mentions
        ):
            continue  # "bleeding, for example from a stomach ulcer": where the bleeding comes from (0761)
        st = _status(unit, m)
        if st.absent or st.negated:
            continue
        out.append(
            Found(
                owner,
                "contraindicatedIn",
                m[2],
                "contraindication-list",
                False,
                certainty,
                (),
                Decimal("0.5"),
                lead.strip(),
            )
        )
    return out


#: A bullet under a forbidding lead that names medicines the reader takes: "- are (still) taking opioids, including
#: A or B", "- you are on A", "- take A" (decision 0741).
TAKING_BULLET = re.compile(
    r"[\W_]*(you\s+)?((are|is|'re)\s+)?[*_]*((still|currently|already|also|now)\s+)?[*_]*(taking|using|on|take|use)\b[*_]*\s",
    re.I,
)


def _forbidden_partners(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """interaction-list (decision 0741): "Naltrexone must not be taken by people who:" over "- are still taking
    opioids, including A or B": the drug the lead forbids interacts with each medicine the bullet says the reader
    takes (the drug the lead names, else the document's titled drug). A bullet with a modal or a negation of its
    own says its own thing.

    >>> u = Unit("- are still taking opioids, including A or B", [(19, 26, "opioid", "DrugClass"),
    ...     (38, 39, "a", "Drug"), (43, 44, "b", "Drug")], bullet=True)
    >>> ctx = Discourse(focus="x", main="x", lead="X must not be taken by people who:")
    >>> [(f.subject, f.object, f.negated) for f in _forbidden_partners(u, ctx, [])]
    [('x', 'opioid', False), ('x', 'a', False), ('x', 'b', False)]
    """
    lead = _lead(unit, ctx)
    if not lead or not FORBIDDING_LEAD.search(lead) or not TAKING_BULLET.match(unit.text):
        return []
    owner = _lead_owner(ctx, lead)
    reason = BULLET_REASON.search(unit.text)
    end = reason.start() if reason else len(unit.text)
    if owner is None or OWN_VERB.search(BRACKETED.sub(_blank, unit.text), 0, end):
        return []
    stated = {f.object for f in found if f.predicate == "interactsWith"}
    return [
        Found(owner, "interactsWith", m[2], "interaction-list", False, confidence=Decimal("0.5"))
        for m in unit.mentions
        if m[0] < end and m[3] in CHEMICAL and m[2] != owner and m[2] not in stated
    ]


#: A lead (or a question heading) that introduces a list of uses: "Doctors use it mainly for:", "It is licensed to
#: treat:", "What is X used for?", "Its main uses are:" (decision 0673), "It is used:" (decision 0787).
USE_LEAD = re.compile(
    r"(\b(used|uses?|using|prescribed|prescribes?|licen[sc]ed|approved|given|indicated|recommended)\b"
    r"((?![.;]).){0,40}?\b(for|to treat|in treating)|\b(main |common )?uses( of [\w-]+)?( are| include)?)\s*[:?]\s*$"
    # ("It is used:" then "- for bedwetting", "- to treat flu": the copula's bare participle; decision 0787)
    r"|\b(it|they|[\w-]+)\s+(is|are)\s+((also|mainly|mostly|usually|sometimes)\s+)?(used|prescribed|licen[sc]ed)\s*:\s*$",
    re.I,
)
#: A lead that denies the uses its bullets list: "X is not used for:", "It is not licensed to treat:", "X does not
#: treat:", "X is not a treatment for:" (decision 0715). Each bullet's condition is a denied use. A cure denied ("It
#: will not cure:", "It is not a cure for:") denies no use and leads no list (decision 0780).
DENIED_USE_LEAD = re.compile(
    r"(\b(not|never)\s+(be\s+)?(used|prescribed|licen[sc]ed|approved|given|indicated)\b((?![.;]).){0,20}?"
    r"\b(for|to treat|in treating)"
    r"|\b(not|never|n't)\s+(treat|help( with)?|relieve|prevent)"
    r"|\bnot\s+(a\s+|an\s+)?(treatment|remedy)\s+for)\s*:\s*$",
    re.I,
)
#: Before the condition of a bullet under a denied use: no people ("- people with Y" names whom the drug is kept from).
DENIED_OPENING = re.compile(
    r"[\W_]*((?!(people|patients|persons?|those|anyone|children|adults|women|men|with|if|you|who|have|has)\b)"
    r"[\w'-]+[\s,]+){0,3}?[*_]{0,2}",
    re.I,
)
#: Before the first condition of a bullet of uses: at most three words ("- Severe acne", "- In adults, insomnia"), and
#: the condition's emphasis ("- after a **heart attack**"; decision 0689).
USE_OPENING = re.compile(r"[\W_]*([\w'-]+[\s,]+){0,3}?[*_]{0,2}", re.I)
#: Between two conditions listed as one use: "A and B", "A, B or C".
USE_LIST_ITEM = re.compile(r"\s*(,\s*((and|or)\s+)?|(and|or)\s+|/\s*)", re.I)


def _listed_uses(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """use-list (rules.yaml code_rules, decision 0673): the conditions that open a bullet under a lead of uses
    ("Doctors use it mainly for:" then "- Insomnia in adults aged 55 and over."), and those listed with them: uses of
    the drug the lead names (or refers to with "it"), else the document's titled drug; the lead's words give the
    useStatus ("mainly": PrimaryUse). A lead that denies ("It is not used for:") gives no list of uses.

    >>> ctx = Discourse(focus="x", main="x", lead="Doctors use it mainly for:")
    >>> u = Unit("- Insomnia in older adults.", [(2, 10, "insomnia", "Disease")], bullet=True)
    >>> [(f.subject, f.object, f.qualifiers) for f in _listed_uses(u, ctx, [])]
    [('x', 'insomnia', (('useStatus', ('PrimaryUse',)),))]
    """
    lead = _lead(unit, ctx)
    # a heading of uses needs no colon: "## What it is used for", "Uses" (decision 0689; a sentence still does)
    heading = not ctx.lead and lead and not lead.rstrip().endswith((":", "?"))
    if not lead:
        return []
    # a lead that denies the uses ("X is not used for:") lists denied uses (decision 0715); another denial gives none
    denied = bool(NEGATION_WORD.search(lead.lower()))
    if not (DENIED_USE_LEAD.search(lead) if denied else USE_LEAD.search(lead + ":" if heading else lead)):
        return []
    owner = _lead_owner(ctx, lead)
    conditions = [m for m in unit.mentions if m[3] in COND]
    opening = DENIED_OPENING if denied else USE_OPENING
    if owner is None or not conditions or not opening.fullmatch(unit.text, 0, conditions[0][0]):
        return []
    if any(m[3] in AGENT and m[2] != owner and m[0] < conditions[0][0] for m in unit.mentions):
        return []
    listed = [conditions[0]]
    for m in conditions[1:]:
        if not USE_LIST_ITEM.fullmatch(unit.text, listed[-1][1], m[0]):
            break
        listed.append(m)
    qualifiers = () if denied else _use_status(lead.lower())
    out = []
    for m in listed:
        st = _status(unit, m)
        stated = any(f.predicate == "treats" and f.object == m[2] for f in found)
        if not (st.absent or st.negated or stated) and m[2] != owner:
            out.append(
                Found(owner, "treats", m[2], "use-list", denied, st.certainty, qualifiers, Decimal("0.5"), lead.strip())
            )
    return out


#: A lead (or a question heading) that introduces a list of a condition's symptoms: "Its typical symptoms are:",
#: "Signs of dehydration include:", "What are the symptoms of Y?" (decision 0677). Withdrawal symptoms are the
#: drug's, and side effects are no condition's signs.
SYMPTOMS_LEAD = re.compile(
    r"^(?!.*\b(withdrawal|stopping|side[- ]effects?|overdose)\b).*\b(symptoms|signs)\b((?![.;]).){0,60}?[:?]\s*$",
    re.I,
)
#: A lead that opens a condition's signs without naming them: "Look out for:", "Watch for:", "A hypo usually starts
#: with:" (decision 0714). Its condition is the one the lead names, else the one the sentence or heading before it
#: was about; never under a heading of side effects, withdrawal, overdose or warnings, whose bullets are the drug's.
ONSET_LEAD = re.compile(r"\b(look out for|watch (out )?for|(starts?|begins?) with)\W*:\s*$", re.I)
#: A lead that says what a condition it names brings (decision 0721): "With Y, people may notice:", "Y typically
#: brings:". Its condition must be named in the lead itself (`_onset_owner`'s named condition), never one before it.
NOTICE_LEAD = re.compile(r"\b((may|might|can|will|often|usually|also|typically) )+(notice|bring|get)s?\W*:\s*$", re.I)
#: A lead that goes on with the same condition's signs after a list of them (decision 0721): "If it is not treated it
#: gets worse:", "Later signs:"; the signs are still the condition's the list before was about.
CONTINUED_LEAD = re.compile(
    r"(\b(it|this|they|symptoms|signs) (then |can |may |quickly |soon )?(gets?|becomes?|grows?) (worse|more severe)"
    r"|^(later|more severe|more serious|severe) (signs|symptoms)( (are|include))?)\W*:\s*$",
    re.I,
)
#: In a lead going on with the signs, a clause that is no denial ("If it is not treated, ...").
UNTREATED = re.compile(r"\b(if|when) (it is|it's|they are|left) (not |un)treated\b,?", re.I)
ONSET_NOT_UNDER = re.compile(r"\b(side[- ]effects?|adverse|withdrawal|stopping|overdose|allerg\w*|warnings?)\b", re.I)
#: In a symptoms lead, where its condition is named: "symptoms of (a / an / the) Y".
SYMPTOMS_OF = re.compile(r"\b(symptoms|signs)( and (symptoms|signs))? of\s+", re.I)
#: In a bullet of symptoms, where the signs end and a comment begins ("- thirst: a sign to drink more").
SYMPTOM_BULLET_END = re.compile(
    r"[:;]\s|\s[-\u2013\u2014]\s|\.\s|\b(because|so|unless|if|when)\b"
    # (what the sign can lead to, after it: "- deep lumps, which can leave scars"; decision 0805)
    r"|,\s*which\s+(?:can|may|might|could|will|often|sometimes)\s+(?:leave|lead|cause|turn|result)\b",
    re.I,
)
#: A bullet of signs that opens with a denial ("- no itching or soreness in many women"): its signs, up to a
#: contrast, are denied (decision 0805; ConText does not read "no" after the bullet's dash).
DENIED_BULLET = re.compile(r"[\W_]*(?:no|never|not)\s", re.I)
DENIAL_ENDS = re.compile(r"\b(?:but|though|although|except|yet)\b|[;:]", re.I)
#: Between a sign and a hedge after it that opens the next sign ("- nausea, and sometimes vomiting"): the hedge is the
#: later sign's, not the one before it (decision 0840).
COORDINATED = re.compile(r"\s*,?\s*(?:and|or)\s+$|\s*,\s*$", re.I)
#: Right before a condition in a bullet of signs: a word of time ("flashing lights before the pain", "tiredness after
#: the fit"): the condition is when the sign comes, no sign itself (as a place is, 0804; decision 0840).
TIME_BEFORE = re.compile(r"\b(?:before|after|until|during|following)\s+(?:the|a|an|your|their|his|her)\s+$", re.I)


def note_symptoms_lead(ctx: Discourse, unit: Unit) -> None:
    """Remember the condition a lead of symptoms lists the signs of: the condition named after "symptoms of" in the
    lead, else the condition the last sentences are about ("Overactive bladder is common. Its typical symptoms
    are:"); a unit that is no bullet and no such lead ends the list (decision 0677).

    >>> ctx = Discourse(condition="y")
    >>> note_symptoms_lead(ctx, Unit("Its typical symptoms are:", []))
    >>> ctx.symptoms_of
    'y'
    >>> note_symptoms_lead(ctx, Unit("What are the signs of Z?", [(22, 23, "z", "Disease")]))
    >>> ctx.symptoms_of
    'z'
    """
    if unit.bullet or unit.item:
        return
    # (no mark, nothing to take out: no scan; decision 0894)
    text = EMPHASIS.sub("", unit.text) if "**" in unit.text or "__" in unit.text else unit.text
    lead = text.strip()
    # (SYMPTOMS_LEAD ends with [:?]: a text ending otherwise is no lead, without the regex's scan of it)
    if lead.endswith(":") and ONSET_LEAD.search(lead) and not SYMPTOMS_LEAD.search(lead):
        ctx.symptoms_of = _onset_owner(ctx, unit, lead)
        return
    if lead.endswith(":") and ctx.symptoms_of and CONTINUED_LEAD.search(lead):
        return  # (the list goes on: its condition stays; decision 0721)
    if is_illness_lead(lead) and not SYMPTOMS_LEAD.search(lead):
        # ("Y affects the joints. It causes:", "People with it may notice:" under "What is Y?"; decision 0840)
        ctx.symptoms_of = illness_lead_owner(ctx, unit, lead)
        return
    if lead.endswith(":") and NOTICE_LEAD.search(lead) and not SYMPTOMS_LEAD.search(lead):
        owner = _onset_owner(ctx, unit, lead)
        ctx.symptoms_of = owner if owner and any(m[2] == owner for m in unit.mentions) else None
        return
    if not (lead.endswith((":", "?")) and SYMPTOMS_LEAD.search(lead)):
        heads = signs_line_condition(unit)  # ("WHAT DOES Y LOOK LIKE?" on a line of its own: decision 0759)
        if heads:
            ctx.symptoms_of = heads
            return
        if not (ctx.section or text.lstrip().startswith("#") or QUESTION_HEADING.match(text)):
            ctx.symptoms_of = None
        return
    of = SYMPTOMS_OF.search(unit.text)
    named = [m for m in unit.mentions if m[3] in COND and of and m[0] >= of.end()]
    ctx.symptoms_of = named[0][2] if named else (None if of else ctx.condition or ctx.last_condition)


def _onset_owner(ctx: Discourse, unit: Unit, lead: str) -> str | None:
    """The condition whose signs an onset lead ("Look out for:", "A hypo usually starts with:") opens: the one condition
    the lead names, else the last one the text was about; none beside an agent or under a heading of the drug's own
    effects (decision 0714)."""
    if any(m[3] in AGENT for m in unit.mentions) or ONSET_NOT_UNDER.search(f"{unit.heading} {ctx.section} {lead}"):
        return None
    named = {m[2] for m in unit.mentions if m[3] in COND}
    if len(named) == 1:
        return named.pop()
    if named or not ctx.last_condition:
        return None
    # (the last condition named must be one the passage is about, not a word of a passage about a drug: "Zafirlukast
    # blocks them. That means less inflammation. Things to watch for:" are its effects; decision 0840)
    prose = ctx.prose_condition[0] if ctx.prose_condition else None
    about = {ctx.condition, ctx.passage_condition, prose, ctx.asked_condition}
    return ctx.last_condition if ctx.last_condition in about else None


#: What a condition does, said with "It" in the sentence after one about it ("Y affects the inner ear. It causes A, B
#: and C"; "Left untreated, it raises the risk of D"), or of its attacks ("Attacks often bring A"): the verb's
#: predicate. The golds write the signs a condition
#: brings as its phenotype and the illnesses it leads to as what it causes (decision 0695); "It usually starts with A,
#: then B" names its first signs (decision 0721).
COURSE_VERBS = (
    # ("It makes her breathless", "it leaves him tired": what it does to the person; decision 0889)
    (
        "hasPhenotype",
        r"causes?|brings?(?: on)?|produces?|gives?(?: you| people)?|(?:starts?|begins?|started|began) with"
        r"|(?:makes?|leaves?) (?:you|her|him|them|me|us|people|someone)"
        # ("It shows itself as A", "In my case it shows as A": how the condition shows; decision 0943)
        r"|(?:shows?|showed) (?:itself |themselves )?(?:up |first )?as",
    ),
    ("causes", r"(?:raises?|increases?) (?:the |your )?(?:risk|chance|likelihood)s? of|leads? to|results? in"),
)
COURSE = re.compile(
    r"[\W_]*(?:(?:(?P<untreated>(?:left|if|when) untreated),?\s+)?(?:(?:"
    + PEOPLE_OPENING
    + r"|in (?:my|his|her|their|our) case),?\s+)?it"
    # ("A typical attack brings A", "Her attacks start with B": an attack of the passage's condition; decision 0889)
    r"|(?P<episodes>(?:(?:the|these|its|such|an?|her|his|their|my|your|our)\s+)?"
    r"(?:(?:typical|usual|bad|severe|mild|sudden|full|acute|full-blown)\s+)?"
    r"(?:attacks?|episodes?|flares?|flare-ups?|bouts?)))\b"
    r"(?:\s+(?:can|may|might|could|will|often|usually|also|sometimes|typically|commonly|then|eventually|gradually"
    r"|does not|doesn't|do not|don't|rarely|not|seldom|never))*"
    r"\s+(?:" + "|".join(f"(?P<{p}>{v})" for p, v in COURSE_VERBS) + r")\b",
    re.I,
)


#: What a person gets when the condition is active: "When it flares, she gets A and B", "If it flares up, he has A",
#: "When the condition is at its worst, they feel A" (the condition the passage is about; decision 0889).
#: Also a story's account of the signs the person had: "Before he was diagnosed, he had A and B", "Before it was
#: found, I had months of A", "Later came A and B" (what the illness brought next).
FLARE = re.compile(
    r"[\W_]*(?:(?:when|if|whenever|while)\s+(?:it|the\s+(?:condition|illness|disease))\s+"
    r"(?:flares?(?:\s+up)?|is\s+(?:active|bad|at\s+its\s+worst))"
    r"|before\s+(?:(?:he|she|I|they|we)\s+(?:was|were)\s+diagnosed|it\s+was\s+(?:found|diagnosed|picked\s+up)))"
    r"\s*,?\s+(?:she|he|they|I|we|you|people)\s+"
    r"(?:(?:can|may|might|often|usually|also|sometimes|then|will)\s+)*"
    r"(?:gets?|got|has|had|have|feels?|felt|notices?|noticed|develops?|developed)\b"
    r"|[\W_]*(?:later|then|next|soon|after\s+that)\s*,?\s+came\b"
    # ("In a flare Nadia gets A", "During a flare there is A", "In an attack she feels A": who has the flare's signs,
    # or "there is"; decision 0913)
    r"|[\W_]*(?:in|during)\s+(?:a|an)\s+(?:flare(?:-up)?|relapse|attack|episode|bad\s+spell)\s*,?\s+"
    r"(?:there\s+(?:is|are|may\s+be|can\s+be|will\s+be)"
    r"|(?:(?:she|he|they|I|we|you|people|a\s+person|someone)\b|(?-i:[A-Z][a-z]+))\s+"
    r"(?:(?:can|may|might|often|usually|also|sometimes|then|will)\s+)*"
    r"(?:gets?|has|have|feels?|notices?|develops?))\b"
    # ("When her MS flares, her hand goes numb and she gets A": the illness the possessive names; decision 0913)
    r"|[\W_]*(?:when|if|whenever)\s+(?:her|his|my|their|your|our)\s+(?P<named>[\w' -]{2,40}?)\s+flares?(?:\s+up)?"
    r"\s*,",
    re.I,
)


#: "It may / might / could make you (feel) A": the hedged "make" of the stock side-effect line ("It may make you
#: drowsy"), whose "It" is the medicine more often than the illness the sentence before named - on every development
#: set condition-course read it 2 times, both a drug's effect taken for the illness's sign ("It may make her
#: light-headed if she stands up too quickly" after a sentence on nausea), none right; an illness's course is told
#: as fact ("It makes her breathless") or with "can" (decision 1003).
HEDGED_MAKES = re.compile(r"\b(?:may|might|could)\s+(?:(?:also|sometimes|often)\s+)?(?:make|leave)\b", re.I)


def _modifies_next(text: str, mention: tuple, objects: list[tuple]) -> bool:
    """Whether a condition's word only qualifies the condition named right after it ("spinning dizziness")."""
    return any(o[0] > mention[1] and not text[mention[1] : o[0]].strip() for o in objects)


def _condition_course(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """condition-course (rules.yaml code_rules, decision 0695): an "It" that opens the sentence after one about a
    condition (Discourse.said_of), or an "it" left untreated, is the condition (decision 0684): "It causes A and B"
    gives the condition's phenotype, "it raises the risk of D" what it causes. Nothing when the sentence names an
    agent; negation and hedging are each object's (ConText).

    >>> ctx = Discourse(said_of="y")
    >>> u = Unit("It causes pain and fever.", [(10, 14, "pain", "Symptom"), (19, 24, "fever", "Symptom")])
    >>> [(f.subject, f.predicate, f.object) for f in _condition_course(u, ctx, [])]
    [('y', 'hasPhenotype', 'pain'), ('y', 'hasPhenotype', 'fever')]
    """
    cue = COURSE.match(unit.text)
    if cue is None and (flare := FLARE.match(unit.text)):
        return _flare_signs(unit, ctx, found, flare)
    if cue is None and (brings := NAMED_BRINGS.match(unit.text)) and unit.mentions:
        return _named_brings(unit, found, brings)
    if cue is None or any(m[3] in AGENT for m in unit.mentions):
        return []
    owner = ctx.said_of or (ctx.condition if cue.group("untreated") else None)
    if owner is None and not cue.group("episodes"):
        owner = story_owner(ctx, unit.heading)  # ("Hilary has Y. Her heart is thick. It makes her breathless": 0889)
    if owner is None and cue.group("episodes"):
        # ("Mrs Pym has Y. During an attack, the skin swells. Attacks can also cause A": the attacks of the illness the
        # running sentences are about; decision 0889)
        owner = story_owner(ctx, unit.heading) or ctx.sentence_condition
    if owner is None and not cue.group("episodes") and ctx.asked_about:
        owner = ctx.asked_condition  # ("What is giardia? ... People catch it from water. It causes A": decision 0805)
    if owner is None:
        return []
    predicate = next(p for p, _ in COURSE_VERBS if cue.group(p))
    if HEDGED_MAKES.search(cue.group()):
        return []  # ("It may make you more tired at first": a medicine's possible effect, decision 1003)
    stated = {(f.predicate, f.object) for f in found}
    out = []
    objects = _objects(unit, cue.end(), set(COND), skip=owner, agents=AGENT)
    for m in objects:
        st = _status(unit, m)
        if st.absent or (predicate, m[2]) in stated or _modifies_next(unit.text, m, objects):
            continue
        certainty = "Asserted" if later_hedge_only(unit.text, m) else st.certainty  # ("A, and sometimes B": 0749)
        out.append(Found(owner, predicate, m[2], "condition-course", st.negated, certainty, (), Decimal("0.5"),
                         "it"))  # fmt: skip
    return out


#: A sentence that opens with an illness that brings signs: "Vivax malaria brings fever and chills", "A cold can bring
#: a blocked nose" (decision 0889; "causes" is causes-cue's, read as signs by sign-caused). "Gives (you)" is the same
#: verb of what an illness does, as "It gives you A" is condition-course's after a sentence about it: "Cellulitis gives
#: you a hot, red patch of skin" (decision 1102); never "gives rise to" (a cause) or "gives way".
NAMED_BRINGS = re.compile(
    r"[\W_]*(?:(?:a|an|the|untreated)\s+)?(?P<ill>[\w' -]{2,60}?)\s+"
    r"(?:(?:can|may|might|often|usually|also|typically|commonly|sometimes)\s+)*"
    r"(?:(?:brings?|brought)(?:\s+on)?|(?:gives?|gave)(?:\s+(?:you|people|them|her|him|me|us|someone))?"
    r"(?!\s+(?:rise|way)\b))\b"
    r"(?!\s+(?:a|an|the)?\s*(?:higher|greater|bigger|raised|increased)?\s*(?:risk|chance))",
    re.I,
)


def _named_brings(unit: Unit, found: list[Found], cue: re.Match) -> list[Found]:
    """condition-course: the signs an illness that opens the sentence brings ("Vivax malaria brings fever, shaking
    chills and headaches"), the illness (class Disease) the whole subject, no agent in the sentence (decision 0889)."""
    first = unit.mentions[0]
    if first[3] not in DISEASE or (first[0], first[1]) != cue.span("ill") or any(m[3] in AGENT for m in unit.mentions):
        return []
    stated = {(f.predicate, f.object) for f in found}
    out = []
    objects = _objects(unit, cue.end(), set(COND), skip=first[2], agents=AGENT)
    for m in objects:
        st = _status(unit, m)
        if st.absent or ("hasPhenotype", m[2]) in stated or _modifies_next(unit.text, m, objects):
            continue
        certainty = "Asserted" if later_hedge_only(unit.text, m) else st.certainty
        out.append(Found(first[2], "hasPhenotype", m[2], "condition-course", st.negated, certainty, (), Decimal("0.5")))
    return out


def _flare_signs(unit: Unit, ctx: Discourse, found: list[Found], cue: re.Match) -> list[Found]:
    """condition-course: "When it flares, she gets A and B" after a sentence about the condition (said of it, or a
    story's person has it): the condition's signs, each object's polarity and hedge (decision 0889)."""
    owner = ctx.said_of or story_owner(ctx, unit.heading) or ctx.sentence_condition
    if owner is None:
        owner = ctx.asked_condition  # ("What is Y? It is an inflammation. In a flare Jo gets A": decision 0913)
    if cue.group("named") is not None:
        named = {m[2] for m in unit.mentions if m[3] in DISEASE and cue.start("named") <= m[0] < cue.end("named")}
        owner = named.pop() if len(named) == 1 else None
    if owner is None or any(m[3] in AGENT for m in unit.mentions):
        return []
    stated = {(f.predicate, f.object) for f in found}
    out = []
    objects = _objects(unit, cue.end(), set(COND), skip=owner, agents=AGENT)
    for m in objects:
        st = _status(unit, m)
        if st.absent or ("hasPhenotype", m[2]) in stated or _modifies_next(unit.text, m, objects):
            continue
        out.append(Found(owner, "hasPhenotype", m[2], "condition-course", st.negated, st.certainty, (),
                         Decimal("0.5"), "it"))  # fmt: skip
    return out


#: Where the warning signs of a drug's serious effect begin: "so contact your GP if you notice A or B", "If you
#: develop A, stop the tablets" (decision 0695).
WARNING_SIGNS = re.compile(
    r"\bif you (?:(?:ever|then|suddenly|later) )?(?:notice|develop|get|experience|see|have|start to have|start having)"
    r"(?: any(?: of these)?| signs?(?: such as| like| of)?| symptoms?(?: such as| like)?)?\s",
    re.I,
)

#: A sentence that opens by naming the warning signs of what the sentence before warned of, with no signs word of its
#: own condition (decision 0855): "Its warning signs are A, B and C", "The signs to watch for are A", "Its early
#: symptoms include A". Only "its", a word of warning or "to watch / look (out) for" (symptoms-anaphor reads the plain
#: "The signs are A" as the signs of the condition the passage is about).
WARNED_SIGNS = re.compile(
    r"^[\W_]*(?:"
    r"its\s+(?:(?:early|first|main|usual|warning|tell-tale)\s+)*(?:signs|symptoms)"
    r"|the\s+(?:(?:early|first|main|usual)\s+)*warning\s+(?:signs|symptoms)"
    r"|the\s+(?:(?:early|first|main|usual|warning)\s+)*(?:signs|symptoms)\s+to\s+(?:watch|look)\s+(?:out\s+)?for"
    r")\s+(?:(?:may|can|often|usually)\s+)?(?:are|include)\b",
    re.I,
)

#: The warning after the signs (decision 0759): "X can harm the liver; yellow skin or dark urine should be reported",
#: "Rarely it can trigger Y; eye pain with red eyes needs urgent attention", "Yellow skin ... must be reported the same
#: day" (the sentence after the drug's effect, opening with the signs).
WARNING_AFTER = re.compile(
    r"\b(?:(?:should|must|needs? to) be (?:reported|checked)"
    r"|needs? (?:urgent|immediate) (?:attention|medical help|help))\b",
    re.I,
)
#: After a sign, a place the name leaves out ("pain under the right ribs", "pain below the ribs"): the sign the text
#: names is a narrower one than the mention, left unread.
PLACED = re.compile(r"\s+(?:under|below|beneath|behind|above|on the (?:right|left))\b", re.I)
#: Where the signs before such a warning begin: after a semicolon, else the sentence's start.
SIGNS_START = re.compile(r";\s*")


def warned_illness(unit: Unit, found: list[Found], before: int | None = None) -> str | None:
    """The one illness (class Disease) the unit's claims name as a drug's asserted adverse effect (named before
    `before`, when given): whose warning signs a sentence lists after it (decision 0695)."""
    ill = {m[2] for m in unit.mentions if m[3] == "Disease" and (before is None or m[1] <= before)}
    named = {f.object for f in found if f.predicate == "hasAdverseEffect" and not f.negated and f.object in ill}
    return named.pop() if len(named) == 1 else None


def _warning_signs(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """warning-signs (rules.yaml code_rules, decision 0695): the conditions after "if you notice / develop / get" in a
    sentence that names a drug's serious adverse effect before it ("X can cause liver problems, so contact your GP if
    you notice yellowing of the skin or dark urine"), or in a sentence that opens with them after one ("X can cause
    agranulocytosis. If you develop a sore throat or mouth ulcers, stop the tablets"; sentences naming no condition and
    no agent may stand between), are that illness's signs (hasPhenotype), never more effects of the drug. Nothing when
    the sentence after names an agent of its own, or when the warning does not open it ("Stop the tablets if you
    develop A" may list the signs of more than one illness)."""
    cue = WARNING_SIGNS.search(unit.text)
    if cue is None and (cue := WARNED_SIGNS.match(unit.text)) is not None:
        # ("Rarely, X may cause Y. Its warning signs are A and B": Y's signs, the sentence naming no agent; 0855)
        owner = None if any(m[3] in AGENT for m in unit.mentions) else ctx.warned_of
    elif cue is None:
        return _signs_then_warning(unit, ctx, found)
    else:
        owner = warned_illness(unit, found, cue.start())
    if owner is None and OPENS.fullmatch(unit.text, 0, cue.start()) and not any(m[3] in AGENT for m in unit.mentions):
        owner = ctx.warned_of  # (the next sentence opens with the warning: "If you develop A, stop the tablets")
    if owner is None:
        return []
    stated = {(f.predicate, f.object) for f in found}
    out = []
    for m in _objects(unit, cue.end(), set(COND), skip=owner, agents=AGENT):
        st = _status(unit, m)
        if st.absent or st.negated or ("hasPhenotype", m[2]) in stated:
            continue
        out.append(Found(owner, "hasPhenotype", m[2], "warning-signs", False, st.certainty, (), Decimal("0.5")))
    return out


#: Before the first sign of a sentence that opens with the signs of the effect warned of before it: at most three
#: words and no clause ("Yellow skin ...", "Any new bruising ...", not "It might also thicken the womb's lining, so any
#: bleeding ...": that sentence names an effect of its own; decision 0923).
SIGNS_OPEN = re.compile(r"[\W_]*(?:(?!(?:it|this|that|they|he|she|you|so|which)\b)[a-z'-]+\s+){0,3}", re.I)


def _opens_with_signs(unit: Unit, cue: re.Match) -> bool:
    """Whether the unit's first condition before the warning `cue` opens the sentence (SIGNS_OPEN before it).

    >>> u = Unit("Any yellow skin must be reported.", [(4, 15, "jaundice", "Symptom")])
    >>> _opens_with_signs(u, WARNING_AFTER.search(u.text))
    True
    >>> u = Unit("It may thicken the lining, so any bleeding should be reported.", [(34, 42, "bleeding", "Symptom")])
    >>> _opens_with_signs(u, WARNING_AFTER.search(u.text))
    False
    """
    first = next((m for m in unit.mentions if m[3] in COND and m[1] <= cue.start()), None)
    return first is not None and SIGNS_OPEN.fullmatch(unit.text, 0, first[0]) is not None


def _signs_then_warning(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """warning-signs with the warning after the signs (decision 0759): the conditions between a semicolon and "should
    be reported / needs urgent attention", after a clause naming a drug's one serious adverse effect ("Rarely, X can
    harm the liver; yellow skin or dark urine should be reported at once"), or opening a sentence after one ("X can
    damage the liver. Yellow skin or dark urine must be reported the same day"), are that illness's signs. Nothing
    when a sentence opening with the signs names an agent, nor for a denied or absent sign.

    >>> u = Unit("Yellow skin must be reported.", [(0, 11, "jaundice", "Symptom")])
    >>> [(f.subject, f.object) for f in _signs_then_warning(u, Discourse(warned_of="hepatitis"), [])]
    [('hepatitis', 'jaundice')]
    """
    cue = WARNING_AFTER.search(unit.text)
    if cue is None:
        return []
    starts = [m.end() for m in SIGNS_START.finditer(unit.text, 0, cue.start())]
    start = starts[-1] if starts else 0
    owner = warned_illness(unit, found, start) if starts else None
    if owner is None and not starts and not any(m[3] in AGENT for m in unit.mentions) and _opens_with_signs(unit, cue):
        owner = ctx.warned_of  # (the sentence after the effect opens with its signs)
    signs = unit.text[start : cue.start()]
    if owner is None or NEGATION_WORD.search(signs.lower()):
        return []
    # (the signs' own hedge: "Rarely" before the semicolon is the illness's, not its signs'; decision 0759)
    hedge = HEDGE_WORD.search(signs)
    certainty = HEDGES[hedge.group(1).lower()] if hedge else "Asserted"
    stated = {(f.predicate, f.object) for f in found}
    out = []
    for m in unit.mentions:
        if not (start <= m[0] and m[1] <= cue.start()) or m[3] not in COND or m[2] == owner:
            continue
        if _status(unit, m).absent or ("hasPhenotype", m[2]) in stated or PLACED.match(unit.text, m[1]):
            continue
        out.append(Found(owner, "hasPhenotype", m[2], "warning-signs", False, certainty, (), Decimal("0.5")))
    return out


#: After a clause of stopping, who feels what: "When it is stopped, some children are tearful or irritable", "... and
#: a few people feel dizzy" (decision 0695).
SOME_FEEL = re.compile(
    r"\b(some|many|a few|a small number of|most|several)\s+(people|children|patients|adults|users|of them)\s+"
    r"(?:(?:may|can|might|often|also|briefly|then)\s+)*(are|feel|get|become|notice|have|develop|experience)\b",
    re.I,
)


#: The end of a course of treatment, a stopping too: "at the end of treatment a small number of people get A".
COURSE_ENDS = re.compile(r"\b(at|after) the end of (the |your |a )?(treatment|course)\b", re.I)


#: A person's stop, then what that person may get or feel: "If she stopped suddenly she might get A", "If I did stop
#: all at once, I might get A" (decision 0991).
PERSON_STOPPED = re.compile(
    r"\b(if|when)\s+(I|he|she|they|you|we)\s+(?:did\s+|ever\s+|were\s+to\s+)?(stop|stopped|came\s+off|come\s+off)\b"
    r"[^,.;:?!]{0,30}?,?\s+(I|he|she|they|you|we)\s+(?:(?:may|might|could|would|can|will|also)\s+)+"
    r"(get|feel|have|develop|become)\b",
    re.I,
)
#: SOME_FEEL's quantifiers of a few of the people: what they feel is Occasional.
FEW_FEEL = frozenset({"some", "a few", "a small number of", "several"})
#: The modal of a person's stop that hedges what follows ("she might get A, B and C").
HEDGED_PERSON = re.compile(r"\b(may|might|could|would)\b", re.I)
#: After what some people feel, a clause of their stop: "Some people feel A for a week if they stop abruptly"
#: (decision 0991); the conditions before it are the stopped drug's.
THEY_STOP = re.compile(r"\b(if|when|once|after)\s+(they|you|people)\s+(stop|come\s+off)\b", re.I)


def _felt_on_stopping(unit: Unit, ctx: Discourse) -> list[Found]:
    """felt-on-stopping (rules.yaml code_rules, decision 0695): in a sentence that opens a clause of stopping ("When
    it is stopped", "If you stop taking it", "at the end of treatment"), the conditions after "some people are / feel
    / get" are the stopped drug's withdrawal effects (the drug named in the stop clause, else the drug in focus);
    nothing when another agent is named, nor for a denied or absent condition. Also a person's stop and what that
    person may get ("If she stopped suddenly she might get A": Possible), and what some people feel before a clause of
    their stop ("Some people feel A for a week if they stop abruptly": Occasional; decision 0991).

    >>> u = Unit("When it is stopped, some people feel dizzy.", [(37, 42, "dizziness", "Symptom")])
    >>> [(f.subject, f.object) for f in _felt_on_stopping(u, Discourse(focus="x"))]
    [('x', 'dizziness')]
    """
    stop = STOP_CLAUSE.search(unit.text) or COURSE_ENDS.search(unit.text)
    feel = SOME_FEEL.search(unit.text, stop.end()) if stop else None
    if feel is None:  # ("If she stopped suddenly she might get A": decision 0991)
        stop = feel = PERSON_STOPPED.search(unit.text)
    if feel is None:  # ("Some people feel A if they stop abruptly": decision 0991)
        feel = SOME_FEEL.search(unit.text)
        stop = THEY_STOP.search(unit.text, feel.end()) if feel else None
    if feel is None or stop is None:
        return []
    # (what some people feel before a clause of their stop: only the conditions before it, Occasional after "some")
    they_stop = stop.re is THEY_STOP
    before = stop.start() if they_stop else len(unit.text)
    drugs = [m[2] for m in unit.mentions if stop.start() <= m[0] < stop.end() and m[3] == "Drug"]
    drug = drugs[0] if drugs else ctx.focus or ctx.main
    if drug is None or any(m[3] in AGENT and m[2] != drug for m in unit.mentions):
        return []
    out = []
    # (from the verb on: "feel sick" is one mention, nausea; decision 0991)
    for m in _objects(unit, feel.start(feel.lastindex), set(COND), agents=AGENT):
        st = _status(unit, m)
        if feel.re is PERSON_STOPPED and st.certainty == "Asserted" and HEDGED_PERSON.search(feel.group(0)):
            st = dataclasses.replace(st, certainty="Possible")  # (the modal is each listed condition's: 0991)
        if they_stop and st.certainty == "Asserted" and " ".join(feel.group(1).lower().split()) in FEW_FEEL:
            st = dataclasses.replace(st, certainty="Occasional")  # ("Some people feel A if they stop": 0991)
        if m[0] < before and not (st.absent or st.negated):
            out.append(Found(drug, "hasWithdrawalEffect", m[2], "felt-on-stopping", False, st.certainty,
                             confidence=Decimal("0.6")))  # fmt: skip
    return out


#: In a section about stopping, what "you may get / have / feel" (decision 0757; SOME_FEEL for "some people get").
YOU_MAY = re.compile(
    r"\byou\s+((may|might|can|could|will|would)\s+)+(also\s+)?(have|get|feel|notice|develop|experience)\b", re.I
)


def _felt_under_stopping(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """withdrawal-under-heading (rules.yaml code_rules, decision 0757): in a section about stopping the drug
    (owners.STOPPING_HEADING: "Stopping it", "Can I stop it?", "[STOPPING]"), a sentence naming no agent: the
    conditions after "some people get / feel" or "you may have / get" are the section's drug's withdrawal effects
    ("Can I stop it?" / "Some people get sweating and trouble sleeping for a few days"; "[STOPPING]" / "Do not stop it
    suddenly. If you do, you may feel sick or get a headache."). Nothing for a denied or absent condition, nor under a
    heading of warning signs ("Stop taking it and get help if ...").

    >>> u = Unit("Some people get sweating.", [(16, 24, "hyperhidrosis", "Symptom")], heading="Stopping it")
    >>> [(f.subject, f.predicate, f.object) for f in _felt_under_stopping(u, Discourse(focus="x", main="x",
    ...     title="X explained"), [])]
    [('x', 'hasWithdrawalEffect', 'hyperhidrosis')]
    """
    heading = section(ctx, unit.heading)
    if not heading or not STOPPING_HEADING.search(heading) or STOPPING_NOT.search(heading):
        return []
    if any(m[3] in AGENT for m in unit.mentions):
        return []
    cue = SOME_FEEL.search(unit.text) or YOU_MAY.search(unit.text)
    owner = heading_owner(ctx, unit.heading, STOPPING_HEADING) if cue else None
    if owner is None:
        return []
    stated = {f.object for f in found}
    # (the cue ends before "feel", whose effect may be named with it: "you may feel sick" is the lay name "feel sick")
    end = cue.end() - 4 if cue.group().lower().endswith("feel") else cue.end()
    out = []
    for m in _objects(unit, end, set(COND), agents=AGENT):
        st = _status(unit, m)
        if m[2] in stated or st.absent or st.negated:
            continue
        if SOME_OF_THEM.search(unit.text, 0, m[0]) and st.certainty == "Asserted":
            # ("some people get A": Occasional, as under a side-effect heading)
            st = dataclasses.replace(st, certainty="Occasional")
        out.append(Found(owner, "hasWithdrawalEffect", m[2], "withdrawal-under-heading", False, st.certainty, (),
                         Decimal("0.5"), unit.heading))  # fmt: skip
    return out


#: What people who have a condition have: "People with Y often notice A", "Children with Y may get A", "Those living
#: with Y feel A" (decision 0695); "have a higher risk of", "have fewer" and a denied verb are no signs, nor "have it"
#: (the medicine taken: "People with Y must not have it", decision 1003). ("find it hard
#: to A, cannot B, and feel C" is left out: ConText's "cannot" reaches C, a polarity flip on sealed9.)
PEOPLE_WITH = re.compile(
    rf"\b({people('someone', 'many')})\s+"
    r"(who have|who are living with|living with|with)\s+"
    r"(?P<owner>([\w'()-]+\s+){1,5}?)((may|can|might|often|usually|also|sometimes|typically|commonly|first|then)\s+)*"
    r"(notice\w*|get|gets|develop\w*|experience\w*|complain\w* of|feel\w*|have|has|suffer\w* from)\b"
    r"(?!\s+(no|not|never|fewer|less|lower|reduced|decreased|a higher|a lower|an? (increased|higher|greater) risk)\b)"
    # ("People with Y must not have it": "have it" is taking the medicine, no sign; decision 1003)
    r"(?!\s+(it|this medicine|this drug|them)\b)",
    re.I,
)

#: The same opening the sentence with the condition as a pronoun ("People living with it often have A", "Those with
#: this condition may notice B"): the condition the sentence before named with no agent (ctx.last_condition).
PEOPLE_WITH_IT = re.compile(
    r"[\W_]*(?:\w+\s+)?(?:people|patients|adults|children|those|someone|anyone|many)\s+"
    r"(?:who have|who are living with|living with|with)\s+(?:it|this|this condition|the condition)\s+",
    re.I,
)


def _people_with(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """phenotype-of-people-with (rules.yaml code_rules, decision 0695): "People with Y often notice A and B": A and B
    are Y's phenotype (Y the one condition between "with" and the verb). Nothing when the sentence names an agent;
    negation and hedging are each object's (ConText).

    >>> u = Unit("People with y often notice a.", [(12, 13, "y", "Disease"), (27, 28, "a", "Symptom")])
    >>> [(f.subject, f.object) for f in _people_with(u, Discourse(), [])]
    [('y', 'a')]
    """
    cue = PEOPLE_WITH.search(unit.text)
    if cue is None or any(m[3] in AGENT for m in unit.mentions) or SUBGROUP.search(cue.group("owner")):
        return []
    if ON_THE_DRUG.search(unit.text, cue.end()):
        return []  # ("people with asthma can get a tight chest on it": the drug's effect in them; decision 0889)
    owners = {m[2] for m in unit.mentions if m[3] in COND and cue.start("owner") <= m[0] and m[1] <= cue.end("owner")}
    told = story_owner(ctx, unit.heading)
    if not owners and (told or ctx.last_condition) and PEOPLE_WITH_IT.fullmatch(unit.text, 0, cue.end("owner")):
        # ("Y is common. People living with it often have A": decision 0759; the illness a story's person was said to
        # have before the sign last named: "Hilary has Y. It makes her breathless. Some people with the condition
        # feel A", decision 0889)
        owners = {told or ctx.last_condition}
    if len(owners) != 1:
        return []
    owner = owners.pop()
    stated = {(f.predicate, f.object) for f in found}
    # ("Some women with Y get A": a sign some of them have, Occasional as the golds write it; "Many" states it: 0759)
    some = SOME_BEFORE.search(unit.text, 0, cue.start())
    out = []
    for m in _objects(unit, cue.end(), set(COND), skip=owner, agents=AGENT):
        st = _status(unit, m)
        if st.absent or ("hasPhenotype", m[2]) in stated:
            continue
        certainty = "Occasional" if some and st.certainty == "Asserted" else st.certainty
        out.append(Found(owner, "hasPhenotype", m[2], "phenotype-of-people-with", st.negated, certainty, (),
                         Decimal("0.5")))  # fmt: skip
    return out


#: After what people with a condition get, the drug they get it on: "people with asthma can get a tight chest on it",
#: "... while taking this medicine": an effect of the drug in those people, no sign of their condition (0889).
ON_THE_DRUG = re.compile(
    r"\b(?:on|while on|while taking|when taking|after taking|from taking"
    # ("... when they start it", "after starting it", "when you first use it": the drug's start; decision 0913)
    r"|(?:when|after|once|as)\s+(?:starting|beginning|first\s+(?:taking|using))"
    r"|(?:when|after|once|as)\s+(?:they|you|he|she|we|I|people)\s+(?:first\s+)?"
    r"(?:start|starts|started|begin|begins|began|take|takes|took|use|uses|used)(?:\s+(?:taking|using))?)"
    r" (?:it|this medicine|the medicine|this drug|the drug|these tablets|the tablets)\b(?!\s+(?:is|was|are)\b)",
    re.I,
)

#: A relative clause closing the condition of "people with Y": "people with Y who have A" names a group of them by
#: A (a subgroup, "used for people with COPD who have a persistent cough"), never A as a sign of Y (decision 0808).
SUBGROUP = re.compile(r"\b(who|that|which|whose)\s*$", re.I)

#: Right before the people of "People with Y": a quantifier that says only some of them have the sign.
SOME_BEFORE = re.compile(rf"\b({FEW})\s+$", re.I)


def note_last_condition(ctx: Discourse, unit: Unit) -> None:
    """Remember the one condition a sentence names when it names no agent ("You were admitted with Y."), for a lead
    of symptoms after it that names none ("This happens when ... Signs to know:"); a sentence that names an agent or
    several conditions forgets it, one that names nothing keeps it (decision 0695), and so does one that only denies
    a condition ("It is not cancer.": a contrast, decision 0782).

    >>> ctx = Discourse()
    >>> note_last_condition(ctx, Unit("You were admitted with Y.", [(23, 24, "y", "Disease")]))
    >>> ctx.last_condition
    'y'
    >>> note_last_condition(ctx, Unit("X treats Z.", [(0, 1, "x", "Drug"), (9, 10, "z", "Disease")]))
    >>> ctx.last_condition is None
    True
    """
    if not unit.mentions or unit.bullet or unit.item:
        return
    named = [m for m in unit.mentions if m[3] in COND]
    # (an agent named only as the condition's cause, "Y comes from too much uric acid", leaves it the sentence's: 0749)
    agents = any(m[3] in AGENT and not cause_only(unit, m, named) for m in unit.mentions)
    if agents:  # (the sentence's conditions do not matter then: no ConText run for them, decision 0894)
        ctx.last_condition = None
        return
    # (a condition the sentence denies, "It is not cancer.", is named as a contrast: never what it is about; 0782)
    conditions = {m[2] for m in named if not _incidental_condition(unit, m, named) and not _status(unit, m).negated}
    if named and not conditions:
        return  # (a condition named only in a time or cause phrase: the sentence is no new condition's; 0725)
    ctx.last_condition = conditions.pop() if len(conditions) == 1 else None


#: Right before a condition named only in a time or cause phrase ("Signs start a week after a bite", "passed on by the
#: bite of ...", "caused by the infection", "following an injury"): the sentence is not about it (decision 0725).
TIME_OR_CAUSE = re.compile(
    r"\b((after|following|since|within \w+ of) (a|an|the|being|getting|your)|(caused|passed on|spread|carried) by"
    r"( (a|an|the))?|by (a|an|the))( [a-z-]+)?\s+$",
    re.I,
)
#: Right before the class a condition that opens the sentence is said to be: "Y is a serious infection" (0725).
CLASS_OF_OPENER = re.compile(r"\b(is|are) (a|an)( [\w-]+){0,2}?\s+$", re.I)


def _incidental_condition(unit: Unit, m: tuple, named: list[tuple]) -> bool:
    """Whether a condition's mention is no condition the sentence is about: named in a time or cause phrase ("Symptoms
    start a week after a bite"), or as the class of the condition before it ("Y is a serious infection"; 0725).

    >>> u = Unit("Signs start a week after a bite.", [(27, 31, "bite", "Disease")])
    >>> _incidental_condition(u, u.mentions[0], u.mentions)
    True
    """
    before = unit.text[max(0, m[0] - 40) : m[0]]
    if lowered.may_match(TIME_OR_CAUSE, unit.text) and TIME_OR_CAUSE.search(before):  # (0756)
        return True
    return named[0][0] < m[0] and bool(CLASS_OF_OPENER.search(unit.text, named[0][1], m[0]))


#: Right before a condition in a list of signs: a preposition of place ("swelling around the wound", "redness near
#: the bite", "pain over the sore"): the condition is where the sign is, no sign of the illness (decision 0804).
PLACE_BEFORE = re.compile(
    r"\b(around|round|near|next to|beside|surrounding|over|under|at the edge of|at the site of)\s+"
    r"(the|a|an|your|their|his|her)\s+$",
    re.I,
)


def _listed_symptoms(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """symptom-list (rules.yaml code_rules, decision 0677): the conditions of a bullet under a lead of symptoms
    ("Its typical symptoms are:", "What are the symptoms of Y?") are the phenotype of the lead's condition; a lead
    that denies, and a bullet that names an agent or says why, give none.

    >>> ctx = Discourse(symptoms_of="y", lead="Its typical symptoms are:")
    >>> u = Unit("- a sudden urge to pass urine (urgency)", [(31, 38, "urgency", "Symptom")], bullet=True)
    >>> [(f.subject, f.object) for f in _listed_symptoms(u, ctx, [])]
    [('y', 'urgency')]
    """
    lead = _lead(unit, ctx)
    owner = ctx.symptoms_of
    bare = EMPHASIS.sub("", lead).strip()
    opens = (
        SYMPTOMS_LEAD.search(lead.strip()) or ONSET_LEAD.search(bare) or NOTICE_LEAD.search(bare)
        or CONTINUED_LEAD.search(bare) or SYMPTOMS_HEADING.fullmatch(bare)
        or (not ctx.lead and unnamed_signs_heading(bare))  # ("## Signs to look out for": decision 0805)
        or is_illness_lead(bare)  # ("It causes:", "You may:" after a sentence about the illness: decision 0840)
    ) if lead else None  # fmt: skip
    if not lead or owner is None or not opens or NEGATION_WORD.search(UNTREATED.sub("", lead).lower()):
        return []
    if any(m[3] in AGENT for m in unit.mentions):
        return []
    end = SYMPTOM_BULLET_END.search(unit.text)
    stated = {f.object for f in found if f.predicate == "hasPhenotype"}
    # (the lead's hedge over its list: "You may:", "Walkers with Y may notice:"; decision 0840)
    who_may = illness_lead_hedged(bare) or bool(NOTICE_LEAD.search(bare) and MAY.search(bare))
    out = []
    glossed = glosses(unit.text, unit.mentions)  # (decision 0720)
    for m in unit.mentions:
        if (
            m[3] not in COND
            or m[2] == owner
            or m[2] in stated
            or (end and m[0] >= end.start() and not _end_gloss(unit.text, m))
        ):
            continue
        if any(a <= m[0] < b for a, b in glossed):
            continue
        if PLACE_BEFORE.search(unit.text, max(0, m[0] - 30), m[0]):
            continue  # "- swelling around the wound": where the sign is, no sign itself (decision 0804)
        if placed_pain(unit.text, m):
            continue  # ("- pain just below the ribs": a placed pain the bare name leaves out; decision 0805)
        if TIME_BEFORE.search(unit.text, max(0, m[0] - 30), m[0]):
            continue  # ("- flashing lights before the pain": when the sign comes; decision 0840)
        st = _status(unit, m)
        if st.absent or st.negated:
            continue
        opening = DENIED_BULLET.match(unit.text)
        if opening and not DENIAL_ENDS.search(unit.text, opening.end(), m[0]):
            # ("- no itching or soreness": the denied sign keeps its polarity; decision 0805)
            out.append(Found(owner, "hasPhenotype", m[2], "symptom-list", True, st.certainty, (), Decimal("0.5"),
                             lead.strip()))  # fmt: skip
            continue
        certainty = st.certainty
        if certainty != "Asserted" and _later_hedge(unit.text, m):
            certainty = "Asserted"  # ("- nausea, and sometimes vomiting": the hedge is vomiting's; decision 0840)
        if certainty == "Asserted" and who_may:
            certainty = "Possible"  # ("You may:", "a person may have:": the lead's hedge over its list; decision 0840)
        if certainty == "Asserted" and _end_gloss(unit.text, m):  # ("- Sometimes leaking ... (urge incontinence)")
            opening = OPENING_HEDGE.match(unit.text)
            certainty = HEDGES[opening.group(1).lower()] if opening else certainty
        out.append(Found(owner, "hasPhenotype", m[2], "symptom-list", False, certainty, (), Decimal("0.5"),
                         lead.strip()))  # fmt: skip
    return out


#: A hedge opening a bullet ("- Sometimes leaking on the way to the toilet (urge incontinence)"): the certainty of
#: the sign its closing bracket names, which ConText's window leaves out past the description (decision 0759).
OPENING_HEDGE = re.compile(r"[\W_]*(sometimes|occasionally|at times|in some cases)\b", re.I)
#: A bracket that closes a bullet: the name of the sign the bullet describes ("- leaking urine when the urge comes
#: (urge incontinence)"; decision 0721).
END_GLOSS = re.compile(r"\(\W*[^()]+?\W*\)\W*$")


def _later_hedge(text: str, m: tuple) -> bool:
    """Whether every hedge of a bullet comes after a sign and opens the next sign ("- nausea, and sometimes vomiting").

    >>> _later_hedge("- nausea, and sometimes vomiting", (2, 8, "nausea", "Symptom"))
    True
    >>> _later_hedge("- sometimes nausea", (12, 18, "nausea", "Symptom"))
    False
    """
    hedges = list(HEDGE_WORD.finditer(text))
    return bool(hedges) and hedges[0].start() >= m[1] and bool(COORDINATED.fullmatch(text, m[1], hedges[0].start()))


def _end_gloss(text: str, m: tuple) -> bool:
    """Whether a mention is the whole of the bracket that ends its bullet (the sign's name after its description).

    >>> _end_gloss("- leaking urine when the urge comes (urge incontinence)", (37, 54, "x", "Symptom"))
    True
    >>> _end_gloss("- dizziness when you stand up (take care)", (2, 11, "x", "Symptom"))
    False
    """
    bracket = END_GLOSS.search(text)
    return (
        bool(bracket)
        and bracket.start() < m[0]
        and m[1] <= bracket.end()
        and not re.search(r"\w", re.sub(r"\*\*|__", "", text[bracket.start() + 1 : m[0]] + text[m[1] : bracket.end()]))
    )


#: Before a class name: it refers back to the items just named ("these antibiotics"), it names no other agent.
BACK_REFERENCE = re.compile(r"\b(these|those|such|both)\s+$", re.I)
#: Before a class name: the class stands for members like those named ("Gentamicin and similar antibiotics"): no claim
#: for the whole class (decision 0686). "Other" is not among them since decision 0777: "A and other blood thinners:
#: they ..." and "Other antihistamines ... add to it" say it of the class itself, as the golds read them.
OTHER_MEMBERS = re.compile(r"\b(similar|related)\s+$", re.I)


#: Around a class after a drug was named: "the <class> dose / level", the dose or level of the drug named before it
#: ("- B: X raises its level, so the statin dose is kept low"), no partner of its own (decision 0770).
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
DOSE_AFTER = re.compile(r"\s+(doses?|levels?)\b", re.I)


def _dose_of_named(unit: Unit, m: tuple) -> bool:
    """Whether the class mention `m` is "the <class> dose / level" after a drug named earlier in the unit.

    >>> u = Unit("- B: X raises its level, so the statin dose is kept low.", [(2, 3, "b", "Drug"),
    ...     (5, 6, "x", "Drug"), (32, 38, "statin", "DrugClass")])
    >>> v = Unit("- The statin dose", [(6, 12, "s", "DrugClass")])
    >>> _dose_of_named(u, u.mentions[2]), _dose_of_named(v, v.mentions[0])
    (True, False)
    """
    return (
        any(d[1] <= m[0] and d[3] == "Drug" for d in unit.mentions)
        and bool(THE_BEFORE.search(unit.text, max(0, m[0] - 6), m[0]))
        and bool(DOSE_AFTER.match(unit.text, m[1]))
    )


def _listed_interactions(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """The agents of a bullet in an interactions section whose heading or title names the drug ("## Interactions /
    - **A and B.** X stops these medicines from being broken down"; "- omeprazole"): each interacts with the section's
    drug (interaction-list). Nothing for a bullet that denies ("does not interact"), nor for an agent the sentence's
    own interaction claims already name."""
    owner, head = heading_owner(ctx, unit.heading, INTERACTIONS_HEADING) if unit.bullet else None, None
    label = LABELLED_LINE.match(unit.text)
    if label and INTERACTIONS_HEADING.search(label.group(1)):
        # a line labelled as a field of interactions ("Other medicines: A may reduce the effect of X."): the label
        # is the line's own heading (decision 0693)
        owner = heading_owner(ctx, label.group(1), INTERACTIONS_HEADING)
    lead = EMPHASIS.sub("", ctx.lead) if unit.bullet else ""
    if owner is None and lead and TELL_IF_YOU_TAKE.search(lead):
        # "Tell us if you take:", "Tell your doctor if you are taking any of these:": the medicines the document's
        # drug is warned against (decision 0699); an item "B - why" names its partners in its head
        owner = next((d for d in (ctx.main, ctx.focus) if d and _named(d, lead)), None) or titled(ctx)
        head = ITEM_HEAD.match(unit.text) or DASH_HEAD.match(unit.text)
    elif owner is None and lead and INTERACTIONS_HEADING.search(lead) and not NEGATION_WORD.search(lead.lower()):
        # a lead that opens a list of interactions ("Medicines it interacts with, according to my pharmacist:"):
        # the drug it names or refers to; an item "B: why" names its partner in its head (decision 0693)
        # (the drug the lead names, else the document's for its "it": the focus moves to each item's partner)
        named = next((d for d in (ctx.main, ctx.focus) if d and _named(d, lead)), None)
        owner = named or (titled(ctx) if PRONOUN_DRUG.search(lead) else None)
        head = ITEM_HEAD.match(unit.text)
    if owner is None or DENIED_INTERACTION.search(unit.text):
        return []  # (a denial, or "the gel is fine with X": no interaction; decision 0693)
    # ("- B for blood pressure. The drug doesn't interact with it.": the item's own line denies it; decision 1119)
    denied = bool(ITEM_DENIED_NEXT.match(unit.following.split("\n", 1)[0]))
    if NEGATION_WORD.search(unit.text.lower()) and not _warns_only(unit.text):
        return []
    stated = {end for f in found if f.predicate == "interactsWith" for end in (f.subject, f.object)}
    named = any(m[2] == owner for m in unit.mentions)
    resolved = "" if named else unit.heading
    # ("- A may add to drowsiness": the hedge of the bullet's first clause is the claim's certainty; "- A raise its
    # levels; the doctor may lower the dose", "- A: tests may change" hedge something else, decision 0723)
    first = re.search(r"[;:]|,\s+so\b", unit.text)
    hedges = list(HEDGE_WORD.finditer(unit.text, 0, first.start() if first else len(unit.text)))
    if not hedges and first and first.group(0) == ":":  # ("- B: may increase the risk of Y": the label's own verb)
        hedges = [h for h in [HEDGE_WORD.match(unit.text, first.end() + 1)] if h]
    if not hedges and first and first.group(0) == ":":
        hedges = _label_subject_hedge(unit, owner, first.end())
    certainty = HEDGES[hedges[0].group(1).lower()] if hedges else "Asserted"
    return [
        Found(owner, "interactsWith", m[2], "interaction-list", negated=denied, certainty=certainty,
              confidence=Decimal("0.8" if named else "0.5"), resolved_from=resolved)
        for m in unit.mentions
        if (m[3] in CHEMICAL or _headed_hormone(unit, m)) and m[2] != owner and m[2] not in stated
        and (head is None or m[1] <= head.end())
        and not (m[3] == "DrugClass" and BACK_REFERENCE.search(unit.text, max(0, m[0] - 8), m[0]))
        and not (m[3] == "DrugClass" and OTHER_MEMBERS.search(unit.text, max(0, m[0] - 10), m[0]))
        and not (m[3] == "DrugClass" and _dose_of_named(unit, m))
        and not _narrowed_class(unit.text, m)
        and not (m[3] == "DrugClass" and _class_gloss(unit, m))
        and not _acted_on(unit, m)
    ]  # fmt: skip


def _headed_hormone(unit: Unit, m: tuple) -> bool:
    """Whether `m` is a body's own substance given as a medicine that heads a list item ("- Insulin: X can hide the
    signs of a low sugar", "- insulin - the risk of a hypo goes up"): the item names it as the partner (decision 0814).
    Anywhere else in the item it is what the drug acts on ("- B: it raises potassium"), no partner.

    >>> u = Unit("- Insulin: it can hide a hypo.", [(2, 9, "insulin", "EndogenousChemical")])
    >>> _headed_hormone(u, u.mentions[0])
    True
    >>> ms = [(2, 9, "digoxin", "Drug"), (22, 31, "potassium", "EndogenousChemical")]
    >>> u = Unit("- Digoxin: it raises potassium.", ms)
    >>> _headed_hormone(u, u.mentions[1])
    False
    """
    if m[3] != "EndogenousChemical":
        return False
    head = ITEM_HEAD.match(unit.text) or DASH_HEAD.match(unit.text)
    return bool(head) and m[1] <= head.end() and not any(o[3] in CHEMICAL for o in unit.mentions if o[0] < m[0])


#: After a label's colon, the subject of the line's first clause before its own modal: a pronoun of the label's agents
#: or of the drug ("- B: it may raise the level of X", "- B: together they may cause Y"), or the section's drug
#: named ("- B: X may raise its level"); decision 0770. Any other subject's modal hedges something else ("- B: tests
#: may change", decision 0723).
#: A fronted aside of how the pair is taken, before the label line's subject ("- A: taken at the same time, they may
#: ...", "- B: if taken regularly, it may ..."; decision 0777).
LABEL_TAKEN = r"((if\s+|when\s+)?(taken|used|given)\b[^,.;:]{0,40},\s*)?"
LABEL_PRONOUN = re.compile(
    r"\s*" + LABEL_TAKEN + r"((together|both)\s+)?(it|they|these|this|the (combination|pair|two)(\s+(medicines|drugs))?"
    r"(\s+together)?)\s+",  # ("- B: the combination may raise Y", decision 0796)
    re.I,
)
#: An aside after a label line's subject before its modal ("- Other medicines: A, such as those for hay fever, may
#: ...": decision 0796).
LABEL_ASIDE = re.compile(r",[^,;:.]{1,50},\s+|\s+")
LABEL_TOGETHER = re.compile(r"\s*" + LABEL_TAKEN + r"((together|both)\s+)?", re.I)


def _label_subject_hedge(unit: Unit, owner: str, colon: int) -> list[re.Match]:
    """The modal right after a label line's subject (LABEL_PRONOUN, or the mention of `owner` opening the clause).

    >>> u = Unit("- Digoxin: nadolol may raise its level.", [(2, 9, "digoxin", "Drug"), (11, 18, "nadolol", "Drug")])
    >>> [h.group(1) for h in _label_subject_hedge(u, "nadolol", 10)]
    ['may']
    >>> [h.group(1) for h in _label_subject_hedge(Unit("- A: tests may change.", []), "x", 4)]
    []
    >>> [h.group(1) for h in _label_subject_hedge(Unit("- A: taken together, they may clash.", []), "x", 4)]
    ['may']
    """
    text = unit.text
    pronoun = LABEL_PRONOUN.match(text, colon)
    if pronoun:
        return [h for h in [HEDGE_WORD.match(text, pronoun.end())] if h]
    start = LABEL_TOGETHER.match(text, colon).end()
    named = next((m for m in unit.mentions if m[0] == start and m[2] == owner), None)
    if named is None:
        # (the partner as the subject of the line's own verb: "- Other medicines: A may reduce the effect of X";
        # decision 0796)
        named = next((m for m in unit.mentions if m[0] == start and m[3] in CHEMICAL), None)
    aside = LABEL_ASIDE.match(text, named[1]) if named else None
    if aside is None:
        return []
    return [h for h in [HEDGE_WORD.match(text, aside.end())] if h]


#: A lead that asks to be told of the reader's other medicines: "Tell us if you take:", "Tell your doctor or pharmacist
#: if you are taking any of the following:", "Check with your pharmacist if you use:" (decision 0699).
TELL_IF_YOU_TAKE = re.compile(
    r"^\W*(please\s+)?(tell|let|inform|ask|check with|speak to|talk to)\b((?![.;]).){0,60}?\bif you(\s+are|\s+also|"
    r"\s+already)*\s+(take|taking|use|using|on)\b((?![.;]).){0,50}:\s*$",
    re.I,
)
#: An item's head before a spaced dash ("- insulin or gliclazide - the risk of a hypo goes up").
DASH_HEAD = re.compile(r"[^:.;]{1,120}?\s[-\u2013\u2014]\s")
#: A negation that warns against the combination, not one that denies it ("do not give it with B", "B is not
#: recommended with it", "B must never be stopped suddenly", "do not drink on the nights you take it"; decision 0693).
WARNING_NEGATION = re.compile(
    r"\b(do not|don't|never|must not|mustn't|should not|shouldn't|cannot|can't)\s+(\w+\s+){0,2}?(take|taken|give|"
    r"given|use|used|combine|combined|mix|mixed|drink|start|started|stop|stopped)\b|"
    r"\bnot\s+(be\s+)?(recommended|advised|taken|given|used|combined|mixed)\b",
    re.I,
)
#: A line that opens with a label of a few words and a colon ("Other medicines: ...", "Interactions: ...").
LABELLED_LINE = re.compile(r"[\W_]*([A-Za-z][\w ,'/-]{2,40}?)[*_]*:[*_]*\s")
#: (decision 1119) The next sentence of an item's own line denies the item's interaction by referring back to it ("-
#: Ramipril for blood pressure. The drug doesn't interact with it.", "- He is on B. X doesn't interact with that.",
#: "... There are no problems with it."): the item is a denied interaction, never an asserted one.
ITEM_DENIED_NEXT = re.compile(
    r"[ \t*_]*[^.;:!?]{0,40}?(\b(does|do|did|will|would)\s*(not|n['\u2019]t)|\bwon['\u2019]t)\s+"
    r"(interact|clash|react)\s+with\s+(it|that|this|them|these|those|either\s+of\s+them)\b"
    r"|[ \t*_]*[^.;:!?]{0,40}?\bno\s+(known\s+)?(interactions?|problems?|issues?)\s+with\s+(it|that|this|them)\b",
    re.I,
)
#: A negation that denies the interaction or any harm ("does not interact", "no problem", "B is fine").
DENIED_INTERACTION = re.compile(
    r"\bnone\b|(\b(no|not|never|without)\b|n't\b)((?![.;:]).){0,40}?\b(interact\w*|affect\w*|problems?|issues?|"
    r"difference|effect)\b|(\b(is|are)|['\u2019]s)\s+(fine|safe|ok(ay)?)\b",
    re.I,
)


def _warns_only(text: str) -> bool:
    """Whether every negation of a bullet warns against the combination (WARNING_NEGATION) and none denies it: the
    bullet names a partner to avoid, an interaction as the golds and a reader take it.

    >>> _warns_only("- Do not give it with bimatoprost."), _warns_only("- Clonidine must never be stopped suddenly.")
    (True, True)
    >>> _warns_only("- It does not interact with paracetamol."), _warns_only("- Do not worry about antacids.")
    (False, False)
    >>> _warns_only("- B is not recommended with it."), _warns_only("- It does not stop B working.")
    (True, False)
    >>> bool(DENIED_INTERACTION.search("Interactions: none with paracetamol."))
    True
    """
    if DENIED_INTERACTION.search(text):
        return False
    return not NEGATION_WORD.search(WARNING_NEGATION.sub(" ", text).lower())


#: Right before an agent: a verb of another agent's act on it ("antipsychotics such as haloperidol block dopamine"):
#: the agent is the messenger the partner acts on, no partner of the section's drug (decision 0693).
ACTED_ON = re.compile(
    r"\b(block(s|ed|ing)?|oppos(e|es|ed|ing)|mimic(s|ked|king)?|stimulat(e|es|ed|ing)|deplet(e|es|ed|ing)|"
    r"releas(e|es|ed|ing))\s+((the|your|its|their|brain's|body's)\s+)?$",
    re.I,
)


def _acted_on(unit: Unit, m: tuple) -> bool:
    """Whether agent `m` is what an agent named before it acts on ("haloperidol block dopamine").

    >>> u = Unit("- Haloperidol can block dopamine.", [(2, 13, "haloperidol", "Drug"), (24, 32, "dopamine", "Drug")])
    >>> _acted_on(u, u.mentions[1]), _acted_on(u, u.mentions[0])
    (True, False)
    """
    return bool(ACTED_ON.search(unit.text, max(0, m[0] - 40), m[0])) and any(
        o[3] in AGENT and o[1] <= m[0] for o in unit.mentions
    )


#: The head of a list item, up to its colon ("- Warfarin: ...", "- A (oral) and B: ...").
ITEM_HEAD = re.compile(r"[^:.;]{1,120}?:(?!//)")


def _partner_effects_dropped(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """Under an interactions heading, an item "B: may increase the risk of Y" names what combining B with the
    section's drug does: Y is no effect of B alone (decision 0643), so an effect claim whose subject is an agent of
    the item's head is dropped (the interaction carries Y).

    >>> u = Unit("Aspirin: more bleeding.", [(0, 7, "aspirin", "Drug"), (14, 22, "hemorrhage", "Symptom")],
    ...          heading="Interactions", bullet=True)
    >>> _partner_effects_dropped(u, Discourse(), [Found("aspirin", "hasAdverseEffect", "hemorrhage", "r")])
    []
    """
    told = bool(unit.bullet and ctx.lead and TELL_IF_YOU_TAKE.search(EMPHASIS.sub("", ctx.lead)))
    head = ITEM_HEAD.match(unit.text) or (DASH_HEAD.match(unit.text) if told else None)
    if head is None or not (told or in_section(ctx, unit.heading, INTERACTIONS_HEADING)):
        return found
    partners = {m[2] for m in unit.mentions if m[1] <= head.end() and m[3] in CHEMICAL}
    return [f for f in found if not (f.predicate == "hasAdverseEffect" and f.subject in partners)]


def partner_effects_in_section(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """Under an interactions heading, what another drug "may increase the risk of" or "can make you" is what taking
    it with the section's drug does ("Some antidepressants and carbamazepine may also increase the risk of low
    sodium", "- **B**: its effect may get stronger, with a risk of bleeding"): no adverse effect of that drug alone
    (decision 0806, as 0643 reads an item "B: ..."). Effects of the section's drug itself stay.

    >>> ms = [(0, 12, "carbamazepine", "Drug"), (39, 48, "hyponatremia", "Symptom")]
    >>> u = Unit("carbamazepine may increase the risk of low sodium.", ms, heading="Other medicines")
    >>> ctx = Discourse(focus="x", main="x", title="X for bedwetting")
    >>> partner_effects_in_section(u, ctx, [Found("carbamazepine", "hasAdverseEffect", "hyponatremia", "r")])
    []
    >>> len(partner_effects_in_section(u, ctx, [Found("x", "hasAdverseEffect", "hyponatremia", "r")]))
    1
    """
    if not unit.heading or not in_section(ctx, unit.heading, INTERACTIONS_HEADING):
        return found
    owner = heading_owner(ctx, unit.heading, INTERACTIONS_HEADING) or titled(ctx)
    if owner is None:
        return found
    partners = {m[2] for m in unit.mentions if m[3] in CHEMICAL} - {owner}
    return [f for f in found if not (f.predicate == "hasAdverseEffect" and f.subject in partners)]


#: Between an agent and a class name: an opening bracket and an article ("magnesium trisilicate (an antacid)"), or a
#: comma and an article with up to three words before the class ("Rifampicin, the tuberculosis antibiotic, lowers":
#: an apposition, decision 0949).
#: ... or counted, of the agents named before it ("A and B, two epilepsy medicines: they ...", decision 0978)
CLASS_GLOSS = re.compile(r"\s*\(\s*((an?|the)\s+)?|,\s+(an?|the|both|two|three|four)\s+([\w'-]+\s+){0,3}", re.I)
#: What ends a class in apposition: a comma, a closing bracket, a colon or semicolon opening what the agents do, or the
#: sentence's end.
APPOSITION_CLOSED = re.compile(r"(e?s)?\**\s*(,|\)|[;:]\s|[.;:]?\s*$)")


def _class_gloss(unit: Unit, m: tuple) -> bool:
    """Whether class mention `m` glosses the agent right before it in brackets ("A (an antacid)", decision 0623) or
    in a closed apposition ("A, the tuberculosis antibiotic, lowers ...", decision 0949): the class of A, no second
    interaction partner.

    >>> u = Unit("- A, the tuberculosis antibiotic, lowers it.", [(2, 3, "a", "Drug"), (22, 32, "c", "DrugClass")])
    >>> v = Unit("- A, the antibiotics and B lower it.", [(2, 3, "a", "Drug"), (9, 19, "c", "DrugClass"),
    ...     (24, 25, "b", "Drug")])
    >>> _class_gloss(u, u.mentions[1]), _class_gloss(v, v.mentions[1])
    (True, False)
    >>> w = Unit("- A and B, two epilepsy medicines: they lower it.", [(2, 3, "a", "Drug"), (8, 9, "b", "Drug"),
    ...     (15, 32, "c", "DrugClass")])
    >>> _class_gloss(w, w.mentions[2])
    True
    """
    return any(
        o[3] in CHEMICAL
        and o[1] <= m[0]
        and (gloss := CLASS_GLOSS.fullmatch(unit.text, o[1], m[0])) is not None
        and (gloss.group(0).lstrip().startswith("(") or APPOSITION_CLOSED.match(unit.text, m[1]))
        for o in unit.mentions
    )


#: "<agent> (can) make(s) the <effect> worse / stronger": the effect named with a definite article is the one the
#: text is about (the document's drug's).
WORSENED = re.compile(
    # (no determiner before a plain list of effects in an interactions section: "Alcohol may make drowsiness and
    # confusion worse", decision 0814)
    r"\b((can|may|might|will|could|also|often) )*makes? (?P<det>(the|your|its) )?(?P<what>[\w -]{3,40}?) "
    r"(worse|stronger|more (severe|intense|likely|pronounced))\b",
    re.I,
)


def _effect_owner(unit: Unit, ctx: Discourse) -> str | None:
    """The drug whose effect another agent heightens ("Alcohol adds to the drowsiness"): the drug the title names, else
    the owner of the interactions section the sentence is in ("### Other medicines ... Alcohol adds to the
    drowsiness." in a newsletter whose title names no drug; decision 0814).

    >>> u = Unit("Alcohol adds to the drowsiness.", [], heading="Other medicines")
    >>> _effect_owner(u, Discourse(main="x", dominant="x", title="Spring newsletter"))
    'x'
    >>> _effect_owner(u, Discourse(main="x", title="Spring newsletter"))
    'x'
    >>> _effect_owner(Unit("Alcohol adds to the drowsiness.", [], heading="Driving"), Discourse(main="x", title="News"))
    """
    return titled(ctx) or heading_owner(ctx, unit.heading, INTERACTIONS_HEADING)


#: Between two agents of one subject list: "A and B", "A, B or C", "A and other B", "A or similar B" (decision 0814).
AGENTS_JOINED = re.compile(r"[*_]*\s*(,\s*((and|or)\s+)?|(and|or)\s+)((other|similar)\s+)?[*_]*", re.I)


def _worsened_effect(unit: Unit, ctx: Discourse, found: list[Found] = ()) -> list[Found]:
    """ "Alcohol can make the dizziness worse" in an article whose title names its drug: the agent right before the cue
    interacts with that drug, the effect being the outcome (worsens-its-effect; the owner resolved from the title, or
    from the interactions section the sentence is in: decision 0814). Nothing for an agent whose interaction the
    sentence's own claims already state or deny ("It does not interact with alcohol, although alcohol itself can make
    Y worse": decision 0887)."""
    owner = _effect_owner(unit, ctx)
    if owner is None:
        return []
    stated = {end for f in found if f.predicate == "interactsWith" for end in (f.subject, f.object)}
    out = []
    for match in WORSENED.finditer(unit.text):
        before = [m for m in unit.mentions if m[1] <= match.start()]
        if not before or before[-1][3] not in CHEMICAL or before[-1][2] == owner:
            continue
        if not NEXT_TO_CUE.fullmatch(unit.text, before[-1][1], match.start()):
            continue  # the agent is the verb's own subject ("Alcohol can make ..."), nothing between
        if not match.group("det") and not in_section(ctx, unit.heading, INTERACTIONS_HEADING):
            continue  # ("Alcohol can make gout worse" outside an interactions section: a condition, not its effect)
        effects = tuple(m[2] for m in unit.mentions if match.start("what") <= m[0] < match.end("what") and m[3] in COND)
        # ("Codeine and other opioid painkillers can make Y worse": each agent of the subject's list, decision 0814)
        agents = [before[-1]]
        for m in reversed(before[:-1]):
            if m[3] not in CHEMICAL or not AGENTS_JOINED.fullmatch(unit.text, m[1], agents[0][0]):
                break
            agents.insert(0, m)
        if effects and not NEGATION_WORD.search(unit.text, agents[0][1], match.end()):
            # ("Alcohol may make Y worse": the modal of the cue's own verb is the claim's certainty, decision 0814)
            hedges = list(HEDGE_WORD.finditer(unit.text, before[-1][1], match.start("what")))
            certainty = HEDGES[hedges[0].group(1).lower()] if hedges else "Asserted"
            out += [
                Found(owner, "interactsWith", a, "worsens-its-effect", certainty=certainty,
                      qualifiers=(("interactionOutcome", effects),), confidence=Decimal("0.5"), resolved_from=ctx.title)
                for a in dict.fromkeys(m[2] for m in agents) if a != owner and a not in stated
            ]  # fmt: skip
    return out


#: "<agents> (can) add(s) to the drowsiness / its sedative effect / dry mouth": the agents heighten an effect of the
#: drug the text is about, an interaction as a reader and the golds take it (decision 0723). What is added to runs to
#: the clause's end; it must be an effect (a condition named there, or "effect(s)").
#: ("Alcohol piles on the sleepiness": the lay verb of adding to an effect; decision 0915)
ADDS_TO = re.compile(
    r"\b((can|may|might|will|could|would|also|often|further) )*(add(s|ing)? to|pil(e|es|ing) on) "
    r"(?!((the|its|their|your|his|her) )?"
    r"(strain|load|burden|work|cost|bulk|total|list|number|amount|dose|intake|sugar|salt)s?\b)"
    r"(?P<det>(the|its|their|your|his|her) )?(?P<what>[^.;:,()]{3,60})",
    re.I,
)
#: The effect word of ADDS_TO's object when it names no condition ("add to its effect", "to their effects"), or a
#: change of a measure the drug brings ("add to the fall in blood pressure", "add to the loss of potassium"; 0878).
EFFECT_WORD = re.compile(r"\b(side )?effects?\b|^(fall|drop|dip|rise|loss)\s+(in|of)\s+\w", re.I)
#: Right after a class name: a part that narrows it to some members ("painkillers containing codeine"): no claim for
#: the whole class.
CLASS_NARROWED_AFTER = re.compile(r"[*_]*\s+(containing|(that|which) contains?|made with|based on)\b", re.I)
#: Where the clause of the agents that add to an effect opens: a colon, a semicolon or a turning conjunction.
ADDS_CLAUSE = re.compile(r"[;:]|\b(but|whereas|although|though|while)\b", re.I)


def _added_effect(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """ "Other sleeping pills and sedating antihistamines may add to its effects", "Alcohol adds to the drowsiness" in
    a text whose title names its drug: each agent of the cue's clause interacts with that drug, the conditions added
    to being the outcome (worsens-its-effect, decision 0723). "X could add to their effect" with X the drug itself: the
    agents named before it in the sentence ("If you take A, ...: X could add to their effect"). Nothing when the clause
    is negated, nor for an agent the sentence's own interaction claims already relate.

    >>> ctx = Discourse(main="x", title="X for sleep")
    >>> u = Unit("Alcohol and A add to the drowsiness.", [(0, 7, "alcohol", "Substance"), (12, 13, "a", "Drug"),
    ...          (25, 35, "somnolence", "Symptom")])
    >>> [(f.subject, f.object, f.qualifiers[0][1]) for f in _added_effect(u, ctx, [])]
    [('x', 'alcohol', ('somnolence',)), ('x', 'a', ('somnolence',))]
    >>> _added_effect(Unit("A does not add to the drowsiness.", u.mentions[1:2]), ctx, [])
    []
    """
    owner = _effect_owner(unit, ctx)
    if owner is None:
        return []
    stated = {end for f in found if f.predicate == "interactsWith" for end in (f.subject, f.object)}
    out: list[Found] = []
    for match in ADDS_TO.finditer(unit.text):
        effects = tuple(
            dict.fromkeys(m[2] for m in unit.mentions if match.start("what") <= m[0] < match.end() and m[3] in COND)
        )
        if not effects and not EFFECT_WORD.search(match.group("what")):
            continue  # ("add to those of alcohol": no effect named; "adds to the strain on the liver" is a load, 0723)
        turns = [t.end() for t in ADDS_CLAUSE.finditer(unit.text, 0, match.start())]
        opens = turns[-1] if turns else 0
        if NEGATION_WORD.search(unit.text[opens : match.end()].lower()):
            continue
        agents = [m for m in unit.mentions if opens <= m[0] and m[1] <= match.start() and m[3] in CHEMICAL]
        if agents and all(m[2] == owner for m in agents) and (match.group("det") or "").lower().strip() == "their":
            # ("..., such as A, tell your doctor: X could add to their effect": the agents before the drug)
            agents = [m for m in unit.mentions if m[1] <= agents[0][0] and m[3] in CHEMICAL]
        # ("some painkillers containing codeine", "anti-inflammatory painkillers": a narrower class, no claim)
        narrowed = [m for m in agents if CLASS_NARROWED_AFTER.match(unit.text, m[1]) or _narrowed_class(unit.text, m)]
        agents = [m for m in agents if m[3] != "DrugClass" or m not in narrowed]
        partners = dict.fromkeys(m[2] for m in agents if m[2] != owner and m[2] not in stated)
        qualifiers = (("interactionOutcome", effects),) if effects else ()
        # ("may add to", "could add to": the clause's hedge is the claim's certainty)
        hedges = list(HEDGE_WORD.finditer(unit.text, opens, match.start("what")))
        certainty = HEDGES[hedges[-1].group(1).lower()] if hedges else "Asserted"
        out += [
            Found(owner, "interactsWith", p, "worsens-its-effect", False, certainty, qualifiers, Decimal("0.5"),
                  resolved_from=ctx.title)
            for p in partners
        ]  # fmt: skip
    return out


#: "Never take A (or B) at the same time", "Do not use A together": a prohibition of taking the agents named between
#: the verb and "at the same time / together" along with the drug the text is about (decision 0723).
SAME_TIME = re.compile(
    r"\b(never|do not|don't|must not|mustn't|should not|shouldn't)\s+(take|use|give)\b(?P<what>[^.;:]{1,90}?)"
    r"\b(at the same time|together)\b",
    re.I,
)
#: "the two together may cause Y", "together they can raise Y", "A and X together can cause Y": an effect of the pair.
TOGETHER = re.compile(
    r"\b(the two|both|they)\s+together\b|\btogether,?\s+(they|the two)\b|\band\s+[*_]*[\w-]+[*_]*\s+together\b",
    re.I,
)
#: Right before a class: an opening bracket ("A and B (calcium channel blockers)"): the class glosses what was named.
BRACKET_OPENS = re.compile(r"\(\s*((an?|the)\s+)?$")
#: After TOGETHER: a verb of an effect of the pair ("may cause", "can raise", "can slow"), not "can be taken"; also
#: "can (dangerously) drop", "irritate", "strain", "disturb", "bring on", "send", "are harder on" (decision 0969).
PAIR_EFFECT = re.compile(
    r"\s*,?\s*((can|may|might|could|will|would|often)\s+)?(also\s+|dangerously\s+|further\s+)?(raise|increase|"
    r"cause|slow|lead|make|harm|damage|push|lower|reduce|double|add|affect|put|narrow|injur|irritat|drop|strain|"
    r"disturb|send|bring\w*\s+on\b|dampen|upset|overload|worsen|(are|is)\s+(harder|hard|rough|tough)\s+on\b)\w*\b",
    re.I,
)
#: Right before a mention: a count of what was named ("the two antibiotics", "both medicines", "these tablets").
COUNTED = re.compile(r"\b(two|both|these|those)\s+$", re.I)
#: "A and B should not be taken together", "so the two are never given together": a warning against the pair that
#: names no partner after it ("together with A" is the combined-with cue's); decision 0969.
NOT_TOGETHER = re.compile(
    r"\b(should|must|are|is)\s*(not|n't|never)\s+(be\s+)?(taken|used|given|prescribed|combined|mixed)\s+together\b"
    r"(?!\s+with\b)",
    re.I,
)


#: Right before an agent: a denied interaction with it ("X doesn't interact with her A", "it does not react with the
#: B"): the sentence says the drug and that agent do not interact, so a later "the two together" is about another pair
#: ("..., but if she needs B alongside it, ... because the two together can push it too high"; decision 1053).
DENIED_WITH = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?(?:interact|interfere|react)\w*\s+with\s+"
    r"(?:(?:the|a|an|any|my|your|his|her|their|our|its)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


#: Right before TOGETHER: a reason clause opened after a comma ("..., as together they may ...", "because the two
#: together could ..."), whose modal hedges the reason, not a warning before it (decision 0860).
WARNING_REASON = re.compile(r"(,\s*|\s)(as|because|since)\s+$", re.I)


def _taken_together(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """Interactions stated as taking two things at once (combined-with, decision 0723): "Never take A or B at the same
    time" warns against A and B with the drug the title names; "... paracetamol ...: the two together may cause Y",
    "X and A together can cause Y" name the pair by its effect. The partner must be the only agent besides the drug
    ("the two" with two other agents named are those two), and "Do not take A and B at the same time" pairs A with
    B, not with the drug. Nothing for a negated clause, nor for a partner the sentence's claims already relate.

    >>> ctx = Discourse(main="x", title="X tablets")
    >>> u = Unit("Never take A or B at the same time.", [(11, 12, "a", "Drug"), (16, 17, "b", "Drug")])
    >>> [f.object for f in _taken_together(u, ctx, [])]
    ['a', 'b']
    >>> _taken_together(Unit("Do not take A and B at the same time.", [(12, 13, "a", "Drug"), (18, 19, "b", "Drug")]),
    ...                 ctx, [])
    []
    """
    owner = titled(ctx)
    if owner is None:
        return []
    stated = {end for f in found if f.predicate == "interactsWith" for end in (f.subject, f.object)}
    # (not a class glossing a drug in brackets, "A (calcium channel blockers)", nor what something is, "Both are
    # CNS depressants")
    agents = [
        m for m in unit.mentions
        if m[3] in CHEMICAL and m[2] != owner and m[2] not in stated
        and not (m[3] == "DrugClass" and (BRACKET_OPENS.search(unit.text, 0, m[0]) or _aside(unit.text, m)))
        and not DENIED_WITH.search(unit.text, max(0, m[0] - 80), m[0])
    ]  # fmt: skip
    partners: dict[str, str] = {}  # partner -> certainty
    same = SAME_TIME.search(unit.text)
    if same:
        inside = [m for m in agents if same.start("what") <= m[0] and m[1] <= same.end("what")]
        between = [unit.text[a[1] : b[0]] for a, b in itertools.pairwise(inside)]
        if not any(m[2] == owner for m in unit.mentions if same.start("what") <= m[0] < same.end("what")) and not any(
            re.search(r"\band\b", gap) for gap in between
        ):
            partners.update((m[2], "Asserted") for m in inside)
    warned = NOT_TOGETHER.search(unit.text)
    if warned:
        named = any(m[2] == owner for m in unit.mentions if m[1] <= warned.start())
        # ("the two antibiotics work against each other, so they are not given together": a class that counts the
        # pair named before it is none of its partners)
        distinct = list(
            dict.fromkeys(m[2] for m in agents if m[1] <= warned.start() and not COUNTED.search(unit.text, 0, m[0]))
        )
        if named or len(distinct) == 1:
            partners.update((p, "Asserted") for p in distinct[:3])
    together = TOGETHER.search(unit.text)
    effect = PAIR_EFFECT.match(unit.text, together.end()) if together else None
    if effect and not NEGATION_WORD.search(unit.text[together.start() : effect.end()].lower()):
        named = any(m[2] == owner for m in unit.mentions)
        distinct = list(dict.fromkeys(m[2] for m in agents))
        if named or len(distinct) == 1:
            modal = (effect.group(2) or "").lower()  # ("the two together may cause Y": Possible)
            if WARNING_REASON.search(unit.text, 0, together.start()) and PROHIBITION.search(
                unit.text, 0, together.start()
            ):
                # ("A should not be taken with it, as together they may raise Y": the modal is the reason's, the
                # warning before it asserts; decision 0860)
                modal = ""
            for p in distinct[:3]:
                partners.setdefault(p, HEDGES.get(modal, "Asserted"))
    return [Found(owner, "interactsWith", p, "combined-with", False, certainty, (), Decimal("0.5"),
                  resolved_from=ctx.title)
            for p, certainty in partners.items()]  # fmt: skip


#: Before a sentence's opening cue of signs, whose they are: no one ("Common symptoms are A") or a person who has the
#: condition the passage is about ("Geoff's first symptoms were A", "Her main symptoms were A"; decision 0874). Not
#: "your" (the reader's signs of anything: a drug's effects), nor "its" (measured on the development sets, "Its main
#: signs are A" gave as many claims at another grain than the golds' as right ones: decision 0874).
SIGNS_OWNER = re.compile(r"[\W_]*(?:(?:(?i:his|her|their)|[A-Z][a-z]+(?:'s|\u2019s))\s+)?")
#: A person's signs before the cue ("Geoff's first signs were A", "Her main symptoms were A", "In my case the first
#: signs were A"): under the heading where a story's person was said to have an illness, that illness's (0889).
PERSON_SIGNS = re.compile(
    r"[\W_]*(?:(?i:in\s+(?:my|his|her|their|our)\s+case),?\s+|(?:(?i:his|her|their|my|our)|[A-Z][a-z]+(?:'s|\u2019s))\s+)"
)
#: "Its" before the cue ("Its symptoms are A", "Its usual signs are B"): the signs of the illness the running sentences
#: are about (decision 0889: the one a sentence opened with or a story's person has, or a heading asked about; 0874
#: had left "its" out when any condition named before could own it).
ITS_SIGNS = re.compile(r"[\W_]*its\s+", re.I)


def _unowned_symptoms(unit: Unit, ctx: Discourse, low: str, ascii: bool) -> list[Found]:
    """ "Common symptoms are A and B" opening a sentence that names no condition of its own before the list: the
    phenotype of the condition the last sentences are about (ctx.condition; symptoms-anaphor), else of the one
    condition the last sentence naming anything named without an agent ("The nurse said that Y comes from Z. The main
    signs are A and B": ctx.last_condition, as a lead of symptoms takes it; decision 0749)."""
    cue = _search(active.SYMPTOMS_ANAPHOR, unit.text, low, ascii)
    if cue is not None and ITS_SIGNS.fullmatch(unit.text, 0, cue.start()):
        return _its_signs(unit, ctx, cue)
    story = story_owner(ctx, unit.heading) if cue is not None else None
    if story and PERSON_SIGNS.fullmatch(unit.text, 0, cue.start()):
        return _its_signs(unit, ctx, cue, story)  # ("Derek has Y. ... In my case the first signs were A": 0889)
    if cue is None or not SIGNS_OWNER.fullmatch(unit.text, 0, cue.start()) or not (ctx.condition or ctx.last_condition):
        return []
    # (the condition of the sentences before only when the sentence right before is about it, as its subject, or it
    # is the passage's topic (a heading asks about it), else the previous sentence's one condition with no agent:
    # "NSAIDs can cause A or B. Signs are C" names no owner of C; decision 0755)
    topic = ctx.condition in (ctx.said_of, ctx.passage_condition)
    owner = ctx.condition if ctx.condition and topic else ctx.last_condition
    if owner is None and ctx.passage_condition:
        owner = ctx.passage_condition  # ("## What is Y?" ... "Her first signs were A": its; decision 0874)
    if owner is None or any(m[2] == owner and m[0] >= cue.end() for m in unit.mentions):
        # (decision 1016) the owner itself among the signs listed ("The signs were a fever that would not settle, a
        # dry cough and ..." after a sentence about the fever): the signs of something else, not its own
        return []
    out = []
    for obj in _objects(unit, cue.end(), set(COND), skip=owner, agents=AGENT):
        st = _status(unit, obj)
        if not st.absent:
            words = unit.text[cue.start() : cue.end()].strip()
            out.append(
                Found(owner, "hasPhenotype", obj[2], "symptoms-anaphor", st.negated, st.certainty, (),
                      Decimal("0.5"), words)
            )  # fmt: skip
    return out


def _its_signs(unit: Unit, ctx: Discourse, cue: re.Match, owner: str | None = None) -> list[Found]:
    """ "Its symptoms are A and B": the phenotype of the illness the running sentences are about (decision 0889): the
    one a story's person was said to have under the same heading ("Derek has Y. Scar tissue builds up in the lungs.
    Its main signs are A"), else the one the sentence before opened with (ctx.said_of), else the one a sentence
    opened with since (ctx.sentence_condition), else a heading's illness; `owner` when the caller knows it. Never of
    an effect of a drug the sentence before warned of ("Its warning signs are": warning-signs), nor when the
    sentence names an agent."""
    owner = owner or story_owner(ctx, unit.heading) or ctx.said_of or ctx.sentence_condition or ctx.passage_condition
    if owner is None or ctx.warned_of or any(m[3] in AGENT for m in unit.mentions):
        return []
    words = unit.text[: cue.end()].strip()
    out = []
    for obj in _objects(unit, cue.end(), set(COND), skip=owner, agents=AGENT):
        st = _status(unit, obj)
        if not st.absent:
            out.append(
                Found(owner, "hasPhenotype", obj[2], "symptoms-anaphor", st.negated, st.certainty, (),
                      Decimal("0.5"), words)
            )  # fmt: skip
    return out


#: A sentence that opens with a formulation cue and leaves its subject out, as labels and notes do: "Available as
#: plain tablets and an oral solution.", "Comes as a cream." (decision 0673).
FORMS_OPENING = re.compile(r"^[\W_]*(also )?(available|comes|supplied|sold|dispensed) (only )?(as|in)\b", re.I)


#: A heading about how the drug is taken ("How is it taken?", "Taking it", "How to use it", "Dosage").
TAKING_HEADING = re.compile(
    r"^[\W_]*(how (is it|are they|do (i|you)|to|should (i|you)|it is)( \w+)? (take|taken|use|used|given)|"
    r"(taking|using) (it|this medicine|the medicine|your medicine|them)|dosage|doses? and forms?)\b",
    re.I,
)
#: Before a form that opens a fragment under such a heading: "As", an article, an amount ("- Tablets of 5 mg",
#: "As **tablets** (5 mg ...)", "- An **oral suspension**").
FORM_FRAGMENT = re.compile(r"[\W_]*((as|in)\s+)?((an?|the)\s+)?[*_]{0,2}", re.I)


def _taken_as(unit: Unit) -> re.Match | None:
    """The heading of a section about taking the drug, when the unit is a fragment that opens with a form ("## Taking
    it / - Tablets of 5 mg"; decision 0693): the form is the drug's, as under a heading of forms.

    >>> u = Unit("- Tablets of 5 mg, once a day", [(2, 9, "tablet", "Formulation")], heading="How is it taken?")
    >>> bool(_taken_as(u)), bool(_taken_as(Unit(u.text, u.mentions, heading="Side effects")))
    (True, False)
    """
    first = unit.mentions[0] if unit.mentions else None
    if first is None or first[3] != "Formulation" or not FORM_FRAGMENT.fullmatch(unit.text, 0, first[0]):
        return None
    return TAKING_HEADING.match(unit.heading.strip())


def _listed_forms(unit: Unit, ctx: Discourse) -> list[Found]:
    """The dosage forms of a labelled field ("HOW SUPPLIED: tablets 650 mg", "Forms: tablets, an injection") or of
    the lines under such a heading, when the sentence names no drug: forms of the document's drug, as its title or
    its DRUG field names it (forms-field, decision 0642; resolved from the label)."""
    label = (
        FORMS_LABEL.match(unit.text.strip())
        or FORMS_OPENING.match(unit.text.strip())
        or FORMS_LABEL.match(unit.heading.strip())
        or _taken_as(unit)
    )
    owner = titled(ctx) if label else None
    # (the drug's own brand name in the line is no other drug: "enteric-coated tablets (Deltacortril Enteric)")
    if (
        owner is None
        or any(m[3] in AGENT and m[2] != owner for m in unit.mentions)
        or NEGATION_WORD.search(unit.text.lower())
    ):
        return []
    return [
        Found(owner, "hasFormulation", m[2], "forms-field", confidence=Decimal("0.5"), resolved_from=label.group())
        for m in unit.mentions
        if m[3] == "Formulation"
    ]
