"""Decision 0927: a contrast that names only part of a class ("Unlike some blood pressure tablets", "Unlike many older
sleeping tablets") carries no step over to the class: the denial is the drug's only. A contrast with the whole class
still does (decision 0790). Each case asserts the whole set of claims the short text gives: (subject, predicate,
object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the class: the denial is the drug's, nothing is said of the class
        (
            "Ivabradine for angina\n\nUnlike some blood pressure tablets, it does not slow the heart.",
            {("ivabradine", "decreases", "heart-rate", True, "Asserted")},
        ),
        (
            "Ivabradine for angina\n\nUnlike many older heart tablets, it does not lower blood pressure.",
            {("ivabradine", "decreases", "blood-pressure", True, "Asserted")},
        ),
        # the whole class: the step is the class's, asserted (decision 0790)
        (
            "Ivabradine for angina\n\nUnlike beta blockers, it does not slow the heart.",
            {
                ("beta-blocker", "decreases", "heart-rate", False, "Asserted"),
                ("ivabradine", "decreases", "heart-rate", True, "Asserted"),
            },
        ),
        (
            "Ivabradine for angina\n\nUnlike the older beta blockers, it does not slow the heart.",
            {
                ("beta-blocker", "decreases", "heart-rate", False, "Asserted"),
                ("ivabradine", "decreases", "heart-rate", True, "Asserted"),
            },
        ),
    ],
)
def test_partial_contrast(text, expected, lexicon):
    assert claims(text, lexicon) == expected
