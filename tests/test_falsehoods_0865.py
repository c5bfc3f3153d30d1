"""Flips in substance and misreadings of sealed55-58 (decision 0865), on invented sentences with other drugs, conditions
and wording (exact claim sets, polarity and certainty included).

1. A list, then "these / they are not signs (symptoms) of Y": the signs are denied of Y, never asserted.
2. A denial that names a narrower kind ("the invasive kind of Y", "Y on the face", "Y inside the mouth") denies that
   kind only: no claim about Y.
3. "The <thing> is for Y" gives a use only when the thing is a medicine: a box, a machine, a kit is none.
4. The verb "sting" ("as chlorine stings") is a feeling, even when an "anti..." word follows on the next line.
5. "Unlike A, it works only in Y": the sentence drug's claim, nothing of A.
"""

from __future__ import annotations

import pytest
from extracting import markdown_claims, polarity_claims


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mebeverine treats IBS.\n\nBleeding from the back passage or a high temperature should always be seen by"
            " a doctor: these are not symptoms of IBS.",
            {
                ("mebeverine", "treats", "irritable-bowel-syndrome", False, False),
                ("irritable-bowel-syndrome", "hasPhenotype", "fever", True, False),
            },
        ),
        (
            "Mebeverine treats IBS.\n\nWeight loss or fever should be checked by a doctor, as these are not signs"
            " of IBS.",
            {
                ("mebeverine", "treats", "irritable-bowel-syndrome", False, False),
                ("irritable-bowel-syndrome", "hasPhenotype", "fever", True, False),
            },
        ),
        (
            "Mebeverine treats IBS.\n\nWeight loss is not a sign of IBS.",
            {
                ("mebeverine", "treats", "irritable-bowel-syndrome", False, False),
                ("irritable-bowel-syndrome", "hasPhenotype", "weight-loss", True, False),
            },
        ),
        (
            "Mebeverine treats IBS.\n\nWeight loss and fever need a doctor: these are signs of something other than"
            " IBS.",
            {("mebeverine", "treats", "irritable-bowel-syndrome", False, False)},
        ),
        (
            "Fluorouracil cream treats superficial basal cell carcinoma.\n\nIt is not a treatment for the invasive"
            " kind of basal cell carcinoma.",
            # (and the form the name stands before, "Fluorouracil cream": decision 0908)
            {
                ("fluorouracil", "treats", "basal-cell-carcinoma", False, False),
                ("fluorouracil", "hasFormulation", "cream", False, False),
            },
        ),
        (
            "Salicylic acid gel treats warts.\n\nIt is not for warts on the face or genitals.",
            {
                ("salicylic-acid", "treats", "warts", False, False),
                ("salicylic-acid", "hasFormulation", "gel", False, False),
            },
        ),
        (
            "Salicylic acid gel treats warts.\n\nIt is not for warts inside the mouth.",
            {
                ("salicylic-acid", "treats", "warts", False, False),
                ("salicylic-acid", "hasFormulation", "gel", False, False),
            },
        ),
        (
            "Nitrofurantoin treats cystitis.\n\nUnlike a painkiller, it works only in the bladder.",
            {
                ("nitrofurantoin", "treats", "cystitis", False, False),
                ("nitrofurantoin", "actsOn", "urinary-bladder", False, False),
            },
        ),
        (
            "Nitrofurantoin treats cystitis.\n\nUnlike a painkiller, it does not work in the kidney.",
            {
                ("nitrofurantoin", "treats", "cystitis", False, False),
                ("nitrofurantoin", "actsOn", "kidney", True, False),
            },
        ),
    ],
)
def test_exact_claims(lexicon, text: str, expected: set) -> None:
    assert polarity_claims(text, lexicon) == expected


def test_plain_denial_of_the_whole_condition_stays(lexicon) -> None:
    found = polarity_claims("Salicylic acid gel treats corns.\n\nIt is not for warts.", lexicon)
    assert ("salicylic-acid", "treats", "warts", True, False) in found


def test_a_thing_for_a_condition_is_no_use(lexicon) -> None:
    text = (
        "# Loperamide notice\n\nLoperamide capsules treat diarrhoea.\n\n## House rules\n\n"
        "- The ice box is for injuries, not drinks.\n- The first aid kit is for cuts and grazes.\n"
    )
    # (and "Loperamide capsules": the form the document's drug is named before, decision 0908)
    assert markdown_claims(lexicon, text) == {
        ("loperamide", "treats", "diarrhea", False),
        ("loperamide", "hasFormulation", "capsule", False),
    }


def test_the_cream_is_for_a_condition_is_a_use(lexicon) -> None:
    text = "# Hydrocortisone\n\nHydrocortisone cream is a steroid.\n\nThe cream is for eczema.\n"
    assert ("hydrocortisone", "treats", "eczema", False) in markdown_claims(lexicon, text)


def test_a_felt_sting_before_an_anti_word(lexicon) -> None:
    text = (
        "# Aciclovir note\n\nAciclovir cream treats cold sores.\n\n- Keep treated lips out of the pool until healed, as"
        " chlorine stings.\n\nNobody here needed antiviral tablets.\n"
    )
    assert not {c for c in markdown_claims(lexicon, text) if c[2] == "bites-and-stings"}


def test_an_insect_sting_is_still_named(lexicon) -> None:
    text = "# Antihistamine\n\nCetirizine eases the itch of a wasp sting.\n"
    assert any(c[2] == "bites-and-stings" for c in markdown_claims(lexicon, text))
