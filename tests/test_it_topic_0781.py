"""Decision 0781: "it" after a condition or under a heading asking about one, the document's drug after a heading
that names it, and a cause in an "if" clause (invented sentences, exact claim sets)."""

from __future__ import annotations

from extracting import named_claims


def test_a_condition_s_course_in_coordinated_clauses_is_no_side_effect(lexicon) -> None:
    text = (
        "Amlodipine is a calcium channel blocker.\n\n"
        "High blood pressure seldom causes symptoms. Over time it damages the arteries and kidneys, and it can lead "
        "to a heart attack or kidney disease.\n\n"
        "Amlodipine is used to treat high blood pressure.\n"
    )
    # (what the condition's course leads to, it causes: decision 0823)
    assert named_claims(text, lexicon, "amlodipine") == {
        ("amlodipine", "isA", "calcium-channel-blocker", False),
        ("amlodipine", "treats", "hypertension", False),
        ("hypertension", "causes", "myocardial-infarction", False),
        ("hypertension", "causes", "kidney-diseases", False),
    }
    text = (
        "Amlodipine is a calcium channel blocker.\n\n"
        "High blood pressure seldom causes symptoms. In the long run it strains the heart, and it may cause a stroke.\n"
    )
    assert named_claims(text, lexicon, "amlodipine") == {("amlodipine", "isA", "calcium-channel-blocker", False)}


def test_it_under_a_heading_asking_what_an_unnamed_germ_is_is_the_germ(lexicon) -> None:
    text = (
        "Metronidazole is an antibiotic.\n\n"
        "What is giardia?\n"
        "Giardia is a tiny germ found in pond water. People catch it from food or drink. In a camp it can spread "
        "fast.\n"
        "It causes cramps, bloating and diarrhoea. It can go on for weeks.\n"
    )
    claims = named_claims(text, lexicon, "metronidazole")
    # (decision 0805: the "It" of the asked-about illness's section gives its signs; what "cramps" alone names is the
    # recogniser's reading, not asserted here)
    signs = {c for c in claims if c[0] == "giardiasis" and c[1] == "hasPhenotype"}
    assert {
        ("giardiasis", "hasPhenotype", "diarrhea", False),
        ("giardiasis", "hasPhenotype", "abdominal-distention", False),
    } <= signs
    assert claims - signs == {("metronidazole", "isA", "antibiotic", False)}


def test_after_a_medicine_is_named_it_is_the_drug_again(lexicon) -> None:
    text = (
        "What is giardia?\n"
        "Giardia is a tiny germ found in pond water.\n\n"
        "Metronidazole is an antibiotic. It can cause nausea.\n"
    )
    assert named_claims(text, lexicon, "metronidazole") == {
        ("metronidazole", "isA", "antibiotic", False),
        ("metronidazole", "hasAdverseEffect", "nausea", False),
    }


def test_a_heading_naming_the_document_s_drug_takes_it_back_from_a_contraindicated_partner(lexicon) -> None:
    text = (
        "Omeprazole reduces stomach acid.\n\n"
        "## Who should not take it\n\n"
        "- Anyone allergic to omeprazole.\n"
        "- Anyone taking rilpivirine, an HIV medicine, should not take omeprazole.\n\n"
        "## What omeprazole cannot do\n\n"
        "It is not an antacid. And unlike paracetamol, it does not relieve headache.\n"
    )
    # since decision 0861 the contrast also says the use of the medicine after "unlike" (paracetamol relieves headache)
    assert named_claims(text, lexicon, "omeprazole") == {
        ("omeprazole", "contraindicatedIn", "omeprazole-hypersensitivity", False),
        ("omeprazole", "isA", "antacid", True),
        ("omeprazole", "treats", "headache", True),
        ("acetaminophen", "treats", "headache", False),
    }


def test_a_cause_in_an_if_clause_is_a_patient_s_case(lexicon) -> None:
    text = (
        "Omeprazole reduces stomach acid.\n\nIf a stomach ulcer was caused by aspirin, omeprazole is often continued.\n"
    )
    assert named_claims(text, lexicon, "omeprazole") == set()
    # (the main clause's drug is never the cause named in the "if" clause)
    text = (
        "Lisinopril lowers blood pressure.\n\nIf your cough is caused by lisinopril, losartan can be tried instead.\n"
    )
    assert ("losartan", "hasAdverseEffect", "cough", False) not in named_claims(text, lexicon, "lisinopril")
    # (outside an "if" clause the passive cue still reads)
    text = "Naproxen eases pain.\n\nStomach bleeding caused by naproxen is rare.\n"
    assert ("naproxen", "hasAdverseEffect", "gastrointestinal-hemorrhage", False) in named_claims(
        text, lexicon, "naproxen"
    )


def test_a_drug_that_names_who_takes_it_or_a_listed_partner_is_no_topic(lexicon) -> None:
    text = (
        "Omeprazole reduces stomach acid.\n\n"
        "People taking rilpivirine should not take omeprazole. It is not an antacid.\n"
    )
    assert ("omeprazole", "isA", "antacid", True) in named_claims(text, lexicon, "omeprazole")
    assert not {c for c in named_claims(text, lexicon, "omeprazole") if c[0] == "rilpivirine"}
    text = (
        "Omeprazole reduces stomach acid.\n\n"
        "Tell your doctor if you take:\n\n- rilpivirine\n- digoxin\n\nIt is not an antacid.\n"
    )
    assert named_claims(text, lexicon, "omeprazole") == {
        ("omeprazole", "interactsWith", "digoxin", False),
        ("omeprazole", "interactsWith", "rilpivirine", False),
        ("omeprazole", "isA", "antacid", True),
    }
