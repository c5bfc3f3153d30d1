"""Decisions 1051 and 1052: the medicine a text gives with its brand is the text's own. A word shaped as an
International Nonproprietary Name (it ends in a WHO INN stem) that the text names with its brand ("X, which is sold as
Y") is a drug however seldom it is written; and the only drug a title-less text gives with its brand ("started on X,
sold as Y", "X (brand name Y)", "X. The packet says Y") is the document's drug, though the steroid or the medicine
taken with it is named more often - not when two drugs are branded, nor in a question or a denial. Each case asserts
the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are
invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.branded_drugs import branded_of
from graph_build.text.recognise import Mention

claims = certainty_claims

STEROID = (
    " He takes hydrocortisone each morning. The hydrocortisone dose goes up when he is ill, and hydrocortisone is kept"
    " by the bed.\n\nSide effects\n\nIt can cause nausea."
)
PARTNER = (
    " Pyridostigmine still helps my eyelids, and I take pyridostigmine with meals.\n\nSide effects\n\nIt can cause"
    " nausea."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # given with its brand: the document's drug, though the replacement steroid is named three times
        (
            "Dear Sam,\n\nThe clinic has started Dad on osilodrostat, sold as Isturisa." + STEROID,
            {("osilodrostat", "hasAdverseEffect", "nausea", False, "Asserted")},
        ),
        (
            "Dear Sam,\n\nThe clinic has started Dad on osilodrostat (brand name Isturisa)." + STEROID,
            {("osilodrostat", "hasAdverseEffect", "nausea", False, "Asserted")},
        ),
        # the brand in the next sentence, from the box
        (
            "Dear Sam,\n\nThe clinic has started Dad on osilodrostat. The packet says Isturisa." + STEROID,
            {("osilodrostat", "hasAdverseEffect", "nausea", False, "Asserted")},
        ),
        # two drugs given with their brands: the brand decides nothing, the counting does
        (
            "Dear Sam,\n\nDad takes osilodrostat, sold as Isturisa, and hydrocortisone, sold as Hydrocortone."
            + STEROID,
            {("hydrocortisone", "hasAdverseEffect", "nausea", False, "Asserted")},
        ),
        # denied, or asked about: not the text's medicine
        (
            "Dear Sam,\n\nDad is not on osilodrostat (Isturisa) yet." + STEROID,
            {("hydrocortisone", "hasAdverseEffect", "nausea", False, "Asserted")},
        ),
        (
            "Dear Sam,\n\nShould Dad go on osilodrostat, sold as Isturisa?" + STEROID,
            {("hydrocortisone", "hasAdverseEffect", "nausea", False, "Asserted")},
        ),
        # an INN-shaped word no vocabulary knows, given with its brand: a drug, and the text's
        (
            "Hi all,\n\nMy neurologist added zelvatigimod, which is sold as Brandex." + PARTNER,
            {("zelvatigimod", "hasAdverseEffect", "nausea", False, "Asserted")},
        ),
        # the same word read about, no brand and no naming frame: no drug is minted
        (
            "Hi all,\n\nI read about zelvatigimod online." + PARTNER,
            {("pyridostigmine", "hasAdverseEffect", "nausea", False, "Asserted")},
        ),
    ],
)
def test_branded_drug_is_the_documents(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_branded_of_needs_one_branded_drug():
    from collections import Counter

    text = "We take A, sold as Yon, and B (Zed). Then A."
    ms = [Mention(8, 9, "a", "A", "t"), Mention(28, 29, "b", "B", "t"), Mention(42, 43, "a", "A", "t")]
    assert branded_of(text, ms, Counter(a=2, b=1)) is None
    assert branded_of(text, ms[:1] + ms[2:], Counter(a=2)) == "a"


@pytest.mark.parametrize(
    ("text", "branded"),
    [
        ("After the scan showed a clot and not a bleed, they gave him A. The nurse said the brand is Yon.", True),
        ("They did not give him A, sold as Yon.", False),
        ("She hasn't been put on A (Yon) yet.", False),
        ("Mum takes A (Yon) at night.", True),
        ("No A (Bev from next door keeps offering it).", False),
        ("It takes A (NHS) a while.", False),
        ("The clinic put me on A instead. The box says Yon.", True),
        ("The injection is B, a form of A (brand name Yon).", False),
    ],
)
def test_brand_shapes_and_near_misses(text, branded):
    from collections import Counter

    at = text.index(" A") + 1
    ms = [Mention(at, at + 1, "a", "A", "t")]
    assert (branded_of(text, ms, Counter(a=1)) == "a") is branded
