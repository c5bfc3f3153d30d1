"""Decision 1124: the owners of the top band's claims, round 50. A band claim whose owner is the document's drug by
reference ("It doesn't interact with ...") or left unstated ("There is no withdrawal") where that drug is itself not
sure - no title names it, the text does not name it more than any other at least three times - takes the rule's
`-referred` name; a denied withdrawal whose "it" was resolved to a partner or a person's other medicine is the
document's drug's, as a denied interaction is (decision 1042), unless the document's drug is a guess of a tie; and two
rules reading the same claim from one sentence give one claim, the surer rule's. The sentences and documents are
invented."""

from pathlib import Path

import pytest
from extracting import rule_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document

claims = rule_claims

#: a titled document: its drug is sure
ROPINIROLE = "# Ropinirole notes\n\nRopinirole is taken three times a day. "
#: a letter naming its drug once: its drug is the text's only one, but a guess
LETTER = "Dear Sam,\n\nThe clinic started me on ropinirole last week for my legs. "
#: a letter naming its drug three times, more than any other: sure
NAMED_MOST = LETTER + "Ropinirole is new to me. I take ropinirole at night. "

DENIED = ("interactsWith", "acetaminophen", True, "Asserted")
NO_WITHDRAWAL = ("hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted")

HUSBAND = "My husband takes warfarin. There is no withdrawal if I stop it.\n"
OPEN = pytest.mark.xfail(
    strict=True,
    reason="open: decision 1122's guard keeps a denial with a drug the sentence before named as taken where the "
    "document's drug is not sure, and cannot tell 'if I stop it' (the writer's own medicine) from 'if it's stopped'",
)

CASES = [
    # a denied withdrawal whose "it" the partner the sentence before named would take: the document's drug's ...
    (ROPINIROLE + HUSBAND, {("ropinirole", *NO_WITHDRAWAL, "rule:withdrawal-referred")}),
    # ... in a letter too, where the drug is named once but no tie makes it a guess
    pytest.param(LETTER + HUSBAND, {("ropinirole", *NO_WITHDRAWAL, "rule:withdrawal-referred")}, marks=OPEN),
    # must not change: a withdrawal that happens is not moved - "stopping it" may be the partner's
    (
        ROPINIROLE + "My husband takes warfarin. Stopping it suddenly can cause a bad withdrawal with sweating.\n",
        {("warfarin", "hasWithdrawalEffect", "hyperhidrosis", False, "Asserted", "rule:stopping-causes")},
    ),
    # a question says nothing
    (ROPINIROLE + "My husband takes warfarin. Is there any withdrawal if I stop it?\n", set()),
    # the denial with the document's drug not sure: the referred shape, not the band rule
    (
        LETTER + "It doesn't interact with my paracetamol.\n",
        {("ropinirole", *DENIED, "rule:interaction-denied-referred")},
    ),
    (
        LETTER + "There is no withdrawal if I stop it.\n",
        {("ropinirole", *NO_WITHDRAWAL, "rule:withdrawal-referred")},
    ),
    # must not change: the drug named most (three times) or titled keeps the band rule
    (
        NAMED_MOST + "It doesn't interact with my paracetamol.\n",
        {("ropinirole", *DENIED, "rule:interaction-denied")},
    ),
    (
        ROPINIROLE + "It doesn't interact with my paracetamol.\n",
        {("ropinirole", *DENIED, "rule:interaction-denied")},
    ),
    (
        ROPINIROLE + "There is no withdrawal if I stop it.\n",
        {("ropinirole", *NO_WITHDRAWAL, "rule:withdrawal")},
    ),
    # must not change: the owner named in the sentence keeps the band rule however unsure the document's drug is
    (
        LETTER + "Ropinirole doesn't interact with my paracetamol.\n",
        {("ropinirole", *DENIED, "rule:interaction-denied")},
    ),
    # a tie (two drugs named once, neither titled): the "it" is no band owner, and a denial is not moved
    (
        "Dear Sam,\n\nI take ropinirole and my husband takes warfarin. It doesn't interact with paracetamol.\n",
        {("ropinirole", *DENIED, "rule:interaction-denied-referred")},
    ),
    # a hedged denial keeps its hedge under the referred name
    (
        LETTER + "It probably doesn't interact with my paracetamol.\n",
        {("ropinirole", "interactsWith", "acetaminophen", True, "Possible", "rule:interaction-denied-referred")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def _all(text: str, lexicon: dict) -> list[tuple]:
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return [
        (c.subject, c.predicate, c.object, c.negated, c.evidence[0].method)
        for c in extract_document(doc, lexicon).claims
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dose-line and formulation read the same form of one sentence: one claim, dose-line's (the surer)
        (
            "# Irbesartan notes\n\nIrbesartan comes as a 150 mg tablet.\n",
            [("irbesartan", "hasFormulation", "tablet", False, "rule:dose-line")],
        ),
        # dose-line and form-copula: the same
        (
            "# Irbesartan notes\n\nIt is a tablet taken once a day.\n",
            [("irbesartan", "hasFormulation", "tablet", False, "rule:dose-line")],
        ),
        # must not change: the same form read in two sentences is two claims, each with its own evidence
        (
            "# Irbesartan notes\n\nIrbesartan is a tablet. Take one 150 mg tablet once a day.\n",
            [
                ("irbesartan", "hasFormulation", "tablet", False, "rule:form-copula"),
                ("irbesartan", "hasFormulation", "tablet", False, "rule:dose-line"),
            ],
        ),
    ],
)
def test_one_claim_per_reading(text, expected, lexicon):
    assert _all(text, lexicon) == expected
