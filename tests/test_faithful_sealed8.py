"""Decision 0680: the class statement sealed8 put in the top band and sealed8's falsehood classes, fixed in general;
every sentence here is invented (none is copied from a fixture)."""

from extracting import markdown_claims as _claims


def test_a_class_statement_is_said_of_the_documents_drug_when_the_text_made_it_a_member(lexicon):
    text = (
        "# Pramipexole\n\nPramipexole is a dopamine agonist.\n\n"
        "Coming off a dopamine agonist too quickly can cause withdrawal symptoms: anxiety, sweating and pain.\n"
    )
    # the listed withdrawal symptoms are the drug's withdrawal effects, no features of a withdrawal syndrome
    assert _claims(lexicon, text) == {
        ("pramipexole", "isA", "dopamine-agonist", False),
        ("pramipexole", "hasWithdrawalEffect", "withdrawal-syndrome", False),
        ("pramipexole", "hasWithdrawalEffect", "anxiety", False),
        ("pramipexole", "hasWithdrawalEffect", "hyperhidrosis", False),
        ("pramipexole", "hasWithdrawalEffect", "pain", False),
    }
    text = "# Atenolol\n\nAtenolol is a beta blocker.\n\nBeta blockers can cause cold hands and tiredness.\n"
    assert _claims(lexicon, text) == {
        ("atenolol", "isA", "beta-blocker", False),
        ("atenolol", "hasAdverseEffect", "fatigue", False),
    }


def test_a_class_statement_stays_the_classs_when_it_names_another_member_or_another_class(lexicon):
    text = (
        "# Atenolol\n\nAtenolol is a beta blocker.\n\n"
        "Stopping a beta blocker such as propranolol too quickly can cause sweating.\n"
    )
    assert _claims(lexicon, text) == {
        ("atenolol", "isA", "beta-blocker", False),
        ("propranolol", "isA", "beta-blocker", False),
        ("beta-blocker", "hasWithdrawalEffect", "hyperhidrosis", False),
    }
    # the class of no drug of the document: said of the class
    text = "# Amlodipine\n\nAmlodipine is a calcium channel blocker.\n\nA beta blocker can cause tiredness.\n"
    assert _claims(lexicon, text) == {
        ("amlodipine", "isA", "calcium-channel-blocker", False),
        ("beta-blocker", "hasAdverseEffect", "fatigue", False),
    }


def test_a_narrowed_condition_under_a_forbidding_lead_is_no_contraindication(lexicon):
    text = (
        "# Carvedilol\n\n## Who should not take it\n\nDo not take carvedilol if you have:\n\n"
        "- asthma\n- an irregular heartbeat that has got worse recently\n- heart failure which has become unstable\n"
    )
    assert _claims(lexicon, text) == {("carvedilol", "contraindicatedIn", "asthma", False)}


def test_the_signs_of_a_condition_are_no_kinds_of_it(lexicon):
    assert _claims(lexicon, "Learn the warning signs of a low blood sugar, such as sweating and a racing heart.") == {
        ("hypoglycemia", "hasPhenotype", "hyperhidrosis", False),
        ("hypoglycemia", "hasPhenotype", "tachycardia", False),
    }
    # (a symptom of several conditions such as A: A is still a kind of condition)
    assert ("parkinsons-disease", "hasPhenotype", "tremor", False) in _claims(
        lexicon, "Tremor is a symptom of several conditions, such as Parkinson's disease."
    )


def test_a_class_naming_the_partner_is_no_partner(lexicon):
    assert _claims(lexicon, "Do not take warfarin together with the antibiotic clarithromycin.") == {
        ("clarithromycin", "isA", "antibiotic", False),
        ("warfarin", "interactsWith", "clarithromycin", False),
    }


def test_a_group_given_another_dose_is_no_contraindication(lexicon):
    text = (
        "# Paracetamol\n\n## Who should not take it\n\nDo not take paracetamol if you have:\n\n"
        "- children under 2 months: your doctor may suggest a lower dose\n- severe liver disease\n"
        "- older people: reduce the dose\n"
    )
    assert _claims(lexicon, text) == {("acetaminophen", "contraindicatedIn", "liver-disease", False)}


def test_a_bullet_naming_the_drug_forbids_the_drug_not_its_active_form(lexicon):
    text = (
        "# Valaciclovir\n\nIn the body valaciclovir is turned into aciclovir, its active form. Aciclovir stops the "
        "virus copying itself.\n\nDo not take it if:\n\n- you are allergic to valaciclovir\n"
    )
    assert _claims(lexicon, text) == {("valacyclovir", "contraindicatedIn", "valacyclovir-hypersensitivity", False)}
