"""Decision 1049: a denied interaction the text itself doubts is hedged, never a plain denial. "It may not interact
with A", "it might not", "it probably doesn't" (Possible); "it is thought not to", "it does not seem / appear to"
(Believed). Before, each was a plain, certain denial of the interaction-denied rule (top band). Near misses: a plain
denial, "is not known to interact" (no interaction known: a denial) and a question. Each case asserts the whole set of
claims of the short text (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

SERTRALINE = "Sertraline for depression\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It may not interact with tramadol.", {("sertraline", "interactsWith", "tramadol", True, "Possible")}),
        (
            "Sertraline might not interact with tramadol, but ask first.",
            {("sertraline", "interactsWith", "tramadol", True, "Possible")},
        ),
        (
            "It probably doesn't interact with tramadol.",
            {("sertraline", "interactsWith", "tramadol", True, "Possible")},
        ),
        (
            "It may not interact with tramadol or with codeine.",
            {
                ("sertraline", "interactsWith", "tramadol", True, "Possible"),
                ("sertraline", "interactsWith", "codeine", True, "Possible"),
            },
        ),
        (
            "It is thought not to interact with tramadol.",
            {("sertraline", "interactsWith", "tramadol", True, "Believed")},
        ),
        (
            "It does not seem to interact with tramadol.",
            {("sertraline", "interactsWith", "tramadol", True, "Believed")},
        ),
        # near misses: a plain denial, no interaction known, a question
        ("It does not interact with tramadol.", {("sertraline", "interactsWith", "tramadol", True, "Asserted")}),
        ("It is not known to interact with tramadol.", {("sertraline", "interactsWith", "tramadol", True, "Asserted")}),
        ("Does it interact with tramadol?", set()),
    ],
)
def test_a_doubted_denial_is_hedged(lexicon, text, expected):
    assert certainty_claims(SERTRALINE + text, lexicon) == expected
