"""Layouts that say what a line is about by where it stands (issue 13, docs/decisions/0693): a heading line opened
by a layout label ("Slide 6 - Other medicines", "[ ] 4. SIDE EFFECTS", "**Q5. Who should not take it?**",
"### Screen 2 of 6 - Side effects") is a heading whole and its kind is read without the label; a table of how often
effects happen ("| How often | What |") under a side-effect heading lists its effects in its cells; and a document
whose title names no drug (a talk's slides, a checklist headed by a ward's name) is about the drug its text names
more than all others together. Every text is invented; each test asserts the exact set of claims (subject,
predicate, object, negated)."""

import pytest
from extracting import claims

from graph_build.text.extract import labelled_heading


def _keys(text: str, lexicon: dict, predicate: str) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] == predicate}


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("[ ] 4. SIDE EFFECTS", "SIDE EFFECTS"),
        ("[x] 2. OTHER MEDICINES", "OTHER MEDICINES"),
        ("## Slide 7 - Other medicines", "Other medicines"),
        ("### Screen 3 of 6 - What to watch for", "What to watch for"),
        ("**Q4. Who should not take it?**", "Who should not take it?"),
        ("Question 2: Can I drink alcohol?", "Can I drink alcohol?"),
        ("Step 2 - The tablet is swallowed whole.", ""),
        ("2. Headache", ""),
        ("Common:", ""),
    ],
)
def test_a_layout_label_opens_a_heading_line(line, heading):
    assert labelled_heading(line) == heading


SLIDES = (
    "# Managing your blood pressure - slides from the pharmacy talk\n\n"
    "*Slides 3 to 6 are about amlodipine, the tablet most of you take.*\n\n---\n\n"
    "## Slide 3 - What it is for\n\n- Amlodipine lowers blood pressure.\n\n---\n\n"
    "## Slide 4 - Other medicines\n\n"
    "- **Simvastatin** levels rise when taken with amlodipine, so its dose is kept low.\n"
    "- **Clarithromycin** can raise its levels.\n"
    "- Amlodipine has **no interaction with paracetamol**.\n\n---\n\n"
    "## Slide 5 - Side effects\n\n"
    "| How often | What |\n|---|---|\n"
    "| Very common (more than 1 in 10) | **Dry mouth** |\n"
    "| Common (up to 1 in 10) | **Headache**, **dizziness** and **flushing** |\n\n---\n\n"
    "## Slide 6 - Questions\n\nAmlodipine is taken once a day.\n"
)


def test_a_frequency_table_under_a_side_effect_slide_lists_the_effects_in_its_cells(lexicon):
    assert _keys(SLIDES, lexicon, "hasAdverseEffect") == {
        ("amlodipine", "hasAdverseEffect", "xerostomia", False),
        ("amlodipine", "hasAdverseEffect", "headache", False),
        ("amlodipine", "hasAdverseEffect", "dizziness", False),
        ("amlodipine", "hasAdverseEffect", "flushing", False),
    }


def test_a_labelled_slide_heading_opens_an_interactions_section_keeping_a_denial(lexicon):
    assert _keys(SLIDES, lexicon, "interactsWith") == {
        ("amlodipine", "interactsWith", "simvastatin", False),
        ("amlodipine", "interactsWith", "clarithromycin", False),
        ("amlodipine", "interactsWith", "acetaminophen", True),
    }


def test_a_frequency_table_with_no_side_effect_heading_says_nothing(lexicon):
    text = SLIDES.replace("Slide 5 - Side effects", "Slide 5 - Your readings")
    assert _keys(text, lexicon, "hasAdverseEffect") == set()


CHECKLIST = (
    "WARD 7 - GOING HOME CHECKLIST\n"
    "For the patient and their carer.\n\n"
    "[ ] 1. WHY THIS MEDICINE?\n\n"
    "Allopurinol is taken every day to prevent attacks of gout.\n\n"
    "[ ] 2. OTHER MEDICINES\n\n"
    "  - Azathioprine must not be taken with allopurinol without a lower dose.\n"
    "  - Allopurinol has no interaction with paracetamol.\n\n"
    "[ ] 3. BEFORE YOU GO\n\n"
    "  - Your GP has the letter about allopurinol.\n"
)


def test_a_tick_box_heading_opens_its_section(lexicon):
    assert _keys(CHECKLIST, lexicon, "interactsWith") == {
        ("allopurinol", "interactsWith", "azathioprine", False),
        ("allopurinol", "interactsWith", "acetaminophen", True),
    }


def test_a_messenger_a_partner_blocks_is_no_partner(lexicon):
    text = (
        "# Ropinirole\n\n## Other medicines\n\n"
        "- Antipsychotics such as **haloperidol** block dopamine and can stop ropinirole working.\n"
        "- Ropinirole does not interact with paracetamol.\n"
    )
    assert _keys(text, lexicon, "interactsWith") == {
        ("ropinirole", "interactsWith", "haloperidol", False),
        ("ropinirole", "interactsWith", "antipsychotic-agent", False),
        ("ropinirole", "interactsWith", "acetaminophen", True),
    }


