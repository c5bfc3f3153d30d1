"""Signs of the illness the sentences before opened with, outside a heading about it (decision 0768): "A stomach
ulcer usually causes a burning pain. Some people also feel sick." The sentences are invented (other conditions,
other drugs, other wording than any development text); each test asserts the exact claim set, polarity and hedging
included, where extra output would be a bug."""

from extracting import markdown_claims, polarity_claims

from graph_build.text.normalise import normalise
from graph_build.text.recognise import recognise
from ontology.lexicon import load_lexicon

LEXICON = load_lexicon()


def test_who_feels_after_a_sentence_opening_with_the_illness():
    text = "A stomach ulcer usually causes a burning pain in the upper tummy. Some people also feel sick."
    # (the pain "in the upper tummy" is a placed pain, no bare pain sign, as the golds write it: decision 0889)
    assert polarity_claims(text, LEXICON) == {("stomach-ulcer", "hasPhenotype", "nausea", False, True)}
    text = "A stomach ulcer usually causes a burning pain. Some people also feel sick."
    assert polarity_claims(text, LEXICON) == {
        ("stomach-ulcer", "hasPhenotype", "pain", False, False),  # (its sign, as it causes it: decision 0842)
        ("stomach-ulcer", "hasPhenotype", "nausea", False, True),
    }
    many = "Psoriasis is a long-term skin condition. Many also get itching."
    assert polarity_claims(many, LEXICON) == {("psoriasis", "hasPhenotype", "pruritus", False, False)}


def test_the_illness_carries_over_a_sentence_of_signs_alone():
    text = "Gout first. Most people with gout feel well between attacks. A few get a fever during an attack."
    assert polarity_claims(text, LEXICON) == {("gout", "hasPhenotype", "fever", False, True)}


def test_a_denial_keeps_its_polarity():
    text = "Psoriasis is a long-term skin condition. Some people do not get itching."
    assert polarity_claims(text, LEXICON) == set()


def test_an_agent_or_a_use_in_between_gives_no_sign():
    for text in (
        "Migraine is common. It is treated with sumatriptan. Some people feel sick.",
        "It is used for migraine. Some people feel sick.",
        "Asthma is common. Asthma and eczema often go together. Some people get a cough.",
    ):
        assert polarity_claims(text, LEXICON) == set(), text


def test_under_a_side_effects_heading_what_people_feel_is_the_drugs():
    text = "# Sumatriptan\n\n## Side effects\n\nMigraine can get worse at first. Some people feel sick.\n"
    assert markdown_claims(LEXICON, text) == {("sumatriptan", "hasAdverseEffect", "nausea", False)}


def test_a_later_many_is_not_only_some():
    text = "Gout is a painful illness. Some people also notice a rash, and many get a fever."
    assert polarity_claims(text, LEXICON) == {
        ("gout", "hasPhenotype", "exanthema", False, True),
        ("gout", "hasPhenotype", "fever", False, False),
    }


def test_young_children_after_the_usual_signs():
    text = "Measles starts like a cold. The usual signs are a fever and a rash. Young children may also have diarrhoea."
    assert polarity_claims(text, LEXICON) == {
        ("measles", "hasPhenotype", "fever", False, False),
        ("measles", "hasPhenotype", "exanthema", False, False),
        ("measles", "hasPhenotype", "diarrhea", False, True),
    }


def named(text: str) -> list[tuple[str, str]]:
    """(words, slug) of each mention the recogniser finds in `text`."""
    return [(m.text, m.slug) for m in recognise(normalise(text).text, LEXICON)[0]]


def test_slow_movement_is_bradykinesia_but_not_the_guts():
    assert named("Its main signs are a tremor, slowness of movement and slow movements of the face.") == [
        ("tremor", "tremor"),
        ("slowness of movement", "bradykinesia"),
    ]
    assert named("The slow movement of food through the gut causes bloating.") == [
        ("food", "food"),
        ("bloating", "abdominal-distention"),
    ]
    text = "Multiple system atrophy is rare. The main signs are a tremor and slow movement."
    assert polarity_claims(text, LEXICON) == {
        ("multiple-system-atrophy", "hasPhenotype", "tremor", False, False),
        ("multiple-system-atrophy", "hasPhenotype", "bradykinesia", False, False),
    }


def test_an_illness_opening_a_speakers_report():
    text = "The nurse explained that rosacea comes and goes. Some patients get flushing as well."
    assert polarity_claims(text, LEXICON) == {("rosacea", "hasPhenotype", "flushing", False, True)}
    drug = "The nurse explained that it helps with rosacea. Some patients get flushing as well."
    assert polarity_claims(drug, LEXICON) == set()


def test_a_pronoun_for_the_drug_before_the_illness_gives_no_sign():
    for text in ("It treats migraine. Some people feel sick.", "It helps with rosacea. Some patients get flushing."):
        assert polarity_claims(text, LEXICON) == set(), text


def test_an_agent_named_only_as_the_cause_keeps_the_illness():
    text = "Gout comes from too much uric acid in the blood. Some people also notice a fever."
    assert polarity_claims(text, LEXICON) == {("gout", "hasPhenotype", "fever", False, True)}
