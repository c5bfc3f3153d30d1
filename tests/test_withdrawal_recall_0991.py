"""Decision 0991: what a withdrawal statement reads, round 44. An abrupt stop that "can bring" harms names its
withdrawal effects as "can cause" does ("Stopping it suddenly can bring A and B"), but not "bring Y back" (the
condition's return) nor "bring a rebound", nor a plain stop's "bring" (its benefits); "may make him irritable" as
"may cause"; a person's stop and what the person might get ("If she stopped suddenly she might get A": Possible), what
some people feel before a clause of their stop ("... if they stop abruptly": Occasional); "sickness" listed beside a
named condition is nausea ("dizziness, sickness and headaches"), not the word that names a kind of sickness or any
illness.
Each case asserts the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The
sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims

DESV = "Desvenlafaxine for depression\n\nDesvenlafaxine is taken once a day. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abrupt stop brings its harms
        (
            DESV + "Stopping it suddenly can bring dizziness, headaches and irritability.",
            {
                ("desvenlafaxine", "hasWithdrawalEffect", "dizziness", False, "Asserted"),
                ("desvenlafaxine", "hasWithdrawalEffect", "headache", False, "Asserted"),
                ("desvenlafaxine", "hasWithdrawalEffect", "irritability", False, "Asserted"),
            },
        ),
        # hedged: Possible
        (
            DESV + "Coming off it too quickly may bring nausea and dizziness.",
            {
                ("desvenlafaxine", "hasWithdrawalEffect", "nausea", False, "Possible"),
                ("desvenlafaxine", "hasWithdrawalEffect", "dizziness", False, "Possible"),
            },
        ),
        # another drug's abrupt stop is that drug's
        (
            DESV + "Stopping tramadol all at once can bring sweating and diarrhoea.",
            {
                ("tramadol", "hasWithdrawalEffect", "hyperhidrosis", False, "Asserted"),
                ("tramadol", "hasWithdrawalEffect", "diarrhea", False, "Asserted"),
            },
        ),
        # near misses: a plain stop's "bring", the condition brought back, a denial, a question
        (DESV + "Stopping it can bring dizziness for a day.", set()),
        (DESV + "Stopping it suddenly can bring the headaches back.", set()),
        (DESV + "Stopping it suddenly does not bring dizziness.", set()),
        (DESV + "Can stopping it suddenly bring dizziness?", set()),
        # an abrupt stop that may make the person feel so; not "feel better"
        (
            DESV + "Stopping it suddenly may make him irritable.",
            {("desvenlafaxine", "hasWithdrawalEffect", "irritability", False, "Possible")},
        ),
        (DESV + "Stopping it may make you feel better.", set()),
        # a person's stop, then what the person might get: the modal hedges each
        (
            DESV + "If she stopped it suddenly she might get dizzy and irritable.",
            {
                ("desvenlafaxine", "hasWithdrawalEffect", "dizziness", False, "Possible"),
                ("desvenlafaxine", "hasWithdrawalEffect", "irritability", False, "Possible"),
            },
        ),
        (
            DESV + "If she stopped tramadol suddenly she might get diarrhoea.",
            {("tramadol", "hasWithdrawalEffect", "diarrhea", False, "Possible")},
        ),
        (DESV + "If she stopped it suddenly she would not get dizzy.", set()),
        (DESV + "If she stopped it suddenly, would she get dizzy?", set()),
        # what some people feel before the clause of their stop: Occasional
        (
            DESV + "Some people feel dizzy for a day or two if they stop it suddenly.",
            {("desvenlafaxine", "hasWithdrawalEffect", "dizziness", False, "Occasional")},
        ),
        # "sickness" beside named signs is nausea
        (
            DESV + "Stopping it suddenly can cause sickness, sweating and headaches.",
            {
                ("desvenlafaxine", "hasWithdrawalEffect", "nausea", False, "Asserted"),
                ("desvenlafaxine", "hasWithdrawalEffect", "hyperhidrosis", False, "Asserted"),
                ("desvenlafaxine", "hasWithdrawalEffect", "headache", False, "Asserted"),
            },
        ),
        (
            DESV + "It can cause dizziness, sickness and a dry mouth.",
            {
                ("desvenlafaxine", "hasAdverseEffect", "dizziness", False, "Asserted"),
                ("desvenlafaxine", "hasAdverseEffect", "nausea", False, "Asserted"),
                ("desvenlafaxine", "hasAdverseEffect", "xerostomia", False, "Asserted"),
            },
        ),
        # denied: the sickness is denied with the rest
        (
            DESV + "Stopping it does not cause sickness or headaches.",
            {
                ("desvenlafaxine", "hasWithdrawalEffect", "nausea", True, "Asserted"),
                ("desvenlafaxine", "hasWithdrawalEffect", "headache", True, "Asserted"),
            },
        ),
        # near misses: a kind of sickness, an illness, a sickness beside no sign
        (
            DESV + "Stopping it suddenly can cause morning sickness and headaches.",
            {
                ("desvenlafaxine", "hasWithdrawalEffect", "morning-sickness", False, "Asserted"),
                ("desvenlafaxine", "hasWithdrawalEffect", "headache", False, "Asserted"),
            },
        ),
        (DESV + "She was off work with a sickness and a cough.", set()),
        (DESV + "Stopping it suddenly can cause sickness.", set()),
    ],
)
def test_withdrawal_recall(lexicon, text, expected):
    assert claims(text, lexicon) == expected
