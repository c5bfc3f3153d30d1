"""Decision 0840: a condition's signs after a lead that says what the illness does without a word of signs ("It
causes:", "You may:", "People with it may notice:", "Y can show itself as:", "**What Y looks like.** During an attack,
a person may have:"), when its owner is unambiguous; the lead's "may" hedges its list; a hedge opening the next sign is
that sign's; a condition named as when a sign comes is no sign; a "watch for" list after a passage about a drug is no
illness's signs. Invented texts (other drugs, conditions and wording than the development sets'), exact claim sets."""

from __future__ import annotations

from extracting import polarity_claims


def signs(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, bool]]:
    return polarity_claims(text, lexicon, "hasPhenotype")


def test_it_causes_after_a_sentence_about_the_illness(lexicon) -> None:
    text = (
        "# Allopurinol at the bowls club\n"
        "\n"
        "Some of our members take allopurinol.\n"
        "\n"
        "## Gout\n"
        "\n"
        "Gout is a painful form of arthritis. It causes:\n"
        "\n"
        "- joint swelling\n"
        "- no fever in most people\n"
    )
    assert signs(text, lexicon) == {
        ("gout", "hasPhenotype", "joint-swelling", False, False),
        ("gout", "hasPhenotype", "fever", True, False),  # (the denied bullet keeps its polarity)
    }


def test_people_with_it_may_notice_under_what_is_y(lexicon) -> None:
    text = (
        "# Methotrexate and the walking group\n"
        "\n"
        "Some walkers take methotrexate.\n"
        "\n"
        "## What is psoriasis?\n"
        "\n"
        "Psoriasis is a long-term skin condition. People with it may notice:\n"
        "\n"
        "- itching\n"
        "- joint pain\n"
    )
    assert signs(text, lexicon) == {
        ("psoriasis", "hasPhenotype", "pruritus", False, True),
        ("psoriasis", "hasPhenotype", "arthralgia", False, True),
    }


def test_two_possible_owners_give_none(lexicon) -> None:
    text = (
        "# Metformin and the choir\n"
        "\n"
        "Some singers take metformin.\n"
        "\n"
        "## What is type 2 diabetes?\n"
        "\n"
        "Type 2 diabetes is common. Obesity is one of the main causes. People with it may notice:\n"
        "\n"
        "- fatigue\n"
        "- blurred vision\n"
    )
    assert signs(text, lexicon) == set()


def test_you_may_after_the_illness_and_a_lead_naming_its_condition(lexicon) -> None:
    text = (
        "# Aciclovir at the library\n"
        "\n"
        "A reader asked about aciclovir.\n"
        "\n"
        "SHINGLES\n"
        "\n"
        "Shingles is a viral infection of a nerve. You may:\n"
        "\n"
        "- feel tired\n"
        "- have a headache\n"
        "\n"
        "Anaemia can show itself as:\n"
        "\n"
        "- tiredness\n"
        "- shortness of breath\n"
    )
    assert signs(text, lexicon) == {
        ("herpes-zoster", "hasPhenotype", "fatigue", False, True),
        ("herpes-zoster", "hasPhenotype", "headache", False, True),
        ("anemia", "hasPhenotype", "fatigue", False, False),
        ("anemia", "hasPhenotype", "dyspnea", False, False),
    }


def test_a_run_in_label_names_the_illness_of_its_lead(lexicon) -> None:
    text = (
        "# Sumatriptan at the pool\n"
        "\n"
        "Some lifeguards take sumatriptan.\n"
        "\n"
        "**What a cluster headache looks like.** During an attack, a person may have:\n"
        "\n"
        "- a watery eye and a runny nose\n"
        "- nausea, and sometimes vomiting\n"
        "- dizziness before the headache\n"
    )
    assert signs(text, lexicon) == {
        ("cluster-headache", "hasPhenotype", "rhinorrhea", False, True),
        ("cluster-headache", "hasPhenotype", "nausea", False, True),
        ("cluster-headache", "hasPhenotype", "vomiting", False, True),
        ("cluster-headache", "hasPhenotype", "dizziness", False, True),  # (not the headache it comes before)
    }


def test_a_drugs_lead_and_a_side_effect_heading_give_no_signs(lexicon) -> None:
    text = (
        "# Ibuprofen at the rugby club\n"
        "\n"
        "Ibuprofen is a painkiller. It can cause:\n"
        "\n"
        "- nausea\n"
        "- heartburn\n"
        "\n"
        "## Side effects\n"
        "\n"
        "Migraine is common in the squad. You may get:\n"
        "\n"
        "- dizziness\n"
    )
    assert signs(text, lexicon) == set()


def test_a_watch_list_after_a_passage_about_a_drug_is_no_illness(lexicon) -> None:
    text = (
        "# Montelukast at the scout hut\n"
        "\n"
        "Our leader explained how montelukast works. Montelukast blocks leukotrienes. "
        "That means less inflammation in the airways.\n"
        "\n"
        "Things to watch for:\n"
        "\n"
        "- headache\n"
        "- tummy ache\n"
    )
    assert signs(text, lexicon) == set()


def test_an_illness_that_causes_a_symptom_has_it_as_its_sign(lexicon) -> None:
    text = (
        "# Ramipril at the sailing club\n"
        "\n"
        "Some sailors take ramipril.\n"
        "\n"
        "## Blood pressure and salt\n"
        "\n"
        "Very high blood pressure may cause headaches or blurred vision. Low sodium causes headache and vomiting. "
        "Hypertension can cause a stroke. Inflammation of the gullet, which causes heartburn, is rare.\n"
    )
    claims = polarity_claims(text, lexicon)
    assert {c for c in claims if c[1] == "hasPhenotype"} == {
        ("hypertension", "hasPhenotype", "headache", False, True),
        ("hypertension", "hasPhenotype", "blurred-vision", False, True),
        ("hyponatremia", "hasPhenotype", "headache", False, False),
        ("hyponatremia", "hasPhenotype", "vomiting", False, False),
    }
    # (an illness it leads to stays caused; a relative clause opens with no illness)
    assert ("hypertension", "causes", "stroke", False, False) in claims
    assert ("esophagitis", "causes", "heartburn", False, False) in claims


def test_a_list_of_what_people_may_get_is_no_list_of_signs(lexicon) -> None:
    # ("may get:" lists what the illness leads to as often as its signs: the lead must name them as signs)
    text = (
        "# Metformin and the choir\n"
        "\n"
        "Some singers take metformin.\n"
        "\n"
        "## Diabetes\n"
        "\n"
        "Type 2 diabetes is a long-term condition. Over time, people may get:\n"
        "\n"
        "- kidney disease\n"
        "- blurred vision\n"
    )
    assert signs(text, lexicon) == set()
