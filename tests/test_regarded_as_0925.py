"""Decision 0925, uses (treats): "treat it as Y" is regarding, no use; "it is no good for Y", "it won't do a thing
for Y" and "nor is it any use for Y" deny a use in plain words; "It's not a B" names the class in passing, as "It is
not a B" does. Whole claim sets (subject, predicate, object, negated, certainty), including sentences where nothing
may be read. The sentences are invented."""

from __future__ import annotations

import pytest
from extracting import certainty_claims

read = certainty_claims

LOPERAMIDE = ("loperamide", "treats", "diarrhea", False, "Asserted")
ZOLMITRIPTAN = ("zolmitriptan", "treats", "migraine-disorders", False, "Asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain denied use is read as before
        (
            "Loperamide is used for diarrhoea. It does nothing for fever.",
            {LOPERAMIDE, ("loperamide", "treats", "fever", True, "Asserted")},
        ),
        # "treat it as Y": to regard it so, no use (here a denied one, from "cannot")
        (
            "Dienogest is used for endometriosis.\n\nWhat to do on the trip\n- If she cannot walk back, treat it as "
            "a pain flare.",
            {("dienogest", "treats", "endometriosis", False, "Asserted")},
        ),
        (
            "Dienogest is used for endometriosis. Treat any sudden fever as an emergency.",
            {("dienogest", "treats", "endometriosis", False, "Asserted")},
        ),
        # "as well as" is no regarding
        (
            "Ibuprofen is used to treat pain as well as fever.",
            {
                ("ibuprofen", "treats", "pain", False, "Asserted"),
                ("ibuprofen", "treats", "fever", False, "Asserted"),
            },
        ),
        # "no good for / against Y", "won't do a thing for Y": a denied use
        (
            "Zolmitriptan is used for migraine. It is no good for gout.",
            {ZOLMITRIPTAN, ("zolmitriptan", "treats", "gout", True, "Asserted")},
        ),
        (
            "Zolmitriptan is used for migraine. It won't do a thing for gout.",
            {ZOLMITRIPTAN, ("zolmitriptan", "treats", "gout", True, "Asserted")},
        ),
        (
            "Zolmitriptan is used for migraine. It is no good against gout, but it does help cluster headaches.",
            {
                ZOLMITRIPTAN,
                ("zolmitriptan", "treats", "gout", True, "Asserted"),
                ("zolmitriptan", "treats", "cluster-headache", False, "Asserted"),
            },
        ),
        # "Nor is it any use for Y", "It isn't any good for Y": denied; a question or a condition reads nothing
        (
            "Frovatriptan is used for migraine. Nor is it any use for cluster headaches.",
            {
                ("frovatriptan", "treats", "migraine-disorders", False, "Asserted"),
                ("frovatriptan", "treats", "cluster-headache", True, "Asserted"),
            },
        ),
        (
            "Frovatriptan is used for migraine. It isn't any good for gout.",
            {
                ("frovatriptan", "treats", "migraine-disorders", False, "Asserted"),
                ("frovatriptan", "treats", "gout", True, "Asserted"),
            },
        ),
        (
            "Frovatriptan is used for migraine. Is it any use for gout?",
            {("frovatriptan", "treats", "migraine-disorders", False, "Asserted")},
        ),
        (
            "Frovatriptan is used for migraine. If it is any use for gout, tell us.",
            {("frovatriptan", "treats", "migraine-disorders", False, "Asserted")},
        ),
        # ... never an asserted use from "a thing for", nor a setting after "no good in"
        (
            "Zolmitriptan is used for migraine. Rest does a thing for gout.",
            {ZOLMITRIPTAN},
        ),
        (
            "Zolmitriptan is used for migraine. It is no good in an emergency.",
            {ZOLMITRIPTAN},
        ),
    ],
)
def test_regarded_and_denied(text: str, expected: set, lexicon: dict) -> None:
    assert read(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the contracted copula names its class in passing, as "It is not a B" does: the later "it" stays the drug's
        (
            "Milnacipran is used for fibromyalgia. It's not a painkiller you take when something hurts, so it won't "
            "do anything for a headache.",
            {
                ("milnacipran", "treats", "fibromyalgia", False, "Asserted"),
                ("milnacipran", "treats", "headache", True, "Asserted"),
            },
        ),
        (
            "Milnacipran is used for fibromyalgia. It's not a painkiller, and it won't help a headache.",
            {
                ("milnacipran", "treats", "fibromyalgia", False, "Asserted"),
                ("milnacipran", "treats", "headache", True, "Asserted"),
                ("milnacipran", "isA", "analgesic", True, "Asserted"),
            },
        ),
        (
            "Milnacipran is used for fibromyalgia. It is not a painkiller, and it won't help a headache.",
            {
                ("milnacipran", "treats", "fibromyalgia", False, "Asserted"),
                ("milnacipran", "treats", "headache", True, "Asserted"),
                ("milnacipran", "isA", "analgesic", True, "Asserted"),
            },
        ),
    ],
)
def test_contracted_copula(text: str, expected: set, lexicon: dict) -> None:
    assert read(text, lexicon) == expected
