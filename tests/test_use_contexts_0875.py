"""Conditions a use's sentence names that are not the use, and denials narrowed to a cause or a flare (decision 0875),
on invented sentences with other drugs, conditions and wording (exact sets of treats claims, polarity and hedging
included).

1. A gloss after a use ("for Y, the itchy, watery eyes that ...") names Y's signs: no use of its own; a list ("for Y,
   a Z and W") keeps every item.
2. A form of the drug named in a clause before the use's ("comes as F, and a spray version is used for Y") is not
   what is used for Y.
3. "to stop Y coming back in people who have frequent Z": Z is the people's, a context.
4. "at the site of a wound": a place. "while an infection is treated, ...": that clause's verb.
5. A denial of "a sudden flare of Y" denies no bare Y; "an acute episode of Y" keeps its denial
   (the fresh gold's reading); "the itching of an ordinary allergy" denies no allergy.
"""

from __future__ import annotations

import pytest
from extracting import polarity_claims


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Olopatadine is used to prevent allergic conjunctivitis, the itchy, red, watery eyes that pollen can"
            " bring on.",
            {("olopatadine", "treats", "allergic-conjunctivitis", False, False)},
        ),
        (
            "Budesonide capsules are used for Crohn's disease, the inflammation of the gut.",
            {("budesonide", "treats", "crohn-disease", False, False)},
        ),
        (
            "Paracetamol is used for headache, a sore throat and fever.",
            {
                ("acetaminophen", "treats", "headache", False, False),
                ("acetaminophen", "treats", "pharyngalgia", False, False),
                ("acetaminophen", "treats", "fever", False, False),
            },
        ),
        (
            "Cetirizine is used for hay fever, a stuffy nose and hives.",
            {
                ("cetirizine", "treats", "rhinitis-allergic-seasonal", False, False),
                ("cetirizine", "treats", "nasal-congestion", False, False),
                ("cetirizine", "treats", "urticaria", False, False),
            },
        ),
        (
            "Trimethoprim is used to stop cystitis coming back in women who have frequent infections.",
            {("trimethoprim", "treats", "cystitis", False, False)},
        ),
        ("Adalimumab can be paused: while a chest infection is treated, people get no withdrawal symptoms.", set()),
        ("Hydroxychloroquine works slowly, so it is not a treatment for an acute flare of joint pain.", set()),
        (
            "Lithium is not used for an acute episode of depression.",
            {("lithium", "treats", "depression", True, False)},
        ),
        ("Nedocromil is not a treatment for the itching of an ordinary allergy.", set()),
    ],
)
def test_use_contexts(lexicon: dict, text: str, expected: set) -> None:
    assert polarity_claims(text, lexicon, "treats") == expected


def test_form_in_another_clause(lexicon: dict) -> None:
    # the eye drops are what the drug comes as, never what treats; the nose spray version is the drug's own form
    # (decision 0879 reads "nose spray" as a nasal form), so the use is the drug's
    text = "Azelastine is an antihistamine.\n\nIt comes as eye drops, and a nose spray version is used for hay fever."
    assert polarity_claims(text, lexicon, "treats") == {
        ("azelastine", "treats", "rhinitis-allergic-seasonal", False, False)
    }


def test_place_of_an_injury(lexicon: dict) -> None:
    found = polarity_claims(
        "Etamsylate helps the platelets stick together at the site of an injury, so less blood leaks out.",
        lexicon,
        "treats",
    )
    assert not any(c[2] == "wounds-and-injuries" for c in found)
