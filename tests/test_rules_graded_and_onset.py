"""Relation recall on new text (issue 13, docs/decisions/0714): a line or a list's lead graded by how often its items
happen ("- **Common:** A", "Uncommon (up to 1 in 100 people):") names the drug's side effects under any heading; a
lead that opens a condition's signs without the word "symptoms" ("Look out for:", "Y usually starts with:") lists
that condition's phenotype. Every text is invented from the general construction with names of the lexicon and
vocabularies; each test asserts the exact set of claims."""

from decimal import Decimal

import pytest
from extracting import claims


def _read(text: str, lexicon: dict) -> dict[tuple, tuple]:
    """(subject, predicate, object, negated) -> (certainty, rules) of each claim of `text`."""
    return {key: (c.certainty, {e.method for e in c.evidence}) for key, c in claims(text, lexicon).items()}


TREATS = ("metformin", "treats", "type-2-diabetes-mellitus", False)


def test_bullets_labelled_by_frequency_are_side_effects_under_any_heading(lexicon):
    text = (
        "# Metformin\n\nMetformin is used for type 2 diabetes.\n\n## What to expect\n\n"
        "- **Common:** headache.\n- **Less common:** vomiting and diarrhoea.\n"
    )
    listed = ("Asserted", {"rule:side-effect-list"})
    some = ("Occasional", {"rule:side-effect-list"})  # (a low frequency's label: decision 0813)
    assert _read(text, lexicon) == {
        TREATS: ("Asserted", {"rule:treats-cue"}),
        ("metformin", "hasAdverseEffect", "headache", False): listed,
        ("metformin", "hasAdverseEffect", "vomiting", False): some,
        ("metformin", "hasAdverseEffect", "diarrhea", False): some,
    }


def test_bullets_under_a_lead_graded_by_frequency_are_side_effects(lexicon):
    text = (
        "# Metformin\n\nMetformin is used for type 2 diabetes.\n\n"
        "Uncommon (up to 1 in 100 people):\n\n- a rash\n- dizziness\n"
    )
    # (a low-frequency label above a list makes its items occasional: decision 0885)
    listed = ("Occasional", {"rule:side-effect-list"})
    assert _read(text, lexicon) == {
        TREATS: ("Asserted", {"rule:treats-cue"}),
        ("metformin", "hasAdverseEffect", "exanthema", False): listed,
        ("metformin", "hasAdverseEffect", "dizziness", False): listed,
    }


def test_a_word_of_frequency_inside_a_sentence_is_no_label(lexicon):
    text = "# Metformin\n\nMetformin is used for type 2 diabetes.\n\nHeadache is common in people with migraine.\n"
    assert not any(key[1] == "hasAdverseEffect" for key in _read(text, lexicon))


def test_a_condition_that_starts_with_signs_has_them_as_phenotype(lexicon):
    text = (
        "# Glucagon\n\nGlucagon is used for hypoglycaemia.\n\n"
        "Hypoglycaemia usually starts with:\n\n- sweating\n- confusion\n"
    )
    listed = ("Asserted", {"rule:symptom-list"})
    assert _read(text, lexicon) == {
        ("glucagon", "treats", "hypoglycemia", False): ("Asserted", {"rule:treats-cue"}),
        ("hypoglycemia", "hasPhenotype", "hyperhidrosis", False): listed,
        ("hypoglycemia", "hasPhenotype", "confusion", False): listed,
    }


def test_look_out_for_after_a_sentence_about_a_condition_lists_its_signs(lexicon):
    text = (
        "# Flucloxacillin\n\nFlucloxacillin is used for cellulitis.\n\n## Know the signs\n\n"
        "Cellulitis usually affects one leg. Look out for:\n\n* blisters on the skin\n* shivering\n"
    )
    listed = ("Asserted", {"rule:symptom-list"})
    assert _read(text, lexicon) == {
        ("flucloxacillin", "treats", "cellulitis", False): ("Asserted", {"rule:treats-cue"}),
        ("cellulitis", "hasPhenotype", "blister", False): listed,
        ("cellulitis", "hasPhenotype", "shivering", False): listed,
    }


