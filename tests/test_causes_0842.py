"""Causes of conditions and a body quantity raised or lowered (decision 0842): the people a trigger acts in are no
condition it brings on; a condition named right before "raises / lowers" moves the body's quantity named right after;
a medicine's possible act on the blood sugar is its side effect, a plain act its decrease of blood glucose. The
sentences are invented (other conditions, other drugs and wording than any development text); each test asserts the
exact claim set, polarity and hedging included, where extra output would be a bug."""

from extracting import polarity_claims

from ontology.lexicon import load_lexicon

LEXICON = load_lexicon()


def claims(text: str) -> set[tuple[str, str, str, bool, bool]]:
    return polarity_claims(text, LEXICON)


def test_the_people_a_trigger_acts_in_are_no_condition_it_brings_on():
    # (before: alcohol causes seizure-disorder, eczema causes asthma)
    assert claims("Alcohol can trigger a headache in people who have epilepsy.") == {
        ("alcohol", "causes", "headache", False, False)
    }
    assert claims("Eczema can trigger itching in people with asthma.") == {
        ("eczema", "causes", "pruritus", False, False)
    }


def test_a_condition_raises_or_lowers_the_quantity_named_after_its_verb():
    assert claims("Fever raises the heart rate.") == {("fever", "increases", "heart-rate", False, False)}
    assert claims("Sepsis and anaemia can lower blood pressure.") == {
        ("sepsis", "decreases", "blood-pressure", False, False),
        ("anemia", "decreases", "blood-pressure", False, False),
    }


def test_a_denied_or_hedged_change_keeps_its_polarity_and_hedge():
    assert claims("Anaemia does not lower blood pressure.") == {("anemia", "decreases", "blood-pressure", True, False)}
    assert claims("Pain may raise blood pressure for a while.") == {
        ("pain", "increases", "blood-pressure", False, True)
    }


def test_a_clause_subject_after_the_object_of_another_verb():
    # (", and a fever can raise it": the second clause's pronoun object is no quantity named; the first reads alone)
    assert claims("Anaemia can raise the heart rate, and a fever can raise it further.") == {
        ("anemia", "increases", "heart-rate", False, False)
    }


def test_a_medicine_or_a_combination_in_the_sentence_leaves_the_change_to_the_cue_rules():
    assert claims("Vomiting can lower blood pressure when taken with ramipril.") == set()


def test_a_medicines_possible_act_on_the_blood_sugar_is_its_side_effect():
    assert claims("Prednisolone can raise blood sugar, so your nurse will check it.") == {
        ("prednisolone", "hasAdverseEffect", "hyperglycemia", False, False)
    }
    assert claims("Olanzapine may raise your blood sugar a little.") == {
        ("olanzapine", "hasAdverseEffect", "hyperglycemia", False, True)
    }
    assert claims("Rarely, clarithromycin can lower blood sugar.") == {
        ("clarithromycin", "hasAdverseEffect", "hypoglycemia", False, True)
    }


def test_a_plain_or_denied_act_on_the_blood_sugar_is_its_change_of_blood_glucose():
    assert claims("In people with type 2 diabetes, empagliflozin lowers blood sugar.") == {
        ("empagliflozin", "decreases", "blood-glucose", False, False)
    }
    assert claims("Sitagliptin does not lower blood sugar when taken alone.") == {
        ("sitagliptin", "decreases", "blood-glucose", True, False)
    }


def test_an_illness_that_causes_a_sign_has_it():
    # (before: migraine-disorders causes nausea / dizziness)
    assert claims("Migraine often causes nausea and dizziness.") == {
        ("migraine-disorders", "hasPhenotype", "nausea", False, False),
        ("migraine-disorders", "hasPhenotype", "dizziness", False, False),
    }
    assert claims("Shingles does not cause a fever.") == {("herpes-zoster", "hasPhenotype", "fever", True, False)}


def test_an_illness_that_brings_on_another_illness_causes_it():
    assert claims("Untreated gout can cause kidney stones.") == {("gout", "causes", "kidney-calculi", False, False)}
    assert claims("Asthma is a common cause of coughing.") == {("asthma", "causes", "cough", False, False)}


def test_an_it_left_untreated_for_a_time_causes_what_follows():
    opening = "Gout is a painful swelling of the joints. "
    assert claims(opening + "Left untreated for years, it causes kidney stones.") == {
        ("gout", "causes", "kidney-calculi", False, False)
    }
    assert claims(opening + "If untreated for many years, it can lead to kidney stones and kidney failure.") == {
        ("gout", "causes", "kidney-calculi", False, False),
        ("gout", "causes", "renal-insufficiency", False, False),
    }


def test_an_untreated_course_denied_or_hedged_keeps_its_polarity_and_its_people_are_no_object():
    opening = "Gout is a painful swelling of the joints. "
    assert claims(opening + "Left untreated over years, it does not cause a stroke.") == {
        ("gout", "causes", "stroke", True, False)
    }
    assert claims(opening + "Left untreated for years, it may cause kidney stones in people with diabetes.") == {
        ("gout", "causes", "kidney-calculi", False, True)
    }
    # (a medicine in the sentence: no condition's course alone)
    assert claims(opening + "Left untreated for years, it causes kidney stones, so allopurinol is used.") == set()
