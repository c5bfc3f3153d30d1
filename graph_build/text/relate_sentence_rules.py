"""Relation rules whose logic is code (rules.yaml's `sentence_cues`), not "subject cue objects": hyponyms ("Y such
as X"), appositions and copulas, "X and other Ys", "as a Y", a disease's features and symptoms, contraindications,
withdrawal effects (named, or after "stopping X can cause"), pharmacokinetic values, drug effects and listed side
effects."""

from __future__ import annotations

import dataclasses
import itertools
import re
from decimal import Decimal

from graph_build.text import number_words
from graph_build.text import rules_in_use as active
from graph_build.text.bracketed_classes import bracketed_classes
from graph_build.text.class_fields import class_field
from graph_build.text.condition_passage import placed_pain
from graph_build.text.described_conditions import DRUGS_REACTION, allergic_reaction, described_signs
from graph_build.text.eased_with_less import eased_with_less
from graph_build.text.family_members import family_members
from graph_build.text.frequency_modals import BREAK
from graph_build.text.glossed_signs import glossed_signs
from graph_build.text.listed_owners import in_people_list
from graph_build.text.narrowed_classes import crossed_kinds, narrowed_definition
from graph_build.text.narrowed_kinds import narrowed_kind
from graph_build.text.negation import HEDGES, statuses
from graph_build.text.owners import INTERACTIONS_HEADING, WATCH_HEADING, in_section, section, titled
from graph_build.text.passive import objects_before, subjects_after
from graph_build.text.people_words import people
from graph_build.text.pk_phrases import first_phrase_end, has_phrase, phrase_values
from graph_build.text.processes import amounts, heart_subject, released_amount
from graph_build.text.pronoun_levels import pronoun_levels
from graph_build.text.relate_cues import _subject_next_to
from graph_build.text.relate_objects import (
    BOUNDARY,
    BRACKETED_LIST,
    _objects,
    _status,
    bracket_named,
    glosses,
    narrowed_by_with,
)
from graph_build.text.rules_in_use import _finditer
from graph_build.text.some_people_effects import FEW, PEOPLE
from graph_build.text.source_examples import second_description, source_example, source_opens
from graph_build.text.subjects import ANAPHOR, NOBODY, PRONOUN, Subject, _aside, agent_subject, clause_start
from graph_build.text.symptom_causes import example_by_cause
from graph_build.text.trailing_names import named_after_only, named_in_passing_only, stopped_by_reference
from graph_build.text.unaffected import partner_level
from graph_build.text.units import AGENT, CHEMICAL, COND, DISEASE, DRUG, Discourse, Found, Unit
from graph_build.text.vessel_acts import vessel_acts
from graph_build.text.vessel_steps import heart_need, vessel_consequences

UNITS = {
    "hour": "unit:HR",
    "hr": "unit:HR",
    "day": "unit:DAY",
    "minute": "unit:MIN",
    "min": "unit:MIN",
    "week": "unit:WK",
}
#: Right after a withdrawal mention: the drug it comes from ("withdrawal symptoms from X", "withdrawal effects on
#: stopping X", "withdrawal when coming off X"; decision 0899).
WITHDRAWAL_FROM = re.compile(
    r"(?:\s+(?:symptoms?|effects?|reactions?|problems?))?\s+(?:from|off|after\s+stopping|on\s+stopping|when\s+"
    r"(?:you\s+)?(?:stop(?:ping)?|come\s+off|coming\s+off))\s+(?:the\s+|your\s+|his\s+|her\s+)?",
    re.I,
)

#: (weeks, and small values as words: "about 2 to 4 weeks", "about two to three hours"; decision 0742)
# (any number word up to ninety-nine, "and a half" after either end: "about nine to thirteen hours", decision 0896)
_RANGE_NUMBER = r"\d+(?:\.\d+)?|" + number_words.PATTERN
RANGE = re.compile(
    rf"\b({_RANGE_NUMBER})(\s+and\s+a\s+half)?\s*(?:to|-|–|and)\s*({_RANGE_NUMBER})(\s+and\s+a\s+half)?\s*"
    r"(hours?|hrs?|days?|minutes?|mins?|weeks?)\b",
    re.I,
)
#: Between a drug and its class in apposition ("X, a Y", "X, another Y", "X (an Y)"), and after the class: the
#: apposition's end (not a list going on: "X, an antacid and Z").
DRUG_APPOSITION = re.compile(
    # (a brand name in brackets between the drug and its class: "X (brand name B), a Y"; decision 0856)
    r"( \((brand|trade) names?:? [^(),;]{1,40}\))?"
    # ("Rifampicin, the antibiotic, makes ...", "X, the heart rhythm medicine,": the definite article after a comma
    # only; decision 0976)
    # ("Nicardipine, one of the calcium channel blockers, ...": a member of the class named plural; decision 0985)
    r"((,\s+|\s\(|,\s+which is\s+|,\s+itself\s+)(an?|another)|,\s+the|,\s+one of the)( [\w-]+){0,2}? "
)
#: The head of a lay class named after its use ("the epilepsy medicine", "the heart tablet"): after "X, the" it says
#: what X is taken for, as the golds read it, no class (decision 0976).
LAY_PRODUCT = re.compile(r"\b(medicines?|medications?|drugs?|tablets?|pills?|remed(y|ies)|treatments?)$", re.I)
#: Right before a class named before its drug: the article of the noun phrase ("the antibiotic X", "an SSRI X").
CLASS_BEFORE_NAME = re.compile(r"(?:^|[^\w-])(?:the|an?)\s+$", re.I)
#: Right after such a drug: its name goes on as a modifier ("the SSRI X-induced ...", "the NSAID X gel").
NAME_GOES_ON = re.compile(r"[-/]\w")
#: ("Rifampicin, an antibiotic for tuberculosis, ...", "Trimethoprim, the antibiotic often used for cystitis, ...",
#: "Codeine, the painkiller some of you are given, ...": what it is for, or a relative clause without "that" opening
#: with an adverb or its subject; decision 0985)
APPOSITION_END = re.compile(
    r"s?(\)|[,;.:]|$| (which|that|is|was|and it|used|given|to|for|often|usually|commonly|mostly|mainly|sometimes|"
    r"many|most|some|you|we|he|she|they)\b)"
)
COPULA = re.compile(r"( \([^)]*\))?,? (is|are) (a|an|the)?( \w+){0,3} ?|( \([^)]*\))?, (a|an)( \w+){0,2} ")
#: Right before "symptoms of": a verb whose object they are ("relieve the symptoms of Y").
RELIEVED_SYMPTOMS = re.compile(
    r"\b(reliev|treat|eas|control|manag|reduc|improv|help|prevent|lessen|calm)\w*( with)?( the| its| their)?"
    r"( [\w-]+)?\s+$",
    re.I,
)
#: Right before a "sign / symptom of Y" cue in its clause: the clause denies it ("A is not a sign of Y", "A and B:
#: these are not signs of Y", "as they are never symptoms of Y", "neither is a sign of Y", "none of these are symptoms
#: of Y"): the signs before it are denied, never asserted (decision 0865).
DENIED_SIGN_BEFORE = re.compile(
    r"(\b(is|are|was|were|be)\s*(not|n['’]t|never)|\b(neither|none\s+of\s+(these|them|those|which))\s+(is|are))"
    r"\s+((an?|the|one\s+of\s+the|any|usual|typical|common|early|main|first|real)\s+){0,3}$",
    re.I,
)
#: Right after the cue: the sign is of something other than the condition named next ("signs of something other than
#: Y"): nothing of Y (decision 0865).
OTHER_THAN_AFTER = re.compile(
    r"\s*(something|anything|a\s+problem|an?\s+(illness|condition))\s+(else\s+)?other\s+than\b", re.I
)
#: Between two mentions: a coordinated clause starts ("..., and it ...", "; ...").
APART_CLAUSE = re.compile(r";|,\s*(and|but|while|whereas|or)\b", re.I)
#: Who a contraindication is about, after its cue: "... for people with X", "... by those who have had X".
FOR_PEOPLE = re.compile(
    # ("to someone with Y", "to a patient with Y", "to a patient in Y": one person standing for the group, 0741)
    r"\s*([\w-]+ ){0,2}?(in|by|for|to) ((a|an|any) )?(people|patients?|persons?|those|anyone|anybody|someone|"
    r"somebody|adults|children|child|women|men|individuals)"
    # ("by people who are severely dehydrated", "by anyone whose kidneys have stopped making urine": decision 0758)
    r"( who (have|has|had)( (recently|ever|already|previously) had)?| who (are|is)| whose [\w-]+ (have|has|are|is)"
    r"| with| in)\b"
    # ("not suitable for anyone allergic to it": the allergy right after the group, decision 0853)
    r"|\s*([\w-]+ ){0,2}?(in|by|for|to) (anyone|anybody|someone|people|those)(?= (allergic|hypersensitive) to\b)",
    re.I,
)
#: Before a prohibition of taking: "who" asking it ("Who should not take it:", "**Who should not use it:**").
WHO_ASKED = re.compile(r"(^|\W)who\s+$", re.I)
#: ... and its answer after the colon: the group with its condition ("Who should not take it: anyone who has had an
#: allergic reaction to it", decision 0853).
WHO_ANSWERED = re.compile(
    r"\s*(\*\*|__)?\s*:\s*(\*\*|__)?\s*(anyone|anybody|people|patients|those|someone|women|men|children)"
    r"( who (have|has|had)( (recently|ever|already|previously) had)?| who (are|is)| whose [\w-]+ (have|has|are|is)"
    r"| with|(?= (allergic|hypersensitive) to\b))\b",
    re.I,
)
#: A prohibition of taking before "and neither / nor should" (what the ellipsis says again); "cannot take it" is one
#: too ("People with Y cannot take it, and neither can anyone with Z", decision 0945).
TAKING_FORBIDDEN = re.compile(
    r"\b((should|must)( also| still)? not|(should|must)n['’]t) (take|use|have|be (taken|used|given))\b"
    r"|\b(cannot|can not|can['’]t) (take|use|have)\b",
    re.I,
)
#: After "and neither / nor should": the group it forbids, with no preposition ("and nor should anyone who is
#: allergic to it", "and neither should women who are breastfeeding"; decision 0853).
NOR_PEOPLE = re.compile(
    r"\s*(anyone|anybody|people|patients|those|someone|women|men|children)( who (have|has|had)"
    r"( (recently|ever|already|previously) had)?| who (are|is)| whose [\w-]+ (have|has|are|is)| with"
    r"|(?= (allergic|hypersensitive) to\b))\b",
    re.I,
)
#: After an opening "Nor / Neither should / can <group>" (the ellipsis of a prohibition the sentence before made): the
#: taking verb said again ("Nor should anyone allergic to it take it") ...
NOR_TAKING = re.compile(r"[^.;:!?]*?\b(take|use|have|be (taken|used|given))\b", re.I)
#: ... or nothing after the group's condition but "to it" and a closing word ("Nor should anyone with Y.", "Nor can
#: anyone allergic to it, obviously."): "Nor should anyone with Y worry" forbids nothing (decision 1091).
NOR_ENDS = re.compile(r"(\s+(to|with)\s+(it|them))?(\s*,?\s*(either|too|obviously|again))?\s*[.!]?\s*$", re.I)


def _opening_nor(unit: Unit, contra: re.Match, people: re.Match) -> bool:
    """Whether an opening "Nor / Neither should / can <group>" forbids the drug to its group: the sentence opens with
    it and says the taking again or ends with the group's condition (decision 1091).

    >>> u = Unit("Nor should anyone with gout.", [(23, 27, "gout", "Disease")])
    >>> _opening_nor(u, re.search("Nor should", u.text), NOR_PEOPLE.match(u.text, 10))
    True
    >>> u = Unit("Nor should anyone with gout worry.", [(23, 27, "gout", "Disease")])
    >>> _opening_nor(u, re.search("Nor should", u.text), NOR_PEOPLE.match(u.text, 10))
    False
    """
    if unit.text[: contra.start()].strip(" -*\u2022"):
        return False
    if NOR_TAKING.match(unit.text, people.end()):
        return True
    return any(NOR_ENDS.match(unit.text, m[1]) for m in unit.mentions if m[0] >= people.end())


#: After "nobody": the group it names with its condition ("Nobody who has had Y should take X", "Nobody with Y should
#: use it", "Nobody allergic to X should have it"; decision 0945).
NOBODY_PEOPLE = re.compile(
    r"( who (have|has|had)( (recently|ever|already|previously) had)?| who (are|is)| with"
    r"|(?= (allergic|hypersensitive) to\b))\b",
    re.I,
)
#: ... and the taking after that group, with the drug's pronoun ("... should take it again"; decision 0945).
NOBODY_TAKES_IT = re.compile(
    r"\b(should|must|can)( ever)? (take|use|have|be (given|prescribed|started))\s+(it|them|this medicine|this drug)\b",
    re.I,
)
#: ... or straight after a firm cue: "should be avoided in severe kidney disease".
#: A reason clause after a prohibition: what it names is why, not what is forbidden.
#: Right before a prohibition's cue: a pronoun as its subject ("It should not be used", "they must not be taken").
#: Right after a prohibition cue, its object a pronoun for the drug ("You must not take it if you are allergic to
#: aspirin", "do not use this medicine if ..."): the drug forbidden is the pronoun's, never a drug named after it
#: (decision 0701).
OBJECT_PRONOUN = re.compile(
    r"\s*((take|use|be given|have|start)\s+)?"
    r"(it|them|this (drug|medicine|medication)|the (drug|medicine|medication))\b",
    re.I,
)
SUBJECT_PRONOUN = re.compile(
    r"(^|[,;]\s*|\b(and|but|so)\s+)(it|they|this (drug|medicine|medication)|the (drug|medicine|medication))"
    # (... with the copula a soft cue leaves before it: "It is not suitable for", "It's also not for": decision 0928)
    r"(\s+(is|are|was|were)|['’](s|re))?\s+((also|still|usually|generally|often)\s+)?$",
    re.I,
)
#: After a soft cue: an infinitive, whose "it" before the cue is no drug ("It is not recommended to take B in Y",
#: "it is not safe for children to use B": decision 0928).
EXPLETIVE_AFTER = re.compile(r"[^.;:]*?\bto\s+(be\s+)?(take|use|give|have|start|prescribe|combine|mix|drink)", re.I)
REASON = re.compile(
    r",?\s*\b(because|since|as (it|they) (contains?|can|may|might|could|will|(has|have|is|are) (been )?"
    r"(linked|tied)))\b",
    re.I,
)
#: (a Markdown emphasis may open the name: "not recommended in **pregnancy**", "not licensed for **children**";
#: decision 0686)
IN_CONDITION = re.compile(r"\s*(in|for|by|during) (\*\*|__|\*|_)?(?=\w)", re.I)
TO_GROUP = re.compile(r"\s*to (\*\*|__|\*|_)?(?=\w)", re.I)
#: "while / when" before a group that is a state of the reader's ("should not be taken while breastfeeding", "not
#: recommended when breastfeeding"): the group a prohibition forbids, as "in / during" would (decision 0686).
WHILE_GROUP = re.compile(r"\s*(while|when) (you are |you're )?(\*\*|__|\*|_)?(?=(breast|pregnan))", re.I)
#: ... or the reader addressed as one of a group: "You should not take X if you are pregnant", "It is not suitable if
#: you are breastfeeding" (the group is the lexicon's population; issue 13 round 4, decision 0633)
IF_YOU_ARE = re.compile(
    r"\s*([\w-]+ ){0,2}?if you( are|['’]re) (currently |still )?(pregnant|breastfeeding|breast-feeding)\b", re.I
)
YOU_ARE_GROUP = {"pregnant": "pregnant-women", "breastfeeding": "breastfeeding-mothers"}
#: Right before a prohibition cue (with only auxiliaries and "advised to", "decide it is" between): a hedge of
#: ConText's that makes it Possible ("may not be suitable for", "may be advised to avoid it"; not "women who may
#: become pregnant must not").
HEDGE_BEFORE = re.compile(
    r"\b(" + "|".join(sorted((h for h in HEDGES if " " not in h), key=len, reverse=True)) + r")"
    r"( (be|not|also|still|need|needs|to|advised|told|asked|decide|decides|that|it|is|have|want|wish|usually|"
    r"generally|best))*\s*$",
    re.I,
)
#: The condition of "If you have (had) Y, your doctor may prefer a different treatment", "Do not take X if you have
#: Y", "It is not suitable if you are allergic to it".
IF_YOU_HAVE = re.compile(
    # ("if you're pregnant", "if you've had Y": the contracted forms, decision 0741)
    # ("... not to take X if they have Y": the third person, decision 0758)
    r"(\s*for you)?\s*\bif (you|they)( |(?=['’]))"
    r"(have|had|['’]ve|(are|['’]re)(?! (taking|using|on|given|having|prescribed)\b)|suffer from)"
    r"( ever| already)?( had| been diagnosed with)?\b",
    re.I,
)
#: After a prohibition cue: it holds only until someone is asked ("... without first talking it through", "without
#: checking with your doctor"): advice to ask, no contraindication (decision 0741).
WITHOUT_ASKING = re.compile(r"\bwithout (first )?(talking|checking|speaking|asking|discussing|consulting)\b", re.I)
#: Before a mention in the cue's clause: a verb of causing; what is caused is why, not who is forbidden ("combining
#: X with Y can cause Z, and X must not be taken within 14 days of Y").
CAUSED_BEFORE = re.compile(
    r"\b(caus(e|es|ed|ing)|lead(s|ing)? to|trigger(s|ed)?|result(s|ing)? in|bring(s)? on)\s+$", re.I
)
#: Right after a cue: the drug it forbids, named or referred to ("avoid it in pregnancy", "do not take X if ...").
THE_DRUG_AFTER = re.compile(r"\s+(it|them|this medicine|this drug|the medicine|the drug)\b", re.I)
#: A soft cue of advice ("not recommended / advised / suitable"): "in" and a condition after it forbids ("not
#: recommended in severe kidney disease"); "for" and a condition denies a use ("not recommended for back pain").
SOFT_ADVICE = re.compile(r"(recommended|advised|suitable)$", re.I)
#: After a firm cue ("should not be used"), the preposition before a condition that names what the drug would be
#: given for, not whom it is withheld from: "should not be used for Y" is a denied use (decision 0754), "should not
#: be used in Y" a contraindication.
DENIED_USE_PREPOSITIONS = frozenset({"for"})


def denies_a_use(unit: Unit, contra: re.Match) -> bool:
    """Whether a firm prohibition cue ("should not be used", "must not be given") is followed by "for" and a condition
    (DENIED_USE_PREPOSITIONS): what the drug would be given for, a denied use (a negated treats), not a
    contraindication; "for children", "for people with Y" name whom it is withheld from (decision 0754).

    >>> u = Unit("X should not be used for gout.", [(0, 1, "x", "Drug"), (25, 29, "gout", "Disease")])
    >>> denies_a_use(u, re.search("should not be used", u.text))
    True
    >>> u = Unit("X should not be used for children.", [(0, 1, "x", "Drug"), (25, 33, "children", "Population")])
    >>> denies_a_use(u, re.search("should not be used", u.text))
    False
    >>> u = Unit("X should not be used in gout.", [(0, 1, "x", "Drug"), (24, 28, "gout", "Disease")])
    >>> denies_a_use(u, re.search("should not be used", u.text))
    False
    """
    groups = contra.groupdict()
    if groups.get("soft") or groups.get("imperative") or groups.get("instead"):
        return False
    placed = IN_CONDITION.match(unit.text, contra.end())
    if not placed or placed.group(1).lower() not in DENIED_USE_PREPOSITIONS or _whom(unit, contra.end()):
        return False
    severity = SEVERITY.match(unit.text, placed.end())
    starts = {placed.end(), severity.end() if severity else placed.end()}
    return any(m[0] in starts and m[3] in COND for m in unit.mentions)


