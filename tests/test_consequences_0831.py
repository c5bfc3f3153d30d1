"""A change of a condition's consequence is no change of the condition (decision 0831): "lowers the chance of lasting
damage from Y" lowers the damage, not Y. Invented sentences; exact claim sets."""

from __future__ import annotations

from claimsets import exact_claims

CASES = [
    ("Dantrolene lowers the chance of lasting damage from a stroke.", set()),
    ("Clopidogrel reduces the risk of complications from a heart attack.", set()),
    ("Insulin cuts the harm caused by high blood sugar.", set()),
    ("Atenolol raises the chance of serious complications of asthma.", set()),
    # the condition itself still changes where the sentence says so
    (
        "Clopidogrel reduces the risk of a heart attack.",
        {("clopidogrel", "decreases", "myocardial-infarction", False, False)},
    ),
    ("Aspirin lowers the risk of a stroke.", {("aspirin", "decreases", "stroke", False, False)}),
]

test_a_consequence_before_the_object_is_what_changes = exact_claims(CASES)
