"""Decision 1014: two amounts tied by "means" in one clause state a mechanism step ("Less inflammation means less
pain": the first amount's change brings about the second's). Both moving the same way: the first increases the
second; the other way: it decreases it. A denied or questioned tie reads nothing, a hedged one keeps its hedge, and a
drug at the first end is the drug's own effect, no step. Each case asserts the whole set of claims the short text
gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.paired_amounts import paired_amounts
from graph_build.text.units import Unit

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same way: the first raises the second
        (
            "Naproxen for arthritis\n\nLess inflammation means less pain on the stairs.",
            {("inflammation", "increases", "pain", False, "Asserted")},
        ),
        # a numbered step, words between the first end and "means"
        (
            "Naproxen for arthritis\n\n3. Less inflammation in the joint means less pain.",
            {("inflammation", "increases", "pain", False, "Asserted")},
        ),
        # coordinated second ends share the amount word or take their own
        (
            "Loratadine for hay fever\n\nLess inflammation means less sneezing, less itching and a calmer nose.",
            {
                ("inflammation", "increases", "sneezing", False, "Asserted"),
                ("inflammation", "increases", "pruritus", False, "Asserted"),
            },
        ),
        # a hedge before "means" keeps its hedge
        (
            "Naproxen for arthritis\n\nLess inflammation probably means less pain.",
            {("inflammation", "increases", "pain", False, "Possible")},
        ),
        # a denial reads nothing
        ("Naproxen for arthritis\n\nLess inflammation does not mean less pain.", set()),
        # a question reads nothing
        ("Naproxen for arthritis\n\nDoes less inflammation mean less pain?", set()),
        # no amount word before the first end: no step
        ("Naproxen for arthritis\n\nInflammation means less sleep and more pain.", set()),
        # another drug's amount: its own effect, no step
        ("Naproxen for arthritis\n\nMore ibuprofen means less pain.", set()),
        # a heading, no amount tie
        ("Naproxen for arthritis\n\n## Inflammation and pain\n\nBoth settle within a week.", set()),
    ],
)
def test_paired_amounts(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_opposite_ways_decrease():
    u = Unit("More X means fewer Y.", [(5, 6, "x", "BiologicalProcess"), (19, 20, "y", "Symptom")])
    found = [(f.subject, f.predicate, f.object, f.negated) for f in paired_amounts(u)]
    assert found == [("x", "decreases", "y", False)]


def test_lower_is_never_raised():
    u = Unit("Lower X means higher Y.", [(6, 7, "x", "BiologicalProcess"), (21, 22, "y", "Symptom")])
    assert [f.predicate for f in paired_amounts(u)] == ["decreases"]
