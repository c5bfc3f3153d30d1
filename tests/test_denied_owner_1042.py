"""Decision 1042: a denied interaction whose "It" was resolved to a partner the sentence before named ("Taken with
gemfibrozil, the pioglitazone level rises. It doesn't interact with digoxin") is the document's drug's denial, under
the rule's referred name (interaction-denied-referred), where the document's drug is sure (the title names it, or
the text names it most); a raised level or an asserted interaction of that "It" keeps
the partner, a named partner's denial stays the partner's, and a question or a heading denies nothing. Each case
asserts the whole set of claims of the short text: (subject, predicate, object, negated, certainty, rule). The
documents are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.referred_owners import referred
from graph_build.text.units import Discourse, Found

HEAD = (
    "# Pioglitazone notes\n\nPioglitazone is taken once a day. Taken with gemfibrozil, the pioglitazone level rises. "
)
DENIED = "rule:interaction-denied-referred"

CASES = [
    # the pattern: the writer denies an interaction of the medicine the text is about
    (
        HEAD + "It doesn't interact with digoxin.\n",
        {("pioglitazone", "interactsWith", "digoxin", True, "Asserted", DENIED)},
    ),
    (
        HEAD + "It has no interaction with digoxin.\n",
        {("pioglitazone", "interactsWith", "digoxin", True, "Asserted", DENIED)},
    ),
    # a coordinated denial: every partner
    (
        HEAD + "It does not interact with digoxin or warfarin.\n",
        {
            ("pioglitazone", "interactsWith", "digoxin", True, "Asserted", DENIED),
            ("pioglitazone", "interactsWith", "warfarin", True, "Asserted", DENIED),
        },
    ),
    # near misses: a raised level and a hedged interaction of that "It" keep the partner (decisions 0957, 0978)
    (
        HEAD + "It raises the level of digoxin.\n",
        {("gemfibrozil", "interactsWith", "digoxin", False, "Asserted", "rule:level-of-referred")},
    ),
    (
        HEAD + "It may interact with digoxin.\n",
        {("gemfibrozil", "interactsWith", "digoxin", False, "Possible", "rule:combined-with")},
    ),
    # the partner named: its own denial
    (
        HEAD + "Gemfibrozil does not interact with digoxin.\n",
        {("gemfibrozil", "interactsWith", "digoxin", True, "Asserted", "rule:interaction-denied")},
    ),
    # a question and a heading deny nothing
    (HEAD + "Does it interact with digoxin?\n", set()),
    (HEAD + "\n\n## It does not interact with digoxin\n\nAsk the pharmacist.\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert rule_claims(text, lexicon) == expected


def test_only_a_partners_denial_moves():
    ctx = Discourse(focus="gemfibrozil", main="pioglitazone", title="Pioglitazone notes")
    made = [
        Found("gemfibrozil", "interactsWith", "digoxin", "interaction-denied", True, resolved_from="It"),
        # must not move: the document's drug as the partner (no drug interacts with itself), a named owner, a raised
        # level, another rule
        Found("gemfibrozil", "interactsWith", "pioglitazone", "interaction-denied", True, resolved_from="It"),
        Found("gemfibrozil", "interactsWith", "digoxin", "interaction-denied", True),
        Found("gemfibrozil", "interactsWith", "digoxin", "level-of", resolved_from="It"),
        Found("gemfibrozil", "interactsWith", "digoxin", "combined-with", resolved_from="It"),
    ]
    assert [(f.subject, f.object, f.negated, f.rule) for f in referred(made, ctx)] == [
        ("pioglitazone", "digoxin", True, "interaction-denied-referred"),
        ("gemfibrozil", "pioglitazone", True, "interaction-denied-referred"),
        ("gemfibrozil", "digoxin", True, "interaction-denied"),
        ("gemfibrozil", "digoxin", False, "level-of-referred"),
        ("gemfibrozil", "digoxin", False, "combined-with"),
    ]
    # a document with no drug of its own: unchanged
    assert referred(made, Discourse(focus="gemfibrozil")) == made


def test_an_unsure_document_drug_takes_no_denial():
    """The document's drug must not be a tie's guess; since decision 1124 one chosen by counts with a title naming no
    drug takes the partner's denial too (31 such denials the gold gave to the document's drug, 4 to the partner, over
    the 336 development sets), under the referred name."""
    denial = Found("gemfibrozil", "interactsWith", "digoxin", "interaction-denied", True, resolved_from="It")
    unsure = Discourse(focus="gemfibrozil", main="pioglitazone", title="Club news")
    assert [(f.subject, f.rule) for f in referred([denial], unsure)] == [
        ("pioglitazone", "interaction-denied-referred")
    ]
    tied = Discourse(focus="gemfibrozil", main="pioglitazone", title="Club news", main_tied=True)
    assert [(f.subject, f.rule) for f in referred([denial], tied)] == [("gemfibrozil", "interaction-denied-referred")]
    leading = Discourse(focus="gemfibrozil", main="pioglitazone", leading="pioglitazone", title="Club news")
    assert [(f.subject, f.rule) for f in referred([denial], leading)] == [
        ("pioglitazone", "interaction-denied-referred")
    ]


def test_a_title_naming_no_drug(lexicon):
    # (decision 1122: a title-less text naming its drug twice and more than any other owns the denial, still
    # -referred; named as often as the partner, the denial keeps the partner)
    text = (
        "Club news\n\nMy aunt takes pioglitazone. Taken with gemfibrozil, the pioglitazone level rises. It doesn't "
        "interact with digoxin.\n"
    )
    assert rule_claims(text, lexicon) == {  # (decision 1124: the document's drug's unless a tie's guess)
        ("pioglitazone", "interactsWith", "digoxin", True, "Asserted", "rule:interaction-denied-referred")
    }
    text = (
        "Club news\n\nMy aunt takes pioglitazone. Taken with gemfibrozil, its level rises. It doesn't interact with "
        "digoxin.\n"
    )
    # (gemfibrozil named beside it, "Taken with", in passing: no tie, so the denial moves - decision 1124)
    assert rule_claims(text, lexicon) == {
        ("pioglitazone", "interactsWith", "digoxin", True, "Asserted", "rule:interaction-denied-referred")
    }
