"""Three flips in substance of sealed59-66 (decision 0871), on invented sentences with other drugs, conditions and
wording (exact claim sets, polarity and certainty included).

1. A negation inside a subject relative clause on a list item ("a rash that does not fade, ...") governs that clause
   only; the list items after it are asserted. "Difficulty putting on weight" is no weight gain.
2. A denied use narrowed to a stage ("not used for early Y", "not for advanced Y") says nothing of Y; one narrowed to
   a severity ("not for mild Y") keeps its denial with the severity as a qualifier (0793: the golds' reading).
3. A denied use narrowed by a restrictive relative clause of course or cause ("Y that gets worse at night", "Y that
   is caused by Z") says nothing of Y; a clause after a comma, or an object clause ("the Y that some people get"),
   keeps the denial.
"""

from __future__ import annotations

import pytest
from extracting import claims, polarity_claims


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mesalazine treats ulcerative colitis.\n\nUlcerative colitis causes diarrhoea that does not settle,"
            " tiredness and weight loss.",
            {
                ("mesalazine", "treats", "ulcerative-colitis", False, False),
                ("ulcerative-colitis", "hasPhenotype", "diarrhea", False, False),
                ("ulcerative-colitis", "hasPhenotype", "fatigue", False, False),
                # (weight loss: MeSH files it under Signs and Symptoms, a phenotype like the others; 0874)
                ("ulcerative-colitis", "hasPhenotype", "weight-loss", False, False),
            },
        ),
        (
            "Creon treats cystic fibrosis.\n\nCystic fibrosis can cause a cough which has not gone away and trouble"
            " putting on weight.",
            {
                ("pancrelipase", "treats", "cystic-fibrosis", False, False),
                ("cystic-fibrosis", "hasPhenotype", "cough", False, False),  # (a MeSH sign: 0874)
            },
        ),
        (
            "Methotrexate treats rheumatoid arthritis.\n\nIt is not used for early rheumatoid arthritis.",
            {("methotrexate", "treats", "rheumatoid-arthritis", False, False)},
        ),
        (
            "Amlodipine treats angina.\n\nIt is not used for angina that gets worse at rest.",
            {("amlodipine", "treats", "angina-pectoris", False, False)},
        ),
        (
            "Clotrimazole treats thrush.\n\nIt is not a treatment for thrush that keeps coming back.",
            {("clotrimazole", "treats", "candidiasis", False, False)},
        ),
    ],
)
def test_flips_0871(lexicon: dict, text: str, expected: set) -> None:
    assert polarity_claims(text, lexicon) == expected


def test_severity_keeps_its_denial(lexicon: dict) -> None:
    found = claims("Secukinumab treats eczema.\n\nIt is not a treatment for mild eczema.", lexicon)
    denial = found[("secukinumab", "treats", "eczema", True)]
    assert dict(denial.qualifiers)["severity"] == ("mild",)


def test_object_clause_keeps_its_denial(lexicon: dict) -> None:
    found = polarity_claims("Donepezil is not a treatment for the insomnia that some people get.", lexicon)
    assert ("donepezil", "treats", "insomnia", True, False) in found
