"""Decision 1012: uses read with the wrong subject or the wrong polarity. A class named only as what "it" is, is not,
or is kin to ("Nor is it a painkiller, and it won't help Y", "Although it is a relative of some antihistamines, it
does nothing for Y") is not the subject of the next clause's "it": the use (or its denial) is the drug in focus's. A
clause after ", and" whose subject is a noun phrase of its own and whose verb is a copula ("It doesn't interact with
ibuprofen, and paracetamol is fine for the headache") is out of the first clause's denial. A person's "help" ("She can
help with the cramps") is no use of the drug. Each case asserts the whole set of claims the short text gives:
(subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class is the complement of an inverted copula: the next "it" is the drug in focus
        (
            "Tamsulosin for an enlarged prostate\n\nNor is it a painkiller, and it won't do a thing for the back pain.",
            {("tamsulosin", "treats", "back-pain", True, "Asserted")},
        ),
        # a class the drug is kin to
        (
            "Pizotifen for migraine\n\nAlthough it is chemically a relative of some antihistamines, it does nothing "
            "for hay fever.",
            {("pizotyline", "treats", "rhinitis-allergic-seasonal", True, "Asserted")},
        ),
        # hedged: the drug's denied use keeps its doubt
        (
            "Tamsulosin for an enlarged prostate\n\nNor is it a painkiller, and it may not help the back pain.",
            {("tamsulosin", "treats", "back-pain", True, "Possible")},
        ),
        # another drug's clause after the class: nothing moves to the drug in focus
        ("Doxycycline for acne\n\nNor is it a painkiller, but ibuprofen works for the back pain.", set()),
        # a question states no use
        ("Tamsulosin for an enlarged prostate\n\nIs it a painkiller, and can it help the back pain?", set()),
        # a copula clause with its own subject after ", and": out of the denial of the interaction
        (
            "Sertraline for depression\n\nIt doesn't interact with ibuprofen, and paracetamol is fine for the "
            "headache.",
            {
                ("acetaminophen", "treats", "headache", False, "Asserted"),
                ("sertraline", "interactsWith", "acetaminophen", True, "Asserted"),
                ("sertraline", "interactsWith", "ibuprofen", True, "Asserted"),
            },
        ),
        # a possessive before the partner: the tablets are the partner, not a second subject of "is fine"
        (
            "Sertraline for depression\n\nIt doesn't interact with her water tablets, and paracetamol is fine for a "
            "headache.",
            {
                ("acetaminophen", "treats", "headache", False, "Asserted"),
                ("sertraline", "interactsWith", "acetaminophen", True, "Asserted"),
                ("sertraline", "interactsWith", "diuretic", True, "Asserted"),
            },
        ),
        # the new clause denied on its own stays denied
        (
            "Sertraline for depression\n\nIt does not treat colds, and flu is not helped by it either.",
            {
                ("sertraline", "treats", "common-cold", True, "Asserted"),
                ("sertraline", "treats", "human-influenza", True, "Asserted"),
            },
        ),
        # an effect in the new clause is asserted with its own frequency
        (
            "Sertraline for depression\n\nIt does not cause weight gain, and nausea is uncommon.",
            {
                ("sertraline", "hasAdverseEffect", "nausea", False, "Occasional"),
                ("sertraline", "hasAdverseEffect", "weight-gain", True, "Asserted"),
            },
        ),
        # a person's help is no use
        ("Baclofen for spasticity\n\nShe can help with the warm-ups and the cramps.", set()),
        # the drug's help is (near misses: the pronoun for the drug, hedged, after a person's help in its own clause)
        (
            "Baclofen for spasticity\n\nIt can help with the cramps.",
            {("baclofen", "treats", "muscle-cramp", False, "Asserted")},
        ),
        (
            "Baclofen for spasticity\n\nIt may help with the cramps.",
            {("baclofen", "treats", "muscle-cramp", False, "Possible")},
        ),
        (
            "Baclofen for spasticity\n\nI help with the stretches, and it helps with the cramps.",
            {("baclofen", "treats", "muscle-cramp", False, "Asserted")},
        ),
    ],
)
def test_treats_precision(lexicon, text, expected):
    assert claims(text, lexicon) == expected
