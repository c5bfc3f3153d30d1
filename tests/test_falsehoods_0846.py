"""Falsehoods of sealed43-46's measurement, part B (decision 0846): directions and polarity, invented sentences with
other drugs and wording.

1. An instruction to avoid a combination ("Please do not give her A with her tablet: A can raise the level of X",
   "X should not be taken with A: ...", "Never give him A with it, A can double ...") is a warning: its "not" never
   denies the interaction the reason states.
2. No direction without a cue: "the brain's own calming messenger, GABA" calms nothing (an -ing word between a
   determiner and a noun is an adjective), and "this makes seizures less likely" is no cause of seizures.
3. An effect too small ("A alone was not controlling her Y", "did not fully control", "on its own was not enough")
   denies no use.
4. A modifier that carries the meaning ("salty food", "fatty foods") is not the bare food.
5. Advice to a group after a prohibition ("women who could become pregnant are asked to use contraception") forbids
   nothing for the group.
"""

from __future__ import annotations

import pytest
from extracting import plain_claims

claims = plain_claims


HEAD = "# Simvastatin\n\nSimvastatin is a tablet for high cholesterol.\n\n"
OWN = {("simvastatin", "hasFormulation", "tablet", False), ("simvastatin", "treats", "hypercholesterolemia", False)}


@pytest.mark.parametrize(
    "sentence, partner",
    [
        (
            "Please do not pour her a glass of grapefruit juice with her tablet: grapefruit juice can raise the level "
            "of simvastatin in the blood.",
            "grapefruit-juice",
        ),
        (
            "Never give him grapefruit juice with his tablets, grapefruit juice can double the amount of simvastatin "
            "in the blood.",
            "grapefruit-juice",
        ),
        (
            "Simvastatin should not be taken with clarithromycin: clarithromycin can raise the level of simvastatin "
            "in the blood.",
            "clarithromycin",
        ),
    ],
)
def test_instruction_to_avoid_is_a_warning(lexicon, sentence: str, partner: str) -> None:
    assert claims(HEAD + sentence + "\n", lexicon) == OWN | {("simvastatin", "interactsWith", partner, False)}


def test_a_denial_of_its_own_beside_an_instruction_stays(lexicon) -> None:
    from graph_build.text.avoid_advice import _instruction_only

    assert not _instruction_only("Do not worry: clarithromycin does not change the level of simvastatin.")
    assert not _instruction_only("Atorvastatin should not affect the level of simvastatin.")
    assert not _instruction_only("You do not need to avoid grapefruit juice with it.")
    # ("do not" as the verb of a subject before it, after a relative clause's comma or a coordination)
    assert not _instruction_only("Rifampicin and carbamazepine, which treat other things, do not weaken warfarin.")
    assert not _instruction_only("Rifampicin and carbamazepine do not weaken warfarin.")
    assert _instruction_only("Don't let him drink grapefruit juice with it: it can raise its level.")


def test_calming_messenger_is_no_decrease(lexicon) -> None:
    text = (
        "# Vigabatrin\n\nVigabatrin is a medicine for epilepsy.\n\n"
        "It acts on the brain's natural calming chemical, GABA.\n"
    )
    got = claims(text, lexicon)
    assert not any(p in ("decreases", "increases") for _, p, _, _ in got), got
    assert ("vigabatrin", "treats", "seizure-disorder", False) in got


def test_a_reduced_relative_still_reads_its_object() -> None:
    from graph_build.text.relate_cues import ATTRIBUTE_BEFORE, ATTRIBUTE_HEAD_AFTER

    low = "the brain's own calming messenger"
    at = low.index("calming")
    assert ATTRIBUTE_BEFORE.search(low, 0, at) and ATTRIBUTE_HEAD_AFTER.match(low, at + len("calming"))
    low = "the drug reducing the pain"
    at = low.index("reducing")
    assert not ATTRIBUTE_HEAD_AFTER.match(low, at + len("reducing"))


