"""Decision 0855: a list's lead that names an illness as the subject of "cause(s)" ("Y can cause:", "An overactive
bladder causes:") opens that illness's signs, when the illness stands at the head of the lead (a determiner at most
before it) and only modals stand between it and the verb. A time or an act before it, a medicine, a second
condition, a heading of side effects, or no condition at all give no owner. Invented texts (other drugs, conditions
and wording than the development sets'), exact claim sets."""

from __future__ import annotations

from extracting import polarity_claims


def signs(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, bool]]:
    return polarity_claims(text, lexicon, "hasPhenotype")


def test_named_illness_can_cause(lexicon) -> None:
    text = (
        "# Colchicine at the allotment society\n"
        "\n"
        "One of our plot holders takes colchicine.\n"
        "\n"
        "## What is gout?\n"
        "\n"
        "Crystals collect in a joint and make it swell. Gout can cause:\n"
        "\n"
        "- joint swelling\n"
        "- fever\n"
        "- no rash in most people\n"
    )
    assert signs(text, lexicon) == {
        ("gout", "hasPhenotype", "joint-swelling", False, False),
        ("gout", "hasPhenotype", "fever", False, False),
        ("gout", "hasPhenotype", "exanthema", True, False),  # (the denied bullet keeps its polarity)
    }


def test_named_illness_with_an_article_and_a_may(lexicon) -> None:
    text = (
        "# Budesonide and the darts team\n"
        "\n"
        "Our captain takes budesonide capsules.\n"
        "\n"
        "## About his bowel condition\n"
        "\n"
        "The bowel lining becomes inflamed. Crohn's disease may cause:\n"
        "\n"
        "- diarrhoea\n"
        "- weight loss\n"
    )
    assert signs(text, lexicon) == {
        ("crohn-disease", "hasPhenotype", "diarrhea", False, True),
        ("crohn-disease", "hasPhenotype", "weight-loss", False, True),
    }


def test_a_time_before_the_illness_gives_no_owner(lexicon) -> None:
    text = (
        "# Gliclazide at the bridge club\n"
        "\n"
        "Several members take gliclazide.\n"
        "\n"
        "## Why it matters\n"
        "\n"
        "Over many years, diabetes can cause:\n"
        "\n"
        "- kidney disease\n"
        "- blindness\n"
    )
    assert signs(text, lexicon) == set()


def test_a_medicine_as_the_subject_gives_no_signs(lexicon) -> None:
    text = "# Naproxen at the rowing club\n\n## Things to know\n\nNaproxen can cause:\n\n- headache\n- dizziness\n"
    assert signs(text, lexicon) == set()


def test_an_act_as_the_subject_gives_no_signs(lexicon) -> None:
    text = (
        "# Venlafaxine at the knitting circle\n"
        "\n"
        "Several members take venlafaxine for depression.\n"
        "\n"
        "## Coming off it\n"
        "\n"
        "Stopping depression treatment too quickly can cause:\n"
        "\n"
        "- dizziness\n"
        "- nausea\n"
    )
    assert signs(text, lexicon) == set()


def test_under_a_heading_of_side_effects_none(lexicon) -> None:
    text = "# Methotrexate at the chess club\n\n## Side effects\n\nPsoriasis can cause:\n\n- itching\n"
    assert signs(text, lexicon) == set()


def test_it_causes_still_reads_the_illness_before(lexicon) -> None:
    text = (
        "# Allopurinol at the quiz night\n"
        "\n"
        "Some of our quizzers take allopurinol.\n"
        "\n"
        "## Gout\n"
        "\n"
        "Gout is a painful form of arthritis. It causes:\n"
        "\n"
        "- joint swelling\n"
    )
    assert signs(text, lexicon) == {("gout", "hasPhenotype", "joint-swelling", False, False)}


# "Its warning signs are A": the signs of the serious effect the sentence before warned of (decision 0855)


def test_its_warning_signs_after_a_drugs_serious_effect(lexicon) -> None:
    text = (
        "# Valproate at the pottery studio\n"
        "\n"
        "## Rare problems\n"
        "\n"
        "Very rarely, valproate may cause pancreatitis. Its warning signs are severe stomach pain and vomiting.\n"
    )
    assert signs(text, lexicon) == {
        ("pancreatitis", "hasPhenotype", "abdominal-pain", False, False),
        ("pancreatitis", "hasPhenotype", "vomiting", False, False),
    }


def test_the_signs_to_watch_for_after_a_drugs_serious_effect(lexicon) -> None:
    text = (
        "# Carbimazole at the bell ringers\n"
        "\n"
        "## Rare problems\n"
        "\n"
        "Rarely, carbimazole can cause agranulocytosis. The signs to watch for are a fever and mouth ulcers.\n"
    )
    assert signs(text, lexicon) == {
        ("agranulocytosis", "hasPhenotype", "fever", False, False),
        ("agranulocytosis", "hasPhenotype", "oral-ulcer", False, False),
    }


def test_warning_signs_naming_a_medicine_are_none(lexicon) -> None:
    text = (
        "# Valproate at the pottery studio\n"
        "\n"
        "Very rarely, valproate may cause pancreatitis. Its warning signs with aspirin are vomiting.\n"
    )
    assert signs(text, lexicon) == set()


def test_warning_signs_without_a_warned_effect_are_none(lexicon) -> None:
    text = (
        "# Carbimazole at the bell ringers\n"
        "\n"
        "Carbimazole is taken once a day. The signs to watch for are a fever and mouth ulcers.\n"
    )
    assert signs(text, lexicon) == set()


# "When symptoms do appear, they include A": symptoms-anaphor said after when they come (decision 0855)


def test_when_symptoms_appear_they_include(lexicon) -> None:
    text = (
        "# Tenofovir and the lifeboat crew\n"
        "\n"
        "## What is tuberculosis?\n"
        "\n"
        "Tuberculosis is a germ that spreads in the air. Many people with it feel well at first. "
        "When symptoms do appear, they include a cough, fever and weight loss.\n"
    )
    assert signs(text, lexicon) == {
        ("tuberculosis", "hasPhenotype", "cough", False, False),
        ("tuberculosis", "hasPhenotype", "fever", False, False),
        ("tuberculosis", "hasPhenotype", "weight-loss", False, False),
    }


def test_when_symptoms_appear_after_a_medicine_gives_none(lexicon) -> None:
    text = (
        "# Tenofovir and the lifeboat crew\n"
        "\n"
        "Tenofovir is taken once a day with food. When symptoms appear, they include a cough and fever.\n"
    )
    assert signs(text, lexicon) == set()


# A raised phosphate level named as the illness it is, as a raised potassium level is (decision 0855)


def test_a_high_phosphate_level_is_hyperphosphatemia(lexicon) -> None:
    text = (
        "# Sevelamer at the bowls club\n"
        "\n"
        "Sevelamer is used to treat a high phosphate level in people on dialysis. Foods high in phosphate include "
        "cheese.\n"
    )
    assert polarity_claims(text, lexicon) == {("sevelamer", "treats", "hyperphosphatemia", False, False)}
