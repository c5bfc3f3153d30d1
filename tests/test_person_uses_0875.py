"""A treatment named for the person a story is about (decision 0875), on invented stories with other drugs, illnesses
and wording (exact sets of treats claims, polarity and hedging included): the illness a sentence says the person has
("Margaret has Y"), then the drug said of them ("It is a long-term treatment for her condition", "He will keep taking
it for life", "His neurologist started him on X"). Two illnesses, a bare "had", a narrowed illness or a negation give
nothing.
"""

from __future__ import annotations

import pytest
from extracting import polarity_claims


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Margaret has multiple sclerosis, which affects the nerves.\n\nHer neurologist started her on ocrelizumab"
            " last year. It is a long-term treatment for her condition, given every six months.",
            {("ocrelizumab", "treats", "multiple-sclerosis", False, False)},
        ),
        (
            "Sam has epilepsy. His neurologist started him on lamotrigine last spring.",
            {("lamotrigine", "treats", "seizure-disorder", False, False)},
        ),
        (
            "My dad has gout. He takes allopurinol every day.",
            {("allopurinol", "treats", "gout", False, False)},
        ),
        (
            "Tom has gout. Febuxostat lowers uric acid.\n\nHe will keep taking it for life.",
            {("febuxostat", "treats", "gout", False, False)},
        ),
        (
            "For years I thought I had eczema.\n\nDupilumab is a long-term treatment.",
            set(),
        ),
        (
            "A dermatologist told me I had psoriasis.\n\nApremilast is now my usual treatment.",
            {("apremilast", "treats", "psoriasis", False, False)},
        ),
        (
            "Rita has Parkinson's disease.\n\nFor the past two years Rita has used a rotigotine patch.",
            {("rotigotine", "treats", "parkinsons-disease", False, False)},
        ),
        (
            "Bill has gout.\n\nColchicine is a second-line treatment, added when other medicines do not control"
            " the attacks.",
            {("colchicine", "treats", "gout", False, False)},
        ),
        ("Dennis has asthma and diabetes. He takes pioglitazone. It is a long-term treatment.", set()),
        ("Priya had a rash on her arms. She takes hydroxychloroquine. It is a long-term treatment.", set()),
        ("Ali has an infection of the lungs. He takes amoxicillin. It is a short-term treatment.", set()),
        ("Jo has psoriasis. Her doctor says methotrexate is not a long-term treatment.", set()),
    ],
)
def test_person_uses(lexicon: dict, text: str, expected: set) -> None:
    assert polarity_claims(text, lexicon, "treats") == expected
