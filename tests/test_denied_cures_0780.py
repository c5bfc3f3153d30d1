"""Decision 0780: a denied cure is no denied use. "X does not cure Y", "X is not a cure for Y", "X cannot / won't cure
Y", "there is no cure for Y" give no *treats* claim of X and Y at all, whether or not the document asserts the use; a
denial of treatment ("is not a treatment for", "does not treat", "should not be used for") keeps its negated *treats*.
Invented sentences, exact claim sets (polarity included): any extra claim would be a bug."""

from __future__ import annotations

from claimsets import exact_claims
from extracting import named_claims

CASES = [
    # a denied cure alone, in each wording: no claim
    ("Atenolol does not cure heart failure.", set()),
    ("Finasteride is not a cure for benign prostatic hyperplasia.", set()),
    ("Naproxen cannot cure gout.", set()),
    ("Naproxen won't cure gout.", set()),
    ("Paracetamol is no cure for influenza.", set()),
    ("Ibuprofen is never a cure for gout.", set()),
    # a denied cure of a list: no claim for either
    ("Omeprazole will not cure influenza or gout.", set()),
    # a denied cure as the lead of a list: its bullets are no denied uses
    ("Omeprazole will not cure:\n\n- influenza\n- gout", set()),
    ("Omeprazole is not a cure for:\n\n- influenza\n- gout", set()),
    # a denied cure beside the asserted use: the use stands
    (
        "Allopurinol is used to prevent gout. Allopurinol does not cure gout.",
        {("allopurinol", "treats", "gout", False)},
    ),
    # "there is no cure, but X ...": what X does stands, no negated treats
    (
        "There is no cure for asthma, but salbutamol treats asthma attacks.",
        {("albuterol", "treats", "asthma", False)},
    ),
    # a denial of treatment keeps its negated treats, alone ...
    ("Ibuprofen is not a treatment for gout.", {("ibuprofen", "treats", "gout", True)}),
    ("Ibuprofen does not treat gout.", {("ibuprofen", "treats", "gout", True)}),
    ("Ibuprofen should not be used for gout.", {("ibuprofen", "treats", "gout", True)}),
    (
        "Omeprazole is not a treatment for:\n\n- influenza\n- gout",
        {
            ("omeprazole", "treats", "human-influenza", True),
            ("omeprazole", "treats", "gout", True),
        },
    ),
    # ... and beside a denied cure in the same sentence: only the cure is let go
    (
        "Ibuprofen does not cure gout, and it is not a treatment for kidney stones.",
        {("ibuprofen", "treats", "kidney-calculi", True)},
    ),
]


test_exact_claims = exact_claims(CASES, named_claims)
