"""Decision 0662: the falsehood classes of sealed5 (predicates other than isA), fixed in general; every sentence here
is invented (none is copied from a fixture)."""

from extracting import markdown_claims

from graph_build.text.segment import segment


def _claims(lexicon, text: str) -> set[tuple]:
    # (class statements are decision 0661's lane)
    return {key for key in markdown_claims(lexicon, text) if key[1] != "isA"}


def test_the_letter_of_a_vitamin_ends_its_sentence():
    # "vitamin D." is no initial: the next sentence's "It" is not read inside the same sentence
    assert [s.text for s in segment("It is a form of vitamin D. It is used for rickets.")] == [
        "It is a form of vitamin D.",
        "It is used for rickets.",
    ]
    assert len(segment("The study by J. Smith was small.")) == 1


def test_a_drug_described_as_a_form_of_a_vitamin_keeps_its_uses(lexicon):
    text = "Your doctor has prescribed calcitriol. It is a medicine related to vitamin D. It is used for rickets."
    claims = _claims(lexicon, text)
    assert ("calcitriol", "treats", "rickets", False) in claims
    assert not {c for c in claims if c[0] == "vitamin-d"}


def test_a_kin_named_in_passing_takes_no_focus(lexicon):
    # "it is an opioid, a cousin of B": the next "It does not ..." is still about the drug, not about B
    text = (
        "Diphenoxylate is used for diarrhoea. Chemically it is a close cousin of pethidine, but it stays in the gut. "
        "It does not relieve pain."
    )
    assert _claims(lexicon, text) == {
        ("diphenoxylate", "treats", "diarrhea", False),
        ("diphenoxylate", "treats", "pain", True),
    }


def test_a_prohibition_with_a_pronoun_subject_is_the_pronouns_not_a_drug_in_its_object(lexicon):
    # "It should not be used in Y after a course of B": the prohibition is about "it", B only dates Y
    text = "Codeine is a painkiller. It should not be used in asthma after a course of antibiotics."
    claims = _claims(lexicon, text)
    assert not {c for c in claims if c[0] == "antibiotic"}
    assert ("codeine", "contraindicatedIn", "asthma", False) in claims
    # ... "for Y", Y a condition, is what it would be given for: a denied use, still the pronoun's (decision 0754)
    text = "Codeine is a painkiller. It should not be used for headache after a course of antibiotics."
    claims = _claims(lexicon, text)
    assert not {c for c in claims if c[0] == "antibiotic"}
    assert ("codeine", "treats", "headache", True) in claims
    assert ("codeine", "contraindicatedIn", "headache", False) not in claims


def test_a_bold_heading_of_two_sentences_is_one_heading(lexicon):
    # "**Part 4. Interactions?**": the items below are interactions, their risks no effect of the partner
    text = "# Naproxen\n\n**Part 4. Interactions?**\n- Warfarin: higher risk of bleeding.\n"
    claims = _claims(lexicon, text)
    assert not {c for c in claims if c[1] == "hasAdverseEffect"}
    assert ("naproxen", "interactsWith", "warfarin", False) in claims


def test_a_condition_that_only_names_a_group_causes_nothing(lexicon):
    # "In people with X, the dying parasites can trigger Y": X is whose reaction, not what causes Y
    text = "Praziquantel kills worms. In people with schistosomiasis, the dying worms can trigger fever and itching."
    assert not {c for c in _claims(lexicon, text) if c[0] == "schistosomiasis"}


def test_a_disease_that_causes_a_symptom_still_does(lexicon):
    # (an illness causing a sign is read as the sign it shows, as the development golds write it: decision 0842)
    assert ("malaria", "hasPhenotype", "fever", False) in _claims(lexicon, "Malaria causes fever.")


def test_an_apposition_that_says_which_kind_is_no_second_use(lexicon):
    # "used for Y, an infection with a worm": the apposition defines Y, it names no second use
    text = "Albendazole is used for hookworm infection, an infection with a worm caught from soil."
    claims = _claims(lexicon, text)
    assert not {c for c in claims if c[1] == "treats" and c[2] == "infections"}


def test_a_relative_clause_that_leaves_y_names_no_use(lexicon):
    # "used for acne that leaves scars": scars are what the acne leaves, not what is treated
    text = "Doxycycline is used for acne that leaves scars."
    assert _claims(lexicon, text) == {("doxycycline", "treats", "acne-vulgaris", False)}


def test_a_drug_that_lowers_anothers_levels_has_no_effect_of_its_own_from_the_outcome(lexicon):
    # "A lowers B levels, which may lead to Y": Y is the combination's outcome, no side effect of A
    text = "# Phenytoin\n\n## Interactions\n\nRifampicin lowers phenytoin levels, which may lead to more seizures.\n"
    assert not {c for c in _claims(lexicon, text) if c[1] == "hasAdverseEffect"}


def test_an_adjective_before_an_organ_names_the_organs_condition(lexicon):
    # "irritable bowel" is no irritability; "irritable" alone still is
    from graph_build.text.recognise import recognise

    claims = _claims(lexicon, "Loperamide is used for irritable bowel.")
    assert not {c for c in claims if c[2] == "irritability"}
    found, _ = recognise("Some people feel irritable.", lexicon)
    assert "irritability" in {m.slug for m in found}


def test_a_prohibition_for_y_after_a_course_of_b_is_doubted_as_coarse():
    from graph_build.text.doubts import coarse

    text = "It should not be used for headache after a course of painkillers."
    at = text.index("headache")
    assert coarse(text, (at, at + 8, "headache", "Symptom"), [])
    assert not coarse("It is used for headache.", (15, 23, "headache", "Symptom"), [])
