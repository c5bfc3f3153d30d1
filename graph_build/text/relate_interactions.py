"""Interactions in a sentence: "A (should not be) taken with / combined with B (... can increase Y)", denied ("X does
not interact with Y") or compatible ("X can be taken with Y") combinations, and the outcome qualifier."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal

from graph_build.text.couse import ALTERNATIVE, CO_USE, FORMS, NONE, WARNING, clause_start, partner_reading, reading
from graph_build.text.couse import NO_INTERACTION as DENIED
from graph_build.text.denied_partners import (
    apposed_partner,
    colon_subject,
    partners_after_unnamed,
    pronoun_partner_before,
    repeated_partners,
)
from graph_build.text.interaction_hedges import cue_certainty, denial_certainty
from graph_build.text.owners import INTERACTIONS_HEADING, heading_owner
from graph_build.text.passive import subjects_after
from graph_build.text.subjects import PRONOUN, Subject, agent_subject
from graph_build.text.units import CHEMICAL, COND, DRUG, Discourse, Found, Unit, no_interaction

OUTCOME = re.compile(r"\b(increase\w*|risk of|lead to|cause\w*|fatal|regarding)\b", re.I)
WITH = re.compile(r"\bwith\b")
#: Anywhere in the sentence: a warning or a named effect of the combination (the co-use table's).
WARNED = re.compile(WARNING, re.I)
#: After a denied "interact with": a general noun of medicines and the examples it opens ("with other medicines,
#: like A or B", "with the person's everyday medicines such as A").
EXAMPLES_AFTER = re.compile(
    r"\s+([\w'-]+\s+){0,4}?(medicines|drugs|medications|tablets|treatments),?\s+"
    r"(like|such as|including|for example|e\.g\.)\s+",
    re.I,
)
#: Between a drug named after a gerund cue and a later "with": a colon or semicolon opens another clause or a list.
LIST_OPENS = re.compile(r"[:;]")
#: A cue that ends in its own "with" ("interacts with", "taken with"), and the coordination between its first partner
#: and a second "with" ("with A and with B", "with A, or with B"): both are the cue's partners (decision 0845).
WITH_CUE = re.compile(r"\bwith$", re.I)
WITH_AGAIN = re.compile(r"\s*,?\s*(and|or)\s+(also\s+)?", re.I)
#: The end of a clause: a comma, semicolon or full stop, or a conjunction that opens another clause.
CLAUSE_END = re.compile(r"[,;.]|\b(so|but|because|as|although)\b", re.I)
#: The cue of a warning about other medicines the reader takes: "if you (are) take / taking", "when you use".
IF_YOU_TAKE = re.compile(r"(if|when) you\b", re.I)
#: Advice about a medicine added to protect the reader, after "if you take A": "ask your GP whether you need stomach
#: protection", "whether X would help protect your stomach": the two are used together on purpose, no warning.
PROTECTION_ADVICE = re.compile(
    r"\bwhether\s+(you\s+(need|should\s+(have|take|be\s+given)|would\s+benefit)|[\w-]+\s+(would|could|might)\s+"
    r"(help|protect))\b|\b(stomach|bone|gut|kidney)\s+protection\b|\bto\s+protect\s+(your|the)\s+(stomach|bones?|gut)\b",
    re.I,
)
#: ... read only where the sentence warns or asks to be told: "tell your doctor", "let us know", "do not take it".
TELL_OR_WARN = re.compile(
    r"\b(tell|let|inform|ask|check|mention|talk|speak|do not|don't|never|avoid\w*|(should|must)(n't| not)|"
    r"caution|careful\w*|may need|dose)\b",
    re.I,
)


#: Between two interaction cues of one sentence: a new clause about the drug ("A interacts with B, but it does not
#: interact with C", "A does not interact with B; it interacts with C"). Each cue's partners are its own clause's
#: (decision 0715).
# (", and it does not interact with C" too: decision 0992)
CLAUSE_TURN = re.compile(
    r"(,\s*|\s+)(but|whereas|although)\s+(it|they)\b|;\s*(but\s+)?(it|they)\b|,\s*and\s+(it|they)\b", re.I
)


#: After a partner of an interaction cue: the reason the pair interacts ("A interacts with B, because both use up
#: the body's C", "..., as both lower D"): what the reason names (C, D) is no partner (decision 0850).
REASON_AFTER = re.compile(
    r"\b(because|since)\b|,\s*as\s+(both|they|the\s+two|each|it|this|these|those|the\s+pair)\b", re.I
)
#: Between a medicine and a gloss of it in apposition, closed by a comma or dash ("Beta blockers, the heart and blood
#: pressure tablets, may ..."): the glossing class names the same medicine, no other (decision 0850).
GLOSS_BETWEEN = re.compile(r",\s+(the|a|an|your|their|these|those)\s+([\w'’-]+\s+){0,5}")
GLOSS_CLOSED = re.compile(r"[*_]*\s*(,|[-\u2013\u2014]\s)")
#: After an interaction clause: a clause that repeats its predicate with another subject ("..., and so does B",
#: "..., as can B", "and so do B and C"): B is said to do what the clause's subject does, so B is no partner of
#: that subject; when the clause's object is the pronoun of the drug ("A raises the risk of Y when taken with it, and
#: so does B"), B is another partner of the drug (decision 0860).
SO_DOES = re.compile(
    r"(,\s*|\s+)(and\s+so|as|and\s+the\s+same\s+(goes|is\s+true)\s+(for|of))\s+"
    r"((does|do|can|may|might|could|will|would)\s+)?(the\s+)?[*_]{0,2}(?=\w)",
    re.I,
)
#: Right after a class named before an interaction cue: the lead of its examples ("Painkillers such as A ...").
CLASS_EXAMPLES = re.compile(r"[*_]{0,2}\s*,?\s*(such\s+as|like|including|e\.g\.,?|for\s+example,?)\s+", re.I)


def repeated_subjects(unit: Unit, start: int) -> tuple[int, list[tuple]]:
    """The offset of a clause after `start` that repeats the predicate with other subjects ("..., and so does B",
    "..., as can B and C") and those subjects (agents, coordinated), else (len(text), []).

    >>> u = Unit("A raises Y when taken with it, and so does B.", [(0, 1, "a", "Drug"), (43, 44, "b", "Drug")])
    >>> repeated_subjects(u, 20)
    (29, [(43, 44, 'b', 'Drug')])
    >>> repeated_subjects(Unit("A and B raise Y.", [(0, 1, "a", "Drug"), (6, 7, "b", "Drug")]), 2)
    (16, [])
    """
    text = unit.text
    if "so " not in text and "as " not in text and "same" not in text:
        return len(text), []
    for found in SO_DOES.finditer(text, start):
        # ("as does B" needs its auxiliary: "as B" alone is no repetition)
        if found.group(2).lower() == "as" and not found.group(6):
            continue
        listed = subjects_after(unit, found.end(), CHEMICAL)
        if listed and listed[0][0] == found.end():
            return found.start(), listed
    return len(text), []


#: Between a medicine and a class in apposition that says what kind of medicine it is ("with a monoamine oxidase
#: inhibitor, an older kind of antidepressant", "B, one type of blood thinner"): the class glosses the medicine, so it
#: is no partner of its own, wherever the gloss ends (decision 0860). A list item is never written this way.
KIND_GLOSS = re.compile(
    r"[*_]{0,2}\s*(,|\s[-\u2013\u2014])\s+(a|an|the|one|another)\s+([\w'’-]+\s+){0,2}(kind|type|sort|form|class|group|"
    r"family)\s+of\s+(the\s+)?[*_]{0,2}",
    re.I,
)


def kind_glossed(unit: Unit, m: tuple) -> tuple | None:
    """The medicine `m` says the kind of ("A, an older kind of B": A for B), or None.

    >>> u = Unit("Avoid it with A, an older kind of B.", [(14, 15, "a", "Drug"), (34, 35, "b", "DrugClass")])
    >>> kind_glossed(u, u.mentions[1])[2], kind_glossed(u, u.mentions[0])
    ('a', None)
    """
    if m[3] != "DrugClass":
        return None
    before = [x for x in unit.mentions if x[1] <= m[0] and x[3] in CHEMICAL]
    if before and KIND_GLOSS.fullmatch(unit.text, before[-1][1], m[0]):
        return before[-1]
    return None


def glossed(unit: Unit, m: tuple) -> tuple | None:
    """The medicine `m` glosses in apposition ("Beta blockers, the heart and blood pressure tablets, may ..." gives
    beta blockers for the tablets), or None.

    >>> u = Unit("Beta blockers, the heart and blood pressure tablets, may slow the heart.",
    ...          [(0, 13, "beta-blocker", "DrugClass"), (29, 51, "antihypertensive-agent", "DrugClass")])
    >>> glossed(u, u.mentions[1])[2]
    'beta-blocker'
    >>> glossed(u, u.mentions[0]) is None
    True
    """
    if not GLOSS_CLOSED.match(unit.text, m[1]):
        return None
    before = [x for x in unit.mentions if x[1] <= m[0] and x[3] in CHEMICAL]
    if before and GLOSS_BETWEEN.fullmatch(unit.text, before[-1][1], m[0]):
        return before[-1]
    return None


#: A clause of a denial whose subject is "they" ("...; they do not interact with it", ", and they do not interact with
#: A"): the pronoun's words up to the cue (decision 1009).
THEY_CLAUSE = re.compile(r"\s*(and\s+|but\s+|so\s+)?[*_]{0,2}they\s+([\w'’]+\s+){0,3}", re.I)
#: The end of a sentence inside a unit (a splitter may keep "in A&E. Her tablets ..." as one): a full stop, question
#: or exclamation mark before a capital.
SENTENCE_END = re.compile(r"[.!?][*_)\"'’]*\s+(?=[*_\"'‘]*[A-Z])")


def they_subjects(unit: Unit, cue: int) -> list[tuple] | None:
    """The medicines "they" stands for when it opens the clause of the cue at `cue`: the chemicals named before that
    clause in the cue's own sentence, nearest plural first (a denial's "they" rests on what its own sentence named,
    never on a drug of the sentence before, decision 1009); [] when its own sentence names none; None when the clause
    has no "they".

    >>> u = Unit("Avoid A. B and C are fine; they do not interact with it.", [(6, 7, "a", "Drug"),
    ...     (9, 10, "b", "Drug"), (15, 16, "c", "Drug")])
    >>> [m[2] for m in they_subjects(u, 39)]
    ['b', 'c']
    >>> they_subjects(Unit("Avoid A. They do not interact with it.", [(6, 7, "a", "Drug")]), 21)
    []
    >>> they_subjects(Unit("A does not interact with it.", [(0, 1, "a", "Drug")]), 11) is None
    True
    """
    sentence = max((m.end() for m in SENTENCE_END.finditer(unit.text, 0, cue)), default=0)
    opened = max(clause_start(unit.text, cue), sentence)
    if opened == 0 or not THEY_CLAUSE.fullmatch(unit.text, opened, cue):
        return None
    named = [m for m in unit.mentions if sentence <= m[0] and m[1] <= opened and m[3] in CHEMICAL]
    if not named:
        return []
    # the nearest run of coordinated names ("B and C are fine; they ..."): its first
    run = [named[-1]]
    for prev in reversed(named[:-1]):
        if not COORDINATED.match(unit.text[prev[1] : run[0][0]]):
            break
        run.insert(0, prev)
    drugs = [m for m in run if m[3] == "Drug"]
    return drugs + [m for m in run if m not in drugs] if drugs else []


def _interactions(unit: Unit, ctx: Discourse, cue: re.Match) -> list[Found]:
    """Interactions: "A (should not be) taken with / combined with B, C (... can increase X)".

    The subject is the drug named before the cue, else the drug between a gerund cue and "with" ("Combining
    A with B"), else the referent of a pronoun; the objects are the agents after it up to the outcome, whose
    conditions become the interactionOutcome qualifier.
    """
    text, ms = unit.text, unit.mentions
    start = cue.end()
    if DRINK_CUE.fullmatch(cue.group(0)):
        return _drunk_with(unit, ctx, cue)
    # how the drugs named together stand to each other: the co-use table's one reading (decision 0710)
    read, _ = reading(text, cue, OUTCOME.search(text, start) is not None)
    if read in (NONE, CO_USE, ALTERNATIVE):
        return []  # "Use A for aches while on X", "taken together with B", "Take A instead of B while on X" (0692-0710)
    if IF_YOU_TAKE.match(cue.group(0)) and PROTECTION_ADVICE.search(text):
        return []  # "If you take A every day, ask your GP whether you need stomach protection": co-use advice (0818)
    if cue.group(0).lower().startswith("clash") and read != DENIED:
        # ("It also clashes with A", "It can clash with B": a stated clash is read nowhere; measured over every
        # development set its "it" went to the drug named last as often as to the document's drug - decision 1138)
        return []
    denied = read == DENIED and FORMS["interact"].match(cue.group(0)) is not None
    compatible = read == DENIED
    rule = "interaction-denied" if denied else "combined-with"
    # ("Taking A with B may raise Y", "A may interact with B": the modal of the cue's own clause; decision 0796)
    # (a denial the text itself doubts, "It may not interact with A", is hedged: decision 1049)
    certainty = denial_certainty(text, cue) if compatible else cue_certainty(text, cue)
    who = agent_subject(unit, cue.start(), set(DRUG), ctx)
    they = they_subjects(unit, cue.start()) if denied else None
    if they == []:
        return []  # ("A is banned. B and C are fine; they do not interact with it": no plural of its own; 1009)
    if they:
        who = Subject(they[0][2])
    drug = who.slug
    colon = text.rfind(":", 0, cue.start())
    opener = colon_subject(unit, cue.start()) if colon >= 0 and FORMS["interact"].match(cue.group(0)) else None
    if (
        opener
        and not PRONOUN_OBJECT.match(text, cue.end())
        and not any(m[2] == drug and colon < m[0] < cue.start() for m in ms)
    ):
        # ("My A is fine: X does not interact with A": the drug that opens the clause after the colon is the cue's
        # subject, not a medicine named before the colon; decision 0992)
        who, drug = Subject(opener), opener
    # (a pronoun read as a drug other than the document's: the shapes decision 0992 adds are not read for it, as its
    # owner is the least sure; "Danazol raises A. It does not interact with B, so ... with C")
    own_drug = bool(drug) and (not who.resolved_from or drug == ctx.main)
    named = [m for m in ms if m[1] <= cue.start() and m[2] == drug] if drug and not who.resolved_from else []
    gloss = glossed(unit, named[-1]) if named else None
    if gloss and gloss[3] in DRUG:  # ("Beta blockers, the blood pressure tablets, ...": the partner is the first)
        who, drug = Subject(gloss[2], who.confidence), gloss[2]
    if not any(m[1] <= cue.start() and m[3] in DRUG for m in ms):
        with_ = WITH.search(text[start:])
        after = [m for m in ms if m[0] >= start and m[3] == "Drug"]
        if (
            after
            and with_
            and after[0][1] <= start + with_.start()
            and not LIST_OPENS.search(text, after[0][1], start + with_.start())
            and not (
                drug
                and WITH_CUE.search(cue.group(0))
                and WITH_AGAIN.fullmatch(text, after[0][1], start + with_.start())
            )
            and not (
                own_drug
                and WITH_CUE.search(cue.group(0))
                and CLAUSE_END.search(text, after[0][1], start + with_.start())
            )
            and not (WITH_CUE.search(cue.group(0)) and CLAUSE_END.search(text, start, after[0][0]))
            # ("It doesn't interact with A or B that we were sent home with": the cue's subject is the pronoun's
            # drug, and every drug after a cue ending in "with" is its partner - a later "with" of a relative clause
            # makes no "B with A"; decision 1096)
            and not (drug and who.resolved_from and WITH_CUE.search(cue.group(0)))
        ):
            # ("It does not interact with A, so ... with B": a cue ending in "with" names its partner right after
            # it; a "with" of a later clause makes no "A with B" of a gerund; decision 0992)
            # ("It interacts with A and with B": a cue ending in "with" coordinated with a second "with" names two
            # partners of the pronoun's drug, not "A with B" as after a gerund; decision 0845)
            # ("It doesn't interact with A, and B is fine with it": a drug past a clause end after a cue ending in
            # "with" opens a coordinated clause of its own, never the cue's subject; decision 1074)
            # ("... while you use X: scrubs, toners with alcohol": a colon opens a list of other things, whose "with"
            # is no partner of X; decision 0748)
            drug, start = after[0][2], after[0][1]
            who = Subject(drug)
        elif with_ and drug is None and ctx.focus:
            # "Combining it / either drug with alcohol": the pronoun's referent
            pronoun = PRONOUN.search(text, start, start + with_.start())
            if pronoun:
                who, drug, start = Subject(ctx.focus, Decimal("0.7"), pronoun.group(0)), ctx.focus, pronoun.end()
    if drug is None and ctx.focus and IF_YOU_TAKE.match(cue.group(0)):
        if not (TELL_OR_WARN.search(text) or WARNED.search(text)):
            return []  # "If you take paracetamol for a headache, that is fine": no warning
        # "Tell your doctor if you take A or B", "If you take A, let us know": the medicines listed right after the
        # cue are those the drug in focus is warned against (decision 0677)
        listed = [m for m in subjects_after(unit, cue.end(), CHEMICAL) if m[2] != ctx.focus]
        return [Found(ctx.focus, "interactsWith", m[2], rule, denied, confidence=Decimal("0.5")) for m in listed]
    if drug is None:
        # "Alcohol must never be combined with zolpidem", "alcohol while taking baclofen": the drug comes after the
        # cue, what it interacts with before it; a drug of a clause repeating the predicate ("..., and so does B")
        # is another subject, not the drug (decision 0860)
        repeated_at, repeated = repeated_subjects(unit, cue.end())
        after = [m for m in ms if start <= m[0] < repeated_at and m[3] == "Drug"]
        clause = clause_start(text, cue.start())
        interacts = cue.group(0).lower().startswith(INTERACT_VERBS)
        # ("Alcohol must not be taken / given with it": an agent that is no drug, a cue ending in "with" and the
        # pronoun right after it, decision 0770; "A and B must not be taken with it" of drugs is _taken_with_it's)
        # ("Avoid alcohol while taking it", "Alcohol is best avoided while you are on it": a while-cue, decision 0829)
        taken = not interacts and _takes_pronoun(cue)
        pronoun = pronoun_after(text, cue) if interacts or taken else None
        # "Alcohol does not interfere with it": the section's or the document's drug (a partner named in an earlier
        # bullet is not "it": decision 0686); "B might interfere with it" keeps the cue's modal (decision 0919)
        partner = object_partner(unit, ctx) if pronoun else None
        if not after and partner:
            before = [m for m in ms if clause <= m[0] and m[1] <= cue.start() and m[3] in CHEMICAL]
            return [
                Found(partner, "interactsWith", m[2], rule, compatible if taken else denied, certainty,
                      confidence=Decimal("0.7"), resolved_from=pronoun.group(1))
                for m in before + (repeated if before else []) if m[2] != partner
            ]  # fmt: skip
        if not after:
            return []
        drug = after[0][2]
        return [
            Found(drug, "interactsWith", m[2], rule, compatible, certainty)
            for m in ms
            if clause <= m[0] and m[1] <= cue.start() and m[3] in CHEMICAL and m[2] != drug
            and partner_reading(text, m[0]) is None
        ]  # fmt: skip
    outcome = OUTCOME.search(text, start)
    limit = outcome.start() if outcome else len(text)
    turn = CLAUSE_TURN.search(text, start, limit)
    limit = turn.start() if turn else limit  # ("..., but it does not interact with C": C is not a partner here)
    reason = REASON_AFTER.search(text, start, limit)
    limit = reason.start() if reason else limit  # ("..., because both use up C": the reason's, no partner; 0850)
    # ("A interacts with B, and so does C": C does what A does, no partner of A; decision 0860)
    limit = min(limit, repeated_subjects(unit, start)[0])
    results = tuple(sorted({m[2] for m in ms if outcome and m[0] >= outcome.end() and m[3] in COND}))
    qualifiers = (("interactionOutcome", results),) if results else ()
    # ("X can be taken with Y" (compatible) or "X does not interact with Y": a denied interaction)
    partner = object_partner(unit, ctx) if cue.group(0).lower().startswith(INTERACT_VERBS) else None
    if partner and drug != partner:
        # "A does not interact with it (either)": the pronoun right after the cue is the section's or the document's
        # drug (decision 0686: not a partner an earlier bullet named)
        pronoun = PRONOUN_OBJECT.match(text, cue.end())
        if pronoun:
            # ("Some epilepsy medicines, such as A and B, also interact with it": the examples too; "A and B do not
            # interact with it": both; decision 0847)
            # ("Large doses of A might also interfere with it": the cue's own modal, decision 0919)
            return [Found(partner, "interactsWith", end, rule, denied, certainty, confidence=Decimal("0.7"),
                          resolved_from=pronoun.group(1))
                    for end in dict.fromkeys((drug, *_examples_of(unit, drug, cue.start()),
                                              *(_coordinated_after(unit, drug, cue.start()) if drug else ())))
                    if end != partner]  # fmt: skip
    taken_with_it = _taken_with_it(unit, ctx, cue, drug)
    if taken_with_it:
        return [
            Found(partner, "interactsWith", agent, rule, compatible, certainty, qualifiers=qualifiers,
                  confidence=Decimal("0.7"), resolved_from=pronoun)
            for partner, agent, pronoun in taken_with_it
        ]  # fmt: skip
    if denied:  # what is denied is the list right after "interact with" ("... with the same receptor as Y": none)
        # ("with my heart tablet, B": the name in apposition; "with A or with B": a repeated "with"; decision 0992)
        listed = subjects_after(unit, cue.end(), CHEMICAL)
        if own_drug:
            apposed = apposed_partner(unit, cue.end())
            if apposed and listed and all(m[3] == "DrugClass" and m[1] <= apposed[0][0] for m in listed):
                listed = []  # ("with my blood pressure tablet, the ramipril": the drug, not its class; decision 1121)
            listed = repeated_partners(unit, listed or apposed)
            # ("with his inhaler or with B": a first item the text names in unknown words; decision 1106)
            listed = listed or partners_after_unnamed(unit, cue.end())
        lead = CLASS_EXAMPLES.match(text, listed[-1][1]) if listed and listed[-1][3] == "DrugClass" else None
        if lead:  # ("with painkillers such as A or B": the class and its examples; decision 0992)
            listed += repeated_partners(unit, subjects_after(unit, lead.end(), CHEMICAL))
        if not listed and own_drug and PRONOUN_OBJECT.match(text, cue.end()) and partner in (None, drug):
            # ("Jo takes A, and X does not interact with it": "it" is A, X cannot interact with itself; 0992)
            listed = [m for m in [pronoun_partner_before(unit, drug, cue.start())] if m]
        examples = None if listed else EXAMPLES_AFTER.match(text, cue.end())
        if examples:  # "... with other medicines, like A or B": the examples up to the clause's end (decision 0673)
            end = CLAUSE_END.search(text, examples.end())
            listed = [m for m in ms if examples.end() <= m[0] and m[1] <= (end.start() if end else len(text))]
            listed = [m for m in listed if m[3] in CHEMICAL]
        found = [
            Found(drug, "interactsWith", m[2], rule, True, certainty, resolved_from=who.resolved_from)
            for m in listed
            if m[2] != drug
        ]
        return found + _with_coordinated(unit, drug, cue.start(), found)
    found = [
        Found(
            drug,
            "interactsWith",
            m[2],
            rule,
            compatible,
            certainty,
            qualifiers=qualifiers,
            resolved_from=who.resolved_from,
        )
        for m in ms
        if start <= m[0] < limit
        and m[3] in CHEMICAL
        and m[2] != drug
        and not _narrowed_class(text, m)
        and partner_reading(text, m[0]) is None  # ("unlike A", "instead of A": no partner)
        and not kind_glossed(unit, m)  # ("with A, an older kind of B": B says what A is; decision 0860)
    ]
    return found + _with_coordinated(unit, drug, cue.start(), found)


#: A reference to two drugs at once: "either drug", "both medicines", "each medication".
PAIR_WORDS = re.compile(r"\b((either|each) (drug|medicine|medication)|both (drugs|medicines|medications))\b", re.I)


def both_drugs(found: list[Found], ctx: Discourse) -> list[Found]:
    """A claim whose subject was "either drug" / "both medicines" holds for each of the two drugs the text has had in
    focus (`ctx.paired`), not for the one in focus alone ("Combining either drug with alcohol ..."; decision 0761).

    >>> ctx = Discourse(focus="b", paired=("a", "b"))
    >>> [f.subject for f in both_drugs([Found("b", "interactsWith", "c", "r", resolved_from="either drug")], ctx)]
    ['b', 'a']
    """
    out = list(found)
    for f in found:
        if len(ctx.paired) == 2 and f.subject in ctx.paired and PAIR_WORDS.fullmatch(f.resolved_from):
            other = ctx.paired[0] if f.subject == ctx.paired[1] else ctx.paired[1]
            if other != f.object:
                out.append(dataclasses.replace(f, subject=other))
    return out


#: "It is fine to take A", "it is fine to carry on with your A": the reader may take A with the drug (decision 0699).
FINE_TO_TAKE = re.compile(
    r"\b(it is|it's|that is|that's)\s+(fine|safe|ok|okay|alright|all right)\s+to\s+"
    r"(take|use|have|carry on( with| taking)?|keep (taking|using)|continue( with| taking)?)\s+(your\s+|the\s+)?[*_]*",
    re.I,
)
#: "It is fine with A", "- It's fine with A and B": the drug (the pronoun's) is fine taken with A, a denied
#: interaction, as "A is fine with X" (FINE_AFTER_AGENTS) reads it with the names the other way round (decision 1031).
FINE_WITH = re.compile(
    r"\b(it is|it's|it\u2019s)\s+((also|usually|generally)\s+)?(fine|safe|ok|okay|alright|all right)\s+"
    r"(to\s+(take|use|have)\s+)?(with|alongside)\s+(your\s+|the\s+)?[*_]*",
    re.I,
)
#: "A has no (important) effect on B or C": A does not change how B and C work, a denied interaction (decision 0699).
NO_EFFECT_ON = re.compile(
    r"\bno (important |significant |clinically (relevant|significant|important) |known |real )?effects? on\s+"
    r"(your\s+|the\s+)?[*_]*",
    re.I,
)
#: Right after the agents that open a clause: they are fine (to take) with the drug, "A is fine", "A and B are fine to
#: take with it", "A at normal doses is fine", "A is fine with X" (`with`: the drug named after it; decision 0741);
#: "..., and A is fine with it too" (decision 1031: since a mention with its own verb after ", and" is no partner of
#: the clause before, the later clause's own reading keeps A's denial).
FINE_AFTER_AGENTS = re.compile(
    r"[*_]*\s+((at|in)\s+([\w-]+\s+){0,3}?(doses?|amounts?)\s+)?(is|are)\s+((also|usually|generally)\s+)?"
    r"(fine|ok|okay|alright|all right)(\s+to\s+(take|use|have)(\s+together)?)?"
    r"(\s+(with|alongside)\s+[*_]*(?P<with>[\w-]+))?(\s+(too|as\s+well))?(?=[*_]*\s*([.,;:)]|$))",
    re.I,
)
#: Between a clause's start and its first agent: a bullet, an article or one word ("- Paracetamol", "Also your A"),
#: after a professional's reported word ("and the pharmacist said A and B are fine with it": the report of a plain
#: statement, as the golds read it; a modal "may say" stays out, CONDITIONAL's and the verb's tense; decision 1074).
CLAUSE_OPENING = re.compile(
    r"[\s*_\u2022-]*((and|but|so)\s+)?(((the|my|your|his|her|our|their)\s+)?(pharmacist|doctor|gp|nurse|"
    r"consultant|specialist|midwife|dentist)s?\s+(said|says|told\s+(me|us|him|her|them))\s+(that\s+)?)?"
    r"((the|your|a|an)\s+)?([\w-]+\s+)?[*_]*",
    re.I,
)
#: After the last partner of such a denial: the clause ends (not "no effect on insulin release").
PARTNERS_END = re.compile(r"[*_]*\s*([.,;:)]|$|\b(and|but|so|as|because|either|too|for|when|if)\b)", re.I)
#: Before such a statement: a condition or a narrowing makes it no plain statement ("if your doctor says it is fine").
CONDITIONAL = re.compile(r"\b(if|unless|only|except|but|however|although|whether)\b", re.I)


def _fine_together(unit: Unit, ctx: Discourse, found: list[Found] = ()) -> list[Found]:
    """ "It is fine to take A (or B)" (the drug of the interactions section or the document's, unless another drug is
    in focus) and "X has no important effect on A or B" (X named before it in its clause, else that drug): denied
    interactions with each partner listed right after the cue, the list ending its clause (decision 0699). Nothing
    under a condition or narrowing before the cue.

    >>> u = Unit("It is fine to take A or B.", [(19, 20, "a", "Drug"), (24, 25, "b", "Drug")])
    >>> [(f.subject, f.object, f.negated) for f in _fine_together(u, Discourse(focus="x", main="x"))]
    [('x', 'a', True), ('x', 'b', True)]
    """
    owner = heading_owner(ctx, unit.heading, INTERACTIONS_HEADING) if unit.heading else None
    owner = owner or (ctx.main if ctx.focus in (None, ctx.main) else None)
    stated = {end for f in found if f.predicate == "interactsWith" for end in (f.subject, f.object)}
    claims = []
    for pattern in (FINE_TO_TAKE, FINE_WITH, NO_EFFECT_ON):
        match = pattern.search(unit.text)
        if match is None or CONDITIONAL.search(unit.text, 0, match.start()):
            continue
        drug = owner
        if pattern is NO_EFFECT_ON:
            opened = clause_start(unit.text, match.start())
            before = [m for m in unit.mentions if opened <= m[0] and m[1] <= match.start() and m[3] in DRUG]
            drug = before[-1][2] if before else owner
        listed = [m for m in unit.mentions if m[0] == match.end() and m[3] in DRUG]
        for m in (m for m in unit.mentions if listed and m[0] > listed[-1][0]):
            if COORDINATED.match(unit.text[listed[-1][1] : m[0]]) and m[3] in CHEMICAL:
                listed.append(m)
        if drug is None or not listed or not PARTNERS_END.match(unit.text, listed[-1][1]):
            continue
        claims += [no_interaction(drug, m[2]) for m in listed if m[2] != drug and m[2] not in stated]
    return claims + _fine_after_agents(unit, owner, stated)


def _fine_after_agents(unit: Unit, owner: str | None, stated: set[str]) -> list[Found]:
    """ "A is fine (to take with it)", "A and B are fine", "If you need Y while on X, A is fine": the agents that open
    the clause before FINE_AFTER_AGENTS and the drug (named after "with", else `owner`) do not interact (decision
    0741). Nothing under a condition in that clause ("if your doctor says A is fine"), nor for a negated "not fine".

    >>> u = Unit("A and B are fine to take with it.", [(0, 1, "a", "Drug"), (6, 7, "b", "Drug")])
    >>> [(f.subject, f.object, f.negated) for f in _fine_after_agents(u, "x", set())]
    [('x', 'a', True), ('x', 'b', True)]
    >>> _fine_after_agents(Unit("Your doctor may say A is fine.", [(20, 21, "a", "Drug")]), "x", set())
    []
    """
    claims = []
    for m in unit.mentions:
        fine = FINE_AFTER_AGENTS.match(unit.text, m[1]) if m[3] in CHEMICAL else None
        if fine is None:
            continue
        earlier = [x for x in unit.mentions if x[1] <= m[0]]
        listed = coordinated_before(unit.text, earlier, [m], lambda x: x[3] in CHEMICAL)
        # (a comma before the list may close another clause: "If you need Y while on X, A is fine")
        while listed and not CLAUSE_OPENING.fullmatch(unit.text, clause_start(unit.text, listed[0][0]), listed[0][0]):
            listed.pop(0)
        if not listed or CONDITIONAL.search(unit.text, clause_start(unit.text, listed[0][0]), fine.end()):
            continue
        drug = owner
        if fine.group("with") and fine.group("with").lower() not in ("it", "them"):
            named = [x for x in unit.mentions if x[0] == fine.start("with") and x[3] in DRUG]
            drug = named[0][2] if named else None
        if drug is None:
            continue
        claims += [no_interaction(drug, x[2]) for x in listed if x[2] != drug and x[2] not in stated]
    return claims


#: Between two agents coordinated as one subject: "A and B", "A, B or C", "**A** (a gloss) and the heart medicines
#: **B**" (a gloss in brackets, up to three words naming their kind).
COORDINATED = re.compile(
    r"^[*_]*\s*(\([^()]{1,60}\))?\s*[*_]*\s*(,\s*|,?\s*(and|or)\s+(?!(not|unlike|except|without)\b)"
    r"((the|other)\s+)?([a-z-]+\s+){0,3}?)[*_]*$",
    re.I,
)


def coordinated_before(text: str, earlier: list[tuple], listed: list[tuple], fits: Callable[[tuple], bool]) -> list:
    """`listed` (changed in place) with the mentions of `earlier` (in text order, all before it) coordinated back
    from its first one (COORDINATED between each two), while they `fit`: "A and B are fine", "Tea and coffee make no
    difference" (read by _fine_after_agents and foods.denied; decision 0815).

    >>> ms = [(0, 1, "a", "Drug"), (6, 7, "b", "Drug")]
    >>> [m[2] for m in coordinated_before("A and B are fine", ms[:1], [ms[1]], lambda m: m[3] == "Drug")]
    ['a', 'b']
    >>> [m[2] for m in coordinated_before("A and B are fine", ms[:1], [ms[1]], lambda m: m[2] == "b")]
    ['b']
    """
    for prev in reversed(earlier):
        if not fits(prev) or not COORDINATED.match(text[prev[1] : listed[0][0]]):
            break
        listed.insert(0, prev)
    return listed


#: Before a class coordinated with a member: the class stands for the member's like ("A and similar antibiotics").
OTHER_KIND = re.compile(r"\b(similar|other|related|some|certain|such)\s+[*_]*$", re.I)


def _coordinated_after(unit: Unit, drug: str, before: int) -> list[str]:
    """The agents coordinated after the subject `drug` before `before` ("A and B ...", "A (a gloss) and B ..."): B."""
    ms = [m for m in unit.mentions if m[1] <= before and m[3] in CHEMICAL]
    at = next((i for i, m in enumerate(ms) if m[2] == drug), None)
    if at is None:
        return []
    others = []
    for prev, m in zip(ms[at:], ms[at + 1 :], strict=False):
        gap = unit.text[prev[1] : m[0]]
        if not COORDINATED.match(gap):
            break
        if m[3] == "DrugClass" and (OTHER_KIND.search(gap) or _narrowed_class(unit.text, m)):
            continue  # ("A and similar antibiotics": the class stands for its other members, 0686)
        others.append(m[2])
    return others


def _with_coordinated(unit: Unit, drug: str | None, before: int, found: list[Found]) -> list[Found]:
    """The same claims for every agent coordinated after the subject before the cue: "A and B must not be combined
    with X", "A (a gloss) and B do not interact with X" (decision 0699); the subject alone otherwise.

    >>> u = Unit("A and B must not be combined with X.", [(0, 1, "a", "Drug"), (6, 7, "b", "Drug"),
    ...          (34, 35, "x", "Drug")])
    >>> [(f.subject, f.object) for f in _with_coordinated(u, "a", 8, [Found("a", "interactsWith", "x", "r")])]
    [('b', 'x')]
    """
    if drug is None or not found:
        return []
    others = _coordinated_after(unit, drug, before)
    objects = {f.object for f in found}
    return [
        dataclasses.replace(f, subject=other)
        for other in others
        if other not in objects and other != drug
        for f in found
    ]


#: The end of a cue of taking something while on a drug ("while taking", "while you are on", "avoided while using"):
#: a pronoun right after it is the drug taken (decision 0829); also a person the text names ("while she is on", "while
#: he takes": decision 0969).
WHILE_TAKING_END = re.compile(
    r"\bwhile\s+((you|he|she|they|i|we|someone)(\s+(are|is|am)|'re|'s|'m)?\s+)?(taking|using|on|take|takes|use|uses)$",
    re.I,
)


def _takes_pronoun(cue: re.Match) -> bool:
    """Whether a pronoun right after the combination cue is the drug the partner is taken with: the cue ends in
    "with" ("must not be taken with it", decision 0741) or is a while-cue ("avoid alcohol while taking it", 0829).

    >>> _takes_pronoun(re.search("while taking", "Avoid alcohol while taking it.")), _takes_pronoun(re.search(
    ...     "combined", "It is often combined."))
    (True, False)
    """
    cue_words = cue.group(0).lower()
    # ("Steroid tablets on top of it raise the risk": "on top of" as "with", decision 1023)
    ends = ("with", "apart from", "alongside", "on top of")
    return cue_words.endswith(ends) or WHILE_TAKING_END.search(cue_words) is not None


def _taken_with_it(unit: Unit, ctx: Discourse, cue: re.Match, drug: str | None) -> list[tuple[str, str, str]]:
    """ "A and B must not be taken with it", "A can be used with this medicine": the pronoun right after a cue that
    ends in "with" is the section's or the document's drug (`pronoun_partner`), the agents coordinated right before
    the cue its partners (decision 0741); (partner, agent, pronoun) for each. Nothing for "interact with" (read
    above) or when a drug is named after the pronoun's clause.

    >>> u = Unit("A and B must not be taken with it.", [(0, 1, "a", "Drug"), (6, 7, "b", "Drug")])
    >>> _taken_with_it(u, Discourse(focus="x", main="x"), re.search("taken with", u.text), "b")
    [('x', 'a', 'it'), ('x', 'b', 'it')]
    """
    if drug is None or not _takes_pronoun(cue) or FORMS["interact"].match(cue.group(0)):
        return []
    pronoun = pronoun_after(unit.text, cue)
    partner = object_partner(unit, ctx) if pronoun else None
    if partner is None or partner == drug:
        return []
    before = [m for m in unit.mentions if m[1] <= cue.start() and m[3] in CHEMICAL and not glossed(unit, m)]
    listed = before[-1:]
    for prev in reversed(before[:-1]):
        if not COORDINATED.match(unit.text[prev[1] : listed[0][0]]):
            break
        listed.insert(0, prev)
    if drug not in {m[2] for m in listed} and not _examples_follow(unit, drug, listed):
        return []
    # ("A raises the risk of Y when taken with it, and so does B": B is another partner of the drug; 0860)
    repeated = repeated_subjects(unit, cue.end())[1]
    return [(partner, m[2], pronoun.group(1)) for m in listed + repeated if m[2] != partner]


def _examples_follow(unit: Unit, drug: str, listed: list[tuple]) -> bool:
    """Whether `listed` are the examples named right after the class `drug` ("Painkillers such as A raise Y when taken
    with it": A, the example the sentence names, is the partner; decision 0860).

    >>> u = Unit("Painkillers such as A raise Y.", [(0, 11, "p", "DrugClass"), (20, 21, "a", "Drug")])
    >>> _examples_follow(u, "p", u.mentions[1:]), _examples_follow(u, "a", u.mentions[1:])
    (True, False)
    """
    before = [m for m in unit.mentions if m[1] <= listed[0][0]] if listed else []
    owner = before[-1] if before else None
    return bool(
        owner
        and owner[2] == drug
        and owner[3] == "DrugClass"
        and CLASS_EXAMPLES.fullmatch(unit.text, owner[1], listed[0][0])
    )


#: The cue of a warning against a drink taken with a drug: "do not / don't / never drink" (decision 0763).
DRINK_CUE = re.compile(r"(do not|don't|never) drink", re.I)
#: After the drinks of DRINK_CUE: "with", then the drug.
DRINK_WITH = re.compile(r"[*_]{0,2}\s+with\b", re.I)


def _drunk_with(unit: Unit, ctx: Discourse, cue: re.Match) -> list[Found]:
    """ "Do not drink alcohol with X", "Don't drink grapefruit juice with it": the drinks coordinated right after the
    cue (chemicals, alcohol and foods among them) interact with the drug named right after "with", or with the
    section's or the document's drug the pronoun there refers to (`pronoun_partner`); a warning, so asserted
    (decision 0763). Nothing when anything but the drinks stands before "with", or no drug follows it.

    >>> u = Unit("Do not drink alcohol with X.", [(13, 20, "alcohol", "Substance"), (26, 27, "x", "Drug")])
    >>> [(f.subject, f.object, f.negated) for f in _drunk_with(u, Discourse(), re.match("Do not drink", u.text))]
    [('x', 'alcohol', False)]
    >>> u = Unit("Don't drink alcohol with it.", [(12, 19, "alcohol", "Substance")])
    >>> [f.subject for f in _drunk_with(u, Discourse(focus="x", main="x"), re.match("Don't drink", u.text))]
    ['x']
    >>> u = Unit("Do not drink alcohol with food.", [(13, 20, "alcohol", "Substance"), (26, 30, "food", "Substance")])
    >>> _drunk_with(u, Discourse(focus="x", main="x"), re.match("Do not drink", u.text))
    []
    """
    text = unit.text
    drinks = [m for m in unit.mentions if m[0] >= cue.end() and m[3] in CHEMICAL]
    listed = drinks[:1]
    if not listed or text[cue.end() : listed[0][0]].strip(" *_"):
        return []
    for m in drinks[1:]:
        if not COORDINATED.match(text[listed[-1][1] : m[0]]):
            break
        listed.append(m)
    with_ = DRINK_WITH.match(text, listed[-1][1])
    if with_ is None:
        return []
    named = [m for m in unit.mentions if m[0] >= with_.end() and not text[with_.end() : m[0]].strip(" *_")]
    pronoun = None if named else PRONOUN_OBJECT.match(text, with_.end())
    drug = named[0][2] if named and named[0][3] == "Drug" else (object_partner(unit, ctx) if pronoun else None)
    if drug is None:
        return []
    resolved = pronoun.group(1) if pronoun else ""
    conf = Decimal("0.7") if pronoun else Decimal("0.8")
    return [
        Found(drug, "interactsWith", m[2], "combined-with", False, confidence=conf, resolved_from=resolved)
        for m in listed if m[2] != drug
    ]  # fmt: skip


def pronoun_partner(unit: Unit, ctx: Discourse) -> str | None:
    """The drug a pronoun in an interaction statement refers to ("A may raise its levels", "B can make it work less
    well"): the drug of the interactions section, else the drug in focus while it is the document's drug (or the
    document has none). A partner named in an earlier sentence is no referent: "Fluconazole raises its levels.
    Carbamazepine lowers its levels." speaks of the document's drug twice, not of fluconazole (decision 0686).

    >>> ctx = Discourse(focus="a", main="x")
    >>> pronoun_partner(Unit("B lowers its levels.", []), ctx) is None
    True
    >>> pronoun_partner(Unit("B lowers its levels.", []), Discourse(focus="x", main="x"))
    'x'
    """
    owner = heading_owner(ctx, unit.heading, INTERACTIONS_HEADING) if unit.heading else None
    return owner or (ctx.focus if ctx.main is None or ctx.focus == ctx.main else None)


#: The verbs that say two medicines act on each other, whose "with" names the partner and whose "it" after "with" is
#: the drug: "interact", "interfere", and the lay "clash" ("It does not clash with B", "B doesn't clash with it",
#: "It also clashes with A and B"; decision 1138).
INTERACT_VERBS = ("interact", "interfer", "clash")


def object_partner(unit: Unit, ctx: Discourse) -> str | None:
    """The drug "it" is after "interact / interfere with" or "taken with" ("Paracetamol does not interact with it"):
    `pronoun_partner`, else the document's drug when the sentence before stated interactions of it
    (`Discourse.interacted`): the drug that sentence left in focus is its partner, not "it" ("A raises the level of
    X. B does not interact with it": X, not A; decision 0926, as avoided_partners reads an avoided partner, 0893).

    >>> object_partner(Unit("B does not interact with it.", []), Discourse(focus="a", main="x", interacted="x"))
    'x'
    >>> object_partner(Unit("B does not interact with it.", []), Discourse(focus="a", main="x")) is None
    True
    """
    return pronoun_partner(unit, ctx) or (ctx.interacted if ctx.interacted and ctx.interacted == ctx.main else None)


#: Right after "interact with": a pronoun for the drug in focus, ending its clause ("... doesn't interact with it").
#: The pronoun right after an "on top of" cue, whose rule already requires the pair's harm or a warning after it ("A
#: on top of it makes you drowsy": the clause goes on past the pronoun; decision 1023).
ON_TOP_PRONOUN = re.compile(r"\s+(it|this (drug|medicine|medication)|the (drug|medicine|medication))\b", re.I)


def pronoun_after(text: str, cue: re.Match) -> re.Match | None:
    """The pronoun naming the drug right after a combination cue: one ending its clause (`PRONOUN_OBJECT`), or any
    after "on top of" (`ON_TOP_PRONOUN`).

    >>> t = "Alcohol on top of it makes you drowsy."
    >>> pronoun_after(t, re.search("on top of", t)).group(1), pronoun_after(t, re.search("Alcohol", t))
    ('it', None)
    """
    if cue.group(0).lower().endswith("on top of"):
        return ON_TOP_PRONOUN.match(text, cue.end())
    return PRONOUN_OBJECT.match(text, cue.end())


PRONOUN_OBJECT = re.compile(
    r"\s+(it|this (drug|medicine|medication)|the (drug|medicine|medication))\b(?!\s+\w+\s+with)"
    r"(?=\s*(either|too|at all)?\s*([.,;:)]|$|\b(and|but|so|as)\b))",
    re.I,
)
#: A bare denial of any interaction ("as there is no interaction", "- A: no interaction, and ..."), ending its clause:
#: the agents named before it in the sentence and the drug in focus do not interact (no-interaction).
NO_INTERACTION = re.compile(
    r"\b(there (is|are|'s) |with )?no (known |clinically (relevant|significant|important) |significant |important |"
    r"harmful |dangerous )?interactions?\b(?!\s+(with|between|of)\b)(?=\s*([.,;:)]|$))",
    re.I,
)
#: "There is no (known) interaction between A and B (or C)": a denial that names both ends itself (decision 0673).
NO_INTERACTION_BETWEEN = re.compile(
    r"\bno (known |clinically (relevant|significant|important) |significant |important |harmful |dangerous )?"
    r"interactions? between\s+",
    re.I,
)
#: "(A has / there is) no (known) interaction with B (or with C)": a denial whose partners follow it (decision 0699);
#: its drug is the agent named before it in the clause, else the section's or the document's drug.
NO_INTERACTION_WITH = re.compile(
    r"\bno (known |clinically (relevant|significant|important) |significant |important |harmful |dangerous )?"
    r"(\*\*|__)?interactions?(\*\*|__)? with\s+",
    re.I,
)
#: Where the partners of such a denial end: the clause's end, or a word that narrows or gives a reason.
DENIAL_LIST_END = re.compile(
    r"[.;:()]|\b(but|however|although|except|unless|apart from|other than|so|because|as)\b", re.I
)
#: Words that take back or narrow a bare denial before it ("no interaction except ...", "but ... no interaction").
NARROWED = re.compile(r"\b(but|however|although|except|unless|apart from|other than)\b", re.I)


def _no_interaction(unit: Unit, ctx: Discourse, found: list[Found] = ()) -> list[Found]:
    """ "You can take A with it, as there is no interaction", "- A for pain: no interaction": a denied interaction
    between the drug in focus and each agent named before the bare denial in the sentence (no-interaction; the drug
    resolved from the discourse, confidence 0.5). Nothing when the sentence names no agent before it, or narrows.

    >>> u = Unit("A is fine, as there is no interaction.", [(0, 1, "a", "Drug")])
    >>> [(f.subject, f.object, f.negated) for f in _no_interaction(u, Discourse(focus="x", main="x"))]
    [('x', 'a', True)]
    """
    # (the drug of an interactions section, else the document's drug while no other drug is in focus: a bullet
    # about another agent leaves that agent in focus)
    owner = heading_owner(ctx, unit.heading, INTERACTIONS_HEADING) if unit.heading else None
    owner = owner or (ctx.main if ctx.focus in (None, ctx.main) else None)
    between = _no_interaction_between(unit, found) or _no_interaction_with(unit, owner, found)
    if between:
        return between
    match = NO_INTERACTION.search(unit.text)
    if owner is None or match is None or NARROWED.search(unit.text, 0, match.start()):
        return []
    stated = {end for f in found if f.predicate == "interactsWith" for end in (f.subject, f.object)}
    return [
        no_interaction(owner, m[2], match.group(0).strip())
        for m in unit.mentions
        if m[1] <= match.start() and m[3] in CHEMICAL and m[2] != owner and m[2] not in stated
    ]


def _no_interaction_with(unit: Unit, owner: str | None, found: list[Found]) -> list[Found]:
    """ "A has no interaction with B or with C", "There is no known interaction with B": A (the drug named before the
    denial in its clause, else `owner`) and each agent after it, up to the clause's end, do not interact (decision
    0699). Nothing when the denial is narrowed before it or names no partner.

    >>> u = Unit("A has no interaction with B or with C.", [(0, 1, "a", "Drug"), (26, 27, "b", "Drug"),
    ...          (36, 37, "c", "Drug")])
    >>> [(f.subject, f.object, f.negated) for f in _no_interaction_with(u, None, [])]
    [('a', 'b', True), ('a', 'c', True)]
    """
    match = NO_INTERACTION_WITH.search(unit.text)
    if match is None:
        return []
    opened = clause_start(unit.text, match.start())
    if NARROWED.search(unit.text, 0, match.start()):
        return []
    before = [m for m in unit.mentions if opened <= m[0] and m[1] <= match.start() and m[3] in DRUG]
    drug = before[-1][2] if before else owner
    stop = DENIAL_LIST_END.search(unit.text, match.end())
    end = stop.start() if stop else len(unit.text)
    stated = {end for f in found if f.predicate == "interactsWith" for end in (f.subject, f.object)}
    if drug is None:
        return []
    return [
        no_interaction(drug, m[2])
        for m in unit.mentions
        if match.end() <= m[0] and m[1] <= end and m[3] in CHEMICAL and m[2] != drug and m[2] not in stated
    ]


def _no_interaction_between(unit: Unit, found: list[Found]) -> list[Found]:
    """ "There is no interaction between A and B or C": A and each agent listed after it do not interact (the
    clause's agents after the cue, up to a word that narrows the denial).

    >>> u = Unit("There is no interaction between A and B.", [(32, 33, "a", "Drug"), (38, 39, "b", "Drug")])
    >>> [(f.subject, f.object, f.negated) for f in _no_interaction_between(u, [])]
    [('a', 'b', True)]
    """
    match = NO_INTERACTION_BETWEEN.search(unit.text)
    if match is None:
        return []
    narrowed = NARROWED.search(unit.text, match.end())
    semicolon = unit.text.find(";", match.end())
    end = min(narrowed.start() if narrowed else len(unit.text), semicolon if semicolon > 0 else len(unit.text))
    ends = [m for m in unit.mentions if match.end() <= m[0] and m[1] <= end and m[3] in CHEMICAL]
    stated = {(f.subject, f.object) for f in found if f.predicate == "interactsWith"}
    if len(ends) < 2 or ends[0][0] != match.end():
        return []
    first = ends[0][2]
    return [
        no_interaction(first, m[2])
        for m in ends[1:]
        if m[2] != first and (first, m[2]) not in stated and (m[2], first) not in stated
    ]


#: A hyphenated modifier right before a class name: "anti-inflammatory painkillers", "non-sedating antihistamines".
HYPHENATED_MODIFIER = re.compile(r"\b[a-z]+-[a-z]+(-[a-z]+)*\s+$", re.I)

#: Right after a class after KIND_BEFORE: the name of the narrower kind ("the type of antidepressant called an MAOI",
#: "a group of antibiotics known as macrolides"; decision 0804).
KIND_NAMED_AFTER = re.compile(r"s?,?\s+(called|known as|named|such as the)\s", re.I)
#: Right before a class: the word that makes it the kind of a narrower one ("the type of antidepressant called ...").
KIND_BEFORE = re.compile(r"\b(type|types|kind|kinds|sort|sorts|group|family|class) of\s+$", re.I)
#: Right before a class: a pair the text has named ("the two antibiotics", "both medicines"; decision 0804).
PAIR_BEFORE = re.compile(r"\b(the two|these two|both( the| of the| these)?)\s+$", re.I)


#: Right after a class that is the subject of an interaction cue: the lead of its examples ("Some X, such as A, ...").
EXAMPLES_LEAD = re.compile(r"\s*,?\s*(such as|like|including|for example|e\.g\.),?\s+", re.I)
#: Between two examples: a list's comma or conjunction.
EXAMPLES_BETWEEN = re.compile(r"\s*(,\s*(and\s+|or\s+)?|\s(and|or)\s+)\s*", re.I)
#: After the last example, before the cue: a comma, and adverbs or a modal of the cue's own verb at most.
EXAMPLES_END = re.compile(r"[\s,]*((also|all|both|can|may|might|could|do|does|not|never|sometimes|often)\s+)*", re.I)


def _examples_of(unit: Unit, subject: str | None, cue: int) -> list[str]:
    """The drugs named as examples of a class right after it and before the cue at `cue` ("Some epilepsy medicines,
    such as A and B, also interact with it"), when the cue's subject is that class or one of them: each is a partner
    as the class is. None when anything but a list of drugs stands between (decision 0847).

    >>> u = Unit("Some Xs, such as A or B, interact with it.", [(5, 7, "x", "DrugClass"), (17, 18, "a", "Drug"),
    ...     (22, 23, "b", "Drug")])
    >>> _examples_of(u, "x", 25), _examples_of(u, "b", 25)
    (['a', 'b'], ['a', 'b'])
    >>> u = Unit("Xs, such as A for pain, interact with it.", [(0, 2, "x", "DrugClass"), (12, 13, "a", "Drug")])
    >>> _examples_of(u, "x", 24)
    []
    """
    text = unit.text
    owner = [m for m in unit.mentions if m[1] <= cue and m[3] == "DrugClass"]
    lead = EXAMPLES_LEAD.match(text, owner[-1][1]) if owner else None
    if not lead:
        return []
    at, out = lead.end(), []
    for m in [m for m in unit.mentions if lead.end() <= m[0] and m[1] <= cue]:
        if m[3] != "Drug" or not (m[0] == at or EXAMPLES_BETWEEN.fullmatch(text, at, m[0])):
            return []
        out.append(m[2])
        at = m[1]
    if not out or not EXAMPLES_END.fullmatch(text, at, cue) or subject not in (owner[-1][2], *out):
        return []
    return out


def _narrowed_class(text: str, mention: tuple) -> bool:
    """Whether a drug class is named with a classifying modifier the mention leaves out: what interacts is that
    narrower class, not every member of the one recognised (a member of a narrower class is still a member of the
    broad one, so membership claims keep it)."""
    if mention[3] != "DrugClass":
        return False
    # ("the type of antidepressant called an MAOI": the kind of the narrower class named after it; "the two
    # antibiotics", "both antibiotics": the pair the text names, not the whole class; decision 0804)
    return bool(
        HYPHENATED_MODIFIER.search(text, max(0, mention[0] - 40), mention[0])
        or (KIND_NAMED_AFTER.match(text, mention[1]) and KIND_BEFORE.search(text, max(0, mention[0] - 30), mention[0]))
        or PAIR_BEFORE.search(text, max(0, mention[0] - 20), mention[0])
    )
