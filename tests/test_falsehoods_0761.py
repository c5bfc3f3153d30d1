"""Decision 0761: falsehood classes of the development sets, each with invented sentences (exact claim sets)."""

from __future__ import annotations

from extracting import named_claims


def test_a_return_after_a_denial_of_withdrawal_effects_is_no_withdrawal_effect(lexicon) -> None:
    text = (
        "Ramipril is used for heart failure. There are no withdrawal symptoms, but breathlessness returns if it is "
        "stopped.\n"
    )
    assert named_claims(text, lexicon, "ramipril") == {
        ("ramipril", "treats", "heart-failure", False),
        ("ramipril", "hasWithdrawalEffect", "withdrawal-syndrome", True),
    }
    # without the denial the return is read as before (decision 0673)
    text = "Furosemide is used for oedema. If it is stopped, breathlessness returns.\n"
    assert named_claims(text, lexicon, "furosemide") == {
        ("furosemide", "treats", "edema", False),
        ("furosemide", "hasWithdrawalEffect", "dyspnea", False),
    }


def test_a_condition_inside_a_relative_clause_about_an_unnamed_noun_is_no_use(lexicon) -> None:
    text = "Oxybutynin is used for overactive bladder. It is not a treatment for wetting that occurs when you cough.\n"
    assert named_claims(text, lexicon, "oxybutynin") == {("oxybutynin", "treats", "overactive-urinary-bladder", False)}
    text = "Solifenacin does not treat the leaks that happen when you sneeze or laugh.\n"
    assert named_claims(text, lexicon, "solifenacin") == set()


def test_a_named_condition_before_its_relative_clause_keeps_its_denial(lexicon) -> None:
    text = "Cetirizine does not treat a cough that lasts for weeks.\n"
    assert named_claims(text, lexicon, "cetirizine") == {("cetirizine", "treats", "cough", True)}


def test_a_denial_for_people_with_one_condition_avoiding_another_denies_no_use(lexicon) -> None:
    text = (
        "Memantine is used for Alzheimer's disease. Trials have not shown that it helps people with mild cognitive "
        "impairment avoid dementia.\n"
    )
    assert named_claims(text, lexicon, "memantine") == {("memantine", "treats", "alzheimer-disease", False)}
    text = "Atorvastatin is used for high cholesterol. It does not help people with diabetes prevent a stroke.\n"
    assert named_claims(text, lexicon, "atorvastatin") == {("atorvastatin", "treats", "hypercholesterolemia", False)}


def test_a_class_inside_a_copula_cue_is_the_predicate_noun_and_the_drug_is_the_subject(lexicon) -> None:
    text = "Ivabradine is an anti-anginal medicine for stable angina.\n"
    assert named_claims(text, lexicon, "ivabradine") == {
        ("ivabradine", "isA", "anti-anginal-agent", False),
        ("ivabradine", "treats", "stable-angina", False),
    }
    text = "Amlodipine is a calcium channel blocker medicine for high blood pressure.\n"
    assert named_claims(text, lexicon, "amlodipine") == {
        ("amlodipine", "isA", "calcium-channel-blocker", False),
        ("amlodipine", "treats", "hypertension", False),
    }


def test_a_denial_bounded_by_until_says_nothing_of_the_object_in_general(lexicon) -> None:
    text = "Alendronate is used for osteoporosis. Osteoporosis causes no pain until a bone breaks.\n"
    assert named_claims(text, lexicon, "alendronate") == {("alendronic-acid", "treats", "osteoporosis", False)}


def test_where_a_forbidden_condition_comes_from_is_not_forbidden_itself(lexicon) -> None:
    text = (
        "Do not take clopidogrel if you:\n\n- are actively bleeding, for example from a stomach ulcer\n"
        "- have severe liver disease\n"
    )
    assert named_claims(text, lexicon, "clopidogrel") == {
        ("clopidogrel", "contraindicatedIn", "hemorrhage", False),
        ("clopidogrel", "contraindicatedIn", "liver-disease", False),
    }
    # a stomach ulcer named as an item of its own stays forbidden
    text = "Do not take clopidogrel if you:\n\n- have a stomach ulcer\n- are actively bleeding\n"
    assert named_claims(text, lexicon, "clopidogrel") == {
        ("clopidogrel", "contraindicatedIn", "stomach-ulcer", False),
        ("clopidogrel", "contraindicatedIn", "hemorrhage", False),
    }


def test_a_condition_after_an_opening_noun_and_after_owns_none_of_the_signs(lexicon) -> None:
    text = "Baclofen is used for spasticity. Stiffness after a stroke shows up as tight muscles and cramps.\n"
    assert named_claims(text, lexicon, "baclofen") == {("baclofen", "treats", "spasticity", False)}
    text = "Weakness after a spinal injury shows up as cramps and stiff muscles.\n"
    assert named_claims(text, lexicon, "case") == set()