#: Right after a forbidden condition: a relative clause of its onset or worsening ("heart failure that has suddenly got
#: worse", "asthma which is getting worse", "a rash that has just started"): one phase of the condition is forbidden,
#: not the whole (the drug may well be used in it): no contraindication of the condition (decision 0765).
ONSET_AFTER = re.compile(
    r"\s+(that|which)\s+((has|have|had|is|are|was|were)\s+)?((\w+ly|just|recently|only)\s+)?"
    r"(got|gotten|become|became|grown|come\s+on|came\s+on|start(ed|ing)|begun|began|flared|worsened|getting\s+worse|"
    r"worsening|becoming\s+worse)\b",
    re.I,
)
#: Right after a forbidden condition: a relative clause of its present state ("a stomach ulcer that is bleeding", "an
#: infection that is active", "a wound that has not healed"): that state of the condition is forbidden, not the whole
#: condition, and a condition named in the clause ("bleeding") is the state's, no separate prohibition (decision 0774).
#: (Not "that is not under control": the goldens write the condition itself there, "high blood pressure that is not
#: under control" as hypertension.)
STATE_AFTER = re.compile(
    r"\s+(that|which)\s+(is|are|was|were|has|have|had)(n't|\s+not)?\s+(still\s+|now\s+|currently\s+|yet\s+)?"
    r"((not\s+)?(yet\s+)?healed|actively\s+[\w-]+|bleeding|active|infected|inflamed|perforated|spreading|"
    r"ulcerated)\b",
    re.I,
)
#: Right before a condition in a prohibition: a coordinated "or for" / "and for" (not "for people with", "for
#: children"): what the drug would be used for (decision 0761).
COORDINATED_FOR = re.compile(
    r"(,\s*|\s)(or|and|nor)\s+for\s+(?!(people|patients|those|anyone|adults|children|babies|infants|women|men|"
    r"someone|you)\b)((an?|the|your)\s+)?([\w'-]+\s+){0,2}$",
    re.I,
)
#: A severity word before a condition's name.
SEVERITY = re.compile(
    r"(severe|mild|moderate|advanced|chronic|untreated|uncontrolled|active|significant|serious) ", re.I
)
#: A result clause opens (what comes before it is the reason, not who is forbidden the drug).
RESULT = re.compile(r",\s*(and\s+)?so\b(?!-)", re.I)
WITH = re.compile(r"\s+with\s+")
#: (decision 0747) Between a group and the condition that restricts it, after the cue as before it: "should not be used
#: in older people with dementia", "not for children who have asthma", "in women with a history of Y": the condition
#: is forbidden, the whole group is not (the goldens write the condition, the group as its population).
GROUP_RESTRICTED = re.compile(
    # ("women who have had Y", "who have or have had Y", "who have ever had Y": decision 0877)
    r"\s+(?:with|who\s+(?:(?:have|has)\s+(?:or\s+(?:have|has)\s+)?(?:(?:ever|recently|already|previously)\s+)?had|"
    r"have|has|had|suffer\s+from|are\s+living\s+with)|that\s+(?:have|has)|living\s+with)"
    r"\s+(?:(?:a|an|the|any|known|severe|mild|moderate|advanced|existing|history\s+of)\s+){0,3}",
    re.I,
)
#: Right after a cue, before a formulation's name: "should not take the chewable tablets".
FORM_AFTER = re.compile(r"\s+(the|these|this)\s+", re.I)
#: After a reason clause: the list of who goes on ("..., because it can stain teeth, or to women who are pregnant").
# ("..., if you cannot pass urine because of Y, or if you have Z": the list goes on at its next "if you have"; 0758)
RESUMED = re.compile(
    r",\s*(or|and|nor)\s+(to|in|for|by|during|if (you|they) (have|has|had|are|['’]ve|['’]re)( had)?)\s+"
    r"((a|an|the|any)\s+)?(?=\w)",
    re.I,
)
#: Before a cue: no prohibition ("you do not need to avoid X if ...").
NO_NEED = re.compile(r"\b(no|not|n't) need to\s*$", re.I)
#: Before a cue: a denied reason ("Y is not a reason to avoid X", "no reason to stop it"): the prohibition is denied
#: (decision 0667).
NO_REASON = re.compile(r"\b(no|not an?|n't an?|never an?)( good| real)? reason (to|for you to)\s*$", re.I)
#: A prohibition cue that is a word of judgement ("contraindicated", "unsafe", "harmful", "dangerous") after a
#: negation of its own ("is not contraindicated in pregnancy", "is not unsafe", "isn't thought to be harmful"): a denied
#: contraindication, the double negation of the safety statement (decision 0701).
JUDGED_CUE = re.compile(r"contraindicated|unsafe|unsuitable|harmful|dangerous|ruled out", re.I)
NOT_BEFORE = re.compile(
    r"(\bnot|\bnever|n['’]t)( (\w+ly|considered|thought|known|believed|found|shown|seen|be|to|at all))*\s*$", re.I
)
# Patterns of the rules below, compiled once: `re.search(<string>, ...)` looks its pattern up in re's cache at every
# call, and these run for every sentence. Where a pattern is applied with pos/endpos instead of to a slice (no
# copy), the result is the slice's: endpos cuts the string as a slice does, and a pos differs from a slice only for
# ^ and \b at pos, which the patterns given a pos > 0 do not start with.
SEPARATION = re.compile(r"[\s,]*")
#: Right before an example: a quantifier that takes only some of its members ("such as some older antidepressants").
SOME_OF = re.compile(r"\b(some|certain|many|several|a few)\s+([\w-]+\s+)?$", re.I)


def _after_plural(text: str, end: int) -> int:
    """Where the words after a mention ending at `end` start, past a plural's "s" and the spaces."""
    return end + len(re.match(r"s?\s*", text[end : end + 8]).group())


#: Words at most between "such as" and a list's first drug ("such as the antifungal **A**", "such as the older A").
FIRST_EXAMPLE_WORDS = 3
#: Between a class's adjective and "such as": the noun of medicine it modifies ("an opioid medicine, such as"), or
#: the form it comes in ("antifungal tablets such as A", "antihistamine tablets, such as B"; decision 0856).
MEDICINE_NOUN = re.compile(r"\s+(medicines?|medications?|drugs?|tablets?|pills?|capsules?)[\s,]*")
HEAD_OF_EFFECTS = re.compile(r"(symptoms|signs|effects)$", re.I)
#: Right before a condition that heads examples: people said to have it ("people with a serious mental illness such
#: as psychosis", "anyone with an active, serious infection, such as tuberculosis"): a restriction names the examples
#: as the people it is about, and no development gold written by an outside writer reads a kind there (decision 0896).
PEOPLE_WITH_KIND = re.compile(
    rf"\b(?:{people('someone', 'anybody', 'somebody', 'person')})\s+(?:with|who\s+(?:have|has|had))\s+"
    r"(?:(?:an?|any|the|certain|some)\s+)?(?:[\w-]+,?\s+){0,3}$",
    re.I,
)
#: Between two agents of a list of examples: a separator, after a bracketed brand or gloss ("A (Brand), B or C").
#: After the one example of "Ys such as A": a comma and a coordinator close the list ("Ys such as A, and B, can ...":
#: B is added beside the Ys, not one of them; a list of examples goes "A, B and C" or "A and B"; decision 0738).
#: Right before a drug that a dose becomes in the body: "reaches the blood as B", "is changed into (its active form)
#: B" (decision 0738).
AS_PRODUCT = re.compile(
    r"\b(?:(?:reach\w*|enters?|appears?|circulates?) (?:\w+ ){0,3}as"
    r"|(?:in)?to (?:its |the |an )?active (?:form|metabolite),?"
    r"|(?:converted|changed|turned|broken down|metaboli[sz]ed) (?:\w+ ){0,3}?(?:in)?to(?: its| the| an)?)\s+$",
    re.I,
)
#: Right after a group named after a prohibition's cue: a relative clause and a modal verb of advice ("women who are
#: planning a baby should talk to their doctor", "older people should ask"): the group is its own clause's subject
#: (decision 0835); and a passive of advice ("women who could become pregnant are asked / told / encouraged to use
#: contraception", "will be advised to"), or the group's own present verb of doing with its object ("women on it use a
#: barrier method", "women who could get pregnant use reliable contraception"; decision 0846).
ADVISED_SUBJECT_AFTER = re.compile(
    r"(\s+(who|that)\s+[^,;:.()]{1,50}?)?\s+(should|must|ought\s+to|need\s+to|needs\s+to|have\s+to|has\s+to|"
    r"(are|is|will\s+be|may\s+be|should\s+be|would\s+be)\s+((also|usually|always|often|strongly|then)\s+)?"
    r"(advised|asked|told|encouraged|urged|reminded|recommended|expected|invited)\s+to)\s+(?!not\b|never\b)"
    r"|(\s+(who|that)\s+[^,;:.()]{1,50}?|\s+(on|taking|using)\s+(it|them|this\s+medicine|this\s+drug))?\s+"
    r"((also|usually|always|then)\s+)?(use|take|need|have|keep|carry)\s+(an?|the|some|extra|reliable|effective|"
    r"regular)\b",
    re.I,
)
#: A state of a group of people that a prohibition names after its cue ("avoid it in pregnancy", "during
#: breastfeeding"): a group named as the cue's subject is the group in that state (decision 0846).
GROUP_STATES = frozenset({"pregnant-women", "breastfeeding-mothers", "breastfeeding"})
STATE_AFTER_CUE = re.compile(r"\b(in|during|while)\s+([\w-]+\s+){0,2}$", re.I)
#: ... and between a group after the cue and that state: the state's preposition only ("to women during pregnancy").
STATE_RIGHT_AFTER = re.compile(r"\s+(in|during|while)\s+([\w-]+\s+){0,2}", re.I)
#: Between a prohibition's cue and a later group: a new clause opens (", and", ", but", ";", ", so").
NEW_CLAUSE_GAP = re.compile(r"(,\s*(and|but|so|while|whereas)|;)\s", re.I)
#: Between "Y, especially" and its first example: a word opening a circumstance ("dizzy, especially at first or when
#: they are dehydrated"): the cue qualifies when Y comes, and what follows is no kind of Y (decision 0835).
CIRCUMSTANCE_GAP = re.compile(r"\b(when|whenever|if|while|once|unless|after|before|during|at first)\b", re.I)
LIST_CLOSED = re.compile(r"(\s*\([^()]{1,40}\))?\s*,\s*(and|or)\s+", re.I)
MEMBER_GAP = re.compile(r"(\s*\([^()]{1,40}\))?\s*(,\s*((and|or)\s+)?|(and|or)\s+)", re.I)
LIST_ITEM_BEFORE = re.compile(r"\w, $")  # "hallucinations, X": X is an item of a list
#: After the second of "A, B": the list goes on ("A, B and C"; "A, an X, a Y or Z": an item with an article is
#: no apposition when one more item and a coordinator follow it, decision 0643).
LIST_GOES_ON = re.compile(r"\s*(and|or)\b|,\s+((an?|the) )?[\w-]+( [\w-]+){0,3},?\s+(and|or)\b", re.I)
KIND_OF = re.compile(r"\b(kind|type|form|sort)s? of\s*$", re.I)
#: Between two conditions: a hyponym statement ("Y is a type of Z", "Y, a form of Z", "Y is a Z"); a bare ", a (very
#: itchy) Z" after a condition defines or describes it ("scabies, a very itchy rash"), which names no kind (0661).
CONDITION_KIND = re.compile(r"\b(is|are)\b|\b(kind|type|form|sort|variety)s? of\b", re.I)
#: Between an illness and a sign after "is": words that make the sign a kind or deny it ("Y is a type of pain", "Y is
#: not chest pain"), where the copula names no sign of it (decision 0759).
NOT_A_SIGN = re.compile(r"\b(kind|type|form|sort|variety|not|never|no)\b|n't\b", re.I)
#: (decision 1016) After "Y is": a process that says what kind of illness Y is, its genus, no sign the patient has:
#: "Conjunctivitis is inflammation of the ...", "Impetigo is a surface infection of the skin", "Thrush is an overgrowth
#: of a yeast", "Alopecia areata is an autoimmune condition". The sign's words (with what follows them) name a
#: process of a body part or an organism, or are the modifier of a noun of illness.
GENUS_OF_ILLNESS = re.compile(
    r"[\w' -]*\b(inflammation|infections?|overgrowth|autoimmun\w*)\b"
    r"(\s+(of|in|on)\b|\s+(condition|disease|disorder|illness|problem)s?\b|\s*$)",
    re.I,
)


def _disease_is_sign(text: str, a: tuple, b: tuple, between: str) -> bool:
    """Whether "A is B" defines an illness (class Disease) by a sign (class Symptom) that it is ("Angina is chest pain
    that comes on when ...", "Shingles is a painful rash"): the sign is the illness's phenotype, not its kind
    (decision 0759). Not after a comma (an apposition describes), nor with a kind or a denial between.

    >>> _disease_is_sign("Angina is chest pain.", (0, 6, "a", "Disease"), (10, 20, "chest-pain", "Symptom"), " is ")
    True
    >>> _disease_is_sign("Sciatica is a type of pain.", (0, 8, "s", "Disease"), (22, 26, "pain", "Symptom"),
    ...                  " is a type of ")
    False
    """
    return (
        a[3] == "Disease"
        and b[3] == "Symptom"
        and a[2] != b[2]
        and not between.lstrip().startswith(",")
        and re.match(r"\s*(is|are)\b", between) is not None
        and not NOT_A_SIGN.search(between)
    )


def genus_of_illness(text: str, sign: tuple) -> bool:
    """Whether the sign an illness "is" names the process it is, its genus (GENUS_OF_ILLNESS; decision 1016): the
    sign's words and what follows them up to the clause's end.

    >>> genus_of_illness("Conjunctivitis is inflammation of the eye.", (18, 30, "inflammation", "Symptom"))
    True
    >>> genus_of_illness("Alopecia areata is an autoimmune condition.", (22, 32, "autoimmunity", "Symptom"))
    True
    >>> genus_of_illness("Angina is chest pain that comes on with effort.", (10, 20, "chest-pain", "Symptom"))
    False
    """
    return GENUS_OF_ILLNESS.match(re.split(r"[,.;:]", text[sign[0] : sign[1] + 12])[0]) is not None


#: Between two conditions after the copula: a relation other than a kind ("Y is a symptom of Z", "a part of Z", "a
#: complication of Z"): Y is no kind of Z (decision 0720).
#: Right before a condition that opens a copula: the signs, causes or parts "of" it ("The usual signs of gout are A",
#: "The main symptoms of the infection are B"): what follows the copula is said of it, no kind (decision 0862).
OWNER_OF_SIGNS = re.compile(
    r"\b(symptoms?|signs?|features?|causes?|complications?|triggers?|effects?|risk factors?|warning signs?)\s+of\s+"
    r"((an?|the|this|that|your|their)\s+)?[*_]*$",
    re.I,
)
OTHER_THAN_KIND = re.compile(
    r"\b(symptoms?|signs?|features?|parts?|causes?|complications?|results?|consequences?|triggers?|effects?|"
    r"risk factors?|precursors?|stages?|phases?|markers?|warnings?)\s+of\b"
    # ("the FP receptor, a receptor for prostaglandin F": the messenger it receives or carries, no kind; 0906)
    r"|\b(receptors?|channels?|transporters?|carriers?|pumps?)\s+for\b",
    re.I,
)
#: Right before a class followed by "such as": another class coordinated with it ("antibiotics and antifungals, such
#: as A and B"): which example is which class the sentence does not say (0661).
COORDINATED_HEAD = re.compile(r"\s*(,\s*)?\b(and|or)\s+$", re.I)
#: After an example of a class: a relative clause about it ("acne that leaves scars") ends the examples (0661).
RELATIVE_AFTER = re.compile(r"\s+(that|which|who|whose)\b", re.I)
#: Right before the head of "Y such as A": what follows are Y's signs, effects or causes, not kinds of Y ("the warning
#: signs of a low blood sugar, such as a racing heart"; decision 0680).
SIGNS_OF = re.compile(
    r"\b(signs?|symptoms?|features?|effects?|complications?|consequences?|causes?|triggers?|results?)\s+of\s+"
    r"(an?\s+|the\s+|your\s+)?$",
    re.I,
)
AS_A = re.compile(r"\s*as an? [\w-]+( [\w-]+)?, ")
SIDE_EFFECTS = re.compile(r"side effects?")
#: Its match ends in "effects" (case-sensitive pattern): a text without that word is not searched.
LISTED_FIRST = re.compile(r"\b(are|were) (the |some of the )?(most )?([\w-]+ )?(side|adverse) effects\b")
SIDE_EFFECT_HEADING = re.compile(r"side effects?|adverse|" + WATCH_HEADING.pattern, re.I)  # (0776)
#: Who a list item is about, right before a condition: "those with Y", "people who have Y" (decision 0681).
WHO_WITH = re.compile(
    rf"\b({people('persons', 'someone')})( who (have|has|had|are)| with| prone to| susceptible to)"
    r"\s+(\w+\s+){0,2}$",
    re.I,
)
#: Right before a condition: a phrase of use or of the people treated ("once used for", "given for", "when treating",
#: "in people with"): the condition is the use's or the population's, not an effect named in the same item
#: (decision 0697).
USE_OR_WHO_BEFORE = re.compile(
    r"(\b((once|formerly|previously|originally|first|mainly|also|still|usually)\s+)?"
    r"(used|given|prescribed|taken|licensed|approved)\s+(for|to treat|in|against)"
    r"|\bwhen (treating|used for|used to treat|given for|taken for)"
    r"|\bin (people|patients|persons|adults|children|women|men|those) (with|who have|who had|prone to|susceptible to))"
    r"\s+(the\s+)?([\w'-]+\s+){0,2}$",
    re.I,
)
#: The drug a lead of side effects refers to without its name ("it is not free of side effects:").
LEAD_PRONOUN = re.compile(r"\b(it|its|this medicine|this drug)\b", re.I)
#: A lead sentence (ending in ":") that opens a list of the drug's side effects: "X is well tolerated, but it is not
#: free of side effects:", "Side effects of X can include:" (decision 0681); one that denies them opens none.
#: The words of a heading that names side effects outright (a heading of what to look out for may name an illness's
#: signs instead; decision 0804).
EFFECTS_WORD = re.compile(r"side effects?|adverse|unwanted", re.I)
EFFECTS_LEAD = re.compile(r"\b(side|adverse|unwanted) (effects?|reactions?)\b", re.I)
NO_EFFECTS_LEAD = re.compile(r"\b(no|without|(?<!not )free (of|from))\b( \w+){0,2} (side|adverse|unwanted)\b", re.I)
#: A line (or a list's lead) labelled by how often what follows happens, as leaflets grade side effects: "- **Common:**
#: feeling sick", "Very common in adults (more than 1 in 10): A and B", "Uncommon (up to 1 in 100 people):"; what it
#: names are the drug's side effects even under a heading that does not say so (decision 0714).
FREQUENCY_LABEL = re.compile(
    r"^[\W_]*(very common|common|uncommon|less common|rare|very rare|frequent|infrequent)[*_]*"
    r"(\s+in\s+(adults|children|older people))?[*_]*(\s*\((up to|more than|fewer than|less than|about)?\s*1 in "
    r"[\d,]+( people| patients| users)?\))?[*_]*:[*_]*(\s|$)",
    re.I,
)
#: In a graded line, right before a condition: an appositive after another one ("Y, a serious infection of ..."), a
#: gloss of it, no further effect; or a word the vocabularies did not take in ("urine infections"): the text names a
#: narrower effect than the bare head, which would say more than the text (decision 0714).
GLOSS_BEFORE = re.compile(r",\s+(an?|the)\s+([\w'-]+\s+){0,3}$", re.I)
GLOSS_AFTER = re.compile(r"\s+(of|in|that|which|where)\b", re.I)
EMPHASIS_MARK = re.compile(r"\*\*|__")
UNREAD_MODIFIER = re.compile(
    r"(?<![\w'-])(?!(?:an?|the|some|any|other|mild|minor|severe|serious|feeling|and|or|of|with|very|more|less|most|new|"
    r"sudden|bad|slight)\s)[a-z][\w'-]*\s+$"
)
#: Right before a withdrawal mention: a bare "no" that denies it ("No withdrawal effects, fine to stop").
#: A sentence, or a clause after a colon, opening with some of the people: "Some people get withdrawal symptoms", "A
#: few patients have withdrawal effects" - the withdrawal comes to some of them, Occasional as the side effects some
#: people get are (decisions 0769, 0938), when no clause break stands between them and the mention (decision 0957).
SOME_PEOPLE_OPEN = re.compile(rf"(?:^|:)\s*(?:[-*\u2022]\s+)?[*_]{{0,2}}{FEW}\s+{PEOPLE}\b", re.I)
NO_RIGHT_BEFORE = re.compile(r"\b(no|without)\s+(\*\*|__)?$", re.I)
#: After a denied withdrawal: a new clause about what to do, whose conditions are no withdrawal effects.
#: ... or what does come instead, the treated condition's own signs back ("there would be no withdrawal effects, just
#: my old breathlessness back": the illness returning, neither a withdrawal effect nor a denied one; decision 0978)
DENIAL_CLAUSE_END = re.compile(
    r",\s*(and|so|as)\s+(the|it|you|this|there|they|your)\b|[,:;-]\s*(fine|safe|ok)\b|,\s*(even\s+)?though\b"
    r"|,\s*(just|only|simply|merely)\b"
    # ... or a clause of its own after a comma or colon, what stopping leaves instead: "there's no withdrawal as such,
    # it's just that the cancer could grow again", "no withdrawal if you stop, the psoriasis just slowly comes back",
    # "no withdrawal effects: if I miss a few days, my IBS simply comes back" - a new subject, then a modal or an
    # adverb within three words (not a list's next item, "such as anxiety, the shakes or sweating"; decision 1081)
    r"|[,:;]\s*(?:(?:if|when|once)\b[^,.;:]{0,40},\s*)?(?:(?:it|that)['’]s\s+(?:just|only|simply)\b|"
    r"(?:the|my|his|her|their|your|our|he|she|i|you|they|we)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:just|simply|only|would|will|could|might|may|can|slowly|gradually)\b)",
    re.I,
)
CONDITION_WORD = re.compile(r"\b(if|when|unless)\b", re.I)
USAGE_BEFORE = re.compile(r"\b(use[sd]?|taken|taking|combin\w+|together)$", re.I)
#: What a hyponym's head ("Y such as X") may be: a condition, a drug class or a therapy.
KIND_HEADS = COND | {"DrugClass", "NonDrugTherapy"}
#: Classes of mentions the drug-level rules of `_special` make claims about (besides its cue-led rules).
DRUG_FACTS = frozenset({"PharmacokineticParameter", "PharmacologicalEffect"})


#: A lead of who must not take the drug ("Do not take it if:", "DON'T TAKE IT IF...", "Who should not take it?"):
#: the bullets after it are no side effects, even under a side-effect heading (decision 0734).
CONTRA_LEAD = re.compile(
    r"\b((should|must|can)( also)? ?not|shouldn't|mustn't|do not|don't)( \w+)? (take|use|have)\b|"
    r"\bcontraindicat",
    re.I,
)
#: A bullet that states the reader's own condition or allergy ("- you have Y", "- if you are allergic to X"):
#: who must not take a drug, never a side effect of it (decision 0734).
READERS_STATE = re.compile(r"\W*(if\s+)?you\s+(have\b(?!\s+(had|got|noticed|developed))|(are|'re)\s+allergic)", re.I)


