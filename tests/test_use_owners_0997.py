"""Decision 0997: a denied use whose owner is only "it", resolved to a partner named before the two sentences right
before it, is the document's drug's denial ("Ketoconazole raises the level of bosutinib. I take it every morning. The
tablets are small. It won't help my arthritis": bosutinib is no treatment for arthritis; the text says nothing of
ketoconazole's use). A partner named in the sentence itself or in one of the two right before keeps it. Each case
asserts the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The
sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.denied_use_owners import denied_use_owners
from graph_build.text.units import Discourse, Found, Unit

claims = certainty_claims
OPENING = (
    "Bosutinib for leukaemia\n\nKetoconazole raises the level of bosutinib. I take it every morning with breakfast. "
    "The tablets are small. "
)
RAISES = ("bosutinib", "interactsWith", "ketoconazole", False, "Asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the denial's "it" after a partner named three sentences back: the document's drug
        (OPENING + "It won't help my arthritis.", {RAISES, ("bosutinib", "treats", "arthritis", True, "Asserted")}),
        (
            OPENING + "Nor is it any use for my arthritis.",
            {RAISES, ("bosutinib", "treats", "arthritis", True, "Asserted")},
        ),
        # hedged: the denial's certainty is kept
        (OPENING + "It may not help my arthritis.", {RAISES, ("bosutinib", "treats", "arthritis", True, "Possible")}),
        # an asserted use keeps the reading it had (only denials move)
        (OPENING + "It also eases my arthritis.", {RAISES, ("ketoconazole", "treats", "arthritis", False, "Asserted")}),
        # a question asserts nothing
        (OPENING + "Will it help my arthritis?", {RAISES}),
        # the partner named in the denial's own sentence keeps its denial
        (
            OPENING + "Ketoconazole won't help my arthritis.",
            {RAISES, ("ketoconazole", "treats", "arthritis", True, "Asserted")},
        ),
        # the document's drug named in the sentence: the "it" is not it
        (
            OPENING + "Unlike bosutinib, it won't help my arthritis.",
            {
                RAISES,
                ("bosutinib", "treats", "arthritis", False, "Asserted"),
                ("ketoconazole", "treats", "arthritis", True, "Asserted"),
            },
        ),
        # the partner one of the two sentences right before named keeps the denial (the topic: decisions 0720, 0812)
        (
            "Bosutinib for leukaemia\n\nKetoconazole raises the level of bosutinib. I take it every morning with "
            "breakfast. It won't help my arthritis.",
            {RAISES, ("ketoconazole", "treats", "arthritis", True, "Asserted")},
        ),
        (
            "Bosutinib for leukaemia\n\nKetoconazole raises the level of bosutinib. It won't help my arthritis.",
            {RAISES, ("ketoconazole", "treats", "arthritis", True, "Asserted")},
        ),
    ],
)
def test_use_owners(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_denial_without_document_drug_is_unchanged():
    f = Found("ketoconazole", "treats", "arthritis", "treats-cue", True, resolved_from="It")
    unit = Unit("It won't help my arthritis.", [(17, 26, "arthritis", "Disease")])
    assert denied_use_owners([f], unit, Discourse(focus="ketoconazole")) == [f]


def test_denial_by_name_is_unchanged():
    f = Found("ketoconazole", "treats", "arthritis", "treats-cue", True, resolved_from="the tablets")
    unit = Unit("The tablets won't help my arthritis.", [(26, 35, "arthritis", "Disease")])
    assert denied_use_owners([f], unit, Discourse(focus="ketoconazole", main="bosutinib")) == [f]