def test_a_described_effect_before_its_bracketed_name_is_that_one_effect(lexicon):
    text = (
        "# Latanoprost eye drops\n\nLatanoprost lowers the pressure in the eye.\n\n## Side effects\n\n"
        "Rare: inflammation inside the eye (iritis) and worsening of asthma.\n"
    )
    assert _keys(text, lexicon, "hasAdverseEffect") == {
        ("latanoprost", "hasAdverseEffect", "iritis", False),
        ("latanoprost", "hasAdverseEffect", "asthma", False),
    }


def test_a_bracketed_gloss_gives_a_contraindication_bullet_no_verb_but_a_bracketed_permission_does(lexicon):
    text = (
        "# Oxybutynin\n\n## Who should not take it\n\nOxybutynin must not be taken by people with:\n\n"
        "- **urinary retention** (the bladder does not empty)\n- **myasthenia gravis**\n"
        "- asthma (you can take it if it is mild)\n"
    )
    assert _keys(text, lexicon, "contraindicatedIn") == {
        ("oxybutynin", "contraindicatedIn", "urinary-retention", False),
        ("oxybutynin", "contraindicatedIn", "myasthenia-gravis", False),
    }


def test_a_form_that_opens_an_answer_under_a_question_about_taking_it(lexicon):
    text = (
        "# Quiz answers\n\nThis sheet is about ivabradine. Ivabradine slows the heart. Ivabradine is taken daily.\n\n"
        "**Q6. How is it taken?**\n\nAs **tablets** (5 mg), twice a day.\n\n"
        "**Q7. What else should you know?**\n\nAs tablets go, these are small.\n"
    )
    assert _keys(text, lexicon, "hasFormulation") == {("ivabradine", "hasFormulation", "tablet", False)}


def test_a_numbered_heading_in_capitals_opens_an_interactions_section_with_warnings_and_a_denial(lexicon):
    text = (
        "PHARMACY - NEW MEDICINE REVIEW\n\nYour notes on digoxin. Digoxin slows the heart. Digoxin is taken daily.\n\n"
        "4. OTHER MEDICINES, ALCOHOL AND DRIVING\n\n"
        "  - Do not take it with amiodarone unless your doctor has lowered the dose.\n"
        "  - Clarithromycin must never be started while you take it.\n"
        "  - Ibuprofen gel for your knee is fine with digoxin.\n"
        "  - Digoxin does not interact with paracetamol.\n"
    )
    assert _keys(text, lexicon, "interactsWith") == {
        ("digoxin", "interactsWith", "amiodarone", False),
        ("digoxin", "interactsWith", "clarithromycin", False),
        ("digoxin", "interactsWith", "acetaminophen", True),
    }


def test_a_timestamped_heading_of_show_notes_opens_its_section(lexicon):
    text = (
        "# Sleep Talk podcast, episode 12: show notes\n\nThis week: zopiclone. Zopiclone is a sleeping tablet. "
        "Zopiclone works within an hour.\n\n## 14:20 - Other medicines and alcohol\n\n"
        "- **Alcohol** adds to the sedation: do not drink on the nights you take it.\n"
        "- **Erythromycin** may raise its levels.\n"
    )
    assert _keys(text, lexicon, "interactsWith") == {
        ("zopiclone", "interactsWith", "alcohol", False),
        ("zopiclone", "interactsWith", "erythromycin", False),
    }


def test_a_lead_of_interactions_owns_its_items_heads_whatever_the_focus(lexicon):
    text = (
        "MY WEIGHT DIARY\n\nWeek 3. I started orlistat. Orlistat is a capsule. Orlistat blocks fat absorption.\n\n"
        "Medicines it interacts with, according to my pharmacist:\n"
        "- Warfarin: because less vitamin K is absorbed, clotting tests may change.\n"
        "- Ciclosporin: orlistat reduces how much is absorbed, so the two are not taken at the same time.\n"
        "- Amiodarone: orlistat does not interact with it.\n\n"
        "Medicines it does not interact with:\n- Metformin\n"
    )
    # (the amiodarone line denies the interaction, and since round 27 its "it" is the line's drug: a denied claim,
    # never an asserted one; decisions 0777, 0781)
    assert _keys(text, lexicon, "interactsWith") == {
        ("orlistat", "interactsWith", "warfarin", False),
        ("orlistat", "interactsWith", "cyclosporine", False),
        ("orlistat", "interactsWith", "amiodarone", True),
    }


def test_a_line_labelled_as_a_field_of_interactions(lexicon):
    text = (
        "BALANCE CLINIC - MESSAGES\n\nMessages for people starting betahistine. Betahistine is for vertigo. "
        "Betahistine is taken three times a day.\n\nMessage 8 of 10 (day 10)\n"
        "Other medicines: antihistamines, such as those for hay fever, may reduce the effect of betahistine.\n"
        "Interactions: none with paracetamol.\n"
    )
    assert _keys(text, lexicon, "interactsWith") == {("betahistine", "interactsWith", "antihistamine", False)}
