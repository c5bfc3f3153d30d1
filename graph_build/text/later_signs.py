"""Signs that a later clause gives to some of the people who have the condition (decision 0889).

Lay writers list a condition's usual signs and then add, in a clause of the same sentence, what only some people
get: "It causes a cough and breathlessness, and some people also have chest pain", "Its symptoms are wheezing and a
tight chest, and some people also have a blocked nose", "Most people with these pouches have no symptoms, but some
get tummy pain and bloating", "The stools are hard to pass, and some people also feel bloated". The clause's signs
belong to the condition the sentence (or the passage) is about, and the development golds write them Occasional
("some", "a few", "a small number"), asserted after "many" or "most".

`later_some_signs` reads such a clause after a comma, a semicolon or a dash, opening with who has the signs ("some
(people)", "a few", "many patients", "others", "some people with the condition") and a verb of having or feeling,
with no denial right after the verb ("many have no symptoms"), or a sign named as the verb ("and some people
faint"). Its owner is the one condition whose phenotype the sentence's earlier clause states (a claim already read),
else the illness the sentence opens with ("High blood pressure often causes no symptoms; a few people notice
headaches"), else the condition the passage is about (a heading that asks about it, or the illness the running
sentences opened with or a story's person has), when the sentence names no agent and states no drug's effect, use or
withdrawal: "X can cause nausea, and some people get headaches" is the drug's. The clause's signs an earlier reading
already gave that owner asserted (a list read to the sentence's end) become Occasional after "some", and a "causes"
of the earlier clause's verb gives way to the sign; the others are added. A denied clause ("..., and some people do
not get a fever") gives nothing: an earlier reading's claim of its sign is dropped.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from graph_build.text.condition_passage import BACK_REFERENCE, SENTENCE_OPENING, _sentence_owner
from graph_build.text.relate_objects import _status
from graph_build.text.story_illness import story_owner
from graph_build.text.subgroup_words import FEW
from graph_build.text.units import AGENT, COND, DISEASE, Discourse, Found, Unit

#: A later clause of who has the signs: ", and some people also get", "; a few notice", ", but some get", " - many
#: people with the condition feel". A denial after the verb ("many have no symptoms") is no sign.
WHO = (
    r"(?:,|;|\s[-\u2013\u2014])\s*(?:(?:and|but|though|although|while|whereas)\s+)?(?:(?:also|then|even)\s+)?"
    rf"(?:(?P<few>{FEW}|a minority)|many|most|others)"
    r"(?:\s+(?:of\s+them|(?:[a-z]+\s+)?(?:people|patients|children|adults|women|men|sufferers)))?"
    r"(?:\s+(?:with|who\s+have)\s+(?:it|this|them|the\s+(?:condition|illness|disease|syndrome)"
    r"|this\s+(?:condition|illness|disease|syndrome)))?"
)
LATER_SOME = re.compile(
    WHO + r"\s+(?:(?:may|can|might|often|usually|also|sometimes|then|will|even|later|go\s+on\s+to)\s+)*"
    r"(?:(?P<verb>feel|get|notice|have|develop|experience|are|become|go)\b"
    r"(?!\s+(?:no|not|never|fewer|less|better|any|none)\b))?",
    re.I,
)
#: The same clause denied for those people: "..., and some people do not get a fever", "but many never notice A": the
#: sign is denied of some of them, neither said nor denied of the condition (as "Some people do not get A" opening a
#: sentence says nothing, decision 0768).
LATER_SOME_NOT = re.compile(
    WHO + r"\s+(?:(?:do|does|did|will|may|might|can|often|usually|also)\s+)*(?:not|n't|never)\s+"
    r"(?:feel|get|notice|have|develop|experience|become)\b",
    re.I,
)
#: The words one of which such a clause holds (a cheap test before the pattern's).
WHO_WORDS = ("some ", "a few ", "many ", "most ", "others ", "a small number", "a minority")
#: Where such a clause ends: a semicolon, a contrast, a sentence's end.
CLAUSE_END = re.compile(r";|,\s*(?:but|while|whereas|though|although)\b|[.!?](?:\s|$)", re.I)
#: The claims that say the sentence is about a drug (its effects, uses, withdrawal).
DRUG_PREDICATES = frozenset({"hasAdverseEffect", "hasWithdrawalEffect", "treats", "contraindicatedIn"})


def later_some_signs(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """`found` with the signs of each later clause of some people (later-signs, decision 0889).

    >>> u = Unit("Y causes a cough, and some people also get chest pain.", [(0, 1, "y", "Disease"),
    ...     (11, 16, "cough", "Symptom"), (43, 53, "chest-pain", "Symptom")])
    >>> f = [Found("y", "hasPhenotype", "cough", "sign-caused")]
    >>> [(x.object, x.certainty) for x in later_some_signs(u, Discourse(), f)]
    [('cough', 'Asserted'), ('chest-pain', 'Occasional')]
    >>> u = Unit("It can cause nausea, and some people get headaches.", [(13, 19, "nausea", "Symptom"),
    ...     (41, 50, "headache", "Symptom")])
    >>> f = [Found("x", "hasAdverseEffect", "nausea", "adverse-verb")]
    >>> [x.object for x in later_some_signs(u, Discourse(sentence_condition="y"), f)]
    ['nausea']
    """
    out = list(found)
    for cue in LATER_SOME_NOT.finditer(unit.text):
        brk = CLAUSE_END.search(unit.text, cue.end())
        end = brk.start() if brk else len(unit.text)
        denied = {m[2] for m in unit.mentions if cue.end() <= m[0] and m[1] <= end}
        out = [f for f in out if not (f.predicate in ("hasPhenotype", "causes") and f.object in denied)]
    for cue in LATER_SOME.finditer(unit.text):
        brk = CLAUSE_END.search(unit.text, cue.end())
        end = brk.start() if brk else len(unit.text)
        owner = _owner(unit, ctx, found, cue.start())
        if owner is None:
            continue
        few = bool(cue.group("few"))
        # (a sign's name may hold the cue's last words: "some people feel sick", "some people faint")
        inside = [m for m in unit.mentions if cue.start() < m[0] and cue.end() < m[1] <= end and m[3] in COND]
        inside = [m for m in inside if m[2] != owner]
        if not cue.group("verb"):
            # (no verb of having: the sign is the verb itself, "and some people faint during exercise", or nothing)
            inside = inside[:1] if inside and not unit.text[cue.end() : max(cue.end(), inside[0][0])].strip() else []
        for m in inside:
            if _agent_between(unit, cue.end(), m[0]):
                break
            st = _status(unit, m)
            if st.absent or BACK_REFERENCE.search(unit.text, 0, m[0]):
                continue
            # (the earlier clause's "causes" reaches no further than its own list: "Lupus causes joint pain, and some
            # people also get a rash" says the rash is had, a sign, not what the illness brings on as another one)
            out = [f for f in out if not (f.predicate == "causes" and f.subject == owner and f.object == m[2])]
            stated = [k for k, f in enumerate(out) if f.predicate == "hasPhenotype" and f.object == m[2]]
            if stated:
                for k in stated:
                    f = out[k]
                    if f.subject == owner and few and f.certainty == "Asserted" and not f.negated:
                        out[k] = dataclasses.replace(f, certainty="Occasional")
                continue
            certainty = "Occasional" if few and st.certainty == "Asserted" else st.certainty
            out.append(Found(owner, "hasPhenotype", m[2], "later-signs", st.negated, certainty, (), Decimal("0.5")))
    return out


def _agent_between(unit: Unit, start: int, end: int) -> bool:
    """Whether an agent is named between two offsets: the clause has turned to it."""
    return any(m[3] in AGENT and start <= m[0] < end for m in unit.mentions)


def _owner(unit: Unit, ctx: Discourse, found: list[Found], before: int) -> str | None:
    """The condition a later clause's signs belong to: the one whose phenotype the earlier clause states, else the
    passage's condition when the sentence is about no drug."""
    starts = {m[2]: m[0] for m in unit.mentions}
    owners = {
        f.subject
        for f in found
        if f.predicate == "hasPhenotype" and not f.negated and starts.get(f.object, len(unit.text)) < before
    }
    if len(owners) == 1:
        return owners.pop()
    if owners or any(m[3] in AGENT for m in unit.mentions) or any(f.predicate in DRUG_PREDICATES for f in found):
        return None
    first = unit.mentions[0] if unit.mentions else None
    if first and first[3] in DISEASE and first[1] <= before and SENTENCE_OPENING.fullmatch(unit.text, 0, first[0]):
        # (the illness the sentence opens with: "High blood pressure often causes no symptoms; a few people notice A")
        return first[2]
    return ctx.passage_condition or story_owner(ctx, unit.heading) or _sentence_owner(unit, ctx)
