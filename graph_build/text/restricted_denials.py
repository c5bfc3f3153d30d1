"""A denied use restricted to a part of the condition or of the people (decision 0793): "X is not used for mild Y", "X
is no longer used for Y in children", "Doctors no longer recommend X for preventing a first Y", "Some people find
that X does not help their Y". The sentence denies the use in that part only; the drug keeps its use elsewhere. A
negated `treats` claim in general would deny a use the drug has.

Where the golds carry the restriction as a qualifier, the denial keeps it: a severity right before the condition
("not used for mild acne": severity mild) and a group of people the lexicon names right after it ("not a treatment
for chickenpox in children": population children). Where nothing can carry it, the denial gives no claim: a subgroup
that finds it so ("some people find that ..."), a purpose narrowed to a first event ("for preventing a first heart
attack"), or a group of people the lexicon does not name ("in healthy older people" without a mention).

A denial of commonness is the same kind of restriction: "Y is not a common side effect of X" denies only that Y is
common (negation.NOT_COMMON reads the effect asserted), and the golds write such an effect with frequency "uncommon".
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.doubts import GENERIC, _slug_words, _words_of
from graph_build.text.kept_restrictions import group_age, restriction_kept
from graph_build.text.narrowed_kinds import ATTACK_BEFORE, COURSE_BEFORE, STAGE_AFTER
from graph_build.text.people_words import GROUP_ADJECTIVES, GROUPS
from graph_build.text.units import Found, Unit

#: A word of severity, or a range of two ("mild", "mild to moderate").
SEVERITY = r"(?P<severity>(mild|moderate|minor|severe)(\s+(to|or)\s+(mild|moderate|severe))?)"
#: A group of people as the denials name one: its adjectives ("healthy older"), then the group's word ("adults").
GROUP_ADJECTIVES_BEFORE = r"((" + "|".join(GROUP_ADJECTIVES) + r")\s+)*"
GROUP_WORDS = "|".join(GROUPS)
#: Right before the denied condition: a word of severity that restricts it ("mild acne", "mild to moderate pain").
SEVERITY_BEFORE = re.compile(rf"\b{SEVERITY}\s+[*_]{{0,2}}$", re.I)
#: Right before a denied cause: a word that takes one kind of it ("Y is not caused by a new infection; it is the old
#: virus waking up", "not caused by another virus"): the denial is of that kind, the cause in general may hold (0833).
KIND_OF_CAUSE_BEFORE = re.compile(
    r"\b(a\s+|an\s+|the\s+)?(new|fresh|second|separate|recent|another|other|different|single|particular)\s+[*_]{0,2}$",
    re.I,
)
#: At the start of a condition's mention: the same words of severity, when the recogniser took them into the name.
SEVERITY_OPENING = re.compile(rf"{SEVERITY}\s+", re.I)
#: Before the denial: a subgroup whose experience the sentence reports ("some people find that", "in some patients",
#: "for a few people"): the denial is theirs, no claim about the drug's use.
SUBGROUP = re.compile(
    r"\b((some|many|most|a\s+few|certain|several|other)\s+(people|patients|adults|children|women|men|users|of\s+them)\s+"
    r"(find|say|report|notice|feel|discover|think|complain|found|said|reported|noticed|felt)s?\b|"
    r"(in|for)\s+(some|a\s+few|certain|a\s+minority\s+of)\s+(people|patients|adults|children|women|men|cases)\b)",
    re.I,
)
#: Right before the denied condition: a purpose narrowed to a first event ("for preventing a first heart attack", "to
#: prevent a first stroke"): the denial is of that prevention only.
FIRST_EVENT_BEFORE = re.compile(
    r"\b(prevent\w*|avoid\w*|stop\w*|protect\w*\s+against|(lower|reduc|cut)\w*\s+the\s+(risk|chance)\s+of)\s+"
    r"(an?\s+|the\s+|your\s+)?(first|first-ever|initial)\s+[*_]{0,2}$",
    re.I,
)
#: Right before the denied condition: a quantifier that takes a part of its cases ("not used for most sore throats",
#: "not for all kinds of Y"): no qualifier carries the part.
PART_BEFORE = re.compile(
    r"\b(most|many|some|all|every|certain)\s+((cases|kinds|types|forms|sorts)\s+of\s+)?[*_]{0,2}$", re.I
)
#: Right after the denied condition: a group of people it is denied for ("in children", "for older people", "in people
#: over 70", "in healthy older adults"); the group is looked for among the unit's mentions.
PEOPLE_AFTER = re.compile(
    r"[*_]{0,2}\s+((in|for|among)\s+" + GROUP_ADJECTIVES_BEFORE + r"(" + GROUP_WORDS + r")|"
    # ... or a state of the people: "in pregnancy", "while breastfeeding"
    r"(in|during)\s+pregnancy|(while|when)\s+(you\s+are\s+|you're\s+)?(pregnant|breast-?feeding))\b"
    # (a group told by a clause of its own, "in people whose thyroid works normally", is who the denial is about
    # in the golds' reading: the plain denial stays)
    r"(?!\s+(who|whose|whom|that|with)\b)",
    re.I,
)
#: Right after the denied condition: a group of people told by what they do NOT have ("not a treatment for poor sleep in
#: people who are not depressed", "not for Y in patients without Z", "for people who don't have Z"): the denial is of
#: that group only, the use may hold for the others; no qualifier carries a negated group, so no claim (decision 0835).
PEOPLE_WITHOUT_AFTER = re.compile(
    r"[*_]{0,2}\s+(in|for|among|to)\s+" + GROUP_ADJECTIVES_BEFORE + r"(" + GROUP_WORDS + r")\s+"
    # (a state or a condition they lack, never a history of treatment: "in people who have not responded to Y" keeps
    # the plain denial, the golds' reading)
    r"(without|(who|that)\s+((are|is|were)\s*(not|n[’']t)|(do|does|did)\s*(not|n[’']t)\s+(have|suffer|get)|"
    r"(have|has)\s*(not|n[’']t|never)\s+(had|got|been\s+diagnosed))\b)",
    re.I,
)
#: Right before the denied condition: a group of people who have it ("for children with a cough", "in older people who
#: have insomnia"); the group is looked for among the unit's mentions, as after it.
PEOPLE_BEFORE = re.compile(
    r"\b(in|for|among|to)\s+" + GROUP_ADJECTIVES_BEFORE + r"(?P<people>" + GROUP_WORDS + r")\s+"
    r"(with|who\s+have|who\s+get|who\s+suffer\s+from)\s+((an?|the|their)\s+)?[*_]{0,2}$",
    re.I,
)
#: Before the denied condition in its clause: a duration that restricts the use ("not a long-term treatment for Y",
#: "not meant for long-term use in Y"): the use is denied for that length of time only (decision 0798); "not
#: recommended for long-term insomnia" names a kind of the condition and stays a denial.
DURATION_BEFORE = re.compile(
    r"\b(long|short)[- ]term\s+(treatments?|use|medicines?|answers?|solutions?|options?|therapy|help|remed(y|ies))\b"
    r"[^.;:]{0,40}$",
    re.I,
)
#: Around the denied use: how often it is used ("isn't used for Y much these days", "is not often used for
#: Y", "not commonly prescribed for Y"): its frequency denied, not the use (decision 0798).
FREQUENCY_AFTER = re.compile(r"[*_]{0,2}\s+(much|often|very\s+often|a\s+lot|routinely|commonly)\b", re.I)
FREQUENCY_BEFORE = re.compile(
    r"\b(not|n't|no\s+longer)\s+(very\s+)?(often|commonly|routinely|much|frequently|widely)\b[^.;:]{0,40}$", re.I
)
#: Right after the denied condition: a relative clause that names the kind by its main trouble ("not a treatment for IBS
#: where diarrhoea is the main problem", "not for eczema in which itching is the main symptom"): the denial is of that
#: kind only (decision 0812).
KIND_CLAUSE_AFTER = re.compile(
    r"[*_]{0,2},?\s+(where|when|in\s+which|with\s+which|whose)\b[^.;:,]{0,60}?\b(is|are|was)\s+(the|its|their)\s+"
    r"(main|chief|biggest|major|most\s+important|worst|first|only|usual|commonest|most\s+common)\s+"
    r"(problem|symptom|complaint|issue|trouble|feature|sign)s?\b",
    re.I,
)
#: Right before a denied condition: a kind of it named by its own words ("not for the deeper, nodular kind of Y", "not
#: a treatment for the invasive type of Y"): that kind is denied, the drug may treat another kind (decision 0865).
NAMED_KIND_OF_BEFORE = re.compile(
    r"\b(the|this|that|a|an)\s+([\w-]+,?\s+){1,3}(kinds?|types?|forms?|sorts?|varieties|variety)\s+of\s+"
    r"(an?\s+|the\s+)?[*_]{0,2}$",
    re.I,
)
#: Right after a denied condition: the part of the body it is on ("not for warts on the hands or feet", "not for
#: ulcers inside the mouth", "not for a rash on the face"): the denial is of the condition there only (decision 0865).
BODY_PART_AFTER = re.compile(
    r"[*_]{0,2}\s+(on|in|inside|around|near|under)\s+(the|your|their|his|her|a|an)\s+([\w-]+\s+)?"
    r"(hands?|feet|foot|face|faces|mouth|nose|eyes?|ears?|scalp|lips?|fingers?|toes?|nails?|arms?|legs?|back|"
    r"chest|neck|genitals?|genital\s+area|groin|armpits?|throat|vagina|bottom|anus|skin\s+folds?|knees?|elbows?)\b",
    re.I,
)
#: Words of a place in a mention's name the entity's name lacks ("upper respiratory tract infections" read as
#: respiratory tract infections): a site, no kind the golds keep apart (decision 0812).
SITE_WORDS = frozenset({"upper", "lower", "left", "right", "front", "back", "inner", "outer", "middle", "deep"})
#: Right before a denied condition: a word of its stage or extent ("not used for early Y", "not for advanced Y", "not
#: for localised Y"): the denial is of that stage only, the drug may treat Y in another, and no qualifier carries a
#: stage, so no claim (decision 0871). A word of severity ("not used for mild Y") keeps its denial with the severity
#: as a qualifier (SEVERITY_BEFORE, decision 0793): the golds read it so (sealed5, sealed41).
STAGE_BEFORE = re.compile(r"\b(early|early-stage|advanced|small|localised|localized)\s+[*_]{0,2}$", re.I)
#: Right after a denied condition: a restrictive relative clause that narrows it to a course or a cause ("not used for
#: Y that gets worse at rest", "not for Y that is caused by Z", "not for Y that keeps coming back"): that kind only is
#: denied (decision 0871; "Y that has spread": narrowed_kinds.STAGE_AFTER). A clause after a comma ("Y, which needs
#: hospital care") tells of Y itself, and an object clause ("the Y that some people get") names Y as it is: both
#: keep the denial.
NARROWING_CLAUSE_AFTER = re.compile(
    r"[*_]{0,2}\s+(that|which)\s+(gets?|got|becomes?|became|grows?|keeps?\s+(coming\s+back|returning)|"
    r"comes?\s+back|(is|are|was|were)\s+(caused|brought\s+on|triggered)\s+by|(has|have)\s+(come\s+back|returned)|"
    r"(has|have)\s*(not|n[’']t)\s+responded|(does|do)\s*(not|n[’']t)\s+respond)\b",
    re.I,
)
#: Right before a denied condition: a sudden or acute flare of it ("not a treatment for a sudden flare of Y", "not for
#: an acute flare-up of Y"): that case is denied, the drug may treat Y itself (as ACUTE_BEFORE with ATTACK_AFTER,
#: decision 0841; "a flare of Y" alone is read as Y by the golds and stays; so does "an acute episode of Y", the fresh
#: gold's denial of mania: an episode is the condition's whole course, a flare a worsening of one that goes on;
#: decision 0875).
ACUTE_FLARE_BEFORE = re.compile(
    r"\b(sudden|acute)\s+(flares?|flare-ups?)\s+of\s+(an?\s+|the\s+|your\s+)?[*_]{0,2}$", re.I
)
#: Right after a denied condition: a kind of it told by what it lacks or carries ("not a treatment for Y without the Z
#: change", "not for Ys that lack Z", "not for Y with the Z mutation"): the denial is of that kind only, the drug may
#: treat the other kind (decision 0884).
LACKING_AFTER = re.compile(
    r"[*_]{0,2},?\s+(without|(that|which)\s+(lacks?|do\s+not\s+have|does\s+not\s+have)|lacking|"
    r"with\s+(an?|the|this|that)\s+([\w-]+\s+){0,2}(changes?|mutations?|variants?|markers?|genes?))\b",
    re.I,
)
#: Right after a denied sign: a noun that makes the phrase a class of conditions named by that sign ("not for other
#: inherited bleeding disorders", "not a treatment for movement disorders"): no denial of the sign itself (0884).
CLASS_NOUN_AFTER = re.compile(r"[*_]{0,2}\s+(disorders?|diseases?|conditions?|syndromes?)\b", re.I)
#: Right before a denied condition: one feature of it named as its part ("does not treat the tight skin of Y", "not for
#: the aching joints of Y", "not for the cold fingers of Y"): the feature is denied, not the condition (decision 0884).
#: A described feature only (two or three words: "the tight skin"): one general sign alone ("not for the sickness of
#: food poisoning", "the rash of shingles") is read as the condition by the golds, as "eases the pain of Y" is a use of
#: Y (symptom_of_use, decision 0841). Never the words that name the condition's treatment, course, risk or symptoms as
#: a whole.
FEATURE_OF_BEFORE = re.compile(r"\bthe\s+(?P<feature>([\w-]+,?\s+){2,3})of\s+(an?\s+|the\s+|your\s+)?[*_]{0,2}$", re.I)
WHOLE_OF = frozenset(
    [
        "treatment",
        "treatments",
        "management",
        "control",
        "relief",
        "prevention",
        "symptoms",
        "symptom",
        "signs",
        "sign",
        "effects",
        "effect",
        "risk",
        "chance",
        "chances",
        "course",
        "cause",
        "causes",
        "rest",
        "start",
        "onset",
        "return",
        "progress",
        "progression",
        "spread",
        "worsening",
        "outlook",
        "kind",
        "kinds",
        "type",
        "types",
        "form",
        "forms",
        "sort",
        "sorts",
        "stage",
        "stages",
        "case",
        "cases",
        "episode",
        "episodes",
        "attack",
        "attacks",
        "flare",
        "flares",
        "flare-ups",
        "burden",
        "impact",
        "problems",
        "problem",
        "complications",
    ]
)
#: How far after the condition the group's mention may start.
PEOPLE_REACH = 40
#: Right before a denied condition: a course of it the vocabularies fold into the whole condition ("not used for
#: primary progressive MS", "not for secondary progressive Y"): that course only is denied, the drug may treat
#: another course of Y (its relapsing form), and no qualifier carries a course, so no claim (decision 1083).
PROGRESSIVE_COURSE_BEFORE = re.compile(
    r"\b(primary|secondary)[- ]progressive\s+(forms?\s+of\s+|kinds?\s+of\s+)?[*_]{0,2}$", re.I
)
#: Right before a denied condition that a relative clause then narrows: "the kind of Y that ...", "the sort of Y you
#: get from ...", "the type of Y which ...": the kind told by the clause is denied, not Y (decision 1083).
KIND_OF_BEFORE = re.compile(r"\b(the|this|that|a)\s+(kinds?|types?|forms?|sorts?)\s+of\s+[*_]{0,2}$", re.I)
KIND_CLAUSE_NEXT = re.compile(r"[*_]{0,2}\s+(that|which|where|when|you|people|we|they|some)\b", re.I)
#: Right after a denied condition: the condition named as a kind of another ("the constipation kind of IBS", "the
#: diarrhoea type of Y"): the other condition's kind is denied, not the named sign (decision 1083).
KIND_OF_AFTER = re.compile(r"[*_]{0,2}\s+(kinds?|types?|forms?|sorts?)\s+of\b", re.I)
#: Right before a denied condition: its ordinary case ("not a treatment for ordinary obesity", "not for everyday Y")
#: contrasted in the sentence with the narrower case the drug is only for ("...; it only works in a few genetic
#: conditions", "it's only for these pustular flares"): the drug's use is a kind of Y, so the denial of ordinary Y is
#: no denial of Y (decision 1083). Without that contrast the golds read "not for ordinary tension headaches" as a
#: denial of the condition (another illness than the drug's) and it stays.
ORDINARY_BEFORE = re.compile(
    r"\b(ordinary|normal|everyday|every-day|usual|typical|common-or-garden|run-of-the-mill)\s+([\w-]+\s+)?[*_]{0,2}$",
    re.I,
)
ONLY_USE_AFTER = re.compile(
    r"\b(only|just)\s+(works?|helps?|treats?|for|used|in|meant|licensed|approved)\b|"
    r"\b(works?|is|it[’']s|are)\s+(only|just)\s+(for|in|used|meant)\b",
    re.I,
)

#: Right after a denied condition: a limit of place or of the drug's share that narrows the denial ("won't treat Y
#: anywhere outside the leg", "does not treat Y beyond the skin", "won't cure Y on its own"): the use is denied
#: there or alone only, the drug may treat Y where it is given or with a partner, and no qualifier carries the limit,
#: so no claim (decision 1119, extending 1083's qualified denials).
LIMITED_AFTER = re.compile(
    r"[*_]{0,2},?\s+(anywhere\s+(else|outside|beyond)|elsewhere\b|outside\s+(of\s+)?(the|your|its|his|her|their|this|that)\b|"
    r"beyond\s+(the|your|its|his|her|their|this|that)\b|on\s+(its|their)\s+own\b|by\s+(itself|themselves)\b|"
    r"alone\b)",
    re.I,
)


#: Around a denied condition: a sudden or acute attack of it ("not a treatment for a sudden asthma attack", "not for an
#: acute gout flare"): the case denied, the drug may treat the condition itself (decision 0841; "an attack of Y":
#: narrowed_kinds.ATTACK_BEFORE).
ACUTE_BEFORE = re.compile(r"\b(sudden|acute)\s+[*_]{0,2}$", re.I)
ATTACK_AFTER = re.compile(r"[*_]{0,2}\s+(attacks?|flares?|flare-ups?|episodes?)\b", re.I)
#: Right after a denied condition: an attack of it in its course ("does nothing for an angina attack already under way",
#: "not for a migraine attack once it has started", "an asthma attack in progress"): that phase is denied, the drug may
#: prevent the attacks (decision 0938, as 0812's STAGE_AFTER).
PHASE_AFTER = re.compile(
    r"[*_]{0,2}\s+(attacks?|flares?|flare-ups?|episodes?)\s+((that|which)\s+(is|are|has|have)\s+)?(already\s+)?"
    r"(under\s?way|in\s+progress|started|begun|set\s+in)\b"
    r"|[*_]{0,2}\s+(attacks?|flares?|flare-ups?|episodes?),?\s+(once|after|when)\s+(it|they)\s+(has|have|is|are)\s+"
    r"(already\s+)?(started|begun|under\s?way|set\s+in|come\s+on)\b",
    re.I,
)


def _kind_named(text: str, mention: tuple) -> bool:
    """Whether the denied condition `mention` is named as a narrower kind of the concept it was recognised as: by a
    relative clause of its main trouble, an attack or a stage of it, or words in its name the entity's
    name lacks (decision 0812).

    >>> _kind_named("not for absence seizures", (8, 24, "seizure", "Symptom"))
    True
    >>> _kind_named("not for seizures", (8, 16, "seizure", "Symptom"))
    False
    >>> _kind_named("not for a sudden asthma attack", (17, 23, "asthma", "Disease"))
    True
    >>> _kind_named("not for an asthma attack", (11, 17, "asthma", "Disease"))
    False
    >>> t = "not for IBS where diarrhoea is the main problem"
    >>> _kind_named(t, (8, 11, "irritable-bowel-syndrome", "Disease"))
    True
    """
    if KIND_CLAUSE_AFTER.match(text, mention[1]):
        return True
    if ATTACK_BEFORE.search(text, max(0, mention[0] - 30), mention[0]) or STAGE_AFTER.match(text, mention[1]):
        return True
    if ATTACK_AFTER.match(text, mention[1]) and ACUTE_BEFORE.search(text, max(0, mention[0] - 20), mention[0]):
        return True  # ("not for a sudden asthma attack": decision 0841)
    if PHASE_AFTER.match(text, mention[1]):
        return True  # ("does nothing for an angina attack already under way": decision 0938)
    # the mention's own words hold the kind ("absence seizures" read as seizures: doubts.coarse's first reading)
    named, entity = _words_of(text[mention[0] : mention[1]]), _slug_words(mention[2])
    if not entity or len(named) <= len(entity) or named[-len(entity) :] != entity:
        return False
    return not set(named[: -len(entity)]) <= GENERIC | SITE_WORDS


#: The head of a described feature that is one general sign of the condition ("the dull ache of Y", "the burning pain
#: of Y", "the constant itch of Y"): the golds read a denial of it as the condition's, as "the pain of Y" (decision
#: 0919); a part of the body so described ("the aching joints of Y") stays a feature.
GENERAL_SIGN_HEADS = frozenset(
    ["ache", "aches", "aching", "pain", "pains", "discomfort", "soreness", "sickness", "itch", "itching", "rash"]
)


def _feature_of(text: str, mention: tuple) -> bool:
    """Whether the condition `mention` is named only as the owner of one feature of it ("the tight skin of Y").

    >>> _feature_of("it does not treat the tight skin of scleroderma", (36, 47, "scleroderma", "Disease"))
    True
    >>> _feature_of("it is not used for the treatment of scleroderma", (36, 47, "scleroderma", "Disease"))
    False
    >>> _feature_of("it does nothing for the dull ache of sinusitis", (37, 46, "sinusitis", "Disease"))
    False
    """
    found = FEATURE_OF_BEFORE.search(text, max(0, mention[0] - 50), mention[0])
    if found is None:
        return False
    words = [w.strip(",").lower() for w in found.group("feature").split()]
    if words[-1] in GENERAL_SIGN_HEADS:
        return False  # ("the dull ache of sinusitis": one general sign described, read as the condition; 0919)
    return WHOLE_OF.isdisjoint(words)


def _severity_kept(unit: Unit, f: Found) -> Found:
    """A contraindication in a condition the sentence names with its severity ("not advised in severe liver failure")
    keeps the severity as a qualifier: without it the claim forbids the drug in every degree of the condition
    (decision 0832).

    >>> u = Unit("X is not advised in severe liver failure.", [(0, 1, "x", "Drug"), (27, 40, "liver-failure", "D")])
    >>> _severity_kept(u, Found("x", "contraindicatedIn", "liver-failure", "r")).qualifiers
    (('severity', ('severe',)),)
    """
    spans = [m for m in unit.mentions if m[2] == f.object]
    if not spans or any(k == "severity" for k, _ in f.qualifiers):
        return f
    start, end = spans[0][0], spans[0][1]
    # (the severity before the name, or inside the mention when the recogniser took it in: "severe liver failure")
    severity = SEVERITY_BEFORE.search(unit.text, max(0, start - 40), start) or SEVERITY_OPENING.match(
        unit.text, start, end
    )
    if severity is None:
        return f
    kept = (*f.qualifiers, ("severity", (re.sub(r"\s+", " ", severity.group("severity").lower()),)))
    return dataclasses.replace(f, qualifiers=kept)


def restricted_denials(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each denied use restricted to a part of its condition or people qualified by that part, or left
    out where no qualifier can carry the part.

    >>> u = Unit("X is not used for mild acne.", [(0, 1, "x", "Drug"), (23, 27, "acne", "Disease")])
    >>> [f.qualifiers for f in restricted_denials(u, [Found("x", "treats", "acne", "r", negated=True)])]
    [(('severity', ('mild',)),)]
    >>> u = Unit("Some people find that X does not help their pain.",
    ...     [(22, 23, "x", "Drug"), (44, 48, "pain", "Symptom")])
    >>> restricted_denials(u, [Found("x", "treats", "pain", "r", negated=True)])
    []
    >>> u = Unit("X is not a long-term treatment for Y.", [(0, 1, "x", "Drug"), (35, 36, "y", "Disease")])
    >>> restricted_denials(u, [Found("x", "treats", "y", "r", negated=True)])
    []
    """
    out = []
    for f in found:
        if f.predicate == "contraindicatedIn":
            # (its severity, recency, phase or age limit kept, or no claim where none can be: decision 0882)
            kept = restriction_kept(unit, _severity_kept(unit, f))
            if kept is not None:
                out.append(kept)
            continue
        if f.predicate == "causes" and f.negated:
            causes = [m for m in unit.mentions if m[2] == f.subject]
            if causes and KIND_OF_CAUSE_BEFORE.search(unit.text, max(0, causes[0][0] - 30), causes[0][0]):
                continue  # "Y is not caused by a new infection": that kind of cause only (decision 0833)
            out.append(f)
            continue
        if not (f.predicate == "treats" and f.negated):
            out.append(f)
            continue
        spans = [m for m in unit.mentions if m[2] == f.object]
        if not spans:
            out.append(f)
            continue
        m = spans[0]
        if SUBGROUP.search(unit.text, 0, m[0]):
            continue  # "some people find that X does not help their Y"
        if FIRST_EVENT_BEFORE.search(unit.text, max(0, m[0] - 80), m[0]):
            continue  # "no longer recommended for preventing a first Y"
        if PART_BEFORE.search(unit.text, max(0, m[0] - 40), m[0]):
            continue  # "not used for most Ys"
        if COURSE_BEFORE.search(unit.text, max(0, m[0] - 30), m[0]):
            continue  # "not used in permanent AF": a course of Y only (decision 0810)
        if DURATION_BEFORE.search(unit.text, max(0, m[0] - 60), m[0]):
            continue  # "not a long-term treatment for Y": denied for that length of time only
        if FREQUENCY_AFTER.match(unit.text, m[1]) or FREQUENCY_BEFORE.search(unit.text, max(0, m[0] - 60), m[0]):
            continue  # "isn't used for Y much", "not often used for Y": how often, not whether
        if PEOPLE_WITHOUT_AFTER.match(unit.text, m[1]):
            continue  # "not a treatment for Y in people who are not Z": the denial is of that group only (0835)
        if NAMED_KIND_OF_BEFORE.search(unit.text, max(0, m[0] - 60), m[0]) or BODY_PART_AFTER.match(unit.text, m[1]):
            continue  # "not for the nodular kind of Y", "not for Y on the hands": that kind or place only (0865)
        if STAGE_BEFORE.search(unit.text, max(0, m[0] - 30), m[0]):
            continue  # "not used for early Y": that stage only (decision 0871)
        if any(NARROWING_CLAUSE_AFTER.match(unit.text, n[1]) for n in spans):
            # "not used for Y that gets worse at rest": that narrower kind only (decision 0871); any mention of Y
            # (the first may be another clause's: "not a cure for the Z that causes Y, and not used for Y that ...")
            continue
        if ACUTE_FLARE_BEFORE.search(unit.text, max(0, m[0] - 40), m[0]):
            continue  # "not a treatment for a sudden flare of Y": that case only (decision 0875)
        if LACKING_AFTER.match(unit.text, m[1]):
            continue  # "not for Y without the Z change": that kind only (decision 0884)
        if m[3] not in ("Disease",) and CLASS_NOUN_AFTER.match(unit.text, m[1]):
            continue  # "not for other inherited bleeding disorders": a class of conditions, not the sign (0884)
        if all(_feature_of(unit.text, n) for n in spans):
            continue  # "does not treat the tight skin of Y": the feature denied, not Y (decision 0884)
        if PROGRESSIVE_COURSE_BEFORE.search(unit.text, max(0, m[0] - 40), m[0]):
            continue  # "not used for primary progressive MS": that course only (decision 1083)
        if any(
            KIND_OF_BEFORE.search(unit.text, max(0, n[0] - 30), n[0]) and KIND_CLAUSE_NEXT.match(unit.text, n[1])
            for n in spans
        ) or KIND_OF_AFTER.match(unit.text, m[1]):
            continue  # "the kind of Y that ...", "the constipation kind of IBS": a kind only (decision 1083)
        if ORDINARY_BEFORE.search(unit.text, max(0, m[0] - 30), m[0]) and ONLY_USE_AFTER.search(unit.text, m[1]):
            continue  # "not for ordinary obesity; it only works in BBS": the drug's use is a kind of Y (1083)
        if LIMITED_AFTER.match(unit.text, m[1]):
            continue  # "won't treat Y anywhere outside the leg", "not Y on its own": that limit only (decision 1119)
        if _kind_named(unit.text, m):
            continue  # "not for Y where Z is the main problem", "not for absence Ys", "not for a sudden attack of Y"
        qualifiers = dict(f.qualifiers)
        severity = SEVERITY_BEFORE.search(unit.text, max(0, m[0] - 40), m[0])
        if severity and "severity" not in qualifiers:
            qualifiers["severity"] = (re.sub(r"\s+", " ", severity.group("severity").lower()),)
        before = PEOPLE_BEFORE.search(unit.text, max(0, m[0] - 80), m[0])
        if before:
            groups = [p[2] for p in unit.mentions if p[3] == "Population" and before.start() <= p[0] < m[0]]
            if not groups:
                continue  # a group the lexicon does not name: nothing carries the restriction
            qualifiers.setdefault("population", (groups[0],))
        people = PEOPLE_AFTER.match(unit.text, m[1])
        if people:
            groups = [p for p in unit.mentions if p[3] == "Population" and m[1] <= p[0] < m[1] + PEOPLE_REACH]
            if not groups:
                continue  # a group the lexicon does not name: nothing carries the restriction
            qualifiers.setdefault("population", (groups[0][2],))
            age = group_age(unit.text, groups[0])
            if age is None:
                continue  # ("not for Y in children under 15 kg": no qualifier carries a weight, decision 0882)
            if age:
                # ("in children under 12": decision 0882; beside a "prevention" the use carries already)
                qualifiers["temporalContext"] = (*qualifiers.get("temporalContext", ()), age)
        if qualifiers != dict(f.qualifiers):
            f = dataclasses.replace(f, qualifiers=tuple(qualifiers.items()))
        out.append(f)
    return out


