"""A use named by a fronted condition (decision 0758): "For athlete's foot, use X cream", "In heart failure, X is used
with B", "For latent TB it is given on its own": the sentence opens with "For / In" and a condition, and its main
clause says an agent is used, given, prescribed, started, taken, offered or tried; the agent treats the condition.

Strict on purpose: the condition must follow the opening word at once (a determiner and at most two modifiers
between, never a population: "In people with Y" or "In pregnancy" open no use), the main clause must hold a verb of
use and no negation (a denied or narrowed use is left to the cue rules) nor a word of how it is given (a dose, a
caution: "In kidney failure, X is given at a lower dose" names no use), and an agent named after "with", "than",
"instead of", "unlike" or in apposition to another agent ("atenolol, a beta blocker") is no subject. Where the main
clause names no agent, a pronoun before its verb of use is the drug in focus ("For latent TB it is given").
A main clause that ranks the drug among the condition's treatments names its use as well (decision 0787): "For Y it is
not usually the first treatment", "In Y it is usually not the first tablet tried", "For Y, X is the usual first
choice", "For Y it is an add-on medicine": a copula, a rank word (first, first-line, preferred, usual, main, standard,
add-on, second-line) and a noun of treatment. The
"not" of such a rank ranks the use down (NotFirstLine), it does not deny it; any other negation still leaves the
sentence to the cue rules ("For Y it is not a treatment", "For Y it is not the first choice and not used").
A purpose clause after a comma (", to put off the need for levodopa") ends the main clause, an agent after "the need
for", "until", "put off / delay (starting)" is no subject, and the pronoun's drug is never one the sentence names after
it (decision 0765: "In early Y it can be used on its own, to put off the need for B" is the drug in focus's use).
"""

from __future__ import annotations

import re

from graph_build.text.denial_words import denial_words
from graph_build.text.exemplified import EXAMPLE_OPENS
from graph_build.text.negation import HEDGE_WORD, HEDGES
from graph_build.text.relate_cues import _use_status
from graph_build.text.relate_objects import _status
from graph_build.text.subjects import PRONOUN, pronoun_referent
from graph_build.text.units import AGENT, COND, Discourse, Found, Unit

