"""Decision 1057: one certainty of a resolved owner (graph_build/text/owner_certainty.py). A top-band rule's claim
whose "it" a careful reader could not be sure of takes the rule's `-referred` name; every other resolved claim with
such an owner counts one doubt more; no claim is dropped for it. Each case asserts the whole set of claims of an
invented text: (subject, predicate, object, negated, certainty, rule, owner sure). The texts are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.owner_certainty import OwnerCertainty, owner_certainty
from graph_build.text.units import Discourse, Found, Unit

TITLED = "# Pravastatin notes\n\nPravastatin is taken once a day. "
UNTITLED = "# Club news\n\n"
DENIED = ("pravastatin", "interactsWith", "digoxin", True, "Asserted")
HALF_LIFE = ("pravastatin", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted")


def owned_claims(text: str, lexicon: dict) -> set[tuple]:
    """Every claim of `text`: (subject, predicate, object, negated, certainty, rule, owner sure)."""
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty, c.evidence[0].method, c.evidence[0].owner_sure)
        for c in extract_document(doc, lexicon).claims
    }


CASES = [
    # sure: a title drug with no rival, the previous sentence's subject
    (TITLED + "It does not interact with digoxin.\n", {(*DENIED, "rule:interaction-denied", True)}),
    (TITLED + "It has a half-life of about 2 hours.\n", {(*HALF_LIFE, "rule:value-range", True)}),
    (
        TITLED + "Grapefruit juice raises its level.\n",
        {("pravastatin", "interactsWith", "grapefruit-juice", False, "Asserted", "rule:level-of", True)},
    ),
    (
        TITLED + "Stopping it suddenly does not cause withdrawal symptoms.\n",
        {("pravastatin", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal", True)},
    ),
    # sure, hedged: the hedge is the claim's, the owner still sure
    (
        TITLED + "It may not interact with digoxin.\n",
        {("pravastatin", "interactsWith", "digoxin", True, "Possible", "rule:interaction-denied", True)},
    ),
    # sure: the only drug of a title-less text; but named once, the document's drug itself may be a guess (a text
    # about a drug no vocabulary knows names the writer's other medicine once): the band rule's referred name
    # (decision 1124), the owner's certainty unchanged
    (
        UNTITLED + "My doctor gave me pravastatin for my cholesterol. It does not interact with digoxin.\n",
        {
            ("pravastatin", "treats", "hypercholesterolemia", False, "Asserted", "rule:drug-for", True),
            (*DENIED, "rule:interaction-denied-referred", True),
        },
    ),
    # a question: no claim
    (TITLED + "Does it interact with digoxin?\n", set()),
    # a partner named before the reference word: the resolver gives "it" to the partner (another drug: unsure), and
    # decision 1042 gives the denial back to the document's drug, under the referred rule
    (
        TITLED + "My husband's bisoprolol is fine, and it does not interact with digoxin.\n",
        {(*DENIED, "rule:interaction-denied-referred", False)},
    ),
    # near miss: "it" right after the medicine the clause names is that medicine, read as the named subject (sure)
    (
        TITLED + "Her son takes bisoprolol and it does not interact with digoxin.\n",
        {("bisoprolol", "interactsWith", "digoxin", True, "Asserted", "rule:interaction-denied", True)},
    ),
    (
        TITLED + "Bisoprolol and atenolol lower its level.\n",
        {
            ("pravastatin", "interactsWith", "bisoprolol", False, "Asserted", "rule:level-of", True),
            ("pravastatin", "interactsWith", "atenolol", False, "Asserted", "rule:level-of", True),
        },
    ),
    # unsure: the sentence before named a person's other medicine (the drug held in focus)
    (
        UNTITLED + "My doctor gave me pravastatin. My wife takes bisoprolol. It has a half-life of about 2 hours.\n",
        {(*HALF_LIFE, "rule:value-range-referred", False)},
    ),
    # unsure: "it" resolved to another drug than the document's
    (
        UNTITLED + "My doctor gave me pravastatin. My wife takes bisoprolol. It can cause muscle pain.\n",
        {("bisoprolol", "hasAdverseEffect", "myalgia", False, "Asserted", "rule:adverse-cue", False)},
    ),
    # ... the same reading with the document's drug in focus: sure
    (
        TITLED + "It can cause muscle pain.\n",
        {("pravastatin", "hasAdverseEffect", "myalgia", False, "Asserted", "rule:adverse-cue", True)},
    ),
    # unsure: the document's drug a guess of a tie (two drugs, each named once, no title naming either)
    (
        UNTITLED
        + "Atenolol was started in May. Amlodipine was started in June. It has a half-life of about 2 hours.\n",
        {
            (
                "atenolol",
                "hasPharmacokineticValue",
                "elimination-half-life",
                False,
                "Asserted",
                "rule:value-range-referred",
                False,
            )
        },
    ),
    # unsure: a list item under a heading that names another drug ...
    (
        TITLED + "\n\n## Bisoprolol\n\n- It does not interact with digoxin.\n",
        {(*DENIED, "rule:interaction-denied-referred", False)},
    ),
    # ... not under a heading naming no drug
    (
        TITLED + "\n\n## Other medicines\n\n- It does not interact with digoxin.\n",
        {(*DENIED, "rule:interaction-denied", True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert owned_claims(text, lexicon) == expected


def test_unsure_owner_adds_a_doubt(lexicon):
    """The same adverse-effect reading counts one doubt more when its owner is unsure."""
    doc = Document("case", "case", "case.txt", "", TITLED + "It can cause muscle pain.\n", Path("case.txt"))
    sure = extract_document(doc, lexicon).claims[0].evidence[0]
    text = UNTITLED + "My doctor gave me pravastatin. My wife takes bisoprolol. It can cause muscle pain.\n"
    unsure = extract_document(Document("c", "c", "c.txt", "", text, Path("c.txt")), lexicon).claims[0].evidence[0]
    assert (sure.owner_sure, unsure.owner_sure) == (True, False)
    assert unsure.doubts == sure.doubts + 1


DENIAL = Found("a", "interactsWith", "c", "interaction-denied", True, resolved_from="It")
TITLE = Discourse(focus="a", main="a", title="A for pain")


@pytest.mark.parametrize(
    ("found", "ctx", "kwargs", "doubt"),
    [
        (DENIAL, TITLE, {}, ""),
        (DENIAL, Discourse(focus="a", main="a", title="A", main_tied=True), {}, "tied"),
        # a title-less text's drug with a drug in the sentence before: sure (decision 1032's readings)
        (DENIAL, Discourse(focus="a", main="a", title="Club news"), {"before": frozenset({"b"})}, ""),
        (DENIAL, Discourse(focus="a", main="a", title="Club news"), {}, ""),
        (Found("b", "interactsWith", "c", "r", resolved_from="it"), TITLE, {}, "another-drug"),
        (DENIAL, TITLE, {"held": "b"}, "held"),
        (DENIAL, TITLE, {"held": "a"}, ""),
        (DENIAL, TITLE, {"unit": Unit("It does not interact with C or B.", [(29, 30, "b", "Drug")])}, ""),
        (
            Found("a", "interactsWith", "c", "r", True, resolved_from="it"),
            TITLE,
            {"unit": Unit("Her son takes B; it does not interact with C.", [(14, 15, "b", "Drug")])},
            "rival-before",
        ),
        (
            Found("a", "interactsWith", "c", "r", True, resolved_from="it"),
            TITLE,
            {"unit": Unit("B is fine; it does not interact with C.", [(0, 1, "b", "Drug")])},
            "",
        ),
        (
            DENIAL,
            TITLE,
            {"unit": Unit("It does not interact with C.", [], item=True), "heading": frozenset({"b"})},
            "heading",
        ),
        (DENIAL, TITLE, {"unit": Unit("It does not interact with C.", [], item=True), "heading": frozenset({"a"})}, ""),
        (
            Found("a", "interactsWith", "c", "r", True, resolved_from="They"),
            TITLE,
            {"before": frozenset({"b"})},
            "plural",
        ),
        (Found("a", "interactsWith", "c", "r", True, resolved_from="They"), TITLE, {"before": frozenset({"a"})}, ""),
        # an owner the sentence leaves unstated ("There is no withdrawal") is no reference: sure
        (Found("a", "hasWithdrawalEffect", "w", "withdrawal", resolved_from="withdrawal"), TITLE, {"held": "b"}, ""),
        # a named subject: sure
        (Found("a", "interactsWith", "c", "interaction-denied", True), TITLE, {"held": "b"}, ""),
    ],
)
def test_owner_certainty(found, ctx, kwargs, doubt):
    assert owner_certainty(found, ctx, **kwargs) == OwnerCertainty(not doubt, doubt)
