"""Decision 0978: the precision of the rules near the top band, round 43. level-of keeps the words its "It" owner was
resolved from, so a partner's "It" is level-of-referred (0957); class-negated has its referred shape too; a denied
withdrawal followed by ", just my old Y back" denies no Y; "A and B, two Z medicines:" glosses A and B with their
class, no third partner; "not one of the newer Zs" denies a kind of the class, not the class. The sentences and
documents are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.referred_owners import REFERRED
from graph_build.text.rules import load_rules

claims = rule_claims


PIOGLITAZONE = "# Pioglitazone notes\n\nPioglitazone is taken once a day. "
ROPINIROLE = "# Ropinirole notes\n\nRopinirole is taken three times a day. "
PHENELZINE = "# Phenelzine notes\n\nPhenelzine is taken twice a day. "
FELODIPINE = "# Felodipine\n\n## Interactions\n\n"

CASES = [
    # level-of: "It" resolved to the partner the sentence before named is the referred shape ...
    (
        PIOGLITAZONE + "Taken with gemfibrozil, the pioglitazone level rises. It raises the level of digoxin.\n",
        {("gemfibrozil", "interactsWith", "digoxin", False, "Asserted", "rule:level-of-referred")},
    ),
    # ... "It" resolved to the document's drug keeps the rule's name
    (
        PIOGLITAZONE + "It raises the level of digoxin.\n",
        {("pioglitazone", "interactsWith", "digoxin", False, "Asserted", "rule:level-of")},
    ),
    # class-negated: the same
    (
        "# Nefazodone notes\n\nNefazodone is taken at night. Jo takes fluoxetine. It is not a sleeping tablet.\n",
        {("fluoxetine", "isA", "hypnotic", True, "Asserted", "rule:class-negated-referred")},
    ),
    (
        PHENELZINE + "It is not a sleeping tablet.\n",
        {("phenelzine", "isA", "hypnotic", True, "Asserted", "rule:class-negated")},
    ),
    # a denied withdrawal, then the illness's own signs back: only the withdrawal is denied
    (
        ROPINIROLE + "If I stopped it, there would be no withdrawal effects, just my old cramps back.\n",
        {("ropinirole", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal")},
    ),
    # must not change: the examples of the denied withdrawal are still its own
    (
        ROPINIROLE + "If I stopped it, there would be no withdrawal effects such as anxiety or sweating.\n",
        {
            ("ropinirole", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal"),
            ("ropinirole", "hasWithdrawalEffect", "anxiety", True, "Asserted", "rule:withdrawal"),
            ("ropinirole", "hasWithdrawalEffect", "hyperhidrosis", True, "Asserted", "rule:withdrawal"),
        },
    ),
    # a counted apposition glosses the agents before it: their class, no partner of its own
    (
        FELODIPINE + "- Carbamazepine and phenytoin, two epilepsy medicines: they make felodipine work less well.\n",
        {
            ("felodipine", "interactsWith", "carbamazepine", False, "Asserted", "rule:interaction-list"),
            ("felodipine", "interactsWith", "phenytoin", False, "Asserted", "rule:interaction-list"),
            ("phenytoin", "isA", "antiepileptic-drug", False, "Asserted", "rule:copula-apposition"),
            ("carbamazepine", "isA", "antiepileptic-drug", False, "Asserted", "rule:copula-apposition"),
        },
    ),
    # must not change: "and other Z" names the class as a partner (decision 0777)
    (
        FELODIPINE + "- Carbamazepine and other epilepsy medicines: they can make felodipine work less well.\n",
        {
            ("carbamazepine", "isA", "antiepileptic-drug", False, "Asserted", "rule:and-other-kinds"),
            ("felodipine", "interactsWith", "carbamazepine", False, "Asserted", "rule:interaction-list"),
            ("felodipine", "interactsWith", "antiepileptic-drug", False, "Asserted", "rule:interaction-list"),
        },
    ),
    # a generation or the usual kind of a class denied: the membership is not
    (PHENELZINE + "It is not one of the newer antidepressants.\n", set()),
    (PHENELZINE + "It is not an ordinary antidepressant.\n", set()),
    # must not change: the class itself denied
    (
        PHENELZINE + "It is not a painkiller.\n",
        {("phenelzine", "isA", "analgesic", True, "Asserted", "rule:class-negated")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_class_negated_referred_is_a_rule():
    code = {r.id: r.predicate for r in load_rules().code_rules}
    assert REFERRED["class-negated"] == "class-negated-referred"
    assert code["class-negated-referred"] == "isA"
