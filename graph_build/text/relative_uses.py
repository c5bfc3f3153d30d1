"""The use a relative clause states of a medicine named in passing (decision 0854): "It interacts with doxazosin, which
men take for an enlarged prostate", "Unlike her water tablets, which she takes for the swollen ankles, ...", "A and B,
which are used for epilepsy, may make it work less well": the medicine before ", which" treats the condition the
clause names after "for".

Strict on purpose: the relative pronoun follows the medicine at once (a list "A and B" / "A or B" before it gives each),
the clause holds only an optional taker (a pronoun, a word of people, with at most one quantifier: "men", "many
people", "she", or a capitalised name: "which Dennis took for the fever", decision 0941), a verb of taking or of use
("take(s)", "use(s)", "is / are used", "is / are taken", "is / are given", "is / are prescribed", with at most one
adverb of frequency or "also" / "mainly" / "only"), "for", at most a determiner and one modifier, then the
condition(s) and the clause's end (a comma, a full stop, a semicolon, a colon or a dash), or a short adjunct of the
occasion before it ("after a long day": decision 0959). ", which is what Kev takes for Y" is the same clause (0959).
A negation, a modal, a dose or anything else in the clause gives nothing ("which she no longer takes for Y", "which
can be used for Y", "which people take for granted"). "which many people with Y take" (no "for") gives nothing: the
people's condition need not be the use ("aspirin, which many people with diabetes take").
"""

from __future__ import annotations

import re

from graph_build.text.relate_objects import _status
from graph_build.text.units import AGENT, COND, Found, Unit

#: Right after the medicine: ", which" and the clause up to its "for" and the condition's determiner or modifier
#: ("which are both fine for a headache": the medicines suit the condition, as "A is fine for Y"; decision 0861).
RELATIVE_USE = re.compile(
    r"(\*\*|__)?,\s+which\s+((is|was)\s+what\s+(?=\S+\s+(tak|took|us)))?"
    r"((((many|most|some|lots\s+of|a\s+lot\s+of)\s+)?(people|patients|adults|children|men|women|doctors)|"
    r"s?he|they|I|we|you|(?-i:[A-Z][a-z]+))\s+)?"
    r"(((usually|often|normally|mainly|mostly|only|also|sometimes|still|now|already)\s+)?"
    r"(tak(e|es)|took|us(e|es)|(is|are|was|were)\s+((usually|often|normally|mainly|mostly|only|also|sometimes|"
    r"commonly|widely)\s+)?(used|taken|given|prescribed))|(is|are)\s+((both|all|also|usually)\s+)?fine)\s+"
    r"for\s+((the|an?|her|his|their|my|your|our)\s+)?([a-z'-]+\s+)?$",
    re.I,
)
#: Right after the medicine, an apposition of what it is, up to the head ("Isoniazid, an antibiotic for TB,",
#: "Colestyramine, a powder for high cholesterol,": decision 0861); the head is a class or a form the text names.
APPOSITION = re.compile(r"(\*\*|__)?,\s+(an?|the)\s+([a-z-]+\s+)?$", re.I)
#: The same apposition headed by a word of a medicine or its form the text names no entity by ("a powder for high
#: cholesterol", "a tablet for gout"), up to the condition; or by such a word and who takes it for the condition ("a
#: medicine some people take for Y", "(the powder some residents take for Y)": decision 0891), as the relative clause
#: above says it; or "the main / usual medicine (treatment) for Y" ("X, the main medicine for Y": decision 0891).
APPOSITION_NOUN = re.compile(
    r"(\*\*|__)?((,\s+(an?)|\s*\((an?|the))\s+([a-z-]+\s+)?(medicine|medication|drug|tablet|capsule|powder|cream|gel|"
    r"ointment|liquid|inhaler|spray|injection|pill|remedy)|,\s+the\s+(main|usual|standard|first|commonest|"
    r"most\s+common)\s+(medicine|medication|drug|tablet|treatment))\s+"
    r"(((that|which)\s+)?(((many|most|some|lots\s+of|a\s+lot\s+of)\s+)?(people|patients|adults|children|men|women|"
    r"residents)|s?he|they|I|we|you)\s+((usually|often|normally|mainly|mostly|only|also|sometimes|still|now|already)\s+)?"
    r"(tak(e|es)|us(e|es))\s+)?"
    r"for\s+((the|an?)\s+)?([a-z'-]+\s+)?$",
    re.I,
)
#: After the apposition's head: "for", the condition's determiner or one modifier.
HEAD_FOR = re.compile(r"\s+for\s+((the|an?)\s+)?([a-z'-]+\s+)?$", re.I)
#: The apposition's head: a class or a form (a medicine's kind or what it comes as).
HEADS = frozenset(["DrugClass", "Formulation"])
#: Between a drug's name and the noun of its product it modifies ("timolol **eye drops**"): spaces and markup only.
PRODUCT_GAP = re.compile(r"[*_\s]+")
#: Between two medicines of one list before the relative pronoun.
LIST_GAP = re.compile(r"\s*(,\s*|\s+)(and|or)\s+((the|an?)\s+)?|\s*,\s*", re.I)
#: Between two conditions the clause names: "and", "or", a comma.
CONDITION_GAP = re.compile(r"\s*(,\s*|\s+)(and|or)\s+((the|an?|her|his|their)\s+)?|\s*,\s*(?=[^,]*\b(and|or)\b)", re.I)
#: The clause's end right after its last condition (a possessive the recogniser leaves out first: "for Parkinson's."),
#: or after a short adjunct of the occasion the taking happens on, led by its article or possessive ("which I take for
#: my back after a long day at the bench", "which he takes for his knees after the ladder routine", "on most days":
#: decision 0959), no verb, negation or second "for" in it. A bare "after surgery" may name the condition's kind ("for
#: pain after surgery on the knee", decision 0854): not read.
CLAUSE_END = re.compile(
    r"(['\u2019]s)?(\*\*|__)?(\s+(after|before|on|during)\s+(a|an|the|my|his|her|their|our|your|most|some)\s+"
    r"(?![^,.;:!?]*\b(not|no|never|for|is|are|was|were|can|may|might|will|would)\b)[^,.;:!?()]{1,50}?)?"
    r"(\s*[,.;:!?)]|\s+[-–—]\s|\s*$)"
)


