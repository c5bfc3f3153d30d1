"""Relate mentions into claims: general patterns over cue words and entity classes, one sentence at a time.

Each rule names a predicate, the cue words that signal it and the classes its subject and object may have;
its name becomes the evidence's dkg:method. Negation and hedging come from ConText (graph_build/text/negation.py);
claims whose subject or object do not fit the predicate's domain or range (ontology) are dropped.

The rules in use live in rules_in_use.py (`using_rules`); the rules themselves in relate_cues.py ("subject cue
objects"), relate_sentence_rules.py (rules whose logic is code), relate_interactions.py and relate_unowned.py (claims
whose owner the sentence does not name); relate_objects.py finds a cue's objects. This module relates one unit
(`relate_unit`), keeps the discourse (`update`) and checks a claim's ends (`keep`).
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re

from graph_build.text import compared_owners, foods, grain, interaction_hedges, partner_pairs
from graph_build.text import rules_in_use as active
from graph_build.text.after_event import after_event_uses
from graph_build.text.alongside_effects import alongside_effects
from graph_build.text.alternative_uses import ALTERNATIVE_WORDS, alternative_uses, denied_in
from graph_build.text.answered_groups import answered_group, inline_answer
from graph_build.text.avoid_advice import warnings_not_denials
from graph_build.text.avoided_partners import avoided_partners
from graph_build.text.blood_levels import blood_levels
from graph_build.text.caused_signs import caused_signs
from graph_build.text.class_forms import class_forms
from graph_build.text.compared_uses import compared_use
from graph_build.text.condition_medicine import condition_medicines
from graph_build.text.condition_passage import (
    body_chemical,
    diagnosed,
    note_passage_condition,
    passage_signs,
    placed_pains_dropped,
)
from graph_build.text.consequences import consequence_hedges, own_frequency, subject_may
from graph_build.text.contrasted_reactions import contrasted_reactions_dropped
from graph_build.text.coordinated import JOIN
from graph_build.text.doubts import ENDOGENOUS
from graph_build.text.effect_passages import person_effects
from graph_build.text.event_signs import signs_dropped
from graph_build.text.exemplified import accompanied_denial_dropped, exemplified_class_dropped
from graph_build.text.focus_turns import defines_illness, reverse_turn
from graph_build.text.framed_claims import FRAME_WORDS, OPENING_SUPPOSITION, framed_claims, supposed_claims
from graph_build.text.frequency_hedges import frequency_hedges
from graph_build.text.frequency_leads import frequency_lead
from graph_build.text.frequency_modals import EFFECTS as LATER_EFFECTS
from graph_build.text.frequency_modals import frequency_modals
from graph_build.text.fronted_partners import FRONTED, fronted_partners
from graph_build.text.fronted_uses import fronted_uses
from graph_build.text.help_advice import help_advice
from graph_build.text.illness_leads import is_illness_lead
from graph_build.text.insufficient_effects import USE_PREDICATES, insufficiency_dropped
from graph_build.text.item_hedges import item_hedges, lead_hedges
from graph_build.text.joint_effects import joint_effects_dropped
from graph_build.text.kind_referents import (
    KINDS,
    kind_referents,
    likened_owner_dropped,
    narrowed_kind_dropped,
    note_kinds,
)
from graph_build.text.later_modals import later_modals
from graph_build.text.later_signs import WHO_WORDS as LATER_WHO
from graph_build.text.later_signs import later_some_signs
from graph_build.text.later_some_effects import later_few_effects
from graph_build.text.led_partners import led_partners
from graph_build.text.level_pronouns import level_pronoun_partners
from graph_build.text.named_causes import WORDS as NAMED_CAUSE_WORDS
from graph_build.text.named_causes import named_causes
from graph_build.text.named_cells import cell_effects_dropped
from graph_build.text.negation import corrected_by_next, statuses
from graph_build.text.numbered_classes import numbered_classes
from graph_build.text.owners import (
    EFFECTS_HEADING,
    INTERACTIONS_HEADING,
    NOTICE_LEAD,
    heading_owner,
    in_section,
    note_section,
)
from graph_build.text.part_of_signs import part_of_signs
from graph_build.text.partner_uses import partner_uses
from graph_build.text.people_words import people
from graph_build.text.person_uses import note_person_condition, person_uses
from graph_build.text.population_uses import population_uses
from graph_build.text.processes import hedged_by_lead, note_list
from graph_build.text.product_names import PRODUCT_AFTER, product_effects_dropped
from graph_build.text.qualified_groups import qualified_groups_dropped
from graph_build.text.qualified_uses import BROAD_USES, broad_uses_dropped
from graph_build.text.relate_cues import _cue_claims
from graph_build.text.relate_interactions import (
    CLAUSE_TURN,
    _fine_together,
    _interactions,
    _no_interaction,
    both_drugs,
)
from graph_build.text.relate_objects import _fits
from graph_build.text.relate_sentence_rules import (
    ALLERGEN_BEFORE,
    _forbids,
    _rebound,
    _special,
    _stopping,
    _stopping_effects,
    denies_a_use,
    members_share_use,
    quantified_kinds,
    teenagers_too,
)
from graph_build.text.relate_unowned import (
    _added_effect,
    _condition_course,
    _felt_on_stopping,
    _felt_under_stopping,
    _forbidden_partners,
    _listed_contraindications,
    _listed_forms,
    _listed_interactions,
    _listed_symptoms,
    _listed_uses,
    _partner_effects_dropped,
    _people_with,
    _taken_together,
    _unowned_effects,
    _unowned_symptoms,
    _warning_signs,
    _worsened_effect,
    note_last_condition,
    note_run_in_effects,
    note_symptoms_lead,
    partner_effects_in_section,
    warned_illness,
)
from graph_build.text.relative_uses import relative_uses
from graph_build.text.restricted_denials import possessor_denials, restricted_denials, uncommon_effects
from graph_build.text.retold_signs import retold_signs
from graph_build.text.reversed_denials import reversed_denials
from graph_build.text.rules_in_use import ACTIVE, _anchored, _finditer, _may_match, _rules_naming, _search, using_rules
from graph_build.text.same_effect import interacted, same_as_before
from graph_build.text.sign_owners import GENERAL_OWNERS, general_owners_dropped
from graph_build.text.so_does import so_does_partners
from graph_build.text.some_people_effects import some_people_effects
from graph_build.text.started_on import keeps_use, started_on, started_on_for_use
from graph_build.text.stated_statuses import stated_statuses
from graph_build.text.story_illness import note_story_illness
from graph_build.text.subjects import CONDITION_PRONOUN, clause_start, no_owner
from graph_build.text.symptom_of_use import GENERAL as GENERAL_SYMPTOMS
from graph_build.text.symptom_of_use import symptom_of_use
from graph_build.text.target_grain import kind_targets_dropped
from graph_build.text.thing_for import thing_for_dropped
from graph_build.text.topic import listed_partner, topic
from graph_build.text.unaffected import unaffected
from graph_build.text.units import AGENT, CHEMICAL, COND, DISEASE, PROCESS, Discourse, Found, Unit
from graph_build.text.unlike import contrasted_agents, contrasted_subject, contrasted_uses
from graph_build.text.use_contexts import use_contexts
from graph_build.text.use_severity import use_severity

__all__ = ["ACTIVE", "COND", "Discourse", "Found", "Unit", "keep", "relate_unit", "update", "using_rules"]


def __getattr__(name: str) -> object:
    """The rules in use by their former names here (`relate.CUE_RULES`, `relate.GUARDS`, ...): read from rules_in_use
    at each access, so that they follow `using_rules`.

    >>> import graph_build.text.relate as relate
    >>> from graph_build.text.rules import load_rules
    >>> with using_rules(load_rules()) as rules:
    ...     relate.CUE_RULES is rules.cue_rules
    True
    """
    if name in RULE_NAMES:
        return getattr(active, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The names `rules_in_use._install` binds.
RULE_NAMES = frozenset({"CUE_RULES", "USE_STATUS", "GUARDS", "LOWER", "YIELDS", *active.SENTENCE_CUES})

#: A prohibition with a condition is no contraindication: "should not take X without a dose adjustment".
#: (In the cue's own clause: "not recommended in pregnancy, unless there is no safer choice" still forbids.)
#: ("unless a doctor has weighed the risks", "unless your doctor tells you to": the prohibition stands, the doctor's
#: judgement is its only exception)
CONDITIONAL = re.compile(
    r"^[^.;,]*?\b(without|unless(?! (an?|your|the|their) (doctor|specialist|prescriber)s?\b)|except)\b", re.I
)
#: Before "avoid" in its clause: a help to avoid something ("it helps people with Y avoid Z") forbids nothing.
HELPS_AVOID = re.compile(r"\bhelp(s|ed|ing)?\b( [\w'-]+){1,6} $", re.I)
#: Right after "avoid": an activity other than taking the drug ("should avoid breathing in the dust"): handling
#: advice, no prohibition of the drug (decision 0877).
AVOIDED_ACTIVITY = re.compile(
    r"\s+(?!(?:taking|using|having|giving|prescribing|starting|being|during|anything|everything|something|nothing)\b)"
    r"[a-z]+ing\b",
    re.I,
)
#: After a prohibition cue: a use is denied ("should not be used to treat X", "must not be given for X").
DENIED_USE = re.compile(
    r"\s*(to (treat|manage|relieve|cure|prevent)|for (treating|the treatment of)|as a treatment)\b", re.I
)
#: A question asserts nothing ("Can X help with Y?"); the sentence ends in a question mark.
QUESTION = re.compile(r"\?[\s\"')\]]*$")


#: "cannot take it" (decision 0945) under a denial of its own clause ("Breastfeeding does not mean you cannot take it",
#: "There is no reason you can't have it"): no prohibition; a condition's own "not" is none ("high blood pressure that
#: is not under control cannot take it").
CANNOT = re.compile(r"(cannot|can not|can['’]t)\b", re.I)
DENIAL_BEFORE = re.compile(
    r"(\bnot|n['’]t)\s+(necessarily\s+)?mean\b|\bno reason\b|\bnot true\b|\bnot the case\b|\bnothing (says|to say)\b",
    re.I,
)
#: Between an allergen and a drug coordinated with it: "allergic to B or to another C", "reacted to B, or other Cs".
ALLERGEN_COORDINATED = re.compile(r"\s*,?\s*(or|and)\s+(to\s+)?((an)?other|any other|similar|related)?\s*$", re.I)


def allergen(unit: Unit, mention: tuple) -> bool:
    """Whether a drug's mention is one the reader is allergic to ("allergic to B", "has reacted badly to B", "... or to
    another C"): no topic of the sentences after it ("- anyone who has reacted to B or another NSAID", then "- anyone
    with Y" under "Who must not be given it?": the list is still the drug's; decision 0945).

    >>> u = Unit("- anyone allergic to b or to another c", [(21, 22, "b", "Drug"), (37, 38, "c", "Drug")])
    >>> [allergen(u, m) for m in u.mentions], allergen(Unit("b helps", [(0, 1, "b", "Drug")]), (0, 1, "b", "Drug"))
    ([True, True], False)
    """
    before = [m for m in unit.mentions if m[1] <= mention[0] and m[3] in ("Drug", "DrugClass")]
    if ALLERGEN_BEFORE.search(unit.text, max(0, mention[0] - 30), mention[0]):
        return True
    return (
        bool(before)
        and bool(ALLERGEN_COORDINATED.fullmatch(unit.text, before[-1][1], mention[0]))
        and allergen(unit, before[-1])
    )


def foreign_allergen(unit: Unit, mention: tuple, ctx: Discourse) -> bool:
    """Whether a drug's mention is an allergen other than the document's drug: no topic ("Who should not take it:
    anyone allergic to X" is still about X, the document's drug; "- anyone who has reacted to B" is not about B)."""
    return mention[2] != ctx.main and allergen(unit, mention)


def _prohibits(unit: Unit, cue: re.Match) -> bool:
    """Whether a prohibition cue forbids the drug to someone: not a denied use, a condition of use or a help."""
    text = unit.text
    if not _forbids(unit, cue):
        return False  # "not recommended for acute pain" denies a use; "... for people with X" forbids one
    if CONDITIONAL.match(text[cue.end() :]):
        return False
    if CANNOT.match(cue.group()) and DENIAL_BEFORE.search(text, clause_start(text.lower(), cue.start()), cue.start()):
        return False  # ("Breastfeeding does not mean you cannot take it": a prohibition denied, decision 0945)
    if cue.group().lower().startswith("avoid") and HELPS_AVOID.search(text, 0, cue.start()):
        return False
    if cue.group().lower().startswith("avoid") and AVOIDED_ACTIVITY.match(text, cue.end()):
        return False
    # "should not be used to treat X" denies a use (a negated treats), it forbids nobody; so does "should not be
    # used for Y" with Y a condition (decision 0754)
    return not DENIED_USE.match(text, cue.end()) and not denies_a_use(unit, cue)


#: Markdown emphasis around a few words of a cue ("**Do not** take X", "X is __not__ for Y", "**Never** take X with
#: Y"): an opening mark before a word, the same mark after the last. A bullet's "* " and an underscore inside a word
#: are no emphasis; nor is a value's ("about **4 hours**": a value, no cue word).
EMPHASIS = re.compile(r"(?<![\w*_])(\*\*|__|\*|_)(?=[^\s*_])([^*_\n\d]{1,40}?)(?<=[^\s*_])\1(?![\w*_])")


#: Words of a cue that emphasis may hold with its object ("**not cause hypos**", "**never take it with alcohol**").
_CUE_WORD = re.compile(r"\b(not|never|no|cause[sd]?|take|use[sd]?|treats?|prevents?)\b", re.I)


def _without_emphasis(unit: Unit) -> Unit | None:
    """The unit read with the emphasis of its cue words removed (None when it has none): emphasis around a name is
    kept, it says what the name is to the sentence ("**Codeine** (an opioid)"); the mentions move onto the plain
    text and keep ConText's verdicts on the text as written (decision 0715)."""
    if "*" not in unit.text and "_" not in unit.text:
        return None  # (no mark, no emphasis: no scan; decision 0894)
    marks = []
    for match in EMPHASIS.finditer(unit.text):
        inside = [m for m in unit.mentions if m[0] < match.end(2) and match.start(2) < m[1]]
        # (a cue's words with its object, "does **not cause hypos**", are a cue's emphasis too: decision 0721)
        rest = unit.text[match.start(2) : match.end(2)]
        for m in sorted(inside, reverse=True):
            rest = rest[: max(0, m[0] - match.start(2))] + rest[m[1] - match.start(2) :]
        if not inside or (inside[0][0] > match.start(2) and _CUE_WORD.search(rest)):
            marks += [match.span(1), (match.end(2), match.end())]
    if not marks:
        return None
    at, plain = [], []
    for i, char in enumerate(unit.text):
        at.append(len(plain))
        if not any(a <= i < b for a, b in marks):
            plain.append(char)
    at.append(len(plain))
    mentions = [(at[m[0]], at[m[1]], m[2], m[3]) for m in unit.mentions]
    spans = [(m[0], m[1]) for m in unit.mentions]
    read = [corrected_by_next(st, unit.following) for st in statuses(unit.text, spans)]
    verdicts = dict(zip([m[0] for m in mentions], read, strict=True))
    return dataclasses.replace(unit, text="".join(plain), mentions=mentions, statuses=verdicts)


def relate_unit(unit: Unit, ctx: Discourse) -> list[Found]:
    """Claims in one unit of text, and those its cues give once their Markdown emphasis is seen through ("**Do not**
    take X if you have Y": decision 0715); a claim of the plain reading that the written one gives with the other
    polarity is left out.

    >>> u = Unit("**Do not** take X if you have Y.", [(16, 17, "x", "Drug"), (30, 31, "y", "Disease")])
    >>> [(f.subject, f.predicate, f.object, f.negated) for f in relate_unit(u, Discourse())]
    [('x', 'contraindicatedIn', 'y', False)]
    """
    reverse_turn(unit, ctx)  # ("The reverse can happen too: it may raise B": the document's drug; decision 0866)
    if (unit.bullet or unit.item) and compared_owners.CUE.search(unit.text):
        # ("- drowsiness, less than older A": the list's drug's effect, not A's; what else the item says of A stays)
        stripped = compared_owners.without_compared(unit)
        if stripped is not unit:
            owned = _read_unit(stripped, copy.deepcopy(ctx))
            return compared_owners.owners_effects(_read_unit(unit, ctx), owned, unit, stripped)
    return _read_unit(unit, ctx)


def _read_unit(unit: Unit, ctx: Discourse) -> list[Found]:
    """`relate_unit`'s reading of `unit`, its emphasis seen through."""
    plain = _without_emphasis(unit) if unit.mentions else None
    if plain is None:
        return _relate_unit(unit, ctx)
    seen = copy.deepcopy(ctx)
    found = _relate_unit(unit, ctx)
    written = {(f.subject, f.predicate, f.object) for f in found}
    return found + [f for f in _relate_unit(plain, seen) if (f.subject, f.predicate, f.object) not in written]


def _relate_unit(unit: Unit, ctx: Discourse) -> list[Found]:
    """Claims in one unit of text.

    >>> u = Unit("Klonopin is used to treat seizures.", [(0, 8, "clonazepam", "Drug"), (26, 34, "seizure", "Symptom")])
    >>> [(f.subject, f.predicate, f.object) for f in relate_unit(u, Discourse())]
    [('clonazepam', 'treats', 'seizure')]
    """
    text, found = unit.text, []
    low = text.lower()
    ascii = text.isascii()
    # The classes the unit names: a rule whose objects (or interacting agents) it does not name finds nothing, so
    # its cue is not looked for.
    named = {m[3] for m in unit.mentions}
    if QUESTION.search(text):
        ctx.interacted = ctx.used_for = None
        return []  # a question ("Can X help with Y?") asserts nothing
    # every prohibition cue of the sentence that forbids someone ("contraindicated in A because ..., and it should not
    # be taken by people with B"); the first is the sentence's
    cues = [cue for cue in _finditer(active.CONTRA, text, low, ascii) if _prohibits(unit, cue)]
    contra = cues[0] if cues else None
    interaction = None if CHEMICAL.isdisjoint(named) else _search(active.INTERACTION, text, low, ascii)
    # an interaction cue counts once it names two agents ("a rash while taking X" is no interaction)
    interactions = both_drugs(_interactions(unit, ctx, interaction), ctx) if interaction else []
    if interaction:  # a later clause's own cue ("A interacts with B, but it does not interact with C": 0715)
        later = (c for c in _finditer(active.INTERACTION, text, low, ascii) if c.start() >= interaction.end())
        turned = next((c for c in later if CLAUSE_TURN.search(text, interaction.end(), c.start())), None)
        interactions += _interactions(unit, ctx, turned) if turned else []
        # (two partners of the document's drug the sentence speaks of are not each other's: decision 1093)
        interactions = partner_pairs.partners_unpaired(interactions, unit, ctx)
    if interactions and "DrugClass" in named:
        interactions = _class_of_partner_dropped(unit, interactions)
    if interactions and "Substance" in named:  # ("taking it with food helps": advice, no interaction; 0748)
        interactions = foods.advice_dropped(text, interactions)
    if all(f.rule == "interaction-denied" for f in interactions):
        interaction = None  # (a denied interaction names no combination whose effects are not the drug's own)
    # (the mention first: most sentences have none, and then the cue is not looked for)
    withdrawal = any(m[2] == "withdrawal-syndrome" for m in unit.mentions) and bool(
        _search(active.WITHDRAWAL, text, low, ascii)
    )
    stopping = None if withdrawal or not _may_match(active.STOPPING, low, ascii) else _stopping(text)
    sentence = (contra, interaction, withdrawal, stopping)
    for rule in _anchored(_rules_naming(named), low, ascii):  # (the others cannot match)
        found += _cue_claims(rule, unit, ctx, low, ascii, named, sentence)
    found += _special(unit, ctx, contra, withdrawal, low, named, tuple(cues[1:])) + interactions
    if stopping:
        found += _stopping_effects(unit, ctx, stopping)
    elif "stop" in low and not COND.isdisjoint(named):
        found += _rebound(unit, ctx)  # ("when it is stopped, the symptoms come back": decision 0673)
        found += _felt_on_stopping(unit, ctx)  # ("... and some children are tearful": decision 0695)
    elif "end of" in low and not COND.isdisjoint(named):
        found += _felt_on_stopping(unit, ctx)  # ("at the end of treatment some people get A": decision 0695)
    if not COND.isdisjoint(named) and not (contra or interaction or withdrawal or stopping):
        found += _unowned_effects(unit, ctx, low, ascii, found)
        if unit.heading or ctx.effects_passage:  # ("In the first few weeks I had A": decision 0890)
            found += person_effects(unit, ctx, found)
        if unit.heading or ctx.section:  # ("Can I stop it?" / "Some people get A": decision 0757)
            found += _felt_under_stopping(unit, ctx, found)
    if (ctx.condition or ctx.last_condition or ctx.said_of or ctx.sentence_condition) and not COND.isdisjoint(named):
        found += _unowned_symptoms(unit, ctx, low, ascii)  # ("Its symptoms are A": decision 0889)
    # (under a heading or a lead of interactions, or a line labelled as one: decision 0693)
    if unit.bullet and (unit.heading or ctx.lead):
        found = _partner_effects_dropped(unit, ctx, found + _listed_interactions(unit, ctx, found))
    elif ":" in text[:48]:
        found += _listed_interactions(unit, ctx, found)
    if unit.heading and any(f.predicate == "hasAdverseEffect" for f in found):
        found = partner_effects_in_section(unit, ctx, found)  # ("B may increase the risk of Y" there: 0806)
    if "no " in low and "interaction" in low and not CHEMICAL.isdisjoint(named):
        found += _no_interaction(unit, ctx, found)  # ("as there is no interaction": issue 13, decision 0645)
    food = "Substance" in named and any(m[2] in foods.SLUGS for m in unit.mentions)
    if ("fine" in low or "safe" in low or "ok" in low or "effect on" in low) and ("Drug" in named or food):
        found += _fine_together(unit, ctx, found)  # ("It is fine to take A", "no important effect on A": 0699)
    if food and ("no" in low or "n't" in low):  # ("Food makes no difference", "Coffee does not affect it": 0748)
        owner = heading_owner(ctx, unit.heading, INTERACTIONS_HEADING) if unit.heading else None
        found += foods.denied(unit, owner or (ctx.main if ctx.focus in (None, ctx.main) else None), found)
    if ("affect" in low or "interfere" in low or "two" in low or "pair" in low) and not CHEMICAL.isdisjoint(named):
        found += unaffected(unit, ctx, found)  # ("A does not affect it", "It is not affected by A": decision 0878)
    groups = not (COND.isdisjoint(named) and "Population" not in named)
    if groups and ":" in text and (inline := inline_answer(unit, (ctx.focus, ctx.main))):
        # ("Who can't have it: people with active TB, and anyone allergic to it.": decision 1067)
        found += _listed_contraindications(inline[0], dataclasses.replace(ctx, lead=inline[1]), found)
    elif groups and (unit.bullet or answered_group(unit, ctx)):
        found += _listed_contraindications(unit, ctx, found)  # (or a paragraph's verbless answer: decision 0973)
    if unit.bullet and not CHEMICAL.isdisjoint(named):
        found += _forbidden_partners(unit, ctx, found)  # ("must not be taken by people who: - are taking A": 0741)
    if unit.bullet and not COND.isdisjoint(named):
        found += _listed_uses(unit, ctx, found)  # ("Doctors use it mainly for:" and its bullets: decision 0673)
    if (
        low.lstrip("*_ ").startswith(("for ", "in ")) or ", and for " in low or ", and in " in low or "; for " in low
    ) and not COND.isdisjoint(named):
        found += fronted_uses(unit, ctx)  # ("For athlete's foot, use X cream": decision 0758; after ", and": 0821)
    if ("medic" in low or "drug" in low or "tablet" in low) and not COND.isdisjoint(named):
        found += condition_medicines(unit, ctx)  # ("X is a migraine medicine": decision 0767)
    if ctx.person_condition and ctx.main:
        found += person_uses(unit, ctx)  # ("Margaret has Y. ... It is a long-term treatment": decision 0875)
    if ctx.treated and COND.isdisjoint(named):
        found += stated_statuses(unit, ctx, found)  # ("X treats Y. ... It is taken long-term": decision 0891)
    if (" with " in low or " who ha" in low) and not COND.isdisjoint(named):
        found += population_uses(unit, ctx)  # ("It is mainly used for people with Y": decision 0809)
    if (" start " in low or " begin " in low or " first " in low) and " with " in low and not COND.isdisjoint(named):
        found += started_on(unit, ctx)  # ("Most people with Y start on Z, and X is kept for ...": decision 0821)
    chosen_first = " start" in low or " first" in low  # ("It is used for Y. Most people start on Z": decision 0841)
    if chosen_first and (ctx.used_for or ":" in text or ";" in text) and not AGENT.isdisjoint(named):
        found += started_on_for_use(unit, ctx)
    if (" after " in low or "following" in low) and " to " in low and not COND.isdisjoint(named):
        found += after_event_uses(unit, ctx)  # ("used after a heart attack, to protect the heart": decision 0787)
    if " with " in low and not COND.isdisjoint(named):
        found += _people_with(unit, ctx, found)  # ("People with Y often notice A": decision 0695)
    if (
        ctx.said_of
        or ctx.asked_condition
        or ctx.sentence_condition
        or ctx.story_illness
        or "untreated" in low
        or "bring" in low
        or "brought" in low
        or " give" in low  # ("Cellulitis gives you A": NAMED_BRINGS, decision 1102)
        or " gave" in low
        or " flare" in low  # ("When her Y flares, she gets A": the illness the possessive names; decision 0913)
    ) and not COND.isdisjoint(named):
        found += _condition_course(unit, ctx, found)  # ("Y affects the ear. It causes A": decision 0695)
    if " part of " in low and not COND.isdisjoint(named):
        found += part_of_signs(unit, found)  # ("insomnia is often part of depression": decision 0913)
    retold = "for " in low or "looking back" in low or "hindsight" in low or "before " in low
    if retold and not COND.isdisjoint(named):
        found += retold_signs(unit, ctx, found)  # ("For Jess it means A", "Looking back, he had A": decision 0958)
    if ("caused by" in low or not COND.isdisjoint(named)) and any(w in low for w in NAMED_CAUSE_WORDS):
        found += named_causes(unit, ctx, found)  # ("A raises the risk of Y", "It is caused by A": decision 0823)
    if any(f.rule == "causes-cue" for f in found) and ("caus" in low or "make" in low):
        found = caused_signs(unit, found)  # ("Very high blood pressure can cause headaches": its sign, decision 0842)
    if low.lstrip("#*_ ").startswith(("the ", "this ")) and any(k in low[:24] for k in KINDS):
        found = kind_referents(unit, ctx, found)  # ("Y, an allergy. The allergy causes A": Y's sign, decision 0874)
    if ("infection" in low or "allerg" in low) and any(f.predicate in ("hasPhenotype", "causes") for f in found):
        found = narrowed_kind_dropped(unit, found)  # ("Threadworm infection can cause A": not every infection's, 0874)
    if (ctx.passage_condition or ctx.sentence_condition or ctx.story_illness) and not COND.isdisjoint(named):
        found += passage_signs(unit, ctx, found)  # ("## What is angina?" ... "Many get breathless": decision 0749)
    if unit.bullet and ctx.symptoms_of and not COND.isdisjoint(named):
        found += _listed_symptoms(unit, ctx, found)  # ("Its typical symptoms are:" and its bullets: decision 0677)
    if any(w in low for w in LATER_WHO) and not COND.isdisjoint(named):
        found = later_some_signs(unit, ctx, found)  # ("It causes A, and some people also get B": decision 0889)
    if "pain" in low and any(f.predicate == "hasPhenotype" and f.object == "pain" for f in found):
        found = placed_pains_dropped(unit, found)  # ("a burning pain in the upper tummy": no bare pain, decision 0889)
    if "Formulation" in named and not any(f.predicate == "hasFormulation" for f in found):
        found += _listed_forms(unit, ctx)  # ("HOW SUPPLIED: tablets 650 mg", decision 0642)
    if "make" in low and not COND.isdisjoint(named) and not interaction:
        found += _worsened_effect(unit, ctx, found)  # (an agent the sentence relates already: none, 0887)
    if (" add" in low or " pil" in low) and not CHEMICAL.isdisjoint(named):
        found += _added_effect(unit, ctx, found)  # ("Alcohol adds to the drowsiness": decision 0723)
    if ("together" in low or "same time" in low) and not CHEMICAL.isdisjoint(named):
        found += _taken_together(unit, ctx, found)  # ("Never take A at the same time": decision 0723)
    if "alongside" in low and not CHEMICAL.isdisjoint(named):
        found += alongside_effects(unit, ctx, found)  # ("A may work less well alongside it": decision 0969)
    if (":" in text or "among them" in low) and "Drug" in named and ("medic" in low or "drug" in low or "remed" in low):
        found += led_partners(unit, ctx)  # ("Some medicines lower its level: A, B and C": decision 0861)
    if ("avoid" in low or "keep" in low or "clear of" in low or "away from" in low) and not CHEMICAL.isdisjoint(named):
        found += avoided_partners(unit, ctx, found)  # ("Grapefruit juice should be avoided": decision 0893)
    if (" it" in low or " the level" in low) and not CHEMICAL.isdisjoint(named):
        found += level_pronoun_partners(unit, ctx, found)  # ("A lowers it, and it may then work less well": 0915)
    if " with " in low and not CHEMICAL.isdisjoint(named) and FRONTED.match(text):
        found += fronted_partners(unit, ctx, found)  # ("Taken with warfarin, it may raise the risk of bleeding": 0926)
    if ("with " in low or "alongside" in low) and not CHEMICAL.isdisjoint(named):
        found = joint_effects_dropped(unit, found)  # ("Taken with B, it may cause Y": the pair's effect, 0942)
    if ctx.interacted and "same" in low and not CHEMICAL.isdisjoint(named):
        found += same_as_before(unit, ctx, ctx.interacted)  # ("A raises X levels. B can do the same.": 0829)
    if " so " in low and any(f.predicate == "interactsWith" and not f.negated for f in found):
        found += so_does_partners(unit, ctx, found)  # ("A raises its level, and so does B": decision 0986)
    if "DrugClass" in named and any(n in low for n in ("two ", "three ", "four ")):
        # ("erythromycin or clarithromycin, two antibiotics": decision 0814)
        known = {(f.subject, f.predicate, f.object) for f in found}
        found += [f for f in numbered_classes(unit) if (f.subject, f.predicate, f.object) not in known]
    if "DrugClass" in named and any(f.predicate == "hasFormulation" for f in found):
        found = class_forms(unit, found)  # ("X is a Y that comes as Z": X's; "Ys given by injection": none, 0976)
    if "DrugClass" in named:
        found = quantified_kinds(unit, found) + members_share_use(found)
        if "similar" in low:  # ("erythromycin and similar antibiotics": not every antibiotic, decision 0698)
            found = grain.similar_class_dropped(text, unit.mentions, found)
    if any(f.predicate == "bindsTo" for f in found):
        found = kind_targets_dropped(unit, found)  # ("attaches to PARP, a repair enzyme": no repair enzyme; 0896)
    if ctx.main or any(f.predicate == "interactsWith" for f in found):
        found = [f for f in found if not _messenger_used(unit, f, ctx.main)]
    # (death is an outcome a drug lowers, never what it is given for: "it did not reduce deaths"; 0643)
    found = [f for f in found if not (f.predicate == "treats" and f.object in OUTCOMES_ONLY)]
    if any(f.predicate == "treats" and f.object in GOALS for f in found):
        found = [f for f in found if not _goal_as_use(unit, f)]
    if " for " in low:
        found = [f for f in found if not _anothers_use(unit, f)]
    if (" is " in low or " are " in low) and any(f.predicate == "treats" for f in found):
        found = thing_for_dropped(unit, found)  # ("The ice machine is for injuries": no medicine; decision 0865)
    if any(f.predicate == "treats" and f.object in BROAD_USES for f in found):
        found = broad_uses_dropped(unit, found)  # ("treats C. diff infection": no use for every infection; 1108)
    if " of " in low:  # ("does nothing for the bloating of IBS": the bloating denied, not IBS; decision 0734)
        found = [f for f in found if not _owner_of_denied_sign(unit, f)]
    if any(f.rule in RAISES_ANOTHER for f in found) or ("level" in low or "concentration" in low):
        found = _combination_outcomes_dropped(unit, found)
    if ctx.main and "DrugClass" in named:
        found = _members_statement(unit, ctx, found)
    if ", " in text and ("which" in low or "that" in low or "who" in low):
        found = _relative_clause_dropped(unit, found)  # ("X does not contain lactose, which can cause Y": 0704)
    if " like " in low or " as if " in low or " as though " in low or " similar to " in low or "resembling" in low:
        # ("shaking like Parkinson's disease": 0706; "like those of Y", "as if they had flu": 0876)
        found = [f for f in found if not _compared_with(unit, f)]
    if (" like " in low or "similar to" in low or "resembling" in low) and any(
        f.predicate == "hasPhenotype" for f in found
    ):
        found = likened_owner_dropped(unit, found, KIND_NOUNS)  # ("an illness like lupus, with a rash": decision 0874)
    if (" as " in low or " than " in low or "like " in low) and any(f.predicate == "treats" for f in found):
        found = [f for f in found if not compared_use(unit, f)]  # ("as the inhalers used for Y": decision 0841)
    if any(f.predicate == "treats" and f.object in GENERAL_SYMPTOMS for f in found):
        found = symptom_of_use(unit, found)  # ("It eases the pain and stiffness of Y": decision 0841)
    if (
        (", which" in low or ", a" in low or ", the " in low or "(a" in low or "(the" in low)
        and " for " in low
        and not AGENT.isdisjoint(named)
        and not COND.isdisjoint(named)
    ):  # ("doxazosin, which men take for BPH": 0854; "Isoniazid, an antibiotic for TB,": 0861)
        found += relative_uses(unit, found)
    if " interact with " in low and " so " in low and " for " in low and not COND.isdisjoint(named):
        found += partner_uses(unit, found)  # ("... not interact with A, so she can take that for Y": decision 0982)
    if "DrugClass" in named and "Drug" in named and any(f.predicate == "interactsWith" for f in found):
        found = _described_partner_dropped(unit, found)  # ("the blood thinner warfarin": decision 0706)
    if "DrugClass" in named and "Drug" in named:
        found = exemplified_class_dropped(unit, found)  # ("some antibiotics, such as erythromycin": decision 0774)
    if " with " in low and any(f.negated for f in found):  # ("not for the heartbeat that comes with Y": 0774)
        found = accompanied_denial_dropped(unit, found)
    if "help" in low and any(f.predicate == "treats" for f in found):
        found = help_advice(unit, found)  # ("get help quickly for Y", "help him press on the wound": 0884)
    if any(f.predicate == "treats" for f in found):
        found = use_contexts(unit, found)  # ("for Y, the itchy, watery eyes ...", "at the site of an injury": 0875)
    if any(f.predicate == "treats" and not f.negated for f in found) and any(
        w in low for w in ("mild", "moderate", "severe", "minor")
    ):
        found = use_severity(unit, found)  # ("used for severe pain": the degree as a qualifier, decision 0891)
    if any((f.negated and f.predicate in ("treats", "causes")) or f.predicate == "contraindicatedIn" for f in found):
        found = restricted_denials(unit, found)  # ("not used for mild Y", "... in children": 0793; "severe Y": 0832)
    if (ctx.denied_uses or any(f.negated and f.predicate == "treats" for f in found)) and ALTERNATIVE_WORDS.search(low):
        found += alternative_uses(unit, ctx, found)  # ("Y, which needs antibiotics", "For that, use A": decision 0891)
    if ("'s " in text or "\u2019s " in text) and any(f.negated for f in found):  # ("not on the brain's Z": 0808)
        found = possessor_denials(unit, found)
    if "not " in low and any(f.predicate == "hasAdverseEffect" for f in found):  # ("not a common side effect": 0793)
        found = uncommon_effects(unit, found)
    if any(f.predicate == "hasAdverseEffect" for f in found) and PRODUCT_AFTER.search(text):
        found = product_effects_dropped(unit, found)  # ("it doesn't affect his asthma inhaler": decision 1030)
    if found and any(w in low for w in FRAME_WORDS):  # ("It's a myth that X causes Y", "X used to be given for Y")
        found = framed_claims(unit, found)  # (decision 0810)
    if found and OPENING_SUPPOSITION.match(text):
        found = supposed_claims(unit, found)  # ("If B does not suit you, because it failed, ...": decision 0812)
    if (unit.bullet or unit.item) and any(f.rule == "side-effect-list" for f in found):
        found = item_hedges(unit, found)  # ("- Blurred vision may occur": decision 0808)
        found = subject_may(unit, found)  # ("- It may also make gout more likely": decision 0885)
        if ctx.lead:
            found = lead_hedges(unit, ctx.lead, found)  # ("Other side effects may include:": decision 0867)
            found = frequency_lead(unit, ctx.lead, found)  # ("Rare:", "Uncommon (up to 1 in 100):": 0885)
    if " blood" in low and ("sodium" in low or "potassium" in low or "magnesium" in low or "blood sugar" in low):
        found = blood_levels(unit, ctx, found)  # ("X may raise the level of potassium in the blood": decision 0813)
    if " with " in low and any(f.predicate == "hasAdverseEffect" for f in found):
        found = signs_dropped(unit, found)  # ("colitis, with pain and diarrhoea": the effect's signs, decision 0912)
    if " cell" in low and any(f.predicate == "hasAdverseEffect" for f in found):
        found = cell_effects_dropped(unit, found)  # ("when cancer cells die": cells, no cancer; decision 0931)
    if any(f.predicate == "hasAdverseEffect" for f in found):
        found = frequency_hedges(unit, found)  # ("- Rarely, A", "Uncommon: A", "A and B are rare": decision 0813)
    if any(w in low for w in LATER_WHO) and any(f.predicate in LATER_EFFECTS for f in found):
        found = later_few_effects(unit, found)  # ("It can make him sick, and some people come out in A": 0919)
    if any(f.certainty == "Possible" for f in found) and (
        "rarely" in low or "occasionally" in low or "some " in low or "a few " in low or "number of" in low
    ):
        found = frequency_modals(unit, found)  # ("Rarely, it may cause A", "It may cause A in a few people": 0888)
    if ("some " in low or "a few " in low or "number of" in low) and any(f.predicate in LATER_EFFECTS for f in found):
        found = some_people_effects(unit, found)  # ("It does make some people drowsy", ": some people get A": 0938)
    if " and " in low and any(f.predicate in LATER_EFFECTS for f in found):
        found = later_modals(unit, found)  # ("can make A worse, and may even bring on B": B Possible, 0938)
    if found and ("so " in low or "mak" in low):
        found = consequence_hedges(unit, found)  # ("It may lower X, so infections can be harder to fight": 0885)
    if found and ("rarely" in low or "occasionally" in low or "seldom" in low or "infrequently" in low):
        found = own_frequency(unit, found)  # ("A, B and C, and rarely D": D rare, not A, B and C; decision 0885)
    if ("if you " in low or " be reported" in low or " attention" in low or "signs" in low or "symptoms" in low) and (
        not COND.isdisjoint(named)
    ):
        found += _warning_signs(
            unit, ctx, found
        )  # ("so contact your GP if you notice A": 0695; "; A must be reported": 0759)
    if ("instead of" in low or "rather than" in low) and any(f.predicate == "hasAdverseEffect" for f in found):
        found = contrasted_reactions_dropped(unit, found)  # ("become restless instead of sleepy": decision 0954)
    if " but " in low and any(f.negated and f.predicate == "hasAdverseEffect" for f in found):
        found = reversed_denials(unit, found)  # ("On its own it doesn't cause Y, but with B it can": decision 0954)
    if "Population" in named and any(f.predicate == "contraindicatedIn" for f in found):
        found = qualified_groups_dropped(unit, found)  # ("Children whose kidneys fail can't take it": 0973)
    owners = {f.subject for f in found if f.predicate == "hasAdverseEffect" and not f.negated}
    ctx.effects_of = owners.pop() if len(owners) == 1 else None  # ("These include Y" in the next sentence)
    ctx.interacted = interacted(unit, ctx, found)  # ("B can do the same" in the next sentence: decision 0829)
    ctx.treated.update((f.subject, f.object) for f in found if f.predicate == "treats" and not f.negated)
    uses = {f.object for f in found if f.predicate == "treats" and not f.negated and f.rule != "relative-use"}
    if len(uses) == 1:  # ("Most people start on Z" next: 0841)
        ctx.used_for = (uses.pop(), unit.heading)
    elif uses or not keeps_use(unit):  # (kept over "It is not the first tablet tried.": decision 0854)
        ctx.used_for = None
    if " ha" in low or " with" in low or " from" in low:
        note_person_condition(unit, ctx)  # ("Margaret has Y": the story's person's illness, decision 0875)
    if not (COND | AGENT).isdisjoint(named):  # ("If you develop A, stop the tablets" next: decision 0695)
        ctx.warned_of = warned_illness(unit, found)
    if "Population" in named and "under" in low:
        found += teenagers_too(unit, found)  # ("not for children under 16": adolescents too, decision 0699)
    if "unlike" in low[:16]:  # ("Unlike A, it works only in Y": the drug's, nothing of A; decision 0865)
        found = contrasted_subject(unit, found, ctx.focus or ctx.main)
    if "unlike" in low[:12] and any(f.negated for f in found):
        found += contrasted_agents(unit, found)  # ("Unlike beta blockers, it does not lower Y": decision 0790)
    if "unlike" in low[:16] and any(f.negated and f.predicate == "treats" for f in found):
        found += contrasted_uses(unit, found)  # ("Unlike paracetamol, it does not relieve pain": decision 0861)
    if any(f.negated and f.predicate == "interactsWith" for f in found):
        found = warnings_not_denials(unit, found)  # ("Do not give A with it: A raises its level": decision 0846)
    if any(f.negated and f.predicate in USE_PREDICATES for f in found):
        found = insufficiency_dropped(unit, found)  # ("X alone was not controlling her Y": decision 0846)
    if any(f.predicate == "hasPhenotype" and f.subject in GENERAL_OWNERS for f in found):
        found = general_owners_dropped(unit, found)  # ("The marrow scars up. My signs were:": no scar's signs; 1130)
    unique: dict[tuple, Found] = {}
    for item in found:
        kept = unique.setdefault((item.subject, item.predicate, item.object, item.negated), item)
        if kept is not item and item.predicate == "interactsWith" and item.qualifiers and not kept.qualifiers:
            # ("Do not take X with A, because A raises its levels and can cause Y": one interaction, the warning's
            # outcome its qualifier whichever rule read it first; decision 0829)
            unique[(item.subject, item.predicate, item.object, item.negated)] = dataclasses.replace(
                kept, qualifiers=item.qualifiers
            )
    # one cue that reads a triple both ways in one sentence ("not a treatment for Y, ... Y" again past the denial's
    # scope): the denial is what the sentence states of it, the other reading a second mention's (decision 0720)
    denied = {(f.subject, f.predicate, f.object, f.rule) for f in unique.values() if f.negated}
    unique = {k: f for k, f in unique.items() if f.negated or (f.subject, f.predicate, f.object, f.rule) not in denied}
    # two rules that read one triple both ways in one sentence ("Do not take X with milk, because milk stops it being
    # absorbed": an asserted interaction from the advice, a denied one from the reason inside the advice's scope): the
    # sentence is not read both ways, so neither claim is kept (lead, round 22)
    both = {k[:3] for k in unique if k[3]} & {k[:3] for k in unique if not k[3]}
    unique = {k: f for k, f in unique.items() if k[:3] not in both}
    # a rule's claim yields to another predicate's on the same ends (rules.yaml's yields_to: an effect that lowers a
    # condition relieves it, "alleviates" says so, "decreases" would say it twice)
    stronger = {(f.predicate, f.subject, f.object) for f in unique.values() if f.predicate in active.YIELDS.values()}
    ctx.denied_uses = denied_in(unit, list(unique.values()))  # ("For that, A is needed" next: decision 0891)
    if "may" in low or "might" in low or "could" in low:
        # ("A raises B, so the dose may need lowering": a later clause's modal hedges no interaction; decision 0796)
        unique = dict(zip(unique, interaction_hedges.scoped(unit, list(unique.values())), strict=True))
        if (unit.bullet or unit.item) and ":" in text:  # ("- Warfarin: its effect may get stronger": decision 0808)
            unique = dict(zip(unique, interaction_hedges.listed(unit, list(unique.values())), strict=True))
    return hedged_by_lead(
        [
            _drug_first(f, ctx.main)
            for f in unique.values()
            if not (f.predicate in active.YIELDS and (active.YIELDS[f.predicate], f.subject, f.object) in stronger)
        ],
        ctx,
        unit,
    )


#: What a statement about a drug's class says of each member: its effects on taking and stopping it, who must not
#: take it (decision 0680). Uses and mechanisms are left to the class: a class is named for them.
MEMBER_PREDICATES = frozenset({"hasAdverseEffect", "hasWithdrawalEffect", "contraindicatedIn"})
#: Before a class's name: the statement is about the class's other members or some of them ("other dopamine
#: agonists", "some beta blockers", "older antiepileptic drugs").
SOME_MEMBERS = re.compile(
    r"\b(other|some|certain|older|newer|many|most|several|few|all|these|those|such)\s+(\w+\s+)?$", re.I
)


def _members_statement(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """`found` with the effects a sentence gives to a class the text has said the document's drug belongs to given
    to the drug: in an article about X, a dopamine agonist, "Coming off a dopamine agonist too fast can cause
    anxiety" says so of X, and a reader (and our gold, decision 0680) takes it so. Only where the sentence names no
    drug (a named drug is whom it is about) and the class is named whole ("other / some Xs" is about other members).

    >>> u = Unit("Stopping a Z suddenly can cause Y.", [(11, 12, "z", "DrugClass"), (33, 34, "y", "Symptom")])
    >>> ctx = Discourse(main="x", main_classes={"z"})
    >>> [(f.subject, f.object) for f in _members_statement(u, ctx, [Found("z", "hasWithdrawalEffect", "y", "r")])]
    [('x', 'y')]
    """
    ctx.main_classes.update(f.object for f in found if f.subject == ctx.main and f.predicate == "isA" and not f.negated)
    if any(m[3] == "Drug" for m in unit.mentions):
        return found
    whole = {
        m[2]
        for m in unit.mentions
        if m[3] == "DrugClass" and m[2] in ctx.main_classes and not SOME_MEMBERS.search(unit.text, 0, m[0])
    }
    return [
        dataclasses.replace(f, subject=ctx.main) if f.subject in whole and f.predicate in MEMBER_PREDICATES else f
        for f in found
    ]


#: Between a class and the drug it describes: "the antibiotic metronidazole", "an antifungal, fluconazole".
CLASS_BEFORE_DRUG = re.compile(r"\s*,?\s*")


def _class_of_partner_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without an interaction with a class named right before the drug it describes: "taken together with the
    antibiotic metronidazole" names metronidazole as the partner, "antibiotic" says what it is (decision 0680).

    >>> u = Unit("A with the antibiotic B.", [(0, 1, "a", "Drug"), (11, 21, "abx", "DrugClass"), (22, 23, "b", "Drug")])
    >>> [f.object for f in _class_of_partner_dropped(u, [Found("a", "interactsWith", "abx", "r"),
    ...     Found("a", "interactsWith", "b", "r")])]
    ['b']
    """
    described = {
        a[2]
        for a, b in itertools.pairwise(unit.mentions)
        if a[3] == "DrugClass" and b[3] == "Drug" and CLASS_BEFORE_DRUG.fullmatch(unit.text, a[1], b[0])
    }
    return [f for f in found if f.predicate != "interactsWith" or not {f.subject, f.object} & described]


#: Between a class and a drug it describes (decision 0706): the class before the drug's name ("the blood thinner
#: **warfarin**") or an apposition after it ("Metronidazole, an antibiotic,"). The partner is the drug the text
#: names; the class says what it is. (Not a class and its examples, "antidepressants such as B": the golds name the
#: class there as often as not.)
CLASS_THEN_DRUG = re.compile(r"[*_]*\s*,?\s*[*_]*")
DRUG_THEN_CLASS = re.compile(r"[*_]*\s*,\s*(an?|the|another|one)\s+([\w-]+\s+){0,2}?[*_]*", re.I)


def _described_partner_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without an interaction with a class whose mention only describes a drug the unit names as the same
    subject's partner: "Metronidazole, an antibiotic, can cause confusion with X", "X raises the levels of the blood
    thinner warfarin", "Antidepressants such as sertraline raise the risk of bleeding with X" give X's interaction
    with the drug, not with the class (decision 0706; decision 0680 did it for a class right before the drug).

    >>> u = Unit("B, an antibiotic, and A.", [(0, 1, "b", "Drug"), (6, 16, "abx", "DrugClass"), (22, 23, "a", "Drug")])
    >>> [f.object for f in _described_partner_dropped(u, [Found("a", "interactsWith", "abx", "r"),
    ...     Found("a", "interactsWith", "b", "r")])]
    ['b']
    """
    described: dict[str, set[str]] = {}
    for a, b in itertools.pairwise(unit.mentions):
        if a[3] == "DrugClass" and b[3] == "Drug" and CLASS_THEN_DRUG.fullmatch(unit.text, a[1], b[0]):
            described.setdefault(a[2], set()).add(b[2])
        elif a[3] == "Drug" and b[3] == "DrugClass" and DRUG_THEN_CLASS.fullmatch(unit.text, a[1], b[0]):
            described.setdefault(b[2], set()).add(a[2])
    if not described:
        return found
    # (an interaction is symmetric: either end may be the class, in either order)
    pairs = {(frozenset((f.subject, f.object)), f.negated) for f in found if f.predicate == "interactsWith"}

    def of_drug(f: Found) -> bool:
        if f.predicate != "interactsWith":
            return False
        ends = ((f.object, f.subject), (f.subject, f.object))
        return any((frozenset((other, d)), f.negated) in pairs for c, other in ends for d in described.get(c, ()))

    return [f for f in found if not of_drug(f)]


#: Before a condition: what it is compared with ("stiffness and shaking like Parkinson's disease", "a rash like
#: measles"): the effect resembles the condition, it is not the condition (decision 0706). The word before "like" is
#: captured: after a noun of a kind of things ("side effects like drowsiness", "conditions like arthritis") or a verb
#: of seeming ("feels like a pulling") the condition is an example or a description, and stays.
LIKE_BEFORE = re.compile(r"\b([\w'-]+)\s+like\s+$", re.I)
#: Right before an effect's object, a likeness whatever noun precedes it (decision 0876): "problems like those of
#: Y", "similar to those seen in Y", "shivery and achy, as if they had Y", "as though you were coming down with Y".
#: Y is what the effect is likened to, not the effect.
LIKENED_BEFORE = re.compile(
    r"\b((like|resembling|similar\s+to)\s+(those|that|the\s+ones?)\s+(of|in|seen\s+in|found\s+in|with)"
    r"|(as\s+if|as\s+though)\s+(you|they|he|she|we|I|one|someone|people|the\s+\w+)\s+"
    r"(had|have|has|were|was|are|is|'d|would\s+have)(\s+(got|getting|caught|coming\s+down\s+with|a\s+touch\s+of))?)"
    r"\s+((an?|the|a\s+bad|a\s+mild)\s+)?$",
    re.I,
)
KIND_NOUNS = frozenset(
    {
        "effects",
        "problems",
        "symptoms",
        "signs",
        "conditions",
        "disorders",
        "diseases",
        "illnesses",
        "reactions",
        "infections",
        "complaints",
        "issues",
        "things",
        "feel",
        "feels",
        "feeling",
        "look",
        "looks",
        "something",
        "anything",
    }
)
#: The effects a comparison may name in place of the drug's own effect.
COMPARED_EFFECTS = frozenset({"hasAdverseEffect", "hasWithdrawalEffect"})


#: Between a sign and the condition it is a sign of: "the bloating of IBS", "the dizziness of an inner-ear problem".
#: (a plain word for the owner's kind between, "the swelling of an ordinary allergy": decision 0875)
SIGN_OF = re.compile(
    r"^\s+(of|from|caused by|due to)\s+((an?|the|your|their)\s+)?((ordinary|common|usual|normal|everyday)\s+)?$", re.I
)
#: Right before a condition: a general word for some of its signs ("the other symptoms of Y", "the signs of Y", "the
#: complications of Y"): a denial of treating them is no denial of treating Y (decision 0816).
#: (also a lay word for one sign, "the aching of a cold or flu", and the second of two owners: decision 0841)
SIGNS_WORD_OF = re.compile(
    r"\b(the\s+)?((other|main|usual|common|physical|later|early|daytime|night-?time)\s+)?(symptoms?|signs?|"
    r"features?|complications?|problems|aching|aches|soreness|swelling|itch|itching|itchiness|redness)\s+"
    r"(of|from|caused\s+by|that\s+come\s+with)\s+((an?|the|your|their)\s+)?((ordinary|common|usual|normal|everyday)\s+)?"
    r"([\w-]+\s+(or|and)\s+((an?|the)\s+)?)?$",
    re.I,
)
#: Before the general word for signs: a denied act of treating ("does not treat", "won't help", "is no use for").
DENIED_TREATING = re.compile(
    r"\b((does|do|will|would|can)(\s+not|n['’]t)|never|no\s+use\s+for|nothing\s+for)\s+(\w+\s+){0,2}?"
    r"(treat|help|relieve|ease|cure|control|improve|touch|work\s+(for|on))\w*\b",
    re.I,
)


def _owner_of_denied_sign(unit: Unit, found: Found) -> bool:
    """Whether a denied treats names the condition only as the owner of a sign the denial names ("it does nothing
    for the bloating of IBS", "not a treatment for the pain of Y": decision 0734) or of its signs in general ("it
    does not treat the other symptoms of Y": decision 0816): the sign is denied, never Y. And whether a denied sign
    of Y is read from such a denial's "symptoms of Y, such as A": the treating is denied, not that A is Y's sign.

    >>> u = Unit("X does nothing for the bloating of IBS.", [(0, 1, "x", "Drug"), (23, 31, "b", "Symptom"),
    ...     (35, 38, "ibs", "Disease")])
    >>> _owner_of_denied_sign(u, Found("x", "treats", "ibs", "r", True)), _owner_of_denied_sign(
    ...     u, Found("x", "treats", "b", "r", True))
    (True, False)
    """
    if not found.negated or found.predicate not in ("treats", "hasPhenotype"):
        return False
    text = unit.text
    if found.predicate == "hasPhenotype":
        # "It does not treat the other symptoms of Y, such as A": A is a sign of Y as the sentence says; the denial is
        # the treating's (decision 0816)
        owners = [m for m in unit.mentions if m[2] == found.subject]
        return any(
            (words := SIGNS_WORD_OF.search(text, max(0, m[0] - 60), m[0]))
            and DENIED_TREATING.search(text, 0, words.start())
            for m in owners
        )
    ends = [m for m in unit.mentions if m[2] == found.object]
    signs = [m for m in unit.mentions if m[3] in COND]
    return bool(ends) and all(
        any(n[1] <= m[0] and SIGN_OF.match(text[n[1] : m[0]]) for n in signs if n[2] != m[2])
        or SIGNS_WORD_OF.search(text, max(0, m[0] - 60), m[0])
        for m in ends
    )


def _compared_with(unit: Unit, found: Found) -> bool:
    """Whether every mention of an effect's object follows "like" after a word that is not a noun of a kind of
    things: a comparison ("it can cause stiffness and shaking like Parkinson's disease"); or a likeness whatever
    noun precedes it ("movement problems like those of Y", "achy, as if they had flu": `LIKENED_BEFORE`, 0876).

    >>> u = Unit("It causes shaking like Parkinson's disease.", [(23, 42, "pd", "Disease")])
    >>> _compared_with(u, Found("x", "hasAdverseEffect", "pd", "r"))
    True
    >>> u = Unit("It causes side effects like nausea.", [(28, 34, "nausea", "Symptom")])
    >>> _compared_with(u, Found("x", "hasAdverseEffect", "nausea", "r"))
    False
    """
    if found.predicate not in COMPARED_EFFECTS:
        return False
    objects = [m for m in unit.mentions if m[2] == found.object]
    compared = [LIKE_BEFORE.search(unit.text, max(0, m[0] - 40), m[0]) for m in objects]
    return bool(objects) and all(
        (c is not None and c.group(1).lower() not in KIND_NOUNS)
        or LIKENED_BEFORE.search(unit.text, max(0, m[0] - 60), m[0]) is not None
        for m, c in zip(objects, compared, strict=True)
    )


#: Outcomes a drug lowers or raises (decreases, hasAdverseEffect), never a use (treats).
OUTCOMES_ONLY = frozenset({"death"})
#: Changes a medicine can be given to bring about, named like conditions: "used to help with weight loss" says the
#: drug brings weight loss, not that it treats it (decision 0798). Treated only after a verb of treating or a word
#: saying the change is unwanted ("to treat weight loss in people with cancer", "unexplained weight loss").
GOALS = frozenset({"weight-loss"})
GOAL_TREATED = re.compile(
    r"\b(treat\w*|reverse\w*|unintended|unintentional|unexplained|involuntary|unwanted|severe|wasting)\s+(\w+\s+){0,2}$",
    re.I,
)


def _goal_as_use(unit: Unit, found: Found) -> bool:
    """Whether `found` reads a change the drug brings about as what it treats ("to help with weight loss").

    >>> u = Unit("X is used to help with weight loss.", [(0, 1, "x", "Drug"), (24, 35, "weight-loss", "Symptom")])
    >>> _goal_as_use(u, Found("x", "treats", "weight-loss", "r"))
    True
    >>> u = Unit("X is used to treat weight loss.", [(0, 1, "x", "Drug"), (19, 30, "weight-loss", "Symptom")])
    >>> _goal_as_use(u, Found("x", "treats", "weight-loss", "r"))
    False
    """
    if found.predicate != "treats" or found.object not in GOALS:
        return False
    starts = [m[0] for m in unit.mentions if m[2] == found.object]
    return bool(starts) and not any(GOAL_TREATED.search(unit.text, max(0, a - 40), a) for a in starts)


#: What a medicine is given for: a messenger the body makes is its subject only in a text about it as a medicine.
USES = frozenset({"treats", "alleviates", "contraindicatedIn", "hasAdverseEffect"})


def _messenger_used(unit: Unit, found: Found, main: str | None) -> bool:
    """Whether `found` makes a messenger the body makes (named in the unit) the subject of a use or an effect in a
    text about another drug ("stronger signalling through noradrenaline is thought to relieve depression" in an
    article about an antidepressant: the drug relieves it, the messenger is its mechanism; decision 0643).

    >>> u = Unit("More serotonin relieves Y.", [(5, 14, "serotonin", "Drug"), (24, 25, "y", "Disease")])
    >>> _messenger_used(u, Found("serotonin", "treats", "y", "r"), "x"), _messenger_used(u, Found("serotonin",
    ...     "treats", "y", "r"), "serotonin")
    (True, False)

    A messenger is no partner of an interaction whatever the text is about ("X raises the level of serotonin in the
    brain" is X's mechanism; decision 0798):

    >>> u = Unit("X raises the level of serotonin.", [(0, 1, "x", "Drug"), (22, 31, "serotonin", "Drug")])
    >>> _messenger_used(u, Found("serotonin", "interactsWith", "x", "r"), "")
    True
    """
    if found.predicate == "interactsWith":  # ("X raises the level of serotonin in the brain": its mechanism)
        ends = {found.subject, found.object} - {main}
    elif found.predicate not in USES or found.subject == main:
        return False
    else:
        ends = {found.subject}
    return any(m[2] in ends and ENDOGENOUS.match(unit.text[m[0] : m[1]]) for m in unit.mentions)


#: Between a group's verb and a condition: another drug the group takes for it ("people taking B for Y").
TAKEN_FOR = re.compile(
    rf"\b({people()})\s+(who are\s+)?(taking|using|starting|on|receiving|"
    r"given|prescribed)\s+$",
    re.I,
)


def _anothers_use(unit: Unit, found: Found) -> bool:
    """Whether the object of `found` (a claim about another agent) is what a group takes a drug B for: "folic acid
    may reduce mouth ulcers in people taking B for Y" says nothing of folic acid and Y (decision 0643).

    >>> u = Unit("A eases Z in people taking B for Y.", [(0, 1, "a", "Drug"), (8, 9, "z", "Symptom"),
    ...     (27, 28, "b", "Drug"), (33, 34, "y", "Disease")])
    >>> _anothers_use(u, Found("a", "decreases", "y", "r")), _anothers_use(u, Found("a", "decreases", "z", "r"))
    (True, False)
    """
    for m in unit.mentions:
        if m[2] != found.object:
            continue
        for b in unit.mentions:
            if (
                b[2] != found.subject
                and b[3] in AGENT
                and unit.text[b[1] : m[0]].lower() in (" for ", " for the ")
                and TAKEN_FOR.search(unit.text, max(0, b[0] - 40), b[0])
            ):
                return True
    return False


#: The rules of "A raises the level (the effect) of B": what the sentence says next is the combination's outcome.
RAISES_ANOTHER = frozenset({"level-of", "effect-of"})
#: After / before a drug's name: its level in the blood is what is changed ("lowers B levels", "the level of B").
LEVEL_AFTER = re.compile(r"(\s+(blood|plasma|serum))?\s+(levels?|concentrations?)\b", re.I)
LEVEL_BEFORE = re.compile(r"\b(levels?|concentrations?|amount) of (the )?$", re.I)


def _combination_outcomes_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """Without the effect claims of either drug of "A raises the level (the effect) of B and increases the risk of
    Y" for a Y named after B: Y is the outcome of the combination, no effect of A or B alone (decision 0643); nor a
    change of B's level read as A increasing B beside the interaction (decision 0798).

    >>> u = Unit("A raises the level of B and the risk of Y.", [(0, 1, "a", "Drug"), (22, 23, "b", "Drug"),
    ...     (40, 41, "y", "Symptom")])
    >>> [f.predicate for f in _combination_outcomes_dropped(u, [Found("a", "interactsWith", "b", "level-of"),
    ...     Found("a", "hasAdverseEffect", "y", "adverse-cue")])]
    ['interactsWith']
    """
    pairs = {(f.subject, f.object) for f in found if f.rule in RAISES_ANOTHER}
    ends = {m[2]: m for m in unit.mentions}
    # (and "A lowers B levels, which may lead to Y" where no interaction rule read the level: decision 0662)
    levels = [
        m
        for m in unit.mentions
        if m[3] == "Drug" and (LEVEL_AFTER.match(unit.text, m[1]) or LEVEL_BEFORE.search(unit.text, 0, m[0]))
    ]

    def outcome(f: Found) -> bool:
        if f.predicate != "hasAdverseEffect" or f.object not in ends:
            return False
        others = [b for a, b in pairs if a == f.subject] + [a for a, b in pairs if b == f.subject]
        if any(o in ends and ends[o][1] <= ends[f.object][0] for o in others):
            return True
        return any(m[2] != f.subject and m[1] <= ends[f.object][0] for m in levels)

    # (nor "A increases B" beside "A raises the level of B": the other medicine's level is the interaction's, no
    # chemical of the body the drug changes; decision 0798)
    related = pairs | {(b, a) for a, b in pairs}
    # (and "A can raise the level of B, and it may raise the level of C": the sentence is about the levels of A's
    # partner medicines, so C's level is an interaction too, never A increasing C; decision 0812)
    raisers = {end for a, b in pairs for end in (a, b)}
    drugs = {m[2] for m in unit.mentions if m[3] == "Drug" and not ENDOGENOUS.match(unit.text[m[0] : m[1]])}
    out = []
    for f in found:
        if outcome(f) or (f.rule == "level-change" and (f.subject, f.object) in related):
            continue
        if f.rule == "level-change" and f.subject in raisers and f.object in drugs:
            f = Found(f.subject, "interactsWith", f.object, "level-of", f.negated, f.certainty)
        out.append(f)
    return out


#: A relative clause after a comma (", which can cause Y"): it states its claim of the noun right before the comma
#: (decision 0704). "who" is left out: a person's relative clause ("children, who ...") is read with its sentence.
RELATIVE = re.compile(r",\s+(which|that)\b", re.I)
#: A sentence opened by a step's word alone before its comma ("Two, ", "Next, "): no noun a relative clause follows
STEP_WORD_ONLY = re.compile(
    r"[\W\d_]*(one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|next|then|finally|"
    r"lastly)[*_]*",
    re.I,
)
#: Words before such a comma that are the drug itself or its own thing ("the tablets, which ..."): the clause is the
#: drug's. A recognised mention there counts as the drug's when it names the subject, a form or a class of it.
OWN_NOUNS = frozenset(
    {
        "it",
        "drug",
        "drugs",
        "medicine",
        "medicines",
        "medication",
        "medications",
        "tablet",
        "tablets",
        "capsule",
        "capsules",
        "dose",
        "doses",
        "treatment",
        "injection",
        "injections",
        "painkiller",
        "painkillers",
    }
)
#: (a class counts only when the unit makes the subject a member of it, "X is a beta blocker, which can cause Y": the
#: predicate noun names the drug itself; "X is used with diuretics, which can cause Y" speaks of the diuretics;
#: decision 0706)
OWN_FORMS = frozenset({"Formulation"})
#: A relative clause about people after a comma ("not for children, who may get Y", "people with asthma, who may
#: wheeze"): what they may get is no contraindication of the drug (decision 0706).
WHO = re.compile(r",\s+who\b", re.I)
LAST_WORD = re.compile(r"([\w'-]+)\W*$")
WORD = re.compile(r"\w")
#: Where such a clause ends and the sentence's own clause goes on ("..., which is harmless, but it can cause Y").
CLAUSE_END = re.compile(r"[;:()]|\s[-\u2013\u2014]\s|,\s+((and|but|so|yet|although|though)\s+)?(it|this|they)\b", re.I)


#: Before ", which": a short phrase of the verb naming no entity ("by mouth", "with food", "at night", "in the
#: morning"), after which "which" takes up the whole clause.
ADVERBIAL_BEFORE = re.compile(r"\b(by|with|at|in|on|before|after|during)\s+(the\s+|a\s+)?[\w-]+[*_]*\s*$", re.I)


def _relative_clause_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the claims a relative clause makes of a noun that is not the subject: in "X does not contain
    lactose, which can cause diarrhoea" the diarrhoea is lactose's, not X's (decision 0704). A claim is dropped when
    its subject is named before the relative pronoun, its object only after it, and the noun before the comma is a
    neither the subject, its form or class, nor a word for the drug; after a phrase of the verb that names nothing
    ("Ibuprofen is taken by mouth, which helps with toothache") "which" takes up the whole clause."""
    text, kept = unit.text, found
    for rel in RELATIVE.finditer(text):
        # (the mention ending right before the comma, past any markup: "**eye drops**, which")
        before = [m for m in unit.mentions if m[1] <= rel.start() and not WORD.search(text, m[1], rel.start())]
        word = LAST_WORD.search(text, 0, rel.start())
        if word and word.group(1).lower() in OWN_NOUNS:
            continue
        if not before and ADVERBIAL_BEFORE.search(text, 0, rel.start()):
            continue  # ("taken by mouth, which helps with Y": a phrase of the verb; "which" is the clause)
        if STEP_WORD_ONLY.fullmatch(text, 0, rel.start()):
            continue  # ("Two, that active form opens T": a step's opening word, "that" a determiner; 0722)
        kept = [f for f in kept if not _said_of_another(unit, f, rel, before, found)]
    for rel in WHO.finditer(text):  # (the people's clause: what they may get or have is no contraindication)
        kept = [f for f in kept if f.predicate != "contraindicatedIn" or not _said_of_another(unit, f, rel, [], found)]
    return kept


#: Between a drug's name and a noun it modifies ("pilocarpine **eye drops**"): spaces and markup only.
MODIFIES = re.compile(r"[*_\s]*")


def _headed_by(unit: Unit, mention: tuple, found: Found) -> bool:
    """Whether `mention` is the head of a phrase the subject's name modifies ("pilocarpine **eye drops**": the drug's
    own product, whatever class the vocabulary gives the head)."""
    return any(m[2] == found.subject and MODIFIES.fullmatch(unit.text, m[1], mention[0]) for m in unit.mentions)


def _said_of_another(unit: Unit, found: Found, rel: re.Match, before: list, claims: list[Found]) -> bool:
    """Whether `found` is a relative clause's claim (at `rel`) about a noun (`before`: its mention) not the subject:
    neither the subject, a form of it, nor a class the unit (`claims`) makes the subject a member of."""
    members = {f.object for f in claims if f.predicate == "isA" and f.subject == found.subject and not f.negated}
    if any(m[2] == found.subject or m[3] in OWN_FORMS or m[2] in members or _headed_by(unit, m, found) for m in before):
        return False
    end = CLAUSE_END.search(unit.text, rel.end())
    end = end.start() if end else len(unit.text)
    objects = [m[0] for m in unit.mentions if m[2] == found.object]
    subjects = [m[0] for m in unit.mentions if m[2] == found.subject]
    return bool(objects) and all(rel.start() < o < end for o in objects) and not any(s > rel.start() for s in subjects)


def _drug_first(found: Found, main: str | None) -> Found:
    """An interaction (symmetric: dkg:interactsWith) written with the document's drug as its subject, as the
    ontology asks ("In a claim the drug is the subject"): "A and B raise the level of X" in an article about X is
    X interactsWith A, B.

    >>> _drug_first(Found("a", "interactsWith", "x", "r"), "x").subject
    'x'
    """
    if found.predicate != "interactsWith" or main is None or found.object != main:
        return found
    return dataclasses.replace(found, subject=found.object, object=found.subject)


def keep(found: Found, classes: dict[str, str]) -> bool:
    """Whether a found claim is well-formed: two different entities that fit the predicate's domain and range."""
    return found.subject != found.object and _fits(classes[found.subject], found.predicate, classes[found.object])


#: Before the mention that opens a sentence: at most two words ("The X", "In adults, X"-like openings excepted).
OPENING_WORDS = re.compile(r"[\W_]*(\w+\s+){0,2}?")
#: Words for the drug in focus before a conversion's verb ("the liver turns it / the medicine into its active form")
FOCUS_WORDS = re.compile(r"\b(it|the (medicine|drug|medication|tablets?)|this (medicine|drug|medication))\b", re.I)
#: A subject the recogniser does not know, of another kind of product than a medicine taken ("The shingles vaccine is
#: offered ...", "A flu jab is ..."): the next "It" is about it, so no drug is in focus (decision 0738).
OTHER_PRODUCT_SUBJECT = re.compile(
    r"\s*(?:[A-Z]:\s+)?(?:the|a|an|this|that|your)\s+(?:[\w-]+\s+){0,3}(?:vaccines?|vaccinations?|jabs?|immuni[sz]ations?)"
    r"\s+(?:is|are|was|were|can|may|will|has|have|helps?|works?|protects?|reduces?|lowers?)\b",
    re.I,
)
#: A line that opens a section (a markdown heading or a question on a line of its own): a pronoun after it, naming no
#: drug, is the document's drug again, not the partner the section before named last (decision 0725).
SECTION_LINE = re.compile(r"\s*#")


def section_line(unit: Unit) -> bool:
    """Whether a unit opens a section: a markdown heading line, or a question on a line of its own (0689, 0725).

    >>> section_line(Unit("## Storage", [])), section_line(Unit("How is it taken?", [], alone=True))
    (True, True)
    >>> section_line(Unit("It is taken daily.", [], alone=True))
    False
    """
    if unit.bullet or unit.item:
        return False
    return bool(SECTION_LINE.match(unit.text)) or (unit.alone and unit.text.rstrip().endswith("?"))


#: "X is converted (in the body) to its active form, Y", "is partly changed into Y": Y, the drug the next
#: sentence's "This binds to T" is about (decision 0671)
CONVERTED = re.compile(
    # (the active voice too, "the liver turns / converts it into its active form, Y": decision 0722)
    r"\b(?:convert(?:s|ed)?|chang(?:es|ed)|turn(?:s|ed)|broken down|metaboli[sz]ed)( \w+){0,3}? (?:in)?to "
    r"(?:its |an |the )?(?:(?:main |more )?active (?:form|metabolite|drug),? )?",
    re.I,
)


#: Before a condition that opens a sentence: a pronoun as the sentence's subject ("It treats Y.", "It causes Y."): the
#: sentence is about the pronoun's referent (the drug, or the condition the sentence before was about), the condition
#: only its object (decision 0859).
PRONOUN_OPENS = re.compile(r"[\W_]*(it|they|this (medicine|drug|medication))\s", re.I)


def said_of_drug(ctx: Discourse, unit: Unit, opening: tuple) -> bool:
    """Whether a sentence that opens with a condition and names no agent is not about that condition, so that an "It"
    of the next sentence is not the condition (decision 0859): under a side-effect heading the condition is one of the
    drug's effects ("Bleeding is the main risk. It may also cause a rash where the needle goes in": the drug), and a
    pronoun before the condition is the sentence's subject ("It eases Y. It can cause Z": the drug; "Gout is ... It
    causes redness. It can also cause a fever": still the gout, never the redness).

    >>> said_of_drug(Discourse(), Unit("It treats Y.", [(9, 10, "y", "Disease")]), (9, 10, "y", "Disease"))
    True
    >>> said_of_drug(Discourse(), Unit("Y affects the ear.", [(0, 1, "y", "Disease")]), (0, 1, "y", "Disease"))
    False
    """
    if PRONOUN_OPENS.match(unit.text, 0, opening[0]):
        return True
    return bool(unit.heading) and in_section(ctx, unit.heading, EFFECTS_HEADING)


def listed_opening(unit: Unit, opening: tuple) -> bool:
    """Whether the condition opening a sentence is the first of a list of conditions ("Diarrhoea, wind and feeling
    sick are also common"): the sentence is about several, and the "It" opening the next one is none of them
    (decision 0913: it was read as the first one's, "It may give you a headache" a sign of diarrhoea).

    >>> u = Unit("A, b and c are common.", [(0, 1, "a", "Symptom"), (3, 4, "b", "Symptom"), (9, 10, "c", "Symptom")])
    >>> v = Unit("A is common.", [(0, 1, "a", "Symptom")])
    >>> listed_opening(u, u.mentions[0]), listed_opening(v, v.mentions[0])
    (True, False)
    """
    after = next((m for m in unit.mentions if m[0] >= opening[1]), None)
    # (another name of the same one is no list: "COPD, or chronic obstructive pulmonary disease, is ...")
    return (
        after is not None
        and after[3] in COND
        and after[2] != opening[2]
        and JOIN.fullmatch(unit.text, opening[1], after[0]) is not None
    )


def update(ctx: Discourse, unit: Unit) -> None:
    """Move the discourse focus to the first drug this unit names (its topic: drugs named later in a sentence
    are usually examples or companions, "X belongs to ... called selective serotonin ..."), and note the last class.
    """
    if not unit.mentions:
        ctx.effects_of = None  # (relate_unit sets it for a unit with mentions)
        if not keeps_use(unit):  # (and this: the sentence just before only, decision 0841; a rank between: 0854)
            ctx.used_for = None
        note_run_in_effects(ctx, unit)  # ("Side effects? The commonest are A": decision 0806)
    note_section(ctx, unit.text, unit.heading, unit.alone)
    if not (unit.bullet or unit.item):  # (a bullet's second sentence is still under its lead: decision 0673)
        # (or a lead that trails off, "Do not take it if...", decision 0734)
        ctx.lead = unit.text if unit.text.rstrip().endswith((":", "...", "\u2026")) else ""
        ctx.lead_agents = bool(ctx.lead) and any(m[3] in AGENT for m in unit.mentions)
        prose = ctx.prose_condition
        noticed = (
            prose
            and ctx.lead
            and prose[2] == ctx.last_sentence
            and (NOTICE_LEAD.search(ctx.lead) or is_illness_lead(ctx.lead))
        )
        ctx.lead_illness = prose[0] if noticed else None
        ctx.last_sentence = unit.text
    note_list(ctx, unit)  # (decision 0635)
    note_symptoms_lead(ctx, unit)  # (before the condition moves on: "Its typical symptoms are:", decision 0677)
    note_last_condition(ctx, unit)  # (after the lead: "You were admitted with Y. Signs to know:", decision 0695)
    note_kinds(ctx, unit)  # ("hay fever, an allergy of the nose": what "the allergy" names next; decision 0874)
    note_passage_condition(ctx, unit, section_line(unit))  # ("## What is angina?" and its section: decision 0749)
    if defines_illness(unit, ctx):  # ("Giardia is a parasite ...": its next "It causes A" is no drug's; 0866)
        ctx.asked_about = True
    # the condition a passage is about: one that opens a sentence, until a sentence opens with an agent
    opening = unit.mentions[0] if unit.mentions and OPENING_WORDS.fullmatch(unit.text, 0, unit.mentions[0][0]) else None
    if opening and opening[3] in COND:
        ctx.condition = opening[2]
    elif opening and opening[3] in AGENT:
        ctx.condition = None
    if any(m[3] in AGENT for m in unit.mentions):
        ctx.prose_condition = None
    elif opening and opening[3] in DISEASE and not (unit.bullet or unit.item):
        ctx.prose_condition = (opening[2], unit.heading, unit.text)  # ("Acne starts when ...": decision 0804)
    # the condition a sentence is about, for an "It" that opens the next one ("Y affects the ear. It causes Z.",
    # "It can also cause W": the condition still; decision 0684). Not a list item ("- heart failure"): no sentence.
    if (
        opening
        and opening[3] in COND
        and not (unit.bullet or unit.item)
        and unit.text.rstrip().endswith((".", "!"))
        and not any(m[3] in AGENT and not body_chemical(unit, m) for m in unit.mentions)  # (dopamine: 0889)
        and not ctx.effects_of  # (a sentence naming the drug's effects is about the drug: decision 0728)
        and not said_of_drug(ctx, unit, opening)  # (under a side-effect heading, or "It eases Y.": 0859)
        and not listed_opening(unit, opening)  # ("Diarrhoea, wind and nausea are common. It may ...": 0913)
    ):
        ctx.said_of = opening[2]
    elif not (ctx.said_of and CONDITION_PRONOUN.match(unit.text)):
        ctx.said_of = None
    if unit.text.rstrip().endswith((".", "!")) and (named := diagnosed(unit)):
        ctx.said_of = named  # ("Your GP thinks your cough is bronchitis. It causes A": decision 0749)
    note_story_illness(ctx, unit)  # ("Mrs Pym has Y. ... Some people also get A": Y's sign, decision 0889)
    outcomes = [m[2] for m in unit.mentions if m[3] in PROCESS]
    ctx.outcome = outcomes[-1] if outcomes else None
    # (what a drug is converted into is a drug: no scan for a sentence naming none, decision 0894)
    converted = CONVERTED.search(unit.text) if any(m[3] == "Drug" for m in unit.mentions) else None
    formed = [m for m in unit.mentions if converted and m[0] == converted.end() and m[3] == "Drug"]
    parent = [m for m in unit.mentions if converted and m[1] <= converted.start() and m[3] == "Drug"]
    # ("This binds to T" in the next sentence: decision 0671)
    ctx.active_form = (formed[0][2], parent[-1][2]) if formed and parent else None
    if (
        formed
        and not parent
        and ctx.focus
        and ctx.focus != formed[0][2]
        and "active" in converted.group(0).lower()
        and FOCUS_WORDS.search(unit.text, 0, converted.end())
    ):
        # ("Your liver turns the medicine into its active form, Y": the medicine in focus is Y's parent; 0722)
        ctx.active_form = (formed[0][2], ctx.focus)
    # (an ingredient is no topic: "the chewable tablets contain aspartame", then "It is not recommended for ...";
    # nor is a messenger the body makes: "this leaves more dopamine ...", then "It is prescribed for Y"; 0643)
    # (nor is a drug in a list of the reader's other medicines, "Tell your doctor if you take:": decision 0781)
    drugs = (
        []
        if listed_partner(unit, ctx.lead)
        else [
            m for m in unit.mentions if m[3] == "Drug" and not no_owner(unit, m) and not foreign_allergen(unit, m, ctx)
        ]
    )
    # the drug that is the subject of a main clause, or the drug in focus still (decision 0744)
    subject = topic(unit, drugs, ctx.focus, ctx.main)
    # "It is often combined with B.": the sentence is still about the drug "it" refers to, B is its companion
    # (and under an interactions heading every drug named is a partner of the document's drug: "- B speeds up its
    # breakdown", then "It can be taken with C": "it" is the document's drug; decision 0643)
    if ctx.main and unit.heading and in_section(ctx, unit.heading, INTERACTIONS_HEADING):
        ctx.focus = ctx.passage_focus = ctx.main
    elif subject != ctx.focus or any(m[2] == subject for m in drugs):
        ctx.focus = ctx.passage_focus = subject
    elif not drugs and OTHER_PRODUCT_SUBJECT.match(unit.text):
        # "The shingles vaccine is offered ... It lowers the chance of Y": "It" is the vaccine, which the recogniser
        # does not name: no claim rather than the drug named before (decision 0738)
        ctx.focus = ctx.passage_focus = None
    elif section_line(unit) and ctx.main and not drugs:
        # a new section about the document's drug ("## How is it taken?"): its "It" is the document's drug again (the
        # title's, else the one the text names most), not a partner the section before named last (0725, 0744)
        ctx.focus = ctx.passage_focus = ctx.main
    if ctx.focus and ctx.focus not in ctx.paired[-1:]:
        ctx.paired = (*[d for d in ctx.paired if d != ctx.focus], ctx.focus)[-2:]
    for m in unit.mentions:
        if m[3] == "DrugClass":
            ctx.last_class = m[2]
