"""Decision 1119: post-run fixes of run 21's flips, each a general shape of English. An asserted clause after a
comma whose subject is a pronoun and whose verb is a copula ends a denial ("It isn't a steroid, it's a
bronchodilator" asserts the second class); a denied use limited to a place or to the drug alone ("won't treat Y
anywhere outside the arm", "won't cure Y on its own") denies no use; an item of an interactions list that its own line
denies by referring back to it ("- B for gout. The drug doesn't interact with it.") is a denied interaction, never an
asserted one. Each case asserts the whole set of claims the short text gives: (subject, predicate, object, negated,
certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the asserted class after ", it's" is the drug's
        (
            "Theophylline for COPD\n\nIt isn't a steroid, it's a bronchodilator taken by mouth.",
            {
                ("theophylline", "isA", "corticosteroid", True, "Asserted"),
                ("theophylline", "isA", "bronchodilator-agent", False, "Asserted"),
            },
        ),
        # ... and after ", it is"
        (
            "Theophylline for COPD\n\nIt is not a steroid, it is a bronchodilator.",
            {
                ("theophylline", "isA", "corticosteroid", True, "Asserted"),
                ("theophylline", "isA", "bronchodilator-agent", False, "Asserted"),
            },
        ),
        # near miss: the clause after the comma is denied on its own
        (
            "Theophylline for COPD\n\nIt isn't a steroid, it's not a bronchodilator either.",
            {
                ("theophylline", "isA", "corticosteroid", True, "Asserted"),
                ("theophylline", "isA", "bronchodilator-agent", True, "Asserted"),
            },
        ),
        # near miss: the second clause denies its own class
        (
            "Theophylline for COPD\n\nIt isn't a steroid, and it isn't a bronchodilator.",
            {
                ("theophylline", "isA", "corticosteroid", True, "Asserted"),
                ("theophylline", "isA", "bronchodilator-agent", True, "Asserted"),
            },
        ),
        # a denial limited to a place denies no use
        ("Imiquimod for skin cancer\n\nIt won't treat melanoma anywhere outside the skin.", set()),
        ("Imiquimod for skin cancer\n\nThe cream won't treat melanoma beyond the patch it is put on.", set()),
        # ... or to the drug alone
        ("Cisplatin for cancer\n\nIt doesn't cure melanoma on its own.", set()),
        # near miss: the plain denial stays
        (
            "Cisplatin for cancer\n\nIt doesn't treat melanoma.",
            {("cisplatin", "treats", "melanoma", True, "Asserted")},
        ),
        # near miss: a question asserts and denies nothing
        ("Cisplatin for cancer\n\nDoes it treat melanoma anywhere outside the arm?", set()),
    ],
)
def test_flip_scopes(lexicon, text, expected):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item its own line denies: a denied interaction
        (
            "# Apixaban for clots\n\n## Other medicines\n\n- Allopurinol for gout. The drug doesn't interact with it.\n"
            "- Rifampicin. It can lower the apixaban level.",
            {
                ("apixaban", "interactsWith", "allopurinol", True, "Asserted"),
                ("apixaban", "interactsWith", "rifampin", False, "Asserted"),
                ("allopurinol", "treats", "gout", False, "Asserted"),
            },
        ),
        (
            "# Apixaban for clots\n\n## Medicines and drink\n\n- She is on omeprazole for her stomach. Apixaban does "
            "not interact with that.",
            {("apixaban", "interactsWith", "omeprazole", True, "Asserted")},
        ),
        # near miss: the next line's denial is another item's, this item stays asserted
        (
            "# Apixaban for clots\n\n## Other medicines\n\n- Rifampicin for TB.\n- Allopurinol for gout. It doesn't "
            "interact with it.",
            {
                ("apixaban", "interactsWith", "rifampin", False, "Asserted"),
                ("apixaban", "interactsWith", "allopurinol", True, "Asserted"),
                ("rifampin", "treats", "tuberculosis", False, "Asserted"),
                ("allopurinol", "treats", "gout", False, "Asserted"),
            },
        ),
        # near miss: the next sentence on the line asserts something else
        (
            "# Apixaban for clots\n\n## Other medicines\n\n- Rifampicin for TB. It can lower the apixaban level.",
            {
                ("apixaban", "interactsWith", "rifampin", False, "Asserted"),
                ("rifampin", "treats", "tuberculosis", False, "Asserted"),
            },
        ),
    ],
)
def test_denied_list_items(lexicon, text, expected):
    assert claims(text, lexicon, ".md") == expected
