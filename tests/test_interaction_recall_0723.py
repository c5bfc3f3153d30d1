"""Recall of interactions (decision 0723): agents that "add to" an effect of the drug a text is about interact with
it; a class named by its use ("blood pressure tablets") is the golds' entity (vocab_index.INFORMAL); "unlike most B"
names B in passing. The sentences are invented (other drugs, other wording); each test asserts the exact set of claims
of the predicate it is about, polarity included."""

from pathlib import Path

import pytest
from extracting import titled_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document


def claims(lexicon: dict, title: str, sentence: str, predicate: str = "interactsWith") -> set:
    return titled_claims(lexicon, title, sentence, predicate)


@pytest.mark.parametrize(
    ("title", "sentence", "partners"),
    [
        ("Diazepam", "Alcohol and sleeping pills add to the drowsiness.", {"alcohol", "hypnotic"}),
        ("Diazepam", "- Sedating antihistamines can add to the sleepiness.", {"antihistamine"}),
        ("Diazepam", "Antihistamines that make you drowsy may add to the sleepiness.", {"antihistamine"}),
        ("Amitriptyline", "Other anticholinergic medicines add to dry mouth.", {"cholinergic-antagonist"}),
        ("Amlodipine", "- Other blood pressure tablets add to its effect.", {"antihypertensive-agent"}),
        # a class narrowed by what it contains is no partner; the member it names is
        ("Diazepam", "Some painkillers containing codeine add to the drowsiness.", {"codeine"}),
        # the clause after a turn is the one that adds
        ("Diazepam", "It does not interact with paracetamol, but alcohol adds to the drowsiness.", {"alcohol"}),
    ],
)
def test_agents_adding_to_an_effect_interact(title, sentence, partners, lexicon):
    drug = title.lower()
    found = {c for c in claims(lexicon, title, sentence) if not c[3]}
    assert found == {(drug, "interactsWith", p, False) for p in partners}


@pytest.mark.parametrize(
    "sentence",
    [
        "Alcohol does not add to the drowsiness.",
        "Alcohol adds to the strain on the liver.",
        "Fibre adds to the bulk of the stool.",
    ],
)
def test_no_interaction_without_an_added_effect(sentence, lexicon):
    assert claims(lexicon, "Diazepam", sentence) == set()


def test_a_class_named_by_its_use_is_denied_as_named(lexicon):
    sentence = "There is no interaction with your blood pressure medicines."
    assert claims(lexicon, "Sertraline", sentence) == {("sertraline", "interactsWith", "antihypertensive-agent", True)}


def test_unlike_most_names_a_class_in_passing(lexicon):
    sentence = "Unlike most blood pressure tablets, it works on the kidneys."
    found = claims(lexicon, "Indapamide", sentence, "actsOn")
    assert {c[0] for c in found} <= {"indapamide"}


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        # a mineral or a vitamin named as a supplement is the supplement (recognise._supplements)
        ("Zinc supplements and iron tablets both stop ciprofloxacin working.", {"zinc-supplement", "iron-supplement"}),
        ("Supplements containing calcium stop ciprofloxacin being absorbed.", {"calcium-supplement"}),
        # a floated "all" after the list, and a lay name of a class (vocab_index.INFORMAL)
        (
            "Indigestion remedies and magnesium supplements all stop ciprofloxacin being absorbed.",
            {"antacid", "magnesium-supplement"},
        ),
    ],
)
def test_supplements_and_floated_quantifiers(sentence, partners, lexicon):
    found = claims(lexicon, "Ciprofloxacin", sentence)
    assert found == {("ciprofloxacin", "interactsWith", p, False) for p in partners}


def test_a_vitamin_named_as_a_supplement(lexicon):
    found = claims(lexicon, "Acitretin", "Avoid vitamin E supplements while taking acitretin.")
    assert found == {("acitretin", "interactsWith", "vitamin-e-supplement", False)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle after a noun that says what the condition is: the condition is its object (passive.DEFINED_AS)
        ("Gout is a painful joint condition caused by hyperuricaemia.", {("hyperuricemia", "causes", "gout", False)}),
        ("Insomnia is a condition not caused by anxiety.", {("anxiety", "causes", "insomnia", True)}),
        # a copula denied before the noun: left unread rather than misread
        ("Insomnia is not a condition caused by anxiety.", set()),
    ],
)
def test_a_condition_defined_by_its_cause(sentence, expected, lexicon):
    assert claims(lexicon, "Zolpidem", sentence, "causes") == expected


