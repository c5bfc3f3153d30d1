"""Adverse effects, uses and symptoms by their everyday names, fifth round (issue 13, docs/decisions/0689): lay names
no vocabulary holds resolved to the disease package's (or HPO's) record ("an upset stomach", "hot flushes", "thoughts
of suicide", "swollen joints", "a lower sex drive"), lay names HPO reads as a finding of its own where the texts mean
the package's condition ("an irregular heartbeat" is cardiac arrhythmias, "loss of appetite" HPO's Poor appetite,
decision 1021), and a question standing on a line of its own as a section heading ("What are the side effects?").
Every text is invented; each test asserts the exact set of claims (subject, predicate, object, negated) or of mention
slugs."""

import pytest
from extracting import claims

from graph_build.text.recognise import recognise


def _keys(text: str, lexicon: dict) -> set[tuple]:
    return set(claims(text, lexicon))


@pytest.mark.parametrize(
    ("phrase", "slug"),
    [
        ("an upset stomach", "dyspepsia"),
        ("stomach upset", "dyspepsia"),
        ("hot flushes", "hot-flashes"),
        ("tummy cramps", "abdominal-pain"),
        ("stomach cramps", "abdominal-pain"),
        ("period pain", "dysmenorrhea"),
        ("painful periods", "dysmenorrhea"),
        ("thoughts of suicide", "suicidal-ideation"),
        ("swollen joints", "joint-swelling"),
        ("a lower sex drive", "decreased-libido"),
        ("pale stools", "acholic-stools"),
        ("an irregular heartbeat", "cardiac-arrhythmias"),
        ("an uneven heartbeat", "cardiac-arrhythmias"),
        ("arrhythmias", "cardiac-arrhythmias"),
        ("loss of appetite", "poor-appetite"),
        ("a reduced appetite", "poor-appetite"),
        ("a poor appetite", "poor-appetite"),
        ("impotence", "erectile-dysfunction"),
        ("difficulty getting an erection", "erectile-dysfunction"),
        ("hair thinning", "alopecia"),
        ("high cholesterol", "hypercholesterolemia"),
        ("raised blood glucose", "hyperglycemia"),
        ("stomach bleeding", "gastrointestinal-hemorrhage"),
        ("low potassium", "hypokalemia"),
        ("low sodium", "hyponatremia"),
        ("low magnesium", "hypomagnesemia"),
        ("light-headed", "lightheadedness"),
        ("feel faint", "lightheadedness"),
        ("feeling weak", "asthenia"),
        ("swollen eyelids", "palpebral-edema"),
        ("feeling hot", "heat-intolerance"),
        ("feeling cold", "cold-intolerance"),
    ],
)
def test_an_everyday_name_is_the_vocabulary_record(phrase, slug, lexicon):
    mentions, _ = recognise(f"Some people notice {phrase} in the first week.", lexicon)
    assert [m.slug for m in mentions] == [slug]


def test_words_near_the_everyday_names_name_nothing(lexicon):
    text = "The wind was strong, the stomach settled, the period ended and the temperature was high; joints moved."
    mentions, _ = recognise(text, lexicon)
    assert [m.slug for m in mentions] == []


def test_bullets_of_everyday_names_under_a_lead_of_side_effects(lexicon):
    text = (
        "# Furosemide\n\nFurosemide is taken in the morning.\n\n## Side effects\n\nCommon side effects include:\n\n"
        "- feeling dizzy or light-headed\n- low potassium or low sodium in the blood\n"
    )
    assert _keys(text, lexicon) == {
        ("furosemide", "hasAdverseEffect", "dizziness", False),
        ("furosemide", "hasAdverseEffect", "lightheadedness", False),
        ("furosemide", "hasAdverseEffect", "hypokalemia", False),
        ("furosemide", "hasAdverseEffect", "hyponatremia", False),
    }


def test_everyday_names_in_a_list_of_effects_keep_polarity_and_certainty(lexicon):
    text = (
        "# Atenolol\n\nAtenolol can cause an upset stomach, hot flushes and swollen joints. It does not cause loss of "
        "appetite. Rarely, it may cause an irregular heartbeat.\n"
    )
    found = claims(text, lexicon)
    assert set(found) == {
        ("atenolol", "hasAdverseEffect", "dyspepsia", False),
        ("atenolol", "hasAdverseEffect", "hot-flashes", False),
        ("atenolol", "hasAdverseEffect", "joint-swelling", False),
        ("atenolol", "hasAdverseEffect", "poor-appetite", True),
        ("atenolol", "hasAdverseEffect", "cardiac-arrhythmias", False),
    }
    assert found[("atenolol", "hasAdverseEffect", "cardiac-arrhythmias", False)].certainty != "Asserted"


