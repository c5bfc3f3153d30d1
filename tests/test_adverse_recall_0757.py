"""Decision 0757: adverse and withdrawal effects left. The everyday "fits" is seizures where the word is a noun (never
the verb "fit"); under a heading about stopping the drug ("Stopping it", "Can I stop it?", "[STOPPING]"), what "some
people get" or "you may have" is the section's drug's withdrawal effect. The sentences are invented."""

import pytest
from extracting import claims, polarity_claims

from graph_build.text.recognise import recognise


def named(text, lexicon):
    return [(m.slug, text[m.start : m.end]) for m in recognise(text, lexicon)[0] if m.slug == "seizure"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Very rarely, a high dose may cause fits.", ["fits"]),
        ("Fits have been reported in newborn babies.", ["Fits"]),
        ("- **Fits** and muscle twitching are rare.", ["Fits"]),
        ("Rarely, people have a racing heart or a fit.", ["fit"]),
        ("She has had a fit before.", ["fit"]),
        ("There are reports of fits in people with epilepsy.", ["fits"]),
        ("- a fit (seizure)", ["fit", "seizure"]),
    ],
)
def test_fits_as_a_noun_is_seizure(text, words, lexicon):
    assert [w for _, w in named(text, lexicon)] == words


@pytest.mark.parametrize(
    "text",
    [
        "Where does gabapentin fit in the treatment of pain?",
        "The dressing is cut to fit the wound.",
        "Walking helps you keep fit.",
        "Exercise can help you get fit.",
        "A fit of coughing can follow the first puff.",
        "One size fits all.",
        "This is where carbamazepine fits.",
    ],
)
def test_fit_as_a_verb_or_another_noun_is_no_seizure(text, lexicon):
    assert named(text, lexicon) == []


LEAFLET = (
    "WESTGATE HEALTH CENTRE\n"
    "Notes for patients\n\n"
    "Gabapentin is used for nerve pain. Gabapentin is taken three times a day. Gabapentin can make you dizzy.\n\n"
)


def test_fits_on_stopping_are_a_withdrawal_effect(lexicon):
    text = LEAFLET + "Stopping gabapentin suddenly can cause fits in some people.\n"
    found = {k for k in claims(text, lexicon) if k[1] == "hasWithdrawalEffect"}
    assert found == {("gabapentin", "hasWithdrawalEffect", "seizure", False)}


def test_rare_fits_under_a_side_effect_heading(lexicon):
    text = LEAFLET + "Side effects\n\nFits have been reported very rarely.\n"
    found = {k for k in claims(text, lexicon) if k[1] == "hasAdverseEffect"}
    assert found == {
        ("gabapentin", "hasAdverseEffect", "dizziness", False),
        ("gabapentin", "hasAdverseEffect", "seizure", False),
    }


def withdrawal(text, lexicon):
    return {k for k in polarity_claims(text, lexicon) if k[1] == "hasWithdrawalEffect"}


@pytest.mark.parametrize(
    "heading", ["Can I stop it?", "Stopping it", "[STOPPING]", "Coming off gabapentin", "What happens if I stop?"]
)
def test_some_people_get_under_a_stopping_heading(heading, lexicon):
    text = (
        LEAFLET + heading + "\n\nTalk to your doctor first. Some people get sweating and a headache for a few days.\n"
    )
    assert withdrawal(text, lexicon) == {
        ("gabapentin", "hasWithdrawalEffect", "hyperhidrosis", False, True),
        ("gabapentin", "hasWithdrawalEffect", "headache", False, True),
    }


def test_if_you_do_you_may_feel_under_a_stopping_heading(lexicon):
    text = LEAFLET + "Stopping it\n\nDo not stop it suddenly. If you do, you may feel sick or get a headache.\n"
    assert withdrawal(text, lexicon) == {
        ("gabapentin", "hasWithdrawalEffect", "nausea", False, True),
        ("gabapentin", "hasWithdrawalEffect", "headache", False, True),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Most people do not get dizziness when they stop.",  # (denied: no claim)
        "Some people with anxiety take it for years.",  # (no verb of getting a condition after the people)
    ],
)
def test_no_withdrawal_effect_where_the_sentence_denies_it_or_states_none(sentence, lexicon):
    assert withdrawal(LEAFLET + "Stopping it\n\n" + sentence + "\n", lexicon) == set()


@pytest.mark.parametrize("heading", ["Side effects", "Stop taking it and get help straight away if", "Interactions"])
def test_some_people_get_under_another_heading_is_no_withdrawal_effect(heading, lexicon):
    text = LEAFLET + heading + "\n\nSome people get sweating and a headache.\n"
    assert withdrawal(text, lexicon) == set()


def test_another_drug_named_in_the_sentence_owns_its_own_effects(lexicon):
    text = LEAFLET + "Can I stop it?\n\nSome people who also take morphine get sweating.\n"
    assert withdrawal(text, lexicon) == set()


SECTION = (
    "Lisinopril: a guide\n\nLisinopril is used for high blood pressure. Lisinopril is taken once a day.\n\n"
    "Side effects\n\n"
)


def effects(text, lexicon):
    return {k for k in polarity_claims(text, lexicon) if k[1] == "hasAdverseEffect"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Headache is common, and so are dizziness and a dry cough.", {"headache", "dizziness", "nonproductive-cough"}),
        ("Headache is common too, as is a dry cough.", {"headache", "nonproductive-cough"}),
        ("Dizziness, headache and tiredness are the most common.", {"dizziness", "headache", "fatigue"}),
        ("Tiredness is one of the most common side effects.", {"fatigue"}),
    ],
)
def test_a_second_list_and_the_most_common_under_a_side_effect_heading(line, expected, lexicon):
    assert effects(SECTION + line + "\n", lexicon) == {
        ("lisinopril", "hasAdverseEffect", e, False, False) for e in expected
    }


