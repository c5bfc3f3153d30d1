"""Six classes of falsehood decision 0688 found in sealed10, each fixed in general (decision 0692): a denial's colon
elaboration, a condition narrowed by "with <feature>", a co-prescription read as an interaction, a class statement's
modifier read as the class, "It" resolved to an example drug of a list, and a partner from the next sentence. The
sentences are invented from the general patterns with names of the lexicon; each test asserts the exact claims."""

import pytest
from extracting import markdown_claims


def of(claims: set, *predicates: str) -> set:
    return {c for c in claims if c[1] in predicates}


# 1. a denial's colon elaboration: after the colon the words explain the object, they are no further objects
@pytest.mark.parametrize(
    "sentence",
    [
        "It is not a treatment for stress incontinence: leaks when you laugh, cough or run need other care.",
        "It does not help with bladder leaks: coughing, sneezing or lifting need other care.",
        "It is not for leaks: a cough or a headache needs a doctor.",
    ],
)
def test_a_colon_after_a_denied_object_explains_it(sentence, lexicon):
    text = f"# Oxybutynin\n\nOxybutynin is used for an overactive bladder. {sentence}\n"
    # (the denied object itself stays denied: "stress incontinence" is named since decision 0742)
    denied = {("oxybutynin", "treats", "stress-urinary-incontinence", True)} if "stress" in sentence else set()
    assert of(markdown_claims(lexicon, text), "treats") == {
        ("oxybutynin", "treats", "overactive-urinary-bladder", False),
        *denied,
    }


def test_a_colon_after_the_denied_object_keeps_that_object(lexicon):
    text = "# Ibuprofen\n\nIbuprofen is used for pain. It does not help with migraine: see a doctor about headache.\n"
    assert of(markdown_claims(lexicon, text), "treats") == {
        ("ibuprofen", "treats", "pain", False),
        ("ibuprofen", "treats", "migraine-disorders", True),
    }


def test_a_colon_that_announces_a_list_still_opens_it(lexicon):
    text = "# Ibuprofen\n\nIbuprofen can cause side effects: nausea, headache and dizziness.\n"
    assert of(markdown_claims(lexicon, text), "hasAdverseEffect") == {
        ("ibuprofen", "hasAdverseEffect", "nausea", False),
        ("ibuprofen", "hasAdverseEffect", "headache", False),
        ("ibuprofen", "hasAdverseEffect", "dizziness", False),
    }


# 2. a condition narrowed by "with <feature>": neither the broad head nor the feature is the object
def test_a_denied_use_for_a_narrowed_condition_says_nothing_of_its_parts(lexicon):
    text = (
        "# Loperamide\n\nLoperamide is used for diarrhoea. It is not used for diarrhoea with a fever or blood in it.\n"
    )
    assert of(markdown_claims(lexicon, text), "treats") == {("loperamide", "treats", "diarrhea", False)}


def test_a_prohibition_for_a_narrowed_condition_says_nothing_of_its_parts(lexicon):
    text = "# Codeine\n\nCodeine is used for pain. It should not be used for a cough with fever or chest pain.\n"
    assert of(markdown_claims(lexicon, text), "treats", "contraindicatedIn") == {("codeine", "treats", "pain", False)}


def test_people_with_a_condition_are_no_narrowed_condition(lexicon):
    text = "# Codeine\n\nCodeine should not be taken by people with asthma.\n"
    assert of(markdown_claims(lexicon, text), "contraindicatedIn") == {
        ("codeine", "contraindicatedIn", "asthma", False)
    }


# 3. a co-prescription is no interaction; a warning against combining is one
@pytest.mark.parametrize(
    "sentence",
    [
        "It is taken together with lactulose, not instead of it.",
        "It is combined with lactulose to prevent confusion.",
    ],
)
def test_a_co_prescription_is_no_interaction(sentence, lexicon):
    text = f"# Rifaximin\n\nRifaximin is used for hepatic encephalopathy. {sentence}\n"
    assert of(markdown_claims(lexicon, text), "interactsWith") == set()


def test_a_warning_against_combining_is_an_interaction(lexicon):
    text = "# Sertraline\n\nSertraline must not be combined with tramadol, because this can cause serotonin syndrome.\n"
    assert of(markdown_claims(lexicon, text), "interactsWith") == {("sertraline", "interactsWith", "tramadol", False)}


def test_a_combination_with_an_effect_is_an_interaction(lexicon):
    text = "# Sertraline\n\nSertraline taken with tramadol can make you confused and shaky.\n"
    assert of(markdown_claims(lexicon, text), "interactsWith") == {("sertraline", "interactsWith", "tramadol", False)}


# 4. a class statement's object is the whole class phrase, never the modifier's class
@pytest.mark.parametrize(
    "sentence",
    [
        "Naloxone is an opioid antagonist: it blocks opioid receptors.",
        # (read through the emphasis since decision 0694)
        "Naloxone is an **opioid antagonist**: it blocks opioid receptors.",
    ],
)
def test_an_antagonist_of_a_class_is_no_member_of_it(sentence, lexicon):
    text = f"# Naloxone\n\n{sentence}\n"
    assert of(markdown_claims(lexicon, text), "isA") == {("naloxone", "isA", "narcotic-antagonist", False)}


def test_a_class_phrase_read_only_in_part_is_no_class_of_its_modifier(lexicon):
    # (only "opioid" recognised, the unknown head hiding the whole phrase: no claim, not isA opioid)
    sentence = "Naloxone is an opioid blocking agent."
    text = f"# Naloxone\n\n{sentence}\n"
    assert of(markdown_claims(lexicon, text), "isA") == set()


# 5. "It" after a list is the document's drug, never an example drug named in a list item
def test_it_after_a_list_is_not_an_example_drug_of_the_list(lexicon):
    text = (
        "# Naltrexone\n\nNaltrexone helps people stay off alcohol.\n\n## Who should not take it\n\n"
        "It must not be taken by people who are:\n\n- still taking opioids, including methadone or buprenorphine\n"
        "- in acute liver failure\n\nIt is not recommended in pregnancy.\n"
    )
    assert of(markdown_claims(lexicon, text), "contraindicatedIn") == {
        ("naltrexone", "contraindicatedIn", "acute-liver-failure", False),
        ("naltrexone", "contraindicatedIn", "pregnant-women", False),
    }


# 6. an interaction's two ends are in one sentence (markdown emphasis around a sentence end included)
def test_no_partner_from_the_next_sentence(lexicon):
    text = (
        "# Simvastatin\n\n**(a) and (b).** The antibiotic **clarithromycin** must not be combined with simvastatin, "
        "because muscle damage can follow. **Paracetamol** is fine: it does not interact with simvastatin.\n"
    )
    assert of(markdown_claims(lexicon, text), "interactsWith") == {
        ("simvastatin", "interactsWith", "clarithromycin", False),
        ("simvastatin", "interactsWith", "acetaminophen", True),
    }


def test_an_effect_before_the_combination_cue_is_an_interaction(lexicon):
    text = (
        "# Donepezil\n\nDonepezil is used for dementia. "
        "Atenolol can slow the heart further when taken together with donepezil.\n"
    )
    assert of(markdown_claims(lexicon, text), "interactsWith") == {("donepezil", "interactsWith", "atenolol", False)}


def test_an_effect_made_more_common_by_the_combination_is_an_interaction(lexicon):
    text = "# Allopurinol\n\nRashes are more common when amoxicillin is taken with allopurinol.\n"
    assert of(markdown_claims(lexicon, text), "interactsWith") == {
        ("allopurinol", "interactsWith", "amoxicillin", False)
    }
