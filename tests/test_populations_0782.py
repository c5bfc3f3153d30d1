"""Decision 0782: saying more about populations and lists, with invented sentences (exact claim sets).

A population restricted by a stated part of pregnancy or by a wish for a child is never the bare population; a list
of signs belongs to the condition its lead is about, never to one the text names only to deny it.
"""

from __future__ import annotations

from extracting import named_claims


def test_people_in_a_stated_part_of_pregnancy_are_that_trimester_not_all_women(lexicon) -> None:
    text = "Women in the last three months of pregnancy must not take naproxen.\n"
    assert named_claims(text, lexicon, "naproxen") == {
        ("naproxen", "contraindicatedIn", "pregnancy-trimester-third", False)
    }
    text = "Women in the first three months of pregnancy should not take fluconazole.\n"
    assert named_claims(text, lexicon, "fluconazole") == {
        ("fluconazole", "contraindicatedIn", "pregnancy-trimester-first", False)
    }
    text = "Do not take naproxen if you:\n- are in the third trimester\n- have heart failure\n"
    assert named_claims(text, lexicon, "naproxen") == {
        ("naproxen", "contraindicatedIn", "pregnancy-trimester-third", False),
        ("naproxen", "contraindicatedIn", "heart-failure", False),
    }
    text = "Avoid fluconazole in the first 12 weeks of pregnancy.\n"
    assert named_claims(text, lexicon, "fluconazole") == {
        ("fluconazole", "contraindicatedIn", "pregnancy-trimester-first", False)
    }


def test_the_bare_population_stays_where_no_part_of_pregnancy_is_stated(lexicon) -> None:
    text = "Pregnant women should not take fluconazole.\n"
    assert named_claims(text, lexicon, "fluconazole") == {("fluconazole", "contraindicatedIn", "pregnant-women", False)}
    text = "Women should not take fluconazole.\n"
    assert named_claims(text, lexicon, "fluconazole") == {("fluconazole", "contraindicatedIn", "women", False)}
    # ("the first three months" of a treatment names no pregnancy)
    text = "People in the first three months of treatment may feel sick.\n"
    assert named_claims(text, lexicon, "fluconazole") == set()


def test_women_trying_for_a_child_are_no_bare_population(lexicon) -> None:
    text = "Women who are trying for a baby should not take isotretinoin.\n"
    assert named_claims(text, lexicon, "isotretinoin") == {
        ("isotretinoin", "contraindicatedIn", "women-trying-to-conceive", False)
    }
    text = "Isotretinoin is not suitable for women planning a pregnancy.\n"
    assert named_claims(text, lexicon, "isotretinoin") == {
        ("isotretinoin", "contraindicatedIn", "women-trying-to-conceive", False)
    }


def test_a_list_of_signs_belongs_to_the_condition_its_lead_is_about_not_a_denied_one(lexicon) -> None:
    text = (
        "Why do older men have trouble passing urine?\n"
        "With age the prostate gland often gets bigger. This is called benign prostatic hyperplasia. "
        "It is not prostate cancer.\n\n"
        "The usual signs are:\n- a weak flow of urine\n- getting up at night to pass urine\n"
    )
    assert named_claims(text, lexicon, "tamsulosin") == {("prostatic-hyperplasia", "hasPhenotype", "nocturia", False)}
    text = (
        "Gout is a kind of arthritis. It is not an infection.\n\n"
        "Typical symptoms are:\n- sudden joint pain\n- swelling of the big toe\n"
    )
    claims = named_claims(text, lexicon, "colchicine")
    assert claims and {c[0] for c in claims if c[1] == "hasPhenotype"} == {"gout"}