def test_look_out_for_under_side_effects_lists_the_drugs_effects_not_a_conditions_signs(lexicon):
    text = (
        "# Flucloxacillin\n\nFlucloxacillin is used for cellulitis.\n\n## Side effects\n\n"
        "Look out for:\n\n* blisters on the skin\n* shivering\n"
    )
    listed = ("Asserted", {"rule:side-effect-list"})
    assert _read(text, lexicon) == {
        ("flucloxacillin", "treats", "cellulitis", False): ("Asserted", {"rule:treats-cue"}),
        ("flucloxacillin", "hasAdverseEffect", "blister", False): listed,
        ("flucloxacillin", "hasAdverseEffect", "shivering", False): listed,
    }


def test_look_out_for_after_a_drug_names_no_conditions_signs(lexicon):
    text = (
        "# Flucloxacillin\n\nFlucloxacillin is used for cellulitis.\n\n"
        "Flucloxacillin can upset the stomach. Look out for:\n\n* shivering\n"
    )
    assert not any(key[1] == "hasPhenotype" for key in _read(text, lexicon))


def test_a_graded_line_leaves_out_a_gloss_and_a_head_narrowed_by_an_unread_word(lexicon):
    text = (
        "# Metformin\n\nMetformin is used for type 2 diabetes.\n\n"
        "- **Rare:** lactic acidosis, a serious illness of the blood.\n- **Common:** bladder infections and headache.\n"
    )
    listed = ("Asserted", {"rule:side-effect-list"})
    assert _read(text, lexicon) == {
        TREATS: ("Asserted", {"rule:treats-cue"}),
        ("metformin", "hasAdverseEffect", "lactic-acidosis", False): (
            "Occasional",
            {"rule:side-effect-list"},
        ),  # (0813)
        ("metformin", "hasAdverseEffect", "headache", False): listed,
    }


NALTREXONE = "# Naltrexone\n\nNaltrexone is used for alcohol dependence.\n\n"
HALF_LIFE = ("naltrexone", "hasPharmacokineticValue", "elimination-half-life", False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Its half-life is about **4 hours**, so it is taken once a day.",
        "It leaves the body quickly (its half-life is about one hour).",
        "Its half-life in the blood is about 2 hours.",
        "Its half-life is short, about 1 hour.",
    ],
)
def test_a_half_life_in_bold_in_words_or_where_measured_is_the_drugs_value(lexicon, sentence):
    claims_read = _read(NALTREXONE + sentence, lexicon)
    assert {key for key in claims_read if key[1] == "hasPharmacokineticValue"} == {HALF_LIFE}


def test_a_half_life_value_in_words_keeps_its_number(lexicon):
    found = claims(NALTREXONE + "Its half-life is about three hours.", lexicon)[HALF_LIFE]
    assert found.qualifiers == (("maxValue", (Decimal(3),)), ("minValue", (Decimal(3),)), ("unit", ("unit:HR",)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Stopping naltrexone does not cause withdrawal effects.",
        "You can stop it at once: there are no withdrawal effects.",
        "Naltrexone has no withdrawal effects, so there is nothing to taper.",
    ],
)
def test_no_withdrawal_effects_is_a_denied_withdrawal_syndrome(lexicon, sentence):
    claims_read = _read(NALTREXONE + sentence, lexicon)
    assert {key for key in claims_read if key[1] == "hasWithdrawalEffect"} == {
        ("naltrexone", "hasWithdrawalEffect", "withdrawal-syndrome", True)
    }


def test_a_bare_no_before_withdrawal_effects_denies_them(lexicon):
    text = NALTREXONE + "- No withdrawal effects, fine to stop at the end of the course.\n"
    assert {key for key in _read(text, lexicon) if key[1] == "hasWithdrawalEffect"} == {
        ("naltrexone", "hasWithdrawalEffect", "withdrawal-syndrome", True)
    }