def test_a_question_about_what_not_to_mix_opens_an_interactions_section(lexicon):
    text = (
        "What should I not mix it with?\n\n"
        "- **Alcohol**: do not drink on the days you take it.\n"
        "- **Opioid painkillers such as codeine**: the same risk of deep sleep.\n"
    )
    found = claims(lexicon, "Diazepam", text)
    assert found == {("diazepam", "interactsWith", p, False) for p in ("alcohol", "opioid", "codeine")}


@pytest.mark.parametrize(
    ("bullet", "certainty"),
    [
        # the hedge of a listed partner's own clause is the claim's; one of a later clause is not
        ("- Sedating antihistamines may add to the sleepiness.", "Possible"),
        ("- Erythromycin raises its levels; the doctor may lower the dose.", "Asserted"),
    ],
)
def test_a_listed_interaction_takes_its_clause_hedge(bullet, certainty, lexicon):
    text = f"# Diazepam\n\n## Interactions\n\n{bullet}\n"
    doc = Document("d", "t", "d.md", "", text, Path("d.md"))
    found = [c for c in extract_document(doc, lexicon).claims if c.predicate == "interactsWith"]
    assert found and {c.certainty for c in found} == {certainty}


@pytest.mark.parametrize(
    ("title", "sentence", "partners"),
    [
        ("Warfarin", "Phenytoin and rifampicin speed up the breakdown of warfarin.", {"phenytoin", "rifampin"}),
        ("Warfarin", "- Carbamazepine speeds up its metabolism, so it may work less well.", {"carbamazepine"}),
    ],
)
def test_agents_that_speed_up_the_breakdown_interact(title, sentence, partners, lexicon):
    drug = title.lower()
    assert claims(lexicon, title, sentence) == {(drug, "interactsWith", p, False) for p in partners}


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # a prohibition of taking agents at the same time as the titled drug
        (
            "Acitretin",
            "Never take tetracycline antibiotics such as doxycycline at the same time.",
            {("tetracycline-antibiotic", "Asserted"), ("doxycycline", "Asserted")},
        ),
        # "A and B at the same time" pairs A with B, not with the drug
        ("Aspirin", "Do not take ibuprofen and naproxen at the same time.", set()),
        # the pair named by its effect: "the two together", "A and X together"
        (
            "Methotrexate",
            "Ask before taking trimethoprim: the two together may harm the bone marrow.",
            {("trimethoprim", "Possible")},
        ),
        ("Warfarin", "Aspirin and warfarin together can cause bleeding.", {("aspirin", "Asserted")}),
        # "the two" with two other agents named are those two; a denied effect; "can be taken together"
        ("Warfarin", "Ibuprofen and naproxen: the two together can harm the stomach.", set()),
        ("Warfarin", "Taken with paracetamol, the two together do not cause bleeding.", set()),
        ("Warfarin", "Paracetamol and codeine can be taken together.", set()),
        # a class glossing the drugs in brackets, or what both are, is no partner of its own
        (
            "Ivabradine",
            "Verapamil and diltiazem (calcium channel blockers) and ivabradine together can slow the heart.",
            {("verapamil", "Asserted"), ("diltiazem", "Asserted")},
        ),
    ],
)
def test_drugs_taken_together(title, sentence, expected, lexicon):
    doc = Document("d", "t", "d.md", "", f"# {title}\n\n{sentence}\n", Path("d.md"))
    found = {(c.object, c.certainty) for c in extract_document(doc, lexicon).claims if c.predicate == "interactsWith"}
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a contraceptive named by its make-up is the golds' entity (recognise._contraceptives)
        ("Lansoprazole has no interaction with the combined pill.", {("combined-oral-contraceptive", True)}),
        ("Lansoprazole does not interact with combined oral contraceptives.", {("combined-oral-contraceptive", True)}),
        (
            "Never take lansoprazole with combined hormonal contraceptives.",
            {("combined-hormonal-contraceptive", False)},
        ),
    ],
)
def test_contraceptives_by_their_make_up(sentence, expected, lexicon):
    assert {(c[2], c[3]) for c in claims(lexicon, "Lansoprazole", sentence)} == expected


def test_a_labelled_bullet_takes_the_hedge_right_after_its_label(lexicon):
    text = "# Diazepam\n\n## Interactions\n\n- Opioids: may increase the risk of slowed breathing.\n"
    doc = Document("d", "t", "d.md", "", text, Path("d.md"))
    found = {(c.object, c.certainty) for c in extract_document(doc, lexicon).claims if c.predicate == "interactsWith"}
    assert found == {("opioid", "Possible")}
