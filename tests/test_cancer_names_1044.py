"""Decision 1044: "prostate cancer" and "breast cancer" are read as the vocabulary index's own terms (HPO's Prostate
cancer, Breast carcinoma), not as the disease package's broader MeSH headings (Prostatic Neoplasms and Breast
Neoplasms take in benign growths). "Hay fever" stays the package's Rhinitis, Allergic, Seasonal, whose entry term it
is (the lead removed the helper's mapping to the broader Allergic rhinitis: hay fever is the pollen allergy). Each case
asserts the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences
are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cancer treated, and another denied in the next sentence
        (
            "Bicalutamide for prostate cancer\n\nBicalutamide is used to treat prostate cancer that has spread. It is "
            "not a treatment for breast cancer.",
            {
                ("bicalutamide", "treats", "prostate-cancer", False, "Asserted"),
                ("bicalutamide", "treats", "breast-carcinoma", True, "Asserted"),
            },
        ),
        # hay fever: the pollen allergy of the nose, the seasonal heading whose entry term it is
        (
            "Fexofenadine for hay fever\n\nFexofenadine is used for hay fever.",
            {("fexofenadine", "treats", "rhinitis-allergic-seasonal", False, "Asserted")},
        ),
        # denied
        (
            "Bisoprolol for blood pressure\n\nBisoprolol will not help your hay fever.",
            {("bisoprolol", "treats", "rhinitis-allergic-seasonal", True, "Asserted")},
        ),
        # a question states nothing
        ("Cetirizine for hay fever\n\nDoes cetirizine help hay fever? Many people ask this.", set()),
        # hedged prevention keeps its hedge
        (
            "Anastrozole\n\nAnastrozole may help prevent breast cancer in some women at high risk.",
            {("anastrozole", "treats", "breast-carcinoma", False, "Possible")},
        ),
        # a heading names no use; the enlarged prostate keeps its own reading
        (
            "Tamsulosin\n\n## Hay fever\n\nTamsulosin is used for an enlarged prostate.",
            {("tamsulosin", "treats", "prostatic-hyperplasia", False, "Asserted")},
        ),
        # a cancer as the reason not to take a medicine
        (
            "Tibolone for menopause symptoms\n\nYou should not take tibolone if you have had breast cancer.",
            {("tibolone", "contraindicatedIn", "breast-carcinoma", False, "Asserted")},
        ),
    ],
)
def test_cancer_names_and_hay_fever(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_the_names_read_as_index_terms():
    from graph_build.text.not_one_concept import index_over_package

    names = index_over_package()
    assert {"prostate cancer", "breast cancer"} <= names
    assert "hay fever" not in names
    assert "enlarged prostate" not in names
