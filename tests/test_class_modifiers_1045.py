"""Decision 1045: a class minted from a class statement whose modifier is a drug record the text names by another
name (a body substance or a group of them: "vitamin D", filed under ergocalciferol; "prostacyclin", under
epoprostenol) keeps the text's word; a spelling of the record's own name keeps the record's ("noradrenaline" is
norepinephrine). Each case asserts the whole set of claims the short text gives: (subject, predicate, object, negated,
certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body vitamin copied: the class keeps the vitamin's name
        (
            "Calcipotriol for psoriasis\n\nCalcipotriol is a vitamin D analogue.",
            {("calcipotriol", "isA", "vitamin-d-analogue", False, "Asserted")},
        ),
        # a body hormone copied
        (
            "Treprostinil\n\nTreprostinil is a man-made prostacyclin analogue.",
            {("treprostinil", "isA", "prostacyclin-analogue", False, "Asserted")},
        ),
        # denied: the denial keeps the same name
        (
            "Alendronic acid\n\nAlendronic acid is not a vitamin D analogue.",
            {("alendronic-acid", "isA", "vitamin-d-analogue", True, "Asserted")},
        ),
        # the record's own name in British spelling keeps the record's slug
        (
            "Reboxetine\n\nReboxetine is a selective noradrenaline reuptake inhibitor.",
            {("reboxetine", "isA", "selective-norepinephrine-reuptake-inhibitor", False, "Asserted")},
        ),
        # a question states no class
        ("Calcipotriol\n\nIs calcipotriol a vitamin D analogue?", set()),
    ],
)
def test_class_modifier_names(lexicon, text, expected):
    assert claims(text, lexicon) == expected
