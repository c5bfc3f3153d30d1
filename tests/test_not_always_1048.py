"""Decision 1048: "not always" and "not necessarily" limit how often or how surely; they deny nothing. "X does not
always cause Y" says X causes Y some of the time (Occasional), "X won't necessarily interact with Z" that it may
(Possible); read as denials they stated the opposite of the text ("Anaemia does not always make you tired" was a
denied cause, "It does not always interact with tramadol" a denied interaction in the top band). Near misses: a plain
denial and a "not usually" (the golds' reading: a denial) stay denied, a question says nothing, and a denial in
another clause keeps its own scope. Each case asserts the whole set of claims of the short text (subject, predicate,
object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

SERTRALINE = "Sertraline for depression\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an illness that does not always bring a sign: the sign sometimes comes
        (
            "Anaemia does not always make you tired.",
            {("anemia", "causes", "fatigue", False, "Occasional")},
        ),
        # an interaction that does not always happen: an occasional one, never a denied one
        (
            SERTRALINE + "It does not always interact with tramadol, but your doctor will watch for shivering.",
            {("sertraline", "interactsWith", "tramadol", False, "Occasional")},
        ),
        (
            SERTRALINE + "It doesn't always interact with tramadol.",
            {("sertraline", "interactsWith", "tramadol", False, "Occasional")},
        ),
        # "won't necessarily": a possible interaction
        (
            SERTRALINE + "Sertraline won't necessarily interact with tramadol.",
            {("sertraline", "interactsWith", "tramadol", False, "Possible")},
        ),
        # a use that does not always work at once: the use holds, some of the time
        (
            SERTRALINE + "It doesn't always help with anxiety straight away.",
            {("sertraline", "treats", "anxiety", False, "Occasional")},
        ),
        # a side effect that does not always come: no denial (the reader states nothing here)
        (SERTRALINE + "Sertraline won't necessarily cause nausea.", set()),
        # near misses: a plain denial stays denied ...
        (
            SERTRALINE + "It does not interact with tramadol.",
            {("sertraline", "interactsWith", "tramadol", True, "Asserted")},
        ),
        (
            SERTRALINE + "It does not cause weight gain.",
            {("sertraline", "hasAdverseEffect", "weight-gain", True, "Asserted")},
        ),
        # ... as does "not usually" (the golds read it as a denial of the usual effect)
        (
            SERTRALINE + "It does not usually cause drowsiness.",
            {("sertraline", "hasAdverseEffect", "somnolence", True, "Asserted")},
        ),
        # a question asserts nothing
        (SERTRALINE + "Does it always interact with tramadol?", set()),
        # a denial of its own clause keeps its scope beside a "not always" of another clause
        (
            SERTRALINE + "It does not interact with paracetamol, and it isn't always needed for life.",
            {("sertraline", "interactsWith", "acetaminophen", True, "Asserted")},
        ),
    ],
)
def test_not_always_limits_and_never_denies(lexicon, text, expected):
    assert certainty_claims(text, lexicon) == expected
