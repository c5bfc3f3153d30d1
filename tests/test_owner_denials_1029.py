"""Decision 1029: owners of the top-band rules after round 45's never-tuned run. A drug the title names but the text
names only to deny it ("not the X she used to buy") is no document drug while another drug is named otherwise; in
"it doesn't interact with A, and it doesn't interact with B" and "A is fine with it, and it doesn't interact with B"
every "it" is one referent, never the partner A; "The tablet ..." opening a sentence that names no drug is the
document's drug, not a partner named before; a hormone whose level drops or that is absent ("No oestrogen, so ...")
is the body's own, no document drug. The sentences and documents are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.document_drugs import denied_at

claims = rule_claims


SERTRALINE = "# Sertraline notes\n\nSertraline is taken once a day. "
PARTNER = "Her GP also gave her omeprazole for heartburn. "
HEARTBURN = ("omeprazole", "treats", "heartburn", False, "Asserted", "rule:drug-for")


def denied(partner: str) -> tuple:
    return ("sertraline", "interactsWith", partner, True, "Asserted", "rule:interaction-denied")


CASES = [
    # the title's drug named in the text only to deny it: the drug the text is about owns "It" (decision 1124:
    # clopidogrel named once and not by the title - not sure, so the denial is referred)
    (
        "# Mum's aspirin tablets\n\nMum takes clopidogrel now, one a day. It is a prescription medicine, but it is not"
        " the aspirin she used to buy. It doesn't interact with paracetamol.\n",
        {("clopidogrel", "interactsWith", "acetaminophen", True, "Asserted", "rule:interaction-denied-referred")},
    ),
    # must not change: the title's drug named freely keeps the document; the denied one is another drug
    (
        "# Mum's aspirin tablets\n\nMum takes aspirin now, one a day. It is not the ibuprofen she used to buy. It"
        " doesn't interact with paracetamol.\n",
        {("aspirin", "interactsWith", "acetaminophen", True, "Asserted", "rule:interaction-denied")},
    ),
    # two coordinated denials: both "it"s are the document's drug, never the partner the first clause named
    (
        SERTRALINE + "It doesn't interact with warfarin, and it doesn't interact with paracetamol.\n",
        {denied("warfarin"), denied("acetaminophen")},
    ),
    # a partner named as what is fine "with it": the later "it" is not that partner
    (
        SERTRALINE + "Paracetamol is fine with it, and it doesn't interact with warfarin.\n",
        {
            ("sertraline", "interactsWith", "acetaminophen", True, "Asserted", "rule:no-interaction"),
            denied("warfarin"),
        },
    ),
    # the partner as the subject of its own denial, then "it"
    (
        SERTRALINE + "Warfarin doesn't interact with it, and it doesn't interact with paracetamol.\n",
        {denied("warfarin"), denied("acetaminophen")},
    ),
    # hedged first clause: its own modal, the second clause still the document's drug
    (
        SERTRALINE + "It may interact with warfarin, and it doesn't interact with paracetamol.\n",
        {
            ("sertraline", "interactsWith", "warfarin", False, "Possible", "rule:combined-with"),
            denied("acetaminophen"),
        },
    ),
    # a question asserts nothing
    (SERTRALINE + "Does it interact with warfarin, and does it interact with paracetamol?\n", set()),
    # "The tablet" after a partner's sentence: the document's drug
    (
        SERTRALINE + PARTNER + "The tablet half-life is about a day.\n",
        {
            HEARTBURN,
            ("sertraline", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", "rule:value-range"),
        },
    ),
    # must not change: the sentence names the other drug's tablet
    (
        SERTRALINE + PARTNER + "The omeprazole tablet half-life is about an hour.\n",
        {
            HEARTBURN,
            ("omeprazole", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", "rule:value-range"),
        },
    ),
    # a hormone named as the body's own level ("drops", "No oestrogen, so"): the drug lowering it is the document's
    (
        "[Chat]\n\nJo: My new injection is called goserelin. It tells the ovaries to stop making oestrogen. Oestrogen"
        " drops right down. No oestrogen, so the fibroids shrink. It doesn't interact with paracetamol.\n",
        # (decision 1124: goserelin named once, no title - not sure, so the denial by "It" is referred)
        {("goserelin", "interactsWith", "acetaminophen", True, "Asserted", "rule:interaction-denied-referred")},
    ),
    # must not change: the hormone named as what is taken stays the drug
    (
        "[Chat]\n\nJo: My HRT is oestrogen. Oestrogen patches are easy. I take oestrogen every day. It doesn't"
        " interact with paracetamol.\n",
        {("estrogen", "interactsWith", "acetaminophen", True, "Asserted", "rule:interaction-denied")},
    ),
    # hedged value: no value claim, as before
    (SERTRALINE + PARTNER + "The tablet half-life may be about a day.\n", {HEARTBURN}),
    # a heading naming the tablet's half-life, its value in the next line by "It": no claim, as before
    (SERTRALINE + PARTNER + "\n## The tablet half-life\n\nIt is about a day.\n", {HEARTBURN}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_denied_at():
    text = "It is a medicine, not the fish oil you buy. Unlike aspirin it is mild. Do not take aspirin."
    assert [denied_at(text, text.find(w)) for w in ("fish", "aspirin", "aspirin.")] == [True, True, False]
