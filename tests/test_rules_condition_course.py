"""Decision 0695: what a condition brings, said of it with "It", and a lead of symptoms after a sentence naming it.

"Y affects the inner ear. It causes A and B": A and B are Y's phenotype (decision 0684 made the "It" the condition
and dropped the claims); "Left untreated, it raises the risk of D": Y causes D. "You were admitted with Y. This
happens when ... Signs to know:" and its bullets: Y's signs. A sentence about the drug keeps its "it", and a lead
after a sentence naming an agent has no owner. The sentences are invented; each test asserts the exact set of claims.
"""

from extracting import claims, markdown_claims


def keys(text, lexicon):
    return set(claims(text, lexicon))


def test_it_causes_after_a_sentence_about_a_condition_gives_its_phenotype(lexicon):
    text = "Migraine is a common headache disorder. It causes nausea, vomiting and a throbbing headache."
    assert keys(text, lexicon) == {
        ("migraine-disorders", "isA", "headache-disorders", False),
        ("migraine-disorders", "hasPhenotype", "nausea", False),
        ("migraine-disorders", "hasPhenotype", "vomiting", False),
        ("migraine-disorders", "hasPhenotype", "headache", False),
    }


def test_left_untreated_it_raises_the_risk_gives_what_the_condition_causes(lexicon):
    text = (
        "Atrial fibrillation is an irregular heart rhythm. Left untreated, it raises the risk of stroke and heart "
        "failure."
    )
    found = keys(text, lexicon)
    assert {k for k in found if k[1] == "causes"} == {
        ("atrial-fibrillation", "causes", "stroke", False),
        ("atrial-fibrillation", "causes", "heart-failure", False),
    }
    assert not {k for k in found if k[1] in ("hasAdverseEffect", "hasPhenotype")}


def test_it_does_not_cause_is_a_denied_phenotype_and_no_drug_effect(lexicon):
    text = "Sumatriptan treats migraine.\n\nMigraine is a common headache disorder. It does not cause fever or a rash."
    assert keys(text, lexicon) == {
        ("sumatriptan", "treats", "migraine-disorders", False),
        ("migraine-disorders", "isA", "headache-disorders", False),
        ("migraine-disorders", "hasPhenotype", "fever", True),
        ("migraine-disorders", "hasPhenotype", "exanthema", True),
    }


def test_it_may_cause_is_hedged(lexicon):
    text = "Migraine is a common headache disorder. It may cause nausea."
    found = claims(text, lexicon)
    assert set(found) == {
        ("migraine-disorders", "isA", "headache-disorders", False),
        ("migraine-disorders", "hasPhenotype", "nausea", False),
    }
    assert found[("migraine-disorders", "hasPhenotype", "nausea", False)].certainty != "Asserted"


def test_it_after_a_sentence_about_the_drug_is_the_drugs_effect(lexicon):
    text = "Sumatriptan is used for migraine. It can cause nausea and dizziness."
    assert keys(text, lexicon) == {
        ("sumatriptan", "treats", "migraine-disorders", False),
        ("sumatriptan", "hasAdverseEffect", "nausea", False),
        ("sumatriptan", "hasAdverseEffect", "dizziness", False),
    }


def test_a_condition_sentence_naming_a_drug_gives_no_phenotype(lexicon):
    text = "Migraine is often treated with sumatriptan. It can cause nausea."
    assert not {k for k in keys(text, lexicon) if k[1] in ("hasPhenotype", "causes")}


def test_it_with_an_agent_in_its_own_sentence_gives_no_phenotype(lexicon):
    text = "Migraine is a common headache disorder. It causes nausea, which metoclopramide can ease."
    assert not {k for k in keys(text, lexicon) if k[1] in ("hasPhenotype", "causes")}


def test_a_lead_of_signs_after_a_sentence_naming_the_condition(lexicon):
    text = (
        "# Going home\n\nYou were in hospital with hepatic encephalopathy. This happens when the liver stops clearing "
        "toxins from the blood. Signs to know:\n\n- confusion\n- slurred speech\n- sleepiness during the day\n"
    )
    assert markdown_claims(lexicon, text) == {
        ("hepatic-encephalopathy", "hasPhenotype", "confusion", False),
        ("hepatic-encephalopathy", "hasPhenotype", "slurred-speech", False),
        ("hepatic-encephalopathy", "hasPhenotype", "somnolence", False),
    }


def test_a_lead_of_signs_after_a_sentence_naming_a_drug_has_no_owner(lexicon):
    text = "# Going home\n\nLactulose treats hepatic encephalopathy. Signs to know:\n\n- confusion\n- slurred speech\n"
    assert markdown_claims(lexicon, text) == {("lactulose", "treats", "hepatic-encephalopathy", False)}


def test_side_effects_after_a_condition_sentence_are_no_phenotype(lexicon):
    text = (
        "# Your tablets\n\nYou were in hospital with hepatic encephalopathy. Side effects to know:\n\n"
        "- confusion\n- slurred speech\n"
    )
    assert not {k for k in markdown_claims(lexicon, text) if k[1] == "hasPhenotype"}


def test_warning_signs_after_a_serious_effect_in_the_same_sentence(lexicon):
    text = "Carbimazole can rarely cause agranulocytosis, so see a doctor if you notice a sore throat or mouth ulcers."
    assert keys(text, lexicon) == {
        ("carbimazole", "hasAdverseEffect", "agranulocytosis", False),
        ("agranulocytosis", "hasPhenotype", "pharyngalgia", False),
        ("agranulocytosis", "hasPhenotype", "oral-ulcer", False),
    }


