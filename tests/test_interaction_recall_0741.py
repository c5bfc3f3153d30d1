"""Recall of interactions (decision 0741): "A raises X levels" with the drug named before "levels"; an aside after the
agent of an inverse cue ("A, a gout medicine, can raise ...", "A and B (antifungals) raise ..."); "A is fine (to take
with it)" as a denied interaction; "water tablets" as diuretics. The sentences are invented (other drugs, other
wording); each test asserts the exact set of claims of the predicate it is about, polarity included."""

import pytest
from extracting import titled_claims


def claims(lexicon: dict, title: str, sentence: str, predicate: str = "interactsWith") -> set:
    return titled_claims(lexicon, title, sentence, predicate)


@pytest.mark.parametrize(
    ("title", "sentence", "partners"),
    [
        ("Simvastatin", "Clarithromycin can raise simvastatin levels.", {("clarithromycin", False)}),
        (
            "Quetiapine",
            "Carbamazepine and phenytoin lower quetiapine levels.",
            {("carbamazepine", False), ("phenytoin", False)},
        ),
        ("Quetiapine", "Rifampicin does not lower quetiapine levels.", {("rifampin", True)}),
        # an aside after the agent: an apposition, a bracketed class
        ("Colchicine", "Verapamil, a heart medicine, may raise colchicine levels.", {("verapamil", False)}),
        (
            "Theophylline",
            "Cimetidine, an older ulcer medicine, can raise the level of theophylline in the blood.",
            {("cimetidine", False)},
        ),
        (
            "Tacrolimus",
            "Fluconazole and voriconazole (both antifungals) raise tacrolimus levels.",
            {("fluconazole", False), ("voriconazole", False)},
        ),
        # a bracketed class after the agents is their gloss, no agent of its own (decisions 0741, 0742)
        (
            "Tacrolimus",
            "Itraconazole and ketoconazole (antifungals) can raise tacrolimus levels.",
            {("itraconazole", False), ("ketoconazole", False)},
        ),
    ],
)
def test_agents_changing_the_named_drugs_levels_interact(title, sentence, partners, lexicon):
    drug = title.lower()
    assert claims(lexicon, title, sentence) == {(drug, "interactsWith", p, neg) for p, neg in partners}


@pytest.mark.parametrize(
    "sentence",
    [
        # what the pills contain does not change the levels: the pills do
        "Pills that contain ethinylestradiol also lower quetiapine levels.",
        # the drug's own effect on a body chemical's level is no interaction
        "Quetiapine can raise prolactin levels.",
    ],
)
def test_no_interaction_from_a_level_without_its_agent(sentence, lexicon):
    assert claims(lexicon, "Quetiapine", sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("Ibuprofen is fine to take with it.", {"ibuprofen"}),
        ("Aspirin and ibuprofen are fine.", {"aspirin", "ibuprofen"}),
        ("If you get a headache while on sertraline, paracetamol is fine.", {"acetaminophen"}),
        ("- Ibuprofen at usual doses is fine.", {"ibuprofen"}),
    ],
)
def test_agents_that_are_fine_are_denied_partners(sentence, partners, lexicon):
    assert claims(lexicon, "Sertraline", sentence) == {("sertraline", "interactsWith", p, True) for p in partners}


@pytest.mark.parametrize(
    "sentence",
    [
        "If your doctor says ibuprofen is fine, you can take it.",
        "Ibuprofen is not fine with it.",
        "Ibuprofen is fine for most people with a headache.",
        "Sertraline is fine.",
    ],
)
def test_no_denial_from_a_conditional_negated_or_other_fine(sentence, lexicon):
    assert claims(lexicon, "Sertraline", sentence) == set()


def test_water_tablets_are_diuretics(lexicon):
    sentence = "There is no interaction with your water tablets."
    assert claims(lexicon, "Omeprazole", sentence) == {("omeprazole", "interactsWith", "diuretic", True)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The antibiotic clarithromycin and the heart drug verapamil must not be taken with it.",
            {
                ("colchicine", "interactsWith", "clarithromycin", False),
                ("colchicine", "interactsWith", "verapamil", False),
            },
        ),
        ("Paracetamol can be taken with it.", {("colchicine", "interactsWith", "acetaminophen", True)}),
        # a routine co-prescription names no interaction either way
        ("Allopurinol is often combined with it.", set()),
    ],
)
def test_agents_taken_with_the_pronouns_drug(sentence, expected, lexicon):
    assert claims(lexicon, "Colchicine", sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rifampicin must not be taken by people who:\n- are still taking bedaquiline or nevirapine",
            {("rifampin", "interactsWith", "bedaquiline", False), ("rifampin", "interactsWith", "nevirapine", False)},
        ),
        ("Do not take it if you:\n- take warfarin", {("rifampin", "interactsWith", "warfarin", False)}),
        # a bullet with a modal of its own says its own thing
        ("Do not take it if you:\n- can take paracetamol instead", set()),
        # a lead that forbids nothing
        ("You may also be taking:\n- warfarin", set()),
    ],
)
def test_medicines_taken_under_a_forbidding_lead(text, expected, lexicon):
    assert claims(lexicon, "Rifampicin", text) == expected