def test_a_condition_the_effect_happens_in_is_no_effect(lexicon) -> None:
    text = "It also reduces the inflammation that makes the eyes water and itch in hay fever.\n"
    assert named_claims(text, lexicon, "case") == set()
    text = "Low sodium results in confusion.\n"
    assert named_claims(text, lexicon, "case") == {("hyponatremia", "causes", "confusion", False)}


def test_a_drug_effect_denied_until_a_time_is_no_denied_effect(lexicon) -> None:
    text = "Metformin causes no stomach upset until the dose is raised.\n"
    assert named_claims(text, lexicon, "metformin") == set()
    text = "Metformin causes no stomach upset.\n"
    assert named_claims(text, lexicon, "metformin") == {("metformin", "hasAdverseEffect", "dyspepsia", True)}


def test_a_denial_narrowed_to_some_cases_denies_no_use_of_the_condition(lexicon) -> None:
    text = "Hyoscine helps cramping pain from spasm, not other aches.\n"
    assert named_claims(text, lexicon, "hyoscine") == {("scopolamine", "treats", "muscle-spasm", False)}
    text = "Hyoscine is used for bowel spasm. It does not treat other types of pain.\n"
    assert named_claims(text, lexicon, "hyoscine") == {("scopolamine", "treats", "muscle-spasm", False)}
    text = (
        "Naftidrofuryl is used for leg pain on walking. It is not a cure for pain that comes on when you are resting.\n"
    )
    assert named_claims(text, lexicon, "naftidrofuryl") == {("nafronyl", "treats", "lower-limb-pain", False)}
    text = "Betahistine is used for Meniere's disease. It does not treat the dizziness of a heart rhythm problem.\n"
    assert named_claims(text, lexicon, "betahistine") == {("betahistine", "treats", "meniere-disease", False)}
    text = "Denosumab does nothing for arthritis pain.\n"
    assert named_claims(text, lexicon, "denosumab") == set()


def test_a_plain_denial_keeps_its_object(lexicon) -> None:
    text = "Denosumab does nothing for back pain.\n"
    assert named_claims(text, lexicon, "denosumab") == {("denosumab", "treats", "back-pain", True)}
    text = "Alendronate does not treat the osteoarthritis that causes most stiff knees.\n"
    assert named_claims(text, lexicon, "alendronate") == {("alendronic-acid", "treats", "osteoarthritis", True)}


def test_a_coordinated_or_for_in_a_prohibition_is_a_use_not_a_contraindication(lexicon) -> None:
    text = (
        "Loperamide is used for diarrhoea. It should not be used during a flare of Crohn's disease, or for "
        "diarrhoea after a course of antibiotics.\n"
    )
    assert named_claims(text, lexicon, "loperamide") == {
        ("loperamide", "treats", "diarrhea", False),
        ("loperamide", "contraindicatedIn", "crohn-disease", False),
    }
    text = "Codeine should not be used in children or for people with asthma.\n"
    assert named_claims(text, lexicon, "codeine") == {
        ("codeine", "contraindicatedIn", "children", False),
        ("codeine", "contraindicatedIn", "asthma", False),
    }


def test_either_drug_is_each_of_the_two_drugs_in_focus(lexicon) -> None:
    text = (
        "Methocarbamol is used for back spasms. Orphenadrine is used for muscle cramps. Combining either drug with "
        "alcohol increases drowsiness.\n"
    )
    assert named_claims(text, lexicon, "case") == {
        ("methocarbamol", "treats", "muscle-spasm", False),
        ("orphenadrine", "treats", "muscle-cramp", False),
        ("methocarbamol", "interactsWith", "alcohol", False),
        ("orphenadrine", "interactsWith", "alcohol", False),
    }
    text = "Tizanidine is used for spasticity. Combining it with alcohol increases drowsiness.\n"
    assert named_claims(text, lexicon, "case") == {
        ("tizanidine", "treats", "spasticity", False),
        ("tizanidine", "interactsWith", "alcohol", False),
    }


def test_a_half_life_of_a_breakdown_product_is_not_the_drugs(lexicon) -> None:
    text = "Tramadol is used for pain. It is absorbed quickly; its main breakdown product has a half-life of 7 hours.\n"
    assert named_claims(text, lexicon, "tramadol") == {("tramadol", "treats", "pain", False)}
    text = "Tramadol has a half-life of about 6 hours.\n"
    assert named_claims(text, lexicon, "tramadol") == {
        ("tramadol", "hasPharmacokineticValue", "elimination-half-life", False)
    }


def test_a_described_place_before_a_bracketed_name_is_one_forbidden_item(lexicon) -> None:
    text = "Do not use timolol eye drops if you have:\n\n- inflammation of the iris (iritis)\n- asthma\n"
    assert named_claims(text, lexicon, "case") == {
        ("timolol", "contraindicatedIn", "iritis", False),
        ("timolol", "contraindicatedIn", "asthma", False),
    }
