"""Decision 1007: a frequency adverb opening a sentence in a side-effect section or passage ("Rarely, a rash
appears.", "Very rarely, a serious allergic reaction may occur.", "In rare cases the skin comes up in hives.",
"Occasionally people feel dizzy", "Less often, it causes a headache") says what the owner's side effects are, read
with the frequency as Occasional. Not outside such a passage, not of stopping the drug, not negated, not another
drug's, not a question, not a heading. Each case asserts the whole set of claims the short text gives: (subject,
predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims

TITLE = "Lisinopril for blood pressure\n\n"
COUGH = ("lisinopril", "hasAdverseEffect", "nonproductive-cough", False, "Asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a side-effect section: the opening adverb's sentence is the owner's effect, Occasional
        (
            "Side effects\n\nA dry cough is common. Rarely, a rash appears.",
            {COUGH, ("lisinopril", "hasAdverseEffect", "exanthema", False, "Occasional")},
        ),
        (
            "Side effects\n\nA dry cough is common. Very rarely, a serious allergic reaction may occur.",
            {COUGH, ("lisinopril", "hasAdverseEffect", "hypersensitivity", False, "Occasional")},
        ),
        (
            "Side effects\n\nA dry cough is common. In rare cases the skin comes up in hives.",
            {COUGH, ("lisinopril", "hasAdverseEffect", "urticaria", False, "Occasional")},
        ),
        (
            "Side effects\n\nOccasionally people feel dizzy or sick after a dose.",
            {
                ("lisinopril", "hasAdverseEffect", "dizziness", False, "Occasional"),
                ("lisinopril", "hasAdverseEffect", "nausea", False, "Occasional"),
            },
        ),
        # in a passage after a sentence that stated the drug's effects
        (
            "Lisinopril can cause a dry cough. Rarely, a rash appears.",
            {COUGH, ("lisinopril", "hasAdverseEffect", "exanthema", False, "Occasional")},
        ),
        # no side-effect passage: nothing is the drug's
        (
            "Lisinopril lowers blood pressure. Rarely, a rash appears.",
            {("lisinopril", "decreases", "blood-pressure", False, "Asserted")},
        ),
        # stopping the drug: a withdrawal effect, never an adverse one
        (
            "Side effects\n\nRarely, stopping it suddenly leaves people with headaches.",
            {("lisinopril", "hasWithdrawalEffect", "headache", False, "Occasional")},
        ),
        # negated: says nothing of an effect
        ("Side effects\n\nRarely, a rash does not fade for weeks.", set()),
        # another drug's
        (
            "Side effects\n\nRarely, ibuprofen causes a rash.",
            {("ibuprofen", "hasAdverseEffect", "exanthema", False, "Occasional")},
        ),
        # a question
        ("Side effects\n\nDoes a rash ever appear?", set()),
        # the illness's own section
        ("Symptoms of high blood pressure\n\nRarely, people get headaches.", set()),
        # a heading
        (
            "Rarely, a rash\n\nLisinopril lowers blood pressure.",
            {("lisinopril", "decreases", "blood-pressure", False, "Asserted")},
        ),
    ],
)
def test_rare_opening_effects(lexicon, text, expected):
    assert claims(TITLE + text, lexicon) == expected
