"""A treatment named for the person a story is about (decision 0875): "Margaret has pulmonary arterial hypertension.
... Her team started her on bosentan. It is a long-term treatment for her condition". A story about one person names
the person's illness once ("Margaret has Y", "He was diagnosed with Y", "I live with Y") and later says of the drug
only what kind of treatment it is for them ("It is a long-term treatment", "It is an add-on treatment for him"). The
treatment is the illness's: the drug treats Y.

Strict on purpose:
- the illness: a sentence opening with the person (a name, a pronoun or "my/our/his/her" and a noun) and a verb of
  having ("has", "was diagnosed with", "lives with", "suffers from"), or a told diagnosis inside it ("a doctor told
  me I had Y", "... said that they have Y"), naming one illness (a Disease) right after it and no agent; a later
  such sentence naming another illness replaces it (the story moved on to another person);
- the treatment: a sentence opening with the drug (its name, or "It"/"This" for the drug in focus), a copula and a
  noun of treatment with a word of its use only ("a long-term treatment", "an add-on treatment", "the standard
  treatment", "a short-term treatment for him"), nothing after the noun but the clause's end, the person ("for
  her"), or the person's illness by a general word ("for her condition"); or a sentence opening with the person, who
  takes or uses "it" or the document's drug by name ("She takes it as an add-on, long-term", "Geoff wears a
  rotigotine patch", "Her team started her on bosentan"), the sentence naming no other entity; no negation in it.
A noun of treatment with its own condition ("a treatment for Y") is the cue rules'.
"""

from __future__ import annotations

import re

from graph_build.text.relate_cues import _use_status
from graph_build.text.subjects import pronoun_referent
from graph_build.text.units import AGENT, COND, Discourse, Found, Unit
from graph_build.text.use_contexts import _a_form

#: A sentence opening with the person and a verb of having, then at most three words before the illness.
PERSON_HAS = re.compile(
    r"\W*(I|(?i:he|she|they|we)|(?i:my|our|his|her|their)\s+[a-z]+|[A-Z][a-z]+(\s+[A-Z][a-z]+)?)\s+"
    # (never a bare "had": "Dennis had breathlessness and swollen ankles" tells past signs, "Priya had an infection"
    # an episode over)
    r"(has|have|(has|have)\s+had|(was|were|has\s+been|have\s+been)\s+diagnosed\s+with|lives?\s+with|"
    r"suffers?\s+from|(has|have)\s+lived\s+with)\s+((a|an|the|severe|mild|moderate|long-standing|chronic)\s+){0,3}$",
)
#: Inside a sentence: the person's illness as someone told or found it ("a urologist told me I had Y", "pickers have
#: told the supervisor that they have Y"): a told diagnosis, so "had" counts here; "I thought I had Y" does not.
PERSON_TOLD_HAS = re.compile(
    r"\b(that|told\s+(me|him|her|them|us))\s+(I|he|she|they|we)\s+(had|have|has)\s+"
    r"((a|an|the|severe|mild|moderate|long-standing|chronic)\s+){0,3}$",
    re.I,
)
#: The words that name a use of the drug's treatment (its length, its place among the treatments, its role).
USE_WORDS = (
    r"long-term|short-term|longer-term|add-on|second-line|first-line|first-choice|maintenance|rescue|lifelong|"
    r"standard|usual|main|regular|extra|daily"
)
#: A sentence opening with the drug's pronoun or name, a copula and a noun of treatment with words of its use only,
#: then the clause's end, the person, or the person's illness by a general word.
TREATMENT_NOUN = re.compile(
    r"\s*(\*\*|__)?(?P<subject>it|this|this\s+medicine|[\w-]+(\s+[\w-]+)?)(\*\*|__)?\s+is\s+(also\s+|now\s+)?"
    rf"(a|an|the|his|her|their|my|our)\s+(({USE_WORDS})\s+){{1,2}}(treatment|medicine|therapy)"
    r"(\s+for\s+(him|her|them|me|us|you|(her|his|their|my|our|your|this|the)\s+(condition|problem|illness)))?"
    r"\s*([,.;:]|$|\s+and\b)",
    re.I,
)
#: The drug in focus by a pronoun opening the sentence.
OPENING_PRONOUN = re.compile(r"it|this|this\s+medicine", re.I)
#: A sentence opening with the person, who takes or uses "it" (the document's drug): "She takes it as an add-on,
#: long-term", "He will keep using it for years", "Dennis expects to take it for good".
TAKES_IT = re.compile(
    r"\s*(he|she|they|I|we|[A-Z][a-z]+)\s+((will|would|can|must|should|now|still|also|usually|always|expects?|"
    r"plans?|hopes?|needs?|has|have|had|keeps?|to|keep|probably|may|might)\s+){0,4}"
    r"(take|takes|taking|took|taken|use|uses|using|used|wear|wears|wearing|inject|injects|injecting|stay\s+on|"
    r"stays\s+on|staying\s+on)\s+it\b",
)
#: Before the document's drug, opening the sentence: the person who takes or uses it ("Geoff wears a rotigotine
#: patch", "Keith takes pentosan", "Tom now has mepolizumab"), or whoever started the person on it ("Her team started
#: her on bosentan", "His GP put him on X").
TAKES_NAMED = re.compile(
    # (an opening phrase of time first: "For the past year Tom has used X")
    r"\s*((?i:for|since|over|in|last|this|every|now)\b[^,.;]{0,30}?,?\s+)?(\W*((?i:he|she|they|we)|I|[A-Z][a-z]+)\s+((will|now|still|also|usually|always|has|have|had|is|was)\s+){0,2}"
    r"(take|takes|taking|took|use|uses|using|used|wear|wears|wearing|inject|injects|has|had|gets|got|receives|"
    r"started\s+on|been\s+on|is\s+on|was\s+on)|"
    r"\W*(?i:his|her|their|my|our)\s+([\w-]+\s+){1,2}(started|put|switched|moved)\s+(him|her|them|me|us)\s+(on|onto)"
    r")\s+(a\s+|an\s+|the\s+)?[*_]{0,2}",
)
NEGATION = re.compile(r"\b(not|n[\u2019']t|never|no\s+longer)\b", re.I)
#: Right after the illness: another one coordinated with it ("asthma and diabetes", "asthma, diabetes and gout"),
#: recognised or not; a clause about it (", which ...", ", and she ...") or the sentence's end is no coordination.
COORDINATED = re.compile(
    r"[\s*_]*((and|or|as\s+well\s+as)\s+(?!(she|he|they|it|this|that|her|his|their|so|has|had|is|was)\b)|"
    r",(?!\s*(which|who|that|where|and|but|so|a|an|the|since|for)\b))",
    re.I,
)
#: Right after the illness: words that narrow it to a kind the recognised name does not hold ("an infection of the
#: bowel called C. diff", "a cancer in the blood", "pain caused by a trapped nerve").
NARROWED_AFTER = re.compile(
    r"[\s*_]*(of|called|named|known\s+as|caused\s+by|due\s+to|from|in\s+(the|her|his|their|my|our|both))\b", re.I
)
#: The illnesses a story's person has (Disease only: a symptom is no illness the drug is said to treat).
ILLNESS = frozenset({"Disease", "DiseaseOrCondition"})


