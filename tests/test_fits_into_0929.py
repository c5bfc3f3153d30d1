"""Decision 0929: two more lay verbs of binding - "fits into T" and "fastens on(to) T" (the active present only) say
that the drug binds its target, as "latches on to T" and "settles on(to) T" do; "and switches them on" / "and
blocks them" after one gives, as the first act in prose, the act as the drug's mechanism. A family of receptors whose
members the sentence lists right after it by their codes ("two serotonin receptors, 5-HT1B and 5-HT1D", "both types
of orexin receptor, called OX1 and OX2") is no target of the drug's: the members are. The sentences are invented;
each case asserts the whole set of claims (subject, predicate, object, negated, certainty)."""

from __future__ import annotations

import pytest
from extracting import certainty_claims


def _claims(lexicon: dict, title: str, text: str) -> set[tuple]:
    return certainty_claims(f"# {title}\n\n{text}", lexicon, ".md")


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # "fits into T and switches them on": the binding and the receptor's activation
        (
            "Calcitriol",
            "Calcitriol fits into the vitamin D receptors of the gut cells and switches them on.",
            {
                ("calcitriol", "bindsTo", "calcitriol-receptor", False, "Asserted"),
                ("calcitriol", "hasMechanismOfAction", "calcitriol-receptor-activation", False, "Asserted"),
            },
        ),
        # "fits into T and blocks them": the receptor's blockade
        (
            "Eplerenone",
            "Eplerenone fits into the mineralocorticoid receptors and blocks them.",
            {
                ("eplerenone", "bindsTo", "mineralocorticoid-receptor", False, "Asserted"),
                ("eplerenone", "hasMechanismOfAction", "mineralocorticoid-receptor-blockade", False, "Asserted"),
            },
        ),
        # "fastens on to an enzyme and stops it working": the enzyme's inhibition
        (
            "Naproxen",
            "Naproxen fastens on to cyclooxygenase and stops it working.",
            {
                ("naproxen", "bindsTo", "prostaglandin-endoperoxide-synthase", False, "Asserted"),
                (
                    "naproxen",
                    "hasMechanismOfAction",
                    "prostaglandin-endoperoxide-synthase-inhibition",
                    False,
                    "Asserted",
                ),
            },
        ),
        # "fastens onto T in the kidney" alone: bound, no act said; the place of the bound receptor as where it acts,
        # as after "latches onto" (decision 0751)
        (
            "Eplerenone",
            "Eplerenone fastens onto the mineralocorticoid receptors in the kidney.",
            {
                ("eplerenone", "bindsTo", "mineralocorticoid-receptor", False, "Asserted"),
                ("eplerenone", "actsOn", "kidney", False, "Asserted"),
            },
        ),
        # denied: a denied binding, no mechanism
        (
            "Naproxen",
            "Naproxen does not fit into opioid receptors.",
            {("naproxen", "bindsTo", "opioid-receptor", True, "Asserted")},
        ),
        # a family with its members listed after it by code: not the family (the codes alone are no target read)
        (
            "Zolmitriptan",
            "Zolmitriptan fits into two serotonin receptors there, 5-HT1B and 5-HT1D, and switches them on.",
            set(),
        ),
        ("Lemborexant", "Lemborexant attaches to both kinds of orexin receptor, known as OX1 and OX2.", set()),
        # the members read by their full names stay; a family named with no members listed stays
        (
            "Zolmitriptan",
            "Zolmitriptan binds to serotonin receptors called 5-HT1B and 5-HT1D and switches them on.",
            {
                ("zolmitriptan", "bindsTo", "serotonin-5-ht1b-receptor", False, "Asserted"),
                ("zolmitriptan", "bindsTo", "serotonin-5-ht1d-receptor", False, "Asserted"),
            },
        ),
        (
            "Lemborexant",
            "Lemborexant attaches to orexin receptors and blocks them.",
            {
                ("lemborexant", "bindsTo", "orexin-receptor", False, "Asserted"),
                ("lemborexant", "hasMechanismOfAction", "orexin-receptor-blockade", False, "Asserted"),
            },
        ),
        # what fits into or fastens onto no target binds nothing
        ("Inhaler", "The mouthpiece fits into the spacer, and the cap fastens onto the canister.", set()),
        ("Orlistat", "Orlistat works best when the meal fits into a low-fat plan.", set()),
    ],
)
def test_lay_verbs_of_binding(lexicon: dict, title: str, text: str, expected: set[tuple]) -> None:
    assert _claims(lexicon, title, text) == expected
