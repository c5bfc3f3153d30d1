"""What causes or brings on a condition (decision 0823): a condition or an exposure named right before a verb of risk
("raises the risk of") or of triggering ("trigger", "set off", "bring on"), and "It is caused by X" for the one
condition the sentence before named. The sentences are invented (other conditions, other causes and wording than any
development text); each test asserts the exact claim set, polarity and hedging included, where extra output would be
a bug."""

from extracting import polarity_claims

from graph_build.text.normalise import normalise
from graph_build.text.recognise import recognise
from ontology.lexicon import load_lexicon

LEXICON = load_lexicon()


def claims(text: str) -> set[tuple[str, str, str, bool, bool]]:
    return polarity_claims(text, LEXICON)


def test_a_condition_that_raises_the_risk_of_others_causes_them():
    assert claims("Over many years, obesity raises the risk of gout.") == {("obesity", "causes", "gout", False, False)}
    assert claims("The tablets lower blood pressure. High blood pressure raises the risk of a stroke.") == {
        ("hypertension", "causes", "stroke", False, False)
    }


def test_a_modal_hedges_and_a_denial_denies_the_risk():
    assert claims("Obesity may increase the chance of gout.") == {("obesity", "causes", "gout", False, True)}
    assert claims("Asthma does not raise the risk of gout.") == {("asthma", "causes", "gout", True, False)}


def test_triggers_in_a_list_each_cause_the_condition():
    # (an item the recogniser does not name may stand in the list: "missed doses" here is none of the causes)
    assert claims("Cheese, missed doses and lack of sleep can all trigger a migraine.") == {
        ("cheese", "causes", "migraine-disorders", False, False),
        ("sleep-deprivation", "causes", "migraine-disorders", False, False),
    }
    assert claims("Alcohol and lack of sleep can set off a migraine, so regular nights help.") == {
        ("alcohol", "causes", "migraine-disorders", False, False),
        ("sleep-deprivation", "causes", "migraine-disorders", False, False),
    }


def test_an_attack_of_the_condition_and_a_frequency():
    assert claims("Alcohol can sometimes bring on an attack of gout.") == {("alcohol", "causes", "gout", False, True)}


def test_a_denied_trigger_keeps_its_polarity():
    assert claims("Coffee does not trigger gout.") == {("coffee", "causes", "gout", True, False)}


def test_a_medicine_or_a_combination_in_the_sentence_gives_no_cause():
    # (what a medicine brings on is its effect, what alcohol brings on with it an interaction: other rules' claims)
    assert claims("Alcohol raises the risk of bleeding when taken with warfarin.") == {
        ("warfarin", "interactsWith", "alcohol", False, False)
    }
    assert claims("Alcohol raises the risk of a fall while on this medicine.") == set()
    assert ("alcohol", "causes", "hemorrhage", False, False) not in claims(
        "Taking ibuprofen with alcohol raises the risk of bleeding."
    )


def test_a_preposition_s_object_is_no_cause():
    assert claims("Years of high blood pressure raise the risk of a stroke.") == set()


def test_it_is_caused_by_for_the_one_condition_named_before():
    assert claims("Shingles is common in older people. In most cases it is caused by the chickenpox virus.") == {
        ("varicella-zoster-virus", "causes", "herpes-zoster", False, False)
    }
    assert claims("Gout is painful. It was not caused by cheese, whatever people say.") == {
        ("cheese", "causes", "gout", True, False)
    }
    assert claims("Heart failure can follow an illness. Sometimes it is caused by an overactive thyroid.") == {
        ("hyperthyroidism", "causes", "heart-failure", False, True)
    }


def test_it_is_caused_by_after_two_conditions_names_no_owner():
    # ("Bloating and wind are common": no one condition for "it" to be)
    assert claims("Bloating and wind are common too. It can be caused by eating cheese.") == set()


def test_lack_of_sleep_is_sleep_deprivation():
    named = [(m.text, m.slug) for m in recognise(normalise("Lack of sleep is bad.").text, LEXICON)[0]]
    assert named == [("Lack of sleep", "sleep-deprivation")]


def test_over_time_it_leads_to_for_the_condition_the_sentence_before_opened_with():
    before = "Gout often causes no symptoms between attacks. "
    stones = ("gout", "causes", "kidney-calculi", False, False)
    assert claims(before + "Over time it can lead to kidney stones.") == {stones}
    assert claims(before + "Over time it damages the joints, and it can lead to kidney stones.") == {
        ("gout", "causes", "kidney-calculi", False, False)
    }
    assert claims(before + "Over time it may raise the risk of kidney stones.") == {
        ("gout", "causes", "kidney-calculi", False, True)
    }
    assert claims(before + "In the long run it does not lead to arthritis.") == {
        ("gout", "causes", "arthritis", True, False)
    }


def test_over_time_it_names_no_condition_when_a_medicine_is_named():
    # (a medicine in the sentence: "it" may be the medicine; the drug's own rules read the sentence)
    assert ("gout", "causes", "kidney-calculi", False, False) not in claims(
        "Gout often causes no symptoms between attacks. Over time it can lead to kidney stones, so allopurinol is used."
    )
    assert claims("Allopurinol is used for gout. Over time it can lead to a rash.") == {
        ("allopurinol", "treats", "gout", False, False),
        ("allopurinol", "hasAdverseEffect", "exanthema", False, False),
    }


def test_an_illness_made_worse_by_a_condition_or_an_exposure_is_increased():
    assert claims("Constipation can make eczema worse.") == {("constipation", "increases", "eczema", False, False)}
    migraine = ("cheese", "increases", "migraine-disorders", False, False)
    assert claims("Cheese can make migraine much worse.") == {migraine}
    assert claims("Obesity may make asthma worse.") == {("obesity", "increases", "asthma", False, True)}
    assert claims("Obesity does not make gout worse.") == {("obesity", "increases", "gout", True, False)}


def test_a_feeling_or_a_determined_effect_made_worse_is_no_illness_increased():
    # (a sign or a medicine's effect made stronger is an interaction's outcome, other rules' reading)
    assert claims("Alcohol may make drowsiness and confusion worse.") == set()
    assert claims("Alcohol makes the gout worse.") == set()


def test_a_relative_clause_of_cause_keeps_its_own_polarity():
    # (the main clause's denial of a use is not the relative clause's: "which are caused by" asserts the cause)
    assert claims("Antibiotics do not work for colds or flu, which are caused by viruses.") == {
        ("antibiotic", "treats", "common-cold", True, False),
        ("antibiotic", "treats", "human-influenza", True, False),
        ("viruses", "causes", "common-cold", False, False),
        ("viruses", "causes", "human-influenza", False, False),
    }
    assert claims("It does not help a cough, which is not caused by bacteria.") == {
        ("bacteria", "causes", "cough", True, False)
    }
    assert claims("It does not help a cough, which is sometimes caused by asthma.") == {
        ("asthma", "causes", "cough", False, True)
    }


def test_triggers_as_a_noun_name_no_cause():
    # (a condition's "triggers" listed after the noun are its causes' names, not things the condition causes)
    assert claims("Asthma triggers include pollen and colds.") == set()
    assert claims("Migraine triggers such as cheese can bring on a headache.") == {
        ("cheese", "causes", "headache", False, False)
    }


def test_an_elliptical_clause_after_the_cue_names_no_condition_of_it():
    # ("and so can a fever": a cause of its own, not a condition the first cause brings on)
    gout = ("cheese", "causes", "gout", False, False)
    assert claims("Cheese can trigger an attack of gout, and so can a fever.") == {gout}
