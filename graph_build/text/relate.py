"""Relate mentions into claims: general patterns over cue words and entity classes, one sentence at a time.

Each rule names a predicate, the cue words that signal it and the classes its subject and object may have;
its name becomes the evidence's dkg:method. Negation and hedging come from ConText (graph_build/text/negation.py);
claims whose subject or object do not fit the predicate's domain or range (ontology) are dropped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import cache

from rdflib import RDFS

from base.errors import DrugkgError
from graph_build.text.negation import ASSERTED, Status, statuses
from graph_build.text.owners import (
    INTERACTIONS_HEADING,
    heading_owner,
    in_section,
    note_section,
    opening_list,
    titled,
)
from graph_build.text.passive import objects_before, subjects_after
from graph_build.text.rules import CueRule, Rules, UseStatusCue, load_rules
from graph_build.text.subjects import (
    PRONOUN,
    Subject,
    agent_subject,
    clause,
    clause_start,
    process_subject,
)
from graph_build.text.units import AGENT, CHEMICAL, COND, DISEASE, DRUG, PROCESS, Discourse, Found, Unit
from ontology.schema import fits, predicates

#: Where a list of objects ends: a new clause about something else.
BOUNDARY = re.compile(
    r"\b(because|which|where|whose|while|caused by|associated with|accompanied by|characteri[sz]ed by|"
    r"complicated by|originating|resulting|due to|exacerbated|such as those|but|after|so that|despite|although)\b|;"
    # what a condition comes with: "can cause Y, with headache and fever" (Y's features, not further objects)
    r"|,\s*with\b"
    # a participle clause after a comma: "results in X, helping to reduce Y" (Y is not what the cue is about)
    # (a participle that opens a clause: followed by "to", an object pronoun or an article; "feeling dizzy" in a
    # list of side effects is no clause)
    r"|, (?!including|concerning|regarding|during|following|according)[a-z]+ing (?=(to|it|them|into|the|an?|its)\b)"
    # a coordinated clause about something of the subject's: "treats X and Y, and its best-known side effect is Z"
    r"|,\s*(and\s+|but\s+)?(its|their)\b"
    # a causative relative clause after an object: "reduces the swelling that makes the joints ache in Y" (what the
    # clause names is what the object brings about, not what the cue acts on)
    r"|(?<=\w) that (also |can |may |often )?(makes?|causes?|leads? to|triggers?|produces?)\b"
)
UNITS = {"hour": "unit:HR", "hr": "unit:HR", "day": "unit:DAY", "minute": "unit:MIN", "min": "unit:MIN"}
RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:to|-|–|and)\s*(\d+(?:\.\d+)?)\s*(hours?|hrs?|days?|minutes?|mins?)\b")


COPULA = re.compile(r"( \([^)]*\))?,? (is|are) (a|an|the)?( \w+){0,3} ?|( \([^)]*\))?, (a|an)( \w+){0,2} ")
#: Right before "symptoms of": a verb whose object they are ("relieve the symptoms of Y").
RELIEVED_SYMPTOMS = re.compile(
    r"\b(reliev|treat|eas|control|manag|reduc|improv|help|prevent|lessen|calm)\w*( with)?( the| its| their)?"
    r"( [\w-]+)?\s+$",
    re.I,
)
#: Between two mentions: a coordinated clause starts ("..., and it ...", "; ...").
APART_CLAUSE = re.compile(r";|,\s*(and|but|while|whereas|or)\b", re.I)
#: Who a contraindication is about, after its cue: "... for people with X", "... by those who have had X".
FOR_PEOPLE = re.compile(
    r"\s*([\w-]+ ){0,2}?(in|by|for) (people|patients|persons|those|anyone|adults|children|women|men|individuals)"
    r"( who (have|has|had)( (recently|ever|already|previously) had)?| with)\b",
    re.I,
)
#: ... or straight after a firm cue: "should be avoided in severe kidney disease".
#: A reason clause after a prohibition: what it names is why, not what is forbidden.
REASON = re.compile(r",?\s*\b(because|since|as (it|they) (contains?|can|may|might|could|will))\b", re.I)
IN_CONDITION = re.compile(r"\s*(in|for|by|during) (?=\w)", re.I)
#: A prohibition with a condition is no contraindication: "should not take X without a dose adjustment".
#: (In the cue's own clause: "not recommended in pregnancy, unless there is no safer choice" still forbids.)
CONDITIONAL = re.compile(r"^[^.;,]*?\b(without|unless|except)\b", re.I)
#: After a prohibition cue: a use is denied ("should not be used to treat X", "must not be given for X").
DENIED_USE = re.compile(
    r"\s*(to (treat|manage|relieve|cure|prevent)|for (treating|the treatment of)|as a treatment)\b", re.I
)
#: A question asserts nothing ("Can X help with Y?"); the sentence ends in a question mark.
QUESTION = re.compile(r"\?[\s\"')\]]*$")
#: A condition named as the context of a use, after the treated condition: "pain in multiple sclerosis",
#: "spasticity in people with MS", "... in conditions like X".
IN_CONTEXT = re.compile(
    r"\s+(in|among)( (people|patients|persons|those|individuals|adults|children|women|men)( who (have|has|had)|"
    r" with| living with)?| (conditions?|diseases?|disorders?|illnesses)( such as| like| including)?| the (setting|"
    r"context) of)?\s+",
    re.I,
)
#: Between an effect cue and a condition: the condition is the population's ("can cause X in people who have Y").
POPULATION_BEFORE = re.compile(
    r"\b(in|among|for) (people|patients|persons|those|anyone|adults|children|women|men|individuals)"
    r"( who (have|has|had|already have|are)| with| living with)\b",
    re.I,
)
#: After a denied treats object: a restrictive clause narrows what is denied to one case of it.
RESTRICTED = re.compile(
    r"(\s+[a-z]+)?\s+(that|which|once|when|after)\s+(it\s+|they\s+)?(has|have|had|is|are|was|were)\b(?!\s+(no|not)\b)",
    re.I,
)
#: Between a treats cue and its object: the object is an outcome measured under the drug, not its indication.
OUTCOME_WORDS = re.compile(
    r"\b(incidence|risk|rates?|occurrence|cases|frequency|develop\w*|higher|increas\w*|odds|result(s|ed)? in|"
    r"led to|leads? to|induc\w*|caus(e|es|ed|ing)|had|exhibit\w*|suffer\w*|appeared|showed|monitor)\b",
    re.I,
)
#: A preventive "reduces the risk of X" is no adverse effect.
RISK_LOWERED = re.compile(r"\b(reduc\w*|lower\w*|decreas\w*|minimi[sz]\w*|prevent\w*)( the| an?| its)?( \w+)? $", re.I)
#: Inside a "prescribe ... for" cue: a modal or a watching verb makes the "for" about something else.
MODAL_GAP = re.compile(r"\b(should|must|may|might|can|could|will|would|monitor|watch)\b", re.I)
#: "the controls", "and controls": a noun (the control group), no treats cue.
NOUN_BEFORE = re.compile(r"\b(the|a|an|of|and|or|in|to)\s+$", re.I)
OUTCOME = re.compile(r"\b(increase\w*|risk of|lead to|cause\w*|fatal|regarding)\b", re.I)
#: The rules in use: graph_build/text/rules.yaml, or a rules file given to `using_rules`. `_install` binds the names
#: below from them (the functions of this module read them at call time):
#: CUE_RULES: the "subject cue objects" rules in file order, each with its cue compiled with re.I and without it (for
#: ASCII text in lower case: there re.I matches exactly what the plain pattern matches in the lower-cased text, at the
#: same offsets, the cues being written in lower case; matching without re.I is 2-3 times faster) and its anchors;
#: USE_STATUS: the use-status cues; CONTRA, INTERACTION, WITHDRAWAL, STOPPING, HYPONYM, SYMPTOM_OF: the cues of the
#: rules whose logic is below; GUARDS: their anchors; LOWER: them without re.I; YIELDS: predicate -> the predicate
#: whose claim on the same subject and object drops it.
CUE_RULES: tuple[CueRule, ...] = ()
USE_STATUS: tuple[UseStatusCue, ...] = ()
GUARDS: dict[re.Pattern, tuple[str, ...]] = {}
LOWER: dict[re.Pattern, re.Pattern] = {}
YIELDS: dict[str, str] = {}
NEVER = re.compile(r"(?!)")
CONTRA = INTERACTION = WITHDRAWAL = STOPPING = HYPONYM = SYMPTOM_OF = NEVER
EFFECTS_UNDER_HEADING = EFFECTS_ANAPHOR = SYMPTOMS_ANAPHOR = NEVER
SENTENCE_CUES = {
    "CONTRA": "should-not-take",
    "INTERACTION": "combined-with",
    "WITHDRAWAL": "withdrawal",
    "STOPPING": "stopping-causes",
    "HYPONYM": "hyponym-such-as",
    "SYMPTOM_OF": "symptom-of",
    "EFFECTS_UNDER_HEADING": "effects-under-heading",
    "EFFECTS_ANAPHOR": "effects-anaphor",
    "SYMPTOMS_ANAPHOR": "symptoms-anaphor",
}


def _install(rules: Rules) -> None:
    """Bind the module's rule names (see CUE_RULES) to `rules`."""
    missing = set(SENTENCE_CUES.values()) - set(rules.sentence_cues)
    if missing:
        raise DrugkgError(
            f"rules file lacks the sentence cue(s) {', '.join(sorted(missing))}",
            fix="keep every entry of sentence_cues",
        )
    cues = {name: rules.sentence_cues[rule_id] for name, rule_id in SENTENCE_CUES.items()}
    names = {name: cue.pattern for name, cue in cues.items()}
    names |= {
        "CUE_RULES": rules.cue_rules,
        "USE_STATUS": rules.use_status,
        "GUARDS": {cue.pattern: cue.anchors for cue in cues.values()},
        "LOWER": {cue.pattern: cue.lower for cue in cues.values()},
        "YIELDS": {r.predicate: r.yields_to for r in rules.cue_rules if r.yields_to},
    }
    globals().update(names)


