"""The illness a story's person is said to have is what the passage after it is about (decision 0889).

Lay writers introduce a condition through the person who has it: "Mrs Pym has hereditary angioedema, a rare
condition that runs in families.", "I have a blood condition called essential thrombocythaemia.", "I have a
phaeochromocytoma, a tumour of the adrenal gland.", "Sue was told she has chronic myeloid leukaemia, or CML." The
sentences after it describe the illness without naming it again: "It causes attacks of headache and sweating",
"Its symptoms are A and B", "Some people also get C". Those signs are the illness's (hasPhenotype), as they are after
a sentence that opens with the illness itself ("Gout is common. It causes ..."; decisions 0684, 0768).

`story_illness` reads the person's illness with person_uses' patterns (decision 0875: a person, a verb of having,
at most three words, one illness named right after it, no agent, no denial before it), and two more general ways of
saying it: the illness named by a kind of condition first ("a (rare) blood condition called Y", "a lung disease
known as Y") and a told diagnosis without a named hearer ("Sue was told she has Y"). A name in apposition that is
the same illness ("Y, or CML", "Y, usually shortened to ITP", "Y (CML)") is no second illness; any other coordinated
illness ("asthma and diabetes") leaves it unsaid which one the passage goes on about.
"""

from __future__ import annotations

import re

from graph_build.text.person_uses import COORDINATED, ILLNESS, NARROWED_AFTER, NEGATION, PERSON_HAS, PERSON_TOLD_HAS
from graph_build.text.units import AGENT, Discourse, Unit

#: The person and a verb of having, then a kind of condition and its name's lead ("I have a blood condition called",
#: "Tom has a rare lung disease known as", "She was diagnosed with an illness called"): the illness after it.
PERSON_HAS_KIND = re.compile(
    r"\W*(I|(?i:he|she|they|we)|(?i:my|our|his|her|their)\s+[a-z]+|[A-Z][a-z]+(\s+[A-Z][a-z]+)?)\s+"
    r"(has|have|(has|have)\s+had|(was|were|has\s+been|have\s+been)\s+diagnosed\s+with|lives?\s+with|suffers?\s+from)"
    r"\s+(a|an)\s+([a-z-]+\s+){0,3}?(condition|illness|disease|disorder|problem|syndrome)\s+"
    r"(called|known\s+as|named)\s+[*_]{0,2}$",
)
#: The person and "has / have" with up to two words of its own before the illness the recogniser names ("Derek has
#: obstructive hypertrophic cardiomyopathy", "Margaret has severe eosinophilic asthma": a narrower kind, still the
#: illness the passage is about).
PERSON_HAS_QUALIFIED = re.compile(
    r"\W*(I|(?i:he|she|they|we)|[A-Z][a-z]+(\s+[A-Z][a-z]+)?)\s+(has|have)\s+((a|an)\s+)?"
    r"((?!(?:no|not|never|been|taken|used|stopped|tried|had\s+no)\b)[a-z'-]+\s+){1,2}$"
)
#: A diagnosis told without naming the hearer: "Sue was told she has Y", "Last year I was told I had Y".
TOLD_HAS = re.compile(r"\b(was|were)\s+told\s+(that\s+)?(I|he|she|they|we)\s+(had|have|has)\s+((a|an|the)\s+)?$", re.I)
#: A word of having or being told, without which a sentence says no person's illness (a cheap test first).
HAVING = re.compile(r"\b(has|have|had|with|from|told)\b", re.I)
#: Right after the illness, another name of it: "Y, or CML", "Y, usually shortened to ITP", "Y (CML)", "Y, also
#: called Z", "Y, known as Z".
ALIAS_AFTER = re.compile(
    r"[*_]*\s*(\(|,\s*(or|also\s+(called|known\s+as)|known\s+as|usually\s+(shortened|called|known)\s+(to|as)|"
    r"often\s+(shortened|called|known)\s+(to|as)|called|for\s+short)\b)",
    re.I,
)


def story_illness(unit: Unit) -> str | None:
    """The one illness (a Disease) a sentence says the story's person has, else None; a bullet, a list item or a
    sentence naming an agent says none.

    >>> u = Unit("Mrs Pym has hereditary angioedema, a rare condition.", [(12, 33, "hae", "Disease")])
    >>> story_illness(u)
    'hae'
    >>> story_illness(Unit("I have a blood condition called Y.", [(32, 33, "y", "Disease")]))
    'y'
    >>> story_illness(Unit("Sue was told she has Y, or CML, a cancer.", [(21, 22, "y", "Disease")]))
    'y'
    >>> story_illness(Unit("Dennis has asthma and gout.", [(11, 17, "asthma", "Disease"), (22, 26, "gout", "Disease")]))
    >>> story_illness(Unit("Tom has Y. He takes X.", [(8, 9, "y", "Disease"), (20, 21, "x", "Drug")]))
    >>> story_illness(Unit("Dennis does not have Y.", [(21, 22, "y", "Disease")]))
    """
    if unit.bullet or unit.item or any(m[3] in AGENT for m in unit.mentions):
        return None
    illnesses = [m for m in unit.mentions if m[3] in ILLNESS]
    if not illnesses:
        return None
    first = illnesses[0]
    text = unit.text
    said = (
        PERSON_HAS.fullmatch(text, 0, first[0])
        or PERSON_HAS_QUALIFIED.fullmatch(text, 0, first[0])
        or PERSON_TOLD_HAS.search(text, 0, first[0])
        or PERSON_HAS_KIND.fullmatch(text, 0, first[0])
        or TOLD_HAS.search(text, 0, first[0])
    )
    if not said or NEGATION.search(text, 0, first[0]) or NARROWED_AFTER.match(text, first[1]):
        return None
    if COORDINATED.match(text, first[1]) and not ALIAS_AFTER.match(text, first[1]):
        return None  # ("Dennis has asthma and diabetes": which one the passage goes on about is not said)
    return first[2]


def note_story_illness(ctx: Discourse, unit: Unit) -> None:
    """After a sentence that says the story's person has an illness, that illness is the one the running sentences are
    about (`ctx.sentence_condition`, for "Some people also get A"), the one an "It" opening the next sentence stands
    for (`ctx.said_of`, for "It causes A"), as after a sentence that opens with the illness, and the passage's story
    illness (`ctx.story_illness`, for "Its symptoms are A" under the same heading until a unit names an agent;
    decision 0889).

    >>> ctx = Discourse()
    >>> note_story_illness(ctx, Unit("I have a phaeochromocytoma, a tumour.", [(9, 26, "pcc", "Disease")]))
    >>> ctx.sentence_condition, ctx.said_of, ctx.story_illness
    ('pcc', 'pcc', ('pcc', ''))
    >>> note_story_illness(ctx, Unit("She takes X.", [(10, 11, "x", "Drug")]))
    >>> ctx.story_illness is None
    True
    """
    if ctx.story_illness and (ctx.story_illness[1] != unit.heading or any(m[3] in AGENT for m in unit.mentions)):
        ctx.story_illness = None
    if not HAVING.search(unit.text):
        return
    told = story_illness(unit)
    if told is None:
        return
    ctx.sentence_condition = told
    ctx.story_illness = (told, unit.heading)
    if unit.text.rstrip().endswith((".", "!")):
        ctx.said_of = told


def story_owner(ctx: Discourse, heading: str) -> str | None:
    """The story's illness of the passage a unit under `heading` is in, else None."""
    return ctx.story_illness[0] if ctx.story_illness and ctx.story_illness[1] == heading else None
