"""Decision 0993: everyday wordings of adverse effects no vocabulary held - *swollen ankles* / *swelling of the ankles*
(HPO's Ankle swelling), *queasy* (nausea), *gaining weight* (weight gain), *trouble / difficulty / problems passing
water* (HPO's Urinary retention). Each case asserts the whole set of claims the short text gives: (subject,
predicate, object, negated, certainty), with the near misses: a denial, a question, a modal, an illness's own sign.
The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side-effect section's list in everyday words
        (
            "Amlodipine for blood pressure\n\n## Side effects\n\n- swollen ankles\n- headaches",
            {
                ("amlodipine", "hasAdverseEffect", "ankle-swelling", False, "Asserted"),
                ("amlodipine", "hasAdverseEffect", "headache", False, "Asserted"),
            },
        ),
        # the noun phrase with "of"
        (
            "Amlodipine for blood pressure\n\nAmlodipine can cause swelling of the ankles.",
            {("amlodipine", "hasAdverseEffect", "ankle-swelling", False, "Asserted")},
        ),
        # denied: the same name, negated
        (
            "Amlodipine for blood pressure\n\nAmlodipine does not cause swollen ankles.",
            {("amlodipine", "hasAdverseEffect", "ankle-swelling", True, "Asserted")},
        ),
        # the illness's own sign, not the drug's effect
        (
            "Furosemide for heart failure\n\nHeart failure can cause swollen ankles and breathlessness.",
            {
                ("heart-failure", "hasPhenotype", "ankle-swelling", False, "Asserted"),
                ("heart-failure", "hasPhenotype", "dyspnea", False, "Asserted"),
            },
        ),
        # "feeling queasy" and "gaining weight" as list items; "is rare" hedges its own item only
        (
            "Metformin for diabetes\n\n## Side effects\n\n- feeling queasy after a dose\n- gaining weight is rare",
            {
                ("metformin", "hasAdverseEffect", "nausea", False, "Asserted"),
                ("metformin", "hasAdverseEffect", "weight-gain", False, "Occasional"),
            },
        ),
        # a modal keeps its hedge outside the name
        (
            "Oxybutynin for overactive bladder\n\nOxybutynin may cause trouble passing water.",
            {("oxybutynin", "hasAdverseEffect", "urinary-retention", False, "Possible")},
        ),
        # a question states nothing
        ("Oxybutynin for overactive bladder\n\nDoes oxybutynin cause trouble passing water?", set()),
    ],
)
def test_lay_effects(lexicon, text, expected):
    assert claims(text, lexicon) == expected
