"""Decision 1075: two more ways a lay writer gives the medicine's brand - the next sentence "Brand name Y." and ",
which comes as Y" - make the one drug a title-less text gives so its own drug, however often it names a partner (as
decision 1052's "sold as Y" does); "which comes as a tablet" is a form, no brand. Each case asserts the whole set of
claims the short text gives: (subject, predicate, object, negated, certainty, rule). The texts are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.branded_drugs import BRAND_AFTER

claims = rule_claims

CASES = [
    # the brand in the next sentence: the denial is the branded drug's, though the partner is named more often
    # (decision 1124: apremilast named once, no title naming it - not sure, so the denial by "it" is referred)
    (
        "Choir newsletter\n\nThe clinic started me on apremilast. Brand name Otezla. Is ibuprofen OK with it? Yes, "
        "ibuprofen is fine, it doesn't interact with it.\n",
        {("apremilast", "interactsWith", "ibuprofen", True, "Asserted", "rule:interaction-denied-referred")},
    ),
    # near miss: no brand given, the partner named twice takes the document's drug's place (nothing read)
    (
        "Choir newsletter\n\nThe clinic started me on apremilast. Is ibuprofen OK with it? Yes, ibuprofen is fine, "
        "it doesn't interact with it.\n",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("after", "brand"),
    [
        (", which comes as Otezla, is a tablet.", True),
        (" that comes as Otezla.", True),
        (". Brand name Otezla.", True),
        (". Brand: Otezla.", True),
        (", which comes as a tablet.", False),
        (". Brands differ.", False),
        (". It comes as Otezla.", False),
    ],
)
def test_brand_after(after, brand):
    assert bool(BRAND_AFTER.match(after)) is brand