@contextlib.contextmanager
def using_rules(rules: Rules) -> Iterator[Rules]:
    """Relate with `rules` (e.g. `load_rules(path)` of another rules file) inside the `with` block.

    >>> from graph_build.text.rules import load_rules
    >>> with using_rules(load_rules()) as rules:
    ...     [r.id for r in CUE_RULES] == [r.id for r in rules.cue_rules]
    True
    """
    before = ACTIVE[-1]
    _install(rules)
    ACTIVE.append(rules)
    try:
        yield rules
    finally:
        ACTIVE.pop()
        _install(before)


ACTIVE: list[Rules] = [load_rules()]
_install(ACTIVE[0])

# Patterns of the rules below, compiled once: `re.search(<string>, ...)` looks its pattern up in re's cache at every
# call, and these run for every sentence. Where a pattern is applied with pos/endpos instead of to a slice (no
# copy), the result is the slice's: endpos cuts the string as a slice does, and a pos differs from a slice only for
# ^ and \b at pos, which the patterns given a pos > 0 do not start with.
SEPARATION = re.compile(r"[\s,]*")
HEAD_OF_EFFECTS = re.compile(r"(symptoms|signs|effects)$", re.I)
LIST_ITEM_BEFORE = re.compile(r"\w, $")  # "hallucinations, X": X is an item of a list
LIST_GOES_ON = re.compile(r"\s*(and|or)\b")
KIND_OF = re.compile(r"\b(kind|type|form|sort)s? of\s*$", re.I)
AS_A = re.compile(r"\s*as an? [\w-]+( [\w-]+)?, ")
SIDE_EFFECTS = re.compile(r"side effects?")
#: Its match ends in "effects" (case-sensitive pattern): a text without that word is not searched.
LISTED_FIRST = re.compile(r"\b(are|were) (the |some of the )?(most )?([\w-]+ )?(side|adverse) effects\b")
SIDE_EFFECT_HEADING = re.compile(r"side effects?|adverse", re.I)
CONDITION_WORD = re.compile(r"\b(if|when|unless)\b", re.I)
USAGE_BEFORE = re.compile(r"\b(use[sd]?|taken|taking|combin\w+|together)$", re.I)
WITH = re.compile(r"\bwith\b")
#: What a hyponym's head ("Y such as X") may be: a condition, a drug class or a therapy.
KIND_HEADS = COND | {"DrugClass", "NonDrugTherapy"}
#: Classes of mentions the drug-level rules of `_special` make claims about (besides its cue-led rules).
DRUG_FACTS = frozenset({"PharmacokineticParameter", "PharmacologicalEffect"})


def _holds_any(low: str, anchors: tuple[str, ...]) -> bool:
    for anchor in anchors:  # noqa: SIM110 (a loop: no generator object per rule and sentence)
        if anchor in low:
            return True
    return False


def _may_match(pattern: re.Pattern, low: str, ascii: bool) -> bool:
    """False when `pattern` (one of GUARDS) cannot match: ASCII text holding none of its anchors."""
    return not ascii or _holds_any(low, GUARDS[pattern])


def _search(pattern: re.Pattern, text: str, low: str, ascii: bool) -> re.Match | None:
    """`pattern.search(text)` for one of GUARDS: skipped where it cannot match, without re.I on ASCII text."""
    if not ascii:
        return pattern.search(text)
    return LOWER[pattern].search(low) if _holds_any(low, GUARDS[pattern]) else None


def _finditer(pattern: re.Pattern, text: str, low: str, ascii: bool) -> Iterable[re.Match]:
    """`pattern.finditer(text)` for one of GUARDS, as `_search`."""
    if not ascii:
        return pattern.finditer(text)
    return LOWER[pattern].finditer(low) if _holds_any(low, GUARDS[pattern]) else ()


@cache
def _fits(subject_cls: str, predicate: str, object_cls: str) -> bool:
    """Domain and range checks through rdflib; a few dozen distinct (class, predicate, class) triples per build,
    and the ontology is loaded once per process (`ontology_graph` is cached too)."""
    prop = predicates()[predicate]
    return fits(subject_cls, prop, RDFS.domain) and fits(object_cls, prop, RDFS.range)


#: The noun "treatment" names an indication only through a preposition ("treatment of/for/in Y"); "X treatment
#: resulted in Y", "on X treatment, presenting with Y", "limit treatment to four weeks" name none.
TREATMENT_OF = re.compile(r"\s+(of|for|in)\b", re.I)
#: A relative clause opened right after a mention: "benzodiazepines, which work by ...".
RELATIVE = re.compile(r", which [^,;]*$")  # non-restrictive: about the class ("a benzodiazepine that ..." is not)
#: The "not" of "not the first choice" ranks a use; it does not deny it.
NOT_FIRST_LINE = re.compile(r"\bnot (the )?(first|preferred)[- ](choice|line|option)\b")
NEGATION_WORD = re.compile(r"\b(not|no|never|without|cannot)\b|n't\b")
#: "without" followed by a noun phrase ("a patient without any history of Y"): it denies that noun phrase only; a
#: verb after it ("relieves X without causing Y") is what it denies.
WITHOUT_NOUN = re.compile(r"\bwithout\b(?!\s+\w+ing\b)")
#: Between such a "without" and a cue: a verb or a clause word, so the cue is outside the denied noun phrase
#: ("without any history of Y developed X when ..."; in "without the risk of Y" the cue is inside it).
CLAUSE_VERB = re.compile(r"\b(\w+ed|is|are|was|were|has|have|had|when|while|who|which|that|after|because)\b")
#: Before an effect cue in its clause: the effect is a combination's ("together they can cause Y", "the
#: combination may lead to Y"), not one drug's own.
JOINT = re.compile(r"\b(together|in combination)\b|\bthe combination (can|may|might|could|will|often)\b", re.I)
#: After an object mention: a head noun it only modifies ("the pain signals", "the pain pathways"): what the cue acts
#: on is the signal or the pathway, not the condition.
MODIFIES_NOUN = re.compile(
    r"[ -](signals?|signall?ing|pathways?|inhibition|thresholds?|transmission|projections?)\b", re.I
)


def _relative_antecedent(unit: Unit, before: int, classes: set, subject: str) -> list[str]:
    """The drug class a relative clause holding the cue is about, besides the sentence's drug: "X belongs to the
    benzodiazepines, which work by Y" says Y of the benzodiazepines too."""
    if ", which" not in unit.text:
        return []
    clause = RELATIVE.search(unit.text, 0, before)
    if clause is None:
        return []
    heads = [m for m in unit.mentions if m[1] == clause.start() and m[3] == "DrugClass" and m[3] in classes]
    return [heads[0][2]] if heads and heads[0][2] != subject else []


