"""The signs a story's person had, told looking back (decision 0958): "For Jess it means A, B and C", "For me it began
with A", "For her that meant A", "Looking back, he had been waking with A", "..., but with hindsight I did have A",
"Before I was diagnosed I was always A", "For two years before it was diagnosed she got A".

Lay writers tell what an illness did to someone this way, after a sentence that names the illness ("Jess has
endometriosis."); every development sentence of these shapes gives the illness's signs in its gold. The owner is the
illness the running sentences are about: the one the sentence before opened with or was said of, a story's person's,
the passage's; else the one condition the last sentence named with no agent ("I was treated for Y last year.",
Discourse.last_condition) when the text has said a drug treats it; else the one illness named before the cue in the
sentence ("It was found at a check, though looking back she had A"). Nothing in a sentence naming an agent, nor
right after a sentence that named one ("I started X in May. For me it meant fewer headaches" is the drug's doing);
nothing without an owner. Each sign's polarity and hedge are ConText's; a sign word that only qualifies the next one
("shaking chills") is none of its own.

condition-course (relate_unowned.FLARE) reads "Before he was diagnosed, he had A" already (decision 0889); this reads
the same retelling with a linking or feeling verb ("he was always thirsty", "she got out of breath") and a time
before it ("For two years before it was diagnosed"), and adds no claim condition-course made.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.relate_objects import _objects, _status
from graph_build.text.story_illness import story_owner
from graph_build.text.units import AGENT, COND, DISEASE, Discourse, Found, Unit

#: Who a retelling is about: a pronoun or a capitalised name.
WHO = r"(?:she|he|they|I|we|(?-i:[A-Z][a-z]+))"

#: "For Jess (,) it / that / this (has) means / meant / began with / starts with".
FOR_WHOM = (
    r"for\s+(?:me|him|her|them|us|(?-i:[A-Z][a-z]+))\s*,?\s+(?:it|that|this)\s+"
    r"(?:(?:has|had|have|can|may|might|could|will|would|often|usually)\s+)?"
    r"(?:means?|meant|(?:begins?|began|begun|starts?|started)\s+with)\b"
)

#: "Looking back (,)", "With / In hindsight (,)": then what the person had.
HINDSIGHT = r"(?:looking\s+back|(?:with|in)\s+(?:the\s+benefit\s+of\s+)?hindsight)\b\s*,?"

#: "(For two years) before it / he was found / diagnosed / picked up (,) he was / felt / got / had (been)".
BEFORE = (
    r"(?:for\s+(?:\w+\s+){1,3})?before\s+(?:it|"
    + WHO
    + r")\s+(?:was|were)\s+(?:found|diagnosed|picked\s+up)\s*,?\s+"
    + WHO
    + r"\s+(?:(?:had\s+)?been\s+|(?:was|were)\s+|(?:felt|got|had|noticed|developed)\b)"
)

#: The retelling opens the sentence, or a clause after "but / though / and" ("It was picked up at a check, though
#: looking back she had been A").
RETOLD = re.compile(
    r"(?:^[\W_]*|[,;]\s+(?:but|though|although|and|yet)\s+)(?P<cue>" + FOR_WHOM + "|" + HINDSIGHT + "|" + BEFORE + ")",
    re.I,
)


def retold_owner(ctx: Discourse, heading: str) -> str | None:
    """The illness the running sentences are about, for a retelling that does not name it."""
    owner = (
        ctx.said_of
        or story_owner(ctx, heading)
        or ctx.sentence_condition
        or ctx.passage_condition
        or ctx.asked_condition
    )
    if owner is None and ctx.last_condition and any(c == ctx.last_condition for _, c in ctx.treated):
        # (a condition the last sentence only named - "I was treated for Y last year." - owns the retelling when it is
        # one the text has said a drug treats: the document's illness, not one named in passing or misread)
        owner = ctx.last_condition
    return owner


def retold_signs(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """retold-signs: the signs after a retelling cue, the running illness's (module doc).

    >>> u = Unit("For Jess it means pain and fatigue.", [(18, 22, "pain", "Symptom"), (27, 34, "fatigue", "Symptom")])
    >>> [(f.subject, f.object) for f in retold_signs(u, Discourse(said_of="y"), [])]
    [('y', 'pain'), ('y', 'fatigue')]
    >>> retold_signs(u, Discourse(said_of="y", last_agents=frozenset({"x"})), [])
    []
    """
    cue = RETOLD.search(unit.text)
    if cue is None or ctx.last_agents or any(m[3] in AGENT for m in unit.mentions):
        return []
    owner = retold_owner(ctx, unit.heading)
    if owner is None:
        # ("Her asthma was found at a check, though looking back she had A": the one illness named before the cue)
        before = {m[2] for m in unit.mentions if m[3] in DISEASE and m[1] <= cue.start("cue")}
        owner = before.pop() if len(before) == 1 else None
    if owner is None:
        return []
    stated = {(f.predicate, f.object) for f in found}
    out = []
    objects = _objects(unit, cue.end("cue"), set(COND), skip=owner, agents=AGENT)
    for m in objects:
        st = _status(unit, m)
        if st.absent or ("hasPhenotype", m[2]) in stated or ("causes", m[2]) in stated:
            continue
        if any(o[0] > m[1] and not unit.text[m[1] : o[0]].strip() for o in objects):
            continue  # ("shaking chills": the word qualifies the sign after it)
        out.append(Found(owner, "hasPhenotype", m[2], "retold-signs", st.negated, st.certainty, (), Decimal("0.5")))
    return out