def relative_uses(unit: Unit, found: list[Found]) -> list[Found]:
    """The uses "A (and B), which <people> take for Y" states, not in `found` already.

    >>> t = "It interacts with doxazosin, which men take for BPH."
    >>> ms = [(18, 27, "doxazosin", "Drug"), (48, 51, "bph", "Disease")]
    >>> [(f.subject, f.object, f.negated) for f in relative_uses(Unit(t, ms), [])]
    [('doxazosin', 'bph', False)]
    >>> t = "It interacts with doxazosin, which can be used for BPH."
    >>> relative_uses(Unit(t, [(18, 27, "doxazosin", "Drug"), (51, 54, "bph", "Disease")]), [])
    []
    """
    text, mentions = unit.text, unit.mentions
    known = {(f.subject, f.predicate, f.object) for f in found}
    out: list[Found] = []
    for i, agent in enumerate(mentions):
        if agent[3] not in AGENT or i + 1 >= len(mentions):
            continue
        conditions = _conditions(unit, i + 1, agent)
        if not conditions:
            continue
        j = i
        if i and mentions[i - 1][3] == "Drug" and PRODUCT_GAP.fullmatch(text, mentions[i - 1][1], agent[0]):
            j, agent = i - 1, mentions[i - 1]  # ("timolol **eye drops**, which ...": the drug's own product)
        agents = [agent]
        while j > 0 and mentions[j - 1][3] in AGENT and LIST_GAP.fullmatch(text, mentions[j - 1][1], mentions[j][0]):
            j -= 1
            agents.insert(0, mentions[j])
        if len(agents) > 1 and not re.search(r"\b(and|or)\b", text[agents[0][1] : agent[0]], re.I):
            agents = [agent]  # (a bare comma between two medicines is an apposition, not a list)
        # (the clause holds no modal by its pattern; a hedge of the main clause is not its own: "A, which is used
        # for Y, may weaken it". A negation reaching the condition still gives nothing.)
        out += uses(unit, agents, conditions, known, "relative-use")
    return out


def uses(unit: Unit, agents: list, conditions: list, known: set, rule: str) -> list[Found]:
    """Each agent treats each condition no negation or absence reaches, once per (agent, condition) in `known`."""
    out = []
    for condition in conditions:
        status = _status(unit, condition)
        if status.negated or status.absent:
            continue
        for a in agents:
            key = (a[2], "treats", condition[2])
            if a[2] != condition[2] and key not in known:
                known.add(key)
                out.append(Found(a[2], "treats", condition[2], rule))
    return out


def _conditions(unit: Unit, k: int, agent: tuple) -> list[tuple]:
    """The conditions the relative clause after `agent` names after "for", when the clause is one of use; the next
    mention is at index `k`."""
    text, mentions = unit.text, unit.mentions
    while k + 1 < len(mentions) and mentions[k][3] == "Population":
        k += 1  # (the clause's takers: "which some women take for Y"; the pattern reads them as words, decision 0891)
    first = mentions[k]
    if first[3] in HEADS and k + 1 < len(mentions) and APPOSITION.fullmatch(text, agent[1], first[0]):
        # ("Isoniazid, an antibiotic for tuberculosis, speeds up ...": the apposition's use is the medicine's)
        if not HEAD_FOR.fullmatch(text, first[1], mentions[k + 1][0]):
            return []
        k += 1
        first = mentions[k]
    elif not (RELATIVE_USE.fullmatch(text, agent[1], first[0]) or APPOSITION_NOUN.fullmatch(text, agent[1], first[0])):
        return []
    if first[3] not in COND:
        return []
    conditions = [first]
    while k + 1 < len(mentions) and mentions[k + 1][3] in COND:
        if not CONDITION_GAP.fullmatch(text, mentions[k][1], mentions[k + 1][0]):
            break
        k += 1
        conditions.append(mentions[k])
    if not CLAUSE_END.match(text, conditions[-1][1]):
        return []
    return conditions
