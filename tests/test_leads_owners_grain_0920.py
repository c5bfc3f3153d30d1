"""Decision 0920: a lead-in whose drug "may cause:" hedges each item under it, in a leaflet's frame too; a vitamin
named as what an organ handles or as the first words of a receptor's name is no drug of the document, so a list
under a heading naming no drug stays the article's drug's; a quality set apart from its condition by another word
("a dry, tickly cough") gives the vocabulary's narrower kind, and a kind of bleeding no vocabulary names gives no
bleeding. The sentences are invented."""

import pytest
from extracting import certainty_claims


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    return certainty_claims(text, lexicon, ".md")


@pytest.mark.parametrize(
    ("lead", "certainty"),
    [
        ("The leaflet warns that amoxicillin may cause:", "Possible"),
        ("Amoxicillin may also cause:", "Possible"),
        ("My pharmacist said amoxicillin could cause:", "Possible"),
        # "can" asserts, as the golds write it
        ("Amoxicillin can cause:", "Asserted"),
    ],
)
def test_a_may_cause_lead_hedges_its_items(lead: str, certainty: str, lexicon: dict) -> None:
    text = f"# Amoxicillin\n\n## Side effects\n\n{lead}\n\n* headaches\n* diarrhoea\n"
    assert claims(text, lexicon) == {
        ("amoxicillin", "hasAdverseEffect", "headache", False, certainty),
        ("amoxicillin", "hasAdverseEffect", "diarrhea", False, certainty),
    }


STORY = (
    "# Notes for the choir trip\n\n"
    "Jan has kidney disease. {first}\n\n"
    "## What does she take?\n\n"
    "Paricalcitol, the capsules in her bag.\n\n"
    "1. {step}\n\n"
    "## Side effects to watch for\n\n"
    "- a rash\n"
    "- feeling sick\n"
)


@pytest.mark.parametrize(
    ("first", "step"),
    [
        ("Her kidneys no longer handle vitamin D properly.", "The capsule binds to vitamin D receptors."),
        ("Her kidneys cannot activate vitamin D.", "The capsule binds to vitamin D receptors in her neck."),
    ],
)
def test_a_vitamin_the_body_handles_is_no_drug_of_the_document(first: str, step: str, lexicon: dict) -> None:
    found = claims(STORY.format(first=first, step=step), lexicon)
    effects = {c for c in found if c[1] == "hasAdverseEffect"}
    assert effects == {
        ("paricalcitol", "hasAdverseEffect", "exanthema", False, "Asserted"),
        ("paricalcitol", "hasAdverseEffect", "nausea", False, "Asserted"),
    }
    assert not any(c[0] == "ergocalciferol" for c in found)


def test_a_vitamin_taken_is_still_a_drug(lexicon: dict) -> None:
    text = "# Notes\n\nShe takes vitamin D every day.\n\n## Side effects\n\n- a rash\n"
    # (decision 1053: "vitamin D" is the group by its own name, no single form's record such as ergocalciferol)
    assert ("vitamin-d", "hasAdverseEffect", "exanthema", False, "Asserted") in claims(text, lexicon)


@pytest.mark.parametrize(
    ("item", "effects"),
    [
        ("a dry, tickly cough", {"nonproductive-cough"}),
        ("feeling sick, headache", {"nausea", "headache"}),
        ("a tickly cough", {"cough"}),
        ("spotting or irregular bleeding", {"metrorrhagia"}),
        ("irregular bleeding", set()),
        ("bleeding", {"hemorrhage"}),
    ],
)
def test_a_quality_apart_from_its_head(item: str, effects: set, lexicon: dict) -> None:
    text = f"# Lisinopril\n\n## Side effects\n\n- {item}\n"
    assert claims(text, lexicon) == {("lisinopril", "hasAdverseEffect", e, False, "Asserted") for e in effects}