def test_one_of_the_commonest_side_effects_of_another_drug_is_not_the_sections(lexicon):
    found = effects(SECTION + "Tiredness is one of the most common side effects of beta blockers.\n", lexicon)
    assert not {k for k in found if k[0] == "lisinopril"}


def test_a_second_list_outside_a_side_effect_section_gives_nothing(lexicon):
    text = "Lisinopril: a guide\n\nHigh blood pressure is common, and so are heart attacks in older people.\n"
    assert effects(text, lexicon) == set()


SRD = "substance-related-disorders"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sertraline is not addictive.", {("sertraline", SRD, True)}),
        (
            "Sertraline is not addictive, and stopping it does not cause withdrawal symptoms.",
            {("sertraline", SRD, True)},
        ),
        ("Sertraline isn't habit-forming.", {("sertraline", SRD, True)}),
        ("Temazepam can become habit-forming.", {("temazepam", SRD, False)}),
    ],
)
def test_not_addictive_denies_dependence(text, expected, lexicon):
    found = {(k[0], k[2], k[3]) for k in claims(text, lexicon) if k[1] == "hasAdverseEffect"}
    assert found == expected


def test_not_addictive_beside_no_withdrawal_keeps_both_denials_and_no_cause_of_a_condition(lexicon):
    found = claims("Sertraline is not addictive, and stopping it does not cause withdrawal symptoms.", lexicon)
    assert ("sertraline", "hasWithdrawalEffect", "withdrawal-syndrome", True) in found
    assert not {k for k in found if k[1] == "causes"}
    assert ("sertraline", "hasAdverseEffect", "withdrawal-syndrome", True) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Opioids are addictive drugs.",  # (the attributive adjective: its noun is the mention, no claim of the word)
        "Is sertraline addictive?",  # (a question asserts nothing)
    ],
)
def test_addictive_drugs_and_a_question_give_no_dependence(text, lexicon):
    assert not {k for k in claims(text, lexicon) if k[2] == SRD}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("A serious allergic reaction with hives or swelling of the face needs help.", "angioedema"),
        ("Rarely, people get an allergic reaction: a rash or swelling of the face.", "angioedema"),
        ("It can cause swelling of the lips, tongue or throat.", "angioedema"),
        ("Signs of pre-eclampsia include sudden swelling of the face, hands or feet.", "facial-edema"),
    ],
)
def test_swelling_of_the_face_in_an_allergic_reaction_is_angioedema(text, slug, lexicon):
    names = {m.slug for m in recognise(text, lexicon)[0]}
    assert slug in names and ({"angioedema", "facial-edema"} - {slug}).isdisjoint(names)


QUIZ = (
    "WEEK 4 EDUCATION SESSION\n"
    "Quiz sheet with answers - today: bisoprolol\n\n"
    "Q1. What is bisoprolol?\n"
    "Answer: Bisoprolol is a beta blocker. Bisoprolol slows the heart. Bisoprolol is taken once a day.\n\n"
)


def test_a_quiz_task_naming_side_effects_heads_its_answer(lexicon):
    text = QUIZ + "Q2. Name two common side effects.\nAnswer: Tiredness and dizziness are the most common.\n"
    found = {k for k in polarity_claims(text, lexicon) if k[1] == "hasAdverseEffect"}
    assert found == {
        ("bisoprolol", "hasAdverseEffect", "fatigue", False, False),
        ("bisoprolol", "hasAdverseEffect", "dizziness", False, False),
    }


def test_a_quiz_task_of_another_kind_heads_no_effects(lexicon):
    text = QUIZ + "Q2. Name two things it treats.\nAnswer: Tiredness and cold hands are the most common.\n"
    assert not {k for k in polarity_claims(text, lexicon) if k[1] == "hasAdverseEffect"}


def test_some_residents_become_under_a_side_effect_heading(lexicon):
    text = SECTION + "Some residents become confused.\n"
    assert effects(text, lexicon) == {("lisinopril", "hasAdverseEffect", "confusion", False, True)}


@pytest.mark.parametrize(
    "line",
    [
        "Some people, especially older people, become confused or forgetful.",
        "Some residents become confused or forgetful.",
    ],
)
def test_confused_or_forgetful_people_under_a_side_effect_heading(line, lexicon):
    assert effects(SECTION + line + "\n", lexicon) == {
        ("lisinopril", "hasAdverseEffect", "confusion", False, True),
        ("lisinopril", "hasAdverseEffect", "memory-impairment", False, True),
    }


def test_forgetful_outside_an_effect_is_no_claim(lexicon):
    assert effects("Lisinopril: a guide\n\nIf you are forgetful, use a pill box.\n", lexicon) == set()


DIARY = "MY MEDICINE DIARY - baclofen\n\nMonday 3 May\nStarted 5 mg three times a day. Slept well.\n"


@pytest.mark.parametrize(
    "line",
    [
        "[Nurse: Drowsiness is a common side effect. It usually settles.]",
        "Drowsiness is a common side effect, which usually settles.",
    ],
)
def test_a_common_side_effect_said_outside_a_section_is_the_documents_drug(line, lexicon):
    assert effects(DIARY + line + "\n", lexicon) == {("baclofen", "hasAdverseEffect", "somnolence", False, False)}


@pytest.mark.parametrize(
    "line",
    [
        "Drowsiness is a common side effect of antihistamines.",  # (another drug's: "of X")
        "Drowsiness is common in older people.",  # (no "side effect": a statement of the symptom)
    ],
)
def test_no_side_effect_of_the_documents_drug_without_the_words_or_with_another_owner(line, lexicon):
    assert not {k for k in effects(DIARY + line + "\n", lexicon) if k[0] == "baclofen"}