def _whom(unit: Unit, at: int) -> re.Match | None:
    """After a soft prohibition cue ("not recommended"): "in / for / during" and a population named right after it
    ("not recommended in pregnancy", "not usually recommended for children"): who it forbids, not a denied use.

    >>> u = Unit("X is not recommended for children.", [(0, 1, "x", "Drug"), (25, 33, "children", "Population")])
    >>> bool(_whom(u, 20)), bool(_whom(Unit("X is not recommended for pain.", [(25, 29, "pain", "Symptom")]), 20))
    (True, False)
    """
    # ("is not given to children under 12": "to" and the group, issue 13 round 4, decision 0633)
    placed = IN_CONDITION.match(unit.text, at) or TO_GROUP.match(unit.text, at) or WHILE_GROUP.match(unit.text, at)
    if placed and any(m[0] == placed.end() and m[3] == "Population" for m in unit.mentions):
        return placed
    return None


def _after_cue(unit: Unit, contra: re.Match) -> re.Match | None:
    """Where the list of who a prohibition cue forbids starts after it (None: it names no one after it): "for
    people with Y", "if you have Y", a population after a soft cue, "in / by / to" after a firm one; a drug or
    pronoun right after the cue is skipped ("avoid it in pregnancy", "do not take X if you have Y", decision 0636).
    """
    text, at = unit.text, contra.end()
    if contra.group("instead"):  # "... may prefer a different treatment (for you) if you have Y"
        return IF_YOU_HAVE.match(text, at)
    if contra.group("nor"):  # "..., and nor should anyone who is allergic to it" (after a prohibition of taking)
        people = NOR_PEOPLE.match(text, at)
        if TAKING_FORBIDDEN.search(text, 0, contra.start()) or (people and _opening_nor(unit, contra, people)):
            return people
        return None
    if contra.group("nobody"):  # "Nobody who has had Y should take X" (decision 0945)
        return NOBODY_PEOPLE.match(text, at)
    asked = WHO_ASKED.search(text, 0, contra.start())  # "Who should not take it: anyone who ..." (decision 0853)
    places = [at]
    pronoun = THE_DRUG_AFTER.match(text, at)
    named = [m for m in unit.mentions if m[0] > at and m[3] in DRUG and not text[at : m[0]].strip()]
    if pronoun or named:
        places.append(pronoun.end() if pronoun else named[0][1])
    for pos in places:
        after = FOR_PEOPLE.match(text, pos) or IF_YOU_HAVE.match(text, pos) or (asked and WHO_ANSWERED.match(text, pos))
        if after or contra.group("imperative"):  # ("do not take X": only "if you have Y" or "people with Y")
            if after:
                return after
            continue
        if contra.group("soft"):
            after = _whom(unit, pos) or _condition_in(unit, pos, contra.group("soft"))
        else:  # (after the drug, "in / during" only: "do not take X for pain" denies a use)
            after = IN_CONDITION.match(text, pos) or _whom(unit, pos)
            if after and pos > at and after.group(1).lower() not in ("in", "during", "while", "when"):
                after = None
        if after:
            return after
    return None


def _forbids(unit: Unit, contra: re.Match) -> bool:
    """Whether a cue that forbids only with its people named ("not recommended", "do not take", "may prefer a
    different treatment") names them: after it (`_after_cue`, "if you are pregnant"), or, for an imperative or a
    different treatment, in an "if you have Y" clause before it ("If you have Y, do not take X")."""
    if not (contra.group("soft") or contra.group("imperative") or contra.group("instead")):
        return True
    if _advised_not_to(unit, contra):
        return True
    if _after_cue(unit, contra) or IF_YOU_ARE.match(unit.text, contra.end()):
        return True
    if contra.group("soft"):
        return bool(_if_you_have_opening(unit, contra))
    opened = clause_start(unit.text.lower(), contra.start())
    return bool(IF_YOU_HAVE.search(unit.text, opened, contra.start()))


#: Right before "not to take / use / give": the group before it is told so ("Pregnant women are usually advised not to
#: take it", "Women who are breastfeeding are told not to use it"; decision 0853).
ADVISED_NOT_TO = re.compile(r"\b(are|is)( \w+ly)? (advised|told|asked)\s+$", re.I)


def _advised_not_to(unit: Unit, contra: re.Match) -> bool:
    """Whether the cue is "not to take" after "(people) are advised / told / asked": the prohibition's people are the
    subject before it, as in "People with Y should not take it".

    >>> u = Unit("Pregnant women are advised not to take it.", [])
    >>> v = Unit("Remember not to take it twice.", [])
    >>> [_advised_not_to(w, re.search("(?P<imperative>not to take)", w.text)) for w in (u, v)]
    [True, False]
    """
    if not (contra.group(0).lower().startswith("not to") and contra.groupdict().get("imperative")):
        return False
    return bool(ADVISED_NOT_TO.search(unit.text, max(0, contra.start() - 40), contra.start()))


MODAL = re.compile(r"\b(may|might|could)\b", re.I)
#: A sentence that opens with the reader's condition: "If you have (had) Y, ..." (not "if you are taking").
IF_YOU_HAVE_OPENING = re.compile(
    r"\W*if you (have|had|'ve|suffer from)( ever| already)?( had| been diagnosed with)?\b", re.I
)
#: After a soft cue: it closes its clause, or names only the reader ("... it may not be suitable.", "... is not right
#: for you.").
SOFT_CLOSES = re.compile(r"\s*(for you\s*)?([.,;:)]|$)", re.I)


def _if_you_have_opening(unit: Unit, contra: re.Match) -> re.Match | None:
    """The "If you have Y" clause that opens the sentence of a soft cue naming no one after it: "If you have liver
    problems, check first, as it may not be suitable", "If you have had Y, your doctor may decide that X is not right
    for you": Y is whom the advice may forbid the drug (decision 0686).

    >>> u = Unit("If you have gout, it may not be suitable.", [])
    >>> bool(_if_you_have_opening(u, re.search("not be suitable", u.text)))
    True
    >>> u = Unit("If you have gout, it is not recommended to stop it.", [])
    >>> bool(_if_you_have_opening(u, re.search("not recommended", u.text)))
    False
    """
    if not SOFT_CLOSES.match(unit.text, contra.end()):
        return None
    return IF_YOU_HAVE_OPENING.match(unit.text)


#: Right before a drug: what makes it the allergen a reader reacts to ("allergic to B", "an allergy to B", "sensitive
#: to B"; "has reacted (badly) to B", decision 0945), never the subject of a prohibition in the same sentence (0804).
ALLERGEN_BEFORE = re.compile(
    r"\b(allergic|allerg(y|ies)|hypersensitiv(e|ity)|sensitive|sensitivity|reaction"
    r"|react(ed|s)?(\s+(badly|strongly|severely|poorly))?)\s+to\s+$"
    # (the drug that sets a reaction off: "whose asthma is set off by B", "a rash after taking B", "asthma that flares
    # with B"; the reader reacts to B, B forbids nothing; decision 1040)
    r"|\b((set\s+off|brought\s+on|triggered|started|made\s+worse)\s+by|(after|with)\s+(taking|using|having)|"
    r"(flares?|flared)(\s+up)?\s+(after|with))\s+$",
    re.I,
)
#: Right before a prohibition's cue: the pronoun that is its subject ("It is not suitable for", "It should not be
#: taken by"), the drug a sentence naming an allergen after the cue forbids (decision 1040).
IT_SUBJECT_BEFORE = re.compile(
    r"^\W*(it|this medicine|this drug)\s+((is|are|should|must|can|will|would)(n['’]t)?\s+)?"
    r"((also|usually|generally)\s+)?$",
    re.I,
)
#: In or right after a prohibition's cue: the object pronoun naming the drug it is about ("must not take it").
IT_PRONOUN = re.compile(r"\b(it|them|this medicine|this drug)\b", re.I)


def _allergen(unit: Unit, slug: str) -> bool:
    """Whether every mention of the drug `slug` in the unit is an allergen ("allergic to B")."""
    spans = [m for m in unit.mentions if m[2] == slug]
    return bool(spans) and all(ALLERGEN_BEFORE.search(unit.text, max(0, m[0] - 30), m[0]) for m in spans)


def _not_the_allergen(unit: Unit, ctx: Discourse, contra: re.Match) -> Subject:
    """Whom a prohibition naming an allergen forbids: a drug named after its cue that is no allergen ("allergic to
    aspirin should not take B"), else the document's drug when a pronoun in or right after the cue names it ("must
    not take it"), else nobody (decision 0804)."""
    after = [m for m in unit.mentions if m[0] >= contra.start() and m[3] in DRUG and not _allergen(unit, m[2])]
    if after:
        return Subject(after[0][2], Decimal("0.8"))
    pronoun = ctx.main and IT_PRONOUN.search(unit.text[contra.start() : contra.end() + 30])
    if ctx.main and not pronoun:  # ("It is not suitable for anyone whose asthma flares up after B": decision 1040)
        pronoun = IT_SUBJECT_BEFORE.search(unit.text, max(0, contra.start() - 40), contra.start())
    if ctx.main and not pronoun and contra.group("nobody"):  # ("Nobody allergic to B should take it", 0945)
        pronoun = NOBODY_TAKES_IT.search(unit.text, contra.end())
        pronoun = pronoun and IT_PRONOUN.search(pronoun.group())
    return Subject(ctx.main, Decimal("0.7"), pronoun.group(0)) if pronoun else NOBODY


def _form_of_focus(unit: Unit, contra: re.Match, ctx: Discourse) -> Subject | None:
    """The drug in focus when the cue forbids a form of it ("should not take the chewable tablets")."""
    form = FORM_AFTER.match(unit.text, contra.end())
    if not (form and ctx.focus) or not any(m[0] == form.end() and m[3] == "Formulation" for m in unit.mentions):
        return None
    if any(m[2] == ctx.focus for m in unit.mentions):
        return None  # (the drug the sentence names otherwise: "the coated tablets, because they contain X")
    return Subject(ctx.focus, Decimal("0.7"), unit.text[form.end() :].split(",")[0].strip())


def _condition_in(unit: Unit, at: int, soft: str) -> re.Match | None:
    """After "not recommended / advised / suitable": "in" and a condition ("not recommended in severe kidney
    disease") names who it forbids."""
    placed = IN_CONDITION.match(unit.text, at)
    if not placed or placed.group(1).lower() != "in" or not SOFT_ADVICE.search(soft):
        return None
    severity = SEVERITY.match(unit.text, placed.end())
    starts = {placed.end(), severity.end() if severity else placed.end()}
    if any(m[0] in starts and m[3] in COND for m in unit.mentions):
        return placed
    return None


#: Right before a condition: whose it is ("your", "his"): a person's symptom or illness, not a kind of condition.
SOMEONES = re.compile(r"\b(your|my|his|her|their|our)\s+$", re.I)
#: Right before a copula's subject: a verb whose object is a clause ("these can mean the ulcer is bleeding", "it may
#: be a sign that the rash is eczema"): what a sign tells, no kind statement (decision 0766)
REPORTED_CLAUSE = re.compile(
    r"\b(mean|means|meant|suggests?|indicates?|shows?|signals?|signs?)( that)?( (the|a|an|your|this|that|these))?\s+$",
    re.I,
)
#: Right after a condition: a noun of a product it names the use of ("cough medicines", "cold and flu remedies",
#: "hay fever tablets"): the condition is no one's, the product is what the sentence is about (decision 0766)
USE_PRODUCT = re.compile(
    r"[*_]*[ -](medicines?|medications?|remed(y|ies)|tablets?|pills?|capsules?|syrups?|mixtures?|linctus|"
    # ("the shingles vaccine", "a flu jab": a vaccine named by what it prevents; decision 0877)
    r"products?|preparations?|sprays?|drops|lozenges?|sweets|treatments?|vaccines?|vaccinations?|jabs?)\b",
    re.I,
)
#: a progressive verb right after the copula: "the ulcer is bleeding", "the infection is spreading" (decision 0766)
PROGRESSIVE = re.compile(r",? (is|are) $")
#: Between a group a drug is not given to and a condition after it: "for" (the use withheld from the group).
FOR_USE = re.compile(r"\bfor\s+((the|a|an|their|your|treating|treatment of)\s+)?$", re.I)
#: The end of a relative clause after an example: the next comma, semicolon or sentence end.
CLAUSE_END = re.compile(r"[,;.]|$")


def _restates_head(unit: Unit, head: tuple, at: int) -> bool:
    """Whether the relative clause opening at `at` after an example says the head of "Y, such as A that ..." again
    ("bleeding, such as an ulcer that is bleeding"): A is an example of Y only as that clause restricts it, so A
    itself is no kind of Y (decision 0728).

    >>> u = Unit("bleeding, such as an ulcer that is bleeding", [(0, 8, "h", "Symptom"), (21, 26, "u", "Disease"),
    ...     (35, 43, "h", "Symptom")])
    >>> _restates_head(u, u.mentions[0], 31), _restates_head(Unit("acne, such as cystic acne that scars", []),
    ...     (0, 4, "acne", "Disease"), 31)
    (True, False)
    """
    end = CLAUSE_END.search(unit.text, at).start()
    if any(m[2] == head[2] and at <= m[0] < end for m in unit.mentions):
        return True
    word = unit.text[head[0] : head[1]].split()[-1].lower()
    return bool(re.search(rf"\b{re.escape(word)}\b", unit.text[at:end], re.I))


#: Right before a drug's brand name in brackets after the drug: "X (brand name B", "X (B" (decision 0856).
BRAND_OPEN = re.compile(r" \(((brand|trade) names?:? )?$", re.I)


def _brand_in_brackets(unit: Unit, brand: tuple) -> bool:
    """Whether mention `brand` is a name in brackets right after a mention of the same drug ("bumetanide (brand name
    Burinex)"): the drug named twice, so what follows the bracket follows the drug.

    >>> u = Unit("X (brand name B), a Y", [(0, 1, "x", "Drug"), (14, 15, "x", "Drug")])
    >>> _brand_in_brackets(u, u.mentions[1]), _brand_in_brackets(Unit("A (B), a Y", [(0, 1, "a", "Drug"),
    ...     (3, 4, "b", "Drug")]), (3, 4, "b", "Drug"))
    (True, False)
    """
    opened = BRAND_OPEN.search(unit.text, max(0, brand[0] - 20), brand[0])
    if opened is None:
        return False
    return any(m[2] == brand[2] and m[1] == opened.start() for m in unit.mentions)


