"""Decision 0643: the falsehood classes of sealed4 (and the same classes on the other development sets), fixed in
general; every sentence here is invented (none is copied from a fixture)."""

from extracting import markdown_claims as _claims


def test_a_contracted_not_suitable_for_people_with_y_forbids_no_use_denied(lexicon):
    # "isn't suitable for children with Y" is a contraindication, not "X does not treat Y"
    text = "Ibuprofen isn't suitable for people with asthma, a stomach ulcer or kidney disease."
    assert _claims(lexicon, text) == {
        ("ibuprofen", "contraindicatedIn", "asthma", False),
        ("ibuprofen", "contraindicatedIn", "stomach-ulcer", False),
        ("ibuprofen", "contraindicatedIn", "kidney-diseases", False),
    }


def test_items_of_a_list_with_articles_are_no_apposition(lexicon):
    # "A, an X, a Y or Z": A is no kind of X
    text = "Ibuprofen isn't suitable for people with asthma, a stomach ulcer, a kidney disease or heart failure."
    claims = _claims(lexicon, text)
    assert not {c for c in claims if c[1] == "isA"}
    assert ("ibuprofen", "contraindicatedIn", "heart-failure", False) in claims


def test_an_apposition_without_a_list_after_it_still_names_a_kind(lexicon):
    # a drug's class in apposition (a disease's no longer makes it a kind of another disease: decision 0661)
    text = "Sertraline, an antidepressant, can cause nausea in some people."
    assert ("sertraline", "isA", "antidepressant", False) in _claims(lexicon, text)


def test_a_messenger_the_body_makes_takes_no_focus_from_the_drug(lexicon):
    # "it" after a sentence about the messenger the drug raises is still the drug
    text = (
        "Atomoxetine is a medicine for attention problems. It blocks the noradrenaline transporter. "
        "This leaves more noradrenaline between nerve cells. "
        "In adults it is also prescribed for narcolepsy."
    )
    claims = _claims(lexicon, text)
    assert ("atomoxetine", "treats", "narcolepsy", False) in claims
    assert not {c for c in claims if c[0] == "norepinephrine" and c[1] == "treats"}


def test_the_outcome_of_a_listed_combination_is_no_effect_of_the_partner(lexicon):
    text = (
        "HEPARIN NURSING NOTES\n\nHeparin is an anticoagulant given by injection.\n\nINTERACTIONS\n"
        "- Aspirin: may further increase the risk of bleeding and bruising.\n"
        "- Ibuprofen: increased risk of stomach bleeding; avoid.\n"
    )
    assert _claims(lexicon, text) == {
        ("heparin", "isA", "anticoagulant", False),
        ("heparin", "hasFormulation", "injection", False),  # ("given by injection", decision 0750)
        ("heparin", "interactsWith", "aspirin", False),
        ("heparin", "interactsWith", "ibuprofen", False),
    }


def test_a_partner_named_under_an_interactions_heading_keeps_the_focus(lexicon):
    # "it" after a bullet about a partner is the section's drug; "can be taken with C, but Z should be checked" is
    # a combination to watch, not a denied interaction
    text = (
        "# Sertraline\n\nSertraline is an antidepressant.\n\n## Interactions\n\n"
        "- Rifampicin speeds up its breakdown and lowers its blood level.\n\n"
        "It can be taken with warfarin, but the INR should be checked.\n"
    )
    assert _claims(lexicon, text) == {
        ("sertraline", "isA", "antidepressant", False),
        ("sertraline", "interactsWith", "rifampin", False),
        ("sertraline", "interactsWith", "warfarin", False),
    }


def test_taken_with_and_nothing_to_watch_is_still_a_denied_interaction(lexicon):
    assert _claims(lexicon, "Sertraline can be taken with paracetamol.") == {
        ("sertraline", "interactsWith", "acetaminophen", True)
    }


def test_a_messenger_the_body_makes_is_no_subject_of_a_use_in_a_text_about_a_drug(lexicon):
    text = (
        "# Sertraline\n\nSertraline is an antidepressant. "
        "Stronger signalling through serotonin is thought to relieve depression over a few weeks."
    )
    assert _claims(lexicon, text) == {("sertraline", "isA", "antidepressant", False)}


def test_a_messenger_given_as_a_medicine_keeps_its_use(lexicon):
    text = "# Dopamine\n\nDopamine is given by infusion. Dopamine is used to treat shock."
    assert ("dopamine", "treats", "shock", False) in _claims(lexicon, text)


def test_what_a_group_takes_another_drug_for_is_no_object_of_the_claim(lexicon):
    claims = _claims(lexicon, "Vitamin D may reduce bone loss in people taking prednisolone for asthma.")
    assert not {c for c in claims if c[0] != "prednisolone" and c[2] == "asthma"}


def test_an_effect_list_ends_at_a_new_clause_that_forbids(lexicon):
    text = (
        "# Warfarin\n\nWarfarin remains contraindicated in pregnancy because it can cause birth defects, and it "
        "should not be taken by people with severe liver disease."
    )
    claims = _claims(lexicon, text)
    assert ("warfarin", "contraindicatedIn", "liver-disease", False) in claims
    assert not {c for c in claims if c[1] == "hasAdverseEffect" and c[2] == "liver-disease"}


def test_a_use_denied_only_for_a_case_named_in_an_if_clause_is_no_denied_use(lexicon):
    text = "# Montelukast\n\nMontelukast is used for asthma. It will not help if your asthma attack has started."
    assert _claims(lexicon, text) == {("montelukast", "treats", "asthma", False)}


def test_the_risk_after_a_raised_level_of_another_drug_is_the_combinations(lexicon):
    text = (
        "# Sertraline\n\nSertraline is an antidepressant. "
        "Fluconazole roughly doubles the level of sertraline in the blood and increases the risk of nausea."
    )
    assert _claims(lexicon, text) == {
        ("sertraline", "isA", "antidepressant", False),
        ("sertraline", "interactsWith", "fluconazole", False),
    }


def test_an_effect_named_before_the_raised_level_stays_the_drugs_own(lexicon):
    text = "# Sertraline\n\nSertraline can cause nausea, and it raises the level of warfarin."
    assert ("sertraline", "hasAdverseEffect", "nausea", False) in _claims(lexicon, text)


def test_death_is_an_outcome_lowered_never_a_use(lexicon):
    text = "# Aspirin\n\nAspirin does not treat the flu, and it did not reduce deaths in patients in hospital."
    # (decision 0716: "flu" is recognised, and its denied use is a claim of its own)
    assert _claims(lexicon, text) == {
        ("aspirin", "decreases", "death", True),
        ("aspirin", "treats", "human-influenza", True),
    }


def test_a_process_cue_takes_no_subject_from_a_clause_a_colon_ended(lexicon):
    # decision 0647: "... to treat Y: doses that are too high lead to Z" - Y does not lead to Z
    text = "It is used for migraine: stress leads to headache."
    assert not {c for c in _claims(lexicon, text) if c[1] == "causes"}
    assert ("migraine-disorders", "causes", "headache", False) in _claims(lexicon, "Migraine leads to headache.")


def test_a_verb_coordinated_after_a_noun_with_its_own_modal_is_not_the_nouns(lexicon):
    # decision 0647: "... relieves fever and can cause Z": the fever does not cause Z
    text = "Poor sleep brings on fatigue and can cause headache."
    claims = {c for c in _claims(lexicon, text) if c[1] == "causes"}
    assert ("fatigue", "causes", "headache", False) not in claims
    plain = "Fatigue can cause headache."
    assert ("fatigue", "causes", "headache", False) in _claims(lexicon, plain)