#: Before a side effect's cue: its commonness denied ("is not a common / usual / frequent side effect", "is not one of
#: the common side effects", "is not among the common ones"): the golds' frequency "uncommon" (negation.NOT_COMMON).
NOT_COMMON_CUE = re.compile(
    r"\bnot\s+(an?\s+|one\s+of\s+the\s+|among\s+the\s+)?((very|more|most)\s+)?(common|usual|frequent)\s+"
    r"((side|adverse|unwanted)\s+)?effects?\b",
    re.I,
)
UNCOMMON = ("frequency", ("uncommon",))


def uncommon_effects(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each asserted side effect whose commonness the sentence denies given the frequency "uncommon".

    >>> u = Unit("Y is not a common side effect of X.", [(0, 1, "y", "Symptom"), (33, 34, "x", "Drug")])
    >>> [f.qualifiers for f in uncommon_effects(u, [Found("x", "hasAdverseEffect", "y", "named-side-effect")])]
    [(('frequency', ('uncommon',)),)]
    """
    cue = NOT_COMMON_CUE.search(unit.text)
    if cue is None:
        return found
    out = []
    for f in found:
        # the effect named before the denied commonness, the drug after it
        if (
            f.predicate == "hasAdverseEffect"
            and not f.negated
            and not dict(f.qualifiers).get("frequency")
            and any(m[2] == f.object and m[1] <= cue.start() for m in unit.mentions)
            and any(m[2] == f.subject and m[0] >= cue.end() for m in unit.mentions)
        ):
            f = dataclasses.replace(f, qualifiers=(*f.qualifiers, UNCOMMON))
        out.append(f)
    return out


#: Right after a denied object's mention: the possessive "'s" ("the brain's serotonin system", "asthma's swelling of
#: the airways"): the mention names whose part the sentence denies, not the part itself (decision 0808).
POSSESSIVE_AFTER = re.compile(r"[\u2019']s\b")


def possessor_denials(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without a denial whose object is named only as the owner of the thing denied: "It does not act on the
    brain's serotonin system" denies that system, not that the drug acts on the brain; "It does not treat asthma's
    cause" denies a treatment of the cause only (decision 0808). An object also named plainly keeps its denial.

    >>> u = Unit("X does not act on the brain's serotonin system.", [(0, 1, "x", "Drug"), (22, 27, "brain", "Site")])
    >>> possessor_denials(u, [Found("x", "actsOn", "brain", "r", negated=True)])
    []
    >>> u = Unit("X does not act on the brain.", [(0, 1, "x", "Drug"), (22, 27, "brain", "Site")])
    >>> [f.object for f in possessor_denials(u, [Found("x", "actsOn", "brain", "r", negated=True)])]
    ['brain']
    """
    out = []
    for f in found:
        spans = [m for m in unit.mentions if m[2] == f.object]
        if f.negated and spans and all(POSSESSIVE_AFTER.match(unit.text, m[1]) for m in spans):
            continue
        out.append(f)
    return out