def note_person_condition(unit: Unit, ctx: Discourse) -> None:
    """Keep the illness a sentence says the story's person has ("Margaret has Y") in `ctx.person_condition`."""
    if any(m[3] in AGENT for m in unit.mentions):
        return
    illnesses = [m for m in unit.mentions if m[3] in ILLNESS]
    if not illnesses:
        return
    first = illnesses[0]
    if not (
        PERSON_HAS.fullmatch(unit.text, 0, first[0]) or PERSON_TOLD_HAS.search(unit.text, 0, first[0])
    ) or NEGATION.search(unit.text, 0, first[0]):
        return
    if NARROWED_AFTER.match(unit.text, first[1]):
        return  # ("Priya had an infection of the bowel called C. diff": a narrower illness than the one recognised)
    if COORDINATED.match(unit.text, first[1]):
        return  # ("Dennis has asthma and diabetes": which one a treatment is for is not said)
    ctx.person_condition = first[2]


def person_uses(unit: Unit, ctx: Discourse) -> list[Found]:
    """The use "It is a long-term treatment (for her condition)" states, for the illness the story's person has.

    >>> ctx = Discourse(focus="x", person_condition="y")
    >>> [(f.subject, f.object) for f in person_uses(Unit("X is a long-term treatment.", [(0, 1, "x", "Drug")]), ctx)]
    [('x', 'y')]
    >>> person_uses(Unit("X is a treatment for Z.", [(0, 1, "x", "Drug"), (22, 23, "z", "Disease")]), ctx)
    []
    """
    if ctx.person_condition is None:
        return []
    denied = NEGATION.search(unit.text) is not None
    taken = None if denied else TAKES_IT.match(unit.text)
    if taken and ctx.main and not any(m[0] < taken.end() for m in unit.mentions):
        pronoun = re.compile(r"it").search(unit.text, taken.end() - 2)
        who = pronoun_referent(unit, pronoun, {"Drug"}, ctx) if pronoun else None
        if who is not None and who.slug == ctx.main != ctx.person_condition:
            return [_person_use(ctx.main, ctx, _use_status(unit.text.lower()), who.resolved_from)]
    agents = [m for m in unit.mentions if m[3] in AGENT]
    if (
        agents
        and not denied
        and agents[0][2] == ctx.main != ctx.person_condition
        # (a form of it may be named, "a rotigotine patch"; no condition and no other agent)
        and not any(
            m[3] in COND or (m[3] in AGENT and m[2] != ctx.main and not _a_form(unit.text, m)) for m in unit.mentions
        )
        and TAKES_NAMED.fullmatch(unit.text, 0, agents[0][0])
    ):
        return [_person_use(ctx.main, ctx, _use_status(unit.text.lower()))]
    match = TREATMENT_NOUN.match(unit.text)
    if match is None or NEGATION.search(unit.text, 0, match.end()):
        return []  # (a negation after the phrase is another clause's: "added on when the others do not control Y")
    if any(m[3] not in AGENT and m[0] < match.end() for m in unit.mentions):
        return []  # (a condition or another entity inside the phrase: the cue rules' reading)
    subject_at = match.start("subject"), match.end("subject")
    agents = [m for m in unit.mentions if m[3] in AGENT and m[0] >= subject_at[0] and m[1] <= subject_at[1]]
    resolved = ""
    if agents:
        subject = agents[0][2]
    else:
        pronoun = OPENING_PRONOUN.fullmatch(unit.text, subject_at[0], subject_at[1])
        if pronoun is None:
            return []
        who = pronoun_referent(unit, pronoun, {"Drug"}, ctx)
        if who is None or not who.slug:
            return []
        subject, resolved = who.slug, who.resolved_from
    if subject == ctx.person_condition:
        return []
    qualifiers = _use_status(unit.text[match.start() : match.end()].lower())
    return [_person_use(subject, ctx, qualifiers, resolved)]


def _person_use(subject: str, ctx: Discourse, qualifiers: tuple, resolved_from: str = "") -> Found:
    """The asserted use of `subject` for the condition the text's person has (rule person-treatment)."""
    return Found(
        subject,
        "treats",
        ctx.person_condition,
        "person-treatment",
        False,
        "Asserted",
        qualifiers,
        resolved_from=resolved_from,
    )
