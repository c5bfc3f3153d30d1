"""Recall of interactions (decision 0770): headings "Medicines and foods" / "Which medicines matter?", "A must not be
given with X", a drink or food that "should not be taken with it", a label's agents before "these / it <cue>", and
the modal after a label line's subject. The sentences are invented (other drugs, other wording); each test asserts
the exact set of interactions, polarity and hedging included."""

import pytest
from extracting import interaction_claims as claims


@pytest.mark.parametrize(
    ("heading", "is_interactions"),
    [
        ("Medicines and foods", True),
        ("## Medicines, food and drink", True),
        ("MEDICINES AND ALCOHOL", True),
        ("Q4. Which medicines and foods matter?", True),
        ("Which other medicines should I avoid?", True),
        ("What medicines can affect it?", True),
        ("## Medicines and pregnancy", False),
        ("## Medicines and driving", False),
        ("Which medicines are used for gout?", False),
        ("Medicines and foods that help with sleep", False),
    ],
)
def test_interactions_heading(heading, is_interactions):
    from graph_build.text.owners import INTERACTIONS_HEADING

    assert bool(INTERACTIONS_HEADING.search(heading)) is is_interactions


BULLETS = (
    "- Phenytoin, an anticonvulsant: it lowers the level of diltiazem.\n"
    "- Digoxin: diltiazem may raise the digoxin level.\n"
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "Medicines and foods",
            {("diltiazem", "phenytoin", False, False), ("diltiazem", "digoxin", False, True)},
        ),
        (
            "## Which medicines matter?",
            {("diltiazem", "phenytoin", False, False), ("diltiazem", "digoxin", False, True)},
        ),
        # a heading of another kind: no list of interactions; only the label before "it <cue>" reads
        ("## Medicines and pregnancy", {("diltiazem", "phenytoin", False, False)}),
    ],
)
def test_bullets_under_the_heading(lexicon, heading, expected):
    text = f"# Diltiazem for angina\n\nDiltiazem relaxes blood vessels.\n\n{heading}\n{BULLETS}"
    assert claims(lexicon, text) == expected


def test_bullet_whose_partner_is_its_under_a_new_heading(lexicon):
    text = "# Diltiazem for angina\n\nDiltiazem relaxes blood vessels.\n\n## Medicines and food\n"
    text += "- Lithium: diltiazem raises its level.\n"
    assert claims(lexicon, text) == {("diltiazem", "lithium", False, False)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ketoconazole must never be given with lorazepam.", {("lorazepam", "ketoconazole", False, False)}),
        ("Lorazepam helps anxiety. Alcohol must not be given with it.", {("lorazepam", "alcohol", False, False)}),
        (
            "Lorazepam helps anxiety. Grapefruit juice should not be taken with it.",
            {("lorazepam", "grapefruit-juice", False, False)},
        ),
        ("Lorazepam helps anxiety. Itraconazole is not given with it.", {("lorazepam", "itraconazole", False, False)}),
        # combined use and compatibility are no warning
        ("Lorazepam is given with other anxiety treatments.", set()),
        ("Lorazepam helps anxiety. Itraconazole can be given with it.", set()),
        ("Lorazepam helps anxiety. Alcohol can be taken with it in small amounts.", set()),
    ],
)
def test_not_given_or_taken_with(lexicon, sentence, expected):
    assert claims(lexicon, f"# Lorazepam\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rifampicin, an antibiotic: it lowers the level of nifedipine in the blood.",
            {("nifedipine", "rifampin", False, False)},
        ),
        (
            "Erythromycin and clarithromycin (antibiotics), itraconazole (an antifungal): these raise nifedipine "
            "levels.",
            {
                ("nifedipine", "erythromycin", False, False),
                ("nifedipine", "clarithromycin", False, False),
                ("nifedipine", "itraconazole", False, False),
            },
        ),
        (
            "- Phenytoin and carbamazepine: they may lower the level of nifedipine.",
            {("nifedipine", "phenytoin", False, True), ("nifedipine", "carbamazepine", False, True)},
        ),
        ("- Phenytoin: it does not lower the level of nifedipine.", {("nifedipine", "phenytoin", True, False)}),
        # a label that is no list of agents
        ("Other medicines: these raise nifedipine levels.", set()),
        ("Blood tests for digoxin: these raise nifedipine levels.", set()),
    ],
)
def test_label_agents_before_a_pronoun(lexicon, sentence, expected):
    text = f"# Notes for the ward round\n\nNifedipine is used for angina.\n\n{sentence}\n"
    assert claims(lexicon, text) == expected


def test_label_line_hedge_needs_its_own_subject(lexicon):
    text = (
        "# Diltiazem for angina\n\n## Other medicines\n"
        "- Simvastatin: together they may cause muscle pain.\n"
        "- Warfarin: blood tests may change.\n"
    )
    # (decision 0808: the item's one statement of what the pair does is governed by "may", so the interaction is
    # hedged, as the development golds write "- Warfarin: the INR may change when X is started"; a modal after a
    # reason, "- Warfarin: because ..., tests may change", still hedges nothing)
    assert claims(lexicon, text) == {("diltiazem", "simvastatin", False, True), ("diltiazem", "warfarin", False, True)}


def test_the_class_dose_is_the_named_drugs(lexicon):
    text = "# Diltiazem for angina\n\n## Other medicines\n"
    text += "- Atorvastatin: diltiazem raises its level, so the statin dose is kept low.\n"
    assert claims(lexicon, text) == {("diltiazem", "atorvastatin", False, False)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Naproxen and diclofenac weaken the effect of furosemide.",
            {("furosemide", "naproxen", False, False), ("furosemide", "diclofenac", False, False)},
        ),
        ("Painkillers such as naproxen may weaken furosemide.", {("furosemide", "naproxen", False, True)}),
        ("Furosemide removes water. Antacids also weaken it.", {("furosemide", "antacid", False, False)}),
        ("Naproxen does not weaken furosemide.", {("furosemide", "naproxen", True, False)}),
        # no drug after the verb: no interaction
        ("Furosemide removes water. Prednisolone can weaken the immune system.", set()),
        ("Furosemide removes water. Steroids weaken the bones over time.", set()),
    ],
)
def test_weaken_or_strengthen(lexicon, sentence, expected):
    assert claims(lexicon, f"# Furosemide\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Grapefruit juice in large amounts raises the level of zopiclone.",
            {("zopiclone", "grapefruit-juice", False, False)},
        ),
        (
            "Grapefruit juice in large amounts does not raise the level of zopiclone.",
            {("zopiclone", "grapefruit-juice", True, False)},
        ),
    ],
)
def test_agent_with_its_amount(lexicon, sentence, expected):
    assert claims(lexicon, f"# Zopiclone\n\nZopiclone helps you sleep. {sentence}") == expected