def _noun_denied_only(low: str, cue: int) -> bool:
    """Whether every negation word of the sentence is a "without" before the cue that denies a noun phrase.

    >>> _noun_denied_only("a man without any history of asthma developed a rash after taking it for gout", 60)
    True
    >>> _noun_denied_only("it relieves pain without causing drowsiness", 3)
    False
    >>> _noun_denied_only("it is not used for y", 9)
    False
    >>> _noun_denied_only("it may help without the risk of y", 32)
    False
    """
    words = list(NEGATION_WORD.finditer(low))
    return bool(words) and all(
        w.group(0) == "without"
        and WITHOUT_NOUN.match(low, w.start())
        and w.end() <= cue
        and CLAUSE_VERB.search(low, w.end(), cue)
        for w in words
    )


def _only_not_first_line(low: str) -> bool:
    ranked = NOT_FIRST_LINE.search(low)
    return bool(ranked) and len(NEGATION_WORD.findall(low)) == 1


def _objects(
    unit: Unit, after: int, classes: set, skip: str | None = None, agents: set | frozenset = frozenset()
) -> list[tuple[int, int, str, str]]:
    """The mentions of `classes` after `after` up to the end of the list (BOUNDARY, or a new clause naming its own
    agent: one of `agents` after a conjunction), besides `skip`.

    >>> u = Unit("X helps with pain, and Y is approved for anxiety.", [(0, 1, "x", "Drug"), (13, 17, "pain", "Symptom"),
    ...     (23, 24, "y", "Drug"), (41, 48, "anxiety", "Symptom")])
    >>> [m[2] for m in _objects(u, 12, {"Symptom"}, agents={"Drug"})]
    ['pain']
    """
    found = [
        m
        for m in unit.mentions
        if after <= m[0] and m[3] in classes and m[2] != skip and not MODIFIES_NOUN.match(unit.text, m[1])
    ]
    if not found:
        return found  # (no need to look for the list's end)
    stop = BOUNDARY.search(unit.text, after)
    limit = stop.start() if stop else len(unit.text)
    for m in unit.mentions:
        if after <= m[0] < limit and m[3] in agents and _opens_clause(unit.text, m, classes):
            limit = m[0]
            break
    kept = [m for m in found if m[0] < limit]
    return [m for k, m in enumerate(kept) if not (k and _defines(unit.text, kept[k - 1], m))]


#: Between an object and the next mention: ", a" / ", an" (an apposition or a list item).
APPOSITION = re.compile(r",\s+an?\s+(\w+\s+)?")


def _defines(text: str, before: tuple, mention: tuple) -> bool:
    """Whether `mention` is an apposition defining the object `before` ("angioedema, a swelling of the face",
    "Y syndrome, an inflammation of the vessels"): introduced by ", a(n)" and naming "an N of ..."; a list item
    ("headache, a stiff neck and fever") is none.

    >>> t = "It causes angioedema, a swelling of the face."
    >>> _defines(t, (10, 20, "a", "Disease"), (24, 44, "s", "Symptom"))
    True
    >>> t = "It causes headache, a stiff neck and fever."
    >>> _defines(t, (10, 18, "h", "Symptom"), (22, 32, "n", "Symptom"))
    False
    """
    if not APPOSITION.fullmatch(text, before[1], mention[0]):
        return False
    return " of " in text[mention[0] : mention[1]] or text.startswith(" of ", mention[1])


#: A conjunction (and its article and one modifier) before a mention: the mention may open a new clause.
NEW_CLAUSE_BEFORE = re.compile(
    r"(,|;|\b(and|but|or|while|whereas|then))\s+((the|a|an|its|their|this|these)\s+)?([\w-]+\s+)?$"
)
#: A verb right after a mention (its clause's predicate): "..., and reduced signalling relieves Y".
VERB_AFTER = re.compile(r"\s+(is|are|was|were|has|have|had|can|could|may|might|will|would|should|does|do|also|\w+s)\b")


def _opens_clause(text: str, mention: tuple[int, int, str, str], objects: set) -> bool:
    """Whether an agent mention after a conjunction starts a new clause about itself ("..., and Y is approved for
    Z"): an agent that cannot be an object of the cue always does; one that can, only when a verb follows it."""
    if not NEW_CLAUSE_BEFORE.search(text, max(0, mention[0] - 40), mention[0]):
        return False
    return mention[3] not in objects or bool(VERB_AFTER.match(text, mention[1]))


def _status(unit: Unit, mention: tuple) -> Status:
    """ConText's verdict on a mention, computed once per unit and only when a claim needs it."""
    if not unit.statuses and unit.mentions:
        spans = [(m[0], m[1]) for m in unit.mentions]
        unit.statuses = dict(zip([m[0] for m in unit.mentions], statuses(unit.text, spans), strict=True))
    return unit.statuses.get(mention[0], ASSERTED)


def _use_status(low: str) -> tuple:
    """The useStatus qualifier of a treats claim, from the lower-case text of its clause.

    >>> _use_status("it is the first-line treatment for y"), _use_status("it is not a first-line treatment for y")
    ((('useStatus', ('PrimaryUse',)),), (('useStatus', ('NotFirstLine',)),))
    """
    found = {cue.value for cue in USE_STATUS if _holds_any(low, cue.anchors) and cue.pattern.search(low)}
    if "NotFirstLine" in found:
        found.discard("PrimaryUse")  # "not the first choice" ranks the use down, whatever else "first" says
    found = sorted(found)
    return (("useStatus", tuple(found)),) if found else ()


#: The CUE_RULES `_rules_naming` answered for, and its answers by set of named classes (reset when `using_rules`
#: swaps the rules; at most NAMING_MAX sets are kept, a few dozen occur in practice).
_NAMING: list = [None, {}]
NAMING_MAX = 4096


def _rules_naming(named: set[str]) -> tuple[CueRule, ...]:
    """The cue rules (CUE_RULES, in file order) whose objects intersect `named`, the classes a unit names: the
    others can find no object there (`_cue_claims` returns at once for them), so they are not called at all. A rule
    always has objects (rules.py); one without any would find nothing, as in `_cue_claims`.

    >>> targets = [r.id for r in CUE_RULES if "MolecularTarget" in r.objects]
    >>> [r.id for r in _rules_naming({"MolecularTarget"})] == targets != []
    True
    >>> _rules_naming(set())
    ()
    """
    if _NAMING[0] is not CUE_RULES or len(_NAMING[1]) >= NAMING_MAX:
        _NAMING[:] = [CUE_RULES, {}]
    key = frozenset(named)
    rules = _NAMING[1].get(key)
    if rules is None:
        rules = _NAMING[1][key] = tuple(rule for rule in CUE_RULES if not rule.objects.isdisjoint(key))
    return rules


def relate_unit(unit: Unit, ctx: Discourse) -> list[Found]:
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
        return []  # a question ("Can X help with Y?") asserts nothing
    contra = _search(CONTRA, text, low, ascii)
    if contra and contra.group("soft") and not (FOR_PEOPLE.match(text, contra.end()) or _whom(unit, contra.end())):
        contra = None  # "not recommended for acute pain" denies a use; "... for people with X" forbids one
    if contra and CONDITIONAL.match(text[contra.end() :]):
        contra = None
    if contra and DENIED_USE.match(text, contra.end()):
        contra = None  # "should not be used to treat X" denies a use (a negated treats), it forbids nobody
    interaction = None if CHEMICAL.isdisjoint(named) else _search(INTERACTION, text, low, ascii)
    # an interaction cue counts once it names two agents ("a rash while taking X" is no interaction)
    interactions = _interactions(unit, ctx, interaction) if interaction else []
    if all(f.rule == "interaction-denied" for f in interactions):
        interaction = None  # (a denied interaction names no combination whose effects are not the drug's own)
    # (the mention first: most sentences have none, and then the cue is not looked for)
    withdrawal = any(m[2] == "withdrawal-syndrome" for m in unit.mentions) and bool(
        _search(WITHDRAWAL, text, low, ascii)
    )
    stopping = None if withdrawal or not _may_match(STOPPING, low, ascii) else _stopping(text)
    sentence = (contra, interaction, withdrawal, stopping)
    for rule in _rules_naming(named):
        found += _cue_claims(rule, unit, ctx, low, ascii, named, sentence)
    found += _special(unit, ctx, contra, withdrawal, low, named) + interactions
    if stopping:
        found += _stopping_effects(unit, ctx, stopping)
    if not COND.isdisjoint(named) and not (contra or interaction or withdrawal or stopping):
        found += _unowned_effects(unit, ctx, low, ascii, found)
    if ctx.condition and not COND.isdisjoint(named):
        found += _unowned_symptoms(unit, ctx, low, ascii)
    if unit.bullet and unit.heading:
        found += _listed_interactions(unit, ctx, found)
    if "make" in low and not COND.isdisjoint(named) and not interaction:
        found += _worsened_effect(unit, ctx)
    owners = {f.subject for f in found if f.predicate == "hasAdverseEffect" and not f.negated}
    ctx.effects_of = owners.pop() if len(owners) == 1 else None  # ("These include Y" in the next sentence)
    unique: dict[tuple, Found] = {}
    for item in found:
        unique.setdefault((item.subject, item.predicate, item.object, item.negated), item)
    # a rule's claim yields to another predicate's on the same ends (rules.yaml's yields_to: an effect that lowers a
    # condition relieves it, "alleviates" says so, "decreases" would say it twice)
    stronger = {(f.predicate, f.subject, f.object) for f in unique.values() if f.predicate in YIELDS.values()}
    return [
        _drug_first(f, ctx.main)
        for f in unique.values()
        if not (f.predicate in YIELDS and (YIELDS[f.predicate], f.subject, f.object) in stronger)
    ]


