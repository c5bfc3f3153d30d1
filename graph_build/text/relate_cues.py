"""The "subject cue objects" rules of rules.yaml (`cue_rules`): each match of a rule's cue, its subject (before
the cue, inside it, a pronoun's referent, or after a passive cue), its objects and the rule's named checks
(rules.CHECKS), negation and hedging, and the useStatus of a treats claim."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from graph_build.text import rules_in_use as active
from graph_build.text.coordinated import coordinated_agents, opening_class_example
from graph_build.text.denial_words import denial_words
from graph_build.text.elided_absorption import elided_drug
from graph_build.text.form_subjects import form_subject
from graph_build.text.lay_effects import LOWERING_CUE, harmed_nerves_only, lowered_count
from graph_build.text.lay_verbs import comes_back, lay_verb_object
from graph_build.text.makers import other_maker
from graph_build.text.narrowed_classes import use_of_class
from graph_build.text.negation import DOUBLE_NEGATIONS, HEDGE_WORD, HEDGES, Status
from graph_build.text.opening_subjects import opening_subject
from graph_build.text.own_subjects import own_sentence_subject
from graph_build.text.passive import agents_before, objects_before, subjects_after
from graph_build.text.people_words import people
from graph_build.text.regarded_as import treated_as
from graph_build.text.relate_interactions import KIND_BEFORE, _narrowed_class, pronoun_partner
from graph_build.text.relate_objects import _fits, _objects, _status, elaboration_colon, narrowed_by_with
from graph_build.text.rules import CueRule
from graph_build.text.rules_in_use import _holds_any
from graph_build.text.step_clauses import (
    adjective_of_medicines,
    glossed_amount,
    later_clause,
    lower_as_adjective,
    unnamed_relative,
)
from graph_build.text.step_objects import (
    MAKE_CUE,
    hedged_pace,
    made_chemical,
    modifier_only,
    other_verb_object,
    own_clause_subject,
    partner_change,
    quality_given,
    slowed_condition,
    use_purpose,
)
from graph_build.text.subgroup_words import FEW
from graph_build.text.subjects import (
    PRONOUN,
    Subject,
    agent_subject,
    clause,
    clause_start,
    condition_pronoun,
    process_subject,
    pronoun_referent,
    unknown_clause_subject,
)
from graph_build.text.symptom_causes import named_as_cause
from graph_build.text.units import AGENT, COND, Discourse, Found, Unit
from graph_build.text.use_bystanders import also_had, person_copes, what_it_is_not
from graph_build.text.vessel_acts import VESSEL_PROCESSES, verb_object

#: Between an object and a later mention: a relative clause saying what the object is or is not ("for an enlarged
#: prostate that is not cancer", "a rash which is an allergy"): the later mention describes the object (0845).
DESCRIBED_BY_RELATIVE = re.compile(
    r"\s+(?:that|which)\s+(?:is|are)\s+(?:not\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?", re.I
)
#: A hedge of an infinitive and the infinitive coordinated with it up to the cue: "This is thought to keep blood flowing
#: to the brain and lower the risk of Y" hedges the lowering as it does the keeping (ConText's scope of twelve tokens
#: ends before Y; decision 0845).
HEDGED_INFINITIVES = re.compile(
    r"\b(?:believed|thought|appears?|seems?)\s+to\s+[^.;:]*?\band\s+(?:to\s+)?(?:also\s+)?$", re.I
)

#: A comma and a word of consequence that open a clause of their own (", so people with Y can take it").
CONSEQUENCE = re.compile(r",\s*(and\s+)?(so|therefore|which\s+means)\s", re.I)
#: A comma and a relative pronoun that open a non-restrictive relative clause (", which speed up its breakdown"): the
#: clause is about the nouns before it and has its own polarity, so a denial or a prohibition of the main clause
#: before it ("It can't be used with A, which speeds up its breakdown") denies nothing in it (decision 1074).
RELATIVE_CLAUSE_OPENS = re.compile(r",\s*(which|who)\s", re.I)
#: A cue that opens with a verb (a modal, an adverb of its verb or a verb of effect): what stands before it in its
#: clause is its subject ("..., and steroid tablets also cause Y"), not a noun cue's modifier ("the most common side
#: effects"; decision 0720).
VERB_CUE = re.compile(
    r"(can|may|might|could|will|would|should|must|also|often|sometimes|rarely|usually|commonly|occasionally|"
    r"makes?|causes?|leads?|triggers?|produces?|raises?|increases?|worsens?)\b",
    re.I,
)
#: Where a later clause starts: a prohibition after it is that clause's ("... option for Y, but avoid in Z").
LATER_CLAUSE = re.compile(r",? but |; ")
#: A condition named as the context of a use, after the treated condition: "pain in multiple sclerosis",
#: "spasticity in people with MS", "... in conditions like X"; the treated condition's return between ("to stop Y
#: coming back in people who have repeated Z") and a word of repetition before the context (decision 0875).
IN_CONTEXT = re.compile(
    r"(\s+(coming|comes|come)\s+back|\s+returning)?"
    r"\s+(in|among)( (people|patients|persons|those|individuals|adults|children|women|men)( who (have|has|had)|"
    r" with| living with)?| (conditions?|diseases?|disorders?|illnesses)( such as| like| including)?| the (setting|"
    r"context) of)?\s+((repeated|recurrent|recurring|frequent)\s+)?",
    re.I,
)
#: Before a condition: people having another treatment for it ("in people having chemotherapy for some cancers"):
#: the condition is that treatment's, the context of the use (decision 0637).
OTHER_TREATMENT_FOR = re.compile(
    rf"\b({people('persons')})( who are)? (having|receiving|undergoing|"
    r"getting|on|taking|given)( [\w-]+){1,3} for( some| certain| their| the| an?)?\s+$",
    re.I,
)
#: Between an effect cue and a condition: the condition is the population's ("can cause X in people who have Y").
POPULATION_BEFORE = re.compile(
    rf"\b(in|among|for) ({people('persons', 'individuals')})"
    r"( who (have|has|had|already have|are)| with| living with)\b",
    re.I,
)


#: A group at risk: "for older people who are at risk of X" (a risk the people bear, not the drug's effect)
AT_RISK = re.compile(
    rf"\b({people('persons', 'individuals', 'someone')})"
    r"( who (are|is|were|may be)( already)?| already) at (\w+ )?risk$",
    re.I,
)

#: "in people with Y" right before a subject's mention: a population phrase ends there (decision 0663)
#: (a Markdown emphasis may open the mention: "in men with a **Y**", decision 0675)
POPULATION_BEFORE_END = re.compile(POPULATION_BEFORE.pattern + r"\s+(?:\w+\s+){0,2}(?:\*\*?|__?)?$", re.I)
#: Right before a condition after an effect cue: a clause of when the effect comes ("can make people dizzy,
#: particularly when they are dehydrated", "may make you lightheaded if you are hot"): the condition is the person's
#: situation, not an effect (rules.CHECKS "situation-is-no-effect"; decision 0835).
SITUATION_OF_PERSON_BEFORE = re.compile(
    r"\b(when|whenever|if|while|once|unless)\s+((you|they|people|patients|he|she|we|someone|a person|the person|"
    r"children|older people)\s+(are|is|were|was|get|gets|got|become|becomes|feel|feels|have|has|had)|"
    r"(you|they|we)['’]re)"
    r"\s+((very|already|quite|too|so|a bit|a little|badly|severely|slightly|mildly|also)\s+)?(an?\s+)?$",
    re.I,
)


def _population_subject(unit: Unit, subject: str, before: int) -> bool:
    """Whether the last mention of `subject` before `before` is named as a population ("in people with Y, ...")."""
    named = [m for m in unit.mentions if m[2] == subject and m[1] <= before]
    return bool(named) and bool(POPULATION_BEFORE_END.search(unit.text, max(0, named[-1][0] - 60), named[-1][0]))


#: Before a denied treats object: "from" names it as the cause of the object before ("not used to treat back pain from
#: an everyday strain": the denial is of that pain, not of a use for strains).
FROM_CAUSE = re.compile(r"\bfrom\s+((an?|the|your|their)\s+)?([\w-]+\s+){0,2}$", re.I)
#: Right after a denied use's cue: the people the denial is about and the outcome it denies them ("has not been shown
#: to help people with Y avoid Z", "does not help patients with Y prevent Z"): one case denied, neither a use of Y nor
#: of Z in general (decision 0761).
POPULATION_GOAL = re.compile(
    rf"\s+({people()})\s+(with|who\s+have)\b[^,;:.]*?"
    r"\b(avoid|prevent|escape|delay|stave\s+off|ward\s+off)\b",
    re.I,
)
#: Right after a denied object: "until", "unless" or "before" bound the denial in time or case ("causes no pain until
#: a bone breaks"): it says nothing of the object in general, no claim (decision 0761).
UNTIL_AFTER = re.compile(r"(\s+[\w-]+){0,3}?\s+(until|till|unless|before)\b", re.I)
#: Right before a denied object: "other (types of)" denies the cases besides those the sentence names ("helps cramping
#: pain, not other aches"), not the object in general (decision 0761).
OTHER_BEFORE = re.compile(r"\bother\s+((types?|kinds?|sorts?|forms?)\s+of\s+)?$", re.I)
#: Right after a denied object: a relative clause of when it happens ("pain that comes on when you are resting") or
#: "of" a cause ("the dizziness of an inner-ear problem") picks out one case of it (decision 0761).
CASE_AFTER = re.compile(
    r"\s+((that|which)\s+(comes?|came|happens?|happened|occurs?|occurred|starts?|started|appears?|appeared)\b|"
    r"of\s+(an?|the|your|their)\s)",
    re.I,
)


def _denied_case_only(unit: Unit, obj: tuple[int, int, str, str]) -> bool:
    """A denied object that the sentence narrows to some of its cases: "not other aches", "pain that comes on at
    rest", "the dizziness of an inner-ear problem", or a compound whose first word is another condition ("does
    nothing for arthritis pain": arthritic pain, not pain; decision 0761).

    >>> _denied_case_only(Unit("not other aches", [(10, 15, "pain", "Symptom")]), (10, 15, "pain", "Symptom"))
    True
    >>> u = Unit("nothing for arthritis pain", [(12, 21, "arthritis", "Disease"), (22, 26, "pain", "Symptom")])
    >>> _denied_case_only(u, u.mentions[1])
    True
    >>> _denied_case_only(u, u.mentions[0])
    False
    """
    text = unit.text
    return bool(
        OTHER_BEFORE.search(text, max(0, obj[0] - 30), obj[0])
        or CASE_AFTER.match(text, obj[1])
        or any(m[1] + 1 == obj[0] and text[m[1]] == " " and m[3] in COND for m in unit.mentions)
    )


#: Right after a use's cue: one noun no mention names and a relative clause about it ("is not a treatment for leaks
#: that happen when you cough"): the clause picks out cases of the noun, so a condition inside it (the cough) is no
#: object of the use (decision 0761).
UNNAMED_HEAD_CLAUSE = re.compile(
    r"\s+((for|of|in|on)\s+)?((an?|the|your|their|those)\s+)?[\w-]+\s+(that|which|who)\s", re.I
)


def _inside_unnamed_head_clause(unit: Unit, cue_end: int, obj: tuple[int, int, str, str]) -> bool:
    """The object lies in a relative clause about a noun right after the cue that no mention names ("not a treatment
    for leaks that happen when you cough"; decision 0761).

    >>> u = Unit("not a treatment for leaks that happen when you cough", [(47, 52, "cough", "Symptom")])
    >>> _inside_unnamed_head_clause(u, 15, u.mentions[0])
    True
    >>> u = Unit("not a treatment for cough that lasts", [(20, 25, "cough", "Symptom")])
    >>> _inside_unnamed_head_clause(u, 15, u.mentions[0])
    False
    """
    head = UNNAMED_HEAD_CLAUSE.match(unit.text, cue_end)
    return head is not None and obj[0] >= head.end() and not any(cue_end <= m[0] < head.end() for m in unit.mentions)


#: A cue that opens with a copula ("is an anti-anginal medicine for"): what it names inside is the predicate noun's.
COPULA_OPENS = re.compile(r"(is|are|was|were)\b", re.I)
#: Opening a sentence: one or two words no mention names and "after" or "following" ("Stiffness after a", "Weakness
#: following the"): the condition named next is where the head noun comes from, not what the sentence is about.
HEAD_AFTER_OPENS = re.compile(r"\W*([\w'-]+\s+){1,2}(after|following)\s+((an?|the|your|their)\s+)?$", re.I)


def _owner_in_modifier(unit: Unit, owner: str) -> bool:
    """The owner's first mention follows an opening head noun and "after" ("Stiffness after a stroke shows up as
    cramps": the stiffness's signs, not the stroke's; decision 0761).

    >>> u = Unit("Stiffness after a stroke shows up as cramps", [(18, 24, "stroke", "Disease")])
    >>> _owner_in_modifier(u, "stroke")
    True
    >>> _owner_in_modifier(Unit("A stroke shows up as weakness", [(2, 8, "stroke", "Disease")]), "stroke")
    False
    """
    first = next((m for m in unit.mentions if m[2] == owner), None)
    return first is not None and bool(HEAD_AFTER_OPENS.fullmatch(unit.text, 0, first[0]))


#: Right before a cause cue: a dose or an amount of the drug as the verb's subject ("and large doses may cause Y",
#: "too much of it can lead to Y", "an overdose can cause Y"): the drug causes Y, no condition named before it does
#: (decision 0765).
DOSE_BEFORE = re.compile(
    r"\b((large|larger|high|higher|big|bigger|very\s+high|excessive|extra)\s+doses?|overdoses?|too\s+much)"
    r"(\s+of\s+(it|them|this|the\s+[\w-]+))?\s+((may|might|can|could|will|also|often|sometimes|do|does)\s+){0,2}$",
    re.I,
)
#: Right before a cause cue: an everyday event as the verb's own subject ("a knock could cause a bruise", "even a small
#: cut may lead to bleeding", "a fall can cause a bleed"): the event brings the effect, no drug does, and an instruction
#: before it ("should not lift heavy things: a knock could ...") denies nothing (decision 0860).
EVENT_BEFORE = re.compile(
    r"\b(a|an|any|one|the|another|even\s+a|even\s+an)\s+((small|minor|bad|hard|heavy|little|slight|sudden|serious|"
    r"simple|accidental|everyday)\s+)?(knock|fall|bump|blow|cut|graze|scrape|injury|accident|bang|trip|crash|tumble|"
    r"wound|scratch|nick|collision|tackle)\s+((may|might|can|could|will|would|also|easily|even|then)\s+){0,2}$",
    re.I,
)
#: Before a cause cue in its sentence: the illness left without treatment is the subject ("Left untreated, the
#: condition damages the liver and can lead to liver cancer", "left alone it damages the kidneys and can lead to a
#: stroke"): what the untreated illness brings, no effect of the drug (decision 0965).
UNTREATED_BEFORE = re.compile(
    r"\b(left|if|when|once|while)\s+((it\s+is|it's|they\s+are|they're|left)\s+)?(untreated|unchecked|alone)\b"
    r"|\b(if|when)\s+((it\s+is|it's|they\s+are|they're)\s+)?not\s+treated\b",
    re.I,
)
#: Between an earlier object of the cue and a later one: a relative pronoun opening a clause about the earlier one
#: ("reduces the scarring of the muscle that makes heart failure worse"): the later condition is the clause's, no
#: object of the cue (decision 0773).
RELATIVE_OF_OBJECT = re.compile(r"\b(that|which|who)\s+(?!is\b|are\b)", re.I)
#: Right before a cause's object, after words of its own: "in" or "during" name the condition in which the effect
#: happens ("makes the nose run in hay fever"), not an effect (decision 0761).
SETTING_BEFORE = re.compile(r"[\w,]\s+(in|during)\s+((an?|the|your|their)\s+)?$", re.I)
#: A treats cue that itself denies the use ("does nothing for", "won't do anything for", "is no use for", "useless for",
#: "no effect on"): only a negated claim from it (decision 0731); "won't do a thing for", "no good for" (decision 0925).
DENIAL_CUE = re.compile(
    r"\b(do(es|ing)? ((almost|next to|practically|virtually) )?(nothing|anything|a (single )?thing) for|"
    r"no use (for|in)|no good (for|against)|(of )?any (use|good) (for|against)|useless (for|against)|no effect on)$",
    re.I,
)
#: Right before a treats cue, as its clause's subject: a way of taking the drug ("taking it at bedtime", "taking it with
#: food", "starting on a low dose", "drinking water") helps with the drug's own effect; advice, no use (decision 0731).
#: "Taking X helps with Y" (the drug alone, no manner) is the drug's use and is left alone.
WAY_OF_TAKING = re.compile(
    r"(^|[,;:.(]\s*|\b(and|but|so)\s+)[*_]*(("
    r"(taking|having|swallowing|giving)\s+(it|them|this|the\s+(tablets?|capsules?|medicine|dose))\s+"
    r"(at|with|after|before|in|on|last|first|once|twice|as)\b"
    r")|("
    r"(starting|drinking|eating|lying|sitting|standing|splitting|spreading|increasing|lowering|reducing)\b"
    r"))[^,;:.]*$",
    re.I,
)
#: Right before a copula cue: "(and) so are Y", "as is Y", "nor are Y" compare Y with another item of the sentence
#: ("grapefruit is fine with X, and so are the usual painkillers"): Y shares that statement, it is no class of the
#: drug (decision 0731).
SO_ARE_BEFORE = re.compile(r"\b(so|as|nor|neither)\s+$", re.I)
#: Right after an adverse effect's object, in its clause: what happens (or not) when the drug is stopped is a withdrawal
#: effect, not an adverse effect ("it does not cause a rebound of Y when stopped"; decision 0731): read as
#: stopping-causes's hasWithdrawalEffect, its polarity kept.
WHEN_STOPPED_AFTER = re.compile(
    r"[^,;:.]{0,30}?\b(when|if|once|after|on)\s+(it\s+is\s+|it's\s+|they\s+are\s+|you\s+|being\s+)?"
    r"(stopped|stopping|stop|come\s+off|coming\s+off|withdrawn)\b",
    re.I,
)
#: After a denied treats object: a restrictive clause narrows what is denied to one case of it.
RESTRICTED = re.compile(
    r"(\s+[a-z]+)?\s+(that|which|once|when|after)\s+(it\s+|they\s+)?(has|have|had|is|are|was|were)\b(?!\s+(no|not)\b)",
    re.I,
)
#: After a denied treats object: "on its own", "alone", "by itself" deny only the sole use ("not used to treat Y on its
#: own" is used for Y with another medicine; decision 0716): no claim either way.
#: (also after the object's own words, in its clause: "will not ease the cramps of Y on its own"; decision 0720)
#: Right after a denied treats cue's object: its return ("does not prevent Y from coming back", "will not stop Y
#: returning"): the recurrence denied, not the use (decision 0787)
RECURRENCE_AFTER = re.compile(
    r"\s+((from\s+)?(coming|flaring)\s+(back|up\s+again)|(from\s+)?(returning|recurring|happening\s+again))\b", re.I
)
#: Right before a denied treats cue's object: a speed of relief ("not used for quick relief of Y"): the speed denied,
#: not the use (decision 0787, as 0720's "does not relieve Y quickly")
SPEED_BEFORE = re.compile(
    r"\b(quick|quicker|fast|rapid|immediate|instant)\s+(relief|results?)\s+(of|from|for|in)\s+(the\s+)?$", re.I
)
ALONE_AFTER = re.compile(r"(\s+[\w'-]+){0,4}?\s+(on\s+(its|their)\s+own|alone|by\s+(itself|themselves))\b", re.I)
#: Right before a treats cue: a denial of manner, speed or degree ("does not work fast enough to treat Y", "is not
#: strong enough on its own to relieve Y", "does not on its own treat Y") denies no use: no claim (decision 0720)
ENOUGH_BEFORE = re.compile(
    r"\b(enough(\s+[\w-]+){0,3}?|on\s+(its|their)\s+own|by\s+(itself|themselves)|alone)\s+(to\s+)?$", re.I
)
#: Before a denied treats cue, in its clause: a subordinate "when / if / until ..." whose verb is denied ("when the
#: first medicine alone has not controlled the seizures", "if it does not help your pain"): the clause describes a
#: situation (what to do then), no use is denied: no claim (decision 0765).
SITUATION_BEFORE = re.compile(
    r"\b(when|whenever|if|once|until|unless|where)\s+[^,;:.()]{0,60}?\b(has|have|had|does|do|did|is|are|was|were)"
    r"\s*(not|n[’']t)\s+((yet|fully|properly|really|been|\w+ly)\s+){0,2}$",
    re.I,
)
#: ... and "too slow(ly) to relieve Y" says the drug does not do it, without a use denied or stated: no claim either way
TOO_BEFORE = re.compile(r"\btoo\s+[\w-]+(\s+[\w-]+)?\s+(to\s+)?$", re.I)
#: ... or right after its denied object: "does not relieve an attack quickly (enough)" (decision 0720)
SPEED_AFTER = re.compile(
    r"(\s+[\w-]+)?\s+((quickly|fast|rapidly|well|strongly)\s+enough|quickly|fast|rapidly|straight away|right away)\b",
    re.I,
)
#: Right after a denied class: a clause or an infinitive that restricts it ("not a painkiller you should take every
#: day", "not an antibiotic that you can buy in a shop", "not a sleeping tablet to use for long"): the denial is of that
#: kind of the class, not of the membership (rules.CHECKS "restricted-class"; decision 0798).
RESTRICTED_CLASS_AFTER = re.compile(r"[*_]{0,2}\s+(that|which|you|we|people|to)\b", re.I)
#: ... or a word before it that names a generation or the usual kind of the class ("not one of the newer
#: antidepressants", "not one of the old drowsy antihistamines", "not an ordinary painkiller"): that kind is denied,
#: and the membership is implied, not denied (rules.CHECKS "restricted-class"; decision 0978).
RESTRICTED_CLASS_BEFORE = re.compile(
    r"\b(newer|older|new|old|modern|traditional|conventional|ordinary|usual|typical|standard|regular|classic(al)?|"
    r"(first|second|third)[- ]generation)\b",
    re.I,
)
#: Before an effect's cue: a denied instruction and then its condition ("Do not drive if X makes you sleepy", "never
#: operate machinery when it makes you dizzy"): the denial is the advice's, the effect the condition's (rules.CHECKS
#: "if-after-denial"; decision 0798).
DENIAL_THEN_IF = re.compile(
    r"\b(not|never|n't|no)\b[^.;:]*\b(if|when|whenever|in case)\b(?![^.;:]*\b(not|never|n't)\b)[^.;:]*$"
)
#: Before a cue, in its clause: a condition the cue stands in ("If X gives you a headache, ...", "Unless X has helped,
#: or it gave you a cough, ..."; a comma and "or / and" continue the condition): the effect is the condition's, no
#: claim (rules.CHECKS "condition-is-no-claim"; decision 0917).
IN_CONDITION = re.compile(r"\b(if|unless|whether)\b[^.;:!?,]*(,\s*(or|and)\b[^.;:!?,]*)*$")
#: Between a denied cue and its object: the object is named in a condition ("will not help if your Y ...").
IF_CLAUSE = re.compile(r"\b(if|unless|once)\b", re.I)
#: Between a treats cue and its object: the object is an outcome measured under the drug, not its indication.
OUTCOME_WORDS = re.compile(
    r"\b(incidence|risk|rates?|occurrence|cases|frequency|develop\w*|higher|increas\w*|odds|result(s|ed)? in|"
    r"led to|leads? to|induc\w*|caus(e|es|ed|ing)|had|exhibit\w*|suffer\w*|appeared|showed|monitor)\b",
    re.I,
)
#: A preventive "reduces the risk of X" is no adverse effect.
RISK_LOWERED = re.compile(
    r"\b(reduc\w*|lower\w*|decreas\w*|minimi[sz]\w*|prevent\w*|cut(s|ting)?)( the| an?| its)?( \w+)? $", re.I
)
#: Inside a "prescribe ... for" cue: a modal or a watching verb makes the "for" about something else.
MODAL_GAP = re.compile(r"\b(should|must|may|might|can|could|will|would|monitor|watch)\b", re.I)
#: "the controls", "and controls": a noun (the control group), no treats cue.
NOUN_BEFORE = re.compile(r"\b(the|a|an|of|and|or|in|to)\s+$", re.I)
#: The noun "treatment" names an indication only through a preposition ("treatment of/for/in Y"); "X treatment
#: resulted in Y", "on X treatment, presenting with Y", "limit treatment to four weeks" name none.
TREATMENT_OF = re.compile(r"\s+(of|for|in)\b", re.I)
#: A relative clause opened right after a mention: "benzodiazepines, which work by ...".
RELATIVE = re.compile(r", which [^,;]*$")  # non-restrictive: about the class ("a benzodiazepine that ..." is not)
#: The "not" of "not the first choice" ranks a use; it does not deny it.
NOT_FIRST_LINE = re.compile(
    # (decisions 0787, 0798; "never / rarely / seldom the first choice": the same rank down, decision 0938)
    r"\b(not|no longer|never|rarely|seldom|hardly ever) ((usually|normally|often|generally|always|typically) )?"
    r"(the |a )?(first|preferred)[- ](choice|line|option|(treatment|medicine|medication|drug|tablet|thing)s?)\b"
    # ("it is not usually tried first for Y": the rank by a participle of choosing; decision 0821)
    r"|\b(not|no longer) ((usually|normally|often|generally|always|typically) )?(tried|used|given|offered|prescribed) "
    r"first\b"
)
NEGATION_WORD = re.compile(denial_words("without", "cannot"))
#: What ends the clause of a rank of first place: another main clause follows, with its own denials (decision 0809).
RANK_CLAUSE_END = re.compile(r"[:;]|,\s+(and|but)\b")
#: Between a passive cue's nearest object and the cue: a postmodifier of the object ("coughs caused by Y", "pain
#: that is usually caused by Y", "coughs not caused by Y"), no finite verb of its own clause ("coughs are caused by
#: Y"). A denial there is never the relation's: the verb's negation is not its, and its own "not" picks out some of
#: the object's cases ("coughs not caused by asthma"), which denies nothing of Y in general (0718).
POSTMODIFIER = re.compile(
    r"\s*((that|which)\s+(is|are|was|were)\s+)?(\w+ly\s+|often\s+|also\s+)*((not|never)\s+)?(\w+ly\s+|often\s+)*"
)
#: A negation word that opens a double negation asserts ("Y is not uncommon with X": negation.DOUBLE_NEGATIONS).
DOUBLE_NEGATION = re.compile(r"\b(" + "|".join(map(re.escape, DOUBLE_NEGATIONS)) + r")\b")
#: A relative clause up to its verb of causing ("that some opioids do not cause"): rules.yaml effects-that-cause.
RELATIVE_VERB = re.compile(r"(that|which)\b[^,;.]{0,60}?\b(cause|trigger|produce|bring on)s?\b")
#: Right before the cue of a rule that denies ("X is not (considered) safe in Y", "X isn't safe to take during Y"): the
#: only negation that turns its denial into a claim. A negation earlier in the sentence ("Pregnancy does not rule it
#: out: X is safe in pregnancy", "is not a reason not to take it: X is safe in Y") is not one of the safety statement
#: (decision 0701).
NEGATION_AT_CUE = re.compile(
    r"(\bnot|\bnever|\bno longer|n['’]t)"
    r"( (\w+ly|considered|thought|known|believed|found|shown|seen|be|to|always))*\s*$",
    re.I,
)
#: A negation before a cue that holds its own denial ("it is not true that cells cannot make Y"; decision 0751).
NEGATION_BEFORE_CUE = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.I)
#: "without" followed by a noun phrase ("a patient without any history of Y"): it denies that noun phrase only; a
#: verb after it ("relieves X without causing Y") is what it denies.
WITHOUT_NOUN = re.compile(r"\bwithout\b(?!\s+\w+ing\b)")
#: A step opening with the enzyme its act took away ("2. Without that enzyme(,) the fungus makes less Y"): the "without"
#: denies the enzyme only, the step's own clause follows (decision 0751; subjects.ANAPHOR reads it as the act).
WITHOUT_OPENER = re.compile(r"[\W\d]*without (the|this|that|these|those) (enzymes?|pumps?|transporters?|carriers?)\b")
#: Between such a "without" and a cue: a verb or a clause word, so the cue is outside the denied noun phrase
#: ("without any history of Y developed X when ..."; in "without the risk of Y" the cue is inside it).
CLAUSE_VERB = re.compile(r"\b(\w+ed|is|are|was|were|has|have|had|when|while|who|which|that|after|because)\b")
#: Before an effect cue in its clause: the effect is a combination's ("together they can cause Y", "the
#: combination may lead to Y"), not one drug's own.
#: Opening the clause of an effect cue: stopping (or missing) the drug is what brings the effect ("Stopping it early
#: raises the risk of a clot", "If you stop taking it, the risk of a stroke rises"): no adverse effect of the drug,
#: and often the treated risk returning, no withdrawal effect either (decision 0701).
STOPPED_BEFORE = re.compile(
    r"(^|[,;:]\s*|\b(and|but|so)\s+)(stopping|discontinuing|interrupting|coming off|missing|skipping|forgetting)\b"
    r"|\b(if|when|after|once|before) (you )?(stop|miss|skip|forget|come off|interrupt)\b",
    re.I,
)
#: Right after a copula cue: the adjective that names dependence on the drug ("is not addictive", decision 0757).
ADDICTIVE_NEXT = re.compile(r" ((very|highly|particularly|really|physically) )?(addictive|habit[- ]forming)\b")
#: Right after an effect's object: "with" and another drug ("raise the risk of bleeding with X", "when taken with X"):
#: the combination's effect, the interaction, no adverse effect of either partner alone (decision 0701).
WITH_PARTNER = re.compile(
    r"\s*(,\s*)?(\bwhen (they are |it is )?(taken|used|given|combined) )?(\bwith|\balongside|\btogether with)\s+"
    r"((the |your |a |an )?(medicine|drug|blood thinner)s? )?$",
    re.I,
)
JOINT = re.compile(r"\b(together|in combination)\b|\bthe combination (can|may|might|could|will|often)\b", re.I)
#: The subject of a change is a pair, not one drug ("together they can lower blood pressure too far", "the two together
#: raise Y", "the combination can lower Y"); "in combination with diet" keeps the drug the subject (decision 0816).
JOINT_PAIR = re.compile(
    r"\b(together\s+(they|the\s+two|both)|(they|the\s+two|both)(\s+(drugs|medicines|tablets))?\s+together|"
    r"the\s+combination)\b",
    re.I,
)
CHANGES = frozenset({"increases", "decreases"})


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


#: Right before a cue: a restrictive relative pronoun ("the region that controls Y", "people who take X"); the cue
#: is the verb of the relative clause, whose subject is the noun phrase before the pronoun.
RELATIVE_OPEN = re.compile(
    r"\b(\w+)\s+(that|which|who)\s+((can|may|might|could|will|would|also|often|usually|mainly|then|only|not|"
    r"does|do|did)\s+)*$",
    re.I,
)
#: Before the relative pronoun: a predicate noun of the subject ("X is a medicine that relieves Y"): the relative
#: clause is then about the subject.
COPULA_NOUN = re.compile(
    r"\b(is|are|was|were|be|been|remains?)\s+(not\s+)?((also|still|usually|often)\s+)?(a|an|the|one of the)"
    r"(\s+[\w-]+){1,4}\s+$",
    re.I,
)
#: Never no subject: "so that", "such that" open no relative clause.
NOT_RELATIVE = frozenset({"so", "such", "now", "given", "provided"})
#: No subject at all: the cue is the verb of a relative clause about a noun phrase that is no fitting entity.
NOBODY_HERE = Subject(None, Decimal(0))


def _relative_subject(unit: Unit, cue: int, classes: set) -> Subject | None:
    """The subject of a cue that is the verb of a restrictive relative clause: the antecedent mention right before
    the relative pronoun if it fits `classes`; nobody if the antecedent is another noun phrase ("X acts in the part
    of the brain that controls Y": the part controls Y, not X), unless that noun phrase is the subject's predicate
    noun ("X is a medicine that relieves Y"); None when the cue opens no relative clause.

    >>> u = Unit("X acts in the part of the brain that controls Y.", [(0, 1, "x", "Drug"), (46, 47, "y", "Symptom")])
    >>> _relative_subject(u, 37, {"Drug"}).slug is None
    True
    >>> u = Unit("X is a medicine that relieves Y.", [(0, 1, "x", "Drug"), (30, 31, "y", "Symptom")])
    >>> _relative_subject(u, 21, {"Drug"}) is None
    True
    """
    rel = RELATIVE_OPEN.search(unit.text, 0, cue)
    if rel is None or rel.group(1).lower() in NOT_RELATIVE:
        return None
    heads = [m for m in unit.mentions if m[1] == rel.end(1)]
    if heads:
        return Subject(heads[-1][2]) if heads[-1][3] in classes else NOBODY_HERE
    copula = COPULA_NOUN.search(unit.text, 0, rel.start(2))
    if copula and not any(copula.start() <= m[0] < rel.start(2) for m in unit.mentions):
        return None
    return NOBODY_HERE


#: Examples set off after a noun phrase: "Some antidepressants, especially A and B, block T"
EXAMPLES_OPEN = re.compile(r",\s+(especially|particularly|notably|in particular|such as|including|like)\s+$", re.I)
EXAMPLES_JOIN = re.compile(r"(,\s+|,?\s+(and|or)\s+)")


def _examples(unit: Unit, cue: int, classes: set) -> list[str]:
    """The examples a subject noun phrase gives between commas right before the cue ("Some antidepressants,
    especially paroxetine and fluoxetine, block T"): they are the verb's subjects; none when the mentions before
    the cue are not such a list.

    >>> u = Unit("Some X, especially A and B, block T.", [(19, 20, "a", "Drug"), (25, 26, "b", "Drug")])
    >>> _examples(u, 28, {"Drug"})
    ['a', 'b']
    >>> u = Unit("A and B, block T.", [(0, 1, "a", "Drug"), (6, 7, "b", "Drug")])
    >>> _examples(u, 9, {"Drug"})
    []
    """
    text = unit.text
    before = [m for m in unit.mentions if m[1] <= cue]
    if not before or before[-1][3] not in classes or not text.startswith(",", before[-1][1]):
        return []
    if not NEXT_TO_CUE.fullmatch(text, before[-1][1] + 1, cue):
        return []
    items = [before[-1]]
    for m in reversed(before[:-1]):
        if m[3] not in classes or not EXAMPLES_JOIN.fullmatch(text, m[1], items[0][0]):
            break
        items.insert(0, m)
    opening = EXAMPLES_OPEN.search(text, 0, items[0][0])
    return [m[2] for m in items] if opening and opening.end() == items[0][0] else []


#: "This" opening a sentence as its subject
THIS_OPENS = re.compile(r"\s*This\b")


def _this_opens(text: str, cue: int) -> bool:
    """Whether the sentence opens with "This" as the subject of the verb at `cue` (after at most auxiliaries and
    adverbs).

    >>> _this_opens("This blocks T.", 5), _this_opens("This drug blocks T.", 10)
    (True, False)
    """
    opening = THIS_OPENS.match(text)
    return opening is not None and NEXT_TO_CUE.fullmatch(text, opening.end(), cue) is not None


def _about_predicate_noun(unit: Unit, cue: int, classes: set) -> bool:
    """Whether the cue is the verb of a relative clause about the subject's predicate noun ("X is a similar
    medicine that blocks T"), as `_relative_subject` reads it.

    >>> u = Unit("X is a medicine that blocks T.", [(0, 1, "x", "Drug"), (28, 29, "t", "MolecularTarget")])
    >>> _about_predicate_noun(u, 21, {"Drug"}), _about_predicate_noun(u, 2, {"Drug"})
    (True, False)
    """
    return RELATIVE_OPEN.search(unit.text, 0, cue) is not None and _relative_subject(unit, cue, classes) is None


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
    >>> _noun_denied_only("2. without the enzyme, the fungus makes less y", 34)
    True
    """
    words = list(NEGATION_WORD.finditer(low))
    return bool(words) and all(
        w.group(0) == "without"
        and WITHOUT_NOUN.match(low, w.start())
        and w.end() <= cue
        and (CLAUSE_VERB.search(low, w.end(), cue) or WITHOUT_OPENER.match(low, 0, cue))
        for w in words
    )


def _only_not_first_line(low: str, at: int) -> bool:
    """Whether the one denial of the clause of the object at `at` is a rank of first place ("not the first medicine
    for Y"), which ranks the use down and denies nothing. The clause is the rank's, up to a colon or semicolon: what
    follows one (or ", and" / ", but") denies its own ("... for Y: it is used when Z has not helped" keeps the use of
    Y asserted; decision 0809).

    >>> _only_not_first_line("it is not the first medicine for y: it is used when z has not helped", 32)
    True
    >>> _only_not_first_line("it is not the first medicine for y: it is not used for z", 52)
    False
    >>> _only_not_first_line("it is not the first medicine for y, and it is not used for z", 32)
    True
    >>> _only_not_first_line("it is not the first medicine for y, and it is not used for z", 58)
    False
    >>> _only_not_first_line("it is not used for z and not the first medicine for y", 50)
    False
    """
    ranked = NOT_FIRST_LINE.search(low)
    if not ranked:
        return False
    start = max((m.end() for m in RANK_CLAUSE_END.finditer(low, 0, ranked.start())), default=0)
    end = RANK_CLAUSE_END.search(low, ranked.end())
    end = end.start() if end else len(low)
    return start <= at < end and len(NEGATION_WORD.findall(low, start, end)) == 1


def _use_status(low: str) -> tuple:
    """The useStatus qualifier of a treats claim, from the lower-case text of its clause.

    >>> _use_status("it is the first-line treatment for y"), _use_status("it is not a first-line treatment for y")
    ((('useStatus', ('PrimaryUse',)),), (('useStatus', ('NotFirstLine',)),))
    """
    found = {cue.value for cue in active.USE_STATUS if _holds_any(low, cue.anchors) and cue.pattern.search(low)}
    if "NotFirstLine" in found:
        found.discard("PrimaryUse")  # "not the first choice" ranks the use down, whatever else "first" says
    found = sorted(found)
    return (("useStatus", tuple(found)),) if found else ()


def _cue_claims(rule: CueRule, unit: Unit, ctx: Discourse, low: str, ascii: bool, named: set, sentence: tuple):
    """The claims of one "subject cue objects" rule in a unit; `sentence`: its prohibition, interaction, withdrawal
    and stopping cues (or None)."""
    contra, interaction = sentence[:2]
    text, found, checks, predicate = unit.text, [], rule.checks, rule.predicate
    s_classes, o_classes = rule.subjects, rule.objects
    if o_classes.isdisjoint(named):
        return found  # `_objects` can find nothing
    until = len(text)
    if "not-in-prohibition-or-interaction" in checks and (contra or interaction):
        # (a prohibition in a later clause leaves the use before it: "an option for Y, but avoid it in Z"; 0637)
        later = None if interaction else LATER_CLAUSE.search(low, 0, contra.start())
        if later is None:
            return found
        until = later.start()
    for match in rule.lower.finditer(low) if ascii else rule.pattern.finditer(text):
        if match.start() >= until:
            break
        if _inside_a_name(match.start(), unit.mentions):
            continue  # a cue word inside a name ("reduced neuronal excitability") is no cue
        if _check_fails(checks, match, low, unit, sentence):
            continue
        if rule.voice != "active":
            found += _passive_claims(rule, unit, ctx, match, low)
            continue
        also: list[str] = []  # further subjects of the same verb (examples before it)
        if rule.subject_from == "process":
            if "no-agent-in-sentence" in checks and any(m[3] in AGENT for m in unit.mentions):
                continue
            # "symptoms of Y include X": the owner named inside the cue, else the process before it
            owner = [m for m in unit.mentions if match.start() <= m[0] and m[1] <= match.end() and m[3] in s_classes]
            who = (
                Subject(owner[0][2], Decimal("0.7")) if owner else process_subject(unit, match.start(), s_classes, ctx)
            )
            if (
                "owner-in-modifier" in checks
                and who.slug
                and not who.resolved_from
                and _owner_in_modifier(unit, who.slug)
            ):
                continue  # "Stiffness after a stroke shows up as Y": the stiffness shows up, not the stroke (0761)
        elif "subject-next-to-cue" in checks:
            who = _subject_next_to(unit, match.start(), s_classes, ctx)
            if who.slug is None and predicate == "hasAdverseEffect" and "Drug" in s_classes:
                # "The drops do not cause sleepiness": the drug in focus named by its form (decision 0890)
                who = form_subject(unit, match.start(), NEXT_TO_CUE, ctx) or who
            if who.slug is None and "active-form-is-the-drug" in checks:
                # "(b) The active form blocks neuraminidase": the drug in focus, by its active form (decision 0722)
                who = _active_form_subject(unit, match.start(), s_classes, ctx)
            if who.slug is None and "subject-of-coordinated-verb" in checks:
                # "X soaks into the skin and attaches to T": the first verb's subject (decision 0722)
                who = _coordinated_subject(unit, match.start(), s_classes, ctx)
            if who.slug is None and predicate == "bindsTo" and _about_predicate_noun(unit, match.start(), s_classes):
                # "X is a medicine that blocks T": a relative clause about the subject's predicate noun (0671)
                who = agent_subject(unit, match.start(), s_classes, ctx, acting=True)
            if who.slug and not who.resolved_from and "coordinated-subjects" in checks:
                # "A and B are fine for Y": each agent of the coordination right before the cue (decision 0861)
                also = coordinated_agents(unit, who.slug, match.start(), s_classes, NEXT_TO_CUE)
            examples = _examples(unit, match.start(), s_classes) if who.slug is None and predicate == "bindsTo" else []
            if examples:
                # "Some antidepressants, especially A and B, block T": the examples are the verb's subjects (0671)
                who, also = Subject(examples[-1]), examples[:-1]
        else:
            inside = [m for m in unit.mentions if match.start() <= m[0] and m[1] <= match.end() and m[3] in s_classes]
            if inside and COPULA_OPENS.match(text, match.start()):
                # "X is an anti-anginal medicine for Y": a class inside a cue that opens with a copula is the predicate
                # noun's word, so the subject is the copula's, before the cue (decision 0761)
                inside = []
            # "prescribe pregabalin for X": the agent named inside the cue; "prescribe it for X": its referent
            pronoun = None if inside else PRONOUN.search(text, match.start(), match.end())
            if inside:
                who = Subject(inside[0][2])
            elif pronoun and (condition_pronoun(unit, ctx, pronoun.start()) or (ctx.focus and "Drug" in s_classes)):
                # ("Left untreated, it ...": a condition's course, 0684; the rules in one place: 0706)
                who = pronoun_referent(unit, pronoun, s_classes, ctx)
                opener = opening_subject(unit, pronoun.start(), s_classes) if predicate == "treats" else None
                if who.slug and opener and opener != who.slug:
                    # ("Pindolol is a beta blocker, and doctors also prescribe it for angina": the opening drug's
                    # use, not the drug in focus's; decision 0941)
                    who = Subject(opener, who.confidence, who.resolved_from)
            else:
                who = _relative_subject(unit, match.start(), s_classes) or agent_subject(
                    unit, match.start(), s_classes, ctx, acting=True
                )
                if who.slug is None and predicate == "treats":
                    # "Creams such as X are tried first for Y": the example of the class opening the sentence (0821)
                    example = opening_class_example(unit, match.start(), s_classes, NEXT_TO_CUE)
                    who = Subject(example) if example else who
                verbal = bool(VERB_CUE.match(text, match.start()))
                if who.slug and not who.resolved_from and unknown_clause_subject(unit, match.start(), verbal, who.slug):
                    continue  # "A does Z, and long-term steroid tablets also cause Y": not A's (decision 0720)
                if who.slug and not who.resolved_from and "coordinated-subjects" in checks:
                    # "A and B are used for Y": each agent of the coordination is the cue's subject (decision 0758)
                    also = coordinated_agents(unit, who.slug, match.start(), s_classes, NEXT_TO_CUE)
        acts_for = ""
        if who.slug is None and predicate == "bindsTo" and ctx.active_form and _this_opens(text, match.start()):
            # "X is converted to its active form, Y. This blocks T": Y blocks T, for X (decision 0671)
            who, acts_for = Subject(ctx.active_form[0], Decimal("0.7"), "this"), ctx.active_form[1]
        subject = who.slug
        if subject is None:
            continue
        if predicate == "treats" and who.resolved_from and own_sentence_subject(unit, match.start()):
            continue  # "**Use it on my thigh.** Adrenaline treats Y": the sentence's own subject (decision 1126)
        if "population-is-no-effect" in checks and _population_subject(unit, subject, match.start()):
            continue  # "in people with Y, the dying worms can trigger X": Y is who, not what brings X (decision 0663)
        if "population-is-no-effect" in checks and AT_RISK.search(text, max(0, match.start() - 60), match.end()):
            continue  # "prefer it for people who are at risk of X": X is the people's risk, not its effect (0675)
        if predicate == "hasAdverseEffect" and JOINT.search(low, clause_start(low, match.start()), match.start()):
            continue  # "both are sedatives, and together they can cause Y": the combination's effect, not one drug's
        if "other-maker-is-no-drug" in checks and MAKE_CUE.match(match.group(0)) and other_maker(unit, match.start()):
            continue  # "dust makes her cough": the dust's, not the drug's (decision 0942)
        if predicate in CHANGES and JOINT_PAIR.search(low, clause_start(low, match.start()), match.start()):
            continue  # "together they can lower blood pressure too far": the pair's change (decision 0816)
        if "dose-is-the-drug" in checks and DOSE_BEFORE.search(text, clause_start(low, match.start()), match.start()):
            continue  # "and large doses may cause Y": the drug's dose causes Y, not a condition before it (0765)
        if "event-is-no-drug" in checks and EVENT_BEFORE.search(text, max(0, match.start() - 50), match.start()):
            continue  # "a knock could cause a bad bruise": the event's effect, no drug's (decision 0860)
        if "stopping-is-no-effect" in checks and STOPPED_BEFORE.search(
            text, clause_start(low, match.start()), match.start()
        ):
            continue  # "Stopping it early raises the risk of a heart attack": what stopping brings (0701)
        if "untreated-is-the-illness" in checks and UNTREATED_BEFORE.search(text, 0, match.start()):
            continue  # "Left untreated, the condition can lead to liver cancer": the illness's (decision 0965)
        qualifiers = _use_status(clause(low, match.start())) if "use-status" in checks else ()
        subjects = [subject, *also, *_relative_antecedent(unit, match.start(), s_classes, subject)]
        if unit.classes is not None:
            subjects = [s for s in subjects if s in unit.classes]
        objects = _objects(unit, match.end(), o_classes, skip=subject, agents=s_classes)
        if (
            "partner-change-is-an-interaction" in checks
            and any(m[2] == subject and m[3] in AGENT for m in unit.mentions)
            and partner_change(text, match.end(), objects, subject, ctx.main, match.start())
        ):
            continue  # "Liquorice can lower potassium further": the combination's effect, an interaction (0892)
        if predicate in NARROWABLE:  # "not used for diarrhoea with a fever": a narrower condition (0692)
            objects = narrowed_by_with(text, unit.mentions, objects, COND)
            # "not a treatment for Y: leaks when you cough ...": after the colon the words explain Y (0692)
            colon = elaboration_colon(text, match.end(), len(text))
            objects = [m for m in objects if colon is None or m[0] < colon]
        if ADDICTIVE_NEXT.match(low, match.end()):
            objects = objects[:1]  # ("X is not addictive, and stopping it ...": the adjective alone; decision 0757)
        if "indications" in checks:
            objects, contexts = _indications(unit, match.end(), objects)
            if contexts:
                qualifiers = (*qualifiers, ("contextCondition", contexts))
        if "use-is-prevention" in checks and not any(k == "temporalContext" for k, _ in qualifiers):
            # "X prevents Y", "it does not prevent Y": a use (or its denial) for prevention only (decision 0834)
            qualifiers = (*qualifiers, ("temporalContext", ("prevention",)))
        # "helps cramping pain, not other aches": one case of Y is helped and the others denied, so Y in general is
        # neither (decision 0761)
        contrasted = (
            {o[2] for o in objects if OTHER_BEFORE.search(text, max(0, o[0] - 30), o[0])}
            if "restricted-denial" in checks
            else set()
        )
        for obj in objects:
            if unit.classes is not None and not any(_fits(unit.classes[s], predicate, obj[3]) for s in subjects):
                continue
            if obj[2] in contrasted:
                continue
            if any(o[1] <= obj[0] and DESCRIBED_BY_RELATIVE.fullmatch(text, o[1], obj[0]) for o in objects):
                continue  # "an enlarged prostate that is not cancer": what the object is (not), no object (0845)
            if "not-its-own-release" in checks and any(obj[2].startswith(f"{s}-") for s in subjects):
                continue  # "when X binds, the cell releases less X": feedback, not a step (decision 0663)
            if "with-a-partner-is-joint" in checks and any(
                m[3] in AGENT and m[2] not in subjects and WITH_PARTNER.fullmatch(text, obj[1], m[0])
                for m in unit.mentions
                if m[0] >= obj[1]
            ):
                continue  # "A raises the risk of bleeding with X": the combination's effect (decision 0701)
            if "relative-clause-of-object" in checks and any(
                o[1] <= obj[0] and RELATIVE_OF_OBJECT.search(text, o[1], obj[0]) for o in objects if o is not obj
            ):
                continue  # "reduces the scarring that makes heart failure worse": the scarring's clause (0773)
            if "unnamed-relative-is-no-object" in checks and unnamed_relative(text, match.end(), obj, objects):
                continue  # "lower the number of white blood cells that fight infection": the cells' clause (0944)
            if "later-clause-is-no-object" in checks and later_clause(text, match.end(), obj):
                continue  # "lower the white cells, and a low count leaves you open to Y": Y is that clause's (0944)
            if "gloss-of-an-amount-is-no-object" in checks and glossed_amount(text, match.end(), obj):
                continue  # "can lower the red blood count (anaemia)": the gloss of the lowered count (1104)
            if "means-is-its-own" in checks and MEANS.search(text, match.end(), obj[0]):
                continue  # "reduces seizures by blocking A and boosting B": A and B are the means' (0810)
            if "context-is-no-object" in checks and _context_of_change(text, obj, objects):
                continue  # "lowers uric acid in people who keep having gout attacks": the context (0810)
            if "consequence-is-no-object" in checks and CONSEQUENCE_BEFORE.search(text, match.end(), obj[0]):
                continue  # "lowers the chance of lasting damage from Y": the damage is lowered, not Y (0831)
            if "participle-clause-is-no-object" in checks and LATER_PARTICIPLE.search(text, match.end(), obj[0]):
                continue  # "lowers your blood count, leaving you more tired": the later clause's, not lowered (0850)
            if "lay-verb-object-next-to-cue" in checks and not lay_verb_object(text, match, objects, obj):
                continue  # "damps down part of the immune system, so infections ...": not next to it (0914)
            if "recurrence-is-no-object" in checks and comes_back(text, obj):
                continue  # "lowers the chance of the cancer coming back": its return, not Y (decision 0914)
            if (
                "lowering-takes-a-count-only" in checks
                and LOWERING_CUE.search(match.group(0))
                and not lowered_count(text, obj)
            ):
                continue  # "may lower the white cells that fight infection": the count only (decision 1100)
            if "harm-takes-the-nerves-only" in checks and not harmed_nerves_only(text, match, obj):
                continue  # "may damage the nerves, causing tingling": the nerves only (decision 1128)
            if "lowered-count-is-an-effect" in checks and lowered_count(text, obj):
                continue  # "it can lower the platelets": thrombocytopenia, an adverse effect (decision 1100)
            if obj[2] in VESSEL_PROCESSES and verb_object(text, obj):
                continue  # "a hormone that squeezes the blood vessels": that verb's object (vessel_acts, 0892)
            if "quality-is-no-object" in checks and quality_given(text, match, obj):
                continue  # "the spasm that makes uveitis so painful": a quality of Y, Y not caused (decision 0892)
            if "made-chemical-is-no-cause" in checks and made_chemical(match, obj):
                continue  # "COX-2 makes prostaglandins": what is produced, no cause (decision 0892)
            if "modifier-is-no-object" in checks and modifier_only(text, obj):
                continue  # "infection-fighting white cells", "defences against infection": not Y (decision 0892)
            if "own-verb-is-no-object" in checks and (
                own_clause_subject(text, obj, max([o[1] for o in objects if o[1] <= obj[0]] + [match.end()]))
                or other_verb_object(text, obj, max([o[1] for o in objects if o[1] <= obj[0]] + [match.end()]))
            ):
                continue  # "..., and the headaches ease", "and lower Y": another clause's or verb's (decision 0892)
            if (
                "partner-change-is-an-interaction" in checks
                and predicate == "decreases"
                and use_purpose(text, match.start(), obj)
            ):
                continue  # "It is not used to lower blood pressure": a (denied) use, treats' (decision 0892)
            if "own-verb-is-no-object" in checks and slowed_condition(match, obj):
                continue  # "does not slow down Huntington's disease": its course, no step (decision 0892)
            if "lessened-is-no-cause" in checks and (
                LESSENED_AFTER.match(text, obj[1])
                or LESSENED_BEFORE.search(text, max(match.end(), obj[0] - 12), obj[0])
            ):
                continue  # "this makes seizures less likely", "leads to fewer attacks": lowered, not caused (0846)
            if "restricted-class" in checks and (
                RESTRICTED_CLASS_AFTER.match(text, obj[1])
                or use_of_class(text, obj)
                or RESTRICTED_CLASS_BEFORE.search(text, match.end(), obj[0])
            ):
                continue  # "not a painkiller you should take every day": a kind of the class denied (0798); "not a
                # painkiller for toothache": the use denied, not the class (0916)
            if (
                "as-class-next-to-cue" in checks
                and match.group(0).lower().startswith("as")
                and not CLASS_NEXT_TO_CUE.fullmatch(text, match.end(), obj[0])
            ):
                continue  # "caught it as a kid, and finished the antibiotics": another noun's "as a" (decision 1098)
            if "compared-class-is-no-class" in checks and COMPARED_WITH_BEFORE.search(text, match.end(), obj[0]):
                continue  # "not a withdrawal like with sleeping tablets": compared with, no class (decision 1098)
            if "caused-is-no-use" in checks and CAUSED_BETWEEN.search(text, match.end(), obj[0]):
                continue  # "used for a long time, drops can bring on a cataract": an effect, no use (decision 1098)
            if "class-next-to-cue" in checks and not CLASS_NEXT_TO_CUE.fullmatch(text, match.end(), obj[0]):
                continue  # "not a treatment for Y: ... you need an antibiotic": another clause's noun (0804)
            if predicate == "isA" and READER_NEEDS_BEFORE.search(text, max(match.end(), obj[0] - 30), obj[0]):
                continue  # "you need an antibiotic", "ask for a painkiller": what the reader needs, no class (0804)
            if COMPARED_BEFORE.search(text, max(match.end(), obj[0] - 40), obj[0]):
                continue  # "rosacea, which some people confuse with acne": a comparison, no object (decision 0804)
            if "setting-is-no-effect" in checks and SETTING_BEFORE.search(text, match.end() + 1, obj[0]):
                continue  # "the inflammation that makes the nose run in hay fever": where, not what (decision 0761)
            if "population-is-no-effect" in checks and POPULATION_BEFORE.search(text, match.end(), obj[0]):
                continue  # "may cause X in people who have Y": Y is who, not what it causes
            if "situation-is-no-effect" in checks and SITUATION_OF_PERSON_BEFORE.search(
                text, max(match.end(), obj[0] - 60), obj[0]
            ):
                continue  # "can make people dizzy when they are dehydrated": the situation, no effect (0835)
            if (
                "condition-as-verb" in checks
                and " " not in obj_text(text, obj)
                and VERB_AFTER_WHEN.search(text, max(match.end(), obj[0] - 48), obj[0])
            ):
                continue  # "not a treatment for leaks that happen when you cough": a verb of the clause (0758)
            if "kin-is-no-class" in checks and KIN_BEFORE.search(text, match.end(), obj[0]):
                continue  # "a relative of some antibiotics": kin of the class, no member (decision 0667)
            if (
                "combined-use-is-no-class" in checks
                and COMBINED_USE_BEFORE.search(text, match.end(), obj[0])
                and not ANOTHER_OF_KIND.search(text, max(match.end(), obj[0] - 12), obj[0])
            ):
                continue  # "It is an add-on: it is given together with a B": used with B, not a B (decision 0755)
            if "action-head-is-no-class" in checks and ACTION_HEAD_AFTER.match(text, obj[1]):
                continue  # "an opioid antagonist" read as "opioid": the class is the whole phrase (decision 0692)
            st = _status(unit, obj)
            if st.absent:
                continue  # "no evidence that X ...": nothing is said either way
            if "hedged-pace-is-an-effect" in checks and hedged_pace(match, st.certainty):
                continue  # "Rarely, it may slow the breathing": a side effect, no step (decision 0892)
            if st.certainty == "Asserted" and HEDGED_INFINITIVES.search(
                text, clause_start(low, match.start()), match.start()
            ):
                st = replace(st, certainty="Believed")  # ("is thought to keep A and lower Y": both hedged; 0845)
            negated = st.negated and not ("not-first-line-ranks" in checks and _only_not_first_line(low, obj[0]))
            if "denial-in-cue" in checks:  # ("the gland cannot make Y": the cue's own denial; decision 0751)
                if NEGATION_BEFORE_CUE.search(low, clause_start(low, match.start()), match.start()):
                    continue  # (a denied denial, "it is not that cells cannot make Y", says no step)
                negated = False
            if rule.denies and "negation-at-cue" in checks:  # (decision 0701)
                negated = bool(NEGATION_AT_CUE.search(text, max(0, match.start() - 40), match.start()))
            negated = negated != rule.denies  # ("safe in pregnancy": not contraindicated; "not safe": contraindicated)
            if not negated and "denial-cue-denies" in checks and DENIAL_CUE.search(match.group(0)):
                continue  # "of no use in A such as B": B beyond the denial's scope, no use of B is said (0731)
            if negated and _noun_denied_only(low, match.start()):
                negated = False  # "a patient without any history of Y developed X when ...": Y is denied, not X
            # (after the cue: a cue's own "from" names what it protects from, "does not protect you from Y"; 0911)
            if (
                negated
                and "restricted-denial" in checks
                and FROM_CAUSE.search(text, max(match.end(), obj[0] - 40), obj[0])
            ):
                continue  # "not used to treat back pain from a strain": the cause of the case denied (0675)
            if (
                negated
                and "if-after-denial" in checks
                and DENIAL_THEN_IF.search(low, clause_start(low, match.start()), match.start())
            ):
                continue  # "Do not drive if X makes you sleepy": the advice is denied, not the effect (0798)
            if negated and "denial-until" in checks and UNTIL_AFTER.match(text, obj[1]):
                continue  # "Y causes no pain until a bone breaks": denied only up to a time (decision 0761)
            if negated and "restricted-denial" in checks and _denied_case_only(unit, obj):
                continue  # "not other aches", "pain that comes on at rest", "the dizziness of a Z" (decision 0761)
            if negated and "restricted-denial" in checks and POPULATION_GOAL.match(text, match.end()):
                continue  # "not shown to help people with Y avoid Z": a case denied, not a use (decision 0761)
            if "object-in-relative-clause" in checks and _inside_unnamed_head_clause(unit, match.end(), obj):
                continue  # "not a treatment for leaks that happen when you cough": the leaks, not the cough (0761)
            if "bystander-is-no-use" in checks and (
                person_copes(low, match.start(), match.end()) or also_had(text, obj[0]) or what_it_is_not(text, obj[0])
            ):
                continue  # "to see how I managed", "in adults who also have Y", "that isn't Y": no use (0911)
            if "bystander-is-no-use" in checks and treated_as(text, match.start(), match.end()):
                continue  # "treat it as a pain flare": treat as regard, no use (decision 0925)
            if negated and "restricted-denial" in checks and RESTRICTED.match(text, obj[1]):
                continue  # "does not relieve an attack that has already started": a denial of a case, not a use
            if negated and "restricted-denial" in checks and SPEED_BEFORE.search(text, max(0, obj[0] - 40), obj[0]):
                continue  # "not used for quick relief of Y": the speed denied, not the use (decision 0787)
            if negated and "restricted-denial" in checks and RECURRENCE_AFTER.match(text, obj[1]):
                continue  # "does not prevent Y from coming back": the return denied, not the use (decision 0787)
            if negated and "restricted-denial" in checks and ALONE_AFTER.match(text, obj[1]):
                continue  # "not used to treat Y on its own": the sole use denied, not the use (decision 0716)
            if (
                negated
                and "situation-clause" in checks
                and SITUATION_BEFORE.search(text, clause_start(low, match.start()), match.start())
            ):
                continue  # "when that medicine alone has not controlled Y": a situation, no denied use (0765)
            if "restricted-denial" in checks and TOO_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "acts too slowly to relieve an attack": the speed denied, no use (decision 0720)
            if (
                negated
                and "restricted-denial" in checks
                and ENOUGH_BEFORE.search(text, max(0, match.start() - 50), match.start())
            ):
                continue  # "does not work fast enough to treat Y": the manner denied, not the use (decision 0720)
            if negated and "restricted-denial" in checks and SPEED_AFTER.match(text, obj[1]):
                continue  # "does not relieve an attack quickly": the speed denied, not the use (decision 0720)
            if negated and "restricted-denial" in checks and IF_CLAUSE.search(text, match.end(), obj[0]):
                continue  # "it will not help if your Y is mild": the case denied, not the use (decision 0643)
            if "some-made-are-occasional" in checks and st.certainty == "Asserted" and SOME_OF.search(match.group(0)):
                st = replace(st, certainty="Occasional")  # ("it leaves some people with a cough"; decision 0942)
            said_qualifiers = qualifiers
            if (
                predicate == "treats"
                and not any(k == "temporalContext" for k, _ in qualifiers)
                and PREVENTION_BEFORE.search(text, max(match.start(), obj[0] - 40), obj[0])
            ):
                # "not a treatment for preventing Y", "not used to prevent Y": the use (or its denial) is for prevention
                # only, as "it does not prevent Y" is (decision 0834): no denial of treating Y (decision 1027)
                said_qualifiers = (*qualifiers, ("temporalContext", ("prevention",)))
            for sub in subjects:
                resolved = who.resolved_from if sub == subject else ""
                said, rule_id = predicate, rule.id
                if predicate == "hasAdverseEffect" and WHEN_STOPPED_AFTER.match(text, obj[1]):
                    said, rule_id = "hasWithdrawalEffect", "stopping-causes"  # "... Y when stopped" (0731)
                if predicate == "causes" and obj[2] in VESSEL_PROCESSES and MAKE_CUE.match(match.group(0)):
                    said, rule_id = "increases", "vessel-verb"  # "X makes the vessels widen": X widens them (0892)
                if predicate in LOWERED_STEP or predicate == "causes":
                    if _lowered_amount(unit, sub, match.start()):
                        continue  # "Lower Y levels reduce Z": less Y, less Z; read as "Y reduces Z" it is reversed
                    if _before_subject(unit, sub, match.start(), CONDITION_BEFORE):
                        continue  # "if X lowers your Y, ...": a condition the sentence supposes, not a step it states
                if resolved and sub == ctx.outcome and ctx.outcome_lowered and rule.subject_from == "process":
                    # "X reduces Y. This lowers Z": less Y, less Z; Y and Z move together, so Y increases Z (a
                    # lowered step brings nothing about by itself: no causes claim; decision 0670)
                    said = LOWERED_STEP.get(predicate)
                    if said is None:
                        continue
                found.append(
                    Found(
                        sub,
                        said,
                        obj[2],
                        rule_id,
                        negated,
                        st.certainty,
                        said_qualifiers,
                        who.confidence,
                        resolved,
                        acts_for,
                    )
                )
    return found


#: Right before a treated condition: the prevention of it ("for preventing Y", "to prevent Y", "for the prevention
#: of Y", "as prophylaxis against Y"), at most two words between (decision 1027).
PREVENTION_BEFORE = re.compile(
    r"\b(?:prevent(?:s|ing)?|prevention\s+of|prophylaxis\s+(?:of|against|for))\s+(?:(?:the|a|an|your|future|further|new|any)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


#: Right before a one-word condition: a subordinate clause's subject ("when you cough", "if they sneeze", "when you
#: cough or sneeze"): the word is that clause's verb, not a condition the cue names (decision 0758).
VERB_AFTER_WHEN = re.compile(
    r"\b(when|whenever|if|as|while)\s+(you|they|we|he|she|people|someone)\s+([a-z]+(,\s+|,?\s+(or|and)\s+))*$", re.I
)


def obj_text(text: str, obj: tuple) -> str:
    """The words of a mention."""
    return text[obj[0] : obj[1]].strip()


#: The predicate of a step whose subject is the step before, when that step was lowered ("X reduces Y. This lowers
#: Z": Y increases Z); a predicate not here is left out.
LOWERED_STEP = {"increases": "decreases", "decreases": "increases"}


#: Right before a step's subject: its amount lowered ("lower Y levels", "less Y", "low Y"); the verb after it says
#: what follows from less Y, so the step read with Y as subject would reverse cause and effect (decision 0676).
LOWERED_BEFORE = re.compile(r"\b(lower|less|fewer|reduced|decreased|low|falling|too little)\s+(the\s+)?$", re.I)


#: Right before a step's subject: a condition ("if X lowers your Y, Z is more likely"; decision 0676).
CONDITION_BEFORE = re.compile(r"\b(if|unless|whether)\s+$", re.I)


def _lowered_amount(unit, slug: str, before: int) -> bool:
    """Whether the last mention of `slug` before offset `before` is a lowered amount (LOWERED_BEFORE).

    >>> from graph_build.text.units import Unit
    >>> u = Unit("Lower Y levels reduce Z.", [(6, 7, "y", "EndogenousChemical"), (22, 23, "z", "Symptom")])
    >>> _lowered_amount(u, "y", 15), _lowered_amount(Unit("Y reduces Z.", [(0, 1, "y", "Drug")]), "y", 2)
    (True, False)
    """
    return _before_subject(unit, slug, before, LOWERED_BEFORE)


def _before_subject(unit, slug: str, before: int, pattern: re.Pattern) -> bool:
    """Whether `pattern` ends right before the last mention of `slug` ending by offset `before`."""
    ms = [m for m in unit.mentions if m[2] == slug and m[1] <= before]
    return bool(ms) and bool(pattern.search(unit.text, 0, ms[-1][0]))


#: Between a class cue and the class: a kinship ("a sulfonamide, a relative of some Ys", "a derivative of Y").
#: Right after a class mention: a head naming what the class does to it ("opioid antagonist", "calcium channel
#: blocker", "proton pump inhibitor"): the mention is the modifier of a longer class name, not the class stated.
ACTION_HEAD_AFTER = re.compile(
    r"[*_]{0,2}[ -][*_]{0,2}(antagonist|blocker|blocking agent|inhibitor|agonist|modulator|inducer|analogue|analog|"
    r"ligand|derivative|reversal agent)s?\b",
    re.I,
)
#: Predicates whose condition object a "with <feature>" narrows: what a drug treats, prevents or must not be used in.
NARROWABLE = frozenset({"treats", "prevents", "contraindicatedIn"})
#: Between a copula and a class: a colon or semicolon, or a verb of combined use ("given together with", "added to",
#: "combined with", "used alongside"): the class is what the drug is used with, not what it is (decision 0755)
COMBINED_USE_BEFORE = re.compile(
    r"[:;]|\b(given|used|taken|prescribed|added( on)?|combined|started|paired)( \w+)? (together with|with|to|"
    # ("given as an add-on to a B", "used as an add-on, or instead of a B": what it is used with or in place of; 0877)
    r"alongside|on top of)\b|\b(together with|alongside|on top of|in addition to|added to|add-?ons?|instead of|"
    r"in place of|rather than)\b",
    re.I,
)
#: Right before the class after a verb of combined use: "another" ("an add-on to another epilepsy medicine"): the drug
#: is one of the kind too (decision 0877).
ANOTHER_OF_KIND = re.compile(r"\b(another|other)\s+([\w-]+\s+)?$", re.I)
#: ("from the same chemical family as the Ys", "in the same group as Y", "like the Ys", "much like some Ys": a
#: comparison with the class, no membership; decision 0773)
KIN_BEFORE = re.compile(
    r"\b((cousin|relative|relation|derivative|analogue|analog|sibling)s? of|related to|derived from|similar to|"
    r"(the )?same ([\w-]+ ){0,2}(family|group|class|type|kind|chemical class)( of [\w-]+)? as|"
    r"(just |much )?like (the|other|some|many|most|an?)|unlike)\b",
    re.I,
)


#: Between a subject and its verb: auxiliaries, adverbs, a negation ("X rarely causes", "it does not cause", "X is
#: more likely to cause", "X has also been reported to cause", "it appears to partly block").
NEXT_TO_CUE = re.compile(
    # (a pronoun's contracted copula first: "it's not a Y", decision 0673; the curly apostrophe too, decision 1018)
    r"(['’]s)?\s+((does|do|did|is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|not|n't|also|rarely|"
    r"sometimes|often|occasionally|commonly|usually|generally|only|even|very|much|more|less|likely|unlikely|known|"
    r"thought|considered|believed|reported|said|to|never|seldom|frequently|itself|doesn't|don't|didn't|isn't|won't|cannot|can't|"
    r"appears?|seems?|partly|partially|mainly|mostly)\s+)*",  # ("it appears to partly block T": decision 0634)
    re.I,
)


#: A contrast between a subject and its verb: "X, unlike Y, does not block T" (the verb is X's)
UNLIKE = re.compile(r",\s+unlike\s+")


def _contrasted(text: str, subject: tuple, other: tuple, cue: int) -> bool:
    """Whether `other` is a contrast set off between `subject` and its verb at `cue` (", unlike Y,").

    >>> t = "X, unlike Y, does not block T."
    >>> _contrasted(t, (0, 1, "x", "Drug"), (10, 11, "y", "Drug"), 22)
    True
    """
    return bool(
        UNLIKE.fullmatch(text, subject[1], other[0])
        and text.startswith(",", other[1])
        and NEXT_TO_CUE.fullmatch(text, other[1] + 1, cue)
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
    if len(before) > 1 and before[-2][3] in classes and _contrasted(text, before[-2], before[-1], cue):
        return Subject(before[-2][2])  # "X, unlike Y, does not block T": X's verb (decision 0671)
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
                # ("Y affects the ear. It causes Z": the condition's course, decision 0684)
                return pronoun_referent(unit, pronoun, classes, ctx)
    return Subject(None, Decimal(0))


#: Between a drug and a target verb: a first verb phrase coordinated with it ("X soaks into the skin and attaches to
#: T", "It enters the cell and blocks T"; decision 0722): a finite verb right after the subject (an adverb before it
#: allowed), words with no punctuation, then "and" (perhaps "then") right before the cue.
COORDINATED = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,}(?:s|ed))\b(?P<rest>[^,.;:!?()\[\]\n*]*?)\s+and\s+(?:then\s+)?$", re.I
)
#: Words that make the first phrase no plain verb phrase of the subject: a clause opener, a negation, another "and"
#: or "or" (a list), an auxiliary as the "verb" ("X is similar to Y and blocks T" names Y's act too)
NOT_COORDINATED = re.compile(
    r"\b(which|that|who|whose|when|where|while|because|if|unless|until|but|or|and|not|no|never|cannot|than|like|"
    r"unlike|as|is|was|has|does|needs|seems|appears|helps)\b|n't\b",
    re.I,
)


def _coordinated_subject(unit: Unit, cue: int, classes: frozenset[str], ctx: Discourse) -> Subject:
    """The subject of a target verb coordinated after a first verb phrase of the same subject (rules.CHECKS
    "subject-of-coordinated-verb"): the agent mention (or a pronoun for the drug in focus) opening the sentence, a
    finite verb, words with no agent mention, punctuation, clause opener or negation, then "and" before the cue.

    >>> u = Unit("X soaks into the skin and attaches to T.", [(0, 1, "x", "Drug"), (17, 21, "skin", "Anatomy")])
    >>> _coordinated_subject(u, 26, frozenset({"Drug"}), Discourse()).slug
    'x'
    >>> u = Unit("X reduces the effect of Y and blocks T.", [(0, 1, "x", "Drug"), (24, 25, "y", "Drug")])
    >>> _coordinated_subject(u, 30, frozenset({"Drug"}), Discourse()).slug is None
    True
    >>> u = Unit("X is not absorbed and blocks T.", [(0, 1, "x", "Drug")])
    >>> _coordinated_subject(u, 22, frozenset({"Drug"}), Discourse()).slug is None
    True
    """
    text = unit.text
    for m in unit.mentions:
        if m[1] > cue:
            break
        if m[3] not in classes:
            continue
        joined = COORDINATED.fullmatch(text, m[1], cue)
        between = [o for o in unit.mentions if m[1] <= o[0] and o[1] <= cue]
        if (
            joined
            and not NOT_COORDINATED.search(text, joined.start("verb"), joined.end("rest"))
            and not any(o[3] in AGENT for o in between)
            and OPENS_SENTENCE.fullmatch(text, 0, m[0])
        ):
            return Subject(m[2])
        break  # (only the sentence's first agent is the first verb's subject)
    if ctx.focus and "Drug" in classes:
        pronoun = OPENING_PRONOUN.match(text)
        joined = COORDINATED.fullmatch(text, pronoun.end(), cue) if pronoun else None
        if (
            joined
            and not NOT_COORDINATED.search(text, joined.start("verb"), joined.end("rest"))
            and not any(o[3] in AGENT for o in unit.mentions if pronoun.end() <= o[0] and o[1] <= cue)
        ):
            return pronoun_referent(unit, PRONOUN.search(text, pronoun.start("p")), classes, ctx)
    return Subject(None, Decimal(0))


#: A drug's active form named so, opening the sentence: "The active form blocks E", "Two, that active form opens
#: potassium channels", "The switched-on drug blocks E" (decision 0722): the drug in focus works by what its active
#: form does (decision 0671), as the curated sets write it.
ACTIVE_FORM = re.compile(
    r"\s*(?:(?:[-*\u2022]|\d+[.)]|\(\w\)|step\s+\d+\s*[:.-]|one|two|three|four|five|six|first|second|third|next|"
    r"then)[,:]?\s+)?(?:the|its|this|that)\s+(?:active\s+(?:form|metabolite|compound)|(?:switched-on|activated)\s+"
    r"(?:drug|medicine|form|compound))\b",
    re.I,
)


def _active_form_subject(unit: Unit, cue: int, classes: frozenset[str], ctx: Discourse) -> Subject:
    """The drug in focus (the parent of the active form named in the sentence before, if one was) where its active
    form, named so, opens the sentence as the cue's subject (rules.CHECKS "active-form-is-the-drug").

    >>> u = Unit("(b) The active form blocks E.", [])
    >>> _active_form_subject(u, 20, frozenset({"Drug"}), Discourse(focus="x")).slug
    'x'
    >>> _active_form_subject(Unit("The active form of Y blocks E.", []), 21, frozenset({"Drug"}), Discourse(focus="x"))
    Subject(slug=None, confidence=Decimal('0'), resolved_from='')
    """
    named = ACTIVE_FORM.match(unit.text)
    if not (ctx.focus and "Drug" in classes and named and NEXT_TO_CUE.fullmatch(unit.text, named.end(), cue)):
        return Subject(None, Decimal(0))
    if any(m[0] < cue for m in unit.mentions):
        return Subject(None, Decimal(0))  # (a drug named before the verb may be whose active form it is)
    # (the medicine whose active form it is, when the sentence before named both: "the liver turns it into its
    # active form, Y"; the curated sets give the medicine the binding and the act)
    return Subject(ctx.active_form[1] if ctx.active_form else ctx.focus, Decimal("0.7"), named.group(0).strip())


#: What may stand before a sentence's subject: a list mark or a step's number, emphasis
OPENS_SENTENCE = re.compile(r"\s*(?:(?:[-*\u2022]|\d+[.)]|Step \d+[:.-]?)\s+)?[*_]*")
#: "It" (or "The drug", "This medicine") opening the sentence
OPENING_PRONOUN = re.compile(
    r"\s*(?:(?:[-*\u2022]|\d+[.)])\s+)?(?P<p>It|The (?:drug|medicine|medication)|This (?:drug|medicine|medication))\b"
)


#: A cue that opens on some of the people ("Some people notice A ...", "A few get A ..."): rules.CHECKS
#: "some-are-occasional".
SOME_OF = re.compile(rf"(?:{FEW})\b", re.I)


#: A passive cue inside a clause that opens the sentence with "if / when / where / once" (no comma before the cue;
#: named apart from IF_CLAUSE above, which this name had shadowed since decision 0781):
#: its agents end at the clause's comma; and with a past verb ("If an ulcer was caused by a painkiller, X is kept
#: going") the clause tells a patient's case, no effect in general (rules.CHECKS "if-clause-situation"; 0781).
OPENING_IF_CLAUSE = re.compile(r"[\W_]*(?:if|when|where|once|in case)\b[^,;:]*$", re.I)
IF_SITUATION = re.compile(r"[\W_]*(?:if|when|where|once|in case)\b[^,;:]*\b(?:was|were|has been|had been)\s+$", re.I)


def _passive_claims(rule: CueRule, unit: Unit, ctx: Discourse, match: re.Match, low: str) -> list[Found]:
    """The claims of a passive cue ("Y is treated with X", "Y caused by A and B"):
    the objects named before the cue or inside it (passive.objects_before), the subjects the list after it (or a
    pronoun's referent right after it); negation and hedging are the subject's, which follows the verb."""
    if rule.predicate == "interactsWith" and rule.voice == "inverse":  # (decision 0763)
        objects = agents_before(unit, match.start(), match.end(), rule.objects)
    else:
        objects = objects_before(unit, match.start(), match.end(), rule.objects, finite=rule.voice == "inverse")
    if rule.predicate == "interactsWith":  # ("other anti-inflammatory painkillers": the narrower class, 0686)
        objects = [m for m in objects if not _narrowed_class(unit.text, m)]
    agent_pronoun = None
    if not objects and rule.predicate == "interactsWith" and rule.voice == "inverse" and rule.id != "level-of":
        # ("It may strengthen X", "It can make X work less well": the text's drug as the agent, decision 0829; "It
        # raises the level of X" is level-change's, relate_sentence_rules._level_change)
        agent_pronoun = AGENT_PRONOUN.search(low, 0, match.start())
        partner = pronoun_partner(unit, ctx) if agent_pronoun else None
        objects = [(agent_pronoun.start(2), agent_pronoun.end(2), partner, "Drug")] if partner else []
    if not objects:
        return []
    checks = rule.checks
    if "if-clause-situation" in checks and IF_SITUATION.match(unit.text, 0, match.start()):
        return []  # "If an ulcer was caused by a painkiller, X is kept going": a patient's case (decision 0781)
    subjects = subjects_after(unit, match.end(), rule.subjects)
    if "if-clause-situation" in checks and OPENING_IF_CLAUSE.match(unit.text, 0, match.start()):
        # ("If your cough is caused by B, A can be tried": A, the main clause's, is no cause of the cough)
        end = unit.text.find(",", match.end())
        subjects = [m for m in subjects if end < 0 or m[1] <= end]
    who = [(m, Decimal("0.8"), "") for m in subjects]
    pronoun = None if subjects else PRONOUN.match(unit.text, match.end() + (unit.text[match.end() :][:1] == " "))
    # ("A may raise its levels": the drug of the interactions section or the document's, decision 0686)
    focus = pronoun_partner(unit, ctx) if rule.predicate == "interactsWith" else ctx.focus
    if pronoun and focus and "Drug" in rule.subjects:  # "Y is treated with it"
        who = [((pronoun.start(), pronoun.end(), focus, "Drug"), Decimal("0.7"), pronoun.group(0))]
    elif not who and rule.id == "makes-work":
        # ("It must be taken fasting, because food reduces how much is absorbed": the main clause's drug, 0847)
        elided = elided_drug(unit, ctx, focus, match.end(), min(o[0] for o in objects))
        who = [(elided, Decimal("0.7"), unit.text[elided[0] : elided[1]])] if elided else []
    qualifiers = _use_status(clause(low, match.start())) if "use-status" in rule.checks else ()
    # (a denial in a later clause is that clause's: "A lowers X levels, but you do not take A"; decision 0741)
    later = LATER_CLAUSE_AFTER.search(low, match.end())
    # (a warning's denial is the warning's: "X should not be taken with A, because A raises its levels" gives the
    # reason's interaction asserted, as the warning does; decision 0829)
    reason = _reason_clause(low, min(o[0] for o in objects)) if rule.predicate == "interactsWith" else None
    denial = next(
        (
            w
            for w in NEGATION_WORD.finditer(low, reason.end() if reason else 0, later.start() if later else len(low))
            if not DOUBLE_NEGATION.match(low, w.start())
        ),
        None,
    )
    # a relative clause ("the rash that X can cause"): its own negation only ("does not cause the rash that X
    # causes" states X's effect)
    relative = RELATIVE_VERB.match(low, match.start()) if match.group(0).lower() in ("that", "which") else None
    found: list[Found] = []
    for sub, confidence, resolved in who:
        # (a pronoun's denial: one in the cue's own clause, "... in a dangerous way, but Y can add to its effect")
        # ("X is not a penicillin, so people with a penicillin allergy can take it": a consequence opens its own
        # clause, and the earlier "not" denies the class, never the permission; decision 0818)
        own = max([clause_start(low, match.start())] + [m.end() for m in CONSEQUENCE.finditer(low, 0, match.start())])
        own = max(own, reason.end()) if reason else own
        own = max([own] + [m.end() for m in RELATIVE_CLAUSE_OPENS.finditer(low, 0, match.start())])
        denied = resolved and NEGATION_WORD.search(low, own, match.start())
        st = _status(unit, sub) if not resolved else Status(negated=bool(denied))
        if reason and not resolved:  # (the reason's own denial and modal only, never the warning's)
            st = _own_clause_status(low, reason.end(), match.start())
        if resolved and rule.predicate == "interactsWith":
            hedges = list(HEDGE_WORD.finditer(low, clause_start(low, match.start()), match.start()))
            st = Status(negated=st.negated, certainty=HEDGES[hedges[-1].group(1)] if hedges else st.certainty)
        if (
            not resolved
            and st.certainty == "Asserted"
            and rule.predicate == "interactsWith"
            and rule.voice == "inverse"
        ):
            # the verb's own modal after its agents ("A and B block T and may make X less effective"; decision 0763)
            hedges = list(HEDGE_WORD.finditer(low, max(o[1] for o in objects), match.start()))
            if hedges:
                st = Status(negated=st.negated, certainty=HEDGES[hedges[-1].group(1)], absent=st.absent)
        if relative:
            st = Status(negated=bool(NEGATION_WORD.search(low, match.start(), relative.end())), certainty=st.certainty)
            denial = None
        if st.negated and not resolved and "postmodifier-own-polarity" in checks:
            link = POSTMODIFIER.fullmatch(low, max(o[1] for o in objects), match.start())
            if link:
                continue  # "does not help coughs (not) caused by Y": no denial of what causes Y (decision 0718)
        if st.certainty != "Asserted" and not resolved and "postmodifier-own-polarity" in checks:
            link = POSTMODIFIER.fullmatch(low, max(o[1] for o in objects), match.start())
            if link and not HEDGE_WORD.search(low, link.start(), link.end()):
                # "it is sometimes tried for pain caused by Y": the hedge is the verb's, not the postmodifier's
                st = Status(negated=st.negated, absent=st.absent)  # (decision 0740)
        if st.absent or (denial and not st.negated and not resolved):
            continue  # a denial ConText does not give the subject ("Y is treated with X, not Z" for X): not guessed
        for obj in objects:
            if obj[2] == sub[2] or (unit.classes is not None and not _fits(sub[3], rule.predicate, obj[3])):
                continue
            # ("People with Y can take X": a denying cue, not contraindicated; decision 0631)
            negated, certainty = st.negated != rule.denies, st.certainty
            if "some-are-occasional" in checks and certainty == "Asserted" and SOME_OF.match(match.group(0)):
                certainty = "Occasional"  # ("Some people notice A after starting X"; decision 0798)
            if agent_pronoun:  # (the agent named by its pronoun)
                confidence, resolved = Decimal("0.7"), agent_pronoun.group(2)
            found.append(
                Found(sub[2], rule.predicate, obj[2], rule.id, negated, certainty, qualifiers, confidence, resolved)
            )
    return found


#: After a passive or inverse cue: a new clause opens (a semicolon or colon, or a comma and a conjunction with its own
#: subject: ", but you ...", ", so it ..."); a negation there is not the cue's clause's (decision 0741).
LATER_CLAUSE_AFTER = re.compile(
    r"[;:]\s|,\s*(but|and|so|although|though|whereas|while)\s+(you|it|they|this|that|he|she|we|there)\b"
    # (", so the X dose should not go above N mg": a determiner opens the later clause's own subject; decision 0763)
    r"|,\s*(but|so)\s+(the|your|these|those)\s+[\w-]+(\s+[\w-]+)?\s+(is|are|should|must|may|can|will|does|do|need)\b"
    # (", so please do not offer it", ", so never drink it": an imperative consequence, its own clause; decision 0878)
    r"|,\s*so\s+(please\s+)?(do\s+not|don't|never)\s+(offer|give|drink|eat|take|use|have|serve|buy|sell|mix)\b"
)
#: A pronoun for the drug that opens its sentence (after a list mark) as the agent of an inverse interaction cue, with
#: at most modals and adverbs before the cue ("It may strengthen X", "- This medicine can make X work less well").
AGENT_PRONOUN = re.compile(
    r"^([\W_]*)(it|this (?:medicine|drug|medication))\s+((may|can|could|might|will|would|does|do|also|sometimes|"
    r"often|further|slightly|usually|not|never)\s+|(does|do|can|will|wo)n't\s+|cannot\s+)*$"
)
#: Where the reason of a warning opens ("X should not be taken with A, because A raises its levels", "..., as A makes
#: X less effective", "...; A weakens it", "... - A ..."): a clause of its own, with its own subject (decision 0829).
REASON_OPENING = re.compile(r",\s*(because|since|as)\s|\s(because|since)\s|;\s|\s[-\u2013\u2014]\s")
#: Between a reason's opening and its agents: a determiner at most ("because the antibiotic ...").
AGENTS_OPEN = re.compile(r"[\s*_]*((the|a|an|some|both|these|those|this|that|other|many)\s+)?")


def _reason_clause(low: str, agents: int) -> re.Match | None:
    """The opening of the reason clause whose agents start at `agents`, when a denial stands before it (the warning
    "should not be taken with", "do not take ... with"): that denial is the warning's, not the reason's.

    >>> _reason_clause("x should not be taken with a, because a raises its levels.", 38).group(0)
    ', because '
    >>> _reason_clause("a, because it is strong, does not raise x levels.", 0) is None
    True
    """
    openings = list(REASON_OPENING.finditer(low, 0, agents))
    if not openings or not AGENTS_OPEN.fullmatch(low, openings[-1].end(), agents):
        return None  # (the agents open the reason clause: no other subject, no verb between)
    return openings[-1] if NEGATION_WORD.search(low, 0, openings[-1].start()) else None


def _own_clause_status(low: str, start: int, cue: int) -> Status:
    """The polarity and certainty of a clause from its opening to its cue: its own denial and its own modal."""
    denied = any(not DOUBLE_NEGATION.match(low, w.start()) for w in NEGATION_WORD.finditer(low, start, cue))
    hedges = list(HEDGE_WORD.finditer(low, start, cue))
    return Status(negated=denied, certainty=HEDGES[hedges[-1].group(1)] if hedges else "Asserted")


#: A cue "lower" used as an adjective of a risk ("carries a lower risk of X", "has a much lower chance of X").
LOWER_ADJECTIVE = re.compile(r"\b(an?|carr\w+|has|have|had|with)\s+((much|far|slightly)\s+)?lower$")

#: Right after a cause's object: its chance or frequency lowered ("make seizures less likely", "makes attacks less
#: frequent"), and right before it, fewer or less of it ("leads to fewer seizures"): the object is lowered, never
#: caused (decision 0846).
LESSENED_AFTER = re.compile(
    r"[*_]{0,2}\s+((a\s+(little|lot|bit)|much|far|even|rather)\s+)?less\s+(likely|common|frequent|often|severe)\b", re.I
)
LESSENED_BEFORE = re.compile(r"\b(fewer|less)\s+[*_]{0,2}$", re.I)

#: Right before an -ing cue: a determiner or possessive, one word between at most ("the brain's own calming messenger",
#: "its natural lowering effect"): the cue is an attribute of the noun after it (decision 0846).
ATTRIBUTE_BEFORE = re.compile(
    r"(\b(an?|the|its|their|his|her|your|our|this|that|these|those|own)|['\u2019]s)\s+([a-z]+\s+)?$"
)
#: Right after such a cue: a plain word, neither a determiner nor a possessive ("calming messenger", not "reducing the
#: pain", "lowering its level"), whose start the caller checks is no mention.
ATTRIBUTE_HEAD_AFTER = re.compile(
    r"\s+(?!(an?|the|its|their|his|her|your|our|this|that|these|those|some|any|more|less|and|or|of|to|in|on|by|with)\b)"
    r"[a-z]"
)

#: Right before a cue: a word and a hyphen, making the cue the head of a compound modifier ("the blood-pressure-lowering
#: effect", "a sugar-reducing diet"): what it lowers stands before it, and nothing after it is lowered (decision 0835).
HYPHEN_BEFORE = re.compile(r"\w-$")

#: Between a denied class's cue and the class: at most three words and no punctuation ("is not a strong painkiller",
#: "not one of the beta blockers"); rules.CHECKS "class-next-to-cue" (decision 0804).
CLASS_NEXT_TO_CUE = re.compile(r"\s*([*_]+\s*)?([\w'-]+\s+){0,3}", re.I)
#: Right before a class after an isA cue: a comparison of the noun after the cue ("It is not a withdrawal like with
#: sleeping tablets", "not a rash as with penicillins"): the class is what it is compared with, never the drug's class;
#: rules.CHECKS "compared-class-is-no-class" (decision 1098).
COMPARED_WITH_BEFORE = re.compile(
    r"\b(just\s+)?(like|as)\s+(with|in|on)\s+((the|a|an|some|other|your)\s+)?[*_]{0,2}$", re.I
)
#: Between a use cue and a condition: a verb of causing ("can bring on a cataract", "may cause ulcers", "can lead to
#: Y", "triggers Y"; never "caused by", whose object is the cause): the condition is an effect, never a use;
#: rules.CHECKS "caused-is-no-use" (decision 1098).
CAUSED_BETWEEN = re.compile(
    r"\b(cause[sd]?|causing|bring(s|ing)?\s+on|brought\s+on|lead(s|ing)?\s+to|led\s+to|trigger(s|ed|ing)?|"
    r"set(s|ting)?\s+off|result(s|ed|ing)?\s+in)\b(?!\s+by\b)",
    re.I,
)
#: Right before a class: what the reader is told to need, ask for or see ("you need an antibiotic", "ask for a
#: painkiller", "see a specialist"): what they need, never the drug's class (decision 0804).
READER_NEEDS_BEFORE = re.compile(
    r"\b(need|needs|needed|ask for|asked for|see|get|want|be given|be offered)\s+(an?|another|some|other)\s+"
    r"([\w-]+\s+){0,2}$",
    re.I,
)
#: Right before a condition after a cue: words that name it only to compare another with it ("rosacea, the redness
#: some people confuse with acne", "which is often mistaken for Y", "unlike Y"): no object of the cue, never denied
#: nor asserted with the condition it is compared with (decision 0804).
COMPARED_BEFORE = re.compile(
    r"\b(confus(e|es|ed|ing)|mix(es|ed)? up|mistak(e|es|en|ing))( \w+)? (with|for)\s+"
    r"((the|a|an|some|other|true|real|ordinary)\s+)?$"
    r"|\b(unlike|as opposed to|different from|rather than|resembl\w*|looks? like)\s+((the|a|an|some)\s+)?$",
    re.I,
)
#: Right before a cue in its participle form ("raised", "increased"): a preposition, determiner or verb that makes it
#: an adjective of a state ("for raised blood pressure", "with high or raised pressure", "treats increased eye
#: pressure"): a condition the drug is for or a person has, never a rise the drug causes (decision 0804); the particle
#: of a phrasal verb of lowering ("brings down raised eye pressure": decision 0914).
STATE_ADJECTIVE_BEFORE = re.compile(
    r"\b(for|with|of|from|against|in|an?|the|your|their|his|her|treats?|treating|treated|lowers?|"
    r"lowering|reduces?|reducing|controls?|controlling|down)\s+((very|slightly|mildly|persistently|abnormally)\s+)?$"
)

#: Right before a cue: a relative "which" after a comma, whose antecedent may be the whole clause before it.
CLAUSE_WHICH = re.compile(r",\s*which\s+((also|can|may|might|often|then|in turn)\s+)*$")

#: Right before "known as": words that leave the subject its own ("X is also known as a B", "X, known as a B").
KNOWN_AS_OF_SUBJECT = re.compile(
    r"(\b(is|are|was|were|be|been|being|also|often|sometimes|commonly|usually|generally|widely|better|now|once|"
    r"collectively|together)|,|\()\s*$"
)
#: Right before a cue: ", which" after a change of an amount ("lower the amount of Z in the blood, which may cause
#: Y"): the antecedent is the change (a low or high Z), never Z itself (decision 0836).
LEVEL_CHANGE_WHICH = re.compile(
    r"\b(lower|raise|reduce|increase|decrease|drop|boost|cut|push (up|down))(s|es|ed|ing)?\s+"
    r"((the|your|their|its|his|her)\s+)?(amount|level|concentration|quantity)s?\s+of\s+[^,;.:]*"
    r",\s*which\s+((also|can|may|might|could|often|then|in turn|sometimes|rarely)\s+)*$"
)


def _check_fails(checks: frozenset[str], match: re.Match, low: str, unit: Unit, sentence: tuple) -> bool:
    """Whether one of the rule's match-level checks (rules.CHECKS) rejects this cue match."""
    if not checks:
        return False
    start = match.start()
    if "treatment-noun-needs-preposition" in checks and (
        low.startswith("treatment", start) and not TREATMENT_OF.match(low, match.end())
    ):
        return True  # see TREATMENT_OF
    if "condition-is-no-claim" in checks and IN_CONDITION.search(low, max(0, start - 200), start):
        return True  # "If X gives you a headache, stop it": the condition's effect, none stated (0917)
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
    if "participle-after-noun" in checks and _after_plain_noun(low, start, unit):
        return True  # "bisphosphonates given for cancer": the noun is what is given for it
    if "lower-as-adjective" in checks and (
        LOWER_ADJECTIVE.search(low, max(0, start - 30), match.end()) or lower_as_adjective(low, start)
    ):
        return True  # "it carries a lower risk of X than Y": a comparison of risks, nothing lowered (0675); "from
        # the lower chambers": the adjective after a determiner or preposition (0944)
    if (
        "participle-as-attribute" in checks
        and low.endswith("ing", start, match.end())
        and ATTRIBUTE_BEFORE.search(low, max(0, start - 40), start)
        and (head := ATTRIBUTE_HEAD_AFTER.match(low, match.end()))
        and not any(m[0] == head.end() - 1 for m in unit.mentions)
    ):
        return True  # "the brain's own calming messenger, GABA": an adjective, nothing calmed (0846)
    if "participle-as-attribute" in checks and adjective_of_medicines(low, match):
        return True  # "similar calming tablets": an adjective of the medicines, nothing calmed (0944)
    if "hyphenated-cue-is-a-modifier" in checks and HYPHEN_BEFORE.match(low, max(0, start - 2), start):
        return True  # "adds to the blood-pressure-lowering effect": a compound modifier, no verb (0835)
    if (
        "participle-as-adjective" in checks
        and low.endswith("ed", start, match.end())
        and STATE_ADJECTIVE_BEFORE.search(low, max(0, start - 30), start)
    ):
        return True  # "offered for raised blood pressure": a state named, nothing raised (0804)
    if "kind-named-is-no-member" in checks and match.group(0).lower() in ("known as", "called"):
        before = [m for m in unit.mentions if m[1] <= start]
        if (
            before
            and before[-1][3] == "DrugClass"
            and KIND_BEFORE.search(unit.text, max(0, before[-1][0] - 30), before[-1][0])
            and not any(m[3] == "Drug" for m in before)
        ):
            return True  # "the kind of antidepressant known as an SSRI": the kind's name, no membership (0804)
    if "clause-which-is-no-use" in checks and (
        CLAUSE_WHICH.search(low, max(0, start - 30), start)
        and not any(m[3] in AGENT for m in unit.mentions if m[1] <= start)
    ):
        return True  # "fewer calories get in, which helps with Y": the event helps, no drug is named (0675)
    if (
        "known-as-names-the-noun-before" in checks
        and match.group(0).lower() == "known as"
        and not KNOWN_AS_OF_SUBJECT.search(low, max(0, start - 40), start)
        and not any(m[1] <= start and not low[m[1] : start].strip() for m in unit.mentions if m[3] in AGENT)
    ):
        return True  # "not to be combined with the medicines known as MAOIs": the medicines' name (0836)
    if "level-change-is-the-antecedent" in checks and LEVEL_CHANGE_WHICH.search(low, max(0, start - 160), start):
        return True  # "it can lower the amount of Z in the blood, which may cause Y": the low Z causes Y (0836)
    if "comparison-is-no-class" in checks and SO_ARE_BEFORE.search(low, max(0, start - 10), start):
        return True  # "A is fine with X, and so are the painkillers": a comparison of items, no class of X (0731)
    if "way-of-taking-is-no-use" in checks and WAY_OF_TAKING.search(low, max(0, start - 80), start):
        return True  # "taking it at bedtime helps with drowsiness": advice about its own effect (0731)
    _, interaction, withdrawal, stopping = sentence
    if "effects-after-withdrawal-only" in checks and (withdrawal or interaction or stopping):
        # "... withdrawal symptoms upon cessation, and side effects like X": side effects named after the
        # withdrawal are the drug's own (the withdrawal rule stops at "side effects")
        late = withdrawal and not (interaction or stopping) and match.group(0).lower().startswith("side")
        return not (late and start > max(m[1] for m in unit.mentions if m[2] == "withdrawal-syndrome"))
    return False


#: The word right before a participle cue, and the words that leave the participle a verb of the sentence's
#: subject ("it is given for", "X, usually taken for") rather than a modifier of a noun ("tablets given for").
WORD_BEFORE = re.compile(r"([a-z][\w'-]*)[\s,]*$")
VERB_COMPANIONS = frozenset(
    [
        "is",
        "are",
        "be",
        "been",
        "was",
        "were",
        "being",
        "it",
        "they",
        "them",
        "also",
        "often",
        "only",
        "not",
        "still",
        "now",
        "then",
        "can",
        "may",
        "might",
        "must",
        "should",
        "could",
        "would",
        "will",
        "sometimes",
        "mainly",
        "mostly",
        "widely",
        "even",
        "first",
    ]
)


def _after_plain_noun(low: str, start: int, unit: Unit) -> bool:
    """Whether the cue at `start` follows a word that is neither a mention's end nor a verb's companion (an
    auxiliary, an adverb, a pronoun): then the participle modifies that word (decision 0622).

    >>> u = Unit("Bisphosphonates given for cancer.", [])
    >>> _after_plain_noun(u.text.lower(), 16, u), _after_plain_noun("it is given for pain.", 6, u)
    (True, False)
    """
    before = WORD_BEFORE.search(low, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word in VERB_COMPANIONS or word.endswith("ly"):
        return False
    return not any(m[1] == before.end(1) for m in unit.mentions)


#: After a change cue: the means of the change, whose verb governs what follows ("by blocking A", "through raising B").
MEANS = re.compile(r"\b(by|through|via)\s+((\w+ly|not)\s+)?\w+ing\b", re.I)
#: Right before the object of a change: a consequence of it ("lowers the chance of lasting damage from Y", "reduces
#: the risk of complications from Y", "cuts the harm caused by Y"): what changes is the consequence, not Y (0831).
CONSEQUENCE_BEFORE = re.compile(
    r"\b((lasting|permanent|long-term|serious|further)\s+)?(damage|harm|injury|injuries|complications?|"
    r"consequences?|after-?effects?)\s+(from|of|caused\s+by|due\s+to|done\s+by|that\s+comes?\s+with)\s+"
    r"((an?|the|your|their)\s+)?[*_]{0,2}$",
    re.I,
)
#: Between a change cue and a word: a participle clause of what the change leads to ("lowers your blood count,
#: leaving you pale and more tired", "raises the pressure, making the headache worse"): its words are that clause's,
#: never what the cue changes (decision 0850).
LATER_PARTICIPLE = re.compile(
    r",\s+(and\s+)?(leaving|making|causing|giving|sending|leading\s+to|resulting\s+in|so\s+that)\b", re.I
)
#: Right before a condition: the people the change is said of ("in people who keep having Y", "among patients with Y").
PEOPLE_CONTEXT = re.compile(
    rf"\b(in|among)\s+({people('persons', 'someone')})\s+"
    r"(who\s+((already|still|often|keep|also)\s+)*(have|has|had|having|get|gets|suffer\s+from|live\s+with)|with|"
    r"living\s+with)\s+((an?|the|their|severe|mild|repeated|frequent|recurrent)\s+)*[*_]{0,2}$",
    re.I,
)


def _context_of_change(text: str, obj: tuple, objects: list) -> bool:
    """Whether a condition after a change cue is the context the change is said in, not what changes: right after
    people who have it ("lowers uric acid in people who keep having gout attacks"), or after another object and "in"
    ("calms agitation in delirium").

    >>> ms = [(5, 14, "agitation", "Symptom"), (18, 26, "delirium", "Disease")]
    >>> _context_of_change("calm agitation in delirium", ms[1], ms)
    True
    >>> _context_of_change("calm agitation in delirium", ms[0], ms)
    False
    """
    if PEOPLE_CONTEXT.search(text, max(0, obj[0] - 80), obj[0]):
        return True
    return any(o[1] <= obj[0] and IN_CONTEXT.fullmatch(text, o[1], obj[0]) for o in objects if o is not obj)


#: Before a condition: the people the cue's own object is treated in, after that object ("used to control a raised
#: phosphate level in people with chronic kidney disease": the level is controlled, the disease is who; decision 0852).
PEOPLE_WHO_HAVE = re.compile(
    rf"\b(?P<head>(a|an|the|their|your|his|her|its|high|higher|low|lower|raised|rising|too much|excess)\s+"
    rf"(?!(symptoms?|signs?|effects?|problems?|condition|illness|disease)\b)[\w'-]+(\s+[\w'-]+){{0,5}}?)\s+"
    rf"(in|among)\s+({people('persons')})\s+(who\s+(have|has|had|live\s+with)|with|living\s+with)\s+"
    r"([\w'-]+\s+){0,2}$",
    re.I,
)


def _indications(unit: Unit, after: int, objects: list) -> tuple[list, tuple[str, ...]]:
    """Split the objects of a treats cue into what is treated and the conditions named as its context: "pain and
    spasticity in conditions like multiple sclerosis" treats pain and spasticity, in multiple sclerosis. An object
    after an incidence or risk word ("treated with X had a higher incidence of Y") is an outcome, never treated. A
    condition of the people in whom the cue's own object (named or not) is treated is their context, not treated
    ("used to control a raised phosphate level in people with kidney disease": decision 0852).

    >>> u = Unit("It is used to control a raised phosphate level in people with kidney disease.",
    ...          [(62, 76, "kidney-diseases", "Disease")])
    >>> _indications(u, 21, u.mentions)
    ([], ('kidney-diseases',))
    >>> u = Unit("It is used in people with asthma.", [(26, 32, "asthma", "Disease")])
    >>> _indications(u, 10, u.mentions)
    ([(26, 32, 'asthma', 'Disease')], ())
    """
    treated, contexts = [], []
    for obj in objects:
        between = unit.text[after : obj[0]]
        if OUTCOME_WORDS.search(between):
            continue
        if (
            (treated and IN_CONTEXT.fullmatch(unit.text, treated[-1][1], obj[0]))
            or OTHER_TREATMENT_FOR.search(between)
            or PEOPLE_WHO_HAVE.search(between)
            # ("for severe pain, such as the pain of Y": the pain's cause, its context; decision 0860)
            or named_as_cause(unit.text, obj[0], after, example=True)
        ):
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
