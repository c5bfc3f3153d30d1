"""Whether a careful reader is sure whose "it" a claim's subject is: ONE certainty of a resolved owner (issue 12,
decision 1057).

Run 18's eighteen wrong top-band claims all rested on a pronoun given to the wrong drug; 89 of its 99 right ones
also rested on a pronoun. A pronoun's owner is doubtful in a few shapes a careful reader notices, and sure in the
rest (the only drug in the paragraph, a title drug with no rival, the previous sentence's subject):

- the document's drug is a guess: chosen of drugs named equally often by which came first (`Discourse.main_tied`,
  decision 1032). (A drug neither titled nor named most (referred_owners.sure), with another drug in the sentence
  before, was tried as a doubt too and left out: the other drug is as often a partner the sentence named beside it,
  a gel rubbed in, a body substance - readings decision 1032 keeps sure; the choice itself is document_drugs'.)
- the reference was resolved to a drug other than the document's (decision 0957);
- the sentences before left another drug in focus - a person's other medicine, named as taken (`held`, decision
  1032);
- another drug named as a medicine someone takes stands in the same sentence before the reference word ("Her husband
  takes B, and it ..."; not a partner named beside the document's drug, "B is fine with it", "B and C lower its
  level", "Unlike B, it ...": on the development sets 33 of 35 such band claims were right, the 2 wrong by naming;
  decision 1057);
- a list item under a heading that names another drug ("## Bisoprolol / - It does not interact with C");
- a plural reference ("they", "these tablets") right after a sentence that named another drug: it may be both.

Only a reference word counts ("it", "its", "the tablets", "stopping it": `REFERENCE_OPENS`): a claim whose owner the
sentence leaves unstated ("There is no withdrawal") is the document's drug's, a reading no pronoun makes.

The certainty is computed once per claim (`owner_certainty`) and read in two places: a top-band rule's claim with an
unsure owner takes the rule's `-referred` name (referred_owners.py), and every other resolved claim with an unsure
owner counts one doubt more (`Found.owner_sure`, extract.py), so its confidence falls; no claim is dropped for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph_build.text.topic import names_drug
from graph_build.text.units import Discourse, Found, Unit

#: The words of a drug's form that make a reference of a determiner ("the tablets", "this medicine"); shared with
#: referred_owners.REFERENCE_OPENS, the same reference opening a sentence (decision 1032).
REFERENCE_NOUNS = (
    r"(?:the|this|these|that|those)\s+(?:tablets?|capsules?|pills?|medicines?|medications?|drugs?|injections?|"
    r"jabs?|patch(?:es)?|drops|liquid|inhaler|spray)"
)
#: A reference to a drug ("It", "Its", "The tablets", "This medicine", "Stopping it"): the words a careful reader
#: resolves to a drug named elsewhere (decision 1032).
REFERENCE_OPENS = re.compile(
    r"\W*(?:(?:stopping|taking|starting)\s+)?(?:it|its|they|them|their|" + REFERENCE_NOUNS + r")\b", re.I
)
#: A plural reference: "they", "them", "their", "these tablets" - after a sentence naming two drugs, possibly both
#: (decision 1057).
PLURAL = re.compile(r"\W*(?:(?:stopping|taking|starting)\s+)?(?:they|them|their|these|those)\b", re.I)


@dataclass(frozen=True)
class OwnerCertainty:
    """Whether a careful reader is sure of a claim's owner, and else the shape that makes them doubt it."""

    sure: bool = True
    #: the doubtful shape: "tied", "another-drug", "held", "rival-before", "heading", "plural" (empty when
    #: sure)
    doubt: str = ""


SURE = OwnerCertainty()