def _special(
    unit: Unit, ctx: Discourse, contra, withdrawal: bool, low: str, named: set[str], more: tuple = ()
) -> list[Found]:
    """Rules that are not 'subject cue objects': lists, hyponyms, contraindications, interactions, values.

    `named` holds the classes of the unit's mentions: a rule whose head or objects cannot be among them is skipped.
    `contra` is the sentence's first prohibition cue, `more` its later ones.
    """
    text, out = unit.text, []
    ms = unit.mentions
    # Hyponyms: "Y such as X1 or X2", "Y like X" -> X isA Y (same kind of thing).
    ascii = text.isascii()
    kinds_named = len(ms) > 1 and not KIND_HEADS.isdisjoint(named)  # a head before the cue, objects after it
    for match in _finditer(active.HYPONYM, text, low, ascii) if kinds_named else ():
        # the head is the mention right before the cue ("conditions like X": no head when "conditions" is no entity)
        cue_at = match.start()  # (a mention ending after `cue_at` is separated from the cue by an empty string)
        heads = [m for m in ms if m[1] <= cue_at + 2 and SEPARATION.fullmatch(text, min(m[1], cue_at), cue_at)]
        # (a class named by its adjective, then a noun of medicine: "an opioid medicine, such as A", "anticholinergic
        # medicines, such as B": decision 0742)
        heads = heads or [
            m for m in ms if m[3] == "DrugClass" and m[1] < cue_at and MEDICINE_NOUN.fullmatch(text, m[1], cue_at)
        ]
        if not heads or text[match.end() :].lower().startswith("those"):
            continue
        if source_opens(text, match.end()):
            continue  # "bleeding, such as from an ulcer": the example's source, no kind of bleeding (0877)
        head = heads[-1]
        if HEAD_OF_EFFECTS.search(text, head[0], head[1]):
            continue  # "withdrawal symptoms, including seizures" lists symptoms, not kinds
        if SIGNS_OF.search(text, 0, head[0]):
            continue  # "the warning signs of a low blood sugar, such as a racing heart" lists signs, not kinds (0680)
        kind = COND if head[3] in COND else (AGENT if head[3] in {"DrugClass", "NonDrugTherapy"} else None)
        if kind is None:
            continue
        if kind is COND and PEOPLE_WITH_KIND.search(text, max(0, head[0] - 60), head[0]):
            continue  # "people with a serious infection, such as TB, must not": whom it restricts, no kind (0896)
        if any(m[1] <= head[0] and m[3] in kind and COORDINATED_HEAD.fullmatch(text, m[1], head[0]) for m in ms):
            continue  # "Xs and Ys, such as A and B": whose example each is, the sentence leaves open
        # the examples end at a mention of another kind ("medicines for Y such as A or B, can cause Z": Z is no Y)
        other = next((m[0] for m in ms if m[0] >= match.end() and m[3] not in kind), len(text))
        # (a list ends where a new clause names its own agent: "Ys such as A work well, and B is added ...")
        # (agents listed as examples follow each other: "Ys, especially A and B, block Z and may make C ...": C is none)
        last = match.end()
        for members, obj in enumerate(_objects(unit, match.end(), set(kind), skip=head[2], agents=set(kind))):
            if last == match.end() and "," in text[last : obj[0]]:
                break  # "Y, especially on exertion, A": the cue qualifies a circumstance, A is no example (0738)
            if last == match.end() and CIRCUMSTANCE_GAP.search(text, last, obj[0]):
                break  # "Y, especially at first or when they are A": a circumstance, A is no example (0835)
            if last == match.end() and kind is COND and example_by_cause(text, last):
                break  # "Ys, such as the pain of Z": the example is the pain, Z its cause, no kind of Y (0860)
            if last == match.end() and kind is AGENT and len(text[last : obj[0]].split()) > FIRST_EXAMPLE_WORDS:
                break  # "Ys such as some newer ones can raise the level of A": A is no example (0856)
            if kind is AGENT and obj[3] == "DrugClass" and active.HYPONYM.match(text, _after_plural(text, obj[1])):
                break  # "Ys such as A and Zs such as B": Z heads its own examples, no Y (0856)
            if kind is AGENT and last != match.end() and not MEMBER_GAP.fullmatch(text, last, obj[0]):
                break
            if members == 1 and LIST_CLOSED.fullmatch(text, last, obj[0]):
                break  # "Ys such as A, and B, can ...": one example, then a new item outside the list (0738)
            relative = RELATIVE_AFTER.match(text, obj[1])
            # ("Ys such as some older Zs": some of the Zs are Ys, Z is no kind of Y; decision 0742)
            some = SOME_OF.search(text, max(0, obj[0] - 30), obj[0])
            # ("pain, such as arthritis", "an allergic reaction, such as a rash": an illness as a sign's example, a
            # sign as an illness's, is its cause or its sign, no kind of it; 0916)
            crossed = kind is COND and crossed_kinds(text, head, obj)
            if (
                obj[0] < other
                and not some
                and not crossed
                and not (relative and _restates_head(unit, head, relative.end()))
            ):
                out.append(Found(obj[2], "isA", head[2], "hyponym-such-as", confidence=Decimal("0.7")))
            last = obj[1]
            if relative:
                break  # "Ys such as A that leaves Z": Z is said of A, no example
    # Apposition and copula: "X (ABBR), a chronic pain condition", "X is the chief Y", "As a Y, Drug".
    for a, b in itertools.pairwise(ms):
        # (a condition is never a drug class: "For Y, an X inhibitor such as Z is ..." names a use, not a kind)
        same_kind = (a[3] in COND and b[3] in COND) or (
            b[3] in {"DrugClass", "EndogenousChemical"} and a[3] != "Drug" and a[3] not in COND
        )
        named_kind = (a[3] == "DrugClass" and b[3] == "Drug") or (a[3] == "Drug" and b[3] == "DrugClass")
        if not (same_kind or named_kind):
            continue  # (none of the readings below applies to the pair: its words are not looked at; 0717)
        between = text[a[1] : b[0]].lower()
        # a drug named after its class: "the antibiotic X", "an antidepressant such as" is hyponym-such-as's
        # (decision 0673)
        # (the drug in emphasis, "the antifungal **itraconazole**": decision 0694)
        plain = between.strip("*_") if between.startswith(" ") else between
        if a[3] == "DrugClass" and b[3] == "Drug" and plain in ("", " ") and CLASS_BEFORE_NAME.search(text, 0, a[0]):
            if not NAME_GOES_ON.match(text, b[1]):
                out.append(Found(b[2], "isA", a[2], "copula-apposition", confidence=Decimal("0.7")))
            continue
        # a drug's class in apposition: "X, a Y, ...", "X, another Y.", "X (an Y)" (decision 0637)
        # (either in emphasis: "**Rifampicin**, an antibiotic,", "X, a **Y**": decision 0742)
        if a[3] == "Drug" and b[3] == "DrugClass" and between.startswith(")") and _brand_in_brackets(unit, a):
            between = between[1:]  # "X (brand name B), a Y": the brand is X's, the class in apposition X's (0856)
        if a[3] == "Drug" and b[3] == "DrugClass" and DRUG_APPOSITION.fullmatch(between.lstrip("*_").rstrip("*_")):
            if between.lstrip("*_").startswith((", the", ", one of")) and LAY_PRODUCT.search(text, b[0], b[1]):
                continue  # ("sodium valproate, the epilepsy medicine,": the use that names it, no class; 0976, 0985)
            if APPOSITION_END.match(text, b[1]) and not LIST_ITEM_BEFORE.search(text, max(a[0] - 4, 0), a[0]):
                out.append(Found(a[2], "isA", b[2], "copula-apposition", confidence=Decimal("0.7")))
            continue
        if not same_kind:
            continue
        if not COPULA.fullmatch(between) or OTHER_THAN_KIND.search(between):
            continue  # ("Y is a symptom of Z": a sign, no kind; decision 0720)
        if between.startswith(",") and second_description(text, a[0]):
            continue  # ("X is an A, a B": B describes X again, no kind of A; decision 0877)
        if a[3] in COND and OWNER_OF_SIGNS.search(text, max(0, a[0] - 60), a[0]):
            continue  # ("The usual signs of Y are A": A is Y's sign, Y no kind of A; decision 0862)
        if a[3] in COND and b[3] in COND and not CONDITION_KIND.search(between + " " + text[b[0] : b[1]]):
            continue  # "scabies, a very itchy rash": a description, no kind of disease
        if a[3] in COND and SOMEONES.search(text, max(0, a[0] - 8), a[0]):
            continue  # "your dizziness is labyrinthitis": someone's symptom given a diagnosis, no kind (0728)
        if REPORTED_CLAUSE.search(text, max(0, a[0] - 30), a[0]) or (
            PROGRESSIVE.fullmatch(between) and text[b[0] : b[1]].lower().endswith("ing")
        ):
            continue  # "these can mean the ulcer is bleeding": a sign's meaning, a verb; no kind (0766)
        # "hallucinations, seizures, a high fever and anxiety": a list, not an apposition ("\w, $" spans at most the
        # 4 characters before a[0])
        if between.startswith(",") and (
            LIST_ITEM_BEFORE.search(text, max(a[0] - 4, 0), a[0]) or LIST_GOES_ON.match(text, b[1])
        ):
            continue
        # "the second kind of pain is the nociceptive pain": the kind is the second one
        sub, sup = (b, a) if KIND_OF.search(text, 0, a[0]) else (a, b)
        if _disease_is_sign(text, a, b, between) and sub is a:
            if genus_of_illness(text, b):
                continue  # ("Conjunctivitis is inflammation of the eye": what it is, no sign and no kind; 1016)
            # ("Angina is chest pain that comes on ...": an illness defined by its sign, no kind of it; 0759)
            out.append(Found(a[2], "hasPhenotype", b[2], "disease-is-sign", confidence=Decimal("0.5")))
            continue
        if a[3] in COND and sub is a and narrowed_definition(text, b, between):
            continue  # ("Cystitis is an infection of the bladder": a narrower class than infections; 0916)
        out.append(Found(sub[2], "isA", sup[2], "copula-apposition", confidence=Decimal("0.7")))
    if ("level" in low or "amount" in low or "concentration" in low or low.startswith("by ")) and not (
        LEVEL_OBJECTS.isdisjoint(named)
    ):
        out += _level_change(unit, ctx)
        out += pronoun_levels(unit, ctx)  # ("It raises lithium levels": decision 0994)
    if ctx.outcome and not AMOUNT_OBJECTS.isdisjoint(named):
        out += _step_amount(unit, ctx)
    if ctx.outcome and "BiologicalProcess" in named:
        out += _step_quantity(unit, ctx)
    if "BiologicalProcess" in named and ("vessels" in low or "arter" in low):
        out += vessel_consequences(unit)  # ("Wider vessels ..., and so the blood pressure falls": decision 0790)
        out += vessel_acts(unit, ctx)  # ("Alcohol also widens the blood vessels": decision 0892)
    if "BiologicalProcess" in named and "oxygen" in low:
        out += heart_need(unit)  # ("A slower heart needs less oxygen": decision 0807)
    if not COND.isdisjoint(named) and low.lstrip("-*0123456789.() ").startswith(("with ", "as ", "and ", "so ")):
        out += eased_with_less(unit)  # ("With less histamine, the itching eases": decision 1089)
    if ctx.outcome and (not COND.isdisjoint(named) or any(cue in text for cue in LAY_CUES)):
        out += step_relief(unit, ctx)
    if " for " in text and not COND.isdisjoint(named) and not DRUG.isdisjoint(named):
        out += _drug_for(unit)
    if "DrugClass" in named:  # (the kind named after "other" is a drug class)
        out += _other_kinds(unit, ctx, low)
        if "(" in text and "Drug" in named:  # ("A and B (Ys)": decision 0742)
            out += bracketed_classes(unit)
        if ":" in text:  # ("Type of medicine: a Y": decision 0742)
            out += class_field(unit, ctx)
        if "like " in low or "as with " in low or "similar to " in low:
            out += _like_members(unit)
        if "same " in low and "Drug" in named:  # ("X is a Y, from the same family as A": decision 0928)
            out += family_members(unit)
    as_a = AS_A.match(low)
    if as_a:
        classes = [m for m in ms if m[1] <= as_a.end() and m[3] == "DrugClass"]
        drugs = [m for m in ms if m[0] >= as_a.end() - 2 and m[3] == "Drug"][:1]
        if classes and drugs:
            out.append(Found(drugs[0][2], "isA", classes[0][2], "as-a-class"))
    # "Y, with A, B and C": a disease named with its features -> Y hasPhenotype A, B, C. (Not a drug's reaction:
    # "withdrawal syndrome, with A and B" lists the drug's withdrawal effects, as the golds read "withdrawal symptoms
    # such as A": the withdrawal rule's; decision 0725.)
    if disease_with_named(named) and ", with" in text:
        for match in DISEASE_WITH.finditer(text):
            # (nor an allergic reaction glossed with its signs: the golds write no phenotype of it; decision 0889)
            owner = [
                m
                for m in ms
                if m[1] == match.start()
                and m[3] in DISEASE
                and m[2] not in DRUGS_REACTION
                and not allergic_reaction(m[2])
                # (nor a condition of a "people with" list: "not for people with A, with B": decision 1036)
                and not in_people_list(text, m[0])
            ]
            if owner:
                out += [
                    Found(owner[0][2], "hasPhenotype", m[2], "disease-with", confidence=Decimal("0.7"))
                    for m in subjects_after(unit, match.end(), COND)
                    if m[2] != owner[0][2]
                ]
    # "Y, a reaction with A and B", "Y, a condition of late pregnancy with A": a condition glossed with its features
    # (described_conditions.py, decision 0862)
    if disease_with_named(named) and (" with " in text or "tendency" in text):
        out += [f for f in described_signs(unit) if f not in out]
    # "Y, the A and B of ...", "Y, a disease of A": a condition glossed in apposition by its signs (glossed_signs.py,
    # decision 0923)
    if disease_with_named(named) and "Symptom" in named and ", " in text:
        out += [f for f in glossed_signs(unit) if f not in out]
    # "Y: A, B and C", "Y (its other name): A and B": a disease followed by the list of its features (decision 0663)
    if disease_with_named(named) and ":" in text:
        for match in DISEASE_COLON.finditer(text):
            owner = [m for m in ms if m[1] == match.start() and m[3] in DISEASE and m[2] not in DRUGS_REACTION]
            if owner:
                out += [
                    Found(owner[0][2], "hasPhenotype", m[2], "disease-colon", confidence=Decimal("0.7"))
                    for m in _listed_after(unit, match.end(), COND)
                    if m[2] != owner[0][2]
                ]
    if "(" in text and "Symptom" in named and disease_with_named(named):
        out += _disease_gloss(unit)  # ("stable angina (chest tightness brought on by exertion)": decision 0708)
    if "contraindication" in low or "reason" in low:
        out += _named_contraindication(unit, ctx)
    if "report" in low:
        out += _reported_while_taking(unit, ctx)
    # "Y is a (common) symptom of X1 and X2" / "Y associated with X" -> X hasPhenotype Y.
    disease_named = "Disease" in named  # (its objects are diseases)
    for match in _finditer(active.SYMPTOM_OF, text, low, ascii) if disease_named else ():
        if RELIEVED_SYMPTOMS.search(text, max(0, match.start() - 40), match.start()):
            continue  # "relieve the symptoms of Y": what a drug treats, nothing said about what Y's symptoms are
        opened = clause_start(low, match.start())
        before = [m for m in ms if opened <= m[0] and m[1] <= match.start() and m[3] in COND]
        if before and APART_CLAUSE.search(text, before[-1][1], match.start()):
            before = []  # "prevents A, and it also relieves the symptoms of Y": A is in another clause
        if before and placed_pain(text, before[-1]):
            before = []  # ("pain under the ribs on the right can be a sign of Y": a placed pain; decision 0805)
        if before and OTHER_THAN_AFTER.match(text, match.end()):
            before = []  # ("these are signs of something other than Y": decision 0865)
        if before:
            # (the cue's own clause denies it: "A and B: these are not signs of Y"; decision 0865)
            denied = bool(DENIED_SIGN_BEFORE.search(text, before[-1][1], match.start()))
            for obj in _objects(unit, match.end(), set(DISEASE), skip=before[-1][2]):
                out.append(
                    Found(obj[2], "hasPhenotype", before[-1][2], "symptom-of", denied, confidence=Decimal("0.7"))
                )
    # the rules below are about the sentence's drug: it is looked for only when one of them can apply
    listed_first = LISTED_FIRST.search(text) if "effects" in text else None
    # (a bullet after a question heading of another kind, "Who should not take X?", is not a side effect)
    # (a numbered line's first sentence under a lead ending in ":" is a list item as a bullet is: "Marek says the ones
    # that matter are:\n1. Dizziness."; decision 0848)
    listed = unit.bullet or (unit.numbered and bool(ctx.lead))
    effect_list = listed and in_section(ctx, unit.heading, SIDE_EFFECT_HEADING)
    # (... until a lead of who must not take it, "Do not take it if:", and never a bullet of the reader's own state
    # or allergy, "- you have Y", "- you are allergic to X": decision 0734)
    effect_list = effect_list and not CONTRA_LEAD.search(ctx.lead) and not READERS_STATE.match(text)
    # (a heading of what to look out for, "What you may see:", after a passage about an illness, "Acne starts when
    # ...", with no agent named since: the illness's signs, not the drug's side effects; decision 0804)
    signs_heading = not EFFECTS_WORD.search(unit.heading) and not EFFECTS_WORD.search(section(ctx, unit.heading))
    prose = ctx.prose_condition  # (an illness named above the heading, or the illness the list's lead opens with)
    before = prose and (prose[1] != unit.heading or (ctx.lead and prose[2] == ctx.lead))
    # (... or the sentence right before a lead of what one sees, "Y affects how a person moves. You may see:": 0839)
    effect_list = effect_list and not (signs_heading and (before or ctx.passage_condition or ctx.lead_illness))
    # (a bullet under a lead sentence of the drug's side effects, decision 0681)
    lead = listed and not effect_list and bool(EFFECTS_LEAD.search(ctx.lead))
    lead = lead and not NO_EFFECTS_LEAD.search(ctx.lead)
    # (a line labelled by a frequency, or a bullet under such a lead: decision 0714)
    # (... or a bullet under such a label standing as a heading line, "**Common:**" above a list: decision 0732)
    graded = not effect_list and bool(
        FREQUENCY_LABEL.match(text)
        or (unit.bullet and (FREQUENCY_LABEL.match(ctx.lead) or FREQUENCY_LABEL.match(unit.heading)))
    )
    effect_list = (effect_list or lead or graded) and not READERS_STATE.match(text)
    values = has_phrase(text)  # a value a verb phrase gives (pk_phrases, decision 0742)
    if not (contra or withdrawal or listed_first or effect_list or values or any(m[3] in DRUG_FACTS for m in ms)):
        return out
    who = agent_subject(unit, len(text), set(DRUG), ctx, owning=True)
    if contra and not who.slug and _form_of_focus(unit, contra, ctx):
        who = _form_of_focus(unit, contra, ctx)
    if contra and contra.group("instead") and not who.slug and ctx.focus:
        # "your doctor may prefer a different treatment": different from the drug in focus (decision 0636)
        who = Subject(ctx.focus, Decimal("0.7"), contra.group("instead"))
    if contra and who.slug and who.slug != ctx.main and _allergen(unit, who.slug):
        # "Anyone allergic to B or similar medicines must not take it": B is what the reader is allergic to, never
        # the subject; "it" after the cue is the document's drug (decision 0804)
        who = _not_the_allergen(unit, ctx, contra)
    drug, confidence, first = who.slug, who.confidence, len(out)
    if not drug and (ctx.focus or ctx.main) and not any(m[3] in AGENT and not _aside(text, m) for m in ms):
        # "Plasma half-life 2 to 4 hours.", "- Elimination half-life about 2 hours": a labelled value of the drug in
        # focus (decision 0673); a drug named in comparison ("sooner than with B") is no other owner (decision 0728)
        out += _pk_values(unit, ctx.focus or ctx.main) + phrase_values(unit, ctx.focus or ctx.main)
    if drug:
        prohibitions = (contra, *more) if contra else ()
        for contra in prohibitions:  # (every prohibition of the sentence, decision 0636)
            if WITHOUT_ASKING.search(text, contra.end()):
                continue  # ("won't prescribe it if you are Y without first talking it through": a caution, 0741)
            after = _after_cue(unit, contra)
            whom = {"Population"} | COND
            # (in the clause of the cue: "X is used for A, whereas Y is not recommended for people with B")
            opened = clause_start(low, contra.start())
            # ... after a result clause's ", so": "it can cause seizures, so it should not be taken by people with Y"
            opened = max([opened] + [r.end() for r in RESULT.finditer(text, opened, contra.start())])
            earlier = [c.end() for c in _finditer(active.CONTRA, text, low, ascii) if c.end() <= contra.start()]
            if earlier:
                # a later prohibition's clause: after the last ", and" / ", but" since the cue before it
                # ("contraindicated in A because it can cause B, and it should not be taken by people with C")
                since = earlier[-1]
                opened = max([opened, since] + [c.end() for c in APART_CLAUSE.finditer(text, since, contra.start())])
            opening = _if_you_have_opening(unit, contra) if contra.group("soft") and not after else None
            if contra.group("instead") or (contra.group("imperative") and not _advised_not_to(unit, contra)):
                # (who: what an "if you have" clause names, nothing else: "If you get a headache, do not take more")
                since = IF_YOU_HAVE.search(text, opened, contra.start())
                opened = since.end() if since else contra.start()
            elif opening:  # "If you have Y, ... it may not be suitable": Y, up to the if-clause's end (0686)
                opened = opening.end()
            closed = text.find(",", opened) if opening and "," in text[opened : contra.start()] else contra.start()
            placed = [
                m
                for m in ms
                if opened <= m[0]
                and m[1] <= closed
                and m[3] in whom
                and not CAUSED_BEFORE.search(text, max(opened, m[0] - 40), m[0])
                # "Children with Y should not ...": the group only qualifies the condition forbidden
                and not (m[3] == "Population" and any(WITH.fullmatch(text, m[1], c[0]) and c[3] in COND for c in ms))
            ]
            # a reason after the cue names why, not who ("avoided in pregnancy, as it has been linked to Y")
            reason = REASON.search(text, contra.end())
            if after:
                placed += [m for m in _objects(unit, after.end(), whom) if not reason or m[0] < reason.start()]
                # ("not for women who are pregnant", "by anyone who is breastfeeding": the group and its state are one
                # mention that starts inside the "for people who are" the cue's list opens with; decision 0853)
                placed += [m for m in ms if m[3] == "Population" and after.start() < m[0] < after.end() < m[1]]
            # ... and the list may go on after the reason: "not given to A, because it can cause Z, or to B"
            more = RESUMED.search(text, reason.end()) if after and reason else None
            if more and any(m[0] == more.end() and m[3] in whom for m in ms):
                placed += _objects(unit, more.end(), whom)
            # ("It is not used in pregnancy, and women who are planning a baby should talk to their doctor": after
            # ", and" a group that is the subject of its own clause's advice, no one the prohibition names; 0835)
            placed = [
                m
                for m in placed
                if not (
                    m[0] > contra.end()
                    and ADVISED_SUBJECT_AFTER.match(text, m[1])
                    and NEW_CLAUSE_GAP.search(text, contra.end(), m[0])
                )
            ]
            states = [m for m in placed if m[2] in GROUP_STATES and m[0] > contra.end()]
            if states and STATE_AFTER_CUE.search(text, contra.end(), states[0][0]):
                # ("Women are advised to avoid it in pregnancy", "not given to women during pregnancy": the group in
                # the state the prohibition names, pregnant women, not every woman; decision 0846)
                placed = [
                    m
                    for m in placed
                    if not (
                        m[3] == "Population"
                        and m[2] not in GROUP_STATES
                        and (m[1] <= contra.start() or STATE_RIGHT_AFTER.fullmatch(text, m[1], states[0][0]))
                    )
                ]
            groups = [m for m in placed if m[3] == "Population" and m[0] > contra.start()]
            if groups:
                # "not given to children under 12 for Y": Y is the use withheld from the group, no contraindication
                # of the drug in Y (decision 0728)
                placed = [
                    m
                    for m in placed
                    if not (m[3] in COND and m[0] > groups[0][1] and FOR_USE.search(text, groups[0][1], m[0]))
                ]
            you_are = IF_YOU_ARE.match(text, contra.end())
            if you_are and not NO_NEED.search(text, max(0, contra.start() - 20), contra.start()):
                group = YOU_ARE_GROUP[you_are.group(4).lower().replace("-", "")]
                placed.append((you_are.start(4), you_are.end(4), group, "Population"))
            # the drug the prohibition is about: named before its cue ("X should be avoided in ..., although Y ..."),
            # else the sentence's ("People with A should not take X")
            named = agent_subject(unit, contra.start(), set(DRUG), ctx, owning=True)
            # ... but not from a reason clause after it ("should not take the tablets, because they contain Y")
            whose = agent_subject(unit, reason.start(), set(DRUG), ctx, owning=True) if reason else who
            # ... and a pronoun that is the cue's own subject says whose prohibition it is: "It should not be used
            # for diarrhoea after a course of antibiotics" forbids "it", not the antibiotics (decision 0662)
            said = named.resolved_from and SUBJECT_PRONOUN.search(text, opened, contra.start())
            if said and said.group(6) and EXPLETIVE_AFTER.match(text, contra.end()):
                said = None  # ("It is not recommended to take B": no pronoun of a drug, decision 0928)
            forbidden = named if named.slug and (not named.resolved_from or said) else whose
            taken = OBJECT_PRONOUN.match(text, contra.end())
            if taken and not (named.slug and not named.resolved_from):
                # "You must not take it if you are allergic to aspirin": it, not aspirin (decision 0701)
                forbidden = agent_subject(unit, taken.end(), set(DRUG), ctx, owning=True)
                allergen = any(m[3] in DRUG and _allergen(unit, m[2]) for m in ms)
                if allergen and forbidden.resolved_from and ctx.main and forbidden.slug != ctx.main:
                    # "... erythromycin can do the same. Who should not take it: anyone allergic to bilastine": in a
                    # prohibition naming an allergen, "it" is the document's drug, never the last one named (0853)
                    forbidden = Subject(ctx.main, Decimal("0.7"), taken.group(0))
            if named.slug and named.slug != ctx.main and _allergen(unit, named.slug):
                forbidden = who  # ("allergic to B ... must not take it": B is the allergen, "it" the drug; 0804)
            if not forbidden.slug and _form_of_focus(unit, contra, ctx):
                # "should not take the chewable tablets": a form of the drug in focus (decision 0636)
                forbidden = _form_of_focus(unit, contra, ctx)
            # a hedge (ConText's) just before the cue: "may not be suitable for", "may be advised to avoid it"
            hedge = HEDGE_BEFORE.search(text, opened, contra.start())
            certainty = "Possible" if contra.group("caution") or contra.group("instead") or hedge else "Asserted"
            certainty = HEDGES[hedge.group(1).lower()] if hedge else certainty
            if opening and MODAL.search(text, opening.end(), contra.start()):
                certainty = "Possible"  # ("your doctor may decide that X is not right for you")
            # "you do not need to avoid X", "Y is no reason to avoid X": a denied prohibition (decision 0667)
            lifted = any(p.search(text, max(0, contra.start() - 30), contra.start()) for p in (NO_NEED, NO_REASON))
            judged = JUDGED_CUE.fullmatch(contra.group(0))
            if judged and NOT_BEFORE.search(text, max(0, contra.start() - 40), contra.start()):
                lifted = True  # "it is not unsafe in pregnancy", "not contraindicated in Y": denied (decision 0701)
            placed = [
                m
                for m in placed
                if not (
                    m[3] == "Population"
                    and any(c[3] in COND and GROUP_RESTRICTED.fullmatch(text, m[1], c[0]) for c in placed)
                )
            ]  # ("should not be used in older people with dementia": dementia, not all older people; 0747)
            # ("Cough medicines containing D: avoid these": a product named by its use, no contraindication in the
            # use's condition; decision 0766)
            placed = [m for m in placed if not (m[3] in COND and USE_PRODUCT.match(text, m[1]))]
            placed = narrowed_by_with(text, ms, placed, COND)  # "not for a cough with fever": narrower (0692)
            # ("should not be used during A, or for Y after B": "for Y" names what it would be used for, a denied use,
            # not whom it is kept from; decision 0761)
            placed = [m for m in placed if not (m[3] in COND and COORDINATED_FOR.search(text, max(0, m[0] - 40), m[0]))]
            placed = [m for m in placed if not (m[3] in COND and ONSET_AFTER.match(text, m[1]))]  # (one phase; 0765)
            # ("anyone who is bleeding, for example from a stomach ulcer": the bleeding's source, not forbidden; 0877)
            placed = [m for m in placed if not (m[3] in COND and source_example(text, m[0]))]
            # ("bowel inflammation after taking antibiotics", "bleeding at the back of the eye": a narrower kind; 0804)
            placed = [m for m in placed if not (m[3] in COND and narrowed_kind(text, m, ms, COND))]
            # ("anyone with a stomach ulcer that is bleeding": a state of the ulcer, neither the ulcer nor the bleeding
            # alone; decision 0774)
            states = [(m[1], s.end()) for m in placed if m[3] in COND and (s := STATE_AFTER.match(text, m[1]))]
            placed = [m for m in placed if not any(m[1] == a or a < m[0] < b for a, b in states)]
            for m in placed if forbidden.slug else ():
                if m[2] != forbidden.slug:
                    out.append(
                        Found(
                            forbidden.slug,
                            "contraindicatedIn",
                            m[2],
                            "should-not-take",
                            lifted,
                            certainty=certainty,
                            confidence=forbidden.confidence,
                            resolved_from=forbidden.resolved_from,
                        )
                    )
        ws = [m for m in ms if m[2] == "withdrawal-syndrome"] if withdrawal else []
        if ws and RELIEVES.search(text, max(0, ws[0][0] - 60), ws[0][0]):
            # "It takes the edge off the cravings and the withdrawal symptoms": what the drug relieves is another
            # substance's withdrawal, not its own (decision 0622)
            withdrawal = False
        if ws and ANOTHERS_WITHDRAWAL.search(text):
            withdrawal = False  # ("who has withdrawal symptoms when they go without a drink": 0728)
        if ws and ("whether" in low or " if " in low):
            # ("She asked whether she would get withdrawal symptoms, and her doctor said X does not cause them": a
            # question asserts nothing; the answer's mention is the claim's, decision 0887)
            asked = [q.span() for q in ASKED_WHETHER.finditer(text)]
            ws = [m for m in ws if not any(a <= m[0] < b for a, b in asked)]
            withdrawal = bool(ws)
        stopped, unstated = drug, ""
        if withdrawal:
            # ("X causes no withdrawal symptoms, though Y would come back while he is on B": the drug named before the
            # withdrawal mention is the one stopped, not a drug a later clause names last; decision 0899)
            near = agent_subject(unit, ws[0][0], set(DRUG), ctx, owning=True)
            # ("When I stopped taking it there were no withdrawal symptoms, and it does not cause the headaches that
            # come from taking painkillers": a class named only after the withdrawal mention, in passing, is not what
            # was stopped; the subject before the mention, here the pronoun's referent, is; decision 0949)
            passing_class = any(m[2] == drug and m[3] == "DrugClass" for m in ms) and not any(
                m[2] == drug and m[0] < ws[0][1] for m in ms
            )
            if (
                near.slug
                and near.slug != drug
                and (
                    passing_class
                    or (
                        not near.resolved_from
                        and any(m[2] == near.slug and m[1] <= ws[0][0] for m in ms)
                        and not any(m[2] == drug and m[1] <= ws[0][0] for m in ms)
                    )
                )
            ):
                stopped = near.slug
            # ("There are no withdrawal symptoms from X, although Y comes back while he is on B": the drug the
            # withdrawal is said to come from)
            source = WITHDRAWAL_FROM.match(text, ws[0][1])
            origin = [m for m in ms if source and m[0] == source.end() and m[3] in DRUG]
            if origin:
                stopped = origin[0][2]
            # ("... nothing to come off: no withdrawal, just a sore knee he treats with ice and B", "I take it with B,
            # and there's no withdrawal when I stop": a drug named only after the denial, in a later clause and not
            # as its subject, or only in passing does not own it; the drug the passage is about does, its owner
            # unstated; decision 0990)
            owner = ctx.main or ctx.focus
            if owner and owner != stopped and named_in_passing_only(unit, ws[0][1], stopped):
                stopped, unstated = owner, text[ws[0][0] : ws[0][1]]
            # ("There's no withdrawal if it's ever stopped, but the B would climb again": the withdrawal's own clause
            # names what was stopped as "it", a later clause's drug - even its subject - is not it; the reference's
            # owner is, as a reference's: its certainty is owner_certainty's; decision 1081)
            said = stopped_by_reference(unit, ws[0][0], ws[0][1], stopped) if owner and owner != stopped else ""
            if said and not any(m[2] == stopped and m[0] < ws[0][0] for m in ms):
                stopped, unstated = owner, said
        if withdrawal:
            # "does not cause withdrawal symptoms": ConText's negation of the withdrawal mention is the claim's
            # ... and "No withdrawal effects, fine to stop" (a bare "no" right before it; decision 0714)
            status = _status(unit, ws[0])
            denied = status.negated or bool(NO_RIGHT_BEFORE.search(text, max(0, ws[0][0] - 12), ws[0][0]))
            # ... and its hedge ("Stopping X may cause withdrawal symptoms", "it rarely causes withdrawal symptoms": the
            # golds write Possible / Occasional; decision 0798)
            certainty = status.certainty
            few = [o for o in SOME_PEOPLE_OPEN.finditer(text, 0, ws[0][0]) if not BREAK.search(text, o.end(), ws[0][0])]
            if few and not denied and certainty in ("Asserted", "Possible"):
                certainty = "Occasional"  # ("Some people get withdrawal symptoms": decision 0957)
            out.append(
                Found(
                    stopped,
                    "hasWithdrawalEffect",
                    "withdrawal-syndrome",
                    "withdrawal",
                    denied,
                    certainty,
                    confidence=confidence,
                    resolved_from=unstated,
                )
            )
            stop = SIDE_EFFECTS.search(text[ws[0][1] :])
            limit = ws[0][1] + stop.start() if stop else len(text)
            end = BOUNDARY.search(text, ws[0][1]) if denied else None
            if end:  # "... will not cause withdrawal symptoms, but X can return": X is no denied withdrawal effect
                limit = min(limit, end.start())
            then = DENIAL_CLAUSE_END.search(text, ws[0][1]) if denied else None
            if then:  # "There is no withdrawal effect, and it can be stopped when the bleeding is controlled" (0714)
                limit = min(limit, then.start())
            for m in ms:
                if ws[0][1] <= m[0] < limit and m[3] in COND and m[2] != "withdrawal-syndrome":
                    out.append(
                        Found(
                            stopped,
                            "hasWithdrawalEffect",
                            m[2],
                            "withdrawal",
                            denied,
                            certainty,
                            confidence=confidence,
                            resolved_from=unstated,
                        )
                    )
        # ("its half-life is 32 hours": the pronoun's owner is the document's drug, whose values a text gives, not
        # another drug the text last named; decision 0714)
        # (a drug named as what the dose becomes, "reaches the blood as B", "is changed into B": the values stated
        # are the dose's, the document's drug's, as the golds judge them; decision 0738)
        product = ctx.main and any(m[2] == drug and AS_PRODUCT.search(text, 0, m[0]) for m in ms)
        # (a drug named only after the value, in a later clause and not as its subject, "... gets into the
        # bloodstream, so it doesn't interact with tablets such as B": the document's drug's value; decision 0990)
        stated = _value_end(unit)
        trailing = stated is not None and named_after_only(unit, stated, drug)
        valued = ctx.main if (who.resolved_from or product or trailing or _its_value(unit, drug)) and ctx.main else drug
        out += _pk_values(unit, valued) + phrase_values(unit, valued)
        for m in ms:
            if m[3] == "PharmacologicalEffect":
                st = _status(unit, m)
                owner, sure, via = drug, confidence, ""
                its = ITS_EFFECT.search(text, max(0, m[0] - 40), m[0])
                if its and ctx.focus and its.group(1).lower() == "its":
                    # "Alcohol and B add to its sedative effect": "its" owns the effect, the drug in focus, not the
                    # agents named before it (decision 0622)
                    owner, sure, via = ctx.focus, Decimal("0.7"), its.group(1)
                out.append(Found(owner, "hasEffect", m[2], "drug-effect", st.negated, st.certainty, (), sure, via))
        # "Drowsiness, dizziness and headache are the most common side effects": the effects come first
        if listed_first:  # (its match holds "effects")
            for m in ms:
                if (
                    m[1] <= listed_first.start()
                    and m[3] in COND
                    and not USE_OR_WHO_BEFORE.search(text, max(0, m[0] - 60), m[0])
                ):
                    st = _status(unit, m)
                    out.append(
                        Found(
                            drug, "hasAdverseEffect", m[2], "effects-then-cue", st.negated, st.certainty, (), confidence
                        )
                    )
        if (
            effect_list
            and lead
            and not (
                drug.replace("-", " ") in ctx.lead.lower()
                or LEAD_PRONOUN.search(ctx.lead)
                # (a lead naming no drug nor class, "The most common side effects are:", in a text about one drug, the
                # drug in focus its own: decision 0848)
                or (not ctx.lead_agents and drug == (titled(ctx) or ctx.leading))
            )
        ):
            effect_list = False  # a lead of side effects that names another drug, or none, is no list of this one's
        if effect_list:
            # "- dehydration: thirst and a dry mouth": after a named effect and a colon come its signs, not more
            # effects of the drug (decision 0622)
            head = SIGNS_AFTER.search(text)
            signs_from = head.start() if head and any(m[3] in COND and m[1] <= head.start() for m in ms) else None
            if signs_from is None and head and _names_a_condition(text[: head.start()], head.group(1)):
                # "- acute pulmonary reaction: fever, cough": a head no vocabulary knows still names what the items
                # are signs of; they are not the drug's effects (decision 0623). "- Common: a, b" is a label.
                signs_from = head.start()
            people = PEOPLE_AFTER_LABEL.match(text, head.end()) if head else None
            if people:  # ("- Tummy upset: some people get A, B or C": the items are more effects, decision 0806)
                signs_from = None
            # "- Y (A, B)", "- a reaction with A and B": the signs of Y, of the reaction, are no effects (0712)
            signs = item_signs(text, [m for m in ms if m[3] in COND])
            effects = [m for m in ms if m[3] in COND and not any(a <= m[0] < b for a, b in signs)]
            named = bracket_named(text, effects)  # (decision 0697)
            for m in ms:
                if m[3] in COND and m not in named:
                    continue  # "- blood clots in the legs (deep vein thrombosis)": one effect, the bracketed name
                if WHO_WITH.search(text, max(0, m[0] - 40), m[0]):
                    continue  # "- older people or those with kidney problems become confused": who, not an effect
                if RELATIVE_BEFORE_ITEM.search(text, max(0, m[0] - 60), m[0]):
                    continue  # "- a drop in the white cells that fight infection": the cells' clause's (0850)
                if USE_OR_WHO_BEFORE.search(text, max(0, m[0] - 60), m[0]):
                    continue  # "- At the doses once used for Parkinson's disease, it can cause ...": a use (0697)
                before = EMPHASIS_MARK.sub("", text[max(0, m[0] - 60) : m[0]])
                gloss = GLOSS_BEFORE.search(before) and GLOSS_AFTER.match(text, m[1])
                if graded and (UNREAD_MODIFIER.search(before) or gloss):
                    continue  # "- **Rare**: Y, a serious infection of ...", "urine infections": a gloss, a narrower one
                if m[3] in COND and (signs_from is None or m[1] <= signs_from):
                    if ITEM_DENIED.search(text, 0, m[0]) and _status(unit, m).negated:
                        continue  # "- It does not make you feel confused": the item denies it (the cue rules read it)
                    if ITEM_OPENS_DENIED.match(text):
                        continue  # "- no drowsiness in most people": the item denies it (decision 0810)
                    certainty = "Asserted"
                    if head and m[1] <= head.start():  # (the label's effect, hedged as its text opens: 0776)
                        certainty = next((c for c, p in LABEL_HEDGE if p.match(text, head.end())), "Asserted")
                    elif people and m[0] >= people.end():
                        certainty = "Occasional"  # (what some of the people get, 0806)
                    out.append(
                        Found(drug, "hasAdverseEffect", m[2], "side-effect-list", False, certainty, (), confidence)
                    )
        if who.resolved_from:  # (a contraindication says its own subject's origin)
            out[first:] = [
                f if f.rule == "should-not-take" else dataclasses.replace(f, resolved_from=who.resolved_from)
                for f in out[first:]
            ]
    return out


