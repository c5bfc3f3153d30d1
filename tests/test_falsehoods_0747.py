"""Decision 0747: general classes of falsehood sealed21 showed, each with invented sentences (exact claim sets)."""

from __future__ import annotations

from extracting import named_claims

from graph_build.text.segment import segment


def test_an_answer_no_ends_its_sentence_but_no_before_a_number_does_not() -> None:
    assert [s.text for s in segment("Is it a painkiller? No. It can make you tired.")] == [
        "Is it a painkiller?",
        "No.",
        "It can make you tired.",
    ]
    assert [s.text for s in segment("Take tablet No. 3 at night.")] == ["Take tablet No. 3 at night."]


def test_a_condition_subject_takes_a_later_it_after_a_phrase_of_time(lexicon) -> None:
    text = (
        "Amlodipine is a calcium channel blocker.\n\n"
        "High blood pressure usually causes no symptoms, which is why it is often missed. "
        "Over the years it can lead to kidney disease and stroke. Amlodipine is used to treat high blood pressure.\n"
    )
    # (the condition's course after the phrase of time is read since decision 0823: what it leads to it causes)
    assert named_claims(text, lexicon, "amlodipine") == {
        ("amlodipine", "isA", "calcium-channel-blocker", False),
        ("amlodipine", "treats", "hypertension", False),
        ("hypertension", "causes", "kidney-diseases", False),
        ("hypertension", "causes", "stroke", False),
    }
    text = (
        "Amlodipine is a calcium channel blocker.\n\n"
        "Gout usually causes no symptoms between attacks. In the long term, it can cause kidney disease.\n"
    )
    assert named_claims(text, lexicon, "amlodipine") == {("amlodipine", "isA", "calcium-channel-blocker", False)}


def test_a_phrase_of_time_before_it_after_a_drug_sentence_keeps_the_drug(lexicon) -> None:
    text = "Amlodipine is a calcium channel blocker. Over time it can cause headaches.\n"
    assert named_claims(text, lexicon, "amlodipine") == {
        ("amlodipine", "isA", "calcium-channel-blocker", False),
        ("amlodipine", "hasAdverseEffect", "headache", False),
    }


def test_it_after_a_relative_clause_on_a_class_is_still_the_drug(lexicon) -> None:
    text = (
        "Atenolol is used for angina.\n\n"
        "It belongs to the group of medicines called beta blockers, which slow the heart, and it is an "
        "antihypertensive.\n"
    )
    assert named_claims(text, lexicon, "atenolol") == {
        ("atenolol", "treats", "angina-pectoris", False),
        ("atenolol", "isA", "beta-blocker", False),
        ("atenolol", "isA", "antihypertensive-agent", False),
    }


def test_a_group_restricted_by_a_condition_is_no_contraindication_of_the_whole_group(lexicon) -> None:
    text = "Risperidone is an antipsychotic.\nIt should not be given to older people with dementia.\n"
    assert named_claims(text, lexicon, "risperidone") == {
        ("risperidone", "isA", "antipsychotic-agent", False),
        ("risperidone", "contraindicatedIn", "dementia", False),
    }
    text = "Risperidone is an antipsychotic.\nRisperidone should not be used in older people.\n"
    assert ("risperidone", "contraindicatedIn", "older-adults", False) in named_claims(text, lexicon, "risperidone")


def test_a_gloss_called_an_unknown_name_names_no_condition(lexicon) -> None:
    text = "Risperidone is an antipsychotic.\nIf you have a kidney problem called zebrinoid syndrome, do not take it.\n"
    assert named_claims(text, lexicon, "risperidone") == {("risperidone", "isA", "antipsychotic-agent", False)}
    text = "Risperidone is an antipsychotic.\nIf you have a liver problem called porphyria, do not take it.\n"
    assert ("risperidone", "contraindicatedIn", "porphyrias", False) in named_claims(text, lexicon, "risperidone")


def test_a_hyphenated_name_inside_a_longer_chain_is_not_that_name(lexicon) -> None:
    text = "Torasemide is a diuretic. It blocks the sodium-potassium-chloride co-transporter in the kidney.\n"
    assert named_claims(text, lexicon, "torasemide") == {("torsemide", "isA", "diuretic", False)}


def test_receptor_subtypes_spoken_as_words_are_the_coded_receptors(lexicon) -> None:
    text = (
        "Olanzapine is an antipsychotic. It blocks dopamine D two receptors and serotonin two A receptors. "
        "It binds muscarinic M three receptors.\n"
    )
    assert named_claims(text, lexicon, "olanzapine") >= {
        ("olanzapine", "bindsTo", "dopamine-d2-receptor", False),
        ("olanzapine", "bindsTo", "serotonin-5-ht2a-receptor", False),
        ("olanzapine", "bindsTo", "muscarinic-m3-receptor", False),
    }
    assert not any("two" in c[2] or "three" in c[2] for c in named_claims(text, lexicon, "olanzapine"))


def test_it_after_that_is_why_is_the_drug_not_the_receptor_before_it(lexicon) -> None:
    text = (
        "Clozapine is an antipsychotic. It blocks muscarinic M three receptors, and that is why it causes sleepiness.\n"
    )
    claims = named_claims(text, lexicon, "clozapine")
    assert not any(c[0] == "muscarinic-m3-receptor" for c in claims), claims