#: The opening: "For" or "In", a determiner and at most two modifiers before the condition.
OPENING = re.compile(r"\s*(\*\*|__)?(for|in)\s+((the|a|an|your|his|her|their|this|that|some)\s+)?", re.I)
#: Between the opening and the condition: at most two modifiers, none a word of people or of another relation.
MODIFIERS = re.compile(
    r"((?!(people|patients|children|adults|women|men|those|anyone|someone|addition|case|cases|combination|"
    r"pregnancy|pregnant|older|elderly|babies|infants|with|who|of)\b)[a-z'-]+\s+){0,2}",
    re.I,
)
#: The same opening after ", and" or ";" in the sentence, before a pronoun for the drug whose rank follows ("X is an
#: antibiotic, and for Y in women it is one of the first choices": decision 0821; read only with a rank, below).
LATER_OPENING = re.compile(r"(,\s+and|;)\s+(for|in)\s+((the|a|an|your|his|her|their|this|that|some)\s+)?", re.I)
#: Right after the condition: the group it is named for ("for Y in women it is ..."), as a use restricted to them.
GROUP_AFTER = re.compile(
    r"\s+(in|for)\s+((non-pregnant|pregnant|older|young|younger)\s+)?(women|men|adults|children|teenagers|people)\b",
    re.I,
)
#: After the condition: a comma (and an apposition of it up to the next comma), or a pronoun opening the main clause.
CLAUSE_OPENS = re.compile(r"(\*\*|__)?(\s*,\s*((an?|the)\s[^,;:.]*,\s*)?|\s+(?=(it|they|we|doctors|you)\b))", re.I)
#: Where the main clause ends.
CLAUSE_ENDS = re.compile(
    r"[;:]|\.(\s|$)|,\s+(which|because|as|so|but|although|though|while|whereas|unless|if|to|so\s+that|"
    r"in\s+order\s+to)\b|\s(because|but|unless|"
    r"although|whereas|rather than|instead of|who|that|which|if|when)\b",
    re.I,
)
#: A verb of use in the main clause.
USE_VERB = re.compile(
    r"\b(us(e|es|ed|ing)|giv(e|es|en|ing)|gave|prescrib(e|es|ed|ing)|start(s|ed|ing)?|tak(e|es|en|ing)|took|"
    r"offer(s|ed|ing)?|tried|tr(y|ies)|recommend(s|ed|ing)?)\b",
    re.I,
)
NEGATION = re.compile(denial_words("none", "neither", "nor", "cannot"), re.I)
#: In the main clause: how the drug is given in the condition (a dose, a caution, monitoring), not what it is given
#: for ("In kidney failure, X is given at a lower dose": the condition is the context of the dose, no use).
HOW_GIVEN = re.compile(
    r"\b(doses?|dosage|dosing|lower|reduced|smaller|caution|careful(ly)?|care|monitor\w*|avoid\w*|adjust\w*|"
    r"check\w*|less often|more slowly)\b",
    re.I,
)
#: Right before an agent: it is a partner, a comparison or a description, not what is used.
NOT_THE_AGENT_BEFORE = re.compile(
    r"\b(with|alongside|plus|than|instead of|unlike|except|without|after|before|of|to|from|until|need\s+for|"
    r"needing|(put(ting)?\s+off|delay(s|ed|ing)?|postpon(e|es|ed|ing))(\s+(starting|taking|using|needing))?)\s+"
    r"((the|an?|your)\s+)?$",
    re.I,
)
#: In the main clause: a copula and a rank of the drug among the condition's treatments ("it is not usually the first
#: treatment", "it is usually not the first tablet tried", "X is the usual first choice", "it is an add-on medicine";
#: decision 0787). Only a rank
#: of first place may be denied ("not the main treatment" may mean no use at all).
RANK = re.compile(
    r"\b(is|are)\s+((?P<not>not)\s+)?((usually|normally|often|always|generally|typically)\s+)?((?P<not2>not)\s+)?"
    r"(the|an?|one\s+of\s+the)\s+(?P<rank>first[- ]line|first|preferred|usual\s+first|usual|main|standard|add-on|"
    r"second[- ]line|second)\s+"
    r"(choices?|treatments?|therap(y|ies)|medicines?|medications?|tablets?|drugs?|options?|things?)\b",
    re.I,
)
#: The same rank by "add-on" alone, with no noun of treatment after it ("In Y it is an add-on: it eases the pain while
#: ..."; decision 0841). Never denied here (the groups of a denial are always empty).
ADD_ON = re.compile(
    r"\b(is|are)\s+((usually|normally|often|always|generally|typically|only|mainly)\s+)?(?P<not>(?!))?(?P<not2>(?!))?"
    r"an\s+(?P<rank>add-on)\b(?![\w-])",
    re.I,
)
CLAUSE_BREAK = re.compile(r"[;:]")
APPOSITION_BEFORE = re.compile(r",\s+(an?|the)\s+([\w-]+\s+){0,2}$", re.I)


def fronted_uses(unit: Unit, ctx: Discourse) -> list[Found]:
    """The uses a sentence opening with "For / In <condition>" states in its main clause.

    >>> ms = [(10, 11, "y", "Disease"), (13, 14, "x", "Drug"), (28, 29, "b", "Drug")]
    >>> [(f.subject, f.object) for f in fronted_uses(Unit("In severe Y, X is used with B.", ms), Discourse())]
    [('x', 'y')]
    >>> fronted_uses(Unit("In severe Y, X is not used.", ms[:2]), Discourse())
    []
    """
    text = unit.text
    opening = OPENING.match(text)
    if opening is not None:
        return _fronted(unit, ctx, opening, later=False)
    for later in LATER_OPENING.finditer(text):
        found = _fronted(unit, ctx, later, later=True)
        if found:
            return found
    return []