#: Right before a word of a list item: a relative clause opened after a noun ("- a fall in the white cells that fight
#: infection", "- damage to the nerves which carry pain"): the word says what the noun does, no item of the list
#: (decision 0850). No "and" / "or" nor a comma between: "- a rash that itches, or fever" lists fever.
RELATIVE_BEFORE_ITEM = re.compile(
    r"\b[a-z]+\s+(that|which|who)\s+((?!and\b|or\b)[\w'’-]+\s+){0,4}((the|an?|your|their)\s+)?$", re.I
)
#: Right after an effect of a list item that names a reaction: "with" and its features ("- an allergic reaction with
#: swelling of the face and difficulty breathing": one effect, as in a sentence, decision 0675/0712).
FEATURES_WITH = re.compile(r"\b(reaction|illness|rash|syndrome)(s|es)?\s+with\b", re.I)


def item_signs(text: str, effects: list[tuple[int, int, str, str]]) -> list[tuple[int, int]]:
    """The spans of a side-effect list item that name an effect's signs, not further effects (decision 0712): a
    bracketed list right after an effect ("- liver problems with jaundice (yellow skin, dark urine)", as 0675 reads
    it after a cue) and what follows "a reaction / a rash / an illness with" when the reaction is an effect named.

    >>> t = "- jaundice (yellow skin, dark urine)"
    >>> item_signs(t, [(2, 10, "jaundice", "Symptom"), (25, 35, "dark-urine", "Symptom")])
    [(11, 36)]
    >>> t = "- an allergic reaction with a rash and wheezing"
    >>> item_signs(t, [(5, 22, "hypersensitivity", "Disease"), (30, 34, "exanthema", "Symptom")])
    [(27, 47)]
    """
    # (the bracket only: "liver problems with jaundice (A, B)" keeps jaundice, a word of the item before it)
    spans = [(text.index("(", b.start()), b.end()) for m in effects if (b := BRACKETED_LIST.match(text, m[1]))]
    spans += glosses(text, effects)  # ("- Y (a kind of Z)": the bracket explains Y; decision 0720)
    for w in FEATURES_WITH.finditer(text):
        if any(m[0] <= w.start(1) and m[1] >= w.end(1) for m in effects):
            spans.append((w.end(), len(text)))
    return spans


#: Before "withdrawal symptoms" in its clause: a verb of relief (what is relieved is not the drug's own withdrawal).
RELIEVES = re.compile(
    r"\b(takes? the edge off|eas(e|es|ed|ing)|reliev\w+|relief (of|from)|lessens?|dampens?|calms?|blunts?|"
    r"helps? (with|to (ease|relieve|reduce|manage|control))|manag(e|es|ing)|treat(s|ed|ing)?|cope with|coping with)\b"
    r"[^.;:]*$",
    re.I,
)
#: A reported question up to its clause's end ("asked whether she would get Y if she stopped", "wondered if Y would
#: come", "wanted to know whether"): what it names is asked, not said (decision 0887).
ASKED_WHETHER = re.compile(
    r"\b(ask(s|ed|ing)?|wonder(s|ed|ing)?|wants? to know|wanted to know|enquir(e|es|ed|ing)|inquir(e|es|ed|ing))\s+"
    r"([\w'-]+\s+){0,3}?(whether|if)\b[^.;:?]*?(?=,\s*(and|but|so|then)\b|[.;:?]|$)",
    re.I,
)
#: In the sentence of "withdrawal symptoms": a substance or habit the person goes without ("when they go without a
#: drink", "when you stop smoking"): the withdrawal is that substance's, not the drug's own (decision 0728).
ANOTHERS_WITHDRAWAL = re.compile(
    r"\b(go(es|ing)?|went|are|is|be|do(es)?) without (a |an |their |your |his |her )?(drinks?|alcohol|cigarettes?|"
    r"nicotine|smoking|drugs?|heroin|opioids?|caffeine|coffee)\b"
    r"|\bstop(s|ped|ping)? (drinking|smoking|using (drugs|heroin|opioids))\b",
    re.I,
)
#: Between a stop cue and a cause cue: a relative pronoun, so the cause's subject is the noun before it (0622).
RELATIVE_BETWEEN = re.compile(r"\b(that|which)\s+((can|may|might|could|will|would|often|also|then)\s+)*$", re.I)
#: Right before an effect: its owner's possessive ("its sedative effect", "their calming effect").
ITS_EFFECT = re.compile(r"\b(its|their)\s+([\w-]+\s+)?$", re.I)
#: A list item's head and its explanation: "dehydration: thirst, a dry mouth" (or a dash: "gout - painful joints").
#: A list item whose verb denies what it names ("- It does not make you feel confused", "- never causes Y"): no listed
#: side effect; the denial is the cue rules' to read. A "no" inside a description ("little or no semen comes out")
#: denies no effect.
#: A list item that opens with a denial ("- no drowsiness", "- not habit-forming", "- **No** weight gain"): ConText does
#: not read a "no" right after the item's mark, and the item states no effect (decision 0810).
ITEM_OPENS_DENIED = re.compile(r"\s*([-*•+]\s*|\d+[.)]\s*)?[*_]{0,2}\s*(no|not|none|never|without)\b", re.I)
ITEM_DENIED = re.compile(r"\b(do|does|did|will|would|can|could|should|may|is|are)(\s+not|n't)\b|\bnever\b", re.I)
SIGNS_AFTER = re.compile(r"\s*(:|\s[-\u2013\u2014]\s)")
#: After a list item's label, a clause of what some people get ("- Tummy upset: some people get A, B or C"): its
#: items are more effects of the drug, not the label's signs (decision 0806); "feel" is left out ("- Dizziness: some
#: people feel light-headed" says the label again in other words).
PEOPLE_AFTER_LABEL = re.compile(
    r"[*_\s]*(some|a few|many)\s+(people|patients|children|adults|men|women|users|clients|passengers|guests)\s+"
    r"((may|can|also|sometimes|often)\s+)*(get|have|notice|develop|experience)\b",
    re.I,
)
#: How often the effect a bullet's label names happens, as the text after its colon opens: "- Rash: rarely, an itchy
#: rash appears", "- Tiredness: some people feel tired", "- Muscle aches: a few people get them", "- Swelling: this is
#: rare" (Occasional); "- Flushing: the face may go red", "- Dizziness: your parent may feel faint" (Possible). Only a
#: clause opening the text (at most three words before its modal), so "common in the first weeks" or "the most common
#: side effect" stay asserted (decision 0776).
LABEL_HEDGE = (
    (
        "Occasional",
        re.compile(
            r"[*_\s]*(rarely\b|occasionally\b|(this|it) (is|can be) (rare|uncommon)\b|(some|a few)\s+(?!of\b)[a-z]+\b)",
            re.I,
        ),
    ),
    ("Possible", re.compile(r"[*_\s]*([a-z']+\s+){0,3}?(may|might|could)\s+(?!not\b)[a-z]", re.I)),
)
#: Words of a list item's head that label the items instead of naming a condition ("Common:", "Rare but serious
#: (long-term use):", "Other side effects:", "Tell your doctor if you get:", a body system: "Stomach and gut:").
_LABEL_TEXT = """a an the and or but of in with if you your get have notice tell see call stop contact doctor
    gp pharmacist
    nurse help medical urgent urgently immediately straight away very less more most least common commonly uncommon
    rare rarely frequent frequently infrequent occasional occasionally sometimes often usual usually possible
    known unknown frequency not serious severe mild moderate minor major important other others side effect effects
    adverse reaction reactions symptoms signs unwanted include includes including such as e g eg for example
    long short term use first early later people patients some may can might these those this them
    skin hair nails stomach gut bowel bowels digestive digestion heart blood circulation nervous system brain mental
    health mood behaviour behavior sleep eye eyes vision ear ears hearing mouth teeth muscle muscles joint joints bone
    bones liver kidney kidneys bladder urine breathing chest lung lungs sexual sex body general"""
LABEL_WORDS = frozenset(_LABEL_TEXT.split())
#: A list item's bullet or number, and a bracketed aside ("Rare but serious (mainly long-term use):").
ITEM_MARK = re.compile(r"^\s*([-*\u2022]|\d+[.)])\s*")
BRACKETED_ASIDE = re.compile(r"\([^()]*\)")


def _names_a_condition(head: str, separator: str) -> bool:
    """Whether a list item's text before its colon names something (a condition no vocabulary may know: "acute
    pulmonary reaction") rather than labelling the items ("Common", "Rare but serious (older people)"): a word
    outside LABEL_WORDS, in at most six words. A dash is left to a recognised head (it often starts advice)."""
    if separator != ":":
        return False
    words = re.findall(r"[a-z]+", BRACKETED_ASIDE.sub(" ", ITEM_MARK.sub("", head)).lower())
    return 0 < len(words) <= 6 and any(w not in LABEL_WORDS for w in words)


#: Right after a disease: ", with" and its features ("aseptic meningitis, with headache and fever").
DISEASE_WITH = re.compile(r",\s*with\b(?!\s+(or|and)\b)")
#: "Y: A, B" / "Y (another name): A, B": the colon that follows a disease's name (its features listed after it)
DISEASE_COLON = re.compile(r"(?:[*_]{1,2})?(?:\s*\([^()]{1,40}\))?:(?!//)")


#: "Y (A brought on by ...)", "Y (A when ...)": a disease glossed in brackets by a symptom and what brings it on or
#: when it comes (decision 0708); the bracket opens right after the disease, the symptom right after the bracket.
GLOSS_OPEN = re.compile(r"[*_]{0,2}\s*\(\s*(?:(?:an?|the)\s+)?")
GLOSS_QUALIFIER = re.compile(
    r"\s+(?:brought on by|triggered by|caused by|when|whenever|during|on exertion|after|that comes|which comes)\b", re.I
)


