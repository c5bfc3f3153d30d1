"""A claim of a top-band rule whose owner the sentence names only by reference, and not as the document's drug: its
own rule name (decision 0957).

The rules whose first readings bound them at 0.87 or more (interaction-denied, value-range, level-of, withdrawal,
dose-line: decisions 0939, 0956) make claims the next never-tuned run judges above the threshold. Their commonest
wrong claims on first readings were one shape: the sentence names its owner only as "It" / "its" / "Stopping it" (or
not at all, a dose line), and that reference was resolved to a drug other than the document's own - a partner the
previous sentence named ("St John's wort may make it work less well. It does not interact with my blood pressure
tablets"), a drug named in passing ("It is a small tablet, 5 mg, ... on top of the metformin"). Whether such an "it"
is the partner or the document's drug is not in the sentence ("Ketoconazole raises the level of apixaban. It also
raises the level of simvastatin": the partner; "Gemfibrozil makes the level of rosiglitazone go up ... It doesn't
interact with digoxin": the document's drug). The clean shape - the owner named in the sentence, or a reference
resolved to the document's drug - keeps its rule and its record; the referred shape is another rule,
`<rule>-referred`, which no first reading has judged yet (UNMEASURED until a run reads it). The claim itself is
unchanged.

Decision 1032: when the document's drug itself is a guess - a title-less text naming two drugs equally often, the tie
broken by nothing but which is named first (`Discourse.main_tied`) - a reference resolved to it is no surer than one
resolved to a partner: its claim takes the referred shape too.
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.owner_certainty import REFERENCE_NOUNS, owner_certainty
from graph_build.text.units import Discourse, Found, Unit

#: The rules near the top band whose referred shape gets its own name, `<rule>-referred` (class-negated, 145 / 23 on
#: first readings and proven by them since decision 0977, with them: its "It is not a sedative" resolved to a drug
#: named in passing was three of its four wrong claims on the development sets; decision 0978).
REFERRED = {
    rule: f"{rule}-referred"
    for rule in ("interaction-denied", "value-range", "level-of", "withdrawal", "dose-line", "class-negated")
}

#: Denials whose "It" was resolved to a partner the sentence before named: the document's drug's denial. A writer who
#: says what a medicine does not interact with speaks of the medicine the text is about ("Gemfibrozil raises the level
#: of rosiglitazone. It doesn't interact with digoxin"): on the development sets every such claim the partner was given
#: (25) the gold gave to the document's drug, and none to the partner (decision 1042, there only where the document's
#: drug is sure, `sure`). A raised or lowered level ("It also raises the level of simvastatin") may be the partner's
#: and keeps its subject. So too a denied withdrawal ("There's no withdrawal if I stop it", "It has no withdrawal
#: effects"): a writer who says stopping a medicine brings no withdrawal speaks of the medicine the text is about. On
#: the 336 development sets every denied withdrawal whose "it" was given to a partner or a person's other medicine (45)
#: was wrong, the gold giving it to the document's drug. Decision 1124 moves both denials unless the document's drug is
#: a guess of a tie (`Discourse.main_tied`), not only where it is sure: of the denied interactions given to a partner
#: where it was not sure, 31 the gold gave to the document's drug (a letter about a new medicine, "It doesn't interact
#: with my paracetamol") and 4 to the partner (a document whose own drug was lost to another). Only a denial (the claim
#: negated); the moved claim keeps its `-referred` name (a denied withdrawal too: decisions 1122, 1124).
OWNED_DENIALS = frozenset({"interaction-denied", "withdrawal"})

#: Right before a denied class the move reads: the denial itself, the class next to it ("It isn't a steroid"). A word
#: between narrows what is denied ("It isn't a bulk-forming fibre laxative": a kind of laxative, the medicine may
#: still be one), so such a denial keeps the owner it was given (decision 1110).
DENIED_CLASS_NEXT = re.compile(r"(?:\bnot|n['’]t)\s+(?:an?|one\s+of\s+the)\s+(?:[*_]+\s*)?$", re.I)

#: Class statements and contraindications whose "It" was resolved to another drug than the document's: the
#: document's drug's. A writer who says what a medicine is ("It is a thiazide-like diuretic", "It isn't a steroid",
#: "It belongs to the PARP inhibitors") or who must not take it ("My dermatologist said it should be avoided in
#: pregnancy", "People who are allergic to it can't take it") speaks of the medicine the text is about, even after a
#: sentence naming a person's other medicine or a partner ("My GP started me on ramipril ... she added xipamide. It is
#: a thiazide-like diuretic"). On the 312 development sets every class claim given to the other drug was wrong (20
#: class-membership, 29 class-negated, 1 class-statement), and of 78 should-not-take claims given to another drug the
#: 16 right were the document's drug under a synonym (decision 1110). An allergy "to it" follows the moved owner
#: (allergies.own_allergies reads the subject after this). Only where the document's drug is named more often than
#: any other drug or by the title (no guess of a tie: decision 1134; 1110 asked for `sure`) and the
#: sentence does not name it beside the "it" ("Like amitriptyline, it is a tricyclic": the "it" is another); the owner
#: stays unsure (`owner_sure`), so the confidence falls, and a denied class keeps its `-referred` name. A drug the
#: sentences before named without the document's drug (`held`: "Jo takes fluoxetine. It is not a sleeping tablet")
#: keeps the claim: the "it" may be either (decision 1032); so does one given to the "it" right after a sentence naming
#: the document's drug (`before`: "Like amitriptyline, it is a tricyclic. It is not an opioid": the focus left the
#: document's drug knowingly). The rule of each such statement and its predicate.
OWNED_STATEMENTS = {
    "class-membership": "isA",
    "class-statement": "isA",
    "class-negated": "isA",
    "should-not-take": "contraindicatedIn",
    "safe-in": "contraindicatedIn",  # ("It isn't safe in pregnancy": the same prohibition; decision 1134)
}


def referred(
    found: list[Found],
    ctx: Discourse,
    held: str | None = None,
    unit: Unit | None = None,
    before: frozenset[str] = frozenset(),
    heading: frozenset[str] = frozenset(),
) -> list[Found]:
    """`found` with each claim of a REFERRED rule whose subject was resolved from a reference to a drug other than the
    document's drug under the rule's `-referred` name (a denied interaction or withdrawal given to the document's
    drug unless that drug is a guess of a tie, decisions 1042, 1124); unchanged when the document has no drug of its
    own. So too a reference resolved to the document's drug when that drug is a guess of a tie, or when the drug the
    sentences before left in focus (`held`) is another (decision 1032), and any owner given by reference or left
    unstated when the document's drug is not sure (`sure`: decision 1124).

    >>> ctx = Discourse(focus="gemfibrozil", main="rosiglitazone", title="Rosiglitazone")
    >>> f = Found("gemfibrozil", "interactsWith", "digoxin", "interaction-denied", True, resolved_from="It")
    >>> [(g.subject, g.rule) for g in referred([f], ctx)]
    [('rosiglitazone', 'interaction-denied-referred')]
    >>> [g.rule for g in referred([dataclasses.replace(f, subject="rosiglitazone")], ctx)]
    ['interaction-denied']
    >>> [g.rule for g in referred([dataclasses.replace(f, resolved_from="")], ctx)]
    ['interaction-denied']
    >>> [g.rule for g in referred([f], Discourse(focus="gemfibrozil"))]
    ['interaction-denied']
    >>> tied = Discourse(focus="rosiglitazone", main="rosiglitazone", main_tied=True)
    >>> [g.rule for g in referred([dataclasses.replace(f, subject="rosiglitazone")], tied)]
    ['interaction-denied-referred']
    >>> moved = Discourse(focus="gemfibrozil", main="rosiglitazone")
    >>> [g.rule for g in referred([dataclasses.replace(f, subject="rosiglitazone")], moved, held="gemfibrozil")]
    ['interaction-denied-referred']
    >>> unstated = dataclasses.replace(f, subject="rosiglitazone", resolved_from="withdrawal")
    >>> [g.rule for g in referred([unstated], ctx, held="gemfibrozil")]
    ['interaction-denied']
    >>> [g.rule for g in referred([unstated], moved, held="gemfibrozil")]  # (no title, not named most: a guess)
    ['interaction-denied-referred']
    """
    if not ctx.main:
        return found
    # (the sentences before left another drug in focus - a partner, a person's other medicine - and the reference was
    # still resolved to the document's drug: a careful reader cannot tell which the "it" is; decision 1032)
    # (only a reference word, "it", "the tablet": a claim whose owner the sentence leaves unstated, "There's no
    # withdrawal with mine", is the document's drug's still)
    # (decision 1057: one certainty of the owner, `owner_certainty`, read by every rule: a band rule's claim with an
    # unsure owner takes its `-referred` name, every other resolved claim counts one doubt more)
    out = []
    for f in found:
        certainty = owner_certainty(f, ctx, unit, held, before, heading)
        if not certainty.sure:
            f = dataclasses.replace(f, owner_sure=False)
        if (
            f.rule in OWNED_DENIALS
            and f.negated
            and f.resolved_from
            and f.subject != ctx.main
            and f.object != ctx.main
            and not ctx.main_tied
            and not _held_back(f, ctx, unit, held, before)
        ):
            out.append(_owned_denial(f, ctx.main))
        elif f.subject != held and ctx.main not in before and _owned_statement(f, ctx, unit):
            moved = dataclasses.replace(f, subject=ctx.main, owner_sure=False)
            out.append(dataclasses.replace(moved, rule=REFERRED.get(f.rule, f.rule)))
        elif (
            f.rule in REFERRED
            and f.resolved_from
            # (the owner given by reference is another drug or unsure; or it is the document's drug, but that drug is
            # itself a guess: no title names it and the text does not name it more than any other three times or more
            # - a letter about a drug no vocabulary knows, a club newsletter naming the writer's other medicines;
            # decision 1124)
            and (f.subject != ctx.main or not certainty.sure or not sure(ctx))
        ):
            out.append(dataclasses.replace(f, rule=REFERRED[f.rule]))
        else:
            out.append(f)
    return out


def _held_back(f: Found, ctx: Discourse, unit: Unit | None, held: str | None, before: frozenset[str]) -> bool:
    """Whether a denial keeps the owner its "it" went to: the document's drug is not sure and that owner is a drug the
    sentences before named as taken (`held`: "I still take paracetamol for my knee. There's no withdrawal if it's
    stopped") or the list item before named ("Her other medicines: - B - It does not ..."): decision 1122, as a
    class statement keeps it (1110)."""
    listed = unit is not None and bool(unit.item or unit.bullet) and f.subject in before
    return (f.subject == held or listed) and not sure(ctx)


#: A sentence opening with a reference to a drug ("It", "Its", "The tablets", "This medicine", "Stopping it"): the
#: sentence speaks of the drug in focus, whatever else it names (decision 1032).
REFERENCE_OPENS = re.compile(
    r"\W*(?:(?:stopping|taking|starting)\s+)?(?:it|its|they|their|" + REFERENCE_NOUNS + r")\b", re.I
)


#: Right before a drug: words naming it as a medicine someone takes or was given ("Her husband takes B", "The GP also
#: started her on B", "She stopped taking B", "a tablet called B"): a medicine of its own, which a later "it" may be
#: (decision 1032). A drug the sentences name otherwise - a hormone the body makes less of, a partner, a kin - is none.
TAKEN_BEFORE = re.compile(
    r"\b(?:takes?|taking|took|uses?|using|used|(?:is|was|are|were)\s+on|given|prescribed|called|"
    r"(?:started|put|switched)\s+(?:(?:him|her|me|them|us|you)\s+)?(?:on|onto|to))"
    r"\s+(?:(?:a|an|the|some|his|her|my|their|your)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
#: How far before a drug the words naming it taken may stand.
TAKEN_REACH = 40


def named_alone(unit: Unit, main: str | None) -> set[str]:
    """The drugs `unit` names as a medicine someone takes or was given, without the document's drug `main`: not
    naming it, nor opening with a reference to the drug in focus - "Her husband takes B.", "The GP also started her
    on B." (a medicine of its own, which a later "it" may be), not "It does not interact with B.", "A is fine with
    B." (B named beside the document's drug) nor "Less B is made." (decision 1032).

    >>> named_alone(Unit("Her husband takes B.", [(18, 19, "b", "Drug")]), "a")
    {'b'}
    >>> named_alone(Unit("It does not interact with B.", [(26, 27, "b", "Drug")]), "a")
    set()
    >>> named_alone(Unit("A is fine with B.", [(0, 1, "a", "Drug"), (15, 16, "b", "Drug")]), "a")
    set()
    >>> named_alone(Unit("Less B is made.", [(5, 6, "b", "Drug")]), "a")
    set()
    """
    named = {m[2] for m in unit.mentions if m[3] == "Drug"}
    if main in named or REFERENCE_OPENS.match(unit.text):
        return set()
    return {
        m[2]
        for m in unit.mentions
        if m[3] == "Drug" and TAKEN_BEFORE.search(unit.text, max(0, m[0] - TAKEN_REACH), m[0])
    }


def sure(ctx: Discourse) -> bool:
    """Whether the document's drug is certain: the title names it, or the text names it at least three times and more
    often than any other drug (`Discourse.leading`). A drug chosen by a tie or by one mention more than the partner
    may be the wrong one (decision 1042: two of the three wrong denials a first try moved).

    >>> sure(Discourse(main="rosiglitazone", title="Rosiglitazone for diabetes"))
    True
    >>> sure(Discourse(main="rosiglitazone", title="Club news")), sure(Discourse(main="a", leading="a", title="News"))
    (False, True)
    """
    return ctx.leading == ctx.main or (ctx.main or "").replace("-", " ") in ctx.title.lower()


def _owned_statement(f: Found, ctx: Discourse, unit: Unit | None = None) -> bool:
    """Whether `f` is a class statement or a contraindication of OWNED_STATEMENTS whose reference word ("It", "it")
    was resolved to a drug other than the document's drug, not named in the sentence before the word: the
    document's drug's (decision 1110). The document's drug need not be sure (`sure`): named more often than any
    other drug is enough, a drug chosen of a tie is not (decision 1134). A drug the sentence names before it ("Her
    sister takes B, and it is a Y") is the one the "it" names.

    >>> ctx = Discourse(focus="ramipril", main="xipamide", title="Xipamide for blood pressure")
    >>> f = Found("ramipril", "isA", "diuretic", "class-membership", resolved_from="It")
    >>> _owned_statement(f, ctx), _owned_statement(dataclasses.replace(f, resolved_from=""), ctx)
    (True, False)
    >>> _owned_statement(f, Discourse(focus="ramipril", main="xipamide", title="Club news"))
    True
    >>> _owned_statement(f, Discourse(focus="ramipril", main="xipamide", title="Club news", main_tied=True))
    False
    >>> g = Found("ramipril", "contraindicatedIn", "pregnant-women", "should-not-take", resolved_from="it")
    >>> _owned_statement(g, ctx)
    True
    >>> u = Unit("He takes ramipril, and it is a Y.", [(9, 17, "ramipril", "Drug")])
    >>> v = Unit("It is a Y with ramipril.", [(15, 23, "ramipril", "Drug")])
    >>> _owned_statement(f, ctx, Unit("Like xipamide, it is a Y.", [(5, 13, "xipamide", "Drug")]))
    False
    >>> _owned_statement(f, ctx, u), _owned_statement(f, ctx, v)
    (False, True)
    >>> n = dataclasses.replace(f, object="laxative", rule="class-negated", negated=True)
    >>> w = Unit("It isn't a bulk-forming laxative.", [(24, 32, "laxative", "DrugClass")])
    >>> _owned_statement(n, ctx, w), _owned_statement(n, ctx, Unit("It isn't a laxative.", [(11, 19, "laxative", "X")]))
    (False, True)
    """
    if not (
        OWNED_STATEMENTS.get(f.rule) == f.predicate
        and f.resolved_from
        and REFERENCE_OPENS.match(f.resolved_from)
        and f.subject != ctx.main
        and f.object != ctx.main
        # (decision 1134: a letter that names its drug twice and a partner once still states who must not take its
        # drug and what class it is; 1110 asked for a sure drug, three mentions or the title, and left most such
        # statements to the partner the focus held. A drug chosen of a tie is a guess: no move.)
        and (sure(ctx) or not ctx.main_tied)
    ):
        return False
    if unit is None:
        return True
    if (
        f.negated
        and f.predicate == "isA"
        and not any(m[2] == f.object and DENIED_CLASS_NEXT.search(unit.text, 0, m[0]) for m in unit.mentions)
    ):
        return False
    word = re.search(rf"\b{re.escape(f.resolved_from.strip())}\b", unit.text, re.I)
    at = word.start() if word else len(unit.text)
    if any(m[2] == ctx.main for m in unit.mentions):
        return False  # ("Like amitriptyline, it is a tricyclic antidepressant": the document's drug is named apart)
    return not any(m[2] == f.subject and m[0] < at for m in unit.mentions)


def _owned_denial(f: Found, main: str) -> Found:
    """The denied interaction `f` ("It does not interact with X") as the document's drug's, under the rule's
    `-referred` name (decision 1042).

    >>> f = Found("gemfibrozil", "interactsWith", "digoxin", "interaction-denied", True, resolved_from="It")
    >>> g = _owned_denial(f, "rosiglitazone")
    >>> (g.subject, g.object, g.negated, g.rule)
    ('rosiglitazone', 'digoxin', True, 'interaction-denied-referred')
    """
    return dataclasses.replace(f, subject=main, rule=REFERRED[f.rule])