#: What may stand before a cue that opens its sentence: spaces and punctuation (a bullet, a quote).
OPENS = re.compile(r"[\W_]*")


def _unowned_effects(unit: Unit, ctx: Discourse, low: str, ascii: bool, found: list[Found]) -> list[Found]:
    """Adverse effects a sentence lists without naming their drug (graph_build/text/owners.py): in a side-effect
    section whose heading or title names it (effects-under-heading), or after a sentence that stated the drug's
    effects ("These include Y": effects-anaphor). Nothing when the sentence names an agent or already has a claim
    on the same effects."""
    if unit.bullet:
        return []
    owner, rule, cue, objects = None, "", None, []
    anaphor = _search(EFFECTS_ANAPHOR, unit.text, low, ascii) if ctx.effects_of else None
    if anaphor and not OPENS.fullmatch(unit.text, 0, anaphor.start()):
        anaphor = None  # ("These include" opens the sentence: "... and these include" is about something else)
    if anaphor:
        owner, rule, cue = ctx.effects_of, "effects-anaphor", anaphor
        objects = _objects(unit, anaphor.end(), set(COND), agents=AGENT)
    else:
        owner = heading_owner(ctx, unit.heading)
        cue = _search(EFFECTS_UNDER_HEADING, unit.text, low, ascii) if owner else None
        if cue is None:
            return []
        rule = "effects-under-heading"
        if cue.group("before"):
            objects = opening_list(unit, cue.start(), COND)
        else:
            objects = _objects(unit, cue.end(), set(COND), agents=AGENT)
    if not objects:
        return []
    # an agent named in the sentence owns what it says, unless it opens a clause of its own after the list ("Other
    # side effects are A and B, and X can raise Y")
    end = max(objects[-1][1], cue.end())
    for m in unit.mentions:
        if m[3] in AGENT and not (m[0] >= end and APART_CLAUSE.search(unit.text, end, m[0])):
            return []
    stated = {f.object for f in found}
    out = []
    for obj in objects:
        st = _status(unit, obj)
        if obj[2] in stated or st.absent or POPULATION_BEFORE.search(unit.text, cue.end(), obj[0]):
            continue
        resolved = unit.text[cue.start() : cue.end()].strip() if rule == "effects-anaphor" else unit.heading
        out.append(
            Found(owner, "hasAdverseEffect", obj[2], rule, st.negated, st.certainty, (), Decimal("0.5"), resolved)
        )
    return out


#: Before a class name: it refers back to the items just named ("these antibiotics"), it names no other agent.
BACK_REFERENCE = re.compile(r"\b(these|those|such|both)\s+$", re.I)