def test_warning_signs_in_the_sentence_that_opens_with_them(lexicon):
    text = (
        "Carbimazole can rarely cause agranulocytosis. It affects about 1 in 500 people. "
        "If you develop a sore throat, mouth ulcers or fever, stop the tablets."
    )
    assert keys(text, lexicon) == {
        ("carbimazole", "hasAdverseEffect", "agranulocytosis", False),
        ("agranulocytosis", "hasPhenotype", "pharyngalgia", False),
        ("agranulocytosis", "hasPhenotype", "oral-ulcer", False),
        ("agranulocytosis", "hasPhenotype", "fever", False),
    }


def test_a_warning_that_does_not_open_its_sentence_after_one_is_not_read(lexicon):
    text = "Carbimazole can rarely cause agranulocytosis. Stop the tablets if you develop a sore throat or fever."
    assert not {k for k in keys(text, lexicon) if k[1] == "hasPhenotype"}


def test_warning_signs_of_a_symptom_effect_are_not_read(lexicon):
    text = "Carbimazole can cause a rash. If you develop a rash with fever, stop the tablets."
    assert keys(text, lexicon) == {("carbimazole", "hasAdverseEffect", "exanthema", False)}


def test_a_denied_effect_has_no_warning_signs(lexicon):
    text = "Lisinopril does not cause agranulocytosis, but see a doctor if you notice a sore throat."
    assert not {k for k in keys(text, lexicon) if k[1] == "hasPhenotype"}


def test_people_with_a_condition_have_its_signs(lexicon):
    text = "People with insomnia often notice tiredness and irritability during the day."
    assert keys(text, lexicon) == {
        ("insomnia", "hasPhenotype", "fatigue", False),
        ("insomnia", "hasPhenotype", "irritability", False),
    }


def test_children_with_a_condition_the_population_word_opening_the_sentence(lexicon):
    text = "Children with gastroenteritis often have diarrhoea and vomiting."
    assert keys(text, lexicon) == {
        ("gastroenteritis", "hasPhenotype", "diarrhea", False),
        ("gastroenteritis", "hasPhenotype", "vomiting", False),
    }


def test_people_with_a_condition_do_not_have_is_denied(lexicon):
    text = "People with migraine do not usually have a fever."
    assert keys(text, lexicon) == {("migraine-disorders", "hasPhenotype", "fever", True)}


def test_people_with_a_condition_and_a_drug_is_no_phenotype(lexicon):
    text = "People with asthma may get wheezing from ibuprofen."
    assert not {k for k in keys(text, lexicon) if k[1] == "hasPhenotype"}


def test_people_with_a_condition_at_higher_risk_is_no_phenotype(lexicon):
    text = "People with diabetes have a higher risk of stroke."
    assert not {k for k in keys(text, lexicon) if k[1] == "hasPhenotype"}


def test_attacks_of_the_condition_in_the_sentence_after_its_course(lexicon):
    text = "Migraine is a common headache disorder. It causes a throbbing headache. Attacks often bring nausea."
    assert keys(text, lexicon) == {
        ("migraine-disorders", "isA", "headache-disorders", False),
        ("migraine-disorders", "hasPhenotype", "headache", False),
        ("migraine-disorders", "hasPhenotype", "nausea", False),
    }


def test_attacks_after_a_sentence_about_the_drug_are_no_phenotype(lexicon):
    text = "Sumatriptan is used for migraine. Attacks often bring nausea and vomiting."
    assert keys(text, lexicon) == {("sumatriptan", "treats", "migraine-disorders", False)}


def test_attacks_that_do_not_cause_are_denied(lexicon):
    text = "Migraine is a common headache disorder. Attacks do not usually cause fever."
    assert keys(text, lexicon) == {
        ("migraine-disorders", "isA", "headache-disorders", False),
        ("migraine-disorders", "hasPhenotype", "fever", True),
    }


def test_some_people_feel_after_a_clause_of_stopping(lexicon):
    text = (
        "Methylphenidate is used for ADHD. When it is stopped, the symptoms come back, and some children are tearful "
        "or irritable for a day or two."
    )
    assert keys(text, lexicon) == {
        ("methylphenidate", "treats", "attention-deficit-disorder-with-hyperactivity", False),
        ("methylphenidate", "hasWithdrawalEffect", "irritability", False),
    }


def test_some_people_feel_on_stopping_with_another_agent_is_not_read(lexicon):
    text = "Sertraline treats depression. When it is stopped, some people feel dizzy, so betahistine may be given."
    assert keys(text, lexicon) == {("sertraline", "treats", "depression", False)}


def test_some_people_do_not_feel_on_stopping_gives_nothing(lexicon):
    text = "Sertraline treats depression. If you stop taking it, some people do not feel dizzy at all."
    assert keys(text, lexicon) == {("sertraline", "treats", "depression", False)}


def test_some_people_get_at_the_end_of_treatment(lexicon):
    text = "Varenicline helps people stop smoking. At the end of treatment a few people get irritability and headache."
    assert keys(text, lexicon) == {
        ("varenicline", "hasWithdrawalEffect", "irritability", False),
        ("varenicline", "hasWithdrawalEffect", "headache", False),
    }
