"""Everyday names of two signs (decision 0775): tiredness with a degree word ("very tired", "extremely tired") is
fatigue, and "sore joints" is arthralgia as "aching joints" is. The sentences are invented (other conditions, other
drugs, other wording than any development text); each test asserts the exact claim set, polarity and hedging
included, where extra output would be a bug."""

from extracting import polarity_claims

from graph_build.text.recognise import recognise
from ontology.lexicon import load_lexicon

LEXICON = load_lexicon()


def _slugs(text: str) -> list[str]:
    return [m.slug for m in recognise(text, LEXICON)[0]]


def test_degree_word_tiredness_is_fatigue():
    assert _slugs("After a flare, some people feel extremely tired.") == ["fatigue"]
    assert _slugs("You may feel sick, shaky or very tired.") == ["nausea", "tremor", "fatigue"]


def test_tired_of_something_is_no_sign():
    assert _slugs("Many carers are very tired of forms and waiting lists.") == []
    assert _slugs("She was extremely tired of the noise.") == []


def test_sore_joints_are_arthralgia():
    assert _slugs("Lupus often brings sore joints and a rash.") == [
        "systemic-lupus-erythematosus",
        "arthralgia",
        "exanthema",
    ]


def test_claims_in_a_sentence_of_signs_keep_polarity_and_hedging():
    text = "Hypothyroidism is a common condition. Some people feel cold, low or very tired."
    assert polarity_claims(text, LEXICON) == {("hypothyroidism", "hasPhenotype", "fatigue", False, True)}
    effects = "Side effects of ropinirole include feeling very tired and sore joints."
    assert polarity_claims(effects, LEXICON) == {
        ("ropinirole", "hasAdverseEffect", "arthralgia", False, False),
        ("ropinirole", "hasAdverseEffect", "fatigue", False, False),
    }
    denied = "Ropinirole does not make you very tired."
    assert polarity_claims(denied, LEXICON) == {("ropinirole", "hasAdverseEffect", "fatigue", True, False)}
    assert polarity_claims("Ropinirole makes some carers very tired of waiting.", LEXICON) == set()


def test_a_muddled_feeling_is_confusion_but_muddled_speech_is_not():
    assert _slugs("After a migraine some people feel drowsy and muddled.") == [
        "migraine-disorders",
        "somnolence",
        "confusion",
    ]
    assert _slugs("Low sodium can bring muddled thinking.") == ["hyponatremia", "confusion"]
    assert _slugs("His words came out slurred or muddled.") == []
    assert _slugs("The leaflet's instructions were muddled.") == []


def test_a_muddled_feeling_keeps_polarity_and_hedging():
    text = "Migraine is common. Some people also feel sleepy and muddled."
    assert polarity_claims(text, LEXICON) == {
        ("migraine-disorders", "hasPhenotype", "confusion", False, True),
        ("migraine-disorders", "hasPhenotype", "somnolence", False, True),
    }
    denied = "Gabapentin does not cause muddled thinking."
    assert polarity_claims(denied, LEXICON) == {("gabapentin", "hasAdverseEffect", "confusion", True, False)}
    rare = "Gabapentin can rarely cause muddled thinking."
    assert polarity_claims(rare, LEXICON) == {("gabapentin", "hasAdverseEffect", "confusion", False, True)}


def test_who_feels_after_a_time_word():
    text = "Shingles is a painful illness. Afterwards many people feel tired."
    assert polarity_claims(text, LEXICON) == {("herpes-zoster", "hasPhenotype", "fatigue", False, False)}
    some = "Shingles is a painful illness. Later, some get a fever."
    assert polarity_claims(some, LEXICON) == {("herpes-zoster", "hasPhenotype", "fever", False, True)}


def test_a_denial_or_a_drug_after_the_time_word_gives_no_sign():
    for text in (
        "Shingles is a painful illness. Afterwards most people do not get a fever.",
        "Shingles is a painful illness. Afterwards some people take aciclovir and feel sick.",
        "Afterwards many people feel tired.",
    ):
        assert polarity_claims(text, LEXICON) == set(), text


def test_who_feels_in_other_nouns_for_people():
    text = "Asthma is a common illness. Many pupils get a cough at night."
    assert polarity_claims(text, LEXICON) == {("asthma", "hasPhenotype", "cough", False, False)}
    some = "Asthma is a common illness. Some residents feel tired or muddled after an attack."
    assert polarity_claims(some, LEXICON) == {
        ("asthma", "hasPhenotype", "confusion", False, True),
        ("asthma", "hasPhenotype", "fatigue", False, True),
    }
    for text in (
        "Asthma is a common illness. Some residents take salbutamol and feel shaky.",
        "Asthma is a common illness. Some students do not get a cough.",
    ):
        assert polarity_claims(text, LEXICON) == set(), text