def test_an_everyday_name_of_a_use_is_the_condition_treated(lexicon):
    # (decision 0780: the denial is of a use, "not a treatment for"; a denied cure would give no claim)
    text = "# Naproxen\n\nNaproxen is used to relieve period pain. Naproxen is not a treatment for gout.\n"
    assert _keys(text, lexicon) == {
        ("naproxen", "treats", "dysmenorrhea", False),
        ("naproxen", "treats", "gout", True),
    }


def test_a_symptom_list_of_a_condition_reads_the_everyday_names(lexicon):
    text = (
        "# Hypothyroidism\n\nHypothyroidism is common. Common symptoms are feeling cold, hair thinning and "
        "a poor appetite.\n"
    )
    assert _keys(text, lexicon) == {
        ("hypothyroidism", "hasPhenotype", "cold-intolerance", False),
        ("hypothyroidism", "hasPhenotype", "alopecia", False),
        ("hypothyroidism", "hasPhenotype", "poor-appetite", False),
    }


def test_a_question_on_a_line_of_its_own_opens_a_side_effect_section(lexicon):
    text = (
        "Atenolol for high blood pressure\n\nAtenolol is taken once a day.\n\nWhat are the side effects?\n\n"
        "Most people have none. The ones that do happen are mild:\n\n- a lower sex drive\n- tummy cramps\n\n"
        "Constipation is the most common one.\n"
    )
    assert {k for k in _keys(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("atenolol", "hasAdverseEffect", "decreased-libido", False),
        ("atenolol", "hasAdverseEffect", "abdominal-pain", False),
        ("atenolol", "hasAdverseEffect", "constipation", False),
    }


def test_a_question_inside_a_paragraph_opens_no_section(lexicon):
    text = (
        "Atenolol for high blood pressure\n\nAtenolol is taken once a day. What are the side effects? Ask your "
        "pharmacist. Constipation is the most common one in older people.\n"
    )
    assert {k for k in _keys(text, lexicon) if k[1] == "hasAdverseEffect"} == set()


def test_a_question_of_another_kind_on_its_own_line_ends_the_side_effect_section(lexicon):
    text = (
        "Atenolol for high blood pressure\n\nSide effects\n\nConstipation is the most common one.\n\n"
        "Who should not take it?\n\n- people with asthma\n"
    )
    assert {k for k in _keys(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("atenolol", "hasAdverseEffect", "constipation", False),
    }


def test_bullets_under_a_heading_of_uses_without_a_colon_are_the_drugs_uses(lexicon):
    text = (
        "# Naproxen\n\n## What it is used for\n\n- Period pain and gout.\n- Rheumatoid arthritis.\n\n"
        "## Side effects\n\n- indigestion\n"
    )
    assert _keys(text, lexicon) == {
        ("naproxen", "treats", "dysmenorrhea", False),
        ("naproxen", "treats", "gout", False),
        ("naproxen", "treats", "rheumatoid-arthritis", False),
        ("naproxen", "hasAdverseEffect", "dyspepsia", False),
    }


def test_a_heading_that_denies_a_use_or_names_none_opens_no_list_of_uses(lexicon):
    text = (
        "# Naproxen\n\n## What it is not used for\n\n- gout\n\n## Storage\n\n- Period pain kits are sold separately.\n"
    )
    assert {k for k in _keys(text, lexicon) if k[1] == "treats"} == set()


def test_a_use_said_as_doctors_use_it_for_or_used_with_words_before_for(lexicon):
    text = (
        "# Prednisolone\n\nPrednisolone is a steroid tablet. Some doctors also use it off-label for severe rosacea. "
        "It is also used after surgery for thyroid cancer. Doctors do not use it for acne.\n"
    )
    assert _keys(text, lexicon) == {
        ("prednisolone", "treats", "rosacea", False),
        ("prednisolone", "treats", "thyroid-neoplasms", False),
        ("prednisolone", "treats", "acne-vulgaris", True),
    }


def test_a_first_line_medicine_for_a_condition_treats_it(lexicon):
    text = "# Mebeverine\n\nMebeverine is one of the first-line medicines for irritable bowel syndrome.\n"
    assert _keys(text, lexicon) == {("mebeverine", "treats", "irritable-bowel-syndrome", False)}


def test_a_caution_is_no_use(lexicon):
    text = "# Prednisolone\n\nPrednisolone is a steroid. It should be used with caution in people with diabetes.\n"
    assert {k for k in _keys(text, lexicon) if k[1] == "treats"} == set()


def _with_certainty(text: str, lexicon: dict) -> set[tuple]:
    return {(*k, c.certainty) for k, c in claims(text, lexicon).items() if k[1] == "hasAdverseEffect"}


def test_an_effect_named_as_a_side_effect_of_the_drug(lexicon):
    text = (
        "# Atenolol\n\nAtenolol is a beta blocker. Insomnia is a known side effect of atenolol. Dizziness and nausea "
        "are common side effects of it. A rash may be a side effect of atenolol. Weight gain is not a side effect of "
        "atenolol.\n"
    )
    assert _with_certainty(text, lexicon) == {
        ("atenolol", "hasAdverseEffect", "insomnia", False, "Asserted"),
        ("atenolol", "hasAdverseEffect", "dizziness", False, "Asserted"),
        ("atenolol", "hasAdverseEffect", "nausea", False, "Asserted"),
        ("atenolol", "hasAdverseEffect", "exanthema", False, "Possible"),
        ("atenolol", "hasAdverseEffect", "weight-gain", True, "Asserted"),
    }


def test_a_side_effect_of_another_drug_denied_for_this_one_is_not_guessed(lexicon):
    text = "# Atenolol\n\nAtenolol is a beta blocker. Headache is a common side effect of ibuprofen, not of atenolol.\n"
    assert _with_certainty(text, lexicon) == set()


def test_a_second_feeling_shares_the_first_ones_verb(lexicon):
    text = (
        "# Ivermectin\n\nIvermectin can make some people feel dizzy or sick. It does not make you feel sleepy or "
        "sick.\n"
    )
    assert {k for k in _keys(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("ivermectin", "hasAdverseEffect", "dizziness", False),
        ("ivermectin", "hasAdverseEffect", "nausea", False),
        ("ivermectin", "hasAdverseEffect", "somnolence", True),
        ("ivermectin", "hasAdverseEffect", "nausea", True),
    }


def test_sick_and_tired_of_names_no_second_feeling(lexicon):
    mentions, _ = recognise("People feel sick and tired of waiting for appointments.", lexicon)
    assert [m.slug for m in mentions] == ["nausea"]


def test_an_emphasised_condition_after_words_in_a_bullet_of_uses(lexicon):
    text = (
        "# Bisoprolol\n\nBisoprolol is taken once a day. It is prescribed for:\n\n- **high blood pressure**\n"
        "- after a **heart attack**, to protect the heart\n"
    )
    assert {k for k in _keys(text, lexicon) if k[1] == "treats"} == {
        ("bisoprolol", "treats", "hypertension", False),
        ("bisoprolol", "treats", "myocardial-infarction", False),
    }


def test_confused_and_agitated_in_a_side_effect_bullet(lexicon):
    text = (
        "# Famotidine\n\nFamotidine is taken at night.\n\n## Side effects\n\n"
        "- Rarely, older people become **confused** or agitated.\n- It does not make you feel confused.\n"
    )
    assert {k for k in _keys(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("famotidine", "hasAdverseEffect", "confusion", False),
        ("famotidine", "hasAdverseEffect", "agitation", False),
        ("famotidine", "hasAdverseEffect", "confusion", True),
    }


def test_putting_on_weight_is_weight_gain_with_its_hedge(lexicon):
    text = "# Tamoxifen\n\nTamoxifen is taken once a day. Tamoxifen may make you put on weight.\n"
    found = claims(text, lexicon)
    assert {k for k in found if k[1] == "hasAdverseEffect"} == {("tamoxifen", "hasAdverseEffect", "weight-gain", False)}
    assert found[("tamoxifen", "hasAdverseEffect", "weight-gain", False)].certainty != "Asserted"


def test_a_bullet_that_denies_its_effect_gives_only_the_denial(lexicon):
    # (the list rule read the item as an effect beside the cue rule's denial: one sentence both ways; a "no" inside a
    # description still lists the effect)
    text = "# Famotidine\n\nFamotidine is taken at night.\n\n## Side effects\n\n- It does not make you feel confused.\n"
    assert {k for k in _keys(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("famotidine", "hasAdverseEffect", "confusion", True)
    }
    text = (
        "# Tamsulosin\n\nTamsulosin is taken daily.\n\n## Side effects\n\n"
        "- dizziness, where little or no balance is kept\n"
    )
    assert {k for k in _keys(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("tamsulosin", "hasAdverseEffect", "dizziness", False)
    }