def owner_certainty(
    f: Found,
    ctx: Discourse,
    unit: Unit | None = None,
    held: str | None = None,
    before: frozenset[str] = frozenset(),
    heading: frozenset[str] = frozenset(),
) -> OwnerCertainty:
    """How sure a careful reader is of the owner of claim `f` found in `unit`: SURE unless its subject was resolved
    from a reference word and one of the doubtful shapes holds (module doc). `held`: the drug the sentences before
    left in focus when their last naming of it was without the document's drug; `before`: the drugs the previous
    sentence named; `heading`: the drugs the section's heading names.

    >>> ctx = Discourse(focus="a", main="a", title="A for pain")
    >>> f = Found("a", "interactsWith", "c", "interaction-denied", True, resolved_from="It")
    >>> owner_certainty(f, ctx)
    OwnerCertainty(sure=True, doubt='')
    >>> owner_certainty(f, Discourse(focus="a", main="a", title="A for pain", main_tied=True)).doubt
    'tied'
    >>> owner_certainty(f, Discourse(focus="a", main="a", title="Club news"), before=frozenset({"b"})).sure
    True
    >>> owner_certainty(Found("b", "interactsWith", "c", "r", resolved_from="It"), ctx).doubt
    'another-drug'
    >>> owner_certainty(f, ctx, held="b").doubt
    'held'
    >>> u = Unit("Her son takes B and it does not interact with C.", [(14, 15, "b", "Drug"), (46, 47, "c", "Drug")])
    >>> owner_certainty(f, ctx, u).doubt
    'rival-before'
    >>> g = Found("a", "interactsWith", "c", "r", True, resolved_from="They")
    >>> owner_certainty(g, ctx, before=frozenset({"a", "b"})).doubt, owner_certainty(g, ctx, before=frozenset({"a"}))
    ('plural', OwnerCertainty(sure=True, doubt=''))
    >>> owner_certainty(Found("a", "hasWithdrawalEffect", "w", "withdrawal", resolved_from="withdrawal"), ctx).sure
    True
    >>> item = Unit("It does not interact with C.", [(26, 27, "c", "Drug")], item=True)
    >>> owner_certainty(f, ctx, item, heading=frozenset({"b"})).doubt, owner_certainty(f, ctx, item).sure
    ('heading', True)
    """
    if not ctx.main or not f.resolved_from or not REFERENCE_OPENS.fullmatch(f.resolved_from.strip()):
        return SURE
    if f.subject != ctx.main:
        return OwnerCertainty(False, "another-drug")
    if ctx.main_tied:
        return OwnerCertainty(False, "tied")
    if held not in (None, ctx.main):
        return OwnerCertainty(False, "held")
    if unit is not None and _rival_before(f, unit):
        return OwnerCertainty(False, "rival-before")
    if unit is not None and (unit.item or unit.bullet) and heading - {f.subject, f.object}:
        # (a list item under a heading that names another drug: the item may be about that drug)
        return OwnerCertainty(False, "heading")
    if PLURAL.match(f.resolved_from) and before - {ctx.main, f.object}:
        return OwnerCertainty(False, "plural")
    return SURE


def _rival_before(f: Found, unit: Unit) -> bool:
    """Whether `unit` names, before its reference word, a drug as a medicine someone takes ("Her husband takes B, and
    it ...": `referred_owners.TAKEN_BEFORE`, decision 1032) other than the claim's subject and object, and does not
    name the subject itself before it. A drug named there otherwise is a partner beside the document's drug ("B is
    fine with it", "B and C lower its level", "Unlike B, it ...", "A raises the level of B, and it ..."): no rival.

    >>> u = Unit("He takes B, and it does not interact with C.", [(9, 10, "b", "Drug"), (42, 43, "c", "Drug")])
    >>> _rival_before(Found("a", "interactsWith", "c", "r", True, resolved_from="it"), u)
    True
    >>> _rival_before(Found("a", "interactsWith", "b", "r", True, resolved_from="it"), u)
    False
    >>> v = Unit("B is fine, and it does not interact with C.", [(0, 1, "b", "Drug"), (41, 42, "c", "Drug")])
    >>> _rival_before(Found("a", "interactsWith", "c", "r", True, resolved_from="it"), v)
    False
    """
    from graph_build.text.referred_owners import TAKEN_BEFORE, TAKEN_REACH

    said = re.search(r"\b" + re.escape(f.resolved_from.strip()) + r"\b", unit.text, re.I)
    if said is None:
        return False
    before = [m for m in unit.mentions if m[3] == "Drug" and m[1] <= said.start()]
    if any(m[2] == f.subject for m in before):
        return False
    return any(
        m[2] not in (f.subject, f.object) and TAKEN_BEFORE.search(unit.text, max(0, m[0] - TAKEN_REACH), m[0])
        for m in before
    )


def named_drugs(heading: str, names: dict[str, tuple[str, str]]) -> frozenset[str]:
    """The drugs `heading` names, of the document's mention names (`names`: a name's slug and class).

    >>> named_drugs("## Bisoprolol and you", {"bisoprolol": ("bisoprolol", "Drug"), "gout": ("gout", "Disease")})
    frozenset({'bisoprolol'})
    """
    return frozenset(slug for name, (slug, cls) in names.items() if cls == "Drug" and names_drug(heading, {name}))
