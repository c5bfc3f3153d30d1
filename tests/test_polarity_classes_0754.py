"""Decision 0754 (sealed22's polarity classes): a cure denied beside an asserted use is no denied use; "not
prescribed for people with Y" is a contraindication; "should not be used for Y" (Y a condition) a denied use.
Invented sentences, exact claim sets: any extra claim would be a bug."""

from __future__ import annotations

from pathlib import Path

import pytest
from claimsets import exact_claims
from extracting import named_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document

CASES = [
    # a cure denied where the text asserts the use: only the use
    (
        "Allopurinol is used to prevent attacks of gout. Allopurinol does not cure gout.",
        {("allopurinol", "treats", "gout", False)},
    ),
    # ... emphasis on the cue; a use denied in the next clause stays denied
    (
        "Allopurinol is used to prevent attacks of gout. It does **not cure** gout, and it is not a treatment for "
        "kidney stones.",
        {("allopurinol", "treats", "gout", False), ("allopurinol", "treats", "kidney-calculi", True)},
    ),
    # a cure denied with no use of it asserted: no claim (decision 0780; 0754 read a denied use)
    ("Omeprazole will not cure influenza.", set()),
    # "not prescribed for people with Y": contraindications
    (
        "Ibuprofen is used for period pain. It is not prescribed for people with severe heart failure or with "
        "kidney disease.",
        {
            ("ibuprofen", "treats", "dysmenorrhea", False),
            ("ibuprofen", "contraindicatedIn", "heart-failure", False),
            ("ibuprofen", "contraindicatedIn", "kidney-diseases", False),
        },
    ),
    # "not prescribed for Y", Y a condition: a denied use
    ("Ciprofloxacin is not prescribed for the common cold.", {("ciprofloxacin", "treats", "common-cold", True)}),
    # "should not be used for Y", Y a condition: a denied use
    ("Tramadol must not be used for epilepsy.", {("tramadol", "treats", "seizure-disorder", True)}),
    ("Naproxen should not be taken for gout.", {("naproxen", "treats", "gout", True)}),
    # "... in Y", "... for people with Y", "... for children": whom it is kept from
    ("Tramadol must not be used in epilepsy.", {("tramadol", "contraindicatedIn", "seizure-disorder", False)}),
    (
        "Sertraline should not be used for people with epilepsy.",
        {("sertraline", "contraindicatedIn", "seizure-disorder", False)},
    ),
    ("Codeine should not be used for children.", {("codeine", "contraindicatedIn", "children", False)}),
]
#: a reason clause's hedge stays in it: the denied use is asserted (certainty Asserted)
ASSERTED = ["Naproxen is not used for gout, as that could hide something serious."]


test_exact_claims = exact_claims(CASES, named_claims)


@pytest.mark.parametrize("text", ASSERTED)
def test_reason_clause_does_not_hedge(text: str, lexicon) -> None:
    document = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    claims = extract_document(document, lexicon).claims
    assert [(c.object, c.negated, c.certainty) for c in claims] == [("gout", True, "Asserted")]
