"""Decision 0765: sealed23/24's polarity and subject classes, each with invented sentences (exact claim sets)."""

from __future__ import annotations

from extracting import named_claims


def test_a_drug_whose_need_is_put_off_is_no_user_of_a_fronted_use(lexicon) -> None:
    text = (
        "Selegiline is a tablet. In mild Parkinson's disease it may be given on its own, to delay the need for "
        "levodopa. Selegiline does not cure Parkinson's disease.\n"
    )
    # the use is the pronoun's drug, and the cure denied beside it denies no use (decision 0754)
    assert named_claims(text, lexicon, "selegiline") == {
        ("selegiline", "treats", "parkinsons-disease", False),
        ("selegiline", "hasFormulation", "tablet", False),  # "Selegiline is a tablet" (decision 0826)
    }
    text = "In early Parkinson's disease, ropinirole can be used alone to put off starting levodopa.\n"
    assert named_claims(text, lexicon, "ropinirole") == {("ropinirole", "treats", "parkinsons-disease", False)}
    # a pronoun is never the partner the sentence names after it
    assert named_claims("In restless legs syndrome it is used instead of levodopa.\n", lexicon, "case") == set()
    # a partner used with the drug stays no user, the drug named in the main clause is (decision 0758)
    text = "In restless legs syndrome, pramipexole is used with levodopa.\n"
    assert named_claims(text, lexicon, "pramipexole") == {("pramipexole", "treats", "restless-legs-syndrome", False)}


def test_a_denied_cure_with_no_use_asserted_is_no_claim(lexicon) -> None:
    # (decision 0780: a denied cure denies no use, whatever else the document says; 0765 kept a negated treats)
    text = "Omeprazole will not cure influenza.\n"
    assert named_claims(text, lexicon, "omeprazole") == set()


def test_a_denial_inside_a_when_or_if_clause_is_a_situation(lexicon) -> None:
    text = "Ibuprofen treats pain. See your doctor if paracetamol does not help your headache.\n"
    assert named_claims(text, lexicon, "ibuprofen") == {("ibuprofen", "treats", "pain", False)}
    # a main clause's denial stays
    assert named_claims("Famotidine does not treat anxiety.\n", lexicon, "famotidine") == {
        ("famotidine", "treats", "anxiety", True)
    }


def test_a_condition_in_its_worsening_phase_is_no_contraindication_of_the_whole(lexicon) -> None:
    text = (
        "Ramipril treats high blood pressure. You should not take ramipril if you have asthma that has suddenly got "
        "worse.\n"
    )
    assert named_claims(text, lexicon, "ramipril") == {("ramipril", "treats", "hypertension", False)}
    text = "Ramipril treats high blood pressure. You should not take ramipril if you have asthma or kidney failure.\n"
    assert named_claims(text, lexicon, "ramipril") == {
        ("ramipril", "treats", "hypertension", False),
        ("ramipril", "contraindicatedIn", "asthma", False),
        ("ramipril", "contraindicatedIn", "renal-insufficiency", False),
    }


def test_the_treated_condition_returning_after_a_course_stopped_early_is_no_withdrawal_effect(lexicon) -> None:
    text = "Clotrimazole is used for thrush. Please complete the course; if you stop early, the thrush may return.\n"
    assert named_claims(text, lexicon, "clotrimazole") == {("clotrimazole", "treats", "candidiasis", False)}
    text = "Terbinafine treats ringworm. If you stop too soon, the ringworm can come back.\n"
    assert named_claims(text, lexicon, "terbinafine") == {("terbinafine", "treats", "tinea", False)}
    # a return on stopping, with no early stop, is read as before (decision 0673)
    text = "Furosemide is used for oedema. If it is stopped, breathlessness returns.\n"
    assert named_claims(text, lexicon, "furosemide") == {
        ("furosemide", "treats", "edema", False),
        ("furosemide", "hasWithdrawalEffect", "dyspnea", False),
    }


def test_a_dose_as_the_cause_verbs_subject_is_the_drugs(lexicon) -> None:
    text = "Some people get bloating or wind, and high doses can cause diarrhoea.\n"
    assert not any(c[1] == "causes" for c in named_claims(text, lexicon, "case"))
    # a condition that is the cause verb's own subject still causes
    assert named_claims("Constipation can cause haemorrhoids.\n", lexicon, "case") == {
        ("constipation", "causes", "hemorrhoids", False)
    }