def _fronted(unit: Unit, ctx: Discourse, opening: re.Match, *, later: bool) -> list[Found]:
    """The uses of the clause that `opening` ("For / In <condition>") opens; `later`: the opening follows ", and" or
    ";" inside the sentence, where only a pronoun ranking the drug in focus among the condition's treatments is read
    ("..., and for Y in women it is one of the first choices"; decision 0821)."""
    text = unit.text
    first = [m for m in unit.mentions if m[0] >= opening.start(2)]
    if not first or first[0][3] not in COND or not MODIFIERS.fullmatch(text, opening.end(), first[0][0]):
        return []
    condition = first[0]
    group = GROUP_AFTER.match(text, condition[1])
    opened = CLAUSE_OPENS.match(text, group.end() if group else condition[1])
    if opened is None or (later and not PRONOUN.match(text, opened.end())):
        return []
    start = opened.end()
    ends = CLAUSE_ENDS.search(text, start)
    end = ends.start() if ends else len(text)
    verb = USE_VERB.search(text, start, end)
    rank = RANK.search(text, start, end) or ADD_ON.search(text, start, end)
    ranked_down = rank is not None and bool(rank.group("not") or rank.group("not2"))
    if ranked_down and rank.group("rank").lower() not in ("first", "first-line", "first line", "preferred"):
        rank = None  # ("it is not the main treatment": maybe no use at all)
    if rank is not None and (verb is None or verb.start() > rank.start()):
        verb = rank  # (the rank is the clause's verb of use; a verb after it is its relative: "the first tablet tried")
    denials = [
        n for n in NEGATION.finditer(text, start, end) if rank is None or not rank.start() <= n.start() < rank.end()
    ]
    if verb is None or denials or HOW_GIVEN.search(text, start, end) or (later and verb is not rank):
        return []
    status = _status(unit, condition)
    if status.negated or status.absent:
        return []
    subjects: list[tuple[str, str]] = []
    mentions = [m for m in unit.mentions if start <= m[0] and m[1] <= end]
    for i, m in enumerate(mentions):
        if m[3] not in AGENT or NOT_THE_AGENT_BEFORE.search(text, start, m[0]):
            continue
        if i and mentions[i - 1][3] in AGENT and APPOSITION_BEFORE.search(text, mentions[i - 1][1], m[0]):
            continue  # "atenolol, a beta blocker": the drug's class, not a second agent used
        example = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            verb is rank
            and m[3] == "DrugClass"
            and example
            and example[3] == "Drug"
            and EXAMPLE_OPENS.fullmatch(text, m[1], example[0])
        ):
            continue  # ("an ACE inhibitor such as X is usually the first choice": the example ranked; 0787)
        subjects.append((m[2], ""))
    if not subjects:
        pronoun = PRONOUN.search(text, start, verb.start())
        if pronoun and ctx.focus:
            who = pronoun_referent(unit, pronoun, {"Drug"}, ctx)
            # (never a partner the sentence names after it: "to put off the need for levodopa", "instead of B")
            # (a later clause after ":" or ";" may name the drug again: "In Y it is usually not the first tablet
            # tried: people start on B, and X is used instead"; decision 0787)
            colon = CLAUSE_BREAK.search(text, start)
            limit = colon.start() if colon else len(text)
            if who.slug and not any(m[2] == who.slug and pronoun.start() < m[0] < limit for m in unit.mentions):
                subjects.append((who.slug, who.resolved_from))
    qualifiers = _use_status(text[start:end].lower())
    if rank is not None and ranked_down:
        qualifiers = (("useStatus", ("NotFirstLine",)),)  # ("not usually the first treatment": ranked down)
    # a hedge of the main clause is the use's ("For Y, X may be prescribed"; ConText's scope may not reach back)
    hedge = HEDGE_WORD.search(text, start, end)
    certainty = HEDGES[hedge.group(1).lower()] if hedge and status.certainty == "Asserted" else status.certainty
    return [
        Found(s, "treats", condition[2], "fronted-use", False, certainty, qualifiers, resolved_from=r)
        for s, r in dict.fromkeys(subjects)
        if s != condition[2]
    ]