def _disease_gloss(unit: Unit) -> list[Found]:
    """disease-gloss (rules.yaml code_rules, decision 0708): "Y (A brought on by exertion)", "Y (A when the heart is
    short of oxygen)": a disease glossed by a symptom and what brings it on has that symptom as its phenotype. Only a
    symptom (a disease glossed by a disease, "Y (a lung disease that ...)", is a kind), and only with the qualifier:
    "Y (A)" is another name.

    >>> u = Unit("- Angina (chest pain brought on by exertion)", [(2, 8, "angina", "Disease"),
    ...     (10, 20, "chest-pain", "Symptom")])
    >>> [(f.subject, f.object) for f in _disease_gloss(u)]
    [('angina', 'chest-pain')]
    >>> _disease_gloss(Unit("Angina (chest pain)", [(0, 6, "angina", "Disease"), (8, 18, "chest-pain", "Symptom")]))
    []
    """
    text, ms, out = unit.text, unit.mentions, []
    starts = {m[0]: m for m in ms}
    for owner in ms:
        if owner[3] not in DISEASE:
            continue
        opened = GLOSS_OPEN.match(text, owner[1])
        sign = starts.get(opened.end()) if opened and "(" in opened.group(0) else None
        if sign is None or sign[3] != "Symptom" or not GLOSS_QUALIFIER.match(text, sign[1]):
            continue
        st = _status(unit, sign)
        if not (st.absent or st.negated):
            out.append(Found(owner[2], "hasPhenotype", sign[2], "disease-gloss", confidence=Decimal("0.6")))
    return out


#: Between a list's start (or one item) and the next named item: a few words of the list, no clause or sentence end
#: ("thirst, a dry mouth": an item the vocabularies do not name is passed over); a separator must stand between items.
LIST_WORDS = re.compile(r"[\w\s,'-]{0,40}")
LIST_JOIN = re.compile(r",|\b(and|or)\b")
#: A lead that is not the start of a list of features: more than three words, or a phrase of what is done for Y
#: ("Y: oral treatment of first episodes and recurrences")
LIST_NOT_LEAD = re.compile(r"(\b[\w'-]+\b.*){4}|\b(of|for|in|to|with|by|on|from|treat\w*|prevent\w*)\b", re.I)
#: After a list's last item: the clause's end, or more items ("..., and passing less urine than usual")
#: (or when and where they come: "..., tiredness and dizziness in the first day or two", decision 0673)
LIST_END = re.compile(
    r"\s*($|[.;)]|,?\s*(and|or)\s[\w\s'-]*($|[.;)])|,[\w\s'-]*($|[.;)])|"
    r"\s(in|within|during|over|after|at|than)\s[\w\s'-]*($|[.;)]))"
)


def _listed_after(unit: Unit, end: int, classes: frozenset[str]) -> list[tuple]:
    """The mentions of `classes` listed right after `end` ("Y: A, B and C"): the first within a few list words of
    it, each next one after a separator, unnamed items passed over; the list ends at the first other mention or
    punctuation beyond a comma."""
    after = [m for m in unit.mentions if m[0] >= end]
    lead = unit.text[end : after[0][0]] if after else ""
    if not after or after[0][3] not in classes or not LIST_WORDS.fullmatch(lead) or LIST_NOT_LEAD.search(lead):
        return []
    listed = [after[0]]
    for m in after[1:]:
        gap = unit.text[listed[-1][1] : m[0]]
        if m[3] not in classes or not LIST_WORDS.fullmatch(gap) or not LIST_JOIN.search(gap) or len(gap.split()) > 5:
            break
        listed.append(m)
    # the list is the whole clause: "Y: A and B have been reported" says something else about A and B
    return listed if LIST_END.match(unit.text, listed[-1][1]) else []


def disease_with_named(named: set[str]) -> bool:
    """Whether a unit names a disease and a condition: what "Y, with A and B" needs."""
    return "Disease" in named and len(COND & named) >= 1


#: Hearst's "X and other Ys": the drug named is one of the Ys ("ibuprofen or other NSAIDs"); and "(used) with other
#: Ys" about the drug in question ("warnings regarding use with other CNS depressants").
#: (a Markdown emphasis may close right before the list goes on: "**Gentamicin** and similar antibiotics"; "it or
#: (to) another Y": the pronoun is the drug in focus, as in "allergic to it or to other Ys")
OTHER = re.compile(
    r"(?:(?P<list>(?:[*_]{1,2})?,? (?:and|or) (?:to )?(?:some |many |several |all |any )?)| with )"
    r"(?:other|similar|(?<=or )another|(?<=or to )another) (?=\w)",
    re.I,
)
#: Right before a Hearst list cue: "it", the drug in focus ("allergic to it or to other Ys").
IT_BEFORE = re.compile(r"\bit$", re.I)


def _other_kinds(unit: Unit, ctx: Discourse, low: str) -> list[Found]:
    if "other " not in low and "similar " not in low:
        return []
    out = []
    for match in OTHER.finditer(unit.text):
        kinds = [m for m in unit.mentions if m[0] == match.end() and m[3] == "DrugClass"]
        if not kinds:
            continue
        if match.group("list"):
            drugs = [m for m in unit.mentions if m[1] == match.start() and m[3] == "Drug"]
            subject = drugs[0][2] if drugs else None
            if subject is None and ctx.focus and IT_BEFORE.search(unit.text, 0, match.start()):
                subject = ctx.focus
        else:
            before = unit.text[: match.start()]
            usage = USAGE_BEFORE.search(before)
            subject = agent_subject(unit, match.start(), {"Drug"}, ctx)[0] if usage else None
        if subject is not None:
            out.append(Found(subject, "isA", kinds[0][2], "and-other-kinds", confidence=Decimal("0.6")))
    return out


#: What a level change is about: a chemical of the body or a substance ("uric acid", "DHT").
LEVEL_OBJECTS = frozenset({"Drug", "Substance", "EndogenousChemical"})
#: "lowers the (blood) level of", "raises the amount of" (group "down": lowers).
LEVEL_CHANGE = re.compile(
    r"\b((?P<down>lower|reduc|decreas|cut|halv)|rais|increas|boost|doubl)(e|es|ed|s|ing)? (the )?(blood |plasma )?"
    r"(levels?|amounts?|concentrations?) of (the )?",
    re.I,
)
#: Between a level cue and its object: a Markdown emphasis ("raises the level of **digoxin**").
EMPHASIS_OPEN = re.compile(r"[*_]{1,2}")
#: After a level cue, other medicines named by example ("raises the blood levels of drugs cleared by that enzyme,
#: such as A and B"): the examples are the drugs whose level changes (decision 0677).
MEDICINES_SUCH_AS = re.compile(
    r"(some |certain |other |several )?(drugs|medicines|medications)\b[^.;:()]{0,60}?,? (such as|like|including) ",
    re.I,
)
#: "X is a medicine that lowers ...": the noun and relative pronoun between the drug and its verb.
A_MEDICINE_THAT = re.compile(
    r"\s(is|are) an? ([\w-]+ )?(medicines?|drugs?|medications?|treatments?) (that|which)\s+$", re.I
)
#: "By lowering Y, X ...": the drug after the comma does it.
BY_CHANGING = re.compile(
    r"[\W_]*by ((?P<down>lowering|reducing|decreasing|cutting)|raising|increasing|boosting) ", re.I
)


def _level_change(unit: Unit, ctx: Discourse) -> list[Found]:
    """level-change (rules.yaml code_rules, docs/decisions/0631): "X lowers the level of Y" -> X decreases Y, "X
    raises the amount of Y" -> X increases Y, "By lowering Y, X ..." -> X decreases Y; the drug the verb's own (named
    right before it, or a pronoun for it), Y named right after the cue. A level of the document's drug is an
    interaction's ("A raises the level of X": level-of), not a change of a body chemical.

    >>> u = Unit("X lowers the level of Y in the blood.", [(0, 1, "x", "Drug"), (22, 23, "y", "Substance")])
    >>> [(f.subject, f.predicate, f.object) for f in _level_change(u, Discourse())]
    [('x', 'decreases', 'y')]
    """
    text, ms, out = unit.text, unit.mentions, []
    starts = {m[0]: m for m in ms}
    skip = {ctx.main}
    drugs = {m[2] for m in ms if m[3] == "Drug"} | {ctx.focus, ctx.main} - {None}
    interactions = bool(unit.heading) and in_section(ctx, unit.heading, INTERACTIONS_HEADING)
    matches = list(LEVEL_CHANGE.finditer(text))
    by = BY_CHANGING.match(text)
    for match in [*matches, *([by] if by else [])]:
        opened = EMPHASIS_OPEN.match(text, match.end())
        obj = starts.get(opened.end() if opened else match.end())
        if obj is None and match is not by:
            out += _levels_of_medicines(unit, ctx, match)
            continue
        if obj is None or obj[3] not in LEVEL_OBJECTS or obj[2] in skip:
            continue
        if match is by:
            after = [m for m in ms if m[0] > obj[1] and m[3] in AGENT]
            comma = text.find(",", obj[1])
            if not after or comma < 0 or text[comma + 1 : after[0][0]].strip():
                continue
            subject, resolved = after[0][2], ""
        else:
            who = _subject_next_to(unit, match.start(), AGENT, ctx)
            subject, resolved = who.slug, who.resolved_from
            kind = None if subject else A_MEDICINE_THAT.search(text, 0, match.start())
            if kind:  # "X is a medicine that lowers ...": the drug before the copula
                who = _subject_next_to(unit, kind.start() + 1, AGENT, ctx)
                subject, resolved = who.slug, who.resolved_from
            if subject is None and ctx.outcome and ANAPHOR.match(text) and not any(m[0] < match.start() for m in ms):
                # "X blocks E. This lowers the level of Y": the step before lowers it (decision 0670)
                subject = ctx.outcome
        if subject is None or subject == obj[2]:
            continue
        st = _status(unit, obj)
        if st.absent:
            continue
        if opened and not (obj[3] == "Drug" and interactions):
            continue  # (an emphasised name is read only as a medicine of an interactions section)
        if (
            obj[3] == "Drug"
            and subject in drugs
            and (interactions or (match is not by and partner_level(text, subject, obj, ctx)))
        ):
            # under an interactions heading, a drug that changes the level of another medicine: an interaction (a
            # Drug may be a chemical of the body elsewhere: "lowers the level of uric acid"; decision 0677); outside
            # that section the text's drug changing the level of a medicine that is no chemical of the body ("It may
            # raise the blood level of ciclosporin": unaffected.partner_level, decision 0878)
            # (the words an "It" owner was resolved from go with the claim, so that a partner's "It" is told apart:
            # referred_owners, decision 0978)
            out.append(
                Found(subject, "interactsWith", obj[2], "level-of", st.negated, st.certainty, resolved_from=resolved)
            )
            continue
        predicate = "decreases" if match.group("down") else "increases"
        if subject == ctx.outcome and ctx.outcome_lowered:  # (after a lowered step: the two move together, 0670)
            predicate = "increases" if match.group("down") else "decreases"
        out.append(
            Found(subject, predicate, obj[2], "level-change", st.negated, st.certainty, confidence=Decimal("0.7"))
        )
    return out


def _levels_of_medicines(unit: Unit, ctx: Discourse, match: re.Match) -> list[Found]:
    """level-of (decision 0677): "X raises the blood levels of drugs cleared by that enzyme, such as A and B": X (the
    drug right before the cue, or a pronoun for it) interactsWith A and B, the medicines named by example.

    >>> u = Unit("X raises the levels of some drugs, such as A and B.", [(0, 1, "x", "Drug"), (43, 44, "a", "Drug"),
    ...     (49, 50, "b", "Drug")])
    >>> m = LEVEL_CHANGE.search(u.text)
    >>> [(f.subject, f.object) for f in _levels_of_medicines(u, Discourse(), m)]
    [('x', 'a'), ('x', 'b')]
    """
    text = unit.text
    such = MEDICINES_SUCH_AS.match(text, match.end())
    if such is None:
        return []
    who = _subject_next_to(unit, match.start(), DRUG, ctx)
    subject = who.slug
    listed = subjects_after(unit, such.end(), {"Drug"})
    out = []
    for obj in listed:
        st = _status(unit, obj)
        if subject is None or subject == obj[2] or st.absent:
            continue
        out.append(
            Found(
                subject, "interactsWith", obj[2], "level-of", st.negated, st.certainty, resolved_from=who.resolved_from
            )
        )
    return out


#: What an amount step is about: a chemical of the body or a substance ("less uric acid is made").
AMOUNT_OBJECTS = frozenset({"Drug", "Substance", "EndogenousChemical", "Ion"})
#: A sentence opening that says it follows from the step before (or nothing: "Less X is made." right after a step).
STEP_OPENER = (
    r"^[\W\d]*(?:(?:as a result|as a consequence|consequently|in turn|because of this|this means( that)?|so|then)"
    r"\s*,?\s+)?"
)
STEP_OPENED = re.compile(STEP_OPENER, re.I)
#: "Less X is made", "As a result, more X is released": an amount of a chemical, then (after the mention) a verb
#: of making or of its being there (AMOUNT_VERB).
AMOUNT_STEP = re.compile(STEP_OPENER + r"(?P<dir>less|fewer|more|extra)\s+", re.I)
AMOUNT_VERB = re.compile(
    r"\s+((is|are|gets?|can be|will be)\s+)?((then|now|also)\s+)?"
    r"(made|produced|formed|released|secreted|available|left|builds? up|reach(es)?|enters?|stays?|remains?)\b",
    re.I,
)
#: "The level of X falls", "As a result, X levels rise": a chemical's level moving (group "up" or "down").
LEVEL_OF_MOVES = re.compile(
    STEP_OPENER + r"(the\s+)?((blood|plasma)\s+)?(levels?|amounts?|concentrations?) of\s+", re.I
)
LEVEL_MOVES = re.compile(
    r"\s+((levels?|concentrations?)\s+)?(in (the|your) (blood|body|brain|urine)\s+)?"
    r"((then|slowly|gradually|quickly)\s+)?((?P<up>rises?|goes up|increases)|falls?|drops?|goes down|decreases)\b",
    re.I,
)
#: After a chemical opening a step: its amount growing on its own ("2. Acetaldehyde builds up in the blood", "So the
#: incretins last longer", "acetylcholine stays in the gaps between nerve cells for longer"; decision 0722): what is
#: no longer broken down or cleared accumulates.
AMOUNT_GROWS = re.compile(
    r"\s+((then|now|also|slowly|gradually|quickly|soon)\s+)?(builds? up|accumulates?|"
    r"(lasts?|stays?|remains?|hangs? around|persists?)\b[^,.;:()]{0,40}?\blonger)\b",
    re.I,
)
#: What may grow so: a chemical of the body or a substance (not a drug: a medicine that builds up is a dosing matter)
GROWING_OBJECTS = frozenset({"Substance", "EndogenousChemical", "Ion"})
#: Before a chemical whose level moves: a determiner or a possessive ("the", "my", "your": "My prolactin level falls").
OWNER_WORD = re.compile(r"(the|my|your|our|their|his|her)\s+", re.I)
#: Between a step's opener and its chemical (decision 0760): the step before's result named as a state, as
#: subjects.ANAPHOR reads it ("With the enzyme blocked, less Y is made", "With these receptors switched off, Y builds
#: up"), which says the sentence follows from that step as "As a result" does.
STEP_STATE = re.compile(
    r"with (?:the|this|that|these|those) (?:[\w-]+ ){1,2}(?:blocked|removed|inhibited|switched off|turned off"
    r"|out of action),\s*",
    re.I,
)
#: Before the chemical: a noun saying what it is ("a messenger called cyclic AMP", "a substance known as Y"); the
#: chemical's own mention follows (decision 0760).
CALLED = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:substance|messenger|chemical|compound|hormone|molecule)\s+"
    r"(?:called|named|known\s+as)\s+",
    re.I,
)
#: An amount word opening the clause after STEP_STATE ("With the enzyme blocked, fewer Y are made").
AMOUNT_WORD = re.compile(r"(?P<dir>less|fewer|more|extra)\s+", re.I)
#: After the chemical: the clause gives its own cause ("Less X is made because ...", "when ..."), not the step before.
OWN_CAUSE = re.compile(r"\b(because|since|due to|when|if|unless|after|by)\b", re.I)


def _step_amount(unit: Unit, ctx: Discourse) -> list[Found]:
    """step-amount (rules.yaml code_rules, decision 0670): a sentence that opens with a chemical's amount or level
    changing, and names nothing before it, states what the step before brought about: "X blocks E. Less Y is made."
    -> E's step decreases Y; "As a result, the level of Y rises" -> increases Y. The step before is the last process
    of the previous sentence (or the drug's inhibition of the enzyme it blocks); a sentence that gives its own cause
    after the chemical ("because ...", "when ...") is not about it.

    >>> u = Unit("Less uric acid is made.", [(5, 14, "uric-acid", "Drug")])
    >>> [(f.subject, f.predicate, f.object) for f in _step_amount(u, Discourse(outcome="e-inhibition"))]
    [('e-inhibition', 'decreases', 'uric-acid')]
    >>> _step_amount(u, Discourse())
    []
    """
    text, ms = unit.text, unit.mentions
    if not ctx.outcome or not ms or ms[0][3] not in AMOUNT_OBJECTS or ms[0][2] in (ctx.main, ctx.outcome):
        return []
    if ctx.outcome_target:
        return []  # "X blocks channel C. Less Y enters": C's block lowers Y, C itself lets Y in: no sign (0676)
    obj = ms[0]
    level = LEVEL_OF_MOVES.match(text)
    opener = STEP_OPENED.match(text)
    # ("With the enzyme blocked, a messenger called Y builds up": the step before as a state, Y's kind; 0760)
    state = STEP_STATE.match(text, opener.end()) if opener else None
    amount = AMOUNT_WORD.match(text, state.end()) if state else AMOUNT_STEP.match(text)
    called = CALLED.match(text, state.end() if state else opener.end()) if opener else None
    start = called.end() if called else state.end() if state else opener.end() if opener else -1
    owner = OWNER_WORD.match(text, start) if opener and not called else None  # ("3. My prolactin level falls": 0708)
    opened = owner.end() if owner else start
    grows = AMOUNT_GROWS.match(text, obj[1]) if opened == obj[0] and obj[3] in GROWING_OBJECTS else None
    if amount and amount.end() == obj[0] and (made := AMOUNT_VERB.match(text, obj[1])):
        down, after = amount.group("dir").lower() in ("less", "fewer"), made.end()
    elif grows and (STEP_LINE.match(text) or (unit.item and not unit.bullet) or FOLLOWS.match(text) or state):
        # ("2. Acetaldehyde builds up", "So the incretins last longer": a step's or a consequence's own, 0722)
        down, after = False, grows.end()
    else:
        moves = LEVEL_MOVES.match(text, obj[1])
        if moves is None or not ((level and level.end() == obj[0]) or opened == obj[0]):
            return []
        if not (level or moves.group(2)):  # "X rises" names no level: "X levels rise", "the level of X rises"
            return []
        down, after = not moves.group("up"), moves.end()
    end = re.search(r"[,;.]|\b(so|and|but)\b", text[after:])
    if OWN_CAUSE.search(text, after, after + end.start() if end else len(text)):
        return []
    st = _status(unit, obj)
    if st.absent:
        return []
    # (after "X reduces Y", less Z follows from less Y: Y and Z move together, Y increases Z)
    predicate = "decreases" if down != ctx.outcome_lowered else "increases"
    return [Found(ctx.outcome, predicate, obj[2], "step-amount", st.negated, st.certainty, confidence=Decimal("0.6"))]


#: A numbered step's line ("2. ", "3) ", "Step 2: ") and a sentence that opens saying it follows from the step before
#: ("As a result", "So", "Then", "This means"): where a quantity moving on its own is a later step (decision 0708).
STEP_LINE = re.compile(r"[\W_]*(?:step\s+)?\d+\s*[.):-]\s", re.I)
FOLLOWS = re.compile(
    r"[\W_]*(as a result|as a consequence|consequently|in turn|because of this|this means( that)?|so|then)\b", re.I
)

#: Before the quantity, after the step's number, its opener and an opening phrase up to a comma ("With these
#: receptors blocked, "): at most a determiner, so the quantity is the clause's subject. Not "Adrenaline can no longer
#: make the heart beat faster" (an agent of its own) nor "A slower heart needs less oxygen, so ... blood pressure
#: falls" (the consequence of another clause).
SUBJECT_ONLY = re.compile(
    r"[\W\d_]*(?:(?:then|therefore|now|in turn)\s+)?(?:(?:the|your|their|his|her|its|my|our)\s+)?"
    # ("the muscle relaxes and the vessels widen": the vessel wall's muscle relaxing is the widening; decision 0790)
    r"(?:(?<![\w-])(?:the\s+)?muscles?\s+(?:there\s+|then\s+)?relax(?:es)?\s+and\s+(?:the\s+)?)?",
    re.I,
)
#: A prose sentence opening with the step before's act as a state ("With the receptors blocked, ", "With those
#: blocked, "): it follows from that step, as "As a result" says (decision 0790; STEP_STATE's form with the act
#: verbs of receptors and channels too).
WITH_STATE = re.compile(
    r"[\W_]*(?:with\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:now\s+)?(?:blocked|switched\s+(?:on|off)"
    r"|turned\s+(?:on|off)|activated|stimulated|opened|inhibited|out\s+of\s+action)"
    # ("When these channels open, less calcium gets in": the state as a clause of time)
    r"|(?:when|once)\s+(?:these|those)\s+(?:[\w-]+\s+){0,2}?(?:receptors|channels|enzymes|pumps)\s+(?:are\s+)?"
    r"(?:blocked|open|opened|switched\s+(?:on|off)|activated|stimulated)),\s*",
    re.I,
)

#: A sentence opening with a bare "This" and its verb, standing for the step before (subjects.ANAPHOR, BARE_THIS): the
#: quantity moving in its ", so" clause is that step's consequence too ("2. This boosts the effect of GABA, so more
#: chloride flows into the nerve cells"; decision 0760), as in a next sentence opening "So".
THIS_STEP = re.compile(
    r"[\W\d_]*(?:step\s+\d+\s*[.):-]\s*)?this\s+(?:(?:then|in turn|also|further)\s+)?"
    r"(?!(?:is|was|has|does)\b)[a-z]+[^\Ws]s\b",
    re.I,
)
#: The ", so" opening the consequence clause of THIS_STEP's sentence, then (SUBJECT_ONLY) the quantity.
SO_THEN = re.compile(r"\s*(?:and\s+)?so\s+", re.I)

