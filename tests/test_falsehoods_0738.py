"""Decision 0738: sealed20's falsehood classes, fixed in general. The sentences are invented."""

from extracting import claims

# Class 3: "Y, especially <circumstance>, A" names no example; "Ys such as A, and B" has one example, A.


def test_especially_before_a_circumstance_names_no_example(lexicon):
    text = "Metformin can cause diarrhoea, especially at the start, a metallic taste and nausea."
    assert set(claims(text, lexicon)) == {
        ("metformin", "hasAdverseEffect", "diarrhea", False),
        ("metformin", "hasAdverseEffect", "nausea", False),
        ("metformin", "hasAdverseEffect", "dysgeusia", False),  # (a metallic taste: decision 0806)
    }


def test_especially_before_an_example_still_names_it(lexicon):
    text = "Heart problems, especially heart failure, are a reason for care."
    assert set(claims(text, lexicon)) == {("heart-failure", "isA", "heart-diseases", False)}


def test_one_example_then_comma_and_closes_the_list_of_agents(lexicon):
    text = "Antibiotics such as amoxicillin, and rifampicin, may reduce the effect of the pill."
    assert set(claims(text, lexicon)) == {("amoxicillin", "isA", "antibiotic", False)}


def test_one_example_then_comma_and_closes_the_list_of_conditions(lexicon):
    text = "Infections such as pneumonia, and asthma, can make breathing harder."
    assert set(claims(text, lexicon)) == {("pneumonia", "isA", "infections", False)}


# Class 1: a drug that is the object of advice ("Take B", "you can take B", "Ask ... about B") is a partner used beside
# the drug in focus, not the topic of the next "It".


def test_take_b_as_well_keeps_the_focus(lexicon):
    text = (
        "Sumatriptan is not a preventer. Take ibuprofen for the headache as well if you need it. "
        "It does not prevent migraine."
    )
    assert set(claims(text, lexicon)) == {
        ("ibuprofen", "treats", "headache", False),
        ("sumatriptan", "treats", "migraine-disorders", True),
    }


def test_you_can_take_b_after_an_if_clause_keeps_the_focus(lexicon):
    text = "Aciclovir is an antiviral. If the pain is bad, you can take codeine too. It does not treat genital warts."
    assert set(claims(text, lexicon)) == {
        ("acyclovir", "treats", "condylomata-acuminata", True),
        ("acyclovir", "isA", "antiviral-agent", False),  # ("an antiviral" is MeSH's Antiviral Agents: decision 0742)
    }


def test_ask_about_b_keeps_the_focus(lexicon):
    text = "Ondansetron stops sickness. Ask your pharmacist about domperidone. It does not treat diarrhoea."
    assert set(claims(text, lexicon)) == {("ondansetron", "treats", "diarrhea", True)}


def test_a_drug_as_subject_still_takes_the_focus(lexicon):
    text = "Ondansetron stops sickness. Domperidone is another option. It does not treat diarrhoea."
    assert set(claims(text, lexicon)) == {("domperidone", "treats", "diarrhea", True)}


# Class 2: a comparison that opens a sentence ("Unlike B, it ...") names no topic; a subject the recogniser does not
# know, another kind of product ("The flu vaccine is offered ..."), takes the next "It" away from the drug before.


def test_fronted_comparison_is_no_topic(lexicon):
    text = "Tramadol eases pain. Unlike codeine, it is not a prodrug. It comes as capsules."
    assert set(claims(text, lexicon)) == {
        ("tramadol", "treats", "pain", False),
        ("tramadol", "isA", "prodrug", True),  # the denied class is tramadol's ("prodrug" a class since 0877)
        ("tramadol", "hasFormulation", "capsule", False),
    }


def test_fronted_comparison_before_a_heading_is_no_topic(lexicon):
    text = "Nicorandil eases angina. Unlike the plain nitrates, it opens potassium channels.\n\n### Formulations\n\n"
    text += "It comes as tablets."
    found = set(claims(text, lexicon))
    assert ("nicorandil", "hasFormulation", "tablet", False) in found
    assert not any(k[0] == "nitrate" for k in found)


def test_a_vaccine_as_subject_takes_the_next_it(lexicon):
    text = (
        "Tramadol eases pain. It should not be taken with warfarin. The flu vaccine is offered every autumn. "
        "It lowers the chance of getting pneumonia."
    )
    assert set(claims(text, lexicon)) == {
        ("tramadol", "treats", "pain", False),
        ("tramadol", "interactsWith", "warfarin", False),
    }


# Class 4: a value stated after "the dose reaches the blood as B" is the dose's, the document's drug's (the golds'
# convention: oseltamivir's and midodrine's "active form" half-lives, famciclovir's); a drug that is the subject of
# its own value keeps it.


def test_value_after_reaching_the_blood_as_b_is_the_document_drugs(lexicon):
    text = "Valaciclovir treats cold sores. Most of each dose reaches the bloodstream as aciclovir, and the "
    text += "half-life is about 3 hours."
    assert set(claims(text, lexicon)) == {
        ("valacyclovir", "treats", "herpes-labialis", False),
        ("valacyclovir", "hasPharmacokineticValue", "elimination-half-life", False),
    }


def test_a_named_drugs_own_value_stays_its_own(lexicon):
    text = "Valaciclovir treats cold sores. Aciclovir has a half-life of about 3 hours."
    assert set(claims(text, lexicon)) == {
        ("valacyclovir", "treats", "herpes-labialis", False),
        ("acyclovir", "hasPharmacokineticValue", "elimination-half-life", False),
    }
