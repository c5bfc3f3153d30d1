"""Decision 0675: the falsehood classes of sealed7, fixed in general; every sentence here is invented (none is
copied from a fixture)."""

from extracting import markdown_claims as _claims


def test_a_clause_that_helps_is_no_use_of_the_drug(lexicon):
    # ", which helps with Y" after a clause naming no drug: the clause's event helps, nothing treats Y
    text = "# Liraglutide\n\n## How it works\n\n- Less food is eaten, which helps with weight loss.\n"
    assert _claims(lexicon, text) == set()
    assert _claims(lexicon, "Ibuprofen is taken by mouth, which helps with toothache.") == {
        ("ibuprofen", "treats", "toothache", False)
    }


def test_a_word_whose_sense_the_word_before_changes(lexicon):
    # "oily spotting" is no bleeding between periods; "liver injury" is no wound
    assert _claims(lexicon, "Orlistat can cause oily spotting and flatulence.") == {
        ("orlistat", "hasAdverseEffect", "flatulence", False)
    }
    # (decision 0739: "liver injury" names the drug-induced liver injury, never a wound)
    assert _claims(lexicon, "Rarely, ketoconazole has been linked with liver injury.") == {
        ("ketoconazole", "hasAdverseEffect", "chemical-and-drug-induced-liver-injury", False)
    }
    assert _claims(lexicon, "Tamoxifen can cause spotting between periods.") == {
        ("tamoxifen", "hasAdverseEffect", "metrorrhagia", False)
    }


def test_an_apposition_explained_by_a_relative_clause_names_no_further_object(lexicon):
    # "not a treatment for Y, the pain that comes when you Z": Z is when Y shows, no use denied for Z
    text = "Zolmitriptan is not a treatment for cluster headache, the pain that comes when you drink alcohol."
    assert _claims(lexicon, text) == {("zolmitriptan", "treats", "cluster-headache", True)}


def test_the_cause_of_a_things_state_is_no_object(lexicon):
    # "will not help a nail that is damaged by injury": the injury is the cause of the damage, no use denied
    assert _claims(lexicon, "Clotrimazole cream will not help a toenail that is damaged by injury.") == set()


def test_a_list_in_brackets_after_an_object_names_its_signs(lexicon):
    text = "Ibuprofen is not a treatment for a migraine attack (headache, nausea, dizziness)."
    assert _claims(lexicon, text) == {("ibuprofen", "treats", "migraine-disorders", True)}
    # one word in brackets (a synonym) is still an object
    assert _claims(lexicon, "Ibuprofen is used for toothache and period pain (dysmenorrhoea).") >= {
        ("ibuprofen", "treats", "toothache", False),
        ("ibuprofen", "treats", "dysmenorrhea", False),
    }


def test_a_class_someone_is_allergic_to_is_no_subject(lexicon):
    # "allergic to another H2 blocker": the class is what the allergy is to; the drug is the subject, and the
    # allergy is to a drug
    text = (
        "Ranitidine reduces stomach acid. Anyone who has had an allergic reaction to another H2 blocker should not"
        " take it."
    )
    allergy = "histamine-h2-antagonist-hypersensitivity"  # (the class named: its own allergy, decision 0822)
    assert _claims(lexicon, text) == {("ranitidine", "contraindicatedIn", allergy, False)}


def test_a_lacked_action_is_no_subject_and_a_group_at_risk_is_no_effect(lexicon):
    text = (
        "Trospium treats an overactive bladder. Because it has no anticholinergic action, doctors choose it for"
        " older people who are at risk of confusion."
    )
    assert _claims(lexicon, text) == {("trospium", "treats", "overactive-urinary-bladder", False)}
    text = "Trospium treats an overactive bladder. It is chosen for older people who are at risk of confusion."
    assert _claims(lexicon, text) == {("trospium", "treats", "overactive-urinary-bladder", False)}
    # the drug that puts people at risk is still the subject of the effect
    assert _claims(lexicon, "Oxybutynin puts older people at risk of confusion.") == {
        ("oxybutynin", "hasAdverseEffect", "confusion", False)
    }


def test_a_condition_of_the_group_a_caution_names_causes_nothing(lexicon):
    # "with care in men with **Y**, as it may make Z more likely": Z is the drug's possible effect, not Y's
    text = (
        "Tamsulosin treats an enlarged prostate. It should be used with care in men with **kidney stones**, as it"
        " may make urinary retention more likely."
    )
    assert ("kidney-calculi", "causes", "urinary-retention", False) not in _claims(lexicon, text)
    assert _claims(lexicon, "Kidney stones can cause urinary retention.") == {
        ("kidney-calculi", "causes", "urinary-retention", False)
    }