def _listed_interactions(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """The agents of a bullet in an interactions section whose heading or title names the drug ("## Interactions /
    - **A and B.** X stops these medicines from being broken down"; "- omeprazole"): each interacts with the section's
    drug (interaction-list). Nothing for a bullet that denies ("does not interact"), nor for an agent the sentence's
    own interaction claims already name."""
    owner = heading_owner(ctx, unit.heading, INTERACTIONS_HEADING)
    if owner is None or NEGATION_WORD.search(unit.text.lower()):
        return []
    stated = {end for f in found if f.predicate == "interactsWith" for end in (f.subject, f.object)}
    named = any(m[2] == owner for m in unit.mentions)
    resolved = "" if named else unit.heading
    return [
        Found(owner, "interactsWith", m[2], "interaction-list", confidence=Decimal("0.8" if named else "0.5"),
              resolved_from=resolved)
        for m in unit.mentions
        if m[3] in CHEMICAL and m[2] != owner and m[2] not in stated
        and not (m[3] == "DrugClass" and BACK_REFERENCE.search(unit.text, max(0, m[0] - 8), m[0]))
    ]  # fmt: skip


#: "<agent> (can) make(s) the <effect> worse / stronger": the effect named with a definite article is the one the
#: text is about (the document's drug's).
WORSENED = re.compile(
    r"\b((can|may|might|will|could|also|often) )*makes? (the|your|its) (?P<what>[\w -]{3,40}?) (worse|stronger|more "
    r"(severe|intense|likely|pronounced))\b",
    re.I,
)


def _worsened_effect(unit: Unit, ctx: Discourse) -> list[Found]:
    """ "Alcohol can make the dizziness worse" in an article whose title names its drug: the agent right before the cue
    interacts with that drug, the effect being the outcome (worsens-its-effect; the owner resolved from the title)."""
    owner = titled(ctx)
    if owner is None:
        return []
    out = []
    for match in WORSENED.finditer(unit.text):
        before = [m for m in unit.mentions if m[1] <= match.start()]
        if not before or before[-1][3] not in CHEMICAL or before[-1][2] == owner:
            continue
        if not NEXT_TO_CUE.fullmatch(unit.text, before[-1][1], match.start()):
            continue  # the agent is the verb's own subject ("Alcohol can make ..."), nothing between
        effects = tuple(m[2] for m in unit.mentions if match.start("what") <= m[0] < match.end("what") and m[3] in COND)
        if effects and not NEGATION_WORD.search(unit.text, before[-1][1], match.end()):
            out.append(
                Found(owner, "interactsWith", before[-1][2], "worsens-its-effect",
                      qualifiers=(("interactionOutcome", effects),), confidence=Decimal("0.5"), resolved_from=ctx.title)
            )  # fmt: skip
    return out


def _unowned_symptoms(unit: Unit, ctx: Discourse, low: str, ascii: bool) -> list[Found]:
    """ "Common symptoms are A and B" opening a sentence that names no condition of its own before the list: the
    phenotype of the condition the last sentences are about (ctx.condition; symptoms-anaphor)."""
    cue = _search(SYMPTOMS_ANAPHOR, unit.text, low, ascii)
    if cue is None or not OPENS.fullmatch(unit.text, 0, cue.start()):
        return []
    out = []
    for obj in _objects(unit, cue.end(), set(COND), skip=ctx.condition, agents=AGENT):
        st = _status(unit, obj)
        if not st.absent:
            words = unit.text[cue.start() : cue.end()].strip()
            out.append(
                Found(ctx.condition, "hasPhenotype", obj[2], "symptoms-anaphor", st.negated, st.certainty, (),
                      Decimal("0.5"), words)
            )  # fmt: skip
    return out


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


def _whom(unit: Unit, at: int) -> re.Match | None:
    """After a soft prohibition cue ("not recommended"): "in / for / during" and a population named right after it
    ("not recommended in pregnancy", "not usually recommended for children"): who it forbids, not a denied use.

    >>> u = Unit("X is not recommended for children.", [(0, 1, "x", "Drug"), (25, 33, "children", "Population")])
    >>> bool(_whom(u, 20)), bool(_whom(Unit("X is not recommended for pain.", [(25, 29, "pain", "Symptom")]), 20))
    (True, False)
    """
    placed = IN_CONDITION.match(unit.text, at)
    if placed and any(m[0] == placed.end() and m[3] == "Population" for m in unit.mentions):
        return placed
    return None


def _cue_claims(rule: CueRule, unit: Unit, ctx: Discourse, low: str, ascii: bool, named: set, sentence: tuple):
    """The claims of one "subject cue objects" rule in a unit; `sentence`: its prohibition, interaction, withdrawal
    and stopping cues (or None)."""
    contra, interaction = sentence[:2]
    text, found, checks, predicate = unit.text, [], rule.checks, rule.predicate
    s_classes, o_classes = rule.subjects, rule.objects
    if o_classes.isdisjoint(named):
        return found  # `_objects` can find nothing
    if ascii and not _holds_any(low, rule.anchors):
        return found  # no match possible: see the rule's anchors
    if "not-in-prohibition-or-interaction" in checks and (contra or interaction):
        return found
    for match in rule.lower.finditer(low) if ascii else rule.pattern.finditer(text):
        if _inside_a_name(match.start(), unit.mentions):
            continue  # a cue word inside a name ("reduced neuronal excitability") is no cue
        if _check_fails(checks, match, low, unit, sentence):
            continue
        if rule.voice != "active":
            found += _passive_claims(rule, unit, ctx, match, low)
            continue
        if rule.subject_from == "process":
            if "no-agent-in-sentence" in checks and any(m[3] in AGENT for m in unit.mentions):
                continue
            # "symptoms of Y include X": the owner named inside the cue, else the process before it
            owner = [m for m in unit.mentions if match.start() <= m[0] and m[1] <= match.end() and m[3] in s_classes]
            who = (
                Subject(owner[0][2], Decimal("0.7")) if owner else process_subject(unit, match.start(), s_classes, ctx)
            )
        elif "subject-next-to-cue" in checks:
            who = _subject_next_to(unit, match.start(), s_classes, ctx)
        else:
            inside = [m for m in unit.mentions if match.start() <= m[0] and m[1] <= match.end() and m[3] in s_classes]
            # "prescribe pregabalin for X": the agent named inside the cue; "prescribe it for X": its referent
            pronoun = None if inside else PRONOUN.search(text, match.start(), match.end())
            if inside:
                who = Subject(inside[0][2])
            elif pronoun and ctx.focus and "Drug" in s_classes:
                who = Subject(ctx.focus, Decimal("0.7"), pronoun.group(0))
            else:
                who = agent_subject(unit, match.start(), s_classes, ctx, acting=True)
        subject = who.slug
        if subject is None:
            continue
        if predicate == "hasAdverseEffect" and JOINT.search(low, clause_start(low, match.start()), match.start()):
            continue  # "both are sedatives, and together they can cause Y": the combination's effect, not one drug's
        qualifiers = _use_status(clause(low, match.start())) if "use-status" in checks else ()
        subjects = [subject, *_relative_antecedent(unit, match.start(), s_classes, subject)]
        if unit.classes is not None:
            subjects = [s for s in subjects if s in unit.classes]
        objects = _objects(unit, match.end(), o_classes, skip=subject, agents=s_classes)
        if "indications" in checks:
            objects, contexts = _indications(unit, match.end(), objects)
            if contexts:
                qualifiers = (*qualifiers, ("contextCondition", contexts))
        for obj in objects:
            if unit.classes is not None and not any(_fits(unit.classes[s], predicate, obj[3]) for s in subjects):
                continue
            if "population-is-no-effect" in checks and POPULATION_BEFORE.search(text, match.end(), obj[0]):
                continue  # "may cause X in people who have Y": Y is who, not what it causes
            st = _status(unit, obj)
            if st.absent:
                continue  # "no evidence that X ...": nothing is said either way
            negated = st.negated and not ("not-first-line-ranks" in checks and _only_not_first_line(low))
            negated = negated != rule.denies  # ("safe in pregnancy": not contraindicated; "not safe": contraindicated)
            if negated and _noun_denied_only(low, match.start()):
                negated = False  # "a patient without any history of Y developed X when ...": Y is denied, not X
            if negated and "restricted-denial" in checks and RESTRICTED.match(text, obj[1]):
                continue  # "does not relieve an attack that has already started": a denial of a case, not a use
            for sub in subjects:
                resolved = who.resolved_from if sub == subject else ""
                found.append(
                    Found(sub, predicate, obj[2], rule.id, negated, st.certainty, qualifiers, who.confidence, resolved)
                )
    return found


#: Between a subject and its verb: auxiliaries, adverbs, a negation ("X rarely causes", "it does not cause", "X is
#: more likely to cause", "X has also been reported to cause").
NEXT_TO_CUE = re.compile(
    r"\s+((does|do|did|is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|not|n't|also|rarely|"
    r"sometimes|often|occasionally|commonly|usually|generally|only|even|very|much|more|less|likely|unlikely|known|"
    r"thought|reported|said|to|never|seldom|frequently|itself|doesn't|don't|didn't|isn't|won't|cannot|can't)\s+)*",
    re.I,
)


def _subject_next_to(unit: Unit, cue: int, classes: frozenset[str], ctx: Discourse) -> Subject:
    """The subject of a cue whose subject stands right before it (rules.CHECKS "subject-next-to-cue"): the agent
    mention, or a pronoun for the drug in focus, followed by nothing but auxiliaries, adverbs and a negation.

    >>> u = Unit("X rarely causes a rash.", [(0, 1, "x", "Drug"), (18, 22, "rash", "Symptom")])
    >>> _subject_next_to(u, 9, frozenset({"Drug"}), Discourse()).slug
    'x'
    >>> u = Unit("X treats gout, which causes pain.", [(0, 1, "x", "Drug"), (9, 13, "gout", "Disease")])
    >>> _subject_next_to(u, 21, frozenset({"Drug"}), Discourse()).slug is None
    True
    """
    text = unit.text
    before = [m for m in unit.mentions if m[1] <= cue]
    if before and before[-1][3] in classes and NEXT_TO_CUE.fullmatch(text, before[-1][1], cue):
        return Subject(before[-1][2])
    if ctx.focus and "Drug" in classes:
        start = before[-1][1] if before else 0
        for pronoun in PRONOUN.finditer(text, start, cue):
            if pronoun.group(0).lower() in (
                "it",
                "the drug",
                "the medicine",
                "the medication",
                "this medicine",
                "this drug",
                "this medication",
            ) and NEXT_TO_CUE.fullmatch(text, pronoun.end(), cue):
                return Subject(ctx.focus, Decimal("0.7"), pronoun.group(0))
    return Subject(None, Decimal(0))


def _passive_claims(rule: CueRule, unit: Unit, ctx: Discourse, match: re.Match, low: str) -> list[Found]:
    """The claims of a passive cue ("Y is treated with X", "Y caused by A and B"):
    the objects named before the cue or inside it (passive.objects_before), the subjects the list after it (or a
    pronoun's referent right after it); negation and hedging are the subject's, which follows the verb."""
    objects = objects_before(unit, match.start(), match.end(), rule.objects, finite=rule.voice == "inverse")
    if not objects:
        return []
    subjects = subjects_after(unit, match.end(), rule.subjects)
    who = [(m, Decimal("0.8"), "") for m in subjects]
    pronoun = None if subjects else PRONOUN.match(unit.text, match.end() + (unit.text[match.end() :][:1] == " "))
    if pronoun and ctx.focus and "Drug" in rule.subjects:  # "Y is treated with it"
        who = [((pronoun.start(), pronoun.end(), ctx.focus, "Drug"), Decimal("0.7"), pronoun.group(0))]
    qualifiers = _use_status(clause(low, match.start())) if "use-status" in rule.checks else ()
    denial = NEGATION_WORD.search(low)
    found = []
    for sub, confidence, resolved in who:
        # (a pronoun's denial: one in the cue's own clause, "... in a dangerous way, but Y can add to its effect")
        denied = resolved and NEGATION_WORD.search(low, clause_start(low, match.start()), match.start())
        st = _status(unit, sub) if not resolved else Status(negated=bool(denied))
        if st.absent or (denial and not st.negated and not resolved):
            continue  # a denial ConText does not give the subject ("Y is treated with X, not Z" for X): not guessed
        for obj in objects:
            if obj[2] == sub[2] or (unit.classes is not None and not _fits(sub[3], rule.predicate, obj[3])):
                continue
            negated, certainty = st.negated, st.certainty
            found.append(
                Found(sub[2], rule.predicate, obj[2], rule.id, negated, certainty, qualifiers, confidence, resolved)
            )
    return found


def _check_fails(checks: frozenset[str], match: re.Match, low: str, unit: Unit, sentence: tuple) -> bool:
    """Whether one of the rule's match-level checks (rules.CHECKS) rejects this cue match."""
    if not checks:
        return False
    start = match.start()
    if "treatment-noun-needs-preposition" in checks and (
        low.startswith("treatment", start) and not TREATMENT_OF.match(low, match.end())
    ):
        return True  # see TREATMENT_OF
    if "no-modal-inside-cue" in checks and MODAL_GAP.search(match.group(0)):
        return True  # "prescribing X should monitor for Y": what to watch for, not what X is for
    if "control-group-noun" in checks and (
        low.startswith("control", start) and NOUN_BEFORE.search(low, max(0, start - 5), start)
    ):
        return True  # "none of the controls had X": the control group
    if "risk-lowered-is-prevention" in checks and (
        "risk" in match.group(0) and RISK_LOWERED.search(low, max(0, start - 30), start)
    ):
        return True  # "reduces the risk of stroke" prevents it
    _, interaction, withdrawal, stopping = sentence
    if "effects-after-withdrawal-only" in checks and (withdrawal or interaction or stopping):
        # "... withdrawal symptoms upon cessation, and side effects like X": side effects named after the
        # withdrawal are the drug's own (the withdrawal rule stops at "side effects")
        late = withdrawal and not (interaction or stopping) and match.group(0).lower().startswith("side")
        return not (late and start > max(m[1] for m in unit.mentions if m[2] == "withdrawal-syndrome"))
    return False


def _indications(unit: Unit, after: int, objects: list) -> tuple[list, tuple[str, ...]]:
    """Split the objects of a treats cue into what is treated and the conditions named as its context: "pain and
    spasticity in conditions like multiple sclerosis" treats pain and spasticity, in multiple sclerosis. An object
    after an incidence or risk word ("treated with X had a higher incidence of Y") is an outcome, never treated."""
    treated, contexts = [], []
    for obj in objects:
        between = unit.text[after : obj[0]]
        if OUTCOME_WORDS.search(between):
            continue
        if treated and IN_CONTEXT.fullmatch(unit.text, treated[-1][1], obj[0]):
            contexts.append(obj[2])
        else:
            treated.append(obj)
    return treated, tuple(sorted(set(contexts)))


def _inside_a_name(offset: int, mentions: list[tuple[int, int, str, str]]) -> bool:
    """Whether `offset` lies inside a mention (asked per cue match: cheaper than a set of every offset inside a
    mention, built for every sentence)."""
    for m in mentions:  # noqa: SIM110 (a loop: no generator object per cue match)
        if m[0] <= offset < m[1]:
            return True
    return False


def _special(unit: Unit, ctx: Discourse, contra, withdrawal: bool, low: str, named: set[str]) -> list[Found]:
    """Rules that are not 'subject cue objects': lists, hyponyms, contraindications, interactions, values.

    `named` holds the classes of the unit's mentions: a rule whose head or objects cannot be among them is skipped.
    """
    text, out = unit.text, []
    ms = unit.mentions
    # Hyponyms: "Y such as X1 or X2", "Y like X" -> X isA Y (same kind of thing).
    ascii = text.isascii()
    kinds_named = len(ms) > 1 and not KIND_HEADS.isdisjoint(named)  # a head before the cue, objects after it
    for match in _finditer(HYPONYM, text, low, ascii) if kinds_named else ():
        # the head is the mention right before the cue ("conditions like X": no head when "conditions" is no entity)
        cue_at = match.start()  # (a mention ending after `cue_at` is separated from the cue by an empty string)
        heads = [m for m in ms if m[1] <= cue_at + 2 and SEPARATION.fullmatch(text, min(m[1], cue_at), cue_at)]
        if not heads or text[match.end() :].lower().startswith("those"):
            continue
        head = heads[-1]
        if HEAD_OF_EFFECTS.search(text, head[0], head[1]):
            continue  # "withdrawal symptoms, including seizures" lists symptoms, not kinds
        kind = COND if head[3] in COND else (AGENT if head[3] in {"DrugClass", "NonDrugTherapy"} else None)
        if kind is None:
            continue
        # the examples end at a mention of another kind ("medicines for Y such as A or B, can cause Z": Z is no Y)
        other = next((m[0] for m in ms if m[0] >= match.end() and m[3] not in kind), len(text))
        for obj in _objects(unit, match.end(), set(kind), skip=head[2]):
            if obj[0] < other:
                out.append(Found(obj[2], "isA", head[2], "hyponym-such-as", confidence=Decimal("0.7")))
    # Apposition and copula: "X (ABBR), a chronic pain condition", "X is the chief Y", "As a Y, Drug".
    for a, b in itertools.pairwise(ms):
        # (a condition is never a drug class: "For Y, an X inhibitor such as Z is ..." names a use, not a kind)
        same_kind = (a[3] in COND and b[3] in COND) or (
            b[3] in {"DrugClass", "EndogenousChemical"} and a[3] != "Drug" and a[3] not in COND
        )
        if not same_kind:
            continue
        between = text[a[1] : b[0]].lower()
        if not COPULA.fullmatch(between):
            continue
        # "hallucinations, seizures, a high fever and anxiety": a list, not an apposition ("\w, $" spans at most the
        # 4 characters before a[0])
        if between.startswith(",") and (
            LIST_ITEM_BEFORE.search(text, max(a[0] - 4, 0), a[0]) or LIST_GOES_ON.match(text, b[1])
        ):
            continue
        # "the second kind of pain is the nociceptive pain": the kind is the second one
        sub, sup = (b, a) if KIND_OF.search(text, 0, a[0]) else (a, b)
        out.append(Found(sub[2], "isA", sup[2], "copula-apposition", confidence=Decimal("0.7")))
    if "DrugClass" in named:  # (the kind named after "other" is a drug class)
        out += _other_kinds(unit, ctx, low)
    as_a = AS_A.match(low)
    if as_a:
        classes = [m for m in ms if m[1] <= as_a.end() and m[3] == "DrugClass"]
        drugs = [m for m in ms if m[0] >= as_a.end() - 2 and m[3] == "Drug"][:1]
        if classes and drugs:
            out.append(Found(drugs[0][2], "isA", classes[0][2], "as-a-class"))
    # "Y, with A, B and C": a disease named with its features -> Y hasPhenotype A, B, C.
    if disease_with_named(named) and ", with" in text:
        for match in DISEASE_WITH.finditer(text):
            owner = [m for m in ms if m[1] == match.start() and m[3] in DISEASE]
            if owner:
                out += [
                    Found(owner[0][2], "hasPhenotype", m[2], "disease-with", confidence=Decimal("0.7"))
                    for m in subjects_after(unit, match.end(), COND)
                    if m[2] != owner[0][2]
                ]
    # "Y is a (common) symptom of X1 and X2" / "Y associated with X" -> X hasPhenotype Y.
    disease_named = "Disease" in named  # (its objects are diseases)
    for match in _finditer(SYMPTOM_OF, text, low, ascii) if disease_named else ():
        if RELIEVED_SYMPTOMS.search(text, max(0, match.start() - 40), match.start()):
            continue  # "relieve the symptoms of Y": what a drug treats, nothing said about what Y's symptoms are
        opened = clause_start(low, match.start())
        before = [m for m in ms if opened <= m[0] and m[1] <= match.start() and m[3] in COND]
        if before and APART_CLAUSE.search(text, before[-1][1], match.start()):
            before = []  # "prevents A, and it also relieves the symptoms of Y": A is in another clause
        if before:
            for obj in _objects(unit, match.end(), set(DISEASE), skip=before[-1][2]):
                out.append(Found(obj[2], "hasPhenotype", before[-1][2], "symptom-of", confidence=Decimal("0.7")))
    # the rules below are about the sentence's drug: it is looked for only when one of them can apply
    listed_first = LISTED_FIRST.search(text) if "effects" in text else None
    # (a bullet after a question heading of another kind, "Who should not take X?", is not a side effect)
    effect_list = unit.bullet and in_section(ctx, unit.heading, SIDE_EFFECT_HEADING)
    if not (contra or withdrawal or listed_first or effect_list or any(m[3] in DRUG_FACTS for m in ms)):
        return out
    who = agent_subject(unit, len(text), set(DRUG), ctx)
    drug, confidence, first = who.slug, who.confidence, len(out)
    if drug:
        if contra:
            after = FOR_PEOPLE.match(text, contra.end()) or (
                _whom(unit, contra.end()) if contra.group("soft") else IN_CONDITION.match(text, contra.end())
            )
            whom = {"Population"} | COND
            # (in the clause of the cue: "X is used for A, whereas Y is not recommended for people with B")
            opened = clause_start(low, contra.start())
            placed = [m for m in ms if opened <= m[0] and m[1] <= contra.start() and m[3] in whom]
            if after:
                placed += _objects(unit, after.end(), whom)
            # the drug the prohibition is about: named before its cue ("X should be avoided in ..., although Y ..."),
            # else the sentence's ("People with A should not take X")
            named = agent_subject(unit, contra.start(), set(DRUG), ctx)
            # ... but not from a reason clause after it ("should not take the tablets, because they contain Y")
            reason = REASON.search(text, contra.end())
            whose = agent_subject(unit, reason.start(), set(DRUG), ctx) if reason else who
            forbidden = named if named.slug and not named.resolved_from else whose
            for m in placed if forbidden.slug else ():
                if m[2] != forbidden.slug:
                    out.append(
                        Found(
                            forbidden.slug,
                            "contraindicatedIn",
                            m[2],
                            "should-not-take",
                            confidence=forbidden.confidence,
                            resolved_from=forbidden.resolved_from,
                        )
                    )
        if withdrawal:
            ws = [m for m in ms if m[2] == "withdrawal-syndrome"]
            # "does not cause withdrawal symptoms": ConText's negation of the withdrawal mention is the claim's
            denied = _status(unit, ws[0]).negated
            out.append(
                Found(drug, "hasWithdrawalEffect", "withdrawal-syndrome", "withdrawal", denied, confidence=confidence)
            )
            stop = SIDE_EFFECTS.search(text[ws[0][1] :])
            limit = ws[0][1] + stop.start() if stop else len(text)
            end = BOUNDARY.search(text, ws[0][1]) if denied else None
            if end:  # "... will not cause withdrawal symptoms, but X can return": X is no denied withdrawal effect
                limit = min(limit, end.start())
            for m in ms:
                if ws[0][1] <= m[0] < limit and m[3] in COND and m[2] != "withdrawal-syndrome":
                    out.append(Found(drug, "hasWithdrawalEffect", m[2], "withdrawal", denied, confidence=confidence))
        for m in ms:
            if m[3] == "PharmacokineticParameter":
                value = RANGE.search(text, m[1])
                if value:
                    unit_name = value.group(3).lower().rstrip("s")
                    qualifiers = (
                        ("maxValue", (Decimal(value.group(2)),)),
                        ("minValue", (Decimal(value.group(1)),)),
                        ("unit", (UNITS.get(unit_name, "unit:HR"),)),
                    )
                    out.append(Found(drug, "hasPharmacokineticValue", m[2], "value-range", qualifiers=qualifiers))
            if m[3] == "PharmacologicalEffect":
                st = _status(unit, m)
                out.append(Found(drug, "hasEffect", m[2], "drug-effect", st.negated, st.certainty, (), confidence))
        # "Drowsiness, dizziness and headache are the most common side effects": the effects come first
        if listed_first:  # (its match holds "effects")
            for m in ms:
                if m[1] <= listed_first.start() and m[3] in COND:
                    st = _status(unit, m)
                    out.append(
                        Found(
                            drug, "hasAdverseEffect", m[2], "effects-then-cue", st.negated, st.certainty, (), confidence
                        )
                    )
        if effect_list:
            for m in ms:
                if m[3] in COND:
                    out.append(Found(drug, "hasAdverseEffect", m[2], "side-effect-list", confidence=confidence))
        if who.resolved_from:  # (a contraindication says its own subject's origin)
            out[first:] = [
                f if f.rule == "should-not-take" else dataclasses.replace(f, resolved_from=who.resolved_from)
                for f in out[first:]
            ]
    return out


#: Right after a disease: ", with" and its features ("aseptic meningitis, with headache and fever").
DISEASE_WITH = re.compile(r",\s*with\b(?!\s+(or|and)\b)")


def disease_with_named(named: set[str]) -> bool:
    """Whether a unit names a disease and a condition: what "Y, with A and B" needs."""
    return "Disease" in named and len(COND & named) >= 1


#: Hearst's "X and other Ys": the drug named is one of the Ys ("ibuprofen or other NSAIDs"); and "(used) with other
#: Ys" about the drug in question ("warnings regarding use with other CNS depressants").
OTHER = re.compile(r"(?:(?P<list>,? (?:and|or) )| with )other (?=\w)", re.I)


def _other_kinds(unit: Unit, ctx: Discourse, low: str) -> list[Found]:
    if "other " not in low:
        return []
    out = []
    for match in OTHER.finditer(unit.text):
        kinds = [m for m in unit.mentions if m[0] == match.end() and m[3] == "DrugClass"]
        if not kinds:
            continue
        if match.group("list"):
            drugs = [m for m in unit.mentions if m[1] == match.start() and m[3] == "Drug"]
            subject = drugs[0][2] if drugs else None
        else:
            before = unit.text[: match.start()]
            usage = USAGE_BEFORE.search(before)
            subject = agent_subject(unit, match.start(), {"Drug"}, ctx)[0] if usage else None
        if subject is not None:
            out.append(Found(subject, "isA", kinds[0][2], "and-other-kinds", confidence=Decimal("0.6")))
    return out


def _stopping(text: str) -> re.Match | None:
    """A stop cue followed in the same clause by a cause cue, with no "if/when" between (which would make the
    cause a reason to stop: "Stop taking it if it causes a rash")."""
    match = STOPPING.search(text)
    if match is None or CONDITION_WORD.search(match.group("between")):
        return None
    return match


def _stopping_effects(unit: Unit, ctx: Discourse, cue: re.Match) -> list[Found]:
    """Withdrawal effects: "Stopping X (suddenly) can cause A, B and C" -> X hasWithdrawalEffect A, B, C.

    The drug is the one named between the stop cue and the cause cue, else the drug in focus; the effects are the
    conditions after the cause cue up to the end of the clause.
    """
    drugs = [m for m in unit.mentions if cue.start() <= m[0] < cue.end("between") and m[3] in DRUG]
    # "Stopping it suddenly", "Abrupt withdrawal can cause ...": the stop cue's object is the drug in focus
    pronoun = None if drugs else PRONOUN.search(unit.text, 0, cue.end())
    drug = drugs[0][2] if drugs else (ctx.focus if pronoun else ctx.main or ctx.focus)
    if drug is None or (not drugs and any(m[3] in AGENT for m in unit.mentions)):
        return []
    out = []
    resolved = "" if drugs else (pronoun.group(0) if pronoun else cue.group(1))
    for obj in _objects(unit, cue.end(), set(COND)):
        st = _status(unit, obj)
        if not st.absent:
            out.append(
                Found(
                    drug,
                    "hasWithdrawalEffect",
                    obj[2],
                    "stopping-causes",
                    st.negated,
                    st.certainty,
                    (),
                    Decimal("0.8"),
                    resolved,
                )
            )
    return out


#: Before a combination cue: it is routine practice ("often combined with", "usually taken together with").
ROUTINE = re.compile(r"\b(often|usually|commonly|frequently|routinely|sometimes|typically)\s+(be\s+)?(\w+\s+)?$", re.I)
#: ... unless the sentence warns or names an effect of the combination.
WARNING = re.compile(
    r"\b((should|must) not|never|avoid\w*|caution|careful\w*|danger\w*|risk\w*|rais\w*|lower\w*|"
    r"reduc\w*|increas\w*|levels?)\b",
    re.I,
)


#: Right before (or as) a combination cue: a statement that two drugs go together safely ("X can be taken with Y",
#: "X can safely be used with Y", "it is safe to take X with Y"). The project reads it as a denied interaction.
COMPATIBLE = re.compile(
    r"\b(can|may|could)\s+((also|safely|usually|generally|normally)\s+)*be\s+((also|safely)\s+)*"
    r"(taken|used|given|combined|co-?administered)\s+((together|safely)\s+)?with\b|"
    r"\bsafe(ly)?\s+(to\s+)?(take|use|combine)\b",
    re.I,
)
#: After a denied "interact with": the denial is narrowed or taken back ("does not interact with Y directly, but ...",
#: "is not known to interact with Y in a dangerous way"): no claim either way.
RESTRICTED_DENIAL = re.compile(r"\b(but|however|although|directly|in an? [\w-]+ way)\b", re.I)
#: A negation before the cue: "should not be taken with", "it is not safe to take X with Y" warn.
DENIAL_BEFORE = re.compile(r"\b(not|never|no|cannot)\b|n't\b", re.I)


def _compatible(text: str, cue: re.Match, outcome: re.Match | None) -> bool:
    """Whether the combination cue states that the drugs go together safely (no outcome, warning or negation).

    >>> m = re.search("taken with", "X can be taken with Y.")
    >>> _compatible("X can be taken with Y.", m, None), _compatible("X cannot be taken with Y.", m, None)
    (True, False)
    """
    window = max(0, cue.start() - 40)
    clause = max(text.rfind(",", window, cue.start()), text.rfind(";", window, cue.start()), window - 1) + 1
    found = COMPATIBLE.search(text, clause, min(len(text), cue.end() + 40))
    if found is None or found.start() > cue.start() or found.end() < cue.start():
        return False
    return outcome is None and not WARNING.search(text) and not DENIAL_BEFORE.search(text, clause, cue.end())


def _interactions(unit: Unit, ctx: Discourse, cue: re.Match) -> list[Found]:
    """Interactions: "A (should not be) taken with / combined with B, C (... can increase X)".

    The subject is the drug named before the cue, else the drug between a gerund cue and "with" ("Combining
    A with B"), else the referent of a pronoun; the objects are the agents after it up to the outcome, whose
    conditions become the interactionOutcome qualifier.
    """
    text, ms = unit.text, unit.mentions
    start = cue.end()
    denied = _denied_interaction(text, cue)
    if denied is None:
        return []
    rule = "interaction-denied" if denied else "combined-with"
    who = agent_subject(unit, cue.start(), set(DRUG), ctx)
    drug = who.slug
    if not any(m[1] <= cue.start() and m[3] in DRUG for m in ms):
        with_ = WITH.search(text[start:])
        after = [m for m in ms if m[0] >= start and m[3] == "Drug"]
        if after and with_ and after[0][1] <= start + with_.start():
            drug, start = after[0][2], after[0][1]
            who = Subject(drug)
        elif with_ and drug is None and ctx.focus:
            # "Combining it / either drug with alcohol": the pronoun's referent
            pronoun = PRONOUN.search(text, start, start + with_.start())
            if pronoun:
                who, drug, start = Subject(ctx.focus, Decimal("0.7"), pronoun.group(0)), ctx.focus, pronoun.end()
    if drug is None:
        # "Alcohol must never be combined with zolpidem", "alcohol while taking baclofen": the drug comes after the
        # cue, what it interacts with before it
        after = [m for m in ms if m[0] >= start and m[3] == "Drug"]
        if not after:
            return []
        drug = after[0][2]
        clause = max(text.rfind(",", 0, cue.start()), text.rfind(";", 0, cue.start())) + 1
        return [
            Found(drug, "interactsWith", m[2], rule, denied)
            for m in ms
            if clause <= m[0] and m[1] <= cue.start() and m[3] in CHEMICAL and m[2] != drug
        ]
    outcome = OUTCOME.search(text, start)
    if outcome is None and ROUTINE.search(text, max(0, cue.start() - 30), cue.start()) and not WARNING.search(text):
        return []  # "It is often combined with B when ...": a routine co-therapy, no interaction is stated
    limit = outcome.start() if outcome else len(text)
    results = tuple(sorted({m[2] for m in ms if outcome and m[0] >= outcome.end() and m[3] in COND}))
    qualifiers = (("interactionOutcome", results),) if results else ()
    # "X can be taken with Y" (compatible) or "X does not interact with Y": a denied interaction
    compatible = denied or _compatible(text, cue, outcome)
    if denied:  # what is denied is the list right after "interact with" ("... with the same receptor as Y": none)
        return [
            Found(drug, "interactsWith", m[2], rule, True, resolved_from=who.resolved_from)
            for m in subjects_after(unit, cue.end(), CHEMICAL)
            if m[2] != drug
        ]
    return [
        Found(
            drug,
            "interactsWith",
            m[2],
            rule,
            compatible,
            qualifiers=qualifiers,
            resolved_from=who.resolved_from,
        )
        for m in ms
        if start <= m[0] < limit and m[3] in CHEMICAL and m[2] != drug and not _narrowed_class(text, m)
    ]


def _denied_interaction(text: str, cue: re.Match) -> bool | None:
    """Whether an "interact with" cue is denied ("X does not interact with Y", "X is not known to interact with Y");
    None when the denial is narrowed or taken back ("... directly, but ...", "... in a dangerous way"), which says
    nothing either way. Other combination cues are never denied here ("should not be taken with" warns).

    >>> m = re.search("interact with", "X does not interact with Y.")
    >>> _denied_interaction("X does not interact with Y.", m)
    True
    >>> m = re.search("interact with", "X does not interact with Y directly, but Y raises Z.")
    >>> _denied_interaction("X does not interact with Y directly, but Y raises Z.", m) is None
    True
    """
    if not cue.group(0).lower().startswith("interact"):
        return False
    opened = max(text.rfind(",", 0, cue.start()), text.rfind(";", 0, cue.start())) + 1
    if not DENIAL_BEFORE.search(text, opened, cue.start()):
        return False
    return None if RESTRICTED_DENIAL.search(text, cue.end()) else True


#: A hyphenated modifier right before a class name: "anti-inflammatory painkillers", "non-sedating antihistamines".
HYPHENATED_MODIFIER = re.compile(r"\b[a-z]+-[a-z]+(-[a-z]+)*\s+$", re.I)


def _narrowed_class(text: str, mention: tuple) -> bool:
    """Whether a drug class is named with a classifying modifier the mention leaves out: what interacts is that
    narrower class, not every member of the one recognised (a member of a narrower class is still a member of the
    broad one, so membership claims keep it)."""
    return mention[3] == "DrugClass" and bool(HYPHENATED_MODIFIER.search(text, max(0, mention[0] - 40), mention[0]))


def keep(found: Found, classes: dict[str, str]) -> bool:
    """Whether a found claim is well-formed: two different entities that fit the predicate's domain and range."""
    return found.subject != found.object and _fits(classes[found.subject], found.predicate, classes[found.object])


#: Before the mention that opens a sentence: at most two words ("The X", "In adults, X"-like openings excepted).
OPENING_WORDS = re.compile(r"[\W_]*(\w+\s+){0,2}?")
#: A sentence whose subject is a pronoun for the drug in focus.
OPENING_PRONOUN = re.compile(
    r"\s*(it|the drug|the medicine|the medication|this drug|this medicine|this medication)\b", re.I
)


def update(ctx: Discourse, unit: Unit) -> None:
    """Move the discourse focus to the first drug this unit names (its topic: drugs named later in a sentence
    are usually examples or companions, "X belongs to ... called selective serotonin ..."), and note the last class.
    """
    if not unit.mentions:
        ctx.effects_of = None  # (relate_unit sets it for a unit with mentions)
    note_section(ctx, unit.text, unit.heading)
    # the condition a passage is about: one that opens a sentence, until a sentence opens with an agent
    opening = unit.mentions[0] if unit.mentions and OPENING_WORDS.fullmatch(unit.text, 0, unit.mentions[0][0]) else None
    if opening and opening[3] in COND:
        ctx.condition = opening[2]
    elif opening and opening[3] in AGENT:
        ctx.condition = None
    outcomes = [m[2] for m in unit.mentions if m[3] in PROCESS]
    ctx.outcome = outcomes[-1] if outcomes else None
    drugs = [m for m in unit.mentions if m[3] == "Drug"]
    opener = OPENING_PRONOUN.match(unit.text)
    # "It is often combined with B.": the sentence is still about the drug "it" refers to, B is its companion
    if drugs and not (opener and ctx.focus and opener.end() <= drugs[0][0]):
        ctx.focus = drugs[0][2]
    for m in unit.mentions:
        if m[3] == "DrugClass":
            ctx.last_class = m[2]
