"""The people a cue's own object is treated in are its context, never the thing treated (decision 0852).

"used to control a raised phosphate level in people with chronic kidney disease": the level is controlled and the
disease says who; with the cue's object named by no vocabulary the sentence gives no use at all, never a use for the
kidney disease. A use said of the people alone ("used in people with asthma") and an object that is itself a
condition ("treats high blood pressure in people with diabetes") read as before. Invented sentences, exact sets.
"""

from __future__ import annotations

import pytest
from extracting import plain_claims

claims = plain_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue's own object is a raised level (hyperphosphataemia since decision 0855) or an unnamed quantity: the
        # people's condition is no use
        (
            "Sevelamer is used to control a raised phosphate level in people with chronic kidney disease.\n",
            {("sevelamer", "treats", "hyperphosphatemia", False)},
        ),
        (
            "Sevelamer lowers high phosphate levels in the blood in people with long-term kidney disease.\n",
            {("sevelamer", "decreases", "hyperphosphatemia", False)},
        ),
        ("Calcium acetate helps to control the phosphate in people who have kidney failure.\n", set()),
        ("Sevelamer is used to control the salts in people with chronic kidney disease.\n", set()),
        # the object is a condition: it is treated, the people's condition is its context
        (
            "Lisinopril treats high blood pressure in people with diabetes.\n",
            {("lisinopril", "treats", "hypertension", False)},
        ),
        # a use said of the people alone, and the symptoms of the people's condition, read as before
        ("Salbutamol is used in people with asthma.\n", {("albuterol", "treats", "asthma", False)}),
        (
            "Levodopa eases the symptoms in people with Parkinson's disease.\n",
            {("levodopa", "treats", "parkinsons-disease", False)},
        ),
    ],
)
def test_the_people_a_use_is_for_are_its_context(lexicon, text: str, expected: set) -> None:
    assert claims(text, lexicon) == expected
