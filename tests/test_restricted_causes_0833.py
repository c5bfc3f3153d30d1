"""A denied cause of one kind denies that kind only (decision 0833): "Y is not caused by a new infection" says nothing
against infection causing Y. Invented sentences; exact claim sets."""

from __future__ import annotations

from claimsets import exact_claims

CASES = [
    ("Shingles is not caused by a new infection; it is the chickenpox virus waking up.", set()),
    ("A cold sore that comes back is not caused by another infection.", set()),
    ("Shingles is not caused by bacteria.", {("bacteria", "causes", "herpes-zoster", True, False)}),
]

test_a_denied_cause_of_one_kind_denies_that_kind_only = exact_claims(CASES)
