"""Recall of interactions on new text (decision 0777). The sentences are invented (other drugs, other wording);
each test asserts the exact set of interactions, polarity and hedging included."""

import pytest
from extracting import interaction_claims as claims


@pytest.mark.parametrize(
    ("heading", "is_interactions"),
    [
        ("### Coffee, smoking and other medicines", True),
        ("Food and other drugs", True),
        ("## Herbal teas & other medications", True),
        ("Alcohol, grapefruit, antacids and other medicines", True),
        # what is no list of things taken with it
        ("## Pregnancy and other medicines", False),
        ("## Breastfeeding, pregnancy and other medicines", False),
        ("How it works, what to expect, side effects and other medicines", False),
        ("Side effects and other problems", False),
    ],
)
def test_heading_ending_in_other_medicines(heading, is_interactions):
    from graph_build.text.owners import INTERACTIONS_HEADING

    assert bool(INTERACTIONS_HEADING.search(heading)) is is_interactions


BULLETS = (
    "Let your pharmacist know that you take verapamil. Above all:\n\n"
    "- Digoxin: verapamil raises its level in the blood.\n"
    "- Simvastatin: verapamil may increase its effect, so muscle aches are more likely.\n"
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "## Coffee, smoking and other medicines",
            {("verapamil", "digoxin", False, False), ("verapamil", "simvastatin", False, True)},
        ),
        # a heading of another kind: the labels name no partner of "its"
        ("## Pregnancy and other medicines", set()),
    ],
)
def test_label_lines_under_a_heading_ending_in_other_medicines(lexicon, heading, expected):
    text = f"# Verapamil\n\n{heading}\n\n{BULLETS}"
    assert claims(lexicon, text) == expected


NUMBERED = (
    "NIFEDIPINE FOR RAYNAUD'S\n\n"
    "6. Side effects\n"
    "Some people get flushing.\n\n"
    "{heading}\n"
    "- Rifampicin: it lowers the level of nifedipine a great deal.\n"
    "- Grapefruit juice: taken with a meal, it may raise the level of nifedipine.\n"
    "- Digoxin: nifedipine raises its level.\n\n"
    "8. Stopping\n"
    "Do not stop it suddenly.\n"
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "7. Other medicines",
            {
                ("nifedipine", "rifampin", False, False),
                ("nifedipine", "grapefruit-juice", False, True),
                ("nifedipine", "digoxin", False, False),
            },
        ),
        (
            "7) Interactions",
            {
                ("nifedipine", "rifampin", False, False),
                ("nifedipine", "grapefruit-juice", False, True),
                ("nifedipine", "digoxin", False, False),
            },
        ),
        # a numbered heading of another kind: the labels name no partner of "its"; only the agent before "it <cue>"
        # still reads
        ("7. Travel", {("nifedipine", "rifampin", False, False)}),
    ],
)
def test_numbered_interactions_heading_in_ordinary_case(lexicon, heading, expected):
    assert claims(lexicon, NUMBERED.format(heading=heading)) == expected


def test_numbered_list_item_is_no_heading():
    from graph_build.text.extract import numbered_interactions

    lines = ["Tell the nurse about:", "1. Allergies", "2. Other medicines", "3. Pregnancy"]
    assert not numbered_interactions(lines, 2, "Other medicines")
    assert not numbered_interactions(["5. Interactions are rare.", ""], 0, "Interactions are rare.")


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("- Antacids: taken at the same time, they may stop it working.", {("ramipril", "antacid", False, True)}),
        ("- Antacids: if taken together, they stop it working.", {("ramipril", "antacid", False, False)}),
    ],
)
def test_modal_after_a_fronted_taken_aside(lexicon, bullet, expected):
    text = f"# Ramipril\n\n## Other medicines\n\n{bullet}\n"
    assert claims(lexicon, text) == expected


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        (
            "- Heparin and other blood thinners: together with clopidogrel they raise the risk of bleeding.",
            {("clopidogrel", "heparin", False, False), ("clopidogrel", "anticoagulant", False, False)},
        ),
        (
            "- **Other antihistamines**, such as allergy tablets that make you sleepy, add to the drowsiness.",
            {("clopidogrel", "antihistamine", False, False)},
        ),
        # "similar" stands for members like the one named: the class is no partner
        (
            "- Heparin and similar blood thinners: together with clopidogrel they raise the risk of bleeding.",
            {("clopidogrel", "heparin", False, False)},
        ),
    ],
)
def test_other_members_of_a_class_in_an_interactions_list(lexicon, bullet, expected):
    text = f"# Clopidogrel\n\n## Other medicines\n\n{bullet}\n"
    assert claims(lexicon, text) == expected
