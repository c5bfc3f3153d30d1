"""Something that widens or narrows the blood vessels, said with a transitive verb (decision 0892): "Alcohol also
widens the blood vessels", "More cyclic GMP relaxes the blood vessels", "a hormone called angiotensin II, which
squeezes the blood vessels tight", "Unlike a triptan, it does not narrow the blood vessels".

The vessels' own movement is the process physiology names *vasodilation* or *vasoconstriction* (processes.VESSELS
reads it where the vessels are the verb's subject: "the vessels widen"); here the vessels are the verb's object, and
the verb's subject brings the process about: the development golds write that step as the subject *increases
vasodilation* (sealed29 alcohol, sealed46 and sealed82 cyclic GMP) or *increases vasoconstriction* (angiotensin II in
sealed24, sealed27, sealed36, sealed37 and sealed38; the triptans' denied narrowing in sealed81 and sealed82). A verb
of making with the vessels' own verb after it says the same ("Adenosine makes the blood vessels widen": sealed26's
*adenosine increases vasodilation*; relate_cues reads it so).

`vessel_objects` names the vessels after such a verb as the process (a mention for the recogniser, minted as
processes.py mints a process: no identifier); `vessel_acts` relates the verb's subject to it: the mention right
before the verb in its clause (processes' subject rules, subjects.process_subject: the pronoun's referent, "This"
for the step before), or the noun a relative "which / that" right after it stands for ("angiotensin II, which
squeezes ..."). A participle after a determiner ("narrows the widened blood vessels") is an adjective, no verb; a
denial or hedge of the verb is the claim's (relate_objects._status), but a stop the step before brought about ("With
the receptor blocked, CGRP can no longer widen the vessels") is neither a denial nor an act: no claim. A class
("vasodilators, which widen blood vessels") or a part of the subject ("remedies containing X squeeze the vessels")
is no subject. Rule id `vessel-verb`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.relate_objects import _status
from graph_build.text.subjects import NOBODY, Subject, process_subject
from graph_build.text.units import AGENT, PROCESS, Discourse, Found, Unit

#: The processes the vessels' widening or narrowing is named by.
VESSEL_PROCESSES = frozenset({"vasodilation", "vasoconstriction"})
#: A verb widening ("wide") or narrowing the vessels, and the vessels as its object ("np"): a determiner and a word
#: of size or place at most before them.
VESSEL_VERB = re.compile(
    r"\b(?:(?P<wide>widen(?:s|ed|ing)?|relax(?:es|ed|ing)?|dilat(?:e|es|ed|ing)|open(?:s|ed|ing)?(?:\s+up)?)"
    r"|tighten(?:s|ed|ing)?|narrow(?:s|ed|ing)?|squeez(?:e|es|ed|ing)|constrict(?:s|ed|ing)?"
    r"|clamp(?:s|ed|ing)?\s+down(?:\s+on)?)\s+"
    r"(?P<np>(?:(?:the|your|their|its|his|her|these|those)\s+)?"
    r"(?:(?:small|tiny|widened|narrowed|swollen|major|large|larger|smaller|lung|brain|cranial|coronary|nasal|"
    r"peripheral)\s+)?(?:blood\s+)?(?:vessels|arteries|arterioles))\b",
    re.I,
)
#: Right before the verb: a determiner or preposition that makes a participle an adjective ("the widened vessels").
ATTRIBUTIVE = re.compile(r"\b(the|a|an|these|those|its|your|their|with|of)\s+$", re.I)
#: Right before the verb, after a mention: a relative pronoun whose antecedent is that mention ("angiotensin II,
#: which squeezes", "angiotensin II that tightens"), auxiliaries and adverbs after it.
RELATIVE = re.compile(
    r",?\s+(which|that)\s+((can|may|might|could|will|would|also|then|normally|usually|often|in turn)\s+)*$", re.I
)
#: Right before the verb: a stop the step before brought about ("CGRP can no longer widen the vessels", "the hormone
#: cannot tighten them"): what the blocked act no longer does, neither a denial of the subject's act nor an act.
STOPPED_BEFORE = re.compile(r"\b(no\s+longer|cannot|can\s+not|can['’]t|unable\s+to)\s+$", re.I)
#: Classes that may widen or narrow the vessels (the rule's subject).
SUBJECTS = AGENT | PROCESS


def vessel_objects(text: str) -> list[tuple[int, int, list[str]]]:
    """The vessels named as the object of a verb widening or narrowing them: over the vessels' words, the process's
    name.

    >>> t = "Alcohol also widens the blood vessels."
    >>> [(t[a:b], " ".join(n)) for a, b, n in vessel_objects(t)]
    [('the blood vessels', 'vasodilation')]
    >>> t = "It narrows the widened blood vessels in the head."
    >>> [(t[a:b], " ".join(n)) for a, b, n in vessel_objects(t)]
    [('the widened blood vessels', 'vasoconstriction')]
    >>> vessel_objects("Blood flows through the widened blood vessels.")
    []
    """
    if "vessels" not in text and "arter" not in text:
        return []
    return [
        (m.start("np"), m.end("np"), ["vasodilation" if m.group("wide") else "vasoconstriction"]) for m in _verbs(text)
    ]


def _verbs(text: str) -> list[re.Match]:
    """The VESSEL_VERB matches of `text` whose verb is a verb: not a participle after a determiner ("the widened
    vessels"), nor a word that is also an adjective ("narrowed arteries", "through narrow vessels", "open vessels")
    unless a determiner opens the vessels' phrase ("narrows the arteries"); not opening the sentence."""
    out = []
    for m in VESSEL_VERB.finditer(text):
        verb = m.group(0).split()[0].lower()
        if m.group(0)[0].isupper() or ATTRIBUTIVE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if (verb.endswith("ed") or verb in ADJECTIVES) and not DETERMINER.match(m.group("np")):
            continue
        out.append(m)
    return out


#: Verb forms that are also adjectives of the vessels ("narrow vessels", "open arteries").
ADJECTIVES = frozenset({"narrow", "open"})
#: A determiner opening the vessels' phrase.
DETERMINER = re.compile(r"(the|your|their|its|his|her|these|those)\s", re.I)


def verb_object(text: str, mention: tuple) -> bool:
    """Whether `mention` is the vessels named as the object of a verb widening or narrowing them (`vessel_objects`):
    that verb's object, no other cue's ("makes less angiotensin II, a hormone that squeezes the blood vessels").

    >>> t = "It makes less angiotensin II, a hormone that squeezes the blood vessels."
    >>> verb_object(t, (54, 71, "vasoconstriction", "BiologicalProcess"))
    True
    """
    return mention[2] in VESSEL_PROCESSES and any(m.span("np") == (mention[0], mention[1]) for m in _verbs(text))


def vessel_acts(unit: Unit, ctx: Discourse) -> list[Found]:
    """vessel-verb claims: the subject of a verb widening or narrowing the vessels increases the process.

    >>> t = "Alcohol also widens the blood vessels."
    >>> u = Unit(t, [(0, 7, "alcohol", "Substance"), (20, 37, "vasodilation", "BiologicalProcess")])
    >>> [(f.subject, f.predicate, f.object, f.negated) for f in vessel_acts(u, Discourse())]
    [('alcohol', 'increases', 'vasodilation', False)]
    >>> t = "The body makes a hormone called angiotensin II, which squeezes the blood vessels tight."
    >>> u = Unit(t, [(32, 46, "angiotensin-ii", "Drug"), (63, 80, "vasoconstriction", "BiologicalProcess")])
    >>> [(f.subject, f.object) for f in vessel_acts(u, Discourse())]
    [('angiotensin-ii', 'vasoconstriction')]
    """
    text, out = unit.text, []
    for m in _verbs(text):
        vessels = next((x for x in unit.mentions if (x[0], x[1]) == m.span("np") and x[2] in VESSEL_PROCESSES), None)
        if vessels is None:
            continue
        if STOPPED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "With the receptor blocked, CGRP can no longer widen the vessels": the block's result, no denial
        who = _subject(unit, m.start(), ctx)
        if who.slug is None or who.slug in VESSEL_PROCESSES:
            continue
        st = _status(unit, vessels)
        if st.absent:
            continue
        out.append(
            Found(
                who.slug,
                "increases",
                vessels[2],
                "vessel-verb",
                st.negated,
                st.certainty,
                confidence=who.confidence,
                resolved_from=who.resolved_from,
            )
        )
    return out


def _subject(unit: Unit, verb: int, ctx: Discourse) -> Subject:
    """The verb's subject: the mention a relative pronoun right before the verb stands for, else processes' subject
    of a cue at the verb."""
    before = [x for x in unit.mentions if x[1] <= verb and x[3] in SUBJECTS]
    if before and RELATIVE.fullmatch(unit.text, before[-1][1], verb):
        who = Subject(before[-1][2], Decimal("0.7"))
    else:
        who = process_subject(unit, verb, SUBJECTS, ctx)
    named = [x for x in before if x[2] == who.slug]
    if not who.slug or (named and not who.resolved_from and _not_the_doer(unit, named[-1])):
        return NOBODY
    return who


#: Before a mention: a word that makes it part of a longer subject ("remedies containing X", "medicines such as X").
CONTAINED = re.compile(r"\b(containing|contain|such as|including|like)\s+([\w-]+\s+(or|and)\s+)?$", re.I)


def _not_the_doer(unit: Unit, mention: tuple) -> bool:
    """Whether a named subject is a class ("vasodilators, which widen blood vessels": what the kind does, no step of
    the text's medicine) or only part of the subject ("remedies containing X squeeze the vessels")."""
    return mention[3] == "DrugClass" or bool(CONTAINED.search(unit.text, max(0, mention[0] - 40), mention[0]))
