"""Decision 0957: the precision of the rules near the top band (interaction-denied, value-range, level-of, withdrawal,
dose-line). A claim of theirs whose owner the sentence names only by reference, resolved to a drug other than the
document's, has its own rule name (`<rule>-referred`), the clean shape keeping its name; an "effective" (or
distribution, absorption) half-life is no elimination half-life; "Some people get withdrawal symptoms" is Occasional.
The sentences and documents are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.referred_owners import REFERRED, referred
from graph_build.text.rules import load_rules
from graph_build.text.units import Discourse, Found

claims = rule_claims


HEAD = "# Pioglitazone and other medicines\n\nPioglitazone is taken once a day. "
ROPINIROLE = "# Ropinirole notes\n\nRopinirole is taken three times a day. "

CASES = [
    # the clean shapes keep their names: the drug named, or "It" resolved to the document's drug
    (
        HEAD + "It does not interact with digoxin.\n",
        {("pioglitazone", "interactsWith", "digoxin", True, "Asserted", "rule:interaction-denied")},
    ),
    (
        "# Pioglitazone and other medicines\n\nPioglitazone does not interact with digoxin.\n",
        {("pioglitazone", "interactsWith", "digoxin", True, "Asserted", "rule:interaction-denied")},
    ),
    (
        HEAD + "Clopidogrel is a blood thinner. It does not cause withdrawal symptoms.\n",
        {
            ("clopidogrel", "isA", "anticoagulant", False, "Asserted", "rule:class-membership"),
            ("pioglitazone", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal"),
        },
    ),
    (
        HEAD + "Clopidogrel is a blood thinner. Rifampicin lowers its level.\n",
        {
            ("clopidogrel", "isA", "anticoagulant", False, "Asserted", "rule:class-membership"),
            ("pioglitazone", "interactsWith", "rifampin", False, "Asserted", "rule:level-of"),
        },
    ),
    (
        HEAD + "Take one 15 mg tablet each morning.\n",
        {("pioglitazone", "hasFormulation", "tablet", False, "Asserted", "rule:dose-line")},
    ),
    # the elimination half-life, named or bare, is read ...
    (
        HEAD + "Its half-life is 30 to 40 hours.\n",
        {("pioglitazone", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", "rule:value-range")},
    ),
    # ... an effective half-life is another parameter: no elimination half-life
    (HEAD + "Its effective half-life is 30 to 40 hours.\n", set()),
    # a distribution half-life is one phase's; the elimination half-life beside it is still read
    (
        HEAD + "Its distribution half-life is about 2 hours, and its elimination half-life is about 9 hours.\n",
        {("pioglitazone", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", "rule:value-range")},
    ),
    # some of the people get the withdrawal: Occasional
    (
        ROPINIROLE + "Some people get withdrawal symptoms if it is stopped suddenly.\n",
        {("ropinirole", "hasWithdrawalEffect", "withdrawal-syndrome", False, "Occasional", "rule:withdrawal")},
    ),
    # must not change: "many people", the people in another clause, a denial
    (
        ROPINIROLE + "Many people get withdrawal symptoms if it is stopped suddenly.\n",
        {("ropinirole", "hasWithdrawalEffect", "withdrawal-syndrome", False, "Asserted", "rule:withdrawal")},
    ),
    (
        ROPINIROLE + "Some people stop it without trouble, but stopping suddenly can cause withdrawal symptoms.\n",
        {("ropinirole", "hasWithdrawalEffect", "withdrawal-syndrome", False, "Asserted", "rule:withdrawal")},
    ),
    (
        ROPINIROLE + "Some people worry about stopping, but ropinirole does not cause withdrawal symptoms.\n",
        {("ropinirole", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_referred_shape_gets_its_own_name():
    ctx = Discourse(focus="clopidogrel", main="pioglitazone", title="Pioglitazone")
    made = [
        Found("clopidogrel", "interactsWith", "digoxin", "interaction-denied", True, resolved_from="It"),
        Found("clopidogrel", "hasWithdrawalEffect", "withdrawal-syndrome", "withdrawal", True, resolved_from="it"),
        Found("clopidogrel", "hasPharmacokineticValue", "elimination-half-life", "value-range", resolved_from="Its"),
        Found("clopidogrel", "interactsWith", "rifampin", "level-of", resolved_from="its"),
        Found("clopidogrel", "hasFormulation", "tablet", "dose-line", resolved_from="tablet"),
        # must not change: the document's drug, a named owner, another rule, a document with no drug of its own
        Found("pioglitazone", "interactsWith", "digoxin", "interaction-denied", True, resolved_from="It"),
        Found("clopidogrel", "interactsWith", "aspirin", "interaction-denied", True),
        Found("clopidogrel", "interactsWith", "aspirin", "combined-with", resolved_from="It"),
    ]
    assert [f.rule for f in referred(made, ctx)] == [
        "interaction-denied-referred",
        "withdrawal-referred",
        "value-range-referred",
        "level-of-referred",
        "dose-line-referred",
        "interaction-denied",
        "interaction-denied",
        "combined-with",
    ]
    assert [f.rule for f in referred(made, Discourse(focus="clopidogrel"))] == [f.rule for f in made]
    # the claims themselves are unchanged, but for the denials, which are the document's drug's (decisions 1042, 1124)
    assert [(f.subject, f.object, f.negated) for f in referred(made, ctx)] == [
        ("pioglitazone", "digoxin", True),
        ("pioglitazone", "withdrawal-syndrome", True),
    ] + [(f.subject, f.object, f.negated) for f in made[2:]]


def test_referred_names_are_rules():
    code = {r.id: r.predicate for r in load_rules().code_rules}
    assert {name: code.get(name) for name in REFERRED.values()} == {
        "interaction-denied-referred": "interactsWith",
        "value-range-referred": "hasPharmacokineticValue",
        "level-of-referred": "interactsWith",
        "withdrawal-referred": "hasWithdrawalEffect",
        "dose-line-referred": "hasFormulation",
        "class-negated-referred": "isA",  # (decision 0978)
    }
