"""Decision 1044: "prostate cancer", "breast cancer" and "hay fever" are read as the vocabulary index's own terms
(HPO's Prostate cancer, Breast carcinoma, Allergic rhinitis), not as the disease package's broader or narrower MeSH
headings (Prostatic Neoplasms and Breast Neoplasms take in benign growths; Rhinitis, Allergic, Seasonal names the
pollen kind only, where a leaflet's "hay fever" is any allergy of the nose). Each case asserts the whole set of claims
the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

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
        # hay fever: the nose allergy, whatever sets it off
        (
            "Fexofenadine for hay fever\n\nFexofenadine is used for hay fever.",
            {("fexofenadine", "treats", "allergic-rhinitis", False, "Asserted")},
        ),
        # denied
        (
            "Bisoprolol for blood pressure\n\nBisoprolol will not help your hay fever.",
            {("bisoprolol", "treats", "allergic-rhinitis", True, "Asserted")},
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
def test_cancer_and_hay_fever_names(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_the_names_read_as_index_terms():
    from graph_build.text.not_one_concept import index_over_package

    names = index_over_package()
    assert {"prostate cancer", "breast cancer", "hay fever"} <= names
    assert "enlarged prostate" not in names