def test_what_follows_a_denied_withdrawal_in_a_new_clause_is_no_withdrawal_effect(lexicon):
    text = NALTREXONE + "There is no withdrawal effect, and the drug can be stopped once the bleeding is controlled.\n"
    assert {key for key in _read(text, lexicon) if key[1] == "hasWithdrawalEffect"} == {
        ("naltrexone", "hasWithdrawalEffect", "withdrawal-syndrome", True)
    }


def test_its_half_life_belongs_to_the_documents_drug_not_another_named_earlier(lexicon):
    text = (
        "# Naltrexone\n\nNaltrexone is used for alcohol dependence.\n\n## How it works\n\n"
        "It blocks the effect of morphine on the brain.\n\n## The tablet\n\nIts half-life is about **4 hours**.\n"
    )
    assert {key for key in _read(text, lexicon) if key[1] == "hasPharmacokineticValue"} == {HALF_LIFE}


ISONIAZID = "# Isoniazid\n\nIsoniazid is used for tuberculosis.\n\n"
TUBERCULOSIS = ("isoniazid", "treats", "tuberculosis", False)


def _forms(sentence: str, lexicon: dict) -> set[tuple]:
    read = _read(ISONIAZID + sentence, lexicon)
    assert TUBERCULOSIS in read
    return {key for key in read if key != TUBERCULOSIS}


def test_a_form_after_its_strength_and_a_liquid_after_a_word_of_forms_are_formulations(lexicon):
    assert _forms("It comes as 100 mg tablets and as a liquid.", lexicon) == {
        ("isoniazid", "hasFormulation", "tablet", False),
        ("isoniazid", "hasFormulation", "oral-liquid", False),
    }
    assert _forms("It comes as a **50 mg tablet**, taken once a day.", lexicon) == {
        ("isoniazid", "hasFormulation", "tablet", False)
    }
    assert _forms("Isoniazid comes as tablets and as an oral liquid.", lexicon) == {
        ("isoniazid", "hasFormulation", "tablet", False),
        ("isoniazid", "hasFormulation", "oral-liquid", False),
    }


def test_a_liquid_the_tablets_are_dissolved_in_is_no_formulation(lexicon):
    assert not any(
        key[1] == "hasFormulation" and key[2] != "tablet"
        for key in _forms("You can dissolve the tablets in a liquid such as water.", lexicon)
    )


def test_tablets_a_relative_clause_says_are_dispersible_are_not_read_as_bare_tablets(lexicon):
    # since decision 0729 the clause names the kind: dispersible tablets, never the bare form
    assert _forms("It comes as **200 mg tablets** that can be dispersed in water.", lexicon) == {
        ("isoniazid", "hasFormulation", "dispersible-tablet", False)
    }


def test_granules_that_can_be_mixed_with_food_stay_granules(lexicon):
    assert _forms("It comes as tablets and as granules that can be mixed with soft food.", lexicon) == {
        ("isoniazid", "hasFormulation", "tablet", False),
        ("isoniazid", "hasFormulation", "granules", False),
    }


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("**Mirabegron** is a medicine for an overactive bladder.", False),
        ("Mirabegron is the usual **first-line** medicine for an overactive bladder.", False),
        ("Mirabegron is not a medicine for an overactive bladder.", True),
    ],
)
def test_a_copula_and_a_medicine_for_y_is_a_use(lexicon, sentence, negated):
    read = _read("# Mirabegron\n\n" + sentence, lexicon)
    assert set(read) == {("mirabegron", "treats", "overactive-urinary-bladder", negated)}
    assert read[("mirabegron", "treats", "overactive-urinary-bladder", negated)][1] == {"rule:medicine-for"}


def test_a_medicine_for_a_group_names_no_use(lexicon):
    assert _read("# Mirabegron\n\nMirabegron is a medicine for adults with an overactive bladder.", lexicon) == {}