#: What a step before may be, for a quantity moving after it: a process or an act (a blockade, an activation), not
#: a chemical the step only named ("respond more strongly to GABA").
STEP_CLASSES = frozenset({"BiologicalProcess", "PharmacologicalEffect"})


def _step_quantity(unit: Unit, ctx: Discourse) -> list[Found]:
    """step-quantity (rules.yaml code_rules, decision 0708): in a numbered step, or a sentence that says it follows
    from the one before, a quantity of the body moving on its own ("2. With these receptors blocked, the heart beats
    more slowly", "As a result, blood pressure falls") is what the step before brought about: its act or process
    (ctx.outcome) decreases a falling quantity, increases a rising one; the sign turned when the step before lowered
    its own process (the two move together, decision 0670). The step before is a process or an act (STEP_CLASSES).
    Nothing when an agent or a condition is named before
    the quantity, nor when the quantity is not its clause's subject (SUBJECT_ONLY: "A makes the heart beat faster",
    "..., so angina eases, and blood pressure falls"), nor after a step that only named a target (0676).

    >>> u = Unit("2. With these receptors blocked, the heart beats more slowly.", [(37, 60, "heart-rate",
    ...     "BiologicalProcess")], item=True)
    >>> [(f.subject, f.predicate, f.object) for f in _step_quantity(u, Discourse(outcome="r-blockade"))]
    [('r-blockade', 'decreases', 'heart-rate')]
    >>> _step_quantity(u, Discourse())
    []
    """
    if not ctx.outcome or ctx.outcome_target:
        return []
    if unit.classes is not None and unit.classes.get(ctx.outcome) not in STEP_CLASSES:
        return []  # ("2. The receptor responds more to GABA. 3. More chloride flows in": GABA is no step; 0708)
    text = unit.text
    follows = FOLLOWS.match(text) or WITH_STATE.match(text)
    if not (STEP_LINE.match(text) or (unit.item and not unit.bullet) or follows):
        return []
    opened, out = follows.end() if follows else 0, []
    moved = [(a, b, down) for a, b, _, down in amounts(text)]
    for m in unit.mentions:  # ("less dopamine is released": the dopamine release, from the amount word on)
        amount = released_amount(text, m[0], m[1]) if m[3] == "BiologicalProcess" else None
        if amount:
            moved.append((amount[0], m[1], amount[2]))
    for a, b, down in moved:
        mention = next((m for m in unit.mentions if m[1] == b and a <= m[0]), None)
        if mention is None or mention[2] == ctx.outcome:
            continue
        a = heart_subject(text, a)  # ("the heart beats more slowly and less forcefully": the heart's; 0790)
        clause = max(opened, text.rfind(",", opened, a) + 1)
        if any(m[3] in AGENT or m[3] in COND for m in unit.mentions if m[1] <= a):
            continue
        numbered = STEP_LINE.match(text, clause)
        so = SO_THEN.match(text, clause) if clause > opened and THIS_STEP.match(text) else None
        if not SUBJECT_ONLY.fullmatch(text, so.end() if so else numbered.end() if numbered else clause, a):
            continue
        st = _status(unit, mention)
        if st.absent:
            continue
        predicate = "decreases" if down != ctx.outcome_lowered else "increases"
        out.append(
            Found(ctx.outcome, predicate, mention[2], "step-quantity", st.negated, st.certainty,
                  confidence=Decimal("0.6"))
        )  # fmt: skip
    return out


#: A symptom or condition easing as the consequence clause of a later mechanism step (decision 0736): "3. Fewer
#: signals reach the brain, so the pain eases", "..., and the cramps settle down". The condition is the subject of
#: its clause (after "so" or ", and", at most a determiner between), the easing verb right after it; a verb that
#: says it comes back or gets worse is no easing, and a clause naming no condition reads nothing.
RELIEF_OPENER = re.compile(r"(?:,\s*(?:and\s+)?(?:so\s+)?|\bso\s+)(?:(?:the|your|their|any|this)\s+)?$", re.I)
EASES = re.compile(
    r"\s*(?:(?:then|soon|gradually|slowly|usually|also)\s+)?(?:eases?|settles?(?:\s+down)?|calms?\s+down|"
    r"subsides?|fades?(?:\s+away)?|goes\s+down|go\s+down|lessens?|lifts?|wears?\s+off|improves?)\b",
    re.I,
)

#: A symptom said by its own verb in a consequence clause or at the step's start ("..., so the patch of skin hurts
#: less", "and your scalp itches less", "4. Breathing becomes easier"): the verb's symptom (LAY_SYMPTOM_VERBS, the
#: slugs the vocabularies give "pain", "itching", "shortness of breath") eases. The words between the opener and the
#: verb are the clause's subject (at most four, no denial among them). LAY_CUES: a word the sentence must hold.
LAY_SYMPTOM_VERBS = {"hurt": "pain", "ache": "pain", "itch": "pruritus", "breathing": "dyspnea"}
LAY_CUES = (" less", " easier")
_DEGREE = r"(?:(?:a\s+lot|much|far|a\s+little|a\s+bit)\s+)?"
LAY_RELIEF = re.compile(
    r"(?:^[\W\d_]*|,\s*(?:and\s+)?(?:so\s+)?|\bso\s+)(?P<np>(?:[a-z]+\s+){0,4}?)"
    r"(?:(?P<verb>hurt|ache|itch)(?:e?s)?\s+" + _DEGREE + r"less"
    r"|(?P<breath>breathing)\s+(?:becomes|gets|is)\s+" + _DEGREE + r"easier)\b",
    re.I,
)
#: A step whose subject is the drug by a pronoun or a general name: its own effect, not the process's.
DRUG_PRONOUN = re.compile(r"[\W\d_]*(?:step\s+\d+\W*)?(?:it|they|this\s+medicine|the\s+medicine|the\s+drug)\b", re.I)
LAY_DENIAL = frozenset({"not", "never", "no", "nothing", "still", "only"})


def step_relief(unit: Unit, ctx: Discourse) -> list[Found]:
    """step-relief (rules.yaml code_rules, decision 0736): in a numbered step, or a sentence that says it follows
    from the one before, a symptom or condition that eases in a consequence clause ("3. Fewer signals reach the
    brain, so the pain eases") is what the step before's process bears on: the process decreases the condition when
    that step raised it, and increases it (the two move together, as curated chains write "less X means less Y")
    when the step before lowered it. Only after a step that raised, lowered or caused its process or act
    (ctx.outcome_moved; an effect merely named, "2. The muscle relaxes", gives none), never after a target; nothing
    when a drug or other agent is named in the sentence (its own claim), when the condition is not its clause's
    subject, or when it is denied.

    >>> u = Unit("3. Fewer signals reach the brain, so the pain eases.", [(41, 45, "pain", "Symptom")], item=True)
    >>> def steps(**kw):
    ...     return [(f.subject, f.predicate, f.object) for f in step_relief(u, Discourse(outcome="p-s", **kw))]
    >>> steps(outcome_lowered=True, outcome_moved=True)
    [('p-s', 'increases', 'pain')]
    >>> steps(outcome_moved=True)
    [('p-s', 'decreases', 'pain')]
    >>> step_relief(u, Discourse())
    []
    """
    if not ctx.outcome or ctx.outcome_target:
        return []
    if unit.classes is not None and unit.classes.get(ctx.outcome) not in STEP_CLASSES:
        return []
    if not ctx.outcome_moved:
        return []  # (a process or an effect the step before did not move gives no sign: "2. The muscle relaxes")
    text = unit.text
    if not (STEP_LINE.match(text) or (unit.item and not unit.bullet) or FOLLOWS.match(text)):
        return []
    if any(m[3] in AGENT for m in unit.mentions) or DRUG_PRONOUN.match(text):
        return []  # (the drug's own effect, "3. It numbs the skin, so the pain eases", is no step of a process)
    out = []
    for m in unit.mentions:
        if m[3] not in COND or m[2] == ctx.outcome:
            continue
        if not RELIEF_OPENER.search(text, max(0, m[0] - 30), m[0]) or not EASES.match(text, m[1]):
            continue
        st = _status(unit, m)
        if st.absent or st.negated:
            continue
        predicate = "increases" if ctx.outcome_lowered else "decreases"
        out.append(Found(ctx.outcome, predicate, m[2], "step-relief", False, st.certainty, confidence=Decimal("0.6")))
    for lay in LAY_RELIEF.finditer(text):
        if LAY_DENIAL.intersection(lay.group("np").lower().split()):
            continue
        if any(m[3] in COND and lay.start() <= m[0] < lay.end() for m in unit.mentions):
            continue  # (a condition named in the clause is read above)
        st = statuses(text, [(lay.start("verb") if lay.group("verb") else lay.start("breath"), lay.end())])[0]
        if st.absent or st.negated:
            continue
        predicate = "increases" if ctx.outcome_lowered else "decreases"
        slug = LAY_SYMPTOM_VERBS[(lay.group("verb") or lay.group("breath")).lower()]
        out.append(Found(ctx.outcome, predicate, slug, "step-relief", False, st.certainty, confidence=Decimal("0.6")))
    return out


#: A clause that states what the clause before it brought about: "X blocks E, so less Y is made", "...; as a
#: result, the level of Y falls".
SO_CLAUSE = re.compile(
    r"[,;]\s*(?:and\s+)?(?:so|so that|as a result|as a consequence|which means(?: that)?|this means(?: that)?)\s*,?\s+",
    re.I,
)


#: "Y is (not) a contraindication", "Y isn't a reason to withhold it": the noun names (or denies) a contraindication
#: of Y (group "not": denied; decision 0673).
CONTRAINDICATION_NAMED = re.compile(
    r"\b(is|are)(?P<not>\s+not|n't)?\s+(an?\s+|the\s+)?((absolute|relative|strict|firm)\s+)?"
    r"(contraindications?|reasons?\s+(not\s+)?to\s+(withhold|avoid)\s+(it|them|the\s+(drug|medicine|treatment)|"
    r"(?P<name>[\w-]+)))\b",
    re.I,
)
#: (not "a reason to stop it": a sign to stop taking a drug is a warning of its effect, "Heartburn is a reason to stop
#: it and see the doctor")
#: Who a contraindication may be named for: conditions and groups of people.
CONTRAINDICATION_OBJECTS = frozenset({*COND, "Population"})


#: Right after a pharmacokinetic parameter, one value: "half-life of about 30 hours", "half-life only about 20 min"
#: (not the first number of a range: RANGE).
SINGLE_VALUE = re.compile(
    # (where it is measured, and whether it is short or long, may come between: "its half-life in the blood is
    # short, about **2 hours**"; a small value may be a word: "about one hour", decision 0714)
    # ("its half-life there is about 3 hours", "gives its half-life as about 14 hours", "- Half-life: about 5 hours",
    # "a long half-life, about thirty hours": decision 0992)
    r"(\s+in\s+(the\s+)?(blood|body|plasma|bloodstream))?(\s+there)?"
    r"(?:[*_]{0,2}:[*_]{0,2}|,(?=\s+(?:about|around|approximately|roughly)\s))?"
    r"\s+((is|was|of|as)\s+)*((short|long|quite short|quite long),?\s+)?"
    r"((about|around|approximately|roughly|only|just|nearly|almost|typically|usually)\s+)*[*_]{0,2}"
    # ("under two hours", "less than an hour": the most it is; decision 0992)
    r"(?:(?P<bound>under|less\s+than)\s+)?"
    # (any number word up to ninety-nine, and "and a half" after it: "about one and a half hours", decision 0896)
    # ("about an hour", "an hour and a half", "about a day": one; "two or three hours", "18 to 19 days": a range right
    # after the parameter; decision 0992)
    r"(?P<value>\d+(?:\.\d+)?|an?(?=\s+(?:hour|day|week)\b)|" + number_words.PATTERN + r")(?P<half>\s+and\s+a\s+half)?"
    r"(?:\s*(?:to|or|-|–)\s*(?P<high>\d+(?:\.\d+)?|" + number_words.PATTERN + r")(?P<high_half>\s+and\s+a\s+half)?)?"
    r"[*_]{0,2}\s*[*_]{0,2}"
    r"(?P<unit>hours?|hrs?|days?|minutes?|mins?|weeks?)\b(?P<after_half>\s+and\s+a\s+half\b)?"
    # (not the first end of a range of times, "an hour to an hour and a half", nor "an hour and a quarter")
    r"(?!\s+(?:to|or|-|–)\s+(?:an?\b|\d|" + number_words.PATTERN + r"))(?!\s+and\s+a\s+quarter\b)",
    re.I,
)
#: Right after a parameter's name: "of" and the drug whose value it is ("The half-life of X is about 7 hours": 0992).
OF_DRUG = re.compile(r"\s+of\s+(the\s+)?[*_]{0,2}", re.I)


def steps_within(unit: Unit, found: list[Found], acts: list[str], ctx: Discourse) -> list[Found]:
    """step-amount inside one sentence (decision 0670): after "..., so" (or "; as a result,") a chemical's amount or
    level changing is what the clause before brought about: the drug's act there (`acts`: the inhibitions of the
    enzymes or carriers the sentence's drug blocks, when one is named before the split), else the last process
    named before it; its sign read against that process (lowered by a claim of `found`: the two move together).

    >>> u = Unit("It lowers Y production, so less Y is made.", [(10, 22, "y-production", "BiologicalProcess"),
    ...     (32, 33, "y", "EndogenousChemical")])
    >>> f = [Found("x", "decreases", "y-production", "r")]
    >>> [(f.subject, f.predicate, f.object) for f in steps_within(u, f, [], Discourse())]
    [('y-production', 'increases', 'y')]
    """
    out = []
    bound = {f.object for f in found if f.predicate == "bindsTo" and not f.negated}
    for split in SO_CLAUSE.finditer(unit.text):
        left = [m for m in unit.mentions if m[1] <= split.start()]
        steps = [m[2] for m in left if m[3] in ("BiologicalProcess", "PharmacologicalEffect")]
        outcome = acts[-1] if acts and any(m[2] in bound for m in left) else steps[-1] if steps else None
        if outcome is None:
            continue
        lowered = any(f.object == outcome and f.predicate == "decreases" and not f.negated for f in found)
        at = split.end()
        sub = Unit(
            unit.text[at:],
            [(a - at, b - at, slug, cls) for a, b, slug, cls in unit.mentions if a >= at],
            classes=unit.classes,
        )
        out += _step_amount(sub, Discourse(outcome=outcome, outcome_lowered=lowered, main=ctx.main))
    return out


#: Right before a parameter: a breakdown product (not an active one, which golds read as the drug's own) owns it ("its
#: main breakdown product has a half-life of 3.5 hours"; decision 0761).
#: Right before "half-life": a word naming another half-life than the elimination half-life the parameter names ("its
#: effective half-life", the one that governs how the drug builds up; "the distribution / absorption half-life", one
#: phase's): the value is not the parameter's (decision 0957).
OTHER_HALF_LIFE = re.compile(r"\b(effective|distribution|absorption)\s+$", re.I)
METABOLITE_OWNS = re.compile(
    r"\b(?<!active )((main|major|inactive)\s+)?(breakdown\s+products?|metabolites?)\s+(has|have|with)\s+(an?\s+)?"
    r"([\w-]+\s+)?$",
    re.I,
)


#: "its" right before a parameter's name (a word or two between: "its elimination half-life"): the pronoun's drug owns
#: the value (decision 0845).
ITS_PARAMETER = re.compile(r"\bits\s+([\w-]+\s+){0,2}$", re.I)


def _value_end(unit: Unit) -> int | None:
    """Where the sentence's first value statement ends: its first parameter's name or value phrase (None: none).

    >>> _value_end(Unit("Its half-life is 8 hours.", [(4, 13, "half-life", "PharmacokineticParameter")]))
    13
    """
    ends = [m[1] for m in unit.mentions if m[3] == "PharmacokineticParameter"]
    phrase = first_phrase_end(unit.text)
    return min(ends + ([phrase] if phrase is not None else []), default=None)


def _its_value(unit: Unit, drug: str) -> bool:
    """Whether every parameter of the sentence is "its" parameter and `drug` is named only after the first of them
    ("Its half-life is 7 to 9 hours, but it is shorter in people who also take B": the half-life is the pronoun's
    drug's, B is named in a later clause; decision 0845).

    >>> u = Unit("Its half-life is 8 hours, but less with B.", [(4, 13, "half-life", "PharmacokineticParameter"),
    ...     (40, 41, "b", "Drug")])
    >>> _its_value(u, "b")
    True
    """
    params = [m for m in unit.mentions if m[3] == "PharmacokineticParameter"]
    if not params or not all(ITS_PARAMETER.search(unit.text, max(0, m[0] - 40), m[0]) for m in params):
        return False
    first = params[0][0]
    return not any(m[2] == drug and m[0] < first for m in unit.mentions)


def _number(text: str, half: str | None = None) -> Decimal:
    """A value in digits or words, a half added after "and a half" ("one and a half" 1.5; decision 0896); "an" or "a"
    before a unit is one ("about an hour", "an hour and a half"; decision 0992).

    >>> _number("an", " and a half"), _number("two")
    (Decimal('1.5'), Decimal('2'))
    """
    one = Decimal(1) if text.lower() in ("a", "an") else None
    return (one or number_words.value(text) or Decimal(text)) + (Decimal("0.5") if half else 0)


def _pk_values(unit: Unit, drug: str) -> list[Found]:
    """value-range: "its half-life is 2 to 4 hours" (a range after the parameter), "a half-life of about 30 hours"
    (one value right after it: minValue = maxValue, decision 0673) -> drug hasPharmacokineticValue the parameter.

    >>> u = Unit("It has a half-life of about 30 hours.", [(9, 18, "half-life", "PharmacokineticParameter")])
    >>> [f.qualifiers for f in _pk_values(u, "x")]
    [(('maxValue', (Decimal('30'),)), ('minValue', (Decimal('30'),)), ('unit', ('unit:HR',)))]
    """
    out = []
    for m in unit.mentions:
        if m[3] != "PharmacokineticParameter":
            continue
        if METABOLITE_OWNS.search(unit.text, max(0, m[0] - 60), m[0]):
            continue  # "its main breakdown product has a half-life of 3.5 hours": the product's value (0761)
        if m[2] == "elimination-half-life" and OTHER_HALF_LIFE.search(unit.text, max(0, m[0] - 20), m[0]):
            continue  # "its effective half-life is 27 to 45 hours": another parameter's value (decision 0957)
        at = m[1]
        of = OF_DRUG.match(unit.text, at)
        named = [x for x in unit.mentions if of and x[0] == of.end() and x[2] == drug]
        at = named[0][1] if named else at  # ("The half-life of X is about 7 hours": X's; decision 0992)
        one = SINGLE_VALUE.match(unit.text, at)
        value = None if one else RANGE.search(unit.text, m[1])
        if one:
            half = one.group("half") or one.group("after_half")
            low = _number(one.group("value"), half)
            high = _number(one.group("high"), one.group("high_half")) if one.group("high") else low
            unit_name = one.group("unit").lower().rstrip("s")
            if high < low or (one.group("after_half") and (one.group("half") or one.group("high"))):
                continue
            if one.group("bound"):  # ("its half-life is under two hours": the most it is; decision 0992)
                bounded = (("maxValue", (high,)), ("unit", (UNITS.get(unit_name, "unit:HR"),)))
                out.append(Found(drug, "hasPharmacokineticValue", m[2], "value-range", qualifiers=bounded))
                continue
        elif value:
            low, high = _number(*value.group(1, 2)), _number(*value.group(3, 4))
            unit_name = value.group(5).lower().rstrip("s")
        else:
            continue
        qualifiers = (("maxValue", (high,)), ("minValue", (low,)), ("unit", (UNITS.get(unit_name, "unit:HR"),)))
        out.append(Found(drug, "hasPharmacokineticValue", m[2], "value-range", qualifiers=qualifiers))
    return out


def _named_contraindication(unit: Unit, ctx: Discourse) -> list[Found]:
    """contraindication-named (rules.yaml code_rules, decision 0673): "Pregnancy is not a contraindication: X has
    been widely used ...", "Y is a contraindication to X", "Pregnancy isn't a reason to withhold it": Y (the
    conditions or groups named right before the copula) is (not) a contraindication of the drug named after the
    noun in the sentence, else of the drug in focus.

    >>> u = Unit("Pregnancy is not a contraindication: X is widely used.", [(0, 9, "p", "Population"),
    ...     (37, 38, "x", "Drug")])
    >>> [(f.subject, f.object, f.negated) for f in _named_contraindication(u, Discourse())]
    [('x', 'p', True)]
    """
    match = CONTRAINDICATION_NAMED.search(unit.text)
    if match is None:
        return []
    if match.group("name") and not any(m[0] == match.start("name") and m[3] in DRUG for m in unit.mentions):
        return []  # "a reason to avoid driving": no drug is withheld
    objects = objects_before(unit, match.start(), match.start(), CONTRAINDICATION_OBJECTS, finite=True)
    drugs = [m[2] for m in unit.mentions if m[0] >= match.end() and m[3] in DRUG]
    subject = drugs[0] if drugs else (ctx.focus or ctx.main)
    if subject is None:
        return []
    negated = bool(match.group("not"))
    return [
        Found(subject, "contraindicatedIn", m[2], "contraindication-named", negated, confidence=Decimal("0.6"))
        for m in objects
        if m[2] != subject
    ]