def test_the_object_of_a_pronouns_verb_is_no_subject_of_its_second_verb(lexicon):
    # "it will not relieve pain or make you drowsy": the drug (it) would make you drowsy, not the pain
    text = (
        "Loperamide slows the gut. It does not act on the brain, so it will not relieve pain or make you feel drowsy."
    )
    assert _claims(lexicon, text) == {
        ("loperamide", "actsOn", "brain", True),
        ("loperamide", "hasAdverseEffect", "somnolence", True),
        ("loperamide", "treats", "pain", True),
    }
    assert _claims(lexicon, "Severe pain can make you feel drowsy.") == {("pain", "causes", "somnolence", False)}


def test_a_condition_that_only_modifies_the_acting_noun_is_no_subject(lexicon):
    # "pain inhibition leads to ...", "pain signalling relieves ...": the inhibition or the signalling acts
    text = (
        "Gabapentin calms nerves. Descending pain inhibition leads to reduced pain signalling, and this relieves"
        " nerve pain."
    )
    assert not {c for c in _claims(lexicon, text) if c[0] == "pain"}
    # (an illness causing a sign is read as the sign it shows: decision 0842)
    assert _claims(lexicon, "Chronic pain causes insomnia.") == {("chronic-pain", "hasPhenotype", "insomnia", False)}


def test_a_comma_in_prose_parts_list_items(lexicon):
    # "blisters, fever" is no inverted heading ("Blisters, Fever": cold sores); each item is named alone
    text = "Phenytoin can cause headache, blisters, fever and dizziness."
    assert _claims(lexicon, text) == {
        ("phenytoin", "hasAdverseEffect", "headache", False),
        ("phenytoin", "hasAdverseEffect", "blister", False),
        ("phenytoin", "hasAdverseEffect", "fever", False),
        ("phenytoin", "hasAdverseEffect", "dizziness", False),
    }


def test_what_a_reaction_comes_with_are_its_features(lexicon):
    # "a reaction with A and B": A and B are the reaction's features, not further effects of the drug
    assert _claims(lexicon, "Rarely, lamotrigine causes a serious skin reaction with blisters and fever.") == set()
    assert _claims(lexicon, "Carbamazepine can cause headache and a rash with itching.") == {
        ("carbamazepine", "hasAdverseEffect", "headache", False),
        ("carbamazepine", "hasAdverseEffect", "exanthema", False),
    }


def test_a_denied_cases_cause_after_from_is_no_denied_use(lexicon):
    # "not used to treat Y from Z": the denial is of Y when Z causes it, not of a use for Z
    assert _claims(lexicon, "Tizanidine is not used to treat neck pain from a minor sprain.") == {
        ("tizanidine", "treats", "neck-pain", True)
    }
    assert _claims(lexicon, "Duloxetine may help with pain from knee osteoarthritis.") == {
        ("duloxetine", "treats", "knee-osteoarthritis", False),
        ("duloxetine", "treats", "pain", False),
    }


def test_a_group_named_after_a_lowered_risk_is_not_lowered(lexicon):
    # "lowers the risk of X in people with Y": Y is who, not what is lowered
    text = "Hydroxychloroquine treats lupus. It may also lower the risk of blood clots in people with asthma."
    assert _claims(lexicon, text) == {
        ("hydroxychloroquine", "treats", "systemic-lupus-erythematosus", False),
        ("hydroxychloroquine", "decreases", "thrombosis", False),
    }


def test_a_form_word_inside_a_hyphenated_modifier_is_no_form(lexicon):
    claims = _claims(lexicon, "Memantine comes as film-coated tablets and as an oral solution.")
    assert {c for c in claims if c[1] == "hasFormulation"} == {
        ("memantine", "hasFormulation", "film-coated-tablet", False),
        ("memantine", "hasFormulation", "oral-solution", False),
    }


def test_a_lower_risk_compared_is_nothing_lowered(lexicon):
    # "has a lower risk of X than Y": a comparison of two drugs' risks, not a drug that lowers X
    assert _claims(lexicon, "Levetiracetam has a much lower risk of birth defects than valproate.") == set()
    assert _claims(lexicon, "Aspirin can lower the risk of a heart attack.") == {
        ("aspirin", "decreases", "myocardial-infarction", False)
    }
