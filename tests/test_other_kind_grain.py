"""Decision 0713: a condition the text makes another, narrower kind is that kind, under the vocabulary's name.
"<condition> after <condition>" is the vocabulary's "post-" kind (postherpetic neuralgia, post-traumatic epilepsy);
"<condition> after taking <medicine>" its drug-induced kind; a sudden or severe allergic reaction with breathing trouble
is anaphylaxis; "infected <condition>" is the infection's kind, or no claim. The sentences are invented; each test
asserts the exact set of claims."""

import pytest
from extracting import claims, markdown_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition after another: the vocabulary's "post-" kind, neither nerve pain in general nor shingles
        (
            "Gabapentin is used for the nerve pain after shingles.",
            {("gabapentin", "treats", "postherpetic-neuralgia", False)},
        ),
        (
            "Levetiracetam is used for epilepsy after a head injury.",
            {("levetiracetam", "treats", "post-traumatic-epilepsy", False)},
        ),
        # "infected <condition>": the infection's kind where a vocabulary names it
        (
            "Mupirocin is used for infected wounds.",
            {("mupirocin", "treats", "wound-infection", False)},
        ),
    ],
)
def test_a_condition_made_another_kind_is_that_kind(text, expected, lexicon):
    assert {k for k in claims(text, lexicon) if k[1] == "treats"} == expected


def test_infected_condition_no_vocabulary_names_gives_no_bare_head(lexicon):
    # infected psoriasis is no psoriasis in general, and no vocabulary names it: no claim rather than a coarser one
    assert set(claims("Fusidic acid is used for infected psoriasis.", lexicon)) == set()


def test_a_condition_after_taking_a_medicine_is_its_drug_induced_kind(lexicon):
    text = (
        "# Rifampicin\n\nDo not take rifampicin if you:\n\n"
        "- have had hepatitis after taking isoniazid\n- have porphyria\n"
    )
    assert {k for k in markdown_claims(lexicon, text) if k[1] == "contraindicatedIn"} == {
        ("rifampin", "contraindicatedIn", "chemical-and-drug-induced-liver-injury", False),
        ("rifampin", "contraindicatedIn", "porphyrias", False),
    }


def test_an_effect_after_taking_it_stays_the_effect(lexicon):
    # no vocabulary names drug-induced dizziness: the effect stays as the text names it
    assert set(claims("Amlodipine can make you feel dizzy after taking it.", lexicon)) == {
        ("amlodipine", "hasAdverseEffect", "dizziness", False)
    }


def test_a_sudden_allergic_reaction_with_breathing_trouble_is_anaphylaxis(lexicon):
    text = "Very rarely, cefalexin causes a sudden allergic reaction with wheezing and swelling of the throat."
    assert {k for k in claims(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("cephalexin", "hasAdverseEffect", "anaphylaxis", False)
    }


def test_an_allergic_reaction_without_breathing_trouble_stays_an_allergy(lexicon):
    # neither sudden nor with breathing trouble: the general allergic reaction, not anaphylaxis
    keys = {k for k in claims("Rarely, cefalexin causes an allergic reaction with a rash.", lexicon)}
    assert ("cephalexin", "hasAdverseEffect", "anaphylaxis", False) not in keys
    assert ("cephalexin", "hasAdverseEffect", "hypersensitivity", False) in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a disorder of a substance's use the vocabulary names whole: neither the substance nor bare dependence
        (
            "Acamprosate helps people with alcohol dependence stay off drink.",
            {("acamprosate", "treats", "alcoholism", False)},
        ),
        (
            "Buprenorphine is used for opioid dependence.",
            {("buprenorphine", "treats", "opioid-related-disorders", False)},
        ),
    ],
)
def test_a_use_disorder_is_one_condition(text, expected, lexicon):
    assert {k for k in claims(text, lexicon) if k[1] == "treats"} == expected


@pytest.mark.parametrize(
    ("inverted", "natural", "same"),
    [
        # a name in MeSH's inverted heading order is the same name read naturally (scoring, decision 0713)
        ("arrhythmias-cardiac", "cardiac-arrhythmias", True),
        ("leukemia-promyelocytic-acute", "acute-promyelocytic-leukemia", True),
        ("anti-inflammatory-agents-non-steroidal", "non-steroidal-anti-inflammatory-agent", True),
        # never a broader or narrower concept
        ("hypertension-pulmonary", "hypertension", False),
        ("leukemia-promyelocytic-acute", "leukemia", False),
    ],
)
def test_an_inverted_heading_is_one_concept(inverted, natural, same, lexicon):
    from graph_build.text.evaluate import concept_keys

    keys = {k for k in concept_keys(inverted, lexicon) & concept_keys(natural, lexicon) if k[0] != "words"}
    assert bool(keys) is same


def test_an_organs_general_head_is_the_organs_kind_or_nothing(lexicon):
    # "kidney infection" is no infection in general, and no vocabulary here names it: no claim
    assert set(claims("Nitrofurantoin is not a treatment for a kidney infection.", lexicon)) == set()
    # a site after a lay head composes with the head's scientific name: oesophageal candidiasis, not oral thrush
    assert {k for k in claims("Itraconazole is used for thrush of the gullet.", lexicon) if k[1] == "treats"} == {
        ("itraconazole", "treats", "candida-esophagitis", False)
    }
    # without an organ the general head stays
    assert ("ciprofloxacin", "treats", "infections", False) in claims("Ciprofloxacin treats infections.", lexicon)