#: "reports of A and B in people taking X", "Some men have reported A while taking X": the effects named between the
#: report and the taking (group "effects"), the drug right after it (decision 0673).
REPORTED_TAKING = re.compile(
    r"\b(reports? of|(have|has|had) (also )?reported)\s+(?P<effects>[^.;:]{3,160}?)\s+((in|among|while|when)\s+"
    r"((some |many )?(people|patients|men|women|children|adults|users|those)\s+((who are|who were)\s+)?)?"
    r"(taking|on|using|given|receiving|treated with|prescribed)|after(\s+(taking|using|being given))?)\s+",
    re.I,
)


def _reported_while_taking(unit: Unit, ctx: Discourse) -> list[Found]:
    """reported-while-taking (rules.yaml code_rules, decision 0673): "There have been reports of A and B in people
    taking X", "Some people have reported A while taking it": X (or the drug in focus for "it") hasAdverseEffect
    each condition named between the report and the taking.

    >>> u = Unit("There were reports of a and b in people taking X.", [(22, 23, "a", "Symptom"),
    ...     (28, 29, "b", "Symptom"), (47, 48, "x", "Drug")])
    >>> [(f.subject, f.object) for f in _reported_while_taking(u, Discourse())]
    [('x', 'a'), ('x', 'b')]
    """
    match = REPORTED_TAKING.search(unit.text)
    if match is None:
        return []
    drugs = [m for m in unit.mentions if m[0] == match.end() and m[3] in DRUG]
    if drugs:
        subject = drugs[0][2]
    elif ctx.focus and re.match(r"(it|this medicine|the medicine)\b", unit.text[match.end() :], re.I):
        subject = ctx.focus
    else:
        return []
    effects = [m for m in unit.mentions if match.start("effects") <= m[0] and m[1] <= match.end("effects")]
    out = []
    for m in effects:
        st = _status(unit, m)
        if m[3] in COND and m[2] != subject and not st.absent:
            out.append(
                Found(subject, "hasAdverseEffect", m[2], "reported-while-taking", st.negated, st.certainty,
                      confidence=Decimal("0.6"))
            )  # fmt: skip
    return out


#: Between a drug and the condition it is taken for: "taking X for Y", "X for an overactive bladder", "an X inhaler
#: for Y", "X cream for Y" (the form it comes in between: decision 0673); the possessive of the first and second
#: person too, "I take X for my arthritis", "you take X for your knee pain" (decision 0959).
FOR_CONDITION = re.compile(
    r"\)?"  # (the brand name in brackets after the drug's: "take X (brand name B) for Y"; decision 0767)
    r"(\s+(tablets?|capsules?|inhalers?|creams?|gels?|ointments?|(eye |ear |nasal )?drops|(nasal )?sprays?|"
    r"injections?|patch(es)?|liquid|syrup|lotion|shampoo|pessar(y|ies)|suppositor(y|ies)))?"
    r"\s+for\s+((an?|the|their|his|her|its|some|my|your|our)\s+)?",
    re.I,
)
#: Between two members of a list: a comma, "and"/"or", or both ("A, B and C").
LIST_ITEM = re.compile(r"\s*(,\s*((and|or)\s+)?|(and|or)\s+)", re.I)
#: Before the drug: it is taken along with another ("take A with B for Y", "alongside B").
TAKEN_WITH = re.compile(r"\b(with|alongside|plus|together with|as well as)\s+$", re.I)
#: Before the drug: it is set against the one taken ("take A instead of B for Y", "A rather than B"): what is taken
#: for Y is the earlier drug (decision 0707)
SET_AGAINST = re.compile(r"\b(instead of|rather than|in place of|unlike|than|versus|vs\.?)\s+$", re.I)
#: Between the sentence's first drug and "with B for Y": a new clause (a stop, a semicolon, a colon, or a comma before
#: a joining word) - the first drug is then not the subject of "fine with B" (decision 1126).
NEW_CLAUSE = re.compile(r"[;:.!?]\s|,\s+(and|but|so|or|while|although|though)\b", re.I)
#: Before the drug: it is what is taken, not what is looked for or tested ("screened for", "tested for").
NOT_TAKEN = re.compile(r"\b(test|screen|check|monitor|look|ask|allerg)\w*\s+(\w+\s+)?$", re.I)


#: Words of a sentence that warns about taking the drug with others ("the same goes for", "with", "adds to", "makes
#: ... worse", "tell your doctor if you take"): a class named in it with "for Y" describes a partner (decision 0734).
PARTNER_WORDS = re.compile(
    r"\b(same (goes|is true|applies) for|with|together|alongside|add(s|ed|ing)? to|worse|interact\w*|combin\w*|"
    r"tell your|as well as|on top of)\b",
    re.I,
)


def _partner_sentence(unit: Unit, cls: tuple) -> bool:
    """Whether a class named with "for Y" is a partner of a warning or interaction: the sentence names another agent
    or chemical, or has a word of taking drugs together ("Alcohol can make it worse; the same goes for
    antihistamines for hay fever"; decision 0734). No development gold reads a class so named as treating Y.

    >>> u = Unit("Alcohol adds to it, as do antihistamines for hay fever.", [(0, 7, "alcohol", "Substance"),
    ...     (27, 41, "antihistamine", "DrugClass"), (46, 55, "hay-fever", "Disease")])
    >>> _partner_sentence(u, u.mentions[1])
    True
    """
    others = any(m[3] in AGENT | CHEMICAL and m[2] != cls[2] for m in unit.mentions)
    return others or bool(PARTNER_WORDS.search(unit.text))


def _drug_for(unit: Unit) -> list[Found]:
    """ "taking X for Y", "A, such as X for Y" (code rule drug-for, docs/decisions/0631): a drug named right before
    "for" and a condition right after it (an article or possessive between) is taken for it, and so for the
    conditions listed with it. A population after "for" ("for people with Y") is not the condition.

    >>> u = Unit("Taking X for Y can cause Z.", [(7, 8, "x", "Drug"), (13, 14, "y", "Disease"),
    ...     (25, 26, "z", "Symptom")])
    >>> [(f.subject, f.object) for f in _drug_for(u)]
    [('x', 'y')]
    """
    out, ms, text = [], unit.mentions, unit.text
    for a, b in itertools.pairwise(ms):
        if a[3] not in DRUG or b[3] not in COND or not FOR_CONDITION.fullmatch(text, a[1], b[0]):
            continue
        if NOT_TAKEN.search(text, max(0, a[0] - 30), a[0]):
            continue
        taker = a
        if a[3] == "DrugClass" and _partner_sentence(unit, a):
            continue  # ("the same goes for antihistamines for hay fever": a partner described, decision 0734)
        if TAKEN_WITH.search(text, max(0, a[0] - 30), a[0]) or SET_AGAINST.search(text, max(0, a[0] - 30), a[0]):
            # "A is fine to take with B for Y": B is A's companion; what is taken for Y is A, the sentence's first
            # drug, else nobody (decision 0622)
            earlier = [m for m in ms if m[1] <= a[0] and m[3] in DRUG]
            if not earlier or NEW_CLAUSE.search(text, earlier[0][1], a[0]):
                # (a drug of an earlier clause is not the one "fine with B": "It doesn't interact with my blood
                # pressure tablets, and it's fine with ibuprofen for my back" names no taker; decision 1126)
                continue
            taker = earlier[0]
        listed = [b]
        for m in ms:
            if m[0] > listed[-1][1] and m[3] in COND and LIST_ITEM.fullmatch(text, listed[-1][1], m[0]):
                listed.append(m)
        for obj in listed:
            st = _status(unit, obj)
            if not (st.absent or st.negated):  # (a denial before the drug is the sentence's, not the use's)
                out.append(
                    Found(taker[2], "treats", obj[2], "drug-for", False, st.certainty, confidence=Decimal("0.7"))
                )
    return out


#: "X, like A and B, is a Y": the companions a comparison names, then the copula of the class statement.
LIKE = re.compile(r",\s+(just like|like|as with|similar to)\s+", re.I)
LIKE_COPULA = re.compile(r",\s+(is|are)( also)? (an?|one of the|the)\s+([\w-]+\s+)?$", re.I)


def _like_members(unit: Unit) -> list[Found]:
    """ "X, like A and B, is a Y" (code rule like-members, docs/decisions/0631): the companions A and B are members of
    the class Y too (X's own membership is class-membership's). Only drugs listed right after the comparison, closed
    by a comma and the copula, with the class right after it.

    >>> u = Unit("X, like A and B, is a Y.", [(0, 1, "x", "Drug"), (8, 9, "a", "Drug"), (14, 15, "b", "Drug"),
    ...     (22, 23, "y", "DrugClass")])
    >>> [(f.subject, f.object) for f in _like_members(u)]
    [('a', 'y'), ('b', 'y')]
    """
    out, ms, text = [], unit.mentions, unit.text
    for match in LIKE.finditer(text):
        after = [m for m in ms if m[0] >= match.end()]
        if not after or after[0][0] != match.end() or after[0][3] != "Drug":
            continue
        listed = [after[0]]
        for m in after[1:]:
            if m[3] != "Drug" or not LIST_ITEM.fullmatch(text, listed[-1][1], m[0]):
                break
            listed.append(m)
        rest = [m for m in after if m[0] >= listed[-1][1] and m not in listed]
        if not rest or rest[0][3] != "DrugClass" or not LIKE_COPULA.fullmatch(text, listed[-1][1], rest[0][0]):
            continue
        out += [Found(m[2], "isA", rest[0][2], "like-members", confidence=Decimal("0.7")) for m in listed]
    return out


#: Before a stop cue: an absolute construction whose noun is what stopped ("With the pump stopped, ...", "with its
#: signal stopped"): the mechanism's step, never stopping a medicine (decision 0818).
WITH_ABSOLUTE = re.compile(r"\bwith\s+(the|its|this|that|these|those|their)\s+([\w-]+\s+){1,3}$", re.I)


#: Between a stop cue and a cause cue in its -ing form: the object stopped, no punctuation, then the -ing cause (with
#: "from" or without): "stop A (from) causing Y", "stops the acid triggering Y" prevents A's effect; no medicine is
#: stopped, so no withdrawal effect (decision 0860). "Stopping it suddenly can cause Y" has a finite cause.
PREVENTED_BETWEEN = re.compile(r"^\s+[^,;:()]*[a-z][^,;:()]*\s+(from\s+)?$", re.I)
PREVENTED_CAUSE = re.compile(r"(causing|leading|triggering|resulting|producing|bringing)\b", re.I)


def _stopping(text: str) -> re.Match | None:
    """A stop cue followed in the same clause by a cause cue, with no "if/when" between (which would make the
    cause a reason to stop: "Stop taking it if it causes a rash")."""
    match = active.STOPPING.search(text)
    if match is None or CONDITION_WORD.search(match.group("between")):
        return None
    if WITH_ABSOLUTE.search(text, max(0, match.start() - 50), match.start()):
        return None  # "With the pump stopped, less acid is produced": a part of the body stopped, no medicine (0818)
    if RELATIVE_BETWEEN.search(match.group("between")):
        return None  # "This stops the signal that triggers Y": what triggers Y is the signal, not stopping a drug
    if PREVENTED_CAUSE.match(text, match.end("between")) and PREVENTED_BETWEEN.match(match.group("between")):
        return None  # "It is used to stop A (from) causing Y": A's effect prevented, no medicine stopped (0860)
    return match


#: Right after a stop cue: an activity stopped ("stopping smoking", "quitting drinking"), not a medicine; "stopping
#: taking it", "stopping using the cream" stop the medicine, and "morning" / "evening" name a dose.
ACTIVITY_STOPPED = re.compile(r"\s+(?!(taking|using|having|giving|morning|evening)\b)[a-z]+ing\b", re.I)


def _stopping_effects(unit: Unit, ctx: Discourse, cue: re.Match) -> list[Found]:
    """Withdrawal effects: "Stopping X (suddenly) can cause A, B and C" -> X hasWithdrawalEffect A, B, C.

    The drug is the one named between the stop cue and the cause cue, else the drug in focus; the effects are the
    conditions after the cause cue up to the end of the clause.
    """
    if cue.group("risk"):  # ("stopping it raises the risk of a stroke": what the drug prevents returning; 0798)
        return []
    if ACTIVITY_STOPPED.match(cue.group("between")):
        return []  # ("Stopping smoking can make your cough worse": an activity stopped, no medicine; 0879)
    drugs = [m for m in unit.mentions if cue.start() <= m[0] < cue.end("between") and m[3] in DRUG]
    # "Stopping it suddenly", "Abrupt withdrawal can cause ...": the stop cue's object is the drug in focus
    pronoun = None if drugs else PRONOUN.search(unit.text, 0, cue.end())
    drug = drugs[0][2] if drugs else (ctx.focus if pronoun else ctx.main or ctx.focus)
    if drug is None or (not drugs and any(m[3] in AGENT for m in unit.mentions)):
        return []
    out = []
    resolved = "" if drugs else (pronoun.group(0) if pronoun else cue.group(1))
    # "Don't stop it suddenly: coming off it can leave you with A": the warning before the colon is no denial of the
    # effects; their polarity is read from the clause of the cause cue on (decision 0732)
    colon = unit.text.rfind(":", 0, cue.end("between")) + 1
    for obj in _objects(unit, cue.end(), set(COND)):
        st = _status(unit, obj) if not colon else statuses(unit.text[colon:], [(obj[0] - colon, obj[1] - colon)])[0]
        if " some " in cue.group(0).lower() and st.certainty == "Asserted":
            st = dataclasses.replace(st, certainty="Occasional")  # ("can leave some people with A": some of them)
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


#: A clause of stopping the drug: "if you stop (taking it)", "when it is stopped", "once X is discontinued".
STOP_CLAUSE = re.compile(
    r"\b(if|when|once|after)\s+(you\s+stop(\s+taking)?|(it|they|[\w-]+)(\s+is|\s+are|'s)\s+(stopped|discontinued|withdrawn))"
    r"\b(\s+(it|them|the\s+(drug|medicine|tablets?|treatment)|[\w-]+))?",
    re.I,
)
#: What a condition does once its treatment stops: it comes back, returns, gets worse again.
RETURNS = re.compile(
    r"\b((come|comes|came)\s+back|return(s|ed)?|(get|gets|got)\s+worse|flare(s|d)?\s+up|recur(s|red)?)\b", re.I
)

#: A denial of withdrawal effects in the sentence ("there are no withdrawal symptoms, but Y may come back"): the
#: writer says the return is no withdrawal effect (decision 0761).
WITHDRAWAL_DENIED = re.compile(
    r"\b(no|not|never|without)\b[^,;:.]{0,40}?\bwithdrawal\b|n't\b[^,;:.]{0,40}?\bwithdrawal\b", re.I
)


#: A course stopped early ("if you stop early, the thrush may come back", "finish the course, or the infection may
#: return"): the treated condition comes back because it was not cleared, no withdrawal effect (decision 0765).
STOPPED_EARLY = re.compile(
    r"\bstop\w*(\s+[\w-]+){0,3}?\s+(early|too\s+(soon|early)|before\s+(the|your)\s+course)\b|"
    r"\b(finish|complete)\w*\s+(the|your|a)\s+(whole\s+|full\s+)?course\b",
    re.I,
)


def _rebound(unit: Unit, ctx: Discourse) -> list[Found]:
    """rebound-on-stopping (rules.yaml code_rules, decision 0673): "When it is stopped, the symptoms come back",
    "If you stop, Y returns", "Y usually comes back if you stop it": the conditions named in the clause of the return
    verb, before it, come back when the drug is stopped (the drug named in the stop clause, else the drug in focus).

    >>> u = Unit("If it is stopped, breathlessness returns.", [(18, 32, "d", "Symptom")])
    >>> [(f.subject, f.object) for f in _rebound(u, Discourse(focus="x"))]
    [('x', 'd')]
    >>> u = Unit("No withdrawal effects, but breathlessness returns if it is stopped.", [(27, 41, "d", "Symptom")])
    >>> _rebound(u, Discourse(focus="x"))
    []
    """
    stop = STOP_CLAUSE.search(unit.text)
    if stop is None or WITHDRAWAL_DENIED.search(unit.text) or STOPPED_EARLY.search(unit.text):
        return []
    drugs = [m[2] for m in unit.mentions if stop.start() <= m[0] < stop.end() and m[3] in DRUG]
    drug = drugs[0] if drugs else ctx.focus or ctx.main
    if drug is None or any(m[3] in AGENT and m[2] != drug for m in unit.mentions):
        return []
    out = []
    for verb in RETURNS.finditer(unit.text):
        opened = max(unit.text.rfind(",", 0, verb.start()), unit.text.rfind(";", 0, verb.start()))
        opened = max(opened, stop.end() if stop.end() <= verb.start() else 0)
        for m in unit.mentions:
            if opened <= m[0] and m[1] <= verb.start() and m[3] in COND:
                st = _status(unit, m)
                if not (st.absent or st.negated):
                    out.append(Found(drug, "hasWithdrawalEffect", m[2], "rebound-on-stopping", False, st.certainty,
                                     confidence=Decimal("0.6")))  # fmt: skip
    return out


def members_share_use(found: list[Found]) -> list[Found]:
    """ "Ys such as A and B are used for Z": the use the sentence states for the class is its named examples' too
    (decision 0637). A use of the class (a treats claim whose subject the sentence's hyponym-such-as claims name as
    the class) is also each example's, with the same rule, polarity, certainty and qualifiers.

    >>> f = [Found("a", "isA", "ys", "hyponym-such-as"), Found("ys", "treats", "z", "treats-cue")]
    >>> [(x.subject, x.object) for x in members_share_use(f)]
    [('a', 'z')]
    """
    examples: dict[str, list[str]] = {}
    for f in found:
        if f.predicate == "isA" and f.rule == "hyponym-such-as":
            examples.setdefault(f.object, []).append(f.subject)
    return [
        dataclasses.replace(f, subject=member)
        for f in found
        if f.predicate == "treats" and f.subject in examples
        for member in examples[f.subject]
    ]


#: Right before a plural class: a quantifier ("Most antidepressants are SSRIs": some of them are, so the SSRIs are
#: antidepressants, not the reverse).
QUANTIFIED = re.compile(r"\b(most|many|some|several|a few|certain|a number of|a lot of)\s+$", re.I)


#: Before a class: a quantifier's negation ("not all", "not every"): some of the class, not the class (0798).
NOT_ALL = re.compile(r"\bnot\s+(all|every|each|any\s+and\s+all)(\s+of)?(\s+the)?\s+$", re.I)


def quantified_kinds(unit: Unit, found: list[Found]) -> list[Found]:
    """ "Most Xs are Ys", "Many Xs are Ys" (X and Y drug classes): a class statement about some of the Xs, which says
    that the Ys are Xs; the claim X isA Y is turned round (decision 0637).

    >>> u = Unit("Most antidepressants are SSRIs.", [(5, 20, "ad", "DrugClass"), (25, 30, "ssri", "DrugClass")])
    >>> [(f.subject, f.object) for f in quantified_kinds(u, [Found("ad", "isA", "ssri", "class-membership")])]
    [('ssri', 'ad')]

    "Not all Xs ...", "Not every X ..." says nothing of the class X:

    >>> u = Unit("Not all Xs cause Y.", [(8, 10, "x", "DrugClass"), (17, 18, "y", "Symptom")])
    >>> quantified_kinds(u, [Found("x", "hasAdverseEffect", "y", "adverse-verb", True)])
    []
    """
    kinds = {m[2]: m for m in unit.mentions if m[3] == "DrugClass"}
    # ("Not all Xs are safe in Y", "Not every X causes Y": some Xs are, some are not; nothing of the class: 0798)
    some_not = {k for k, m in kinds.items() if NOT_ALL.search(unit.text, max(0, m[0] - 20), m[0])}
    out = []
    for f in found:
        if some_not & {f.subject, f.object}:
            continue
        sub = kinds.get(f.subject)
        if (
            f.predicate == "isA"
            and f.rule == "class-membership"
            and sub is not None
            and f.object in kinds
            and QUANTIFIED.search(unit.text, max(0, sub[0] - 20), sub[0])
        ):
            f = dataclasses.replace(f, subject=f.object, object=f.subject)
        out.append(f)
    return out


#: The groups a rule may add beside the one the text names (their entities are minted from the vocabularies' groups).
DERIVED_GROUPS = frozenset({"adolescents"})
#: An age limit that takes in the teenage years: "children under 16", "under-18s", "anyone under 18" name children and
#: adolescents both (decision 0699); "children under 12" names children only.
TEEN_LIMIT = re.compile(r"\bunder[- ]?(1[3-9])s?\b", re.I)
#: The words between a group and its age limit ("children (aged) under 16", "**children** under 16").
AGE_AFTER_GROUP = re.compile(r"(\*\*|__|\*|_)?\s+(aged\s+|who are\s+)?(?=under[- ]?1[3-9]\b)", re.I)


def teenagers_too(unit: Unit, found: list[Found]) -> list[Found]:
    """A prohibition for children up to a teenage age ("not for children under 16", "not for under-18s") is one for
    adolescents too, with the same polarity and certainty (decision 0699).

    >>> u = Unit("Not for children under 16.", [(8, 16, "children", "Population")])
    >>> [f.object for f in teenagers_too(u, [Found("x", "contraindicatedIn", "children", "r")])]
    ['adolescents']
    >>> u = Unit("Not for children under 12.", [(8, 16, "children", "Population")])
    >>> teenagers_too(u, [Found("x", "contraindicatedIn", "children", "r")])
    []
    """
    teen = any(
        m[2] == "children" and (TEEN_LIMIT.search(unit.text, m[0], m[1]) or AGE_AFTER_GROUP.match(unit.text, m[1]))
        for m in unit.mentions
    )
    if not teen:
        return []
    have = {(f.subject, f.object, f.negated) for f in found if f.predicate == "contraindicatedIn"}
    return [
        dataclasses.replace(f, object="adolescents")
        for f in found
        if f.predicate == "contraindicatedIn"
        and f.object == "children"
        and (f.subject, "adolescents", f.negated) not in have
    ]