def test_less_likely_is_no_cause(lexicon) -> None:
    text = (
        "# Perampanel\n\nPerampanel is a tablet for epilepsy.\n\n"
        "More GABA makes the nerve cells quieter, and this is thought to make seizures less likely.\n\n"
        "Calmer nerve cells lead to fewer seizures.\n"
    )
    got = claims(text, lexicon)
    assert not any(p == "causes" for _, p, _, _ in got), got


def test_more_likely_is_no_cause(lexicon) -> None:
    # (0846 left it a cause; decision 0987 stops it: a raised chance, 1 of 4 right on development text)
    got = claims("# Notes\n\nPoor sleep makes seizures more likely.\n", lexicon)
    assert got == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom takes valproate every day, and his doctor added lacosamide, because the valproate alone was not "
        "controlling his seizures.",
        "Levetiracetam on its own did not fully control her seizures, so lamotrigine was added.",
        "Phenytoin by itself did not control his seizures well enough.",
    ],
)
def test_too_small_an_effect_denies_no_use(lexicon, sentence: str) -> None:
    got = claims("# Seizure diary\n\n" + sentence + "\n", lexicon)
    assert not any(f[3] for f in got), got


def test_a_plain_denied_use_stays(lexicon) -> None:
    assert claims("# Colds\n\nAmoxicillin does not treat colds.\n", lexicon) == {
        ("amoxicillin", "treats", "common-cold", True)
    }


def test_salty_food_is_no_food(lexicon) -> None:
    text = "# Amlodipine\n\nAmlodipine is a tablet for high blood pressure.\n\nSalty food raises blood pressure.\n"
    assert claims(text, lexicon) == {
        ("amlodipine", "hasFormulation", "tablet", False),
        ("amlodipine", "treats", "hypertension", False),
    }


def test_plain_food_stays_food(lexicon) -> None:
    text = "# Amlodipine\n\nFood increases the amount of amlodipine that gets into the blood.\n"
    assert claims(text, lexicon) == {("amlodipine", "interactsWith", "food", False)}


def test_advice_to_women_forbids_nothing_for_women(lexicon) -> None:
    text = (
        "# Methotrexate\n\nMethotrexate is a tablet for rheumatoid arthritis.\n\n"
        "Methotrexate must not be taken during pregnancy, and women who could become pregnant are asked to use "
        "reliable contraception.\n\n"
        "Mycophenolate should not be used in pregnancy, and women who might get pregnant are told to have a test "
        "first.\n"
    )
    assert claims(text, lexicon) == {
        ("methotrexate", "hasFormulation", "tablet", False),
        ("methotrexate", "treats", "rheumatoid-arthritis", False),
        ("methotrexate", "contraindicatedIn", "pregnant-women", False),
        ("mycophenolic-acid", "contraindicatedIn", "pregnant-women", False),
    }


def test_a_group_in_the_state_forbidden_is_that_state(lexicon) -> None:
    text = (
        "# Isotretinoin\n\nWomen are advised to avoid isotretinoin in pregnancy.\n\n"
        "Triptorelin must not be used in pregnancy, and women on it use a barrier method of contraception.\n\n"
        "Warfarin should not be given to children, or to anyone during pregnancy.\n"
    )
    assert claims(text, lexicon) == {
        ("isotretinoin", "contraindicatedIn", "pregnant-women", False),
        ("triptorelin", "contraindicatedIn", "pregnant-women", False),
        ("warfarin", "contraindicatedIn", "children", False),
        ("warfarin", "contraindicatedIn", "pregnant-women", False),
    }


def test_a_group_forbidden_on_its_own_stays(lexicon) -> None:
    assert claims("# Notes\n\nChildren and women should not take finasteride.\n", lexicon) == {
        ("finasteride", "contraindicatedIn", "children", False),
        ("finasteride", "contraindicatedIn", "women", False),
    }
